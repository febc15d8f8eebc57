"""Plain-text reader with encoding detection tuned for English-language case files.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32) is trusted; then strict UTF-8; then UTF-16 without
a BOM if the NUL-byte pattern says so; then Windows-1252 if it decodes cleanly into ordinary text
(the encoding of almost every legacy UK office file — charset-normalizer alone, on short English
text, often guesses a code page in which "£" or "é" come out wrong); otherwise charset-normalizer's
best guess. A guessed encoding is recorded in ``meta["encoding"]`` with a warning to check accented
letters and symbols; an encoding fixed by a BOM or valid UTF-8 gets no warning.

Pages: form feeds (``\\f``, used by transcription and "print to text" tools to mark page ends)
split the text into pages; a final form feed does not start an empty last page. Without form feeds
the file is one page.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from chronology.config import Limits

from .base import RawDocument, ReadError, normalise_text, read_capped, sniff

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# More than this share of "noise" in a Windows-1252 reading means it is some other code page.
_CP1252_MAX_MESS = 0.2
# A file whose bytes are this much NUL (and not UTF-16) is binary, not text with stray NULs.
_MAX_NUL_SHARE = 0.3


def friendly_encoding(name: str) -> str:
    """The name people and other tools know an encoding by (``cp1252`` → ``windows-1252``)."""
    try:
        name = codecs.lookup(name).name
    except LookupError:
        pass
    if name.startswith("cp125") and name[5:].isdigit():
        return "windows-125" + name[5:]
    aliases = {"latin_1": "iso-8859-1", "iso8859-1": "iso-8859-1", "utf_8": "utf-8", "ascii": "utf-8"}
    return aliases.get(name, name.replace("_", "-"))


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM shows as NULs in every other byte for Latin-script text."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / max(1, len(odd))
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _mess(text: str) -> float:
    """charset-normalizer's measure of how implausible decoded text looks (0 = clean)."""
    try:
        from charset_normalizer.md import mess_ratio

        return float(mess_ratio(text[:20000], 1.0))
    except Exception:
        return 0.0


def decode_text(data: bytes) -> tuple[str, str, bool, bool]:
    """Decode bytes to text; returns (text, encoding name, guessed?, had undecodable bytes?)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            name = "utf-8-sig" if encoding == "utf-8" else encoding
            try:
                return body.decode(encoding), name, False, False
            except UnicodeDecodeError:
                return body.decode(encoding, "replace"), name, False, True
    try:
        return data.decode("utf-8"), "utf-8", False, False
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16, True, False
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("cp1252")
        if _mess(text) <= _CP1252_MAX_MESS:
            return text, "windows-1252", True, False
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:
        best = None
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), friendly_encoding(best.encoding), True, False
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", "replace"), "windows-1252", True, True


_TEXT_FORMATS = {"a web page (HTML)", "an XML file", "an RTF document"}


def _looks_binary(sample: bytes) -> bool:
    """Magic numbers like "MZ" can start real prose; only call it binary if the bytes agree."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def split_pages(text: str) -> list[str]:
    """Split at form feeds; a trailing form feed ends the last page rather than starting a new one."""
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()
    return pages


def read_txt(path: Path, limits: Limits) -> RawDocument:
    """Read a text file whole (its size was checked against the limit before we got here)."""
    data = read_capped(path, limits.max_file_mb)
    if not data:
        raise ReadError("the file is empty")
    what = sniff(data[:8192])
    if what and what not in _TEXT_FORMATS and _looks_binary(data[:8192]):
        raise ReadError(f"not a text file (it looks like {what})")

    text, encoding, guessed, replaced = decode_text(data)
    doc = RawDocument(kind="txt", pages=[])
    doc.meta["encoding"] = encoding
    nuls = text.count("\x00")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\x00")
    if nuls / max(1, len(text)) > _MAX_NUL_SHARE or controls / max(1, len(sample)) > 0.05:
        raise ReadError("not a text file (it looks like binary data)")
    if nuls:
        doc.warnings.append(
            f"removed {nuls} NUL byte{'s' if nuls != 1 else ''}; the file may be damaged or partly binary"
        )
    if guessed:
        doc.warnings.append(
            f"the text encoding was not declared; read as {encoding} — check accented letters and symbols such as £"
        )
    if replaced:
        doc.warnings.append(
            f"some bytes are not valid {encoding} and were replaced with \ufffd"
        )
    doc.pages = [normalise_text(page) for page in split_pages(text.replace("\r\n", "\n"))]
    if not any(page.strip() for page in doc.pages):
        doc.warnings.append("the file contains no text, only spaces or line breaks")
    return doc
