"""Word (.docx) reader: body paragraphs and tables in document order.

Choices, and why:

* Headers, footers, footnotes and comments are skipped: they repeat on every page or sit outside the
  narrative, and would only add noise to a chronology.
* Tables come out one line per row, cells joined by ``" | "``, so a "Date | Event" table keeps its
  columns; a cell's own paragraphs are joined by spaces.
* Text boxes (``w:txbxContent``) are included, as separate lines after the paragraph they are
  anchored in; the ``mc:Fallback`` copy Word stores beside each one is skipped so nothing doubles.
* Tracked deletions (``w:del``/``w:moveFrom``) are left out; tracked insertions are kept, i.e. the
  text reads as it would once the changes are accepted.
* Pages: a .docx has no reliable pages (layout is done by Word at display time), so the document is
  one page unless it has explicit page breaks (``<w:br w:type="page"/>``), where it is split. Word's
  ``lastRenderedPageBreak`` marks, section breaks and "page break before" styles are ignored: they
  depend on the last machine that rendered the file.

The ZIP container is checked before python-docx opens it: a file that is not a ZIP, has no
``word/document.xml``, holds encrypted entries, or would expand past ``max_decompressed_mb``
(a zip bomb) is refused without decompressing anything.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from chronology.config import Limits

from .base import BYTES_PER_MB, RawDocument, ReadError, describe, format_mb, normalise_text, read_head

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# A real document has tens to a few hundred parts; millions of tiny entries is an attack on memory.
MAX_ZIP_ENTRIES = 20_000

_PAGE = object()  # marker for an explicit page break inside a paragraph's pieces

# Elements whose content never belongs in the reading text.
_SKIP_INLINE = {
    W + "del",
    W + "moveFrom",
    W + "delText",
    W + "instrText",
    W + "rPr",
    W + "pPr",
    W + "sdtPr",
    W + "sdtEndPr",
    MC + "Fallback",
    W + "footnoteReference",
    W + "endnoteReference",
    W + "commentReference",
}
# Block-level wrappers whose children are ordinary blocks (content controls, custom XML).
_BLOCK_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"}


def _check_container(path: Path, limits: Limits) -> None:
    """Refuse anything that is not a sane .docx ZIP before python-docx decompresses a byte."""
    head = read_head(path, 8)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise ReadError(
            "the Word file is password-protected or in the old .doc format; "
            "remove the password or save it as .docx"
        )
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ReadError(f"not a Word .docx file: it is not a ZIP archive ({describe(read_head(path))})")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise ReadError(f"the Word file is damaged or truncated (not a readable ZIP archive: {exc})") from exc
    if len(infos) > MAX_ZIP_ENTRIES:
        raise ReadError(
            f"the Word file holds {len(infos)} parts, far more than a real document (limit {MAX_ZIP_ENTRIES})"
        )
    total = sum(info.file_size for info in infos)
    limit = limits.max_decompressed_mb * BYTES_PER_MB
    if total > limit:
        raise ReadError(
            f"the Word file would expand to {format_mb(total)}, over the {limits.max_decompressed_mb} MB limit "
            "(CHRONOLOGY_MAX_DECOMPRESSED_MB); it may be a zip bomb"
        )
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise ReadError("not a Word document: word/document.xml is missing")
    if any(info.flag_bits & 0x1 for info in infos):
        raise ReadError("the Word file's contents are encrypted and need a password")


def _inline(element: Any, pieces: list[Any], boxes: list[Any]) -> None:
    """Collect a paragraph's text in order: runs, hyperlinks, insertions, fields, content controls."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_INLINE:
            continue  # comments / processing instructions, and skipped elements
        if tag == W + "t":
            pieces.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            pieces.append("\t")
        elif tag == W + "br":
            pieces.append(_PAGE if child.get(W + "type") == "page" else "\n")
        elif tag == W + "cr":
            pieces.append("\n")
        elif tag == W + "noBreakHyphen":
            pieces.append("-")
        elif tag == W + "txbxContent":
            boxes.append(child)
        else:
            _inline(child, pieces, boxes)


def _paragraph(element: Any) -> tuple[list[str], list[Any]]:
    """A paragraph's text split at explicit page breaks, plus any text boxes anchored in it."""
    pieces: list[Any] = []
    boxes: list[Any] = []
    _inline(element, pieces, boxes)
    segments = [""]
    for piece in pieces:
        if piece is _PAGE:
            segments.append("")
        else:
            segments[-1] += piece
    return segments, boxes


def _cell_text(cell: Any) -> str:
    """All text in a table cell on one line (paragraphs and nested tables joined by spaces)."""
    lines: list[str] = []
    for block in _blocks(cell):
        if block.tag == W + "p":
            segments, boxes = _paragraph(block)
            lines.append("".join(segments))
            for box in boxes:
                lines.extend(_cell_text(box).split("\n"))
        elif block.tag == W + "tbl":
            lines.extend(_table_rows(block))
    return " ".join(" ".join(line.split("\n")).strip() for line in lines if line.strip())


def _children(element: Any, tag: str) -> list[Any]:
    """Direct children with ``tag``, looking through content-control and custom-XML wrappers."""
    found: list[Any] = []
    for child in element:
        if child.tag == tag:
            found.append(child)
        elif child.tag in _BLOCK_WRAPPERS:
            found.extend(_children(child, tag))
    return found


def _table_rows(table: Any) -> list[str]:
    rows: list[str] = []
    for row in _children(table, W + "tr"):
        cells = [_cell_text(cell) for cell in _children(row, W + "tc")]
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _blocks(container: Any) -> list[Any]:
    """Paragraphs and tables of a body, cell or text box in document order."""
    found: list[Any] = []
    for child in container:
        if child.tag in (W + "p", W + "tbl"):
            found.append(child)
        elif child.tag in _BLOCK_WRAPPERS:
            found.extend(_blocks(child))
    return found


def _body_pages(body: Any) -> list[str]:
    pages: list[list[str]] = [[]]
    for block in _blocks(body):
        if block.tag == W + "tbl":
            pages[-1].extend(_table_rows(block))
            continue
        segments, boxes = _paragraph(block)
        if len(segments) == 1:
            pages[-1].append(segments[0])
        else:
            # A break usually sits in its own empty paragraph; don't leave stray blank lines.
            if segments[0]:
                pages[-1].append(segments[0])
            for segment in segments[1:]:
                pages.append([])
                if segment:
                    pages[-1].append(segment)
        for box in boxes:
            for inner in _blocks(box):
                if inner.tag == W + "tbl":
                    pages[-1].extend(_table_rows(inner))
                else:
                    pages[-1].append("".join(_paragraph(inner)[0]))
    return [normalise_text("\n".join(lines)) for lines in pages]


def read_docx(path: Path, limits: Limits) -> RawDocument:
    """Read the body of a .docx after checking its ZIP container is safe to open."""
    _check_container(path, limits)
    import docx  # python-docx; imported late so a missing package only affects Word files

    try:
        document = docx.Document(str(path))
    except ValueError as exc:
        match = re.search(r"content type is '([^']*)'", str(exc))
        kind = f" (its main part is {match.group(1)})" if match else ""
        raise ReadError(f"not a Word .docx document{kind}") from exc
    except KeyError as exc:
        raise ReadError(f"the Word file is missing a part it refers to ({exc})") from exc
    except zipfile.BadZipFile as exc:
        raise ReadError(f"the Word file is damaged or truncated ({exc})") from exc
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"the Word file's XML is damaged or malformed ({exc})") from exc
    pages = _body_pages(document.element.body)
    doc = RawDocument(kind="docx", pages=pages)
    if len(pages) > 1:
        doc.meta["pages"] = "split at explicit page breaks"
    title = (document.core_properties.title or "").strip()
    if title:
        doc.meta["title"] = " ".join(normalise_text(title).split())
    return doc
