"""What the leads core tests share: a sales organisation, leads written directly (for lists
that need many, with chosen values), GraphQL documents and a fingerprint of the lead tables."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from junlite.auth.models import Team, User
from junlite.db.ids import uuid7
from junlite.db.session import Database
from junlite.graphql.relay import encode_global_id
from junlite.leads.models import Lead, LeadStatusPeriod
from junlite.security.vault import Vault
from tests.conftest import ApiClient
from tests.factories import Factory, OrgFixture

_numbers = itertools.count(1)


@dataclass
class Sales:
    org: OrgFixture
    east: Team
    south: Team
    people: dict[str, User]


@pytest.fixture
async def sales(factory: Factory) -> Sales:
    """华东 (a manager, two reps), 华南 (one rep), an admin and a marketer; another organisation
    with its own admin."""
    org = await factory.create_org()
    east = await factory.create_team(org, "华东")
    south = await factory.create_team(org, "华南")
    people = {
        "admin": await factory.create_user(org, role="admin", email="admin@l.cn", name="A管理"),
        "manager": await factory.create_user(
            org, role="sales_manager", team=east, email="manager@l.cn", name="B主管"
        ),
        "rep": await factory.create_user(org, team=east, email="rep@l.cn", name="C销售"),
        "mate": await factory.create_user(org, team=east, email="mate@l.cn", name="D销售"),
        "south": await factory.create_user(org, team=south, email="south@l.cn", name="E销售"),
        "marketing": await factory.create_user(
            org, role="marketing", email="marketing@l.cn", name="F市场"
        ),
    }
    other = await factory.create_org("别家")
    await factory.create_user(other, role="admin", email="stranger@o.cn", name="外人")
    return Sales(org, east, south, people)


def gid(type_name: str, value: Any) -> str:
    return str(encode_global_id(type_name, getattr(value, "id", value)))


async def insert_lead(
    database: Database,
    vault: Vault,
    owner: User | None,
    *,
    org_id: uuid.UUID | None = None,
    name: str | None = None,
    status: str = "new",
    created_at: datetime | None = None,
    phone: str | None = None,
    email: str | None = None,
    **values: Any,
) -> Lead:
    """A live lead as capture would leave it (with its open status period), of `owner`."""
    moment = created_at or datetime.now(UTC)
    lead = Lead(
        id=uuid7(),
        org_id=org_id or (owner.org_id if owner else None),
        created_by=owner.id if owner else None,
        name=name or f"线索{next(_numbers)}",
        source=values.pop("source", "manual"),
        status=status,
        priority=values.pop("priority", "medium"),
        owner_id=owner.id if owner else None,
        team_id=owner.team_id if owner else None,
        product_interests=values.pop("product_interests", []),
        service_needs=[],
        tags=values.pop("tags", []),
        notes="",
        extra={},
        score=values.pop("score", 0),
        **values,
    )
    lead.created_at = lead.updated_at = lead.source_at = moment
    lead.status_changed_at = lead.last_activity_at = moment
    vault.write(lead, "phone", "phone", phone or f"+86135{next(_numbers):08d}")
    if email:
        vault.write(lead, "email", "email", email)
    async with database.transaction() as session:
        session.add(lead)
        await session.flush()
        session.add(
            LeadStatusPeriod(
                id=uuid7(), org_id=lead.org_id, lead_id=lead.id, status=status, entered_at=moment
            )
        )
    return lead


def days_ago(days: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=days)


async def lead_digest(database: Database) -> str:
    """The lead tables as one fingerprint: a refused action must leave it as it was."""
    async with database.sessionmaker() as session:
        parts = []
        for table in (
            "leads",
            "lead_history",
            "lead_status_periods",
            "lead_close_reasons",
            "tasks",
            "communications",
        ):
            digest = await session.execute(
                text(
                    f"SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), ''))"  # noqa: S608
                    f" FROM {table} t"
                )
            )
            parts.append(str(digest.scalar_one()))
        return "|".join(parts)


async def call(app: ApiClient, token: str, query: str, variables: dict[str, Any]) -> Any:
    """The operation's data (the one field asked for), failing on any top-level error."""
    body = await app.gql(query, variables, token=token)
    assert "errors" not in body, body
    return next(iter(body["data"].values()))


def problems(payload: dict[str, Any]) -> list[tuple[str, str]]:
    """(field path after `input`, code) of each userError."""
    return [(".".join(e["field"][1:]), e["code"]) for e in payload["userErrors"]]


LEAD_FIELDS = """
id name phone email company title status priority source score tags productInterests
closeReason closeReasonLabel closeNote lastFollowedUpAt nextFollowUpAt
owner { displayName } team { name }
"""
CREATE = f"""mutation($input: CreateLeadInput!) {{ createLead(input: $input) {{
  lead {{ {LEAD_FIELDS} }} merged duplicateLeadIds userErrors {{ field code message }} }} }}"""
UPDATE = f"""mutation($input: UpdateLeadInput!) {{ updateLead(input: $input) {{
  lead {{ {LEAD_FIELDS} }} userErrors {{ field code message }} }} }}"""
DELETE = """mutation($input: LeadIdInput!) { deleteLead(input: $input) {
  deletedLeadId userErrors { field code } } }"""
RESTORE = """mutation($input: LeadIdInput!) { restoreLead(input: $input) {
  lead { id name } userErrors { field code } } }"""
REOPEN = """mutation($input: LeadIdInput!) { reopenLead(input: $input) {
  lead { id status closeReason } userErrors { field code message } } }"""
CHANGE_STATUS = """mutation($input: ChangeLeadStatusInput!) { changeLeadStatus(input: $input) {
  leads { id status } failures { index id code message } userErrors { field code message } } }"""
CLOSE = """mutation($input: CloseLeadsInput!) { closeLeads(input: $input) {
  leads { id status closeReason closeReasonLabel closeNote }
  failures { index id code message } userErrors { field code message } } }"""
