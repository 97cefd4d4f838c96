"""Private body names stored before issue 9 were kept raw: give them the importer's treatment now.

A body without a TOOI identifier ('Private uitvoeringsorganisatie, namelijk <naam>') keeps its name only
when the anonymiser finds nothing personal in it; otherwise the category is stored. The read model
still holds the old names until its next build: run `openklachten build_readmodel` after migrating.
Uses the anonymiser of the installed version (a data fix, not a schema step); reversing keeps the result.
"""

from django.db import migrations

CATEGORY = "Private uitvoeringsorganisatie"


def anonymise_private_body_names(apps, schema_editor):
    from openklachten.anonymisation import anonymise_many

    Complaint = apps.get_model("registry", "Complaint")
    private = Complaint.objects.filter(bestuursorgaan_uri="").exclude(bestuursorgaan_naam__in=("", CATEGORY))
    names = sorted(set(private.values_list("bestuursorgaan_naam", flat=True)))
    if not names:
        return
    results = anonymise_many([(name, ()) for name in names], processes=1)
    for name, result in zip(names, results):
        if result.entities or result.needs_review:
            private.filter(bestuursorgaan_naam=name).update(bestuursorgaan_naam=CATEGORY)


class Migration(migrations.Migration):
    dependencies = [("registry", "0002_quarantine")]

    operations = [migrations.RunPython(anonymise_private_body_names, migrations.RunPython.noop)]
