"""Opening an uploaded file as rows of text cells: CSV (UTF-8 with or without a BOM, GBK,
GB18030, UTF-16 with a BOM; comma, semicolon or tab; quoted cells spanning lines) or an Excel
workbook (.xlsx). Old .xls files, binary files and text in another encoding are refused with a
code that tells the user what to do.

Row numbers are those the spreadsheet shows: the header is row 1, a CSV cell that spans lines
is still one row, and blank rows keep their numbers (but are not rows to import).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from junlite.errors import ServiceError
from junlite.leads.importer.xlsx import Workbook

_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, .doc: the old binary formats
_DELIMITERS = (",", ";", "\t")
# Control characters no text file holds (tab, line feed and carriage return are fine).
_BINARY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Spreadsheet:
    file_format: str  # csv, xlsx
    encoding: str | None  # a CSV's: utf-8-sig, utf-8, gbk, gb18030, utf-16
    delimiter: str | None
    sheet_names: list[str]
    sheet: str | None
    header: list[str]
    header_row: int
    _text: str | None = field(default=None, repr=False)
    _book: Workbook | None = field(default=None, repr=False)
    _part: str | None = field(default=None, repr=False)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """The data rows after the header, blank rows left out: (row number, cells)."""
        for number, cells in self._all_rows():
            if number > self.header_row and any(cell.strip() for cell in cells):
                yield number, cells

    def count_rows(self) -> int:
        return sum(1 for _ in self.rows())

    def estimated_rows(self) -> int | None:
        """A workbook's data rows as its dimension says (blank rows included, so never too
        few), without reading them; None for a CSV or a workbook without one."""
        if self._book is None or self._part is None:
            return None
        last = self._book.last_row(self._part)
        return None if last is None else max(last - self.header_row, 0)

    def _all_rows(self) -> Iterator[tuple[int, list[str]]]:
        if self._book is not None and self._part is not None:
            yield from self._book.rows(self._part)
            return
        reader = csv.reader(
            io.StringIO(self._text or "", newline=""), delimiter=self.delimiter or ","
        )
        number = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error:
                # A cell larger than the csv module allows, or a stray NUL: nothing after it
                # can be trusted to be split right.
                raise ServiceError("IMPORT_FILE_CORRUPT", "fileId") from None
            number += 1
            yield number, cells


def open_spreadsheet(
    data: bytes, *, sheet: str | None = None, max_unpacked_bytes: int
) -> Spreadsheet:
    if not data:
        raise ServiceError("FILE_EMPTY", "fileId")
    if data.startswith(_OLE_MAGIC):
        raise ServiceError("IMPORT_FILE_XLS", "fileId")
    if data.startswith(_XLSX_MAGIC):
        return _workbook(data, sheet, max_unpacked_bytes)
    text, encoding = decode_text(data)
    delimiter = sniff_delimiter(text)
    spreadsheet = Spreadsheet("csv", encoding, delimiter, [], None, [], 0, _text=text)
    return _with_header(spreadsheet)


def _workbook(data: bytes, sheet: str | None, max_unpacked_bytes: int) -> Spreadsheet:
    book = Workbook(data, max_unpacked_bytes=max_unpacked_bytes)
    name, part = book.sheet_path(sheet)
    spreadsheet = Spreadsheet(
        "xlsx", None, None, book.sheet_names, name, [], 0, _book=book, _part=part
    )
    return _with_header(spreadsheet)


def _with_header(spreadsheet: Spreadsheet) -> Spreadsheet:
    """The first row with any text is the header; columns without a name are numbered."""
    for number, cells in spreadsheet._all_rows():
        if any(cell.strip() for cell in cells):
            while cells and not cells[-1].strip():
                cells.pop()
            spreadsheet.header = [
                cell.strip() or f"第{index + 1}列" for index, cell in enumerate(cells)
            ]
            spreadsheet.header_row = number
            return spreadsheet
    raise ServiceError("IMPORT_FILE_NO_HEADER", "fileId")


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and its encoding: a BOM decides; else UTF-8 when the bytes are valid UTF-8;
    else GBK, else GB18030 (its superset). Binary data, and UTF-16 without a BOM (which looks
    like text with a NUL in every other byte), are refused."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                raise ServiceError("IMPORT_FILE_ENCODING", "fileId") from None
    if b"\x00" in data:
        code = "IMPORT_FILE_ENCODING" if _looks_like_utf16(data) else "IMPORT_FILE_NOT_SPREADSHEET"
        raise ServiceError(code, "fileId")
    for encoding in ("utf-8", "gbk", "gb18030"):
        try:
            return _checked(data.decode(encoding)), encoding
        except UnicodeDecodeError:
            continue
    raise ServiceError("IMPORT_FILE_ENCODING", "fileId")


def _looks_like_utf16(data: bytes) -> bool:
    """Latin text in UTF-16 has a NUL in (nearly) every other byte."""
    sample = data[:2048]
    half = max(len(sample) // 2, 1)
    return max(sample[0::2].count(0), sample[1::2].count(0)) > 0.4 * half


def _checked(text: str) -> str:
    if _BINARY.search(text):
        raise ServiceError("IMPORT_FILE_NOT_SPREADSHEET", "fileId")
    return text.removeprefix("\ufeff")


def sniff_delimiter(text: str) -> str:
    """The separator the header row uses most (outside quotes): comma, semicolon or tab."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in text[:65536]:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
        elif not quoted and char in "\r\n":
            break
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","
