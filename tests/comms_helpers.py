"""What the comms tests share: GraphQL documents, uploads, and communications written directly
(for lists and statistics that need many, at chosen times)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from sqlalchemy import text

from junlite.auth.models import User
from junlite.comms.models import Communication
from junlite.db.ids import uuid7
from junlite.db.session import Database
from tests.conftest import ApiClient

SHANGHAI = ZoneInfo("Asia/Shanghai")
COMMUNICATION_FIELDS = """
  id channel direction durationSeconds occurredAt content result resultNote nextFollowUpAt
  subject { __typename ... on Customer { name } ... on Contact { name }
            ... on Opportunity { name } }
  customer { name } contact { name } author { displayName }
  attachments { name contentType size downloadUrl }
  checkIn { latitude longitude accuracyMeters address takenAt photos { name } }
"""
LOG = f"""mutation($input: LogCommunicationInput!) {{ logCommunication(input: $input) {{
  communication {{ {COMMUNICATION_FIELDS} }} userErrors {{ field code message }} }} }}"""
UPDATE = f"""mutation($input: UpdateCommunicationInput!) {{ updateCommunication(input: $input) {{
  communication {{ {COMMUNICATION_FIELDS} }} userErrors {{ field code }} }} }}"""
DELETE = """mutation($input: DeleteCommunicationInput!) { deleteCommunication(input: $input) {
  deletedCommunicationId userErrors { field code } } }"""
ATTACH = """mutation($input: AttachCommunicationFilesInput!) {
  attachCommunicationFiles(input: $input) {
    communication { attachments { name } checkIn { photos { name } } }
    userErrors { field code message } } }"""
DETACH = """mutation($input: DetachCommunicationFileInput!) {
  detachCommunicationFile(input: $input) {
    communication { attachments { name } } userErrors { field code } } }"""
PDF = b"%PDF-1.4\n% meeting notes\n" + b"0" * 1024
JPEG = b"\xff\xd8\xff\xe0" + b"1" * 2048
MP3 = b"ID3\x04" + b"2" * 4096


def problems(payload: dict[str, Any]) -> list[tuple[str, str]]:
    """(field path after `input`, code) of each userError."""
    return [(".".join(e["field"][1:]), e["code"]) for e in payload["userErrors"]]


def at(text_value: str) -> datetime:
    """A time of the Shanghai calendar: '2026-03-02 10:00'."""
    return datetime.strptime(text_value, "%Y-%m-%d %H:%M").replace(tzinfo=SHANGHAI)


async def upload(app: ApiClient, token: str, data: bytes, name: str, content_type: str) -> str:
    response = await app.http.post(
        "/api/files",
        content=data,
        headers={
            "Authorization": f"Bearer {token}",
            "Content-Type": content_type,
            "X-File-Name": quote(name),
        },
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def insert_communication(
    database: Database,
    author: User,
    customer_id: Any,
    occurred_at: datetime,
    *,
    channel: str = "phone",
    content: str = "沟通",
    subject: tuple[str, Any] | None = None,
    result: str | None = None,
) -> Communication:
    subject_type, subject_id = subject or ("customer", customer_id)
    row = Communication(
        id=uuid7(),
        org_id=author.org_id,
        created_by=author.id,
        subject_type=subject_type,
        subject_id=getattr(subject_id, "id", subject_id),
        customer_id=getattr(customer_id, "id", customer_id),
        channel=channel,
        occurred_at=occurred_at,
        content=content,
        result=result,
        result_note="",
        author_id=author.id,
        team_id=author.team_id,
    )
    async with database.transaction() as session:
        session.add(row)
    return row


async def comms_digest(database: Database) -> str:
    """Communications, their attachments and the customers' pool clocks, as one fingerprint."""
    async with database.sessionmaker() as session:
        rows = await session.execute(
            text(
                "SELECT md5(coalesce((SELECT string_agg(t::text, ',' ORDER BY t::text)"
                " FROM communications t), '') || coalesce((SELECT string_agg(a::text, ','"
                " ORDER BY a::text) FROM communication_attachments a), '') ||"
                " coalesce((SELECT string_agg(c.id::text || c.last_followed_up_at::text, ','"
                " ORDER BY c.id) FROM customers c), ''))"
            )
        )
        return str(rows.scalar_one())
