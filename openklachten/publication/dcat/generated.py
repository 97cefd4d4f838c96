"""The DCAT golden file, rewritten by `openklachten regenerate dcat-golden` when the catalogue changes on purpose."""

from openklachten.standard.generation import register

GOLDEN_PATH = "openklachten/publication/dcat/tests/golden/catalogus.ttl"


def build_golden() -> str:
    from .builder import build_catalogue
    from .serialise import turtle
    from .tests.sample import BASE_URL, DATASETS, PUBLISHER, REPORTS

    return turtle(build_catalogue(DATASETS, base_url=BASE_URL, publisher=PUBLISHER, reports=REPORTS))


register("dcat-golden", GOLDEN_PATH, build_golden, app="publication_dcat")
