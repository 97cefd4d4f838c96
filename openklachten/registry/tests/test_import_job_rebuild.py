"""An import job does not build the read model itself: it queues one rebuild job, which the imports queued
before it share; meanwhile the site serves the previous generation."""

import pytest
from django_tasks_db.models import DBTaskResult

from openklachten.publication import query, readmodel
from openklachten.publication.readmodel import jobs as readmodel_jobs
from openklachten.registry import submissions
from openklachten.registry.importer import import_delivery
from openklachten.registry.jobs.runner import run_pending
from openklachten.registry.models import Complaint, Submission, SubmissionStatus
from openklachten.registry.tests.conftest import complaint_row

pytestmark = pytest.mark.django_db(transaction=True)  # jobs are enqueued on commit


def _submit(organisation, path):
    with open(path, "rb") as handle:
        submission, _ = submissions.submit(organisation, handle, filename="levering.csv", channel="api")
    return submission


def _rebuild_jobs():
    return DBTaskResult.objects.filter(task_path=readmodel_jobs.rebuild_readmodel.module_path)


def test_the_import_job_queues_a_rebuild_and_the_previous_generation_serves_until_it_ran(amsterdam, delivery_file):
    import_delivery(delivery_file([complaint_row(n) for n in range(1, 4)]), amsterdam)  # builds (a command)
    before = readmodel.current_dir()
    assert query.overview(query.Filters())["total"] == 3

    submission = _submit(amsterdam, delivery_file([complaint_row(n) for n in range(10, 15)]))
    assert run_pending(max_tasks=1) == 1  # the import job only

    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DONE and Complaint.objects.count() == 8
    assert readmodel.current_dir() == before  # not built inside the import job
    assert readmodel.status()["achterstand"] == 1 and readmodel.status()["serveerbaar"]
    query.use(None)
    assert query.overview(query.Filters())["total"] == 3  # the site answers from the previous generation
    assert _rebuild_jobs().count() == 1

    assert run_pending() == 1  # the rebuild job
    assert readmodel.current_dir() != before and readmodel.status()["achterstand"] == 0
    query.use(None)
    assert query.overview(query.Filters())["total"] == 8


def test_imports_queued_together_share_one_rebuild(amsterdam, delivery_file):
    readmodel.rebuild()
    first = _submit(amsterdam, delivery_file([complaint_row(n) for n in range(1, 4)]))
    second = _submit(amsterdam, delivery_file([complaint_row(n) for n in range(4, 6)]))

    assert run_pending() == 3  # two imports, then one rebuild that contains both

    assert {s.status for s in Submission.objects.filter(pk__in=[first.pk, second.pk])} == {SubmissionStatus.DONE}
    assert _rebuild_jobs().count() == 1 and _rebuild_jobs().get().return_value == 5
    assert readmodel.status()["achterstand"] == 0
    query.use(None)
    assert query.overview(query.Filters())["total"] == 5


def test_a_rejected_upload_queues_no_rebuild(amsterdam, delivery_file):
    _submit(amsterdam, delivery_file([complaint_row(1, ontvangwijze="postduif")]))
    assert run_pending() == 1
    assert not _rebuild_jobs().exists()


def test_a_web_request_leaves_an_import_lag_to_the_queued_rebuild_job(client, amsterdam, delivery_file, settings):
    from openklachten.publication.readmodel import rebuilds

    settings.READMODEL_REBUILD = "achtergrond"  # as in production: a request would queue a build in its process
    import_delivery(delivery_file([complaint_row(n) for n in range(1, 4)]), amsterdam)
    before = readmodel.current_dir()
    _submit(amsterdam, delivery_file([complaint_row(n) for n in range(10, 15)]))
    run_pending(max_tasks=1)  # the import; its rebuild job waits
    asked = rebuilds.queue(readmodel.root()).requested

    response = client.get("/api/v1/organisaties")

    assert response.status_code == 200  # served from the previous generation
    assert rebuilds.queue(readmodel.root()).requested == asked  # no build started in the web process
    assert readmodel.current_dir() == before and _rebuild_jobs().get().status == "READY"


def test_the_import_command_can_leave_the_rebuild_to_the_worker(amsterdam, delivery_file):
    from django.core.management import call_command

    call_command("import", str(delivery_file([complaint_row(1)])), organisation="gm0363")  # builds itself
    before = readmodel.current_dir()
    call_command(
        "import",
        str(delivery_file([complaint_row(n) for n in range(2, 5)])),
        organisation="gm0363",
        herbouw_in_wachtrij=True,
    )
    assert readmodel.current_dir() == before and _rebuild_jobs().count() == 1
    assert run_pending() == 1
    query.use(None)
    assert query.overview(query.Filters())["total"] == 4
