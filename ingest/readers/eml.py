"""E-mail (.eml, RFC 5322/MIME) reader built on the standard library's ``email`` package.

The page is a header block (``From``, ``To``, ``Cc`` when present, ``Date``, ``Subject``) followed by
a blank line and the text/plain body — or the text/html body reduced to text when there is no plain
part. Headers are written as the message has them (the ``Date`` line is the original header text, so
a citation points at what the sender's system wrote); ``meta["sent"]`` carries the parsed ISO-8601
date-time for sorting.

Real-world mail lies and breaks: a charset that does not match the bytes is retried as UTF-8 and
then Windows-1252 (with a warning); a MIME structure the parser cannot follow falls back to the raw
body text (with a warning); attachments are listed by name in a warning and never ingested.
"""

from __future__ import annotations

import re
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

from chronology.config import Limits

from .base import RawDocument, ReadError, normalise_text, read_capped, sniff
from .txt import friendly_encoding

_MAX_DEPTH = 50  # MIME nesting deeper than this is not a real e-mail


def _fix_surrogates(text: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes; recover them as UTF-8 or Windows-1252."""
    if not re.search("[\udc80-\udcff]", text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _clean_header(value: str) -> str:
    return " ".join(normalise_text(_fix_surrogates(value)).split())


def _header(msg: Message, name: str) -> str:
    """The header as the sender wrote it, with only MIME encoded-words (``=?utf-8?q?…?=``) decoded.

    The structured parser of ``policy.default`` is not used for display: it rewrites addresses and
    dates, and reduces malformed ones to ``<>``, whereas the chronology should cite what is there.
    """
    values: list[str] = []
    for key, value in msg.raw_items():
        if key.lower() != name.lower():
            continue
        value = str(value)
        if re.search("[\udc80-\udcff]", value):  # raw 8-bit bytes: no encoded-words to decode
            values.append(_fix_surrogates(value))
            continue
        try:
            values.append(str(make_header(decode_header(value))))
        except Exception:  # a malformed encoded-word: show it as written
            values.append(value)
    return _clean_header(", ".join(values))


class _HTMLText(HTMLParser):
    """Reduce an HTML body to readable text: block elements become line breaks, cells " | "."""

    _BLOCK = {
        "p", "div", "br", "tr", "li", "ul", "ol", "table", "blockquote", "pre", "hr", "section",
        "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd",
    }
    _SKIP = {"script", "style", "title", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.cells_in_row = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.parts.append(" | ")
            self.cells_in_row += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
            if tag == "tr":
                self.cells_in_row = 0
            if tag == "pre":
                self.pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.parts.append(data if self.pre else re.sub(r"\s+", " ", data))

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.parts).replace("\xa0", " ").split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, paragraphs on their own lines."""
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
        return parser.text()
    except Exception:  # a parser failure must not lose the message: strip tags crudely instead
        return re.sub(r"<[^>]*>", " ", html)


def decode_payload(payload: bytes, declared: str | None) -> tuple[str, str | None]:
    """Decode body bytes, trusting the declared charset only if the bytes agree; returns (text, warning)."""
    problem: str | None = None
    if declared:
        try:
            return payload.decode(declared), None
        except LookupError:
            problem = f"the e-mail declares an unknown character set ({declared})"
        except UnicodeDecodeError:
            problem = f"the e-mail says its text is {declared} but the bytes are not"
    for encoding in ("utf-8", "cp1252"):
        try:
            text = payload.decode(encoding)
        except UnicodeDecodeError:
            continue
        if problem is None:
            if encoding == "utf-8":
                return text, None  # undeclared but plain UTF-8 (or ASCII): nothing to warn about
            problem = "the e-mail does not declare its character set"
        advice = "check accented letters and symbols such as £"
        return text, f"{problem}; read as {friendly_encoding(encoding)} — {advice}"
    problem = problem or "the e-mail text is not valid UTF-8"
    return payload.decode("utf-8", "replace"), f"{problem}; unreadable bytes were replaced with \ufffd"


def _walk(part: Message, depth: int = 0) -> list[Message]:
    """Every part, without trusting the structure (a multipart whose payload is a string is a leaf)."""
    found = [part]
    payload = part.get_payload()
    if depth < _MAX_DEPTH and isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                found.extend(_walk(sub, depth + 1))
    return found


def _attachment_names(part: Message, body: Message | None, names: list[str], depth: int = 0) -> None:
    if part is body or depth > _MAX_DEPTH:
        return
    try:
        filename = part.get_filename()
    except Exception:
        filename = None
    maintype = part.get_content_maintype()
    payload = part.get_payload()
    if maintype == "message":
        names.append(_clean_header(filename) if filename else "an attached e-mail")
        return
    if maintype == "multipart" and isinstance(payload, list):
        for sub in payload:
            if isinstance(sub, Message):
                _attachment_names(sub, body, names, depth + 1)
        return
    if filename:
        names.append(_clean_header(filename))
    elif part.get_content_disposition() == "attachment":
        names.append(f"an unnamed {part.get_content_type()} attachment")


def _raw_body(data: bytes) -> str:
    """Everything after the first blank line, for when the MIME structure cannot be followed."""
    match = re.search(rb"\r?\n\r?\n", data)
    body = data[match.end() :] if match else b""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return body.decode("cp1252", "replace")


def _body_text(msg: Message, warnings: list[str]) -> tuple[Message | None, str | None, bool]:
    """The body part, its text (None when there is none) and whether the structure looked broken."""
    body: Message | None = None
    try:
        if isinstance(msg, EmailMessage):
            body = msg.get_body(preferencelist=("plain", "html"))
    except Exception:
        return None, None, True
    if body is None:
        return None, None, False
    try:
        payload = body.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        return body, None, True
    text, warning = decode_payload(payload, body.get_content_charset())
    if warning:
        warnings.append(warning)
    if body.get_content_subtype() == "html":
        text = html_to_text(text)
    return body, text, False


def read_eml(path: Path, limits: Limits) -> RawDocument:
    """Read one e-mail: header block plus text body; attachments are named, not read."""
    data = read_capped(path, limits.max_file_mb)
    what = sniff(data[:8192])
    if what:
        raise ReadError(f"not an e-mail file (it looks like {what})")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not msg.keys():
        raise ReadError("not an e-mail file (no e-mail headers found)")

    doc = RawDocument(kind="eml", pages=[])
    sender, recipients, copied = _header(msg, "From"), _header(msg, "To"), _header(msg, "Cc")
    subject, date = _header(msg, "Subject"), _header(msg, "Date")
    for key, value in (("from", sender), ("to", recipients), ("cc", copied), ("subject", subject)):
        if value:
            doc.meta[key] = value
    if date:
        try:
            doc.meta["sent"] = parsedate_to_datetime(date).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            doc.warnings.append(f"the e-mail's Date header could not be understood ({date})")
    else:
        doc.warnings.append("the e-mail has no Date header")

    body: Message | None = None
    text: str | None = None
    try:
        body, text, broken = _body_text(msg, doc.warnings)
        # Decoding a body registers its defects (e.g. bad base64) on the part: collect them afterwards.
        defects = sorted({type(d).__name__ for part in _walk(msg) for d in getattr(part, "defects", [])})
        if msg.get_content_maintype() == "multipart" and not isinstance(msg.get_payload(), list):
            broken = True
    except Exception as exc:  # the parser's structure is unusable: fall back to the raw bytes
        text, broken, defects = None, True, [type(exc).__name__]
    defect_note = f" ({', '.join(defects)})" if defects else ""
    if text is None and (broken or defects):
        text = _raw_body(data)
        doc.warnings.append(
            f"the e-mail's MIME structure is broken{defect_note}; "
            "its body is shown as raw text and may include encoded parts"
        )
    elif text is None:
        text = ""
        doc.warnings.append("the e-mail has no text body")
    elif defects:
        doc.warnings.append(f"the e-mail's MIME structure has defects{defect_note}; some text may be missing")

    names: list[str] = []
    try:
        _attachment_names(msg, body, names)
    except Exception:
        pass
    if names:
        doc.warnings.append(f"attachments not ingested: {', '.join(names)}")

    lines = [f"From: {sender}", f"To: {recipients}"]
    if copied:
        lines.append(f"Cc: {copied}")
    lines += [f"Date: {date}", f"Subject: {subject}", "", normalise_text(text).strip("\n")]
    doc.pages = [normalise_text("\n".join(lines))]
    return doc
