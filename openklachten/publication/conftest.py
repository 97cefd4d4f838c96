"""Fixtures shared by the publication components' tests: a small real public_dataset in a real read model."""

import datetime as dt

import pytest

from openklachten.publication import query, readmodel
from openklachten.registry import factories


@pytest.fixture
def public_dataset(db):
    """Rows in the real database (registry factories), copied into a real read model (DuckDB)."""
    query.use(None)
    ams = factories.make_organisation("gm0363", "Gemeente Amsterdam", "gemeente")
    utr = factories.make_organisation("gm0344", "Gemeente Utrecht", "gemeente")
    no = factories.make_organisation("nom1", "Nationale ombudsman", "ombudsman")
    d_ams, d_utr, d_no = (factories.make_delivery(o) for o in (ams, utr, no))
    for i in range(40):
        factories.make_complaint(
            d_ams,
            ontvangstdatum=dt.date(2024, 1 + i % 12, 1 + i % 28),
            conclusie=("gegrond", "ongegrond", "deels-gegrond", "geen-oordeel")[i % 4],
            themas=["afval"] if i % 2 else ["parkeren", "afval"],
            ontvangwijze="telefoon" if i % 5 == 0 else "e-mail",
            binnen_termijn=i % 4 != 0,
            behandelduur_dagen=10 + i,
            gedraging="De containers in de straat werden niet geleegd." if i < 10 else "Lange wachttijd aan de balie.",
        )
    for i in range(12):
        factories.make_complaint(
            d_utr,
            ontvangstdatum=dt.date(2023, 6, 1 + i),
            conclusie="ongegrond",
            themas=["parkeren"],
            klacht_key=f"utr-{i}",
            woonplaats_klager="GM0344",
            gedraging="Parkeerboete <script>alert(1)</script> onterecht opgelegd.",
        )
    factories.make_complaint(
        d_no,
        ontvangstdatum=dt.date(2024, 3, 1),
        eerstelijns_tweedelijns="tweedelijns",
        gerelateerde_klacht_key="utr-0",
        conclusie="gegrond",
        themas=["parkeren"],
        public_id="NO0000001",
        klacht_key="no-1",
    )
    hidden = factories.make_complaint(
        d_utr,
        ontvangstdatum=dt.date(2024, 3, 1),
        state="in_review",
        gedraging="Geheime tekst die nooit publiek mag worden.",
    )
    withdrawn = factories.make_delivery(utr, status="ingetrokken")
    factories.make_complaint(withdrawn, ontvangstdatum=dt.date(2024, 4, 1), public_id="INGETROKKEN1")
    readmodel.rebuild()
    yield {"amsterdam": ams, "utrecht": utr, "ombudsman": no, "hidden": hidden, "deliveries": (d_ams, d_utr, d_no)}
    query.use(None)
