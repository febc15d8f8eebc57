"""The CSV export: one row per entry, UTF-8 with a byte-order mark so Excel shows "–" and "é" correctly.

After the entry rows comes one blank row and then the disclosure statement, one paragraph per row
(``statement`` in the first column, the words in the second), so the statement travels with the
spreadsheet; a program reading entries stops at the first row whose ``id`` does not start with ``e-``.
Columns after ``verified_at`` (``date_shown``, ``significance``) are additions, like the JSON's.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from chronology.export.formatting import entry_date_text, iso_utc, sources_text

if TYPE_CHECKING:
    from chronology.export import ExportData

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(text: str) -> str:
    """Free text that a spreadsheet would run as a formula ("=…", "-…", "@…") gets a leading apostrophe.

    Case records start lines with "-" and "=" often enough, and a formula in a court export is a
    security hole (CSV injection); the JSON export keeps the exact text.
    """
    return "'" + text if text.startswith(FORMULA_START) else text


COLUMNS = ["id", "date", "date_end", "precision", "time", "text", "sources", "bundle_refs", "status", "flags",
           "verified_by", "verified_at", "date_shown", "significance"]


def rows(data: "ExportData") -> list[list[str]]:
    out = []
    for e in data.entries:
        refs = "; ".join(c.bundle_ref for c in e.citations if c.bundle_ref)
        out.append([e.public_id, e.date or "", e.date_end or "", e.precision, e.time or "", cell(e.text),
                    cell(sources_text(e)), refs, e.status, "; ".join(e.flags), cell(e.verified_by or ""),
                    iso_utc(e.verified_at) or "", entry_date_text(e), cell(e.significance)])
    return out


def render(data: "ExportData", path: Path) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        writer.writerows(rows(data))
        writer.writerow([])
        s = data.statement
        for text in [s.heading, *s.paragraphs]:
            writer.writerow(["statement", cell(text)])
        for line in s.unverified:
            writer.writerow(["statement", f"Not yet verified: {line}"])
        for problem in s.problems:
            writer.writerow(["statement", f"Check problem: {problem}"])
