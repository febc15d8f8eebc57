"""Shared types and helpers for the format readers.

Every reader returns a :class:`RawDocument` whose ``pages`` are final: the pipeline stores these exact
strings and cites character offsets into them, so all text normalisation happens here, once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

BYTES_PER_MB = 1024 * 1024


@dataclass
class RawDocument:
    """Text extracted from one source file, page by page, plus what the reader noticed on the way."""

    kind: str  # "pdf" | "docx" | "txt" | "eml"
    pages: list[str]  # final text per page; formats without pages have one page
    status: str = "ok"  # "ok" | "ocr" | "needs-ocr" | "partial"
    warnings: list[str] = field(default_factory=list)  # plain words, without the file name
    meta: dict[str, str] = field(default_factory=dict)
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages whose text is OCR output


class ReadError(Exception):
    """The file cannot be ingested; ``str(exc)`` says why in plain words, without the file name."""


# C0 controls other than tab and newline, DEL, the C1 block, non-characters U+FFFE/U+FFFF and lone
# surrogates: none belongs in a cited passage and lone surrogates cannot even be stored as UTF-8.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """Give every reader the same line breaks and no invisible control characters.

    ``\\r\\n`` and lone ``\\r`` become ``\\n``; C0/C1 controls except tab and newline are removed
    (form feeds included: callers that split pages on them must do so first); lone surrogates become
    U+FFFD so the text can always be encoded as UTF-8.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL_RE.sub("", text)
    return _SURROGATE_RE.sub("\ufffd", text)


def format_mb(size_bytes: int) -> str:
    """Whole megabytes, rounded up, so a file just over a limit never reads as equal to it."""
    return f"{-(-size_bytes // BYTES_PER_MB)} MB"


def is_are(numbers: list[int], singular: str = "is", plural: str = "are") -> str:
    """The verb that agrees with :func:`format_pages` of the same list."""
    return singular if len(set(numbers)) == 1 else plural


def format_pages(numbers: list[int]) -> str:
    """"page 3" / "pages 1, 2 and 5" (with ranges compressed) for warnings a person reads."""
    if not numbers:
        return ""
    numbers = sorted(set(numbers))
    parts: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    single = len(numbers) == 1
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return ("page " if single else "pages ") + joined


# Leading bytes of formats people commonly mislabel, so an error can say what the file really is.
_SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old-style (.doc/.xls/.msg) or password-protected Office file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program file"),
    (b"MZ", "a Windows program file"),
]


def sniff(head: bytes) -> str | None:
    """Describe what the first bytes of a file look like, or None if nothing recognisable."""
    for magic, what in _SIGNATURES:
        if head.startswith(magic):
            return what
    if b"%PDF-" in head[:1024]:
        return "a PDF document"
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "a web page (HTML)"
    if lowered.startswith(b"<?xml"):
        return "an XML file"
    return None


def describe(head: bytes) -> str:
    """Like :func:`sniff`, but always says something: used in "not a X file (it looks like …)"."""
    what = sniff(head)
    if what:
        return f"it looks like {what}"
    if not head:
        return "it is empty"
    sample = head[:4096]
    if b"\x00" in sample:
        return "it looks like binary data"
    try:
        sample.decode("utf-8")
        return "it looks like plain text"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3:  # a character cut in two by the sample's end
            return "it looks like plain text"
        return "its content is not recognised"


def read_capped(path: Path, max_mb: int) -> bytes:
    """Read a whole file, but never more than the size limit even if it grew since it was checked."""
    cap = max_mb * BYTES_PER_MB
    with open(path, "rb") as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise ReadError(f"the file is over the {max_mb} MB limit (CHRONOLOGY_MAX_FILE_MB)")
    return data


def read_head(path: Path, size: int = 8192) -> bytes:
    """First bytes of the file, for magic-number checks before a library is let loose on it."""
    with open(path, "rb") as handle:
        return handle.read(size)
