"""The disclosure statement that ends every export: how the chronology was made, and who checked it.

Courts, families and the BASW guidance ask the same thing of an AI-assisted record: say what the
machine did, which model (if any) saw which documents, and who took responsibility for each line.
The statement is built once from the store and every format prints the same words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from chronology import schema
from chronology.export.formatting import date_text, when_text
from chronology.models import Document, Entry
from chronology.store import Store

HEADING = "Statement of how this chronology was produced"
KIND_WORDS = {"pdf": "PDF", "docx": "Word document", "txt": "text file", "eml": "e-mail"}


@dataclass
class Statement:
    """The statement's paragraphs, plus the unverified lines and check problems a draft must list."""

    paragraphs: list[str]
    draft: bool
    unverified: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    heading: str = HEADING

    def banner(self) -> str:
        """The line under "DRAFT — NOT FOR FILING" at the top of a draft."""
        n = len(self.unverified)
        if n:
            return f"{n} line{'s' if n != 1 else ''} not yet verified against the source; listed at the end of this document."
        if self.problems:
            return "The checks found problems before export; they are listed at the end of this document."
        return "A working copy: see the statement at the end of this document."

    def text(self) -> str:
        parts = [self.heading, *self.paragraphs]
        if self.unverified:
            parts.append("Lines not yet verified:\n" + "\n".join(f"- {u}" for u in self.unverified))
        if self.problems:
            parts.append("Problems found by the checks before export:\n" + "\n".join(f"- {p}" for p in self.problems))
        return "\n\n".join(parts)


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _roles(store: Store) -> dict[str, str]:
    u = schema.users
    with store.engine.connect() as conn:
        return {r.name: r.role for r in conn.execute(select(u.c.name, u.c.role))}


def _short(text: str, limit: int = 90) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"


def _production(documents: list[Document]) -> str:
    kinds = Counter(d.kind for d in documents)
    kind_list = _join([_plural(n, KIND_WORDS.get(k, k)) for k, n in sorted(kinds.items())])
    ocr = [d.path for d in documents if d.status == "ocr"]
    unread = [f"{d.path} ({d.status})" for d in documents if d.status in ("needs-ocr", "partial")]
    text = (f"This chronology was drafted with the chronology tool. These steps were automatic: text was extracted "
            f"from {_plural(len(documents), 'document')}" + (f" ({kind_list})" if kind_list else "") + "; ")
    text += (f"optical character recognition (OCR) was used to read {_plural(len(ocr), 'scanned document')}: "
             f"{_join(ocr)}; " if ocr else "no document needed optical character recognition (OCR); ")
    text += ("dates were found in the text by fixed rules, with relative dates (such as \"yesterday\") worked out "
             "from each record's own date; each line was drafted from the sentences it cites, and sentences about "
             "the same event in different documents were grouped using a sentence-similarity model that runs on "
             "this computer and writes no text.")
    if unread:
        text += f" {_plural(len(unread), 'document')} could not be fully read and may hold events not shown: {_join(unread)}."
    return text


def _language_model(all_entries: list[Entry], included: list[Entry], documents: list[Document]) -> str:
    llm = [e for e in all_entries if e.drafter != "extractive"]
    withheld = [d.path for d in documents if d.no_llm]
    if not llm:
        text = ("No language model was used: every line's words are taken from the source passages it cites "
                "(extractive drafting).")
    else:
        models = sorted({e.drafter for e in llm})
        in_export = sum(1 for e in included if e.drafter != "extractive")
        sent = sorted({c.document for e in llm for c in e.citations})
        text = (f"A language model ({_join(models)}) was used to word {_plural(len(llm), 'line')} of the draft "
                f"({in_export} in this export); text from these documents was given to it: {_join(sent)}. "
                f"The other lines were drafted extractively, in the words of their sources.")
        leaked = sorted(set(sent) & set(withheld))
        if leaked:
            text += (f" WARNING: {_join(leaked)} was marked never to be sent to a language model, yet a line "
                     f"drafted by one cites it.")
    if withheld:
        text += (f" {_plural(len(withheld), 'document was', 'documents were')} marked never to be sent to a "
                 f"language model: {_join(withheld)}.")
    return text


def _checking(included: list[Entry], roles: dict[str, str]) -> str:
    verified = [e for e in included if e.status == "verified"]
    if not verified:
        return "No line in this export has yet been checked against its source by a person."
    by = Counter(e.verified_by or "an unnamed reviewer" for e in verified)
    people = _join([name + (f", {roles[name]}" if name in roles else "") + f" ({_plural(n, 'line')})"
                    for name, n in sorted(by.items(), key=lambda kv: (-kv[1], kv[0]))])
    moments = sorted(e.verified_at for e in verified if e.verified_at is not None)
    when = ""
    if moments:
        first, last = when_text(moments[0]), when_text(moments[-1])
        when = f", on {first}" if first == last else f", between {first} and {last}"
    return f"Each verified line was checked by a named person against the source passage it cites: {people}{when}."


def _counts(considered: list[Entry], included: list[Entry]) -> str:
    status = Counter(e.status for e in included)
    rejected = sum(1 for e in considered if e.status == "rejected")
    left_out = len(considered) - len(included) - rejected
    text = (f"This export contains {_plural(len(included), 'line')}: {status.get('verified', 0)} verified and "
            f"{status.get('unverified', 0)} unverified. " +
            (f"{_plural(rejected, 'line was', 'lines were')} rejected by a reviewer and left out." if rejected
             else "No line was rejected by a reviewer."))
    if left_out > 0:
        text += f" {_plural(left_out, 'further line was', 'further lines were')} left out by the checks."
    edited = sum(1 for e in included if e.edited)
    if edited:
        text += f" {_plural(edited, 'line was', 'lines were')} reworded by a person after drafting."
    return text


def _filters(filters: dict[str, str | None]) -> str | None:
    parts = []
    if filters.get("date_from"):
        parts.append(f"dated from {date_text(filters['date_from'])}")
    if filters.get("date_to"):
        parts.append(f"dated up to {date_text(filters['date_to'])}")
    if filters.get("person"):
        parts.append(f"naming \"{filters['person']}\"")
    if filters.get("source_kind"):
        parts.append(f"from {filters['source_kind']} sources")
    if not parts:
        return None
    return "This export is limited to lines " + _join(parts) + "; the chronology holds other lines not shown here."


def build(store: Store, *, documents: list[Document], all_entries: list[Entry], considered: list[Entry],
          included: list[Entry], draft: bool, problems: list[str], audit_head: tuple[int, str],
          filters: dict[str, str | None], generated_at: datetime, author: str) -> Statement:
    """The statement for one export. ``considered`` is what the filters selected, ``included`` what is printed."""
    rows, seal = audit_head
    paragraphs = [_production(documents), _language_model(all_entries, included, documents),
                  _checking(included, _roles(store)), _counts(considered, included)]
    limited = _filters(filters)
    if limited:
        paragraphs.append(limited)
    before = (f"The case's audit log stood at row {rows} (seal {seal}) immediately before this export"
              if rows else "The case's audit log was empty before this export")
    paragraphs.append(
        f"Exported by {author} on {when_text(generated_at, with_time=True)}. {before}; the export itself is then "
        f"recorded as the next row, with this file's SHA-256 fingerprint, so the log shows any later change.")
    if draft:
        paragraphs.append("DRAFT: this is a working copy, not for filing with the court. Lines marked UNVERIFIED "
                          "have not been checked against their sources by a person.")
    unverified = [f"{e.public_id} ({date_text(e.date, e.precision, e.date_end, e.time)}): {_short(e.text)}"
                  for e in included if e.status != "verified"]
    listed = {e.public_id for e in included if e.status != "verified"}
    other = [p for p in problems if not (p.endswith(" is unverified") and p.split(" ", 1)[0] in listed)]
    return Statement(paragraphs=paragraphs, draft=draft, unverified=unverified if draft else [],
                     problems=other if draft else [])

