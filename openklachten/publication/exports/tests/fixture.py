"""A fixed, tiny read model for golden export files (independent of database sequences)."""

import datetime as dt

RECORDS = [
    {"id": 1, "public_id": "K0000001", "organisatie": "gm0363", "organisatie_naam": "Gemeente Amsterdam",
     "organisatie_type": "gemeente", "cbs_code": "GM0363", "aanlevering_id": 7,
     "ontvangstdatum": dt.date(2024, 1, 5), "datum_afhandeling": dt.date(2024, 2, 1), "behandelduur_dagen": 27,
     "termijn_dagen": 42, "binnen_termijn": True, "ontvangwijze": "e-mail", "status": "afgehandeld",
     "formeel_informeel": "formeel", "conclusie": "gegrond", "themas": ["afval", "parkeren"],
     "gedraging": "Container; niet \"geleegd\"\nna melding.", "klacht_key": "a",
     "gepubliceerd_op": dt.datetime(2024, 3, 1, 12, 0)},
    {"id": 2, "public_id": "K0000002", "organisatie": "gm0363", "organisatie_naam": "Gemeente Amsterdam",
     "organisatie_type": "gemeente", "cbs_code": "GM0363", "aanlevering_id": 7,
     "ontvangstdatum": dt.date(2024, 1, 9), "formeel_informeel": "informeel", "themas": ["afval"],
     "gedraging": "=HYPERLINK(\"http://kwaad.example\",\"klik\")", "bevindingen": "+31 20 000",
     "aanbevelingen": "@SUM(A1)", "herstelmaatregelen": "-1+1", "klacht_key": "b",
     "gepubliceerd_op": dt.datetime(2024, 3, 1, 12, 0)},
    {"id": 3, "public_id": "K0000003", "organisatie": "ws0155", "organisatie_naam": "Waterschap Aa en Maas",
     "organisatie_type": "waterschap", "aanlevering_id": 8, "ontvangstdatum": dt.date(2024, 2, 2),
     "formeel_informeel": "formeel", "conclusie": "ongegrond", "themas": [], "gedraging": "Tab\tin tekst, é ü ß",
     "klacht_key": "c", "gerelateerde_klacht_key": "a", "gepubliceerd_op": dt.datetime(2024, 3, 2, 8, 30)},
]
ORGANISATIONS = [
    {"code": "gm0363", "naam": "Gemeente Amsterdam", "type": "gemeente", "cbs_code": "GM0363",
     "tooi_uri": "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"},
    {"code": "ws0155", "naam": "Waterschap Aa en Maas", "type": "waterschap",
     "tooi_uri": "https://identifier.overheid.nl/tooi/id/waterschap/ws0155"},
]
DELIVERIES = [
    {"id": 7, "organisatie": "gm0363", "aangeleverd_op": dt.datetime(2024, 3, 1, 12, 0), "standaardversie": "1.0",
     "aantal_klachten": 2, "metadata": "{}"},
    {"id": 8, "organisatie": "ws0155", "aangeleverd_op": dt.datetime(2024, 3, 2, 8, 30), "standaardversie": "1.0",
     "aantal_klachten": 1, "metadata": "{}"},
]
