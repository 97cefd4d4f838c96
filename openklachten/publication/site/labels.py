"""Human labels for stored codes: the query layer's labels (from the standard's code lists), plus display tweaks."""

from openklachten.publication import query

# Record field -> the filter name the query layer labels it under.
FIELD_TO_FILTER = {"themas": "thema"}


def label(field: str, code) -> str:
    """The label for one stored value of a record field or filter; the code itself when no list knows it."""
    name = FIELD_TO_FILTER.get(field, field)
    text = query.label(name, code)
    # Iv3 labels are short ("Burgerzaken") and only meaningful with their number.
    if name == "iv3_taakveld" and text != code and code:
        return f"{code} {text}"
    return text
