"""One row of a file as a lead: each mapped cell checked with the same field rules as every
other way a lead comes in (leads/service.py PLAIN_FIELDS and PERSONAL_FIELDS), every problem
of the row collected, and the keys it can be recognised by (phone and e-mail blind indexes,
WeChat ID)."""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from junlite.customers.fields import InvalidFieldError
from junlite.db.ids import uuid7
from junlite.leads.importer.mapping import EXTRA, FIELD_LABELS
from junlite.leads.models import Lead, LeadPriority
from junlite.leads.service import CONTACT_FIELDS, PERSONAL_FIELDS, PLAIN_FIELDS
from junlite.reports.exports import FORMULA_STARTS
from junlite.security.personal import PersonalDataError
from junlite.security.vault import RowRef, Vault

LIST_FIELDS = frozenset({"productInterests", "serviceNeeds", "tags"})
_LIST_SEPARATORS = re.compile(r"[,，、;；|\n]+")
_PRIORITY_WORDS = {
    "高": LeadPriority.HIGH,
    "中": LeadPriority.MEDIUM,
    "低": LeadPriority.LOW,
    "高优先级": LeadPriority.HIGH,
    "中优先级": LeadPriority.MEDIUM,
    "低优先级": LeadPriority.LOW,
    "h": LeadPriority.HIGH,
    "m": LeadPriority.MEDIUM,
    "l": LeadPriority.LOW,
    **{priority.value: priority for priority in LeadPriority},
}
PRIORITY_LABELS = {LeadPriority.HIGH: "高", LeadPriority.MEDIUM: "中", LeadPriority.LOW: "低"}


@dataclass
class Problem:
    field: str | None  # the API name of the field, None for the row as a whole
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def stored(self) -> dict[str, Any]:
        return {"field": self.field, "code": self.code, "params": self.params}


@dataclass
class PreparedRow:
    number: int  # as the spreadsheet shows it
    cells: list[str]
    # Plain fields with a value in the file, keyed as the API names them, parsed.
    values: dict[str, Any] = dataclasses.field(default_factory=dict)
    # Normalised personal values (E.164 phone, lower-case e-mail) and their blind indexes.
    personal: dict[str, str] = dataclasses.field(default_factory=dict)
    indexes: dict[str, bytes] = dataclasses.field(default_factory=dict)
    extra: dict[str, str] = dataclasses.field(default_factory=dict)
    problems: list[Problem] = dataclasses.field(default_factory=list)
    # Sealed ahead, while the chunk before is written: the id the row's lead would get, and
    # each personal value with its ciphertext for that id (see `seal_ahead`).
    lead_id: uuid.UUID | None = None
    sealed: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)

    @property
    def keys(self) -> list[tuple[str, Any]]:
        """What recognises the person: phone, e-mail, WeChat ID (in that order)."""
        found: list[tuple[str, Any]] = [(name, digest) for name, digest in self.indexes.items()]
        if self.values.get("wechatId"):
            found.append(("wechatId", self.values["wechatId"]))
        return found


@dataclass(frozen=True)
class RowRules:
    """What every row of one import shares."""

    org_id: uuid.UUID
    header: Sequence[str]
    mapping: Mapping[int, str]  # column -> field or EXTRA
    # The import's own tags, added to every row's (checked with them against the limits).
    tags: Sequence[str] = ()
    # Whether good rows are sealed ahead (an import that writes; a dry run writes nothing).
    seal_ahead: bool = False


def cell_text(raw: str) -> str:
    """A cell as entered: an export's apostrophe before a formula character is taken off."""
    if raw.startswith("'") and raw[1:2] and raw[1:2] in FORMULA_STARTS:
        return raw[1:]
    return raw


def prepare(vault: Vault, rules: RowRules, number: int, cells: list[str]) -> PreparedRow:
    row = PreparedRow(number, cells)
    raw: dict[str, str] = {}
    for column, target in rules.mapping.items():
        text = cell_text(cells[column]).strip() if column < len(cells) else ""
        if target == EXTRA:
            if text:
                row.extra[rules.header[column]] = text
        else:
            raw[target] = text
    overflow = sum(1 for cell in cells[len(rules.header) :] if cell.strip())
    if overflow:
        row.problems.append(Problem(None, "IMPORT_EXTRA_CELLS", {"count": overflow}))
    raw.setdefault("name", "")
    for name, text in raw.items():
        if not text and name != "name" and not (name == "tags" and rules.tags):
            continue  # an empty cell says nothing: it neither sets nor clears a field
        if name in PERSONAL_FIELDS:
            _personal(vault, rules.org_id, row, name, text)
        else:
            _plain(row, name, text, rules.tags if name == "tags" else ())
    if rules.tags and "tags" not in raw:
        _plain(row, "tags", "", rules.tags)
    if not any(raw.get(name) for name in CONTACT_FIELDS):
        row.problems.append(Problem("phone", "LEAD_UNREACHABLE"))
    if rules.seal_ahead and not row.problems:
        _seal_ahead(vault, rules.org_id, row)
    return row


def _seal_ahead(vault: Vault, org_id: uuid.UUID, row: PreparedRow) -> None:
    """Encryption is the costliest part of writing a new lead: done here, in the thread that
    reads the next chunk while this one is written, under the id the lead will have if the row
    turns out to be a new person (repeats and known people use none of it)."""
    row.lead_id = uuid7()
    ref = RowRef(Lead.__tablename__, row.lead_id, org_id)
    for name, value in row.personal.items():
        row.sealed[name] = (value, vault.seal(value, ref, PERSONAL_FIELDS[name].column))


def sealed_value(
    vault: Vault, org_id: uuid.UUID, lead_id: uuid.UUID, row: PreparedRow, name: str
) -> str | None:
    """The row's personal value `name` sealed for the lead `lead_id`: sealed ahead when it still
    holds (the same id, the value not changed by a later row of the same person)."""
    value = row.personal.get(name)
    if not value:
        return None
    ahead = row.sealed.get(name)
    if ahead is not None and ahead[0] == value and row.lead_id == lead_id:
        return ahead[1]
    ref = RowRef(Lead.__tablename__, lead_id, org_id)
    return vault.seal(value, ref, PERSONAL_FIELDS[name].column)


def _personal(vault: Vault, org_id: uuid.UUID, row: PreparedRow, name: str, text: str) -> None:
    spec = PERSONAL_FIELDS[name]
    if "*" in text:
        row.problems.append(Problem(name, "IMPORT_MASKED_VALUE"))
        return
    try:
        value = spec.normalise(text)
    except PersonalDataError as error:
        row.problems.append(Problem(name, error.code))
        return
    if value is None:
        row.problems.append(Problem(name, spec.invalid))
        return
    row.personal[name] = value
    row.indexes[name] = vault.index(org_id, spec.kind, value)


def _plain(row: PreparedRow, name: str, text: str, added: Sequence[str]) -> None:
    value: Any = text
    if name in LIST_FIELDS:
        value = [part for part in _LIST_SEPARATORS.split(text) if part.strip()]
        value = [*value, *added]
    elif name == "priority" and text:
        word = _PRIORITY_WORDS.get(text.lower())
        if word is None:
            row.problems.append(Problem(name, "NOT_ONE_OF", {"allowed": "高、中、低"}))
            return
        value = word.value
    try:
        parsed = PLAIN_FIELDS[name].parse(value)
    except InvalidFieldError as problem:
        row.problems.append(Problem(name, problem.code, dict(problem.params)))
        return
    if parsed not in (None, "", []):
        row.values[name] = parsed


def field_label(name: str | None) -> str:
    return FIELD_LABELS.get(name or "", "")
