"""Skeletons for the document kinds a case folder holds (police notice, letter, minutes...).

Why: the scripted cases and the bulk generator share the same layouts, so the distractors a
reader must ignore (crime refs, DOB lines, "Printed:" footers, letter dates) appear everywhere.
"""

from __future__ import annotations

from datetime import date, datetime

from ._model import Case, Doc, fmt_date


def nhs_number(seed: int) -> str:
    """A 485 777 xxxx number with a valid modulus-11 check digit (fictional range)."""
    n = seed
    while True:
        digits = [4, 8, 5, 7, 7, 7] + [int(x) for x in f"{n % 1000:03d}"]
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
        check = 11 - total % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits + [check]))
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        n += 1


# Short forms of the 27 DASH risk identification checklist questions.
DASH_QUESTIONS = [
    "Has the current incident resulted in injury?", "Is the victim very frightened?",
    "Is the victim afraid of further injury or violence?", "Does the victim feel isolated from family or friends?",
    "Is the victim feeling depressed or having suicidal thoughts?",
    "Has the victim separated or tried to separate from the abuser in the past year?",
    "Is there conflict over child contact?", "Does the abuser constantly text, call, follow or harass the victim?",
    "Is the victim pregnant or has she recently had a baby?", "Are there children in the household not the abuser's?",
    "Has the abuser ever hurt the children?", "Has the abuser ever threatened to hurt or kill the children?",
    "Is the abuse happening more often?", "Is the abuse getting worse?",
    "Does the abuser try to control everything the victim does, or is he excessively jealous?",
    "Has the abuser ever used weapons or objects to hurt the victim?",
    "Has the abuser ever threatened to kill the victim or someone else?",
    "Has the abuser ever attempted to strangle, choke, suffocate or drown the victim?",
    "Does the abuser do or say things of a sexual nature that make the victim feel bad?",
    "Is there any other person who has threatened the victim?", "Does the abuser know of anyone else they have hurt?",
    "Has the abuser ever mistreated an animal or the family pet?", "Are there any financial issues?",
    "Has the abuser had problems in the past year with drugs, alcohol or mental health?",
    "Has the abuser ever threatened or attempted suicide?", "Has the abuser ever breached bail or an injunction?",
    "Does the abuser have a criminal history?",
]


def dash_rows(yes: set[int]) -> list[list[str]]:
    """The checklist as a table; question numbers in ``yes`` are ticked."""
    return [["No.", "Question", "Answer"]] + [
        [str(i), q, "Yes" if i in yes else "No"] for i, q in enumerate(DASH_QUESTIONS, 1)]


def police_notification(case: Case, relpath: str, *, force: str, title: str, ref: str,
                        occurrence: str, incident: datetime, printed: datetime, officer: str,
                        location: str, victim: str, suspect: str, children: list[str],
                        narrative: list[str], dash: str, dash_notes: str, actions: list[str],
                        event: str, risk_heading: str = "Risk assessment (DASH)",
                        risk_label: str = "DASH risk level", history: list[list[str]] | None = None,
                        child_voice: str | None = None, dash_yes: set[int] | None = None) -> Doc:
    """A police public-protection notification; the crime ref and print date are distractors."""
    d = Doc(case, relpath, f"{force} - {title}", incident.date(), author=force,
            footer_left=f"Printed: {printed:%d/%m/%Y %H:%M}  PPN/{ref.split('/')[-2]}",
            created=printed)
    d.small(f"{force.upper()} | PUBLIC PROTECTION UNIT | OFFICIAL-SENSITIVE")
    d.title_(title)
    d.kv("Crime ref", ref)
    d.kv("Occurrence no.", occurrence)
    d.kv("Date of incident", f"{{d:{event}}}")
    d.kv("Time", incident.strftime("%H:%M"))
    d.kv("Location", location)
    d.kv("Reporting officer", officer)
    d.kv("Victim", victim)
    d.kv("Suspect", suspect)
    d.h1("Children linked to the address")
    d.table([["Name", "DOB", "Present at incident", "Seen by officers"]] +
            [c.split("|") for c in children], [3, 2, 2, 2])
    d.h1("Circumstances")
    for para in narrative:
        d.p(para)
    if child_voice:
        d.h1("Voice of the child and officers' observations")
        d.p(child_voice)
    if history:
        d.h1("Previous incidents at this address")
        d.table([["Date", "Summary", "Risk"]] + history, [2, 6, 2])
    d.h1(risk_heading)
    d.kv(risk_label, dash)
    d.p(dash_notes)
    if dash_yes is not None:
        d.table(dash_rows(dash_yes), [1, 10, 2])
    d.h1("Actions taken and referrals")
    for a in actions:
        d.p(a)
    d.small("This notification is shared under Working Together to Safeguard Children. It must not be "
            "disclosed to the suspect or the victim without consulting the officer in the case.")
    return d


def letter(case: Case, relpath: str, *, title: str, when: date, sender: list[str],
           recipient: list[str], ref_lines: list[tuple[str, str]], salutation: str,
           paras: list[str | tuple[list[list[str]], list[float]]], signoff: list[str], date_style: str = "long",
           author: str = "", header: str = "OFFICIAL-SENSITIVE") -> Doc:
    """A letter with the sender block and the date at top right, like GP and school letters."""
    d = Doc(case, relpath, title, when, author=author or sender[0], header=header)
    for line in sender:
        d.right(line)
    d.right(fmt_date(when, date_style))
    d.spacer()
    for line in recipient:
        d.addr(line)
    d.spacer()
    for label, value in ref_lines:
        d.kv(label, value)
    d.spacer()
    d.p(salutation)
    for para in paras:
        if isinstance(para, tuple):  # (rows, widths): a table inside the letter body
            d.table(para[0], para[1])
        else:
            d.p(para)
    d.spacer()
    for line in signoff:
        d.addr(line)
    return d


def minutes(case: Case, relpath: str, *, title: str, org: str, when: datetime, venue: str,
            chair: str, minute_taker: str, attendees: list[list[str]], apologies: str,
            sections: list[tuple[str, list[str]]], decisions: list[str], next_line: str | None,
            subject_line: str, event: str, author: str = "") -> Doc:
    """Meeting minutes: attendee table, agency updates, decisions and the next-review plan."""
    d = Doc(case, relpath, title, when.date(), author=author or org)
    d.small(org)
    d.title_(title)
    d.kv("Subject", subject_line)
    d.kv("Date of meeting", f"{{d:{event}:long_dow}}")
    d.kv("Time", when.strftime("%H:%M"))
    d.kv("Venue", venue)
    d.kv("Chair", chair)
    d.kv("Minutes", minute_taker)
    d.h1("Attendees")
    d.table([["Name", "Role", "Agency"]] + attendees, [3, 3, 3])
    d.kv("Apologies", apologies)
    for heading, paras in sections:
        d.h1(heading)
        for para in paras:
            d.p(para)
    d.h1("Decisions")
    for i, dec in enumerate(decisions, 1):
        d.p(f"{i}. {dec}")
    if next_line:
        d.kv("Next review", next_line)
    d.small("These minutes are confidential and are shared with those who attended and with "
            "professionals who need them to safeguard the children.")
    return d
