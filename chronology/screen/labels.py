"""Plain words and icons for statuses, checks, risk and flags: never colour alone.

Kept free of Streamlit so the same wording can be tested directly and reused by every panel.
"""

from __future__ import annotations

import html

from chronology.export.formatting import FLAG_WORDS, entry_date_text
from chronology.models import Entry

STATUS_LABELS = {
    "verified": "✔ Verified",
    "rejected": "✖ Rejected",
    "unverified": "● Unverified",
}

LEVEL_LABELS = {
    "fail": "✖ Problem found",
    "warn": "⚠ Check carefully",
    "pass": "✔ No problems found",
    "unchecked": "○ Not checked yet",
}
LEVEL_SHORT = {"fail": "✖ Fail", "warn": "⚠ Warn", "pass": "✔ Pass", "unchecked": "○ Not checked"}

EXTRA_FLAG_WORDS = {
    "inferred-date": "date worked out, not stated",
    "names-or-numbers-changed": "names or numbers differ from the source",
    "llm-drafted": "worded by a language model",
    "possible-duplicate": "may repeat another line",
    "meaning-changed": "says something its source does not (negation, role, agency or relationship)",
}

CONTEXT_CHARS = 400


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def flag_words(flag: str) -> str:
    return FLAG_WORDS.get(flag) or EXTRA_FLAG_WORDS.get(flag) or flag.replace("-", " ")


def stored_level(entry: Entry, case_checked: bool = True) -> str:
    """The level of an entry's stored automatic checks.

    A perfect line stores no findings at all, so an empty list only means "pass" once the case
    has been checked; before that it means nobody has run the checks yet.
    """
    levels = {c.get("level") for c in entry.checks}
    if "fail" in levels:
        return "fail"
    if "warn" in levels:
        return "warn"
    return "pass" if entry.checks or entry.risk or case_checked else "unchecked"


def risk_label(risk: float) -> str:
    """Risk in words first, number second, so it reads without the colour of a bar."""
    word = "High" if risk >= 0.5 else "Medium" if risk >= 0.25 else "Low"
    return f"{word} ({risk:.2f})"


def public_id(entry_id: int) -> str:
    return f"e-{entry_id:06d}"


def date_label(entry: Entry) -> str:
    """British date with no more precision than the records give (e.g. "March 2023", "c. June 2022")."""
    return entry_date_text(entry)


def entry_flags(entry: Entry) -> list[str]:
    flags = list(entry.flags)
    if entry.edited and "edited" not in flags:
        flags.append("edited")
    return flags


def sources_label(entry: Entry) -> str:
    return "; ".join(f"{c.document} p.{c.page}" for c in entry.citations) or "— no source cited"


def context_window(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[int, int]:
    """The span shown around a quote: ``chars`` either side, widened to whole words."""
    lo, hi = max(0, start - chars), min(len(text), end + chars)
    while lo > 0 and not text[lo - 1].isspace() and start - lo < chars + 30:
        lo -= 1
    while hi < len(text) and not text[hi].isspace() and hi - end < chars + 30:
        hi += 1
    return lo, hi


def highlighted_html(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> str:
    """The quote in its page context: escaped, marked with <mark> and » « so it is not colour-only."""
    lo, hi = context_window(text, start, end, chars)
    before = html.escape(text[lo:start])
    quote = html.escape(text[start:end])
    after = html.escape(text[end:hi])
    lead = "… " if lo > 0 else ""
    tail = " …" if hi < len(text) else ""
    return (f'<div class="chron-source">{lead}{before}'
            f'<mark class="chron-cited"><strong>»</strong>{quote}<strong>«</strong></mark>'
            f"{after}{tail}</div>")
