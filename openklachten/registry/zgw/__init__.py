"""ZGW connections (a case system as a source of complaints): stored config, watermark, sync and schedule.

The HTTP client and the mapping live in intake (`intake.connectors.zgw`); this package stores the
connection, runs a sync through the one import pipeline (`registry.importer.import_delivery`) and
registers the periodic sync with the job runner (`registry.jobs`).
"""
