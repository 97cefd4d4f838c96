"""The synthetic dataset every site test uses, built with the registry factories."""

import datetime as dt

from django.utils import timezone

from openklachten.registry import factories

AMSTERDAM_TOTAL = 40  # above the 30-complaint threshold: rates are shown
ROTTERDAM_TOTAL = 6  # below it: "te weinig klachten"
CONCLUSIONS = ("gegrond", "ongegrond", "deels-gegrond", "ongegrond")


def build() -> dict:
    """Amsterdam (40), Rotterdam (6), and a second-line complaint at the Nationale ombudsman linked to a first-line
    one."""
    amsterdam = factories.make_organisation("gm0363", "Gemeente Amsterdam")
    rotterdam = factories.make_organisation("gm0599", "Gemeente Rotterdam")
    ombudsman = factories.make_organisation("no0001", "Nationale ombudsman", type="ombudsman")
    delivery = factories.make_delivery(amsterdam, row_count=AMSTERDAM_TOTAL)
    complaints = []
    for i in range(AMSTERDAM_TOTAL):
        complaints.append(
            factories.make_complaint(
                delivery,
                public_id=f"AMS{i:04d}",
                klacht_key=f"ams-{i}",
                ontvangstdatum=dt.date(2024, 1 + i % 12, 1 + i % 27),
                conclusie=CONCLUSIONS[i % 4],
                formeel_informeel="informeel" if i % 5 == 0 else "formeel",
                themas=["parkeren"] if i % 2 else ["afval"],
                ontvangwijze="telefoon" if i % 3 == 0 else "e-mail",
                binnen_termijn=i % 4 != 0,
                behandelduur_dagen=10 + i,
                woonplaats_klager="GM0363",
                gedraging=(
                    "De parkeervergunning werd te laat verstrekt."
                    if i % 2
                    else "Klager is niet teruggebeld over het ophalen van grofvuil."
                ),
            )
        )
    rotterdam_delivery = factories.make_delivery(rotterdam, row_count=ROTTERDAM_TOTAL)
    # Rotterdam's only delivery is old: its page must warn that the data are stale.
    type(rotterdam_delivery).objects.filter(pk=rotterdam_delivery.pk).update(
        created_at=timezone.now() - dt.timedelta(days=400)
    )
    for i in range(ROTTERDAM_TOTAL):
        factories.make_complaint(
            rotterdam_delivery,
            public_id=f"ROT{i:04d}",
            klacht_key=f"rot-{i}",
            ontvangstdatum=dt.date(2024, 3, 1 + i),
            conclusie="gegrond",
        )
    second = factories.make_complaint(
        factories.make_delivery(ombudsman),
        public_id="OMB0001",
        klacht_key="omb-1",
        gerelateerde_klacht_key=complaints[0].klacht_key,
        eerstelijns_tweedelijns="tweedelijns",
        ontvangstdatum=dt.date(2024, 6, 1),
        conclusie="gegrond",
        afdoeningswijze="oordeel-gegeven",
    )
    return {"amsterdam": amsterdam, "rotterdam": rotterdam, "first": complaints[0], "second": second}
