"""The system of record: organisations, publishers, deliveries and published complaints.

Only anonymised text is stored in these tables. Raw text that a publisher must still review lives
in the quarantine (registry.models.review), which no public view reads.
"""

from openklachten.registry.models.audit import AuditAction, AuditEntry
from openklachten.registry.models.complaint import Complaint, PublicationState, WithdrawalReason
from openklachten.registry.models.delivery import Delivery, DeliveryStatus
from openklachten.registry.models.jobs import ScheduledJob
from openklachten.registry.models.organisation import Organisation, OrganisationType, Publisher
from openklachten.registry.models.report_text import ReportText, ReportTextStatus
from openklachten.registry.models.review import QuarantinedText, ReviewSample
from openklachten.registry.models.sequence import PublicationChange, PublicationSequence
from openklachten.registry.models.submission import Submission, SubmissionStatus
from openklachten.registry.models.token import ApiToken
from openklachten.registry.models.zgw import SyncStatus, ZgwConnection, ZgwSync

__all__ = [
    "ApiToken",
    "AuditAction",
    "AuditEntry",
    "Complaint",
    "Delivery",
    "DeliveryStatus",
    "Organisation",
    "OrganisationType",
    "PublicationChange",
    "PublicationSequence",
    "PublicationState",
    "Publisher",
    "QuarantinedText",
    "ReportText",
    "ReportTextStatus",
    "ReviewSample",
    "ScheduledJob",
    "SyncStatus",
    "ZgwConnection",
    "ZgwSync",
    "Submission",
    "SubmissionStatus",
    "WithdrawalReason",
]
