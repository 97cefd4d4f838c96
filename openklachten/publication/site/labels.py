"""Human labels for stored codes: the query layer's labels (from the standard's code lists), plus display tweaks."""

from openklachten.publication import query

# Record field -> the filter name the query layer labels it under.
FIELD_TO_FILTER = {"themas": "thema"}


# A missing value says what is missing: a bare "Onbekend" in a chart or a filter list does not (issue 15).
UNKNOWN = {
    "woonplaats_klager": "Woonplaats onbekend of afgeschermd (privacy)",
    "leeftijdsgroep": "Leeftijdsgroep onbekend of afgeschermd (privacy)",
    "type_klager": "Type klager onbekend of afgeschermd (privacy)",
    "oorzaak": "Oorzaak niet opgegeven",
    "conclusie": "Conclusie niet opgegeven",
    "afdoeningswijze": "Afdoeningswijze niet opgegeven",
    "iv3_taakveld": "Iv3-taakveld niet opgegeven",
    "ontvangwijze": "Kanaal niet opgegeven",
    "status": "Status niet opgegeven",
}


def label(field: str, code) -> str:
    """The label for one stored value of a record field or filter; the code itself when no list knows it."""
    name = FIELD_TO_FILTER.get(field, field)
    if code in (None, ""):
        return UNKNOWN.get(name, "Niet opgegeven")
    text = query.label(name, code)
    # Iv3 labels are short ("Burgerzaken") and only meaningful with their number.
    if name == "iv3_taakveld" and text != code and code:
        return f"{code} {text}"
    return text
