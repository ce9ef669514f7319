"""Reading an .xlsx workbook: openpyxl (its read-only reader) opens it and knows its sheets, shared
strings, date styles and epoch; the chosen sheet's cells are then streamed by a small expat reader.

Why not openpyxl's own row iterator: it builds an element tree per cell and took 12 s for a
100k-row sheet of 15 columns on the reference machine; the expat reader below takes about 2 s,
which is what lets a 100k-row import stay within its 30 s budget (DESIGN §10).

A workbook is a zip archive: one that would unpack to more than the allowed size (a "zip bomb")
is refused before anything is unpacked, and one that is damaged is refused with its own code.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any
from xml.parsers import expat

from openpyxl.reader.excel import ExcelReader  # type: ignore[import-untyped]
from openpyxl.styles.stylesheet import apply_stylesheet  # type: ignore[import-untyped]
from openpyxl.utils.datetime import from_excel  # type: ignore[import-untyped]

from junlite.errors import ServiceError

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SEP = "|"
_ROW, _CELL, _VALUE = f"{_MAIN}|row", f"{_MAIN}|c", f"{_MAIN}|v"
_INLINE, _TEXT, _PHONETIC = f"{_MAIN}|is", f"{_MAIN}|t", f"{_MAIN}|rPh"
_COLUMN_LETTERS = re.compile(r"[A-Z]+")
_CHUNK = 1 << 16
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension ref="(?:[A-Z]+\d+:)?[A-Z]+(\d+)"')
# A row element, and its number where it gives one (`r` is optional).
_ROW_TAG = re.compile(rb'<(?:\w+:)?row(?=[\s>/])(?:[^>]*?\sr="(\d+)")?')


class Workbook:
    """An opened workbook; `rows(sheet)` streams one sheet as (row number, cells)."""

    def __init__(self, data: bytes, *, max_unpacked_bytes: int) -> None:
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            unpacked = sum(info.file_size for info in archive.infolist())
        except (zipfile.BadZipFile, OSError, ValueError):
            raise ServiceError("IMPORT_FILE_CORRUPT", "fileId") from None
        if unpacked > max_unpacked_bytes:
            raise ServiceError(
                "IMPORT_FILE_UNSAFE", "fileId", max_mb=max_unpacked_bytes // (1024 * 1024)
            )
        try:
            reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
            # openpyxl's own load_workbook would also size every sheet, which parses a whole
            # sheet that lacks a <dimension>: the parts it reads here are all this needs.
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            sheets = [
                (sheet.name, rel.target if _is_worksheet(reader, rel) else None)
                for sheet, rel in reader.parser.find_sheets()
            ]
        except Exception:  # openpyxl raises many kinds for a damaged archive or XML
            raise ServiceError("IMPORT_FILE_CORRUPT", "fileId") from None
        self._archive = archive
        self.sheet_names: list[str] = [name for name, _ in sheets]
        # A chart sheet has no cells (no worksheet part).
        self._parts: dict[str, str | None] = dict(sheets)
        self._strings: list[Any] = list(reader.shared_strings)
        self._date_styles: set[int] = set(reader.wb._date_formats)
        self._duration_styles: set[int] = set(reader.wb._timedelta_formats)
        self._epoch = reader.wb.epoch
        reader.archive.close()

    def sheet_path(self, sheet: str | None) -> tuple[str, str]:
        """The chosen sheet (the first by default): its name and its part in the archive."""
        if not self.sheet_names:
            raise ServiceError("IMPORT_FILE_CORRUPT", "fileId")
        name = sheet if sheet is not None else self.sheet_names[0]
        if name not in self.sheet_names:
            raise ServiceError("IMPORT_SHEET_NOT_FOUND", "sheet", sheet=name)
        path = self._parts[name]
        if not isinstance(path, str):
            raise ServiceError("IMPORT_FILE_NO_HEADER", "sheet")
        return name, path

    def rows(self, part: str) -> Iterator[tuple[int, list[str]]]:
        """Every row that has a cell, as the sheet numbers it (1 = the first row)."""
        try:
            stream = self._archive.open(part)
        except (KeyError, zipfile.BadZipFile, OSError):
            raise ServiceError("IMPORT_FILE_CORRUPT", "fileId") from None
        reader = _SheetReader(self)
        with stream:
            while True:
                try:
                    block = stream.read(_CHUNK)
                    reader.feed(block, final=not block)
                except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError):
                    raise ServiceError("IMPORT_FILE_CORRUPT", "fileId") from None
                yield from reader.take()
                if not block:
                    return

    def last_row(self, part: str) -> int | None:
        """The last row the sheet's own dimension names (Excel, WPS and LibreOffice write
        it first): counting rows without reading them all. None when it is missing."""
        try:
            with self._archive.open(part) as stream:
                start = stream.read(_CHUNK)
        except (KeyError, zipfile.BadZipFile, OSError):
            return None
        found = _DIMENSION.search(start)
        return int(found.group(1)) if found else self._last_row_tag(part)

    def _last_row_tag(self, part: str) -> int | None:
        """Without a dimension (some exporters write none): the row elements, scanned as bytes
        rather than parsed (a tenth of the time), their highest number or their count."""
        last = count = 0
        pending = b""
        try:
            with self._archive.open(part) as stream:
                while True:
                    block = stream.read(_CHUNK)
                    data = pending + block
                    # A tag cut by the block's end is read whole with the next block.
                    cut = data.rfind(b"<") if block else len(data)
                    scanned, pending = (data[:cut], data[cut:]) if cut > 0 else (b"", data)
                    for row in _ROW_TAG.finditer(scanned):
                        count += 1
                        last = max(last, int(row.group(1) or 0))
                    if not block:
                        break
        except (KeyError, zipfile.BadZipFile, OSError, EOFError):
            return None
        return max(last, count) or None

    def cell_text(self, kind: str, style: int, raw: str) -> str:
        """A cell as the user typed it: numbers without a trailing .0 (a phone stored as the
        number 13800138000.0 is "13800138000"), dates as ISO dates."""
        if kind == "s":
            value = self._strings[int(raw)] if raw else ""
            return value if isinstance(value, str) else str(value)
        if kind == "n":
            return self._number(raw, style)
        if kind == "b":
            return "TRUE" if raw.strip() == "1" else "FALSE"
        return raw  # str (a formula's text), inlineStr, e (an error such as #N/A), d (ISO)

    def _number(self, raw: str, style: int) -> str:
        raw = raw.strip()
        if not raw:
            return ""
        try:
            number = float(raw)
        except ValueError:
            return raw
        if style in self._date_styles or style in self._duration_styles:
            try:
                moment = from_excel(number, self._epoch, timedelta=style in self._duration_styles)
            except (OverflowError, ValueError):
                return raw
            return _moment_text(moment)
        if number.is_integer() and abs(number) < 1e16:
            return str(int(number))
        return repr(number)


def _is_worksheet(reader: Any, rel: Any) -> bool:
    return rel.target in reader.valid_files and "chartsheet" not in (rel.Type or "")


def _moment_text(moment: Any) -> str:
    if isinstance(moment, dt.datetime):
        if moment.time() == dt.time(0):
            return moment.date().isoformat()
        return moment.isoformat(sep=" ", timespec="seconds")
    if isinstance(moment, dt.time):
        return moment.isoformat(timespec="seconds")
    return str(moment)


def _column_index(reference: str) -> int:
    letters = _COLUMN_LETTERS.match(reference)
    if letters is None:
        return -1
    index = 0
    for letter in letters.group():
        index = index * 26 + ord(letter) - 64
    return index - 1


class _SheetReader:
    """expat callbacks collecting cells into rows; rows are handed out as they complete."""

    def __init__(self, book: Workbook) -> None:
        self._book = book
        self._parser = expat.ParserCreate(namespace_separator=_SEP)
        self._parser.buffer_text = True
        self._parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self._parser.StartElementHandler = self._start
        self._parser.EndElementHandler = self._end
        self._parser.CharacterDataHandler = self._text
        self._done: list[tuple[int, list[str]]] = []
        self._row_number = 0
        self._cells: list[str] = []
        self._kind = "n"
        self._style = 0
        self._column = -1
        self._collect = False
        self._phonetic = False
        self._parts: list[str] = []

    def feed(self, block: bytes, *, final: bool) -> None:
        self._parser.Parse(block, final)

    def take(self) -> list[tuple[int, list[str]]]:
        done, self._done = self._done, []
        return done

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        if name == _CELL:
            self._kind = attrs.get("t", "n")
            self._style = int(attrs.get("s", 0) or 0)
            reference = attrs.get("r")
            self._column = _column_index(reference) if reference else len(self._cells)
            self._parts = []
        elif name == _VALUE or (name == _TEXT and not self._phonetic):
            self._collect = True
        elif name == _PHONETIC:
            self._phonetic = True
        elif name == _ROW:
            number = attrs.get("r")
            self._row_number = int(number) if number else self._row_number + 1
            self._cells = []
        elif name == _INLINE:
            self._kind = "inlineStr"

    def _end(self, name: str) -> None:
        if name in (_VALUE, _TEXT):
            self._collect = False
        elif name == _PHONETIC:
            self._phonetic = False
        elif name == _CELL:
            text = self._book.cell_text(self._kind, self._style, "".join(self._parts))
            if text and self._column >= 0:
                if self._column >= len(self._cells):
                    self._cells.extend([""] * (self._column - len(self._cells) + 1))
                self._cells[self._column] = text
        elif name == _ROW:
            self._done.append((self._row_number, self._cells))

    def _text(self, data: str) -> None:
        if self._collect:
            self._parts.append(data)
