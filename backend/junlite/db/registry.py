"""Imports every domain's tables so that `Base.metadata` knows them all (Alembic, tests)."""

from junlite.audit import models as audit_models
from junlite.auth import models as auth_models
from junlite.customers import models as customer_models
from junlite.db.base import Base
from junlite.graphql import idempotency

__all__ = ["Base", "audit_models", "auth_models", "customer_models", "idempotency"]
