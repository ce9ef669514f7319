"""A page of leads by hand: the leads, their owner's name and their newest communication in one
statement (a LATERAL read of the communications' (subject, time) index), phones decrypted and
masked as GraphQL shows them, straight to JSON."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from junlite.auth.service import CurrentUser
from junlite.graphql.relay import encode_global_id
from junlite.security.masking import mask
from junlite.security.vault import RowRef, Vault

SUMMARY_CHARS = 60
LEADS = text(
    """
    SELECT l.id, l.org_id, l.name, l.phone_encrypted, l.company, l.status, l.priority, l.score,
           l.tags, l.source, l.last_followed_up_at, u.display_name,
           f.occurred_at AS followed_at, f.channel AS followed_by, f.content AS followed_content
    FROM leads l
    LEFT JOIN users u ON u.id = l.owner_id
    LEFT JOIN LATERAL (
        SELECT c.occurred_at, c.channel, left(c.content, :summary) AS content
        FROM communications c
        WHERE c.org_id = l.org_id AND c.subject_type = 'lead' AND c.subject_id = l.id
        ORDER BY c.occurred_at DESC, c.id DESC
        LIMIT 1
    ) f ON true
    WHERE l.org_id = :org_id AND l.deleted_at IS NULL
    ORDER BY l.created_at DESC, l.id DESC
    LIMIT :limit
    """
)


async def leads_page(
    session: AsyncSession, user: CurrentUser, vault: Vault, variables: dict[str, Any]
) -> dict[str, Any]:
    rows = (
        await session.execute(
            LEADS,
            {
                "org_id": user.org_id,
                "limit": variables.get("first", 50),
                "summary": SUMMARY_CHARS,
            },
        )
    ).all()
    nodes = []
    for row in rows:
        phone = (
            vault.open(row.phone_encrypted, RowRef("leads", row.id, row.org_id), "phone")
            if row.phone_encrypted
            else None
        )
        nodes.append(
            {
                "id": encode_global_id("Lead", row.id),
                "name": row.name,
                "phone": mask("phone", phone) if phone else None,
                "company": row.company,
                "status": row.status.upper(),
                "priority": row.priority.upper(),
                "score": row.score,
                "tags": row.tags,
                "source": row.source.upper(),
                "lastFollowedUpAt": row.last_followed_up_at.isoformat()
                if row.last_followed_up_at
                else None,
                "owner": {"displayName": row.display_name} if row.display_name else None,
                "lastFollowUp": {
                    "occurredAt": row.followed_at.isoformat(),
                    "channel": row.followed_by.upper(),
                    "summary": row.followed_content,
                }
                if row.followed_at
                else None,
            }
        )
    return {"leads": {"edges": [{"node": node} for node in nodes]}}
