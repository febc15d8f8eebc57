"""Re S (children): the large scripted case, about 170 pages over 2022-2024.

Jack, Poppy and Ruby Stanton live with their mother Kerry; their father Dean is violent when
drunk or using cocaine. Four police callouts, poor school attendance and missed health care lead
from a child in need plan to child protection plans, pre-proceedings and interim care orders.
Everything here is invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ._model import Case, Doc
from ._prose import Child, Family, Prose, summary_for, NOTE_TYPE

SW = "Jane Holloway (Social Worker)"
TM = "Marcus Webb (Team Manager)"
MASH = "Sam Okoro (MASH Social Worker)"
FSW = "Leanne Fox (Family Support Worker)"
FTW = "Bethany Cole (Family Time Worker)"
LA = "Northmoor City Council - Children's Social Care"
HOME = "27 Foxglove Close, Northmoor NE99 4QT"
AUNT = "Tracey Barnes"
FOSTER = "Janet Okafor"
SCANNED = ("health/scanned-letter.pdf",)

JACK = Child("Jack", "Stanton", date(2012, 8, 3), "m", "Larkfield Primary School")
POPPY = Child("Poppy", "Stanton", date(2015, 6, 12), "f", "Larkfield Primary School")
RUBY = Child("Ruby", "Stanton", date(2021, 4, 21), "f", "")


def family(on: date) -> Family:
    """The family as it stands on a date (Jack changes school; placements change)."""
    jack = Child("Jack", "Stanton", JACK.dob, "m",
                 "Brackenridge Academy" if on >= date(2023, 9, 4) else "Larkfield Primary School")
    carers = {}
    if on >= date(2023, 11, 6):
        carers = {"Jack": AUNT, "Poppy": AUNT, "Ruby": FOSTER if on >= date(2023, 11, 17) else AUNT}
    return Family(
        surname="Stanton", mother="Kerry", father="Dean", children=[jack, POPPY, RUBY], home=HOME,
        carers=carers,
        quotes={
            "Jack": ["I'm alright, I just want Dad to stop drinking", "Mum's been better, she's been doing tea every night",
                     "I don't want to talk about Dad", "I miss my mates from Larkfield",
                     "I like it at Auntie Tracey's because it's quiet", "Can I have my PlayStation at Auntie Tracey's?",
                     "Year 7 is alright, the teachers are strict though", "I worry about Mum when I'm at school",
                     "I'd rather be at home but it's OK here", "I got picked for the football team"],
            "Poppy": ["I got star of the week", "Ruby pulled my hair", "I like my new bedroom, it's purple",
                      "Mummy does the best hugs", "I had a bad dream about the police",
                      "Auntie Tracey lets me help with the baking", "I want to go home when Mummy is better",
                      "My teacher said my writing is neat", "I don't like it when people shout",
                      "Can Ruby come and live here too?"],
            "Ruby": ["Mummy come", "Look, a big bus"],
        })


def timeline() -> Case:
    """Every real-world event and plan in Re S; the documents only point at these."""
    c = Case("re-s", "Re S (Children)")
    c.meta = {
        "children": [{"name": "Jack Stanton", "dob": "2012-08-03"},
                     {"name": "Poppy Stanton", "dob": "2015-06-12"},
                     {"name": "Ruby Stanton", "dob": "2021-04-21"}],
        "local_authority": "Northmoor City Council (fictional)",
        "period": ["2022-01", "2024-04-26"],
    }
    E = c.event
    E("s01", date(2022, 1, 1), "Poppy's persistent lateness at Larkfield Primary School began",
      ("late",), precision="term", end=date(2022, 4, 30), label="spring term 2022", category="education")
    E("s03", date(2022, 5, 10), "Ruby not brought to her one-year health review", ("not brought",),
      category="health")
    E("s02", date(2022, 6, 1), "Dean lost his job as a scaffolder; his drinking increased",
      ("lost his job",), precision="season", end=date(2022, 8, 31), label="summer 2022", category="family")
    E("s04", date(2022, 6, 21), "Health visitor home visit: Ruby's review done late; cluttered home, smell of cannabis",
      ("health visitor",), category="health")
    E("s05", date(2022, 9, 18), "Police called to a verbal argument between Kerry and Dean (DASH standard)",
      ("verbal argument",), time="01:15", category="domestic abuse")
    E("s06", date(2022, 9, 20), "MASH decision: single assessment", ("single assessment",), category="process")
    E("s07", date(2022, 9, 26), "First assessment home visit; Kerry minimised the arguments",
      ("home visit",), time="15:45", child_quote="They just argue sometimes, it's normal", category="visit")
    E("s08", date(2022, 10, 19), "School visit: Jack seen alone at Larkfield Primary School",
      ("school visit",), time="13:30",
      child_quote="I stay in my room with my headphones on when they argue", category="visit")
    E("s09", date(2022, 11, 10), "Stage 1 attendance letter about Jack (87%)", ("attendance",),
      category="education")
    E("s10", date(2022, 11, 15), "Child in need meeting: assessment concluded, child in need plan agreed",
      ("child in need",), time="10:00", category="meeting")
    E("s11", date(2022, 12, 1), "Dean pushed Kerry into the kitchen door (not reported at the time)",
      ("pushed",), precision="approximate", label="around Christmas 2022", category="domestic abuse")
    E("s12", date(2023, 1, 16), "Kerry seen by GP with bruising to her forearm, said she had fallen",
      ("bruising",), category="health")
    E("s13", date(2023, 1, 24), "Child in need review meeting", ("child in need review",), time="14:00",
      category="meeting")
    E("s14", date(2023, 3, 6), "Jack absent from school for three days", ("absent",), precision="week",
      end=date(2023, 3, 10), category="education")
    E("s15", date(2023, 3, 9), "Poppy disclosed at school that Dean broke the television; school referral to MASH",
      ("disclosed",), child_quote="Mummy was crying in the bathroom and Daddy broke the telly",
      category="referral")
    E("s16", date(2023, 3, 12), "Domestic abuse incident: Dean assaulted Kerry, Jack called 999, Dean arrested (DASH high)",
      ("999",), time="23:40", category="domestic abuse")
    E("s17", date(2023, 3, 13), "Dean released on conditional police bail not to contact Kerry or attend the home",
      ("bail",), category="police")
    E("s18", date(2023, 3, 13), "Strategy meeting: section 47 enquiry agreed", ("strategy meeting",),
      time="14:00", category="meeting")
    E("s19", date(2023, 3, 14), "Section 47 home visit; children seen; Poppy spoke about her father shouting",
      ("home visit",), time="10:15", child_quote="I don't like it when Daddy shouts", category="visit")
    E("s20", date(2023, 3, 14), "Telephone call from Kerry: Dean texting her; asked about a non-molestation order",
      ("telephone call",), time="15:40", significance="routine", category="contact")
    E("s21", date(2023, 3, 23), "MARAC meeting heard Kerry's case", ("MARAC",), category="meeting")
    E("s22", date(2023, 4, 3), "Initial child protection conference: child protection plans for all three children",
      ("child protection conference",), time="10:00", category="meeting")
    E("s23", date(2023, 4, 18), "First core group meeting", ("core group",), time="13:30", category="meeting")
    E("s24", date(2023, 4, 27), "Ruby's two-year health review: speech delay, referral to speech and language therapy",
      ("two-year review",), category="health")
    E("s25", date(2023, 5, 20), "Jack taken to A&E with an asthma attack; his inhaler had run out",
      ("asthma",), time="19:05", category="health")
    E("s26", date(2023, 5, 25), "GP asthma review for Jack", ("asthma review",), category="health")
    E("s27", date(2023, 6, 8), "School nurse saw Poppy about daytime wetting", ("school nurse",),
      category="health")
    E("s28", date(2023, 6, 24), "Dean found at the home in breach of bail and arrested", ("breach",),
      time="22:15", category="domestic abuse")
    E("s29", date(2023, 6, 27), "Second strategy meeting after the bail breach", ("strategy meeting",),
      time="11:00", category="meeting")
    E("s30", date(2023, 7, 10), "Review child protection conference: plans continue; legal advice to be sought",
      ("review child protection conference",), time="10:00", category="meeting")
    E("s31", date(2023, 7, 19), "Legal gateway meeting: threshold met, pre-proceedings (PLO) agreed",
      ("legal gateway",), category="legal")
    E("s32", date(2023, 7, 24), "Letter before proceedings issued to both parents", ("letter before proceedings",),
      category="legal")
    E("s35", date(2023, 6, 1), "Kerry began attending Pathways Recovery Service", ("Pathways",),
      precision="season", end=date(2023, 8, 31), label="summer 2023", category="substance misuse")
    E("s33", date(2023, 8, 8), "Pre-proceedings (PLO) meeting with both parents and their solicitors",
      ("PLO meeting",), time="10:00", category="legal")
    E("s34", date(2023, 8, 17), "Poppy had four teeth extracted under general anaesthetic", ("teeth",),
      category="health")
    E("s36", date(2023, 9, 4), "Jack started Year 7 at Brackenridge Academy", ("Year 7",), category="education")
    E("s37", date(2023, 9, 5), "Hair strand samples taken from both parents", ("hair strand samples",),
      category="substance misuse")
    E("s39", date(2023, 9, 19), "Core group meeting (minuted)", ("core group",), time="10:00", category="meeting")
    E("s38", date(2023, 9, 26), "Hair strand results: Dean positive for cocaine and excessive alcohol; Kerry excessive alcohol",
      ("hair strand results",), category="substance misuse")
    E("s40", date(2023, 9, 1), "Jack's attendance at Brackenridge Academy fell to 71%", ("71%",),
      precision="term", end=date(2023, 12, 31), label="autumn term 2023", category="education")
    E("s41", date(2023, 10, 18), "Stage 2 attendance letter about Jack", ("attendance",), category="education")
    E("s42", date(2023, 11, 5), "Domestic abuse incident on Bonfire Night: Dean assaulted Kerry; Jack pushed and cut his forehead; Dean charged",
      ("forehead",), time="20:50", category="domestic abuse")
    E("s43", date(2023, 11, 6), "Third strategy meeting after the Bonfire Night incident", ("strategy meeting",),
      time="12:00", category="meeting")
    E("s44", date(2023, 11, 6), "Children moved to maternal aunt Tracey Barnes under section 20",
      ("section 20",), time="17:30", category="placement")
    E("s45", date(2023, 11, 7), "Legal planning meeting: decision to issue care proceedings",
      ("legal planning meeting",), category="legal")
    E("s46", date(2023, 11, 14), "Care proceedings application issued", ("application",), category="legal")
    E("s47", date(2023, 11, 16), "Interim care orders made for all three children", ("interim care order",),
      category="court")
    E("s48", date(2023, 11, 17), "Ruby moved to foster carer Janet Okafor", ("foster",), category="placement")
    E("s49", date(2023, 12, 7), "Initial health assessments for Jack and Poppy", ("initial health assessment",),
      category="health")
    E("s50", date(2023, 12, 12), "Case management hearing: directions for assessments", ("case management hearing",),
      category="court")
    E("s51", date(2023, 12, 14), "First looked after review", ("looked after review",), category="meeting")
    E("s52", date(2023, 12, 22), "Kerry granted a non-molestation order against Dean", ("non-molestation order",),
      category="legal")
    E("s53", date(2024, 1, 3), "Kerry completed an alcohol detox programme", ("detox",), precision="range",
      end=date(2024, 1, 17), category="substance misuse")
    E("s54", date(2024, 1, 11), "Review child protection conference ended the child protection plans (children looked after)",
      ("child protection plans",), time="10:00", category="meeting")
    E("s55", date(2024, 1, 25), "Personal education plan meeting for Jack", ("personal education plan",),
      category="education")
    E("s56", date(2024, 2, 6), "Family time ended early: Dean attended under the influence",
      ("family time",), time="16:00", child_quote="Daddy smelled funny and his eyes were all weird",
      category="contact")
    E("s57", date(2024, 2, 20), "Kerry's hair strand results negative for cocaine, alcohol consistent with abstinence",
      ("hair strand",), category="substance misuse")
    E("s58", date(2024, 3, 2), "Dean arrested for breaching the non-molestation order", ("breaching",),
      category="police")
    E("s59", date(2024, 3, 4), "Telephone call from DC Lunt about Dean's arrest", ("telephone call",),
      time="10:20", significance="routine", category="police")
    E("s60", date(2024, 3, 11), "Independent parenting assessment sessions with Kerry began",
      ("parenting assessment",), precision="week", end=date(2024, 3, 15), category="legal")
    E("s62", date(2024, 1, 1), "Jack's attendance improved to 94%", ("94%",), precision="term",
      end=date(2024, 4, 30), label="spring term 2024", category="education")
    # notes whose own activity is routine but which report a key event
    R = dict(significance="routine", category="contact")
    E("s16t", date(2023, 3, 13), "Telephone call to Kerry after the police callout", ("telephone call",),
      time="09:20", **R)
    E("s21t", date(2023, 3, 24), "Telephone call from the IDVA after MARAC", ("telephone call",), **R)
    E("s24t", date(2023, 4, 28), "Telephone call with the health visitor about Ruby's review",
      ("telephone call",), **R)
    E("s25t", date(2023, 5, 22), "Telephone call from Kerry about Jack's asthma attack", ("telephone call",),
      time="09:10", **R)
    E("s28t", date(2023, 6, 26), "Telephone call to Kerry after the bail breach", ("telephone call",),
      time="09:00", **R)
    E("s34r", date(2023, 8, 23), "Dental hospital letter received", ("letter",), significance="admin",
      category="process")
    E("s41t", date(2023, 10, 19), "Telephone call with Brackenridge Academy about attendance",
      ("telephone call",), **R)
    E("s41c", date(2023, 10, 31), "Kerry cancelled the Stage 2 attendance meeting", ("cancelled",), **R)
    E("s42t", date(2023, 11, 6), "Telephone call to Kerry after the Bonfire Night incident",
      ("telephone call",), time="09:05", **R)
    E("s52t", date(2023, 12, 22), "Telephone call from Kerry about the non-molestation order",
      ("telephone call",), **R)
    E("s63", date(2024, 4, 26), "Case summary recorded before final evidence", ("case summary",),
      significance="admin", category="process")
    E("s53v", date(2024, 1, 18), "Home visit to Kerry after her detox", ("home visit",), time="11:00", **R)
    E("s60t", date(2024, 3, 15), "Telephone call with the independent social worker", ("telephone call",), **R)
    E("s62t", date(2024, 3, 27), "Telephone call with Brackenridge Academy about Jack's attendance",
      ("telephone call",), **R)
    c.plan("core1", date(2023, 4, 14), "First core group meeting (held on 18/04/2023 instead)")
    c.plan("rcpc1", date(2023, 7, 3), "Review child protection conference (held on 10/07/2023 instead)")
    c.plan("att", date(2023, 11, 1), "Stage 2 attendance meeting at Brackenridge Academy (cancelled)")
    c.plan("plo2", date(2023, 11, 21), "PLO review meeting (superseded by care proceedings)")
    c.plan("rcpc2", date(2024, 1, 9), "Second review child protection conference (held on 11/01/2024 instead)")
    c.plan("irh", date(2024, 5, 22), "Issues resolution hearing")
    c.plan("final", date(2024, 7, 15), "Final hearing (five days)")
    c.plan("isw", date(2024, 4, 12), "Filing date for the independent parenting assessment")
    c.plan("icp", date(2023, 11, 23), "Filing date for the local authority's initial care plans")
    c.plan("thr", date(2023, 12, 8), "Filing date for the parents' responses to threshold")
    c.plan("lafinal", date(2024, 5, 3), "Filing date for the local authority's final evidence and care plans")
    _routine(c)
    return c


# --------------------------------------------------------------------------------------------
# Routine notes: the bulk of the case-note exports, composed once here so each is an event.

@dataclass
class RoutineNote:
    when: datetime
    ntype: str
    author: str
    body: list[str]
    event: str
    show_time: bool
    extra: list[str]
    trailer: list[str]
    doc: str = "export"  # "export" (case-note export) or "family_time" (recordings PDF)


def _phase(d: date) -> str:
    if d < date(2022, 11, 15):
        return "assess"
    if d < date(2023, 4, 3):
        return "cin"
    if d < date(2023, 11, 6):
        return "cp"
    return "lac"


def _routine(c: Case) -> None:
    """Lay routine visits, calls and oversight over the weeks, avoiding plan and key-event days."""
    rng = random.Random(20230312)
    busy = {e.when for e in c.events.values() if e.precision == "day"} | {p.when for p in c.plans.values()}
    used: set[tuple[str, str]] = set()
    end = date(2024, 4, 26)
    # supervised family time twice a week once the children left home (recorded separately)
    monday = date(2023, 11, 6)
    while monday <= end:
        for d in (monday + timedelta(days=1), monday + timedelta(days=3)):  # Tuesdays and Thursdays
            if d < date(2023, 11, 9) or d in busy or d > end:
                continue
            busy.add(d)
            fam = family(d)
            prose = Prose(fam, rng)
            prose.used_quotes = used
            body, quote = prose.family_time(d)
            when = datetime.combine(d, time(16, 0))
            ev = c.event(f"r{d:%Y%m%d}ft", d, "Supervised family time with mother", ("family time",),
                         time="16:00", child_quote=quote, significance="routine", category="routine family time")
            trailer = prose.noise(1) if rng.random() < 0.2 else []
            c.notes.append(RoutineNote(when, "Family time", FTW, body, ev.id, True, [], trailer, "family_time"))
        monday += timedelta(days=7)
    day = date(2022, 9, 27)
    while day <= end:
        phase = _phase(day)
        fam = family(day)
        prose = Prose(fam, rng)
        prose.used_quotes = used
        week: list[tuple[str, str | None, Child | None]] = []
        if phase in ("assess", "cin"):
            if rng.random() < 0.75:
                week.append(("home_visit", None, None))
            if rng.random() < 0.5:
                week.append(("phone", rng.choice(["school", "mother", "hv"]), None))
            if day >= date(2022, 11, 15) and rng.random() < 0.4:
                week.append(("fsw_session", None, None))
            if rng.random() < 0.15:
                week.append(("oversight", None, None))
        elif phase == "cp":
            week.append(("home_visit", None, None))
            if rng.random() < 0.8:
                week.append(("phone", rng.choice(["school", "mother", "dv", "drugs", "hv", "school"]), None))
            if rng.random() < 0.3:
                week.append(("phone", rng.choice(["mother", "dv", "drugs"]), None))
            if rng.random() < 0.3:
                week.append(("school_visit", None, rng.choice(fam.children[:2])))
            if rng.random() < 0.25:
                week.append(("oversight", None, None))
            if rng.random() < 0.18:
                week.append(("core_group", None, None))
            if rng.random() < 0.15:
                week.append(("text_message", None, None))
            week.append(("fsw_session", None, None))
        else:
            for ch in fam.children:
                if rng.random() < 0.7:
                    week.append(("statutory_visit", None, ch))
            if rng.random() < 0.7:
                week.append(("phone", rng.choice(["carer", "mother", "school", "drugs", "dv", "carer"]), None))
            if rng.random() < 0.2:
                week.append(("oversight", None, None))
            if rng.random() < 0.4:
                week.append(("phone", rng.choice(["carer", "school", "mother"]), None))
        for kind, counterpart, child in week:
            d = day + timedelta(days=rng.randrange(5))
            tries = 0
            while (d in busy or d.weekday() > 4) and tries < 10:
                d += timedelta(days=1)
                tries += 1
            if d in busy or d > end or d.weekday() > 4:
                continue
            busy.add(d)
            _add_routine(c, prose, d, phase, kind, counterpart, child, rng)
        day += timedelta(days=7)


def _add_routine(c: Case, prose: Prose, d: date, phase: str, kind: str, counterpart: str | None,
                 child: Child | None, rng: random.Random) -> None:
    fam = prose.fam
    if kind == "phone" and counterpart == "carer":
        child = rng.choice(fam.children)
    themes = {"assess": ["da", "school"], "cin": ["da", "school"],
              "cp": rng.sample(["da", "substance", "school", "health"], 2), "lac": []}[phase]
    body, quote, key = prose.routine(kind, phase, d, themes, child=child, counterpart=counterpart)
    author = {"oversight": TM, "family_time": FTW, "fsw_session": FSW}.get(kind, SW)
    if kind == "home_visit" and phase == "cp" and rng.random() < 0.15:
        author = FSW
        body = [b.replace("SW to", "FSW to") for b in body]
    hour = rng.choice([9, 10, 11, 12, 13, 14, 15, 16])
    when = datetime.combine(d, time(hour, rng.choice([0, 5, 15, 20, 30, 40, 45, 50])))
    eid = f"r{d:%Y%m%d}{kind[:2]}"
    sig = "admin" if kind in ("oversight", "text_message") else "routine"
    ev = c.event(eid, d, summary_for(fam, kind, counterpart, child), (key,),
                 time=None if kind == "oversight" else f"{when:%H:%M}", child_quote=quote, significance=sig,
                 category="routine " + kind.replace("_", " "))
    extra: list[str] = []
    trailer: list[str] = []
    if rng.random() < 0.3:
        rec = when + timedelta(days=rng.choice([1, 1, 2, 3]), hours=rng.choice([1, 2, 5]))
        extra.append(f"Recorded on: {rec:%d/%m/%Y %H:%M}")
    if rng.random() < 0.25:
        trailer += prose.noise(1)
    if rng.random() < 0.06:
        amend = when + timedelta(days=rng.choice([4, 6, 9]))
        trailer.append(f"Note amended {amend:%d/%m/%Y} by J. Holloway: name spelling corrected.")
    ntype = NOTE_TYPE[kind]
    c.notes.append(RoutineNote(when, ntype, author, body, ev.id, kind != "oversight", extra, trailer))


def documents(c: Case) -> list[Doc]:
    """The files of Re S (kept in _re_s_docs.py and _re_s_notes.py for readability)."""
    from ._re_s_docs import documents as _documents
    return _documents(c)
