"""Organisation rows from the standard's reference list (real names and TOOI identifiers)."""

from openklachten.registry import sequence
from openklachten.registry.models import Organisation


def ensure_organisations(codes=None) -> dict[str, Organisation]:
    """Create or update the given reference organisations (all when codes is None); returns code -> row."""
    from openklachten.standard import reference

    wanted = None if codes is None else {code.lower() for code in codes}
    existing = {o.code: o for o in Organisation.objects.all()}
    rows = {}
    for entry in reference.organisations():
        if wanted is not None and entry.code.lower() not in wanted:
            continue
        fields = {"tooi_uri": entry.uri, "name": entry.naam, "type": entry.type, "cbs_code": entry.cbs_code}
        organisation = existing.get(entry.code)
        if organisation is None:
            organisation = Organisation.objects.create(code=entry.code, **fields)
        elif any(getattr(organisation, k) != v for k, v in fields.items()):
            Organisation.objects.filter(pk=organisation.pk).update(**fields)
            sequence.organisations_changed()  # a queryset update sends no post_save
        rows[entry.code] = organisation
    return rows
