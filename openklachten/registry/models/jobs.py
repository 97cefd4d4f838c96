from django.db import models


class ScheduledJob(models.Model):
    """A periodic background job: the worker enqueues `task_path(**kwargs)` every `interval_seconds`.

    Created with `registry.jobs.schedule(name, every=..., task=..., kwargs=...)`; a name is unique, so
    scheduling again updates the job (e.g. a ZGW connection whose interval changed) instead of adding one.
    """

    name = models.CharField("naam", max_length=200, unique=True)
    task_path = models.CharField("taak", max_length=255)
    kwargs = models.JSONField("argumenten", default=dict, blank=True)
    interval_seconds = models.PositiveIntegerField("interval (seconden)")
    next_run = models.DateTimeField("volgende keer", db_index=True)
    last_run = models.DateTimeField("laatste keer", null=True, blank=True)
    enabled = models.BooleanField("actief", default=True)

    class Meta:
        ordering = ["next_run"]
        verbose_name = "geplande taak"
        verbose_name_plural = "geplande taken"

    def __str__(self) -> str:
        return self.name
