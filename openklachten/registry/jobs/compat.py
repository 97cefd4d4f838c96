"""Django's Tasks API: built in from Django 6.0 (`django.tasks`), the `django_tasks` backport before."""

try:  # pragma: no cover - depends on the Django version
    from django.tasks import Task, TaskResultStatus, task, task_backends
except ImportError:
    from django_tasks import TaskResultStatus, task, task_backends
    from django_tasks.base import Task

__all__ = ["Task", "TaskResultStatus", "task", "task_backends"]
