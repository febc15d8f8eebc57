"""Generated benchmark bundles of any size (1,000 or 5,000 pages) from the same templates.

Why streaming: a 5,000-page bundle would be hundreds of megabytes of layout objects if built at
once. The generator walks a synthetic timeline week by week, appends notes to the current
case-note export and writes each file as soon as it is complete, so only one file is ever held.
"""

from __future__ import annotations

import json
import math
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Iterable

from ._kinds import letter, minutes, police_notification
from ._model import Case, Doc
from ._prose import (AGENCY, ANALYSIS_LONG, CHILD_NEEDS, NOTE_TYPE, STRENGTHS, WORRIES, Child, Family, Prose,
                     summary_for)
from ._render import write_doc

WORDS_PER_PAGE = 400  # page estimate for DOCX and TXT in generated bundles

GIRLS = ["Amelia", "Isla", "Ava", "Mia", "Ivy", "Freya", "Lily", "Florence", "Evie", "Rosie", "Willow", "Daisy",
         "Sienna", "Phoebe", "Maisie", "Ellie", "Harper", "Matilda", "Esme", "Lola"]
BOYS = ["Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Archie", "Theo", "Freddie", "Alfie",
        "Charlie", "Finley", "Reggie", "Tommy", "Ronnie", "Kai", "Mason", "Louie", "Jacob"]
MUMS = ["Danielle", "Gemma", "Stacey", "Leanne", "Kirsty", "Nicola", "Jade", "Hayley", "Amy", "Shannon"]
DADS = ["Craig", "Lee", "Wayne", "Jamie", "Darren", "Ryan", "Scott", "Liam", "Carl", "Shaun"]
SURNAMES = ["Ashby", "Brennan", "Calloway", "Doyle", "Ellery", "Fenwick", "Garside", "Holt", "Ingram", "Jessop",
            "Kershaw", "Lowther", "Marlow", "Nuttall", "Oakes", "Pickering", "Quayle", "Rowntree", "Stainton", "Thwaite"]
STREETS = ["Bramble Way", "Cobden Street", "Larch Road", "Mill Lane", "Orchard Close", "Quarry Bank", "Station Row",
           "Tanner Street", "Willow Drive", "Yarrow Court"]
TOWNS = ["Eastholme", "Kirkby Moor", "Langdale Cross", "Marston Vale", "Northmoor", "Redbeck", "Saltwick"]
SCHOOL_A = ["Beckside", "Elmfield", "Greystone", "Hollins", "Marlpit", "Oakridge", "Riverside", "St Cuthbert's",
            "Thornbury", "Westgate"]
WORKERS = ["Amira Shah", "Ben Thornton", "Chloe Barker", "Daniel Osei", "Emma Clarke", "Fiona Reid",
           "Gareth Lloyd", "Hannah Pike", "Imran Malik", "Joanne Swift"]


def _family(rng: random.Random, start: date) -> Family:
    surname = rng.choice(SURNAMES)
    town = rng.choice(TOWNS)
    n = rng.choice([1, 2, 2, 3, 3, 4])
    kids = []
    for i in range(n):
        sex = rng.choice("mf")
        first = rng.choice(BOYS if sex == "m" else GIRLS)
        while any(k.first == first for k in kids):
            first = rng.choice(BOYS if sex == "m" else GIRLS)
        dob = start - timedelta(days=rng.randrange(365, 365 * 12))
        kids.append(Child(first, surname, dob, sex, f"{rng.choice(SCHOOL_A)} Primary School"))
    kids.sort(key=lambda k: k.dob)
    father = rng.choice(DADS) if rng.random() < 0.8 else None
    fam = Family(surname=surname, mother=rng.choice(MUMS), father=father, children=kids,
                 home=f"{rng.randrange(1, 90)} {rng.choice(STREETS)}, {town} NE99 {rng.randrange(1, 9)}"
                      f"{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}",
                 la=f"{town} Borough Council", force=f"{town} Constabulary", sw=rng.choice(WORKERS),
                 tm=rng.choice(WORKERS), gp=f"{rng.choice(SCHOOL_A)} Medical Practice")
    carers = [f"Mrs {rng.choice(SURNAMES)}", f"{rng.choice(MUMS)} {rng.choice(SURNAMES)}"]
    fam.carers = {k.first: rng.choice(carers) for k in kids}
    return fam


class _Writer:
    """Writes finished documents and keeps the running totals."""

    def __init__(self, out: Path, formats: tuple[str, ...]) -> None:
        self.out = out
        self.formats = formats
        self.pages = 0
        self.files = 0
        self.names: set[str] = set()

    def ext(self, preferred: str) -> str:
        return preferred if preferred in self.formats else self.formats[0]

    def name(self, folder: str, stem: str, ext: str) -> str:
        rel = f"{folder}/{stem}.{ext}"
        n = 2
        while rel in self.names:
            rel = f"{folder}/{stem}-{n}.{ext}"
            n += 1
        self.names.add(rel)
        return rel

    def write(self, doc: Doc) -> None:
        pdf_pages, words = write_doc(doc, self.out)
        self.pages += pdf_pages or max(1, math.ceil(words / WORDS_PER_PAGE))
        self.files += 1


def generate_bundle(out_dir: Path, pages: int, seed: int = 0,
                    formats: Iterable[str] = ("pdf", "docx", "txt"),
                    expected_out: Path | None = None) -> dict[str, int]:
    """Write a synthetic case bundle of about ``pages`` pages into ``out_dir``.

    Files are mixed PDF/DOCX/TXT (and EML if asked), written one at a time. Returns
    ``{"pages", "files", "events"}`` where DOCX/TXT/EML pages are estimated at 400 words a page.
    If ``expected_out`` is given, the generated events are written there as JSON (keep it outside
    ``out_dir`` so it is not ingested with the bundle).
    """
    fmts = tuple(f.lower().lstrip(".") for f in formats)
    if not fmts or any(f not in ("pdf", "docx", "txt", "eml") for f in fmts):
        raise ValueError(f"formats must be drawn from pdf, docx, txt, eml; got {fmts}")
    chunk_fmts = tuple(f for f in fmts if f != "eml") or ("txt",)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    start = date(2015, 1, 5) + timedelta(weeks=rng.randrange(0, 200))
    fam = _family(rng, start)
    case = Case(f"bundle-{seed}", f"Re {fam.surname[0]} (generated)", strict=False)
    w = _Writer(out, fmts)
    span_weeks = max(20, min(520, pages // 8))
    weekly_pages = pages / span_weeks
    chunk_words = max(2500, min(18000, pages * WORDS_PER_PAGE // 10))
    state: dict[str, Any] = {"chunk": None, "chunk_no": 0, "key": [], "last_conf": start}
    sw = f"{fam.sw} (Social Worker)"

    def new_chunk(day: date) -> Doc:
        state["chunk_no"] += 1
        ext = chunk_fmts[(state["chunk_no"] - 1) % len(chunk_fmts)]
        rel = w.name("case-notes", f"case-note-export-{state['chunk_no']:03d}", ext)
        d = Doc(case, rel, f"Case note export {state['chunk_no']} - {fam.surname} family", day, author=fam.la)
        d.small(fam.la + " - Children's Social Care")
        d.title_("Recording Export (Case Notes)")
        d.kv("Children", "; ".join(f"{k.full} (DOB: {k.dob:%d/%m/%Y})" for k in fam.children))
        d.kv("Exported", f"{day + timedelta(days=rng.randrange(30, 400)):%d/%m/%Y} 09:{rng.randrange(10, 59)}")
        return d

    def flush(force: bool = False) -> None:
        d = state["chunk"]
        if d is not None and (force or d.words >= chunk_words):
            w.write(d)
            state["chunk"] = None

    def add_note(when: datetime, ntype: str, author: str, body: list[str], event: str) -> None:
        if state["chunk"] is None:
            state["chunk"] = new_chunk(when.date())
        state["chunk"].note(when, ntype, author, body, event=event)
        flush()

    prose = Prose(fam, rng)
    week = 0
    while w.pages + (state["chunk"].words / 450 if state["chunk"] else 0) < pages:
        monday = start + timedelta(weeks=week)
        frac = week / span_weeks
        phase = "assess" if frac < 0.15 else "cp" if frac < 0.7 else "lac"
        # routine notes: enough to carry the weekly page budget
        n_notes = max(1, round(weekly_pages * 1.6 + rng.random()))
        for _ in range(n_notes):
            d = monday + timedelta(days=rng.randrange(5))
            kind, counterpart = rng.choice(
                {"assess": [("home_visit", None), ("phone", "school"), ("phone", "mother"), ("oversight", None)],
                 "cp": [("home_visit", None), ("home_visit", None), ("phone", "school"), ("phone", "dv"),
                        ("school_visit", None), ("core_group", None), ("fsw_session", None), ("oversight", None)],
                 "lac": [("statutory_visit", None), ("statutory_visit", None), ("phone", "carer"),
                         ("oversight", None)]}[phase])
            child = rng.choice(fam.children)
            themes = rng.sample(["da", "substance", "school", "health", "mh"], 2) if fam.father else ["school", "mh"]
            body, quote, key = prose.routine(kind, phase, d, themes, child=child, counterpart=counterpart)
            when = datetime.combine(d, time(rng.randrange(9, 17), rng.choice([0, 15, 30, 45])))
            eid = f"e{len(case.events):06d}"
            case.event(eid, d, summary_for(fam, kind, counterpart, child), (key,), time=f"{when:%H:%M}",
                       child_quote=quote, significance="routine")
            author = f"{fam.tm} (Team Manager)" if kind == "oversight" else sw
            add_note(when, NOTE_TYPE[kind], author, body, eid)
        # occasional key events, each reported by several documents
        if fam.father and phase != "lac" and rng.random() < 0.12:
            _incident(case, fam, w, rng, monday, add_note, state, sw)
        if rng.random() < 0.05:
            _gp_letter(case, fam, w, rng, monday, add_note, state, sw)
        if "eml" in w.formats and rng.random() < 0.15:
            _email(case, fam, w, rng, monday)
        if (monday - state["last_conf"]).days > 180 and phase == "cp":
            _conference(case, fam, w, rng, monday, state)
            state["last_conf"] = monday
        week += 1
    flush(force=True)
    if expected_out is not None:
        Path(expected_out).parent.mkdir(parents=True, exist_ok=True)
        Path(expected_out).write_text(json.dumps(case.expected(), indent=1) + "\n", encoding="utf-8")
    return {"pages": w.pages, "files": w.files, "events": len(case.events)}


def _incident(case: Case, fam: Family, w: _Writer, rng: random.Random, monday: date, add_note: Any,
              state: dict[str, Any], sw: str) -> None:
    """A domestic abuse callout: police notification, next-day note, strategy meeting minutes."""
    day = monday + timedelta(days=rng.randrange(7))
    when = datetime.combine(day, time(rng.choice([19, 20, 21, 22, 23]), rng.choice([5, 20, 40, 55])))
    eid = f"e{len(case.events):06d}"
    summary = f"Police attended a domestic abuse incident at the family home; {fam.father} arrested"
    case.event(eid, day, summary, ("domestic abuse incident",), time=f"{when:%H:%M}", significance="key")
    state["key"].append(eid)
    ref = f"{rng.randrange(10, 99)}/{rng.randrange(10000, 99999)}/{day:%y}"
    kids = [f"{k.full}|{k.dob:%d/%m/%Y}|Yes|Yes" for k in fam.children]
    prose = Prose(fam, rng)
    doc = police_notification(
        case, w.name("police", f"DA-notification-{day:%Y-%m-%d}", w.ext("pdf")), force=fam.force,
        title="Domestic Abuse Notification", ref=ref, occurrence=f"{day:%Y-%m%d}-{rng.randrange(1000, 9999)}",
        incident=when, printed=when + timedelta(days=1, hours=rng.randrange(2, 12)),
        officer=f"PC {rng.randrange(1000, 9999)} {rng.choice(WORKERS)}", location=fam.home,
        victim=f"{fam.mother} {fam.surname}", suspect=f"{fam.father} {fam.surname}", children=kids,
        narrative=[f"Officers attended a domestic abuse incident at the family home on {{d:{eid}}} after a 999 call.",
                   prose.fill(rng.choice(WORRIES)), pool_text(prose, AGENCY["police"], 2)],
        dash=rng.choice(["STANDARD", "MEDIUM", "HIGH"]), dash_notes=pool_text(prose, WORRIES, 2),
        actions=["Notification to children's services and the schools through Operation Encompass."],
        event=eid, dash_yes=set(rng.sample(range(1, 28), rng.randrange(3, 16))))
    w.write(doc)
    nxt = day + timedelta(days=1)
    nid = f"e{len(case.events):06d}"
    case.event(nid, nxt, "Telephone call to mother after the police callout", ("telephone call",),
               significance="routine")
    add_note(datetime.combine(nxt, time(9, 20)), "Telephone call", sw, [
        f"Police notification received: a domestic abuse incident at the family home {{rel:{eid}}}.",
        f"Telephone call to {fam.mother}. " + prose.fill(rng.choice(["She said she was safe and that the children "
                                                                     "were at school.", "She was tearful and "
                                                                     "agreed to a safety plan."]))], nid)
    sdate = nxt + timedelta(days=rng.randrange(0, 2))
    while sdate.weekday() > 4:
        sdate += timedelta(days=1)
    sid = f"e{len(case.events):06d}"
    case.event(sid, sdate, "Strategy meeting after the domestic abuse incident", ("strategy meeting",),
               time="14:00", significance="key")
    mdoc = minutes(
        case, w.name("meetings", f"strategy-meeting-{sdate:%Y-%m-%d}", w.ext("pdf")), title="Strategy Meeting Minutes",
        org=fam.la, when=datetime.combine(sdate, time(14, 0)), venue="Microsoft Teams", chair=f"{fam.tm}, Team Manager",
        minute_taker="Business Support",
        attendees=[[fam.tm, "Team Manager (Chair)", "Children's Social Care"],
                   [fam.sw, "Social Worker", "Children's Social Care"],
                   ["DS " + rng.choice(WORKERS), "Detective Sergeant", fam.force]],
        apologies="None", subject_line="; ".join(k.full for k in fam.children),
        sections=[("Reason for the meeting", [f"This strategy meeting follows the domestic abuse incident on "
                                              f"{{d:{eid}:long}}."]),
                  ("Information shared", [pool_text(prose, AGENCY["police"], 2), pool_text(prose, AGENCY["school"], 2),
                                          pool_text(prose, AGENCY["health"], 2)]),
                  ("Analysis", [pool_text(prose, ANALYSIS_LONG, 3)])],
        decisions=["Section 47 enquiry.", "Safety plan to be agreed with the mother."],
        next_line=None, event=sid)
    w.write(mdoc)


def _gp_letter(case: Case, fam: Family, w: _Writer, rng: random.Random, monday: date, add_note: Any,
               state: dict[str, Any], sw: str) -> None:
    """A GP letter reporting an appointment a few days earlier, written in dotted-date style."""
    seen = monday + timedelta(days=rng.randrange(5))
    eid = f"e{len(case.events):06d}"
    child = rng.choice(fam.children)
    case.event(eid, seen, f"{child.first} seen by the GP", ("GP",), significance="key")
    state["key"].append(eid)
    sent = seen + timedelta(days=rng.randrange(2, 9))
    doc = letter(
        case, w.name("gp", f"gp-letter-{sent:%Y-%m-%d}", w.ext("pdf")), title=f"{fam.gp} - letter", when=sent,
        date_style=rng.choice(["slash", "long", "ord"]),
        sender=[fam.gp, "Health Centre", f"Tel: 01632 960{rng.randrange(100, 999)}"],
        recipient=[fam.sw, "Children's Social Care", fam.la],
        ref_lines=[("Re", f"{child.full}, DOB: {child.dob:%d/%m/%Y}")], salutation=f"Dear {fam.sw.split()[0]},",
        paras=[f"I saw {child.first} with {fam.mother} at the GP surgery on {{d:{eid}:dots}}.",
               Prose(fam, rng).fill(rng.choice(AGENCY["health"])), "Please contact me if you need anything further."],
        signoff=["Yours sincerely,", f"Dr {rng.choice(SURNAMES)}"])
    w.write(doc)


def _conference(case: Case, fam: Family, w: _Writer, rng: random.Random, monday: date, state: dict[str, Any]) -> None:
    """Conference minutes whose background re-tells recent key events in mixed date styles."""
    day = monday + timedelta(days=rng.randrange(5))
    cid = f"e{len(case.events):06d}"
    case.event(cid, day, "Review child protection conference", ("child protection conference",), time="10:00")
    prose = Prose(fam, rng)
    styles = ["ord", "long", "slash", "dots", "dow", "ord_dow"]
    background = []
    for eid in state["key"][-12:]:
        summary = case.events[eid].summary
        background.append(f"On {{d:{eid}:{rng.choice(styles)}}}: {summary[0].lower()}{summary[1:]}.")
    state["key"].append(cid)
    ext = w.ext(rng.choice(["pdf", "docx"]))
    doc = minutes(
        case, w.name("meetings", f"review-conference-{day:%Y-%m-%d}", ext), title="Review Child Protection Conference",
        org=fam.la, when=datetime.combine(day, time(10, 0)), venue="Town Hall", chair="Child Protection Chair",
        minute_taker="Business Support",
        attendees=[[f"{fam.mother} {fam.surname}", "Mother", "-"], [fam.sw, "Social Worker", "Children's Social Care"]],
        apologies="None", subject_line="; ".join(k.full for k in fam.children),
        sections=[("Events since the last conference", background or ["No significant events."]),
                  ("What is working well", [pool_text(prose, STRENGTHS, 4)]),
                  ("What are we worried about", [pool_text(prose, WORRIES, 4)]),
                  ("The children", [pool_text(prose, CHILD_NEEDS[k.band(day)], 2, k) for k in fam.children]),
                  ("Analysis", [pool_text(prose, ANALYSIS_LONG, 4)])],
        decisions=["The children remain subject to child protection plans."],
        next_line=None, event=cid)
    w.write(doc)


def _email(case: Case, fam: Family, w: _Writer, rng: random.Random, monday: date) -> None:
    """A school email about something that happened that day or the day before."""
    child = rng.choice(fam.children)
    seen = monday + timedelta(days=rng.randrange(4))
    sent = datetime.combine(seen + timedelta(days=rng.choice([0, 1])), time(rng.randrange(8, 17), rng.randrange(60)))
    eid = f"e{len(case.events):06d}"
    what = rng.choice(["arrived at school hungry and without a coat", "was upset in class and said home was noisy",
                       "was collected late by an adult the school did not know", "had a good day and won a certificate"])
    case.event(eid, seen, f"School reported that {child.first} {what}", (what.split(" and ")[0],),
               significance="routine")
    school = child.school or "School"
    stem = f"{sent:%Y-%m-%d}-school-{child.first.lower()}"
    doc = Doc(case, w.name("email", stem, "eml"), f"{child.first} - update", sent.date(),
              email={"from": f"DSL <dsl@{school.split()[0].lower().replace(chr(39), '')}-school.example>",
                     "to": f"{fam.sw} <{fam.sw.lower().replace(' ', '.')}@council.example>",
                     "subject": f"{child.first} {fam.surname} - update", "date": sent,
                     "message_id": f"<{stem}-{eid}@school.example>"})
    doc.p(f"Dear {fam.sw.split()[0]},")
    doc.p(f"Just to let you know that {child.first} {what} {{rel:{eid}}}.")
    doc.p(Prose(fam, rng).fill(rng.choice(AGENCY["school"]), child))
    doc.p("Kind regards,\nDesignated Safeguarding Lead, " + school)
    w.write(doc)


def pool_text(prose: Prose, sentences: list[str], k: int, child: Child | None = None) -> str:
    return " ".join(prose.fill(s, child) for s in prose.pick(sentences, k))
