"""The free-text fields of a klacht: the only fields the anonymiser rewrites and the full-text index reads.

A plain module (no Django) so the read model and the exports can import it without loading the models.
"""

FREE_TEXT_FIELDS = (
    "wet_en_regelgeving",
    "bijzonderheden_bestuursorgaan",
    "gedraging",
    "bevindingen",
    "oordeel_klacht",
    "oordeel_klachtbehandeling",
    "aanbevelingen",
    "herstelmaatregelen",
)
