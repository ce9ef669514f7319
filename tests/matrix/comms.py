"""Cases of the comms domain: communication records, their files, visits and statistics."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from junlite.comms.models import Communication, CommunicationAttachment
from junlite.db.ids import uuid7
from junlite.files.models import StoredFile
from tests.matrix.harness import Case, _call, _mutation, _node, customer_of, gid, payload
from tests.matrix.world import World, has, may

COMMUNICATIONS_LIST = "{ communications(first: 100) { edges { node { id } } } }"
VISITS = "{ visits { visits { id } } }"
STATS = """query($filter: CommunicationStatsFilter!) {
  communicationStats(filter: $filter) { total { count } } }"""


async def _new_communication(
    world: World, role: str, relation: str, customer_id: uuid.UUID | None = None
) -> uuid.UUID:
    """A visit logged just now by whoever (role, relation) points at, about their customer."""
    author = world.owner_for(role, relation)
    about = customer_id or customer_of(world, role, relation)
    row = Communication(
        id=uuid7(),
        org_id=author.org_id,
        created_by=author.id,
        subject_type="customer",
        subject_id=about,
        customer_id=about,
        channel="visit",
        occurred_at=datetime.now(UTC),
        content="矩阵拜访",
        result_note="",
        author_id=author.id,
        team_id=author.team_id,
    )
    async with world.database.transaction() as session:
        session.add(row)
    return row.id


async def _actors_file(world: World, role: str) -> uuid.UUID:
    actor = world.actors[role]
    stored = StoredFile(
        id=uuid7(),
        org_id=actor.org_id,
        created_by=actor.id,
        name="纪要.pdf",
        content_type="application/pdf",
        size=1,
        sha256="0" * 64,
    )
    async with world.database.transaction() as session:
        session.add(stored)
    return stored.id


async def _listed(world: World, role: str, relation: str) -> bool:
    wanted = gid("Communication", await _new_communication(world, role, relation))
    body = await _call(world, role, COMMUNICATIONS_LIST, {})
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    return wanted in {e["node"]["id"] for e in body["data"]["communications"]["edges"]}


async def _visited(world: World, role: str, relation: str) -> bool:
    wanted = gid("Communication", await _new_communication(world, role, relation))
    body = await _call(world, role, VISITS, {})
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    return wanted in {v["id"] for rep in body["data"]["visits"] for v in rep["visits"]}


async def _counted(world: World, role: str, relation: str) -> bool:
    """Statistics of a fresh customer count its one communication when the reader sees it."""
    customer_id = await world.new_customer(role, relation)
    await _new_communication(world, role, relation, customer_id)
    today = datetime.now(ZoneInfo("Asia/Shanghai")).date().isoformat()
    body = await _call(
        world,
        role,
        STATS,
        {
            "filter": {
                "period": {"from": today, "to": today},
                "customerId": gid("Customer", customer_id),
            }
        },
    )
    if body.get("errors"):
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        return False
    return bool(body["data"]["communicationStats"]["total"]["count"] == 1)


async def _log(world: World, role: str, relation: str) -> dict[str, Any]:
    customer = customer_of(world, role, relation)
    return {
        "input": {"subjectId": gid("Customer", customer), "channel": "PHONE", "content": "矩阵"}
    }


async def _update(world: World, role: str, relation: str) -> dict[str, Any]:
    record = await _new_communication(world, role, relation)
    return {"input": {"id": gid("Communication", record), "content": "改"}}


async def _delete(world: World, role: str, relation: str) -> dict[str, Any]:
    return {"input": {"id": gid("Communication", await _new_communication(world, role, relation))}}


async def _attach(world: World, role: str, relation: str) -> dict[str, Any]:
    record = await _new_communication(world, role, relation)
    file_id = await _actors_file(world, role)
    return {
        "input": {
            "communicationId": gid("Communication", record),
            "fileIds": [gid("File", file_id)],
        }
    }


async def _detach(world: World, role: str, relation: str) -> dict[str, Any]:
    record = await _new_communication(world, role, relation)
    file_id = await _actors_file(world, role)
    author = world.owner_for(role, relation)
    async with world.database.transaction() as session:
        session.add(
            CommunicationAttachment(
                org_id=author.org_id, communication_id=record, file_id=file_id, kind="file"
            )
        )
    return {
        "input": {"communicationId": gid("Communication", record), "fileId": gid("File", file_id)}
    }


async def _communication_node(world: World, role: str, relation: str) -> bool:
    record = await _new_communication(world, role, relation)
    visible = await _node("Communication", lambda *_: record)(world, role, relation)
    assert visible == may(role, "communication", "read", relation), (role, relation)
    return True


def _reads(role: str, relation: str) -> bool:
    return may(role, "communication", "read", relation)


def _updates(role: str, relation: str) -> bool:
    return may(role, "communication", "update", relation)


COMMS_CASES: dict[str, Case] = {
    "communications": Case(run=_listed, expect=_reads),
    "visits": Case(run=_visited, expect=_reads),
    "communicationStats": Case(run=_counted, expect=_reads),
    "logCommunication": Case(
        run=_mutation(
            "logCommunication",
            "mutation($input: LogCommunicationInput!) "
            + payload("logCommunication", "communication { id }"),
            _log,
        ),
        expect=lambda r, rel: has(r, "communication", "create") and may(r, "customer", "read", rel),
    ),
    "updateCommunication": Case(
        run=_mutation(
            "updateCommunication",
            "mutation($input: UpdateCommunicationInput!) "
            + payload("updateCommunication", "communication { id }"),
            _update,
        ),
        expect=_updates,
    ),
    "deleteCommunication": Case(
        run=_mutation(
            "deleteCommunication",
            "mutation($input: DeleteCommunicationInput!) "
            + payload("deleteCommunication", "deletedCommunicationId"),
            _delete,
        ),
        expect=lambda r, rel: may(r, "communication", "delete", rel),
    ),
    "attachCommunicationFiles": Case(
        run=_mutation(
            "attachCommunicationFiles",
            "mutation($input: AttachCommunicationFilesInput!) "
            + payload("attachCommunicationFiles", "communication { id }"),
            _attach,
        ),
        expect=_updates,
    ),
    "detachCommunicationFile": Case(
        run=_mutation(
            "detachCommunicationFile",
            "mutation($input: DetachCommunicationFileInput!) "
            + payload("detachCommunicationFile", "communication { id }"),
            _detach,
        ),
        expect=_updates,
    ),
}
COMMS_EXTRA_CASES: dict[str, Case] = {
    "node(Communication)": Case(run=_communication_node, expect=lambda r, rel: True),
}
