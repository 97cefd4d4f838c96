"""GET /healthz: is this server able to do its work? For load balancers and monitoring, not for people.

200 when every check passes, otherwise 503 with the failing checks and a Dutch reason. The answer holds no data
and is never cached.
"""

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from openklachten.publication import readmodel
from openklachten.registry.jobs import backlog


def database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any driver error means the same thing here
        return f"database niet bereikbaar ({error.__class__.__name__})"
    return None


def read_model() -> str | None:
    try:
        readmodel.connect().execute("SELECT count(*) FROM klachten").fetchall()[0]
    except readmodel.ReadModelStale:
        return "leesopslag loopt achter op het register (wordt opnieuw opgebouwd)"
    except readmodel.ReadModelMissing:
        return "leesopslag ontbreekt (nog niet opgebouwd)"
    except readmodel.ReadModelDamaged:
        return "leesopslag beschadigd (wordt opnieuw opgebouwd)"
    except Exception as error:
        return f"leesopslag onleesbaar ({error.__class__.__name__})"
    return None


def job_runner() -> str | None:
    try:
        stuck = backlog.waiting_too_long()
    except Exception as error:
        return f"takenlijst onleesbaar ({error.__class__.__name__})"
    minutes = int(backlog.STUCK_AFTER.total_seconds() // 60)
    if stuck:
        return f"{stuck} taken wachten al langer dan {minutes} minuten: draait `openklachten worker`?"
    return None


CHECKS = {"database": database, "leesopslag": read_model, "taken": job_runner}


@never_cache
def healthz(request):
    failures = {name: reason for name, check in CHECKS.items() if (reason := check())}
    body = {"status": "fout" if failures else "ok", "controles": {name: failures.get(name, "ok") for name in CHECKS}}
    response = JsonResponse(body, status=503 if failures else 200, json_dumps_params={"ensure_ascii": False})
    if failures:
        response["Retry-After"] = "30"
    return response
