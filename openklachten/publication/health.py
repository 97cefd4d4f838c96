"""GET /healthz: is this server able to do its work? For load balancers and monitoring, not for people.

200 when every check passes, otherwise 503 with the failing checks and a Dutch reason. The answer holds no data
and is never cached.
"""

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from openklachten.publication import readmodel
from openklachten.publication.readmodel import connection as readmodel_connection


def database() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any driver error means the same thing here
        return f"database niet bereikbaar ({error.__class__.__name__})"
    return None


def read_model() -> str | None:
    try:
        readmodel_connection.connect(readmodel.root()).execute("SELECT count(*) FROM klachten").fetchone()
    except readmodel.ReadModelStale:
        return "leesopslag loopt achter op het register (wordt opnieuw opgebouwd)"
    except readmodel.ReadModelMissing:
        return "leesopslag ontbreekt (nog niet opgebouwd)"
    except Exception as error:
        return f"leesopslag onleesbaar ({error.__class__.__name__})"
    return None


CHECKS = {"database": database, "leesopslag": read_model}


@never_cache
def healthz(request):
    failures = {name: reason for name, check in CHECKS.items() if (reason := check())}
    body = {"status": "fout" if failures else "ok", "controles": {name: failures.get(name, "ok") for name in CHECKS}}
    response = JsonResponse(body, status=503 if failures else 200, json_dumps_params={"ensure_ascii": False})
    if failures:
        response["Retry-After"] = "30"
    return response
