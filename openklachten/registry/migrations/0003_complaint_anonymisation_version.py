# Complaints stored before this migration were anonymised by engine version 1 (0 = unknown, treated as
# older): `openklachten rescan` (also run at start-up) re-scans them with the current engine.

from django.db import migrations, models

import openklachten.registry.models.complaint


class Migration(migrations.Migration):

    dependencies = [
        ('registry', '0002_quarantine'),
    ]

    operations = [
        migrations.AddField(
            model_name='complaint',
            name='anonymisation_version',
            field=models.PositiveSmallIntegerField(default=0, help_text='Versie van de anonimisering die de vrije tekst het laatst bewerkte.'),
        ),
        migrations.AlterField(
            model_name='complaint',
            name='anonymisation_version',
            field=models.PositiveSmallIntegerField(default=openklachten.registry.models.complaint.current_engine_version, help_text='Versie van de anonimisering die de vrije tekst het laatst bewerkte.'),
        ),
    ]
