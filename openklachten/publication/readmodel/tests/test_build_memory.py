"""A build under a small DuckDB memory limit completes (spilling to the data directory) and cleans up after itself."""

from openklachten.demo import synthetic
from openklachten.publication.readmodel import buildconfig, writer


def test_build_under_a_small_memory_limit_completes(settings, tmp_path, monkeypatch):
    settings.DATA_DIR = tmp_path / "data"
    settings.READMODEL_BUILD_MEMORY = "64MB"
    settings.READMODEL_BUILD_THREADS = 1
    records, organisations = synthetic.records(3_000)
    seen = {}
    real_connect = writer.duckdb.connect

    def connect(database, *args, config=None, **kwargs):
        seen[database] = dict(config or {})
        return real_connect(database, *args, config=config or {}, **kwargs)

    monkeypatch.setattr(writer.duckdb, "connect", connect)
    generation = writer.write_generation(tmp_path / "readmodel", records, organisations)
    assert generation.records == 3_000
    config = seen[":memory:"]
    assert config["memory_limit"] == "64MB" and config["threads"] == 1
    assert config["temp_directory"].startswith(str(tmp_path / "data" / "tmp"))
    assert list(buildconfig.temp_root(tmp_path).iterdir()) == []  # the spill directory is gone after the build


def test_without_a_setting_the_build_takes_half_the_machine_at_most_3_5gb(settings, tmp_path):
    settings.READMODEL_BUILD_MEMORY = ""
    limit = buildconfig.config(tmp_path)["memory_limit"]
    assert limit.endswith("MB") and 256 <= int(limit[:-2]) <= buildconfig.DEFAULT_MEMORY_MB
