"""Timeline model shared by the scripted cases and the bulk generator.

Why this exists: the expected chronology must come from the same data that writes the documents.
Every mention of an event goes through ``Doc`` markers, which record the source file and check
that the sentence really contains the event's key phrases, so the ground truth cannot drift from
the files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Precisions whose ISO date is only "YYYY-MM".
MONTHLY = {"month", "season", "term", "approximate"}


def ordinal(n: int) -> str:
    """1 -> 1st, 22 -> 22nd: social workers write dates this way."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def clock(t: str) -> str:
    """'14:30' -> '2.30pm', '10:00' -> '10am' (the way people write times in prose)."""
    h, m = (int(x) for x in t.split(":"))
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return f"{h12}{suffix}" if m == 0 else f"{h12}.{m:02d}{suffix}"


def fmt_date(d: date, style: str = "slash", time: str | None = None) -> str:
    """Render a day-precision date in one of the styles real records mix together."""
    if style == "slash":
        return f"{d:%d/%m/%Y}"
    if style == "slash_time":
        return f"{d:%d/%m/%Y} {time}" if time else f"{d:%d/%m/%Y}"
    if style == "short":
        return f"{d:%d/%m/%y}"
    if style == "dots":
        return f"{d.day}.{d.month}.{d:%y}"
    if style == "ord":
        return f"{ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == "ord_dow":
        return f"{DAYS[d.weekday()]} {ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if style == "dow":
        return f"{DAYS[d.weekday()][:3]} {d.day} {MONTHS[d.month - 1][:3]} {d:%y}"
    if style == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "long_dow":
        return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "longtime":
        base = f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        return f"{base} at {clock(time)}" if time else base
    if style == "month":
        return f"{MONTHS[d.month - 1]} {d.year}"
    if style == "daymonth":
        return f"{d.day} {MONTHS[d.month - 1]}"
    if style == "wc":
        return f"w/c {d.day} {MONTHS[d.month - 1]} {d.year}"
    raise ValueError(f"unknown date style {style!r}")


def relative(today: date, d: date) -> str:
    """Phrase a past date the way a note written on ``today`` would ('yesterday', 'last Friday').

    Convention: 'on Monday' for a day earlier in the same Monday-based week, 'last Friday' for a
    day in the previous week. Anything further back must be written as a real date.
    """
    diff = (today - d).days
    if diff == 0:
        return "today"
    if diff == 1:
        return "yesterday"
    if diff < 0 or diff > 13:
        raise ValueError(f"relative date too far: {d} from {today}")
    same_week = d.isocalendar()[:2] == today.isocalendar()[:2]
    prev_week = (today.toordinal() - today.weekday()) - (d.toordinal() - d.weekday()) == 7
    if same_week:
        return f"on {DAYS[d.weekday()]}"
    if prev_week:
        return f"last {DAYS[d.weekday()]}"
    raise ValueError(f"relative date ambiguous: {d} from {today}")


@dataclass
class Event:
    """One real-world event; ``sources`` fills in as documents mention it."""

    id: str
    when: date
    summary: str
    key_phrases: tuple[str, ...]
    precision: str = "day"
    end: date | None = None
    time: str | None = None
    label: str | None = None  # how vague dates are written, e.g. "around Christmas 2022"
    child_quote: str | None = None
    significance: str = "key"  # key | routine | admin
    category: str = ""
    sources: list[str] = field(default_factory=list)

    def iso(self) -> str:
        return f"{self.when:%Y-%m}" if self.precision in MONTHLY else self.when.isoformat()

    def iso_end(self) -> str | None:
        if self.end is None:
            return None
        return f"{self.end:%Y-%m}" if self.precision in MONTHLY else self.end.isoformat()

    def written(self, style: str | None = None) -> str:
        """The date as a document writes it; vague precisions always use their label."""
        if self.precision == "day":
            return fmt_date(self.when, style or "slash", self.time)
        if self.precision == "week":
            return fmt_date(self.when, "wc")
        if self.precision == "month" and not self.label:
            return fmt_date(self.when, "month")
        if self.precision == "range" and not self.label:
            assert self.end is not None
            if self.when.month == self.end.month:
                return (f"between {ordinal(self.when.day)} and {ordinal(self.end.day)} "
                        f"{MONTHS[self.end.month - 1]} {self.end.year}")
            return f"between {fmt_date(self.when, 'ord')} and {fmt_date(self.end, 'ord')}"
        if not self.label:
            raise ValueError(f"event {self.id} needs a label for precision {self.precision}")
        return self.label

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "date": self.iso(), "precision": self.precision}
        if self.end is not None:
            out["date_end"] = self.iso_end()
        if self.time:
            out["time"] = self.time
        out.update({
            "summary": self.summary,
            "key_phrases": list(self.key_phrases),
            "sources": sorted(self.sources),
            "child_quote": self.child_quote,
            "significance": self.significance,
            "category": self.category,
        })
        return out


@dataclass
class Plan:
    """Something scheduled that did not happen on that date; must never appear as an event."""

    id: str
    when: date
    summary: str
    sources: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "date": self.when.isoformat(), "precision": "day",
                "summary": self.summary, "sources": sorted(self.sources)}


_SENT_SPLIT = re.compile(r'(?<=[.!?])\s+|(?<=[.!?]")\s+|\n+')


def sentences(text: str) -> list[str]:
    """A deliberately simple splitter; the sample prose avoids abbreviations with full stops."""
    return [s for s in _SENT_SPLIT.split(text) if s.strip()]


class Case:
    """Holds the timeline of one bundle and the registry of which file mentions what."""

    def __init__(self, slug: str, title: str, strict: bool = True) -> None:
        self.slug = slug
        self.title = title
        self.strict = strict
        self.events: dict[str, Event] = {}
        self.plans: dict[str, Plan] = {}
        self.meta: dict[str, Any] = {}
        self.notes: list[Any] = []  # pre-composed routine notes, rendered by the case-note export

    def event(self, id: str, when: date, summary: str, key_phrases: tuple[str, ...] | list[str],
              **kw: Any) -> Event:
        if id in self.events:
            raise ValueError(f"duplicate event id {id}")
        ev = Event(id=id, when=when, summary=summary, key_phrases=tuple(key_phrases), **kw)
        self.events[id] = ev
        return ev

    def plan(self, id: str, when: date, summary: str) -> Plan:
        pl = Plan(id=id, when=when, summary=summary)
        self.plans[id] = pl
        return pl

    def mention(self, eid: str, relpath: str) -> None:
        srcs = self.events[eid].sources
        if relpath not in srcs:
            srcs.append(relpath)

    def check_phrases(self, eid: str, text: str, where: str) -> None:
        """The cited sentence must contain every key phrase; fail loudly while authoring."""
        if not self.strict:
            return
        ev = self.events[eid]
        want = [k.lower() for k in ev.key_phrases]
        for s in sentences(text):
            low = s.lower()
            if all(k in low for k in want):
                return
        raise AssertionError(f"{where}: no sentence mentioning {eid} contains {ev.key_phrases}:\n{text}")

    def validate(self, texts: dict[str, str]) -> None:
        """Cross-checks that make the expected JSON trustworthy."""
        day_events = {e.when for e in self.events.values() if e.precision == "day"}
        for ev in self.events.values():
            if not ev.sources:
                raise AssertionError(f"event {ev.id} is never mentioned")
            for src in ev.sources:
                if src in texts:
                    self.check_phrases(ev.id, texts[src], src)
            if ev.child_quote and not any(ev.child_quote in texts.get(s, "") for s in ev.sources):
                raise AssertionError(f"quote for {ev.id} not found verbatim in its sources")
        for pl in self.plans.values():
            if not pl.sources:
                raise AssertionError(f"plan {pl.id} is never mentioned")
            if pl.when in day_events:
                raise AssertionError(f"plan {pl.id} falls on an event date {pl.when}")

    def expected(self) -> dict[str, Any]:
        evs = sorted(self.events.values(), key=lambda e: (e.when, e.time or "", e.id))
        return {
            "case": self.slug,
            "title": self.title,
            "fictional": True,
            **self.meta,
            "events": [e.to_json() for e in evs],
            "plans": [p.to_json() for p in sorted(self.plans.values(), key=lambda p: p.when)],
        }


# --------------------------------------------------------------------------------------------
# Documents

@dataclass
class Block:
    kind: str  # title h1 h2 p kv note table right small spacer pagebreak
    text: str = ""
    label: str = ""
    rows: list[list[str]] | None = None
    widths: list[float] | None = None


_MARK = re.compile(r"\{(d|rel|e|p):([A-Za-z0-9_]+)(?::([a-z_]+))?\}")


class Doc:
    """An ordered list of blocks for one file; text passes through the mention markers.

    Markers: ``{d:EVENT[:style]}`` writes the event's date, ``{rel:EVENT}`` a relative phrase
    against ``today`` (the note or letter date), ``{e:EVENT}`` only records a mention, and
    ``{p:PLAN[:style]}`` writes a planned date.
    """

    def __init__(self, case: Case, relpath: str, title: str, when: date, *,
                 header: str = "OFFICIAL-SENSITIVE", footer_left: str | None = None,
                 author: str = "", email: dict[str, Any] | None = None,
                 created: datetime | None = None) -> None:
        self.case = case
        self.relpath = relpath
        self.title = title
        self.when = when
        self.today = when
        self.header = header
        self.footer_left = footer_left
        self.author = author
        self.email = email
        self.created = created or datetime(when.year, when.month, when.day, 9, 0, 0)
        self.blocks: list[Block] = []
        self.words = 0

    # -- markers ----------------------------------------------------------------------------
    def sub(self, text: str, today: date | None = None, check: bool = True) -> str:
        """Expand markers, record mentions and check key phrases for every mentioned event."""
        today = today or self.today
        mentioned: list[str] = []

        def repl(m: re.Match[str]) -> str:
            kind, ident, style = m.group(1), m.group(2), m.group(3)
            if kind == "p":
                pl = self.case.plans[ident]
                if self.relpath not in pl.sources:
                    pl.sources.append(self.relpath)
                return fmt_date(pl.when, style or "slash")
            ev = self.case.events[ident]
            self.case.mention(ident, self.relpath)
            mentioned.append(ident)
            if kind == "e":
                return ""
            if kind == "rel":
                return relative(today, ev.when)
            return ev.written(style)

        out = _MARK.sub(repl, text)
        if check:
            for eid in mentioned:
                self.case.check_phrases(eid, out, self.relpath)
        return out

    def _add(self, kind: str, text: str = "", **kw: Any) -> None:
        self.words += len(text.split())
        self.blocks.append(Block(kind, text, **kw))

    # -- block helpers ---------------------------------------------------------------------
    def title_(self, text: str) -> None:
        self._add("title", self.sub(text, check=False))

    def h1(self, text: str) -> None:
        self._add("h1", self.sub(text, check=False))

    def h2(self, text: str) -> None:
        self._add("h2", self.sub(text, check=False))

    def p(self, text: str, today: date | None = None) -> str:
        out = self.sub(text, today)
        self._add("p", out)
        return out

    def addr(self, text: str) -> None:
        """An address or sign-off line: no paragraph spacing."""
        self._add("addr", self.sub(text, check=False))

    def small(self, text: str) -> None:
        self._add("small", self.sub(text, check=False))

    def right(self, text: str) -> None:
        self._add("right", self.sub(text, check=False))

    def kv(self, label: str, value: str) -> None:
        """A form field; its date is checked against the document as a whole, not the line."""
        out = self.sub(value, check=False)
        self.words += len(label.split())
        self._add("kv", out, label=label)

    def table(self, rows: list[list[str]], widths: list[float] | None = None) -> None:
        done = [[self.sub(c, check=False) for c in r] for r in rows]
        self.words += sum(len(c.split()) for r in done for c in r)
        self.blocks.append(Block("table", rows=done, widths=widths))

    def spacer(self) -> None:
        self.blocks.append(Block("spacer"))

    def pagebreak(self) -> None:
        self.blocks.append(Block("pagebreak"))

    def note(self, when: datetime | date, ntype: str, author: str, body: list[str], *,
             event: str | None = None, show_time: bool = True, extra: list[str] | None = None,
             trailer: list[str] | None = None) -> None:
        """A case-note header in the splitter's convention, then the body paragraphs.

        ``event`` is the event this note is the primary record of; its key phrases must
        appear in the body. Relative markers in the body resolve against the note's date.
        """
        day = when.date() if isinstance(when, datetime) else when
        stamp = f"{day:%d/%m/%Y}"
        if isinstance(when, datetime) and show_time:
            stamp += f" {when:%H:%M}"
        self._add("note", f"Case Note: {stamp} | {ntype} | Recorded by: {author}")
        for line in extra or []:
            self._add("small", self.sub(line, day, check=False))
        outs = [self.p(b, today=day) for b in body]
        if event:
            self.case.mention(event, self.relpath)
            self.case.check_phrases(event, "\n".join(outs), f"{self.relpath} note {stamp}")
        for line in trailer or []:
            self._add("small", self.sub(line, day, check=False))

    def plain_text(self) -> str:
        """Everything a reader could extract, used to validate quotes."""
        parts: list[str] = []
        for b in self.blocks:
            if b.kind == "table" and b.rows:
                parts.extend(" | ".join(r) for r in b.rows)
            elif b.kind == "kv":
                parts.append(f"{b.label}: {b.text}")
            else:
                parts.append(b.text)
        return "\n".join(parts)
