"""Imports every domain's tables, so that `Base.metadata` knows them all (Alembic, tests),
every domain's object types, so that the policy layer knows them all (jobs, commands), and
what domains plug into customers: timeline sources and merge steps."""

from junlite.audit import models as audit_models
from junlite.audit import object_types as audit_object_types
from junlite.auth import models as auth_models
from junlite.auth import object_types as auth_object_types
from junlite.behaviour import models as behaviour_models
from junlite.behaviour import object_types as behaviour_object_types
from junlite.behaviour import service as behaviour_service
from junlite.comms import attachments as comms_attachments
from junlite.comms import models as comms_models
from junlite.comms import object_types as comms_object_types
from junlite.comms import timeline as comms_timeline
from junlite.customers import models as customer_models
from junlite.customers import object_types as customer_object_types
from junlite.db.base import Base
from junlite.files import models as file_models
from junlite.graphql import idempotency
from junlite.leads import core_models as lead_core_models
from junlite.leads import models as lead_models
from junlite.leads import object_types as lead_object_types
from junlite.leads.assignment import models as lead_assignment_models
from junlite.leads.assignment import notify as lead_assignment_notify
from junlite.leads.capture import models as lead_capture_models
from junlite.leads.conversion import models as lead_conversion_models
from junlite.leads.conversion import service as lead_conversion
from junlite.leads.importer import models as lead_import_models
from junlite.leads.scoring import models as lead_scoring_models
from junlite.notify import models as notify_models
from junlite.sales import contract_files as sales_contract_files
from junlite.sales import merging as sales_merging
from junlite.sales import models as sales_models
from junlite.sales import object_types as sales_object_types
from junlite.sales import timeline as sales_timeline
from junlite.security import models as security_models
from junlite.tasks import errors as task_errors
from junlite.tasks import models as task_models
from junlite.tasks import object_types as task_object_types
from junlite.tasks import reminders as task_reminders
from junlite.tasks import timeline as task_timeline

__all__ = [
    "Base",
    "audit_models",
    "audit_object_types",
    "auth_models",
    "auth_object_types",
    "behaviour_models",
    "behaviour_object_types",
    "behaviour_service",
    "comms_attachments",
    "comms_models",
    "comms_object_types",
    "comms_timeline",
    "customer_models",
    "customer_object_types",
    "file_models",
    "idempotency",
    "lead_assignment_models",
    "lead_assignment_notify",
    "lead_capture_models",
    "lead_conversion",
    "lead_conversion_models",
    "lead_core_models",
    "lead_import_models",
    "lead_models",
    "lead_object_types",
    "lead_scoring_models",
    "notify_models",
    "sales_contract_files",
    "sales_merging",
    "sales_models",
    "sales_object_types",
    "sales_timeline",
    "security_models",
    "task_errors",
    "task_models",
    "task_object_types",
    "task_reminders",
    "task_timeline",
]
