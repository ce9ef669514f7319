"""Cases of lead imports and exports: the caller's own files and imports (an import is seen by
whoever started it), allowed by the lead import, create and export grants."""

from __future__ import annotations

import uuid

from junlite.db.ids import uuid7
from junlite.files.models import StoredFile
from junlite.leads.importer.models import LeadImport
from tests.comms_helpers import upload
from tests.matrix.harness import Case, _call, _constant, _mutation, gid
from tests.matrix.world import World, has

CSV = "姓名,手机\r\n矩阵线索,13800138000\r\n".encode()
MAPPING = [{"column": 0, "target": "NAME"}, {"column": 1, "target": "PHONE"}]
PREVIEW = "query($f: ID!) { previewLeadImport(fileId: $f) { rowCount } }"
START = """mutation($input: StartLeadImportInput!) { startLeadImport(input: $input) {
  leadImport { id } userErrors { code } } }"""
CANCEL = """mutation($input: CancelLeadImportInput!) { cancelLeadImport(input: $input) {
  leadImport { id } userErrors { code } } }"""
EXPORT = """mutation($input: ExportLeadsInput!) { exportLeads(input: $input) {
  rowCount userErrors { code } } }"""


async def _uploaded(world: World, role: str) -> str:
    return await upload(world.app, world.tokens[role], CSV, "矩阵.csv", "text/csv")


async def _own_import(world: World, role: str) -> uuid.UUID:
    """A queued import the role's own user started (written directly: some roles may not)."""
    actor = world.actors[role]
    stored = StoredFile(
        id=uuid7(), org_id=actor.org_id, created_by=actor.id, name="矩阵.csv",
        content_type="text/csv", size=len(CSV), sha256="0" * 64,
    )  # fmt: skip
    imported = LeadImport(
        id=uuid7(), org_id=actor.org_id, created_by=actor.id, file_id=stored.id,
        file_name="矩阵.csv", file_format="csv", header=["姓名", "手机"], mapping=[],
        on_duplicate="skip", dry_run=True, tags=[], route=True, status="queued",
    )  # fmt: skip
    async with world.database.transaction() as session:
        session.add(stored)
        await session.flush()
        session.add(imported)
    return imported.id


def _refused(body: dict[str, object]) -> bool:
    errors = body.get("errors")
    if errors:
        assert {e["extensions"]["code"] for e in errors} == {"FORBIDDEN"}, body  # type: ignore[index]
        return True
    return False


async def _preview(world: World, role: str, relation: str) -> bool:
    body = await _call(world, role, PREVIEW, {"f": await _uploaded(world, role)})
    return not _refused(body) and body["data"]["previewLeadImport"]["rowCount"] == 1


async def _start_variables(world: World, role: str, relation: str) -> dict[str, object]:
    file_id = await _uploaded(world, role)
    return {"input": {"fileId": file_id, "mapping": MAPPING, "dryRun": True}}


async def _read_import(world: World, role: str, relation: str) -> bool:
    wanted = gid("LeadImport", await _own_import(world, role))
    body = await _call(
        world, role, "query($id: ID!) { leadImport(id: $id) { id } }", {"id": wanted}
    )
    return not _refused(body) and body["data"]["leadImport"]["id"] == wanted


async def _list_imports(world: World, role: str, relation: str) -> bool:
    wanted = gid("LeadImport", await _own_import(world, role))
    body = await _call(world, role, "query { leadImports(first: 100) { id } }", {})
    return not _refused(body) and wanted in {i["id"] for i in body["data"]["leadImports"]}


async def _cancel_variables(world: World, role: str, relation: str) -> dict[str, object]:
    return {"input": {"id": gid("LeadImport", await _own_import(world, role))}}


def _imports(role: str, relation: str) -> bool:
    return has(role, "lead", "import")


LEAD_IMPORT_CASES: dict[str, Case] = {
    "previewLeadImport": Case(run=_preview, expect=_imports),
    "startLeadImport": Case(
        run=_mutation("startLeadImport", START, _start_variables),
        expect=lambda r, rel: has(r, "lead", "import") and has(r, "lead", "create"),
    ),
    "leadImport": Case(run=_read_import, expect=_imports),
    "leadImports": Case(run=_list_imports, expect=_imports),
    "cancelLeadImport": Case(
        run=_mutation("cancelLeadImport", CANCEL, _cancel_variables), expect=_imports
    ),
    "exportLeads": Case(
        run=_mutation("exportLeads", EXPORT, _constant({"input": {"format": "XLSX"}})),
        expect=lambda r, rel: has(r, "lead", "export"),
    ),
}
LEAD_IMPORT_SELF_ONLY = set(LEAD_IMPORT_CASES)
