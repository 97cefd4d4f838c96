"""Background jobs: the scheduler, a worker in this process and a real `openklachten worker` process."""

import datetime as dt
import subprocess
import sys

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from openklachten.registry import jobs
from openklachten.registry.jobs import runner
from openklachten.registry.jobs.compat import TaskResultStatus
from openklachten.registry.jobs.testing import process_env
from openklachten.registry.jobs.tests_tasks import append_line
from openklachten.registry.models import ScheduledJob

pytestmark = pytest.mark.django_db(transaction=True)


def lines(path):
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def test_an_enqueued_job_runs_once_in_a_worker(tmp_path):
    out = tmp_path / "uit.txt"
    result = append_line.enqueue(path=str(out), text="een")
    assert DBTaskResult.objects.get(pk=result.id).status == TaskResultStatus.READY
    assert runner.run_pending() == 1
    assert runner.run_pending() == 0
    assert lines(out) == ["een"]
    stored = DBTaskResult.objects.get(pk=result.id)
    assert stored.status == TaskResultStatus.SUCCESSFUL and stored.return_value == 1


def test_a_scheduled_job_runs_every_interval_and_not_more_often(tmp_path):
    out = tmp_path / "uit.txt"
    jobs.schedule("ping", every=dt.timedelta(minutes=10), task=append_line, kwargs={"path": str(out), "text": "p"})
    assert runner.run_pending() == 1
    assert runner.run_pending() == 0  # not due again yet
    assert lines(out) == ["p"]
    later = timezone.now() + dt.timedelta(minutes=11)
    assert jobs.enqueue_due(later) == ["ping"]
    assert jobs.enqueue_due(later) == []  # claimed: a second worker ticking at the same moment gets nothing
    runner.run_pending()
    assert lines(out) == ["p", "p"]


def test_scheduling_again_updates_the_job_instead_of_adding_one(tmp_path):
    kwargs = {"path": str(tmp_path / "x"), "text": "a"}
    first = jobs.schedule(
        "sync-1",
        every=dt.timedelta(hours=1),
        task=append_line,
        kwargs=kwargs,
        first_run=timezone.now() + dt.timedelta(hours=1),
    )
    again = jobs.schedule("sync-1", every=dt.timedelta(minutes=5), task=append_line.module_path, kwargs=kwargs)
    assert ScheduledJob.objects.count() == 1 and again.pk == first.pk
    assert again.interval_seconds == 300 and again.next_run <= timezone.now() + dt.timedelta(minutes=5)
    assert jobs.unschedule("sync-1") and not jobs.unschedule("sync-1")


def test_schedule_refuses_what_is_not_a_task():
    with pytest.raises(ValueError, match="geen achtergrondtaak"):
        jobs.schedule("x", every=dt.timedelta(minutes=1), task="openklachten.registry.jobs.testing.process_env")
    with pytest.raises(ValueError, match="minstens een seconde"):
        jobs.schedule("x", every=dt.timedelta(0), task=append_line)


def test_a_job_left_running_by_a_dead_worker_runs_again(tmp_path):
    out = tmp_path / "uit.txt"
    result = append_line.enqueue(path=str(out), text="opnieuw")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    import socket

    DBTaskResult.objects.filter(pk=result.id).update(
        status=TaskResultStatus.RUNNING, worker_ids=[f"{socket.gethostname()[:30]}:{dead.stdout.strip()}:abc"]
    )
    assert runner.run_pending() == 1
    assert lines(out) == ["opnieuw"]


def test_a_real_worker_process_runs_queued_and_scheduled_jobs(tmp_path):
    env = process_env(tmp_path / "data")
    out = tmp_path / "uit.txt"
    enqueue = (
        "import django, datetime as dt; django.setup()\n"
        "from django.core.management import call_command; call_command('migrate', verbosity=0)\n"
        "from openklachten.registry import jobs\n"
        "from openklachten.registry.jobs.tests_tasks import append_line\n"
        f"append_line.enqueue(path={str(out)!r}, text='eenmalig')\n"
        f"jobs.schedule('elk-uur', every=dt.timedelta(hours=1), task=append_line, "
        f"kwargs={{'path': {str(out)!r}, 'text': 'gepland'}})\n"
    )
    done = subprocess.run([sys.executable, "-c", enqueue], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    worker = [sys.executable, "-m", "openklachten", "worker", "--batch"]
    done = subprocess.run(worker, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "3 taken uitgevoerd" in done.stderr  # the two above and the worker's own daily upkeep
    assert sorted(lines(out)) == ["eenmalig", "gepland"]
    again = subprocess.run(worker, env=env, capture_output=True, text=True, timeout=120)
    assert "0 taken uitgevoerd" in again.stderr and len(lines(out)) == 2


def test_serve_starts_a_worker_itself_on_sqlite_only_unless_told():
    from openklachten.registry.jobs import embedded

    sqlite, postgres = "django.db.backends.sqlite3", "django.db.backends.postgresql"
    assert embedded.wanted("auto", sqlite) and not embedded.wanted("auto", postgres)
    assert embedded.wanted("ja", postgres) and not embedded.wanted("nee", sqlite)


def test_the_daily_upkeep_prunes_old_job_records(tmp_path):
    from openklachten.registry.jobs import housekeeping

    old = append_line.enqueue(path=str(tmp_path / "x"), text="oud")
    runner.run_pending()
    DBTaskResult.objects.filter(pk=old.id).update(finished_at=timezone.now() - dt.timedelta(days=31))
    recent = append_line.enqueue(path=str(tmp_path / "x"), text="nieuw")
    runner.run_pending()
    housekeeping.ensure_scheduled()
    housekeeping.ensure_scheduled()
    assert ScheduledJob.objects.filter(name=housekeeping.NAME).count() == 1
    runner.run_pending()
    remaining = set(DBTaskResult.objects.values_list("task_path", flat=True))
    assert not DBTaskResult.objects.filter(pk=old.id).exists()
    assert DBTaskResult.objects.filter(pk=recent.id).exists() and housekeeping.daily_upkeep.module_path in remaining


def test_a_job_that_forks_the_anonymisers_pool_finishes_in_a_real_worker(tmp_path):
    """Regression: pool children inherited the worker's SIGTERM handler and never exited (a hung import)."""
    from openklachten.anonymisation.batch import POOL_THRESHOLD

    env = process_env(tmp_path / "data")
    out = tmp_path / "telefoons.txt"
    enqueue = (
        "import django; django.setup()\n"
        "from django.core.management import call_command; call_command('migrate', verbosity=0)\n"
        "from openklachten.registry.jobs.tests_tasks import anonymise_in_a_pool\n"
        f"anonymise_in_a_pool.enqueue(path={str(out)!r}, count={POOL_THRESHOLD + 20})\n"
    )
    done = subprocess.run([sys.executable, "-c", enqueue], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    worker = subprocess.run(
        [sys.executable, "-m", "openklachten", "worker", "--batch"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert worker.returncode == 0, worker.stderr
    assert out.read_text() == f"{POOL_THRESHOLD + 20} True"


def test_health_check_says_503_when_jobs_wait_and_no_worker_runs(client, tmp_path):
    fresh = append_line.enqueue(path=str(tmp_path / "x"), text="net")
    assert client.get("/healthz").json()["controles"]["taken"] == "ok"  # just queued: a worker has time
    DBTaskResult.objects.filter(pk=fresh.id).update(enqueued_at=timezone.now() - dt.timedelta(minutes=10))
    response = client.get("/healthz")
    assert (
        response.status_code == 503
        and "1 taken wachten al langer dan 5 minuten" in response.json()["controles"]["taken"]
    )
    runner.run_pending()  # a worker catches up
    assert client.get("/healthz").json()["controles"]["taken"] == "ok"
