"""Generator for the fictional case bundle ``re-m`` (Re M (A Child)).

Kayla Morrow, 14-16 years old over the period, at risk of criminal and sexual exploitation:
repeated missing episodes, return home interviews, police found reports, school suspensions and a
permanent exclusion, MACE meetings and a move to a residential placement out of area.

Everything is invented. The documents and the expected chronology are written from the same data
(every sentence that reports a happening is registered with ``C``/``K`` against an event id), so
they cannot disagree. Run ``python sample_cases/_re_m.py`` to (re)write ``re-m/`` and
``expected/re-m.json``.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import shutil
import zipfile
from email import policy
from email.message import EmailMessage
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate,  # noqa: E402
                                Spacer, Table, TableStyle)

SLUG = "re-m"
FONT_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FIXED_DT = dt.datetime(2025, 7, 7, 9, 14, 0)

# ----------------------------------------------------------------------------------------------
# files
F_NOTES = "case-notes/orbit-case-note-export.pdf"
F_EDT = "case-notes/edt-shift-log-2024-07-05.txt"
F_CPOMS = "school/sentinel-safeguarding-export.docx"
F_SCAN = "school/exclusion-letter-2024-09-20-scan.pdf"
F_POL = "police/missing-person-found-reports-2024.pdf"
F_POL2 = "police/kfc-found-report-2025-02-15.pdf"
F_MACE1 = "meetings/mace-minutes-2024-04-16.pdf"
F_MACE2 = "meetings/mace-minutes-2024-11-19.pdf"
F_REF = "placement/placement-referral-2024-10-03.docx"
F_RHI = "rhi/return-home-interview-2024-07-11.docx"
F_EML = "email/2025-03-14-brackenfell-weekly-update.eml"
ALL_FILES = [F_NOTES, F_EDT, F_CPOMS, F_SCAN, F_POL, F_POL2, F_MACE1, F_MACE2, F_REF, F_RHI, F_EML]

# ----------------------------------------------------------------------------------------------
# event registry
EV: dict[str, dict] = {}
CITES: list[tuple[str, str, str]] = []
PLANS: list[dict] = []
DISTRACTORS: list[dict] = []


def _d(x) -> str:
    if isinstance(x, dt.date):
        return x.isoformat()
    return x


def ev(eid, date, summary, kp, cat, sig="context", prec=None, end=None, quote=None):
    assert eid not in EV, eid
    date = _d(date)
    if prec is None:
        prec = {10: "day", 7: "month", 4: "year"}[len(date)]
    e = {"id": eid, "date": date, "precision": prec, "summary": summary,
         "key_phrases": [kp] if isinstance(kp, str) else list(kp),
         "child_quote": quote, "significance": sig, "category": cat, "_n": len(EV)}
    if end:
        e["date_end"] = end
    EV[eid] = e
    return eid


def C(f, eid, text):
    """Register that file ``f`` reports event ``eid`` in ``text`` and return the text."""
    assert f in ALL_FILES, f
    assert eid in EV, eid
    CITES.append((f, eid, text))
    return text


def K(eid, text):
    return C(F_NOTES, eid, text)


def plan(pid, date, summary, kp, sources):
    PLANS.append({"id": pid, "date": _d(date), "precision": "day", "summary": summary,
                  "key_phrases": [kp] if isinstance(kp, str) else list(kp), "sources": sources})


def distractor(xid, date, summary, sources):
    DISTRACTORS.append({"id": xid, "date": _d(date), "precision": "day", "summary": summary,
                        "key_phrases": [], "sources": sources})


# ----------------------------------------------------------------------------------------------
# the case-note store
NOTES: list[dict] = []
WORKERS = {
    "HO": ("Hannah Oduya", "Social Worker, Adolescent Safeguarding Team"),
    "GL": ("Gareth Lyle", "Team Manager, Adolescent Safeguarding Team"),
    "TB": ("Tom Birch", "Social Worker (covering)"),
    "AS": ("Amira Shah", "Social Worker, Front Door / MASH"),
    "SM": ("Sue Marland", "EDT Social Worker"),
    "KD": ("Kevin Doyle", "EDT Social Worker"),
    "LC": ("Lisa Crane", "Business Support Officer"),
    "CB": ("Carol Benn", "Independent Reviewing Officer"),
    "PB": ("Priya Banerjee", "Senior Practitioner"),
}


def note(when, ntype, author, subject, paras, rec=None, persons=None, seen=None):
    w = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    if rec is None:
        rec = w + dt.timedelta(minutes=25 + (len(NOTES) * 37) % 140)
    elif isinstance(rec, str):
        rec = dt.datetime.strptime(rec, "%Y-%m-%d %H:%M")
    if isinstance(paras, str):
        paras = [paras]
    NOTES.append({"when": w, "type": ntype, "author": author, "subject": subject,
                  "paras": list(paras), "rec": rec, "persons": persons, "seen": seen})


def NE(when, ntype, author, subject, body, kp, summary, cat="contact", sig="context", quote=None,
       more=(), eid=None, rec=None, persons=None, seen=None):
    """A note that is itself one happening on its own date (a call, a visit, a text)."""
    if eid is None:
        eid = f"r{len(NOTES) + 1:03d}"
    ev(eid, when[:10], summary, kp, cat, sig=sig, quote=quote)
    paras = [K(eid, body)]
    for m in more:
        if isinstance(m, tuple):
            paras.append(K(eid if m[0] == "@" else m[0], m[1]))
        else:
            paras.append(m)
    note(when, ntype, author, subject, paras, rec=rec, persons=persons, seen=seen)
    return eid


def fmt_d(d: dt.date) -> str:
    return d.strftime("%d/%m/%Y")


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


# ----------------------------------------------------------------------------------------------
# people shorthand for "Persons involved" lines
PK = "Kayla MORROW (Subject)"
PD = "Dawn MORROW (Mother)"
PL = "Lee HARKER (Mother's partner)"
PR = "Riley MORROW (Brother)"
PP = "Patricia MORROW (Maternal grandmother)"
PS = "Joanne PRYCE (DSL, Hollinside Academy)"
PPOL = "Wearvale Police"
PKF = "Kirkmoor & Fells Constabulary"
PBH = "Brackenfell House (Fellside Care Ltd)"
PCMP = "Compass Young People's Service"


def story_background():
    ev("bg_cin", "2019", "Previous child in need involvement: domestic abuse by father Shaun Morrow",
       "domestic abuse", "history", sig="context")
    ev("bg_ashby", "2022-06", "Father Shaun Morrow moved to Ashby after separating from Dawn",
       "moved to Ashby", "history", prec="range", end="2022-08")
    ev("bg_att", "2023-09", "Kayla's school attendance began to fall (autumn term 2023)",
       "autumn term", "education", prec="range", end="2023-12")
    ev("bg_phone", "2023-12", "Kayla had a new iPhone she said was from 'a friend'", "new iPhone",
       "exploitation")
    ev("bg_asthma", "2023-11", "Kayla not brought to her asthma review at Lark Lane Surgery",
       "asthma review", "health")
    ev("s_late", "2024-01-10", "School: Kayla late three times in a week; seen with new phone and cash",
       "late three times", "education")
    ev("s_audi", "2024-01-19", "Staff saw Kayla get into a grey Audi with two older males outside school",
       "grey Audi", "exploitation", sig="key")
    ev("s_cash", "2024-01-26", "School found £200 in cash in Kayla's blazer", "£200", "exploitation")
    ev("pol_tannery", "2024-01-27", "Police patrol stopped Kayla with older youths at Tannery Court",
       "stopped by a patrol", "police")
    ev("s_merc", "2024-02-02", "Kayla seen getting into a black Mercedes at the school gates",
       "black Mercedes", "exploitation", sig="key")


def story_feb_apr():
    ev("ref", "2024-02-05", "Hollinside Academy DSL referral to the Front Door (exploitation concerns)",
       "Front Door", "referral", sig="key")
    note("2024-02-05 10:12", "Contact / Referral", "AS", "Referral from Hollinside Academy", [
        K("ref", "Referral received via the Front Door portal from Joanne Pryce, Designated "
                 "Safeguarding Lead at Hollinside Academy, at 09:48 today."),
        K("s_audi", "School report that on 19/01/2024 a member of staff on gate duty saw Kayla get "
                    "into a grey Audi with two older males at 15:20."),
        K("s_merc", "On Friday just gone (02/02) she was seen getting into a black Mercedes at the "
                    "school gates, driver unknown."),
        "Attendance has dropped to 74%, she has a new phone and has been seen with cash. School "
        "worried about criminal and/or sexual exploitation. Parent aware of referral.",
    ], persons=[PK, PS])
    NE("2024-02-05 14:30", "Telephone call", "AS", "Call to mother - consent",
       "Telephone call to Dawn Morrow, who gave consent to checks with police, health and school.",
       "consent to checks", "Front Door call to mother: consent to multi-agency checks", cat="contact",
       more=["Dawn said Kayla is \"out till all hours\" and she does not know who the older lads "
             "are. She sounded relieved that someone was asking."], persons=[PD])
    ev("mash", "2024-02-06", "MASH decision: single assessment by Adolescent Safeguarding Team",
       "MASH decision", "process")
    note("2024-02-06 11:05", "Case note", "AS", "MASH checks and decision", [
        K("pol_tannery", "Police hold one entry: on 27/01/2024 Kayla was stopped by a patrol with "
                         "three older youths in the car park at Tannery Court, no offences."),
        "GP: no concerns other than a missed asthma review. School information as per referral.",
        K("mash", "MASH decision: threshold met for a child and family assessment, transfer to the "
                  "Adolescent Safeguarding Team for allocation today."),
    ], persons=[PK])
    ev("alloc", "2024-02-07", "Case allocated to social worker Hannah Oduya", "allocated to Hannah",
       "process")
    note("2024-02-07 09:40", "Manager oversight", "GL", "Allocation decision", [
        K("alloc", "Case allocated to Hannah Oduya this morning."),
        K("s_audi", "Concerning picture: the grey Audi sighting on 19/01 and further sightings since."),
        "Assessment to be completed within 45 working days. Exploitation screening tool to be "
        "completed within 5 days. Please see Kayla at home and at school.",
    ])
    NE("2024-02-07 15:20", "Telephone call", "HO", "Introductory call to mother",
       "Introduced myself to Dawn by phone and arranged a home visit for Friday after school.",
       "introduced myself", "Social worker's introductory call to Dawn", persons=[PD])
    NE("2024-02-08 13:00", "Telephone call", "HO", "Call to DSL",
       "Spoke to Joanne Pryce (DSL) for background; she will book the pastoral office so I can see "
       "Kayla in school on Monday morning.",
       "background", "Social worker's call to school DSL for background", persons=[PS])
    NE("2024-02-09 16:30", "Home visit", "HO", "Initial home visit",
       "Initial home visit to 14 Sandpiper Walk: Dawn, Kayla and Riley present, Lee Harker left "
       "shortly after I arrived.",
       "initial home visit", "Initial home visit: Kayla, Dawn and Riley seen; Kayla says Connor is her boyfriend",
       cat="visit", sig="key", quote="Nobody's grooming me, he's my boyfriend.",
       more=[("@", "Kayla was seen alone in her room. She told me \"Nobody's grooming me, he's "
                       "my boyfriend.\" She said he is called Connor and is nineteen, \"so what\"."),
             K("bg_phone", "Dawn said the new iPhone appeared in December and Kayla says a friend "
                           "gave it to her."),
             "Bedroom tidy, new trainers and a designer bag. Riley (9) said his sister is \"always "
             "out\"."], persons=[PK, PD, PR], seen="Yes - seen alone", eid="hv_init")
    NE("2024-02-12 10:45", "School visit", "HO", "Kayla seen at school",
       "School visit: saw Kayla alone in the pastoral office at Hollinside for 40 minutes.",
       "school visit", "Social worker's school visit: Kayla seen alone", cat="visit",
       quote="I only get in the car because they give me lifts.",
       more=["She was guarded but polite. When I asked about the cars she said \"I only get in "
             "the car because they give me lifts.\" She would not say where they take her."],
       persons=[PK, PS], seen="Yes - seen alone", eid="sv1")
    NE("2024-02-12 17:40", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla thanking her for talking to me and giving her my work number again.",
       "thanking her", "Text to Kayla after the school visit", persons=[PK])
    NE("2024-02-14 14:00", "Case note", "HO", "Exploitation screening",
       "Child exploitation screening tool completed: CCE medium, CSE low-to-medium. Shared with "
       "police CE team.", "screening tool", "Exploitation screening tool completed (CCE medium)",
       cat="process")
    NE("2024-02-16 12:10", "Telephone call", "HO", "GP check",
       "Telephone call to Lark Lane Surgery (practice nurse): no current health concerns.",
       "Lark Lane Surgery", "Call to GP surgery: no current health concerns", cat="health",
       more=[K("bg_asthma", "Kayla was not brought to her asthma review in November 2023 and "
                            "has not been rebooked.")])

    # --- M1
    ev("mis01", "2024-02-17", "Kayla reported missing from home by Dawn (23:15)", "reported missing",
       "missing", sig="key")
    ev("fnd01", "2024-02-18", "Kayla returned home by herself (13:40); said she stayed at a friend's",
       "returned home", "missing", sig="key")
    note("2024-02-17 23:40", "Missing notification", "SM", "EDT - missing from home", [
        K("mis01", "Wearvale Police control (log 1174) advised that Kayla was reported missing by "
                   "her mother at 23:15."),
        "Last seen 19:30 leaving home saying she was going to a friend's. Phone goes to voicemail. "
        "Graded medium risk by police. Dawn advised to ring police and EDT if she comes back.",
    ], persons=[PK, PD, PPOL])
    note("2024-02-18 14:15", "Found notification", "KD", "EDT - returned", [
        K("fnd01", "Dawn rang EDT at 14:05: Kayla returned home at 13:40 on her own, tired but "
                   "unhurt."),
        "She says she stayed at her friend Chloe's. Police informed by Dawn. Day team to follow up.",
    ], persons=[PK, PD])
    NE("2024-02-19 09:30", "Telephone call", "HO", "Call to mother re weekend",
       "Rang Dawn about the weekend; she said Kayla has been in bed since she got back.",
       "in bed since", "Call to Dawn after first missing episode", persons=[PD],
       more=[K("fnd01", "Dawn said Kayla returned home on Sunday afternoon looking exhausted and "
                        "would not say where she had really been.")])
    ev("rhi01", "2024-02-20", "Return home interview offered by Compass; Kayla declined",
       "declined", "missing")
    note("2024-02-20 11:00", "Return home interview", "LC", "RHI outcome (Compass)", [
        K("rhi01", "Compass Young People's Service advise that Sam Keane offered a return home "
                   "interview by phone today and Kayla declined."),
        "Compass will offer again after any further episode.",
    ], persons=[PK, PCMP])
    note("2024-02-21 16:20", "Manager oversight", "GL", "Oversight", [
        K("mis01", "First known missing episode: reported missing Saturday 17/02, back Sunday."),
        K("rhi01", "Return home interview declined."),
        "Worker to consider whether Chloe's is a genuine address; ask school for friendship group. "
        "Continue assessment. I agree the screening tool rating for now.",
    ])
    NE("2024-02-26 15:45", "Home visit", "HO", "Home visit",
       "Home visit after school: Kayla seen in her bedroom; Dawn and Kayla agreed a 9pm curfew on "
       "school nights.", "9pm curfew", "Home visit: Kayla seen; 9pm curfew agreed", cat="visit",
       persons=[PK, PD], seen="Yes - seen alone")
    NE("2024-02-28 12:20", "Telephone call", "HO", "Police CE team",
       "Call with DC Mark Rowe, Child Exploitation Team: Connor Blake (19) is linked to an Ashby "
       "drug line known as the \"JB\" line.", "JB", "Call with police CE team: Connor Blake linked to Ashby drug line",
       cat="police", sig="key", persons=[PPOL], eid="rowe1")
    NE("2024-03-01 16:50", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla asking how the week had gone; no reply.", "no reply",
       "Text to Kayla (no reply)", persons=[PK])
    NE("2024-03-04 10:00", "Telephone call", "HO", "Attendance update",
       "Val Hirst, attendance officer, rang: Kayla's attendance this half term is 71% with six "
       "lates.", "attendance officer", "Call from school attendance officer: attendance 71%",
       cat="education", persons=["Val HIRST (Attendance Officer)"])
    NE("2024-03-06 19:12", "Text message", "HO", "Text from Kayla",
       "Kayla replied to my text this evening: \"im fine stop stressing x\".", "replied to my text",
       "Text reply from Kayla", quote="im fine stop stressing x", persons=[PK])

    # --- M2
    ev("s_left", "2024-03-08", "Kayla left the school site without permission at 11:50",
       "left the school site", "education")
    ev("mis02", "2024-03-08", "Kayla reported missing by Dawn (22:05) after not returning from school",
       "reported missing", "missing", sig="key")
    ev("fnd02", "2024-03-09", "Kayla found by police at Flat 6 Ropewalk House, Ashby, with two males",
       "Ropewalk House", "missing", sig="key", quote="I'm not a snitch, I'm not telling you nothing.")
    note("2024-03-08 12:15", "Telephone call", "HO", "School - left site", [
        K("s_left", "Mr Aziz (Head of Year 10) rang at 12:05: Kayla left the school site without "
                    "permission at 11:50 through the sports field gate."),
        "Dawn has been told. I texted Kayla asking her to get in touch.",
    ], persons=[PK, "Tariq AZIZ (Head of Year 10)"])
    note("2024-03-08 22:30", "Missing notification", "SM", "EDT - missing", [
        K("mis02", "Kayla was reported missing to Wearvale Police by Dawn at 22:05 after she did not "
                   "come home from school; her phone is switched off."),
        "Police have graded this high risk because of the recent intelligence about Ashby. EDT "
        "will take calls overnight.",
    ], persons=[PK, PD, PPOL])
    note("2024-03-09 19:20", "Found notification", "SM", "EDT - found in Ashby", [
        K("fnd02", "Wearvale Police located Kayla at 16:30 at Flat 6, Ropewalk House, Ashby, "
                   "with a 19-year-old and a 17-year-old male."),
        "Officers brought her home at 18:50. She would not give an account. Both males known to "
        "police. Day team and Compass to follow up.",
    ], persons=[PK, PPOL])
    NE("2024-03-11 09:10", "Telephone call", "HO", "Call to mother",
       "Dawn told me Kayla insists \"nothing happened\" in Ashby and has gone to school today.",
       "nothing happened", "Call to Dawn after Ashby episode", persons=[PD])
    ev("sd1", "2024-03-11", "Strategy discussion: section 47 enquiry (extra-familial harm) and MACE referral agreed",
       "strategy discussion", "meeting", sig="key")
    note("2024-03-11 14:00", "Strategy discussion", "HO", "Strategy discussion (Teams)", [
        K("sd1", "Strategy discussion held on Teams at 14:00, chaired by Gareth Lyle, with DC Rowe "
                 "(police CE team), Joanne Pryce (school), Fiona Wray (school nurse) and myself."),
        K("fnd02", "Police summarised the find at Ropewalk House: the flat is linked to the JB line."),
        "Decision: section 47 enquiry (risk of significant harm outside the home), MACE referral, "
        "disruption planning by police, Compass to offer RHI.",
    ], persons=[PK, PPOL, PS])
    ev("mace_ref", "2024-03-12", "Social worker submitted referral to the MACE panel", "MACE referral",
       "referral")
    NE("2024-03-12 15:30", "Home visit", "HO", "Section 47 visit",
       "Section 47 home visit: Kayla seen alone in the kitchen for 25 minutes; Dawn present for the "
       "rest.", "section 47", "Section 47 home visit: Kayla seen alone, would not discuss Ashby",
       cat="visit", sig="key", quote="Why does everyone keep asking about Ashby? I was just chilling.",
       more=["Asked about Ashby she said \"Why does everyone keep asking about Ashby? I was just "
             "chilling.\" She denied being given drugs to carry.",
             K("mace_ref", "MACE referral submitted this afternoon after the visit.")],
       persons=[PK, PD], seen="Yes - seen alone", eid="s47v")
    ev("rhi02", "2024-03-13", "Return home interview completed at school by Sam Keane (Compass)",
       "return home interview", "missing")
    note("2024-03-13 15:40", "Return home interview", "LC", "RHI summary received", [
        K("rhi02", "Compass summary: Sam Keane completed a return home interview with Kayla at "
                   "school this morning."),
        "Kayla said she got the train to Ashby with \"a mate\" and stayed in the flat; she said she "
        "is not scared of anyone. Intelligence shared with police.",
    ], persons=[PK, PCMP])
    ev("susp1", "2024-03-14", "Kayla given a 3-day suspension after throwing a chair in the Year 10 corridor",
       "suspension", "education", sig="key")
    note("2024-03-14 13:30", "Telephone call", "HO", "School - suspension", [
        K("susp1", "Mr Aziz rang: Kayla threw a chair in the Year 10 corridor after being challenged "
                   "about her phone and has been given a three-day suspension."),
        "No one hurt. She returns Wednesday 20/03 with a reintegration meeting.",
    ], persons=[PK, "Tariq AZIZ (Head of Year 10)"])
    NE("2024-03-15 17:30", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla: offered to take her for a hot chocolate while she is off school.",
       "hot chocolate", "Text to Kayla during suspension", persons=[PK])
    NE("2024-03-18 11:15", "Home visit", "HO", "Visit during suspension",
       "Visited during the suspension and took Kayla to the cafe on Market Street for an hour.",
       "Market Street", "Social worker took Kayla out to a cafe during suspension", cat="visit",
       quote="School just want me gone.",
       more=["She talked about Riley and her nan. About school she said \"School just want me "
             "gone.\""], persons=[PK], seen="Yes - seen alone")
    ev("reint1", "2024-03-20", "Reintegration meeting at school after suspension",
       "reintegration meeting", "education")
    note("2024-03-20 09:00", "Meeting", "HO", "Reintegration meeting", [
        K("reint1", "Attended the reintegration meeting at Hollinside with Kayla, Dawn and Mr Aziz."),
        "Agreed: report card, check-in with the pastoral lead each morning, phone handed in at "
        "reception.",
    ], persons=[PK, PD, "Tariq AZIZ (Head of Year 10)"])
    NE("2024-03-21 16:00", "Home visit", "HO", "Unannounced home visit",
       "Unannounced home visit: strong smell of cannabis in the living room; Lee Harker present.",
       "smell of cannabis", "Unannounced home visit: smell of cannabis, Lee Harker present",
       cat="visit", sig="key",
       more=["Dawn accepted Lee smokes in the house. Discussed the message this sends Kayla and "
             "the risk to Riley. Dawn agreed Lee will smoke outside."],
       persons=[PD, PL, PK, PR], seen="Yes - not alone")
    ev("s47out", "2024-03-27", "Assessment completed: section 47 concluded, child in need plan (exploitation pathway)",
       "assessment completed", "process", sig="key")
    note("2024-03-27 14:00", "Case note", "HO", "Assessment and section 47 outcome", [
        K("s47out", "Child and family assessment completed and the section 47 enquiry concluded: "
                    "concerns substantiated (extra-familial harm), to be managed under a child in "
                    "need plan on the exploitation pathway, with MACE oversight."),
    ])
    note("2024-03-28 10:00", "Manager oversight", "GL", "Oversight of assessment", [
        K("s47out", "I have read and signed off the assessment completed yesterday."),
        K("susp1", "The suspension after the chair incident shows school placement is fragile."),
        "Initial child in need meeting to be held within 10 working days. Keep weekly contact.",
    ])
    NE("2024-04-02 12:30", "Telephone call", "HO", "Call to mother",
       "Dawn said Kayla came home yesterday in a new North Face coat she could not explain.",
       "North Face", "Call to Dawn: Kayla has unexplained new coat", persons=[PD])
    ev("cin1", "2024-04-04", "Initial child in need meeting at home", "child in need meeting", "meeting")
    note("2024-04-04 10:30", "Meeting", "HO", "Initial CIN meeting", [
        K("cin1", "Initial child in need meeting at home with Dawn, Kayla (for the first half), "
                  "Joanne Pryce and Sam Keane."),
        "Plan: weekly social worker visits, curfew, school check-ins, Compass direct work, police "
        "disruption via MACE.",
    ], persons=[PK, PD, PS, PCMP])

    # --- M3 (missing and found on the same date)
    ev("mis03", "2024-04-06", "Kayla reported missing by Dawn at 01:10 after not returning by curfew",
       "reported missing", "missing", sig="key")
    ev("fnd03", "2024-04-06", "Kayla found by PC Ellis in a stairwell at Tannery Court (11:20), bruise to cheek",
       "Tannery Court", "missing", sig="key")
    note("2024-04-06 01:35", "Missing notification", "SM", "EDT - missing", [
        K("mis03", "Kayla was reported missing by Dawn at 01:10. She went out at about 7pm on Friday "
                   "evening and did not come back by her 10pm curfew."),
        "Police graded high risk.",
    ], persons=[PK, PD])
    note("2024-04-06 12:05", "Found notification", "KD", "EDT - found", [
        K("fnd03", "PC 2281 Ellis located Kayla at 11:20 in a stairwell at Tannery Court and took "
                   "her home."),
        "She had a bruise to her left cheek and said she fell. Dawn is with her.",
    ], persons=[PK, PPOL])
    NE("2024-04-08 09:45", "Telephone call", "HO", "Call to mother",
       "Telephone call to Dawn following the weekend; Kayla is refusing to get out of bed.",
       "refusing to get out of bed", "Call to Dawn after Tannery Court episode", persons=[PD],
       more=[K("fnd03", "Dawn said that when PC Ellis brought her back from Tannery Court on "
                        "Saturday she had a bruise on her cheek and \"a look I didn't like\".")])
    ev("rhi03", "2024-04-09", "Return home interview offered; Kayla declined", "declined the return home interview",
       "missing")
    note("2024-04-09 14:10", "Return home interview", "LC", "RHI outcome", [
        K("rhi03", "Compass: Kayla declined the return home interview offered at home today."),
    ], persons=[PK, PCMP])
    NE("2024-04-11 18:05", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla asking if the bruise was better; she sent back a thumbs-up.",
       "thumbs-up", "Text exchange with Kayla", persons=[PK])
    note("2024-04-15 15:00", "Manager oversight", "GL", "Pre-MACE oversight", [
        K("mis03", "Third episode: reported missing early Saturday 06/04."),
        K("fnd03", "Found at Tannery Court with a bruise she has not explained."),
        "Pattern is escalating. MACE tomorrow: ask police about the Tannery Court address and "
        "possible closure order.",
    ])
    ev("mace1", "2024-04-16", "First MACE meeting: risk of CCE high, CSE medium; disruption plan",
       "MACE", "meeting", sig="key")
    note("2024-04-16 10:00", "Meeting", "HO", "MACE panel", [
        K("mace1", "Attended the MACE panel meeting for Kayla (first discussion); minutes to follow."),
        "Risk agreed as high for criminal exploitation, medium for sexual exploitation.",
    ], persons=[PK, PPOL, PS, PCMP])
    ev("disc_runs", "2024-04-17", "Kayla told the DSL she has to do 'runs' and fears for her family",
       "do runs", "disclosure", sig="key", quote="If I don't go they'll come to my house.")
    note("2024-04-17 11:20", "Telephone call", "HO", "Call from DSL - disclosure", [
        K("disc_runs", "Joanne Pryce rang: this morning Kayla told her she has to do runs for "
                       "\"them\" and said \"If I don't go they'll come to my house.\""),
        "Kayla would not give names. School has logged it.",
    ], persons=[PS])
    NE("2024-04-17 16:10", "Telephone call", "HO", "Call to police CE team",
       "Rang DC Rowe and passed on what Kayla said at school; he will submit an intelligence "
       "report.", "intelligence report", "Call to DC Rowe to share Kayla's disclosure", cat="police",
       persons=[PPOL])
    NE("2024-04-18 16:40", "Home visit", "HO", "Home visit",
       "Home visit: Kayla seen alone but denied saying anything at school.",
       "denied saying anything", "Home visit: Kayla denies the disclosure", cat="visit",
       quote="I never said that, Miss made it up.",
       more=["She said \"I never said that, Miss made it up.\" She was frightened when I "
             "mentioned the word runs and asked me not to tell Lee."],
       persons=[PK, PD], seen="Yes - seen alone")

    # --- M4
    ev("mis04", "2024-04-20", "Kayla reported missing by Dawn (21:30)", "reported missing", "missing",
       sig="key")
    ev("fnd04", "2024-04-21", "Kayla found by police at Ashby bus station (19:45)", "Ashby bus station",
       "missing", sig="key")
    note("2024-04-20 21:55", "Missing notification", "KD", "EDT - missing", [
        K("mis04", "Wearvale Police: Kayla reported missing by her mother at 21:30, last seen at "
                   "the Spar on Sandpiper Walk at 18:00."),
    ], persons=[PK, PPOL])
    note("2024-04-21 20:20", "Found notification", "SM", "EDT - found", [
        K("fnd04", "Officers found Kayla at Ashby bus station at 19:45 and brought her back to "
                   "Castlebridge."),
        "She had £85 and two phones. She was given a safe and well check by the officers.",
    ], persons=[PK, PPOL])
    NE("2024-04-22 09:20", "Telephone call", "HO", "Call to mother",
       "Dawn rang me in tears at 09:15: \"I can't keep her in, she climbs out of the window.\"",
       "climbs out of the window", "Call from Dawn: she cannot keep Kayla in", persons=[PD])
    ev("rhi04", "2024-04-23", "Return home interview completed at home by Sam Keane", "return home interview",
       "missing")
    note("2024-04-23 16:00", "Return home interview", "LC", "RHI summary received", [
        K("rhi04", "Compass: Sam Keane completed a return home interview at home today."),
        "Kayla said she \"just went to see a friend\" in Ashby. She looked tired and had a new "
        "phone. Shared with police.",
    ], persons=[PK, PCMP])
    NE("2024-04-25 17:55", "Text message", "HO", "Text to Kayla",
       "Text message reminding Kayla of our visit on Monday; she replied \"ok\".", "visit on Monday",
       "Text to Kayla about next visit", persons=[PK])
    NE("2024-04-29 16:15", "Home visit", "HO", "Home visit",
       "Home visit: spoke with Kayla about her birthday at the weekend and the presents she had.",
       "her birthday", "Home visit: discussion of birthday presents", cat="visit",
       more=["Dawn said Kayla came back on Sunday with perfume and a bracelet she could not have "
             "afforded."], persons=[PK, PD], seen="Yes - seen alone")
    NE("2024-04-30 12:00", "Telephone call", "HO", "Call to grandmother",
       "Telephone call to Patricia (Pat) Morrow, maternal grandmother, who offered to have Kayla at "
       "weekends.", "offered to have Kayla", "Call to grandmother: offers weekend care",
       persons=[PP])


def story_may_jul():
    # --- M5: arrest in Ashby
    ev("mis05", "2024-05-03", "Kayla reported missing by Dawn (23:50)", "reported missing", "missing",
       sig="key")
    ev("fnd05", "2024-05-04", "Kayla found and arrested at an address on Canal Street, Ashby (crack cocaine wraps and cash)",
       "Canal Street", "police", sig="key")
    ev("aa1", "2024-05-04", "EDT worker acted as appropriate adult for Kayla's interview in Ashby custody",
       "appropriate adult", "police")
    ev("rui", "2024-05-05", "Kayla released under investigation from Ashby custody (02:00)",
       "released under investigation", "police", sig="key")
    note("2024-05-04 00:15", "Missing notification", "KD", "EDT - missing", [
        K("mis05", "Police log 0022: Kayla was reported missing by Dawn at 23:50 last night, "
                   "having left the house at 20:30 saying she was going to the shop."),
    ], rec="2024-05-04 00:40", persons=[PK, PD, PPOL])
    note("2024-05-04 17:30", "Police notification", "SM", "EDT - Kayla arrested", [
        K("fnd05", "Wearvale Police executed a drugs warrant at an address on Canal Street, Ashby, "
                   "at 15:10 and found Kayla there; she was arrested with 14 wraps of crack "
                   "cocaine and £340 in cash."),
        "She is in Ashby custody. Dawn cannot attend (no transport, Riley at home).",
    ], persons=[PK, PPOL])
    note("2024-05-04 21:40", "EDT contact", "KD", "Appropriate adult", [
        K("aa1", "I attended Ashby custody as appropriate adult for Kayla's interview at 20:15; "
                 "she gave a no comment interview on solicitor's advice."),
        "She looked small and frightened in the cell corridor and asked for her mum.",
    ], persons=[PK, PPOL])
    note("2024-05-05 02:30", "EDT contact", "KD", "Release from custody", [
        K("rui", "Kayla was released under investigation at 02:00 and I drove her home to Dawn."),
    ], persons=[PK, PD])
    NE("2024-05-07 09:10", "Telephone call", "HO", "Call to mother after arrest",
       "Long call with Dawn after the bank holiday: she is angry with Kayla and frightened for her.",
       "after the bank holiday", "Call to Dawn after the arrest", persons=[PD],
       more=[K("fnd05", "Dawn asked what will happen about the arrest in Canal Street and I "
                        "explained the NRM.")])
    ev("nrm", "2024-05-07", "Social worker submitted National Referral Mechanism referral (first responder)",
       "National Referral Mechanism", "referral", sig="key")
    note("2024-05-07 15:00", "Case note", "HO", "NRM referral", [
        K("nrm", "National Referral Mechanism referral submitted to the Single Competent "
                 "Authority today as first responder, on the basis of criminal exploitation."),
    ])
    note("2024-05-08 10:00", "Manager oversight", "GL", "Oversight after arrest", [
        K("fnd05", "Kayla was arrested in Ashby on Saturday, found with class A drugs and cash."),
        K("rui", "She is now released under investigation."),
        K("nrm", "NRM referral made yesterday - good."),
        "Request police treat Kayla as a victim of exploitation. Consider whether home can keep "
        "her safe; family network options to be explored.",
    ])
    ev("susp2", "2024-05-09", "Kayla punched another student; 5-day suspension", "punched", "education",
       sig="key")
    note("2024-05-09 14:45", "Telephone call", "HO", "School - suspension", [
        K("susp2", "Joanne Pryce rang: at lunchtime Kayla punched another Year 10 girl who had "
                   "posted about her arrest, and she has been suspended for five days."),
    ], persons=[PS])
    NE("2024-05-10 18:20", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla asking to see her on Monday while she is suspended; reply \"if u "
       "bring maccies\".", "if u bring maccies", "Text exchange with Kayla about a visit",
       persons=[PK])
    NE("2024-05-13 12:30", "Home visit", "HO", "Home visit during suspension",
       "Home visit: took Kayla for lunch at the retail park and did direct work on the \"grooming "
       "line\" worksheet.", "grooming line", "Home visit and direct work on exploitation",
       cat="visit", quote="They don't make me do nothing, I do it for me.",
       more=["She said \"They don't make me do nothing, I do it for me.\" but then asked what "
             "happens to people who owe money."], persons=[PK], seen="Yes - seen alone")
    ev("nrm_rg", "2024-05-14", "NRM positive reasonable grounds decision received",
       "reasonable grounds", "process", sig="key")
    note("2024-05-14 11:00", "Case note", "LC", "NRM decision", [
        K("nrm_rg", "Letter received from the Single Competent Authority: positive reasonable "
                    "grounds decision for Kayla."),
    ])
    NE("2024-05-15 15:20", "Telephone call", "HO", "Police CE team",
       "DC Rowe called: Kayla's phone seized on arrest is being downloaded and shows contact with "
       "the JB line number.", "being downloaded", "Call from DC Rowe: phone download", cat="police",
       persons=[PPOL])
    ev("reint2", "2024-05-17", "Reintegration meeting after second suspension", "reintegration meeting",
       "education")
    note("2024-05-17 09:00", "Meeting", "HO", "Reintegration meeting", [
        K("reint2", "Second reintegration meeting at school with Kayla, Dawn, Mr Aziz and me."),
        "Kayla apologised in writing. Reduced timetable (mornings only) agreed for two weeks.",
    ], persons=[PK, PD, "Tariq AZIZ (Head of Year 10)"])

    # --- M6
    ev("mis06", "2024-05-18", "Kayla reported missing by Dawn (22:10)", "reported missing", "missing")
    ev("fnd06", "2024-05-19", "Kayla returned home herself at 08:30 smelling of cannabis",
       "smelling of cannabis", "missing")
    note("2024-05-18 22:40", "Missing notification", "SM", "EDT - missing", [
        K("mis06", "Kayla reported missing at 22:10; Dawn says she went out of the back door "
                   "while Dawn was bathing Riley."),
    ], persons=[PK, PD])
    note("2024-05-19 09:05", "Found notification", "SM", "EDT - returned", [
        K("fnd06", "Dawn rang: Kayla came back by herself at 08:30 smelling of cannabis and went "
                   "straight to bed."),
    ], persons=[PK, PD])
    ev("rhi06", "2024-05-20", "Return home interview offered; Kayla declined", "declined", "missing")
    note("2024-05-20 13:00", "Return home interview", "LC", "RHI outcome", [
        K("rhi06", "Compass: return home interview offered by Sam Keane by phone and declined."),
    ], persons=[PK, PCMP])
    ev("nurse", "2024-05-21", "Kayla saw the school nurse at drop-in and asked about contraception",
       "school nurse", "health")
    note("2024-05-21 15:30", "Telephone call", "HO", "School nurse", [
        K("nurse", "Fiona Wray, school nurse, rang: Kayla came to the lunchtime drop-in today and "
                   "asked the school nurse about the implant."),
        "Fiona has offered a referral to Riverside Clinic; Kayla agreed if I go with her.",
    ], persons=["Fiona WRAY (School Nurse)"])
    ev("cin2", "2024-05-23", "Child in need review meeting", "child in need review", "meeting")
    note("2024-05-23 10:00", "Meeting", "HO", "CIN review", [
        K("cin2", "Child in need review at school: Dawn, Joanne Pryce, Sam Keane, Fiona Wray, "
                  "PC Ellis and me; Kayla attended for ten minutes."),
        "Plan updated: NRM, sexual health, Pat to have Kayla Friday nights.",
    ], persons=[PK, PD, PS, PCMP])
    NE("2024-05-28 16:00", "Text message", "HO", "Text to Kayla",
       "Half-term text message to Kayla with the Riverside Clinic booking details.",
       "booking details", "Text to Kayla with clinic booking", persons=[PK])
    NE("2024-05-29 14:00", "Home visit", "HO", "Half-term home visit",
       "Half-term home visit: Kayla and Riley playing on the Xbox; Kayla chatty and relaxed.",
       "Xbox", "Half-term home visit: Kayla relaxed", cat="visit",
       persons=[PK, PR, PD], seen="Yes - seen alone")

    # --- M7: hotel
    ev("mis07", "2024-05-31", "Kayla reported missing by Dawn (23:30)", "reported missing", "missing",
       sig="key")
    ev("polupd07", "2024-06-01", "Police update to EDT: Kayla's phone last active near the A19 services",
       "A19 services", "missing")
    ev("fnd07", "2024-06-02", "Kayla found at the Moorside Travel Inn in a room with Jordan Pike (24)",
       "Moorside Travel Inn", "exploitation", sig="key")
    note("2024-05-31 23:55", "Missing notification", "KD", "EDT - missing", [
        K("mis07", "Dawn rang EDT: Kayla was reported missing to police at 23:30 after not coming "
                   "home from the park."),
    ], persons=[PK, PD])
    note("2024-06-01 15:10", "EDT contact", "KD", "Police update", [
        K("polupd07", "Police update at 14:50: Kayla's phone was last active near the A19 services "
                      "at 04:12; still missing, risk raised to high."),
    ], persons=[PPOL])
    note("2024-06-02 11:30", "Found notification", "SM", "EDT - found", [
        K("fnd07", "Wearvale Police found Kayla at 10:15 at the Moorside Travel Inn, in a room "
                   "booked by Jordan Pike, aged 24."),
        "Officers are treating this as a child sexual exploitation concern. Kayla taken home; Pike "
        "spoken to and released pending enquiries.",
    ], persons=[PK, PPOL])
    NE("2024-06-03 09:00", "Telephone call", "HO", "Call to mother",
       "Call to Dawn before the meeting: Kayla has barely spoken since Sunday and has a love bite on "
       "her neck.", "love bite", "Call to Dawn after the hotel episode", persons=[PD])
    ev("sd2", "2024-06-03", "Strategy discussion (CSE): section 47, CAWN and sexual health agreed",
       "strategy discussion", "meeting", sig="key")
    note("2024-06-03 13:00", "Strategy discussion", "HO", "Strategy discussion", [
        K("sd2", "Second strategy discussion, chaired by Gareth Lyle, with DC Rowe, PS Dunne "
                 "(missing persons), Joanne Pryce and Fiona Wray."),
        K("fnd07", "Police confirmed Pike booked the room at the Moorside Travel Inn in his own name."),
        "Decisions: section 47 (CSE), child abduction warning notice for Pike, sexual health "
        "appointment, ABE interview to be offered.",
    ], persons=[PPOL, PS])
    ev("clinic", "2024-06-04", "Kayla attended Riverside Clinic (sexual health) with the social worker",
       "Riverside Clinic", "health", sig="key")
    note("2024-06-04 11:45", "Office visit", "HO", "Riverside Clinic", [
        K("clinic", "Took Kayla to Riverside Clinic for her appointment; she was seen alone by the "
                    "nurse for STI screening and emergency contraception."),
        "In the car she said \"He's not like that, he buys me stuff and he listens.\"",
    ], persons=[PK], seen="Yes - seen alone")
    ev("abe", "2024-06-05", "Kayla declined an ABE interview", "ABE interview", "police")
    note("2024-06-05 16:30", "Telephone call", "HO", "ABE", [
        K("abe", "DC Rowe told me Kayla has declined an ABE interview about Jordan Pike; she said "
                 "she will not \"grass on\" him."),
    ], persons=[PPOL])
    ev("rhi07", "2024-06-06", "Return home interview completed at home by Sam Keane", "return home interview",
       "missing")
    note("2024-06-06 17:00", "Return home interview", "LC", "RHI summary received", [
        K("rhi07", "Compass: return home interview completed by Sam Keane at home today."),
        "Kayla said Pike is \"a friend of Connor's\" and she went to the hotel \"to chill\". She "
        "would not say whether she was given anything.",
    ], persons=[PK, PCMP])
    ev("cawn", "2024-06-07", "Child abduction warning notice served on Jordan Pike",
       "abduction warning notice", "police", sig="key")
    note("2024-06-07 12:00", "Police notification", "LC", "CAWN", [
        K("cawn", "Wearvale Police confirm a child abduction warning notice was served on Jordan "
                  "Pike this morning."),
    ], persons=[PPOL])
    NE("2024-06-10 16:20", "Home visit", "HO", "Home visit",
       "Home visit: explained the warning notice to Kayla and Dawn; Kayla cried and went upstairs.",
       "explained the warning notice", "Home visit: warning notice explained; Kayla upset",
       cat="visit", persons=[PK, PD], seen="Yes - not alone")
    ev("s_phones", "2024-06-12", "Two phones found in Kayla's bag at school", "two phones", "exploitation")
    note("2024-06-12 14:00", "Telephone call", "HO", "School - phones", [
        K("s_phones", "Joanne Pryce: two phones were found in Kayla's bag when she handed it in at "
                      "reception, one a cheap Nokia."),
        "School passed the Nokia number to PC Ellis.",
    ], persons=[PS])
    NE("2024-06-14 17:45", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla wishing her luck with her mock science exam.", "mock science",
       "Text to Kayla about mock exam", persons=[PK])
    ev("mace2", "2024-06-18", "MACE meeting: risk remains high; CAWN noted, hotel watch agreed",
       "MACE", "meeting", sig="key")
    note("2024-06-18 10:00", "Meeting", "HO", "MACE", [
        K("mace2", "MACE review meeting: risk remains high for CCE and now high for CSE."),
        "Police to brief the Moorside Travel Inn staff; taxi firms to be given awareness briefing.",
    ], persons=[PPOL, PS, PCMP])
    note("2024-06-19 09:30", "Manager oversight", "GL", "Oversight", [
        K("cawn", "CAWN served on Pike on 07/06."),
        K("s_phones", "Second phone found at school."),
        "I am concerned we are not reducing risk. Please arrange a family network meeting and "
        "consider a legal planning discussion if risk does not reduce over summer.",
    ])

    # --- M8: car stop
    ev("mis08", "2024-06-21", "Kayla reported missing by Dawn (22:30)", "reported missing", "missing")
    ev("fnd08", "2024-06-22", "Kayla found in a car stopped on Moor Road driven by Connor Blake (03:10)",
       "Moor Road", "police", sig="key")
    note("2024-06-21 22:50", "Missing notification", "SM", "EDT - missing", [
        K("mis08", "Kayla reported missing by Dawn at 22:30."),
    ], persons=[PK, PD])
    note("2024-06-22 04:00", "Found notification", "SM", "EDT - found", [
        K("fnd08", "Roads policing stopped a car on Moor Road at 03:10; Kayla was in the back and "
                   "Connor Blake was driving."),
        "Blake arrested for driving without insurance. Kayla taken home by officers.",
    ], persons=[PK, PPOL])
    NE("2024-06-24 10:10", "Telephone call", "HO", "Call to mother",
       "Dawn said she did not hear Kayla go out on Friday night and found the window open.",
       "window open", "Call to Dawn after the Moor Road episode", persons=[PD])
    ev("rhi08", "2024-06-25", "Return home interview completed at school", "return home interview",
       "missing")
    note("2024-06-25 15:15", "Return home interview", "LC", "RHI summary received", [
        K("rhi08", "Compass: Sam Keane completed a return home interview at school today."),
        "Kayla said Connor \"looks after\" her and she was going to be dropped home.",
    ], persons=[PK, PCMP])
    NE("2024-06-27 16:00", "Home visit", "HO", "Joint visit with YJS",
       "Joint home visit with Leon Grant, Youth Justice Service, to explain the prevention offer "
       "while the investigation continues.", "Youth Justice", "Joint home visit with Youth Justice worker",
       cat="visit", persons=[PK, PD, "Leon GRANT (Youth Justice Service)"], seen="Yes - not alone")
    NE("2024-07-01 16:30", "Home visit", "HO", "Home visit",
       "Home visit: Kayla showing me her nails and talking about the end of term disco.",
       "end of term disco", "Home visit: Kayla seen, positive conversation", cat="visit",
       persons=[PK, PD], seen="Yes - seen alone")
    NE("2024-07-03 17:10", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla to confirm the clinic follow-up next week.", "clinic follow-up",
       "Text to Kayla about clinic follow-up", persons=[PK])

    # --- M9: the long episode (EDT log covers the weekend)
    ev("s_left2", "2024-07-05", "Kayla left school at 12:30 and did not return", "left school at 12:30",
       "education")
    ev("mis09", "2024-07-05", "Kayla reported missing by Dawn (17:45)", "reported missing", "missing",
       sig="key")
    ev("call_mum", "2024-07-06", "Kayla phoned Dawn crying from an unknown number", "unknown number",
       "missing", sig="key")
    ev("polrev", "2024-07-07", "Police missing person review: risk remains high, Ashby addresses checked",
       "missing person review", "missing")
    ev("sd3", "2024-07-08", "Strategy discussion during missing episode", "strategy discussion",
       "meeting", sig="key")
    ev("fnd09", "2024-07-09", "Kayla found during a warrant at 22 Canal Street, Ashby (06:20) with a cut hand",
       "during a warrant", "missing", sig="key")
    ev("ed", "2024-07-09", "Kayla treated at Castlebridge Royal Infirmary ED for a cut to her hand",
       "Royal Infirmary", "health", sig="key")
    note("2024-07-05 12:55", "Telephone call", "HO", "School - left site", [
        K("s_left2", "Val Hirst rang: Kayla left school at 12:30 after registration and has not "
                     "come back; Dawn informed."),
    ], persons=[PK, "Val HIRST (Attendance Officer)"])
    note("2024-07-05 18:05", "Missing notification", "SM", "EDT - missing", [
        K("mis09", "Wearvale Police: Kayla was reported missing by Dawn at 17:45 and graded high "
                   "risk."),
        "See EDT shift log for the weekend.",
    ], persons=[PK, PD, PPOL])
    note("2024-07-06 16:40", "EDT contact", "SM", "Call from mother", [
        K("call_mum", "Dawn rang EDT at 4.10pm: Kayla phoned her crying from an unknown number "
                      "and said she \"can't come home yet\"."),
        "Passed to police straight away.",
    ], persons=[PD])
    note("2024-07-07 12:20", "EDT contact", "KD", "Police update", [
        K("polrev", "Police missing person review at 11:00: risk remains high; two Ashby addresses "
                    "checked overnight with no trace."),
    ], persons=[PPOL])
    note("2024-07-08 15:30", "Strategy discussion", "HO", "Strategy discussion", [
        K("sd3", "Strategy discussion at 14:00 with DC Rowe, PS Dunne and Gareth Lyle while Kayla "
                 "is still missing."),
        "Police to seek a warrant for 22 Canal Street. Media appeal not agreed at this stage.",
    ], persons=[PPOL])
    note("2024-07-09 09:15", "Found notification", "HO", "Found", [
        K("fnd09", "DC Rowe rang at 08:50: Kayla was found at 06:20 during a warrant at 22 Canal "
                   "Street, Ashby."),
        "Three adults arrested. Kayla had a cut to her right hand.",
    ], persons=[PPOL])
    note("2024-07-09 14:30", "Health", "HO", "ED attendance", [
        K("ed", "Met Kayla and Dawn at Castlebridge Royal Infirmary ED, where the cut to her hand "
                "was cleaned and glued."),
        "She said she cut it on a broken glass. Discharged at 13:10.",
    ], persons=[PK, PD], seen="Yes - not alone")
    ev("cantdo", "2024-07-10", "Home visit: Dawn said she cannot keep Kayla safe", "can't do this anymore",
       "visit", sig="key")
    note("2024-07-10 15:00", "Home visit", "HO", "Home visit", [
        K("cantdo", "Home visit: Dawn told me \"I can't do this anymore, they know where we live.\""),
        "Kayla asleep. Lee not there. Dawn asked whether Kayla could go to her nan's.",
    ], persons=[PD], seen="No - asleep")
    ev("rhi09", "2024-07-11", "Return home interview completed by Sam Keane: Kayla describes debt and being 'looked after'",
       "return home interview", "missing", sig="key", quote="I owe them money so I can't just stop.")
    note("2024-07-11 17:20", "Return home interview", "HO", "RHI - joint", [
        K("rhi09", "Sam Keane completed the return home interview with Kayla at home today; I "
                   "joined for the last part."),
        "Kayla said \"I owe them money so I can't just stop.\" Full Compass form uploaded to "
        "documents.",
    ], persons=[PK, PCMP], seen="Yes - not alone")
    note("2024-07-12 10:00", "Manager oversight", "GL", "Oversight", [
        K("fnd09", "Kayla was found during a warrant in Ashby after four days missing."),
        K("rhi09", "The return home interview is the fullest account we have had."),
        "Debt bondage is evident. Family network meeting urgently; legal planning if needed.",
    ])
    ev("fnm", "2024-07-15", "Family network meeting: agreed Kayla to stay with her grandmother",
       "family network meeting", "meeting", sig="key")
    note("2024-07-15 17:00", "Meeting", "HO", "Family network meeting", [
        K("fnm", "Family network meeting at Pat's house with Dawn, Pat and Kayla's aunt Michelle."),
        "Agreed Kayla will stay with Pat in Linnet Close, away from Sandpiper Walk.",
    ], persons=[PD, PP, PK])
    ev("to_pat", "2024-07-16", "Kayla moved to live with her grandmother at 3 Linnet Close",
       "Linnet Close", "placement", sig="key")
    note("2024-07-16 18:00", "Case note", "HO", "Move to grandmother", [
        K("to_pat", "Kayla moved to her grandmother's at 3 Linnet Close this afternoon with two "
                    "bags; informal family arrangement."),
    ], persons=[PK, PP])
    ev("cin3", "2024-07-18", "Child in need review", "child in need review", "meeting")
    note("2024-07-18 10:00", "Meeting", "HO", "CIN review", [
        K("cin3", "Child in need review at Pat's: Dawn, Pat, Kayla, Sam Keane, Joanne Pryce."),
        "Summer plan: Compass activities twice a week, boxing club, phone checks by Pat.",
    ], persons=[PK, PD, PP, PS, PCMP])
    NE("2024-07-22 14:10", "Home visit", "HO", "Visit at grandmother's",
       "Visit to Kayla at Linnet Close: her room at Pat's is small but homely.", "small but homely",
       "Visit at grandmother's: Kayla settling", cat="visit", persons=[PK, PP],
       seen="Yes - seen alone")
    NE("2024-07-25 19:00", "Text message", "HO", "Text from Kayla",
       "Kayla sent a text message with a photo from boxing club.", "boxing club",
       "Text from Kayla: photo from boxing club", persons=[PK])
    NE("2024-07-30 11:40", "Telephone call", "HO", "Call to grandmother",
       "Rang Pat: Kayla has kept to the 9pm curfew every night this week.", "every night this week",
       "Call to grandmother: curfew kept", persons=[PP])


def story_aug_oct():
    NE("2024-08-01 15:00", "Home visit", "HO", "Visit at grandmother's",
       "Visit at Linnet Close before my leave; Kayla helped Pat in the garden while we talked.",
       "in the garden", "Visit at grandmother's before social worker's leave", cat="visit",
       persons=[PK, PP], seen="Yes - seen alone",
       more=["Tom Birch will cover while I am on annual leave."])
    # --- M10
    ev("mis10", "2024-08-03", "Kayla reported missing from her grandmother's (23:00)", "reported missing",
       "missing")
    ev("fnd10", "2024-08-04", "Kayla found at Castlebridge Central station (17:00)", "Central station",
       "missing")
    note("2024-08-03 23:25", "Missing notification", "KD", "EDT - missing", [
        K("mis10", "Kayla was reported missing from Linnet Close by Pat Morrow at 23:00."),
    ], persons=[PK, PP])
    note("2024-08-04 17:45", "Found notification", "KD", "EDT - found", [
        K("fnd10", "British Transport Police found Kayla at Castlebridge Central station at 17:00 "
                   "and took her back to Pat's."),
    ], persons=[PK, PP])
    NE("2024-08-06 10:30", "Telephone call", "TB", "Call to grandmother",
       "Covering worker: Pat said Kayla had a new lanyard and a train ticket to Ashby in her "
       "pocket.", "train ticket", "Call to grandmother (covering worker)", persons=[PP])
    ev("rhi10", "2024-08-07", "Return home interview completed by Sam Keane", "return home interview",
       "missing")
    note("2024-08-07 16:00", "Return home interview", "LC", "RHI summary received", [
        K("rhi10", "Compass: return home interview completed at Pat's; Kayla said she was "
                   "\"bored\" and met friends in town."),
    ], persons=[PK, PCMP])
    NE("2024-08-09 14:00", "Home visit", "TB", "Visit at grandmother's",
       "Covering visit at Linnet Close; Kayla polite, said she misses Riley.", "misses Riley",
       "Covering worker's visit: Kayla says she misses Riley", cat="visit", persons=[PK, PP],
       seen="Yes - seen alone")
    NE("2024-08-13 12:00", "Telephone call", "TB", "Call to mother",
       "Rang Dawn, who is visiting Kayla at Pat's every other day with Riley.", "every other day",
       "Call to Dawn (covering worker)", persons=[PD])
    # --- M11
    ev("mis11", "2024-08-16", "Kayla reported missing from her grandmother's (21:45)", "reported missing",
       "missing")
    ev("fnd11", "2024-08-17", "Kayla returned to her grandmother's by herself (12:00)",
       "returned to Linnet Close", "missing")
    note("2024-08-16 22:10", "Missing notification", "SM", "EDT - missing", [
        K("mis11", "Kayla reported missing by Pat at 21:45."),
    ], persons=[PK, PP])
    note("2024-08-17 12:30", "Found notification", "SM", "EDT - returned", [
        K("fnd11", "Pat rang to say Kayla returned to Linnet Close by herself at 12:00."),
    ], persons=[PK, PP])
    NE("2024-08-19 09:30", "Telephone call", "HO", "Call to grandmother",
       "Back from leave. Pat told me Kayla \"was good as gold\" until Friday night.",
       "good as gold", "Call to grandmother on social worker's return", persons=[PP])
    ev("rhi11", "2024-08-20", "Return home interview offered; Kayla declined", "declined", "missing")
    note("2024-08-20 11:15", "Return home interview", "LC", "RHI outcome", [
        K("rhi11", "Compass: Kayla declined the offer of a return home interview by phone."),
    ], persons=[PK, PCMP])
    NE("2024-08-22 15:00", "Home visit", "HO", "Visit at grandmother's",
       "Visit to Kayla at Pat's: she has dyed her hair red and was pleased with it.",
       "dyed her hair", "Visit at grandmother's", cat="visit", persons=[PK, PP],
       seen="Yes - seen alone",
       more=["She said \"Connor's gone quiet, he's got a new girl.\" Pat thinks she is still in "
             "contact with others on Snapchat."])
    NE("2024-08-27 18:30", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla about her school uniform for Year 11.", "school uniform",
       "Text to Kayla about uniform", persons=[PK])
    NE("2024-08-29 13:20", "Telephone call", "HO", "Police CE team",
       "DC Rowe: the Canal Street address has been closed by a closure order.", "closure order",
       "Call from DC Rowe: closure order on Canal Street address", cat="police", persons=[PPOL])
    # --- M12
    ev("mis12", "2024-08-31", "Kayla reported missing from her grandmother's (22:00)", "reported missing",
       "missing")
    ev("fnd12", "2024-09-02", "Kayla found by police at Ashby retail park", "retail park", "missing")
    note("2024-08-31 22:30", "Missing notification", "KD", "EDT - missing", [
        K("mis12", "Kayla was reported missing by Pat at 22:00 on Saturday."),
    ], persons=[PK, PP])
    note("2024-09-02 10:40", "Found notification", "HO", "Found", [
        K("fnd12", "Wearvale Police found Kayla at 09:30 at the McDonald's on Ashby retail park; "
                   "she was brought back to Pat's."),
    ], persons=[PK, PPOL])
    ev("rhi12", "2024-09-03", "Return home interview offered; Kayla declined", "declined", "missing")
    note("2024-09-03 12:00", "Return home interview", "LC", "RHI outcome", [
        K("rhi12", "Compass: return home interview declined."),
    ], persons=[PK, PCMP])
    ev("y11", "2024-09-04", "Kayla attended the first day of Year 11", "first day of Year 11", "education")
    note("2024-09-04 16:00", "Telephone call", "HO", "School - start of term", [
        K("y11", "Joanne Pryce: Kayla attended the first day of Year 11 in full uniform."),
    ], persons=[PS])
    NE("2024-09-06 17:15", "Text message", "HO", "Text to Kayla",
       "Text message to Kayla saying well done for getting in all week.", "getting in all week",
       "Text to Kayla about school week", persons=[PK])
    ev("cin4", "2024-09-10", "Child in need review", "child in need review", "meeting")
    note("2024-09-10 10:00", "Meeting", "HO", "CIN review", [
        K("cin4", "Child in need review at Hollinside with Dawn, Pat, Joanne Pryce and Sam Keane."),
        "Risk remains high. Manager to consider a resource panel request for a placement away "
        "from the area if another serious episode happens.",
    ], persons=[PD, PP, PS, PCMP])
    # --- M13
    ev("mis13", "2024-09-13", "Kayla reported missing from her grandmother's (23:10)", "reported missing",
       "missing")
    ev("fnd13", "2024-09-14", "Kayla found by police at Tannery Court (09:00)", "Tannery Court", "missing")
    note("2024-09-13 23:30", "Missing notification", "SM", "EDT - missing", [
        K("mis13", "Kayla was reported missing by Pat at 23:10 on Friday night when she did not come in."),
    ], persons=[PK, PP])
    note("2024-09-14 09:40", "Found notification", "SM", "EDT - found", [
        K("fnd13", "PC Ellis found Kayla at Tannery Court at 09:00 with a group of older males."),
        "She was searched and had cash and a bag of cannabis; no arrest.",
    ], persons=[PK, PPOL])
    ev("rhi13", "2024-09-16", "Return home interview completed by Sam Keane", "return home interview",
       "missing")
    note("2024-09-16 16:30", "Return home interview", "LC", "RHI summary received", [
        K("rhi13", "Compass: return home interview completed at school."),
        "Kayla said she went to Tannery Court \"to pay something back\".",
    ], persons=[PK, PCMP])
    ev("mace3", "2024-09-17", "MACE meeting: risk high; placement away from area to be considered",
       "MACE", "meeting")
    note("2024-09-17 10:00", "Meeting", "HO", "MACE", [
        K("mace3", "MACE review: police report Tannery Court is still a hub; panel supports a "
                   "placement away from the area."),
    ], persons=[PPOL, PS, PCMP])
    ev("knife", "2024-09-19", "Lock knife found in Kayla's bag at school; police attended",
       "lock knife", "police", sig="key")
    ev("excl", "2024-09-19", "Kayla permanently excluded from Hollinside Academy", "permanently excluded",
       "education", sig="key")
    note("2024-09-19 11:30", "Telephone call", "HO", "School - knife", [
        K("knife", "Joanne Pryce rang at 11:05: a lock knife was found in Kayla's bag at 10:15 "
                   "after a tip-off from another student; PC Ellis attended at 10:40."),
        "Kayla said it was \"for protection\".",
    ], persons=[PS, PPOL])
    note("2024-09-19 15:45", "Telephone call", "HO", "School - exclusion", [
        K("excl", "Mr Okafor, headteacher, rang Dawn and me: Kayla has been permanently excluded."),
        "Letter to follow. The Bridge Centre will be asked to offer a place.",
    ], persons=[PD, "David OKAFOR (Headteacher)"])
    ev("rfar", "2024-09-23", "Home visit: residential placement discussed; Kayla fears she will be found anyway",
       "find me anyway", "visit", sig="key", quote="If I go far away they'll just come and find me anyway.")
    note("2024-09-23 16:00", "Home visit", "HO", "Home visit at grandmother's", [
        K("rfar", "Home visit at Pat's to talk about a residential placement; Kayla said \"If I go "
                  "far away they'll just come and find me anyway.\""),
        "Dawn and Pat both think she needs to be away from Castlebridge.",
    ], persons=[PK, PD, PP], seen="Yes - not alone")
    ev("volint", "2024-09-24", "Kayla attended a voluntary police interview about the knife",
       "voluntary interview", "police")
    note("2024-09-24 13:00", "Office visit", "HO", "Voluntary interview", [
        K("volint", "Kayla attended a voluntary interview at Castlebridge police station about the "
                    "knife, with Dawn and the duty solicitor."),
        "She answered questions and said she carries it because she is scared.",
    ], persons=[PK, PD, PPOL])
    ev("panel", "2024-09-26", "Resource panel approved a residential placement out of area",
       "resource panel", "process", sig="key")
    note("2024-09-26 14:30", "Case note", "GL", "Resource panel", [
        K("panel", "Resource panel approved a residential placement outside Castlebridge for Kayla "
                   "under section 20."),
    ])
    ev("s20", "2024-09-30", "Dawn signed section 20 consent", "section 20", "process", sig="key")
    note("2024-09-30 17:00", "Home visit", "HO", "Section 20 consent", [
        K("s20", "Dawn signed section 20 consent at Pat's this evening after we went through the "
                 "form together."),
        "Kayla stayed in the room and listened; she said she would \"give it a go\".",
    ], persons=[PD, PK, PP])
    ev("bridge", "2024-10-01", "Kayla started at the Bridge Centre (alternative provision)",
       "Bridge Centre", "education")
    note("2024-10-01 15:10", "Telephone call", "HO", "Bridge Centre", [
        K("bridge", "Kayla started at the Bridge Centre this morning; staff said she was quiet "
                    "but did some English."),
    ], persons=[PK])
    ev("pref", "2024-10-03", "Placement referral sent to the Placements Team and providers",
       "placement referral", "referral")
    note("2024-10-03 16:00", "Case note", "HO", "Placement referral", [
        K("pref", "Placement referral sent to Nina Fowler in the Placements Team for a search of "
                  "residential homes at least 60 miles away."),
    ])
    # --- M14
    ev("mis14", "2024-10-05", "Kayla reported missing from her grandmother's (20:40)", "reported missing",
       "missing")
    ev("fnd14", "2024-10-06", "Kayla returned to her grandmother's by herself (15:20)",
       "returned to Linnet Close", "missing")
    note("2024-10-05 21:00", "Missing notification", "KD", "EDT - missing", [
        K("mis14", "Kayla reported missing by Pat at 20:40."),
    ], persons=[PK, PP])
    note("2024-10-06 15:50", "Found notification", "KD", "EDT - returned", [
        K("fnd14", "Kayla returned to Linnet Close by herself at 15:20; she would not say where "
                   "she had been."),
    ], persons=[PK, PP])
    ev("gov", "2024-10-08", "Governors' discipline committee upheld the permanent exclusion",
       "governors", "education")
    note("2024-10-08 18:30", "Meeting", "HO", "Governors' meeting", [
        K("gov", "Attended the governors' discipline committee with Dawn; the governors upheld the "
                 "permanent exclusion."),
    ], persons=[PD])
    NE("2024-10-10 11:00", "Telephone call", "HO", "Placements Team",
       "Nina Fowler (Placements) said Brackenfell House in Kirkmoor has a bed and has asked for "
       "the risk assessment.", "has a bed", "Placements Team call: Brackenfell House has a vacancy",
       cat="placement")
    ev("offer", "2024-10-15", "Brackenfell House offered Kayla a place; offer accepted",
       "offered Kayla a place", "placement")
    note("2024-10-15 15:00", "Placement call", "HO", "Placement offer", [
        K("offer", "Liz Corrigan, registered manager, confirmed Brackenfell House has offered Kayla "
                   "a place; accepted by Gareth Lyle."),
    ], persons=[PBH])
    ev("ppv", "2024-10-17", "Pre-placement visit to Brackenfell House with Kayla", "pre-placement visit",
       "placement")
    note("2024-10-17 19:00", "Office visit", "HO", "Pre-placement visit", [
        K("ppv", "Pre-placement visit to Brackenfell House with Kayla and Pat: two-hour drive each "
                 "way, Kayla looked round and met her key worker Danny Shaw."),
        "She liked the pool table and the view over the fells.",
    ], persons=[PK, PP, PBH])
    ev("move", "2024-10-21", "Kayla moved to Brackenfell House, Kirkmoor (section 20)",
       "moved to Brackenfell House", "placement", sig="key")
    note("2024-10-21 18:30", "Case note", "HO", "Placement move", [
        K("move", "Kayla moved to Brackenfell House today; I drove her and Dawn came too."),
        "Kayla cried when Dawn left and then played pool with Danny.",
    ], persons=[PK, PD, PBH])
    ev("inf_sch", "2024-10-22", "Social worker informed Hollinside Academy of the placement move",
       "informed Hollinside", "education")
    note("2024-10-22 09:30", "Telephone call", "HO", "School informed", [
        K("inf_sch", "Informed Hollinside Academy and the Bridge Centre of the move by phone."),
    ], persons=[PS])
    ev("ppm", "2024-10-24", "Placement planning meeting at Brackenfell House", "placement planning meeting",
       "meeting")
    note("2024-10-24 11:00", "Meeting", "HO", "Placement planning meeting", [
        K("ppm", "Placement planning meeting at Brackenfell House with Liz Corrigan and Danny Shaw "
                 "(Teams for Dawn)."),
        "Phone contract agreed, curfew 9pm, Wi-Fi off at 11pm, education at the learning centre once "
        "enrolled.",
    ], persons=[PBH, PD])
    NE("2024-10-25 14:00", "Statutory visit", "HO", "First statutory visit",
       "First statutory visit at Brackenfell House: Kayla seen alone in her room.", "first statutory visit",
       "First statutory visit at Brackenfell House", cat="visit", quote="It's alright here but I miss Riley.",
       more=["She said \"It's alright here but I miss Riley.\""], persons=[PK, PBH],
       seen="Yes - seen alone", eid="sv_first")
    # --- M15 (same day)
    ev("mis15", "2024-10-26", "Kayla reported missing from Brackenfell House (19:30)", "reported missing",
       "missing", sig="key")
    ev("fnd15", "2024-10-26", "Kayla found at Kirkmoor rail station (23:40)", "Kirkmoor rail station",
       "missing", sig="key")
    note("2024-10-26 20:00", "Missing notification", "SM", "EDT - missing from placement", [
        K("mis15", "Kayla was reported missing to Kirkmoor & Fells Constabulary by Brackenfell House "
                   "staff at 19:30."),
    ], persons=[PK, PBH, PKF])
    note("2024-10-26 23:59", "Found notification", "SM", "EDT - found", [
        K("fnd15", "Kirkmoor & Fells officers found Kayla at 23:40 at Kirkmoor rail station trying "
                   "to get a train to Castlebridge."),
        "Staff collected her.",
    ], persons=[PK, PKF])
    ev("rhi15", "2024-10-28", "Return home interview completed by video (Compass)", "return home interview",
       "missing")
    note("2024-10-28 15:00", "Return home interview", "LC", "RHI summary received", [
        K("rhi15", "Compass: return home interview completed by video call; Kayla said she was "
                   "homesick, not meeting anyone."),
    ], persons=[PK, PCMP])
    NE("2024-10-29 10:15", "Placement call", "HO", "Placement call",
       "Placement call with Danny Shaw: Kayla has eaten with the group every evening since Sunday.",
       "eaten with the group", "Placement call: Kayla eating with the group", cat="placement",
       persons=[PBH])


def story_nov_jun():
    NE("2024-11-04 16:30", "Telephone call", "HO", "Call to mother",
       "Dawn said Kayla rings her every night from Brackenfell at about 8pm.", "every night from Brackenfell",
       "Call to Dawn: nightly calls from Kayla", persons=[PD])
    NE("2024-11-06 10:00", "Placement call", "HO", "Placement call",
       "Weekly placement call with Liz Corrigan: no incidents, Kayla baking with night staff.",
       "baking", "Weekly placement call: no incidents", cat="placement", persons=[PBH])
    # --- M16
    ev("mis16", "2024-11-09", "Kayla reported missing from Brackenfell House (16:00)", "reported missing",
       "missing", sig="key")
    ev("fnd16", "2024-11-10", "Kayla found at her mother's home in Sandpiper Walk (13:00)",
       "Sandpiper Walk", "missing", sig="key")
    note("2024-11-09 16:30", "Missing notification", "KD", "EDT - missing from placement", [
        K("mis16", "Brackenfell House: Kayla reported missing at 16:00 after leaving on a shopping "
                   "trip in Kirkmoor."),
    ], persons=[PK, PBH, PKF])
    note("2024-11-10 13:40", "Found notification", "KD", "EDT - found", [
        K("fnd16", "Dawn rang: Kayla turned up at 13:00 at the family home in Sandpiper Walk, "
                   "having got buses and a lift."),
        "Brackenfell staff drove down and collected her at 17:30.",
    ], persons=[PK, PD, PBH])
    ev("rhi16", "2024-11-12", "Return home interview completed by Sam Keane (video)", "return home interview",
       "missing")
    note("2024-11-12 16:00", "Return home interview", "LC", "RHI summary received", [
        K("rhi16", "Compass: return home interview completed by video; Kayla said a lad she knows "
                   "from Tannery Court paid for the lift."),
    ], persons=[PK, PCMP])
    NE("2024-11-14 14:30", "Statutory visit", "HO", "Statutory visit",
       "Statutory visit to Kayla at Brackenfell: she showed me her room and photos of Riley.",
       "photos of Riley", "Statutory visit at placement", cat="visit", persons=[PK, PBH],
       seen="Yes - seen alone")
    ev("lac1", "2024-11-18", "Initial looked after review chaired by IRO Carol Benn", "looked after review",
       "meeting", sig="key")
    note("2024-11-18 11:00", "LAC review", "CB", "Initial looked after review", [
        K("lac1", "Initial looked after review held at Brackenfell House, chaired by me, with Kayla, "
                  "Dawn (Teams), Liz Corrigan, Danny Shaw and Hannah Oduya."),
        "Care plan endorsed. Education placement a priority.",
    ], persons=[PK, PD, PBH])
    ev("mace4", "2024-11-19", "MACE meeting: risk reduced to medium-high after move", "MACE", "meeting",
       sig="key")
    note("2024-11-19 10:00", "Meeting", "HO", "MACE", [
        K("mace4", "MACE review (Teams): risk reduced to medium-high; Kirkmoor & Fells CE officer "
                   "now attending."),
    ], persons=[PPOL, PKF, PBH])
    NE("2024-11-22 12:00", "Text message", "HO", "Text to Kayla",
       "Text message from Kayla asking if she can go home for Christmas.", "home for Christmas",
       "Text from Kayla asking about Christmas", persons=[PK])
    ev("kfc_liaison", "2024-11-25", "Liaison call with Kirkmoor & Fells child exploitation officer",
       "exploitation officer", "police")
    note("2024-11-25 14:00", "Telephone call", "HO", "Kirkmoor police", [
        K("kfc_liaison", "Liaison call with PC Anwar, Kirkmoor & Fells child exploitation officer: "
                         "no local intelligence about Kayla so far."),
    ], persons=[PKF])
    # --- M17 (same day)
    ev("mis17", "2024-12-01", "Kayla reported missing from Brackenfell House (18:15)", "reported missing",
       "missing")
    ev("fnd17", "2024-12-01", "Kayla returned to Brackenfell House by herself (22:30)", "walked back",
       "missing")
    note("2024-12-01 18:40", "Missing notification", "SM", "EDT - missing from placement", [
        K("mis17", "Kayla reported missing by Brackenfell staff at 18:15 after she did not come "
                   "back from the shop."),
    ], persons=[PK, PBH])
    note("2024-12-01 22:50", "Found notification", "SM", "EDT - returned", [
        K("fnd17", "Kayla walked back into Brackenfell at 22:30 and said she had been at the park."),
    ], persons=[PK, PBH])
    NE("2024-12-03 10:00", "Placement call", "HO", "Placement call",
       "Placement call: Danny Shaw says Kayla was apologetic about Sunday and kept to curfew since.",
       "apologetic about Sunday", "Placement call after short missing episode", cat="placement",
       persons=[PBH])
    ev("iha", "2024-12-06", "Initial health assessment completed", "initial health assessment", "health")
    note("2024-12-06 15:00", "Health", "HO", "Initial health assessment", [
        K("iha", "Kayla attended her initial health assessment with Dr Mehta at Kirkmoor Health "
                 "Centre; asthma plan updated, immunisations up to date."),
    ], persons=[PK])
    NE("2024-12-11 14:00", "Statutory visit", "HO", "Statutory visit",
       "Statutory visit: planned the Christmas stay with Kayla and Liz Corrigan.", "planned the Christmas",
       "Statutory visit: Christmas stay planned", cat="visit", persons=[PK, PBH], seen="Yes - seen alone")
    NE("2024-12-17 11:30", "Telephone call", "HO", "Call to mother",
       "Dawn agreed the Christmas stay rules: Kayla at home from 24 to 27 December, in by 8pm.",
       "stay rules", "Call to Dawn agreeing Christmas stay rules", persons=[PD])
    ev("xmas", "2024-12-24", "Kayla went home to her mother's for a Christmas stay", "Christmas stay",
       "contact")
    note("2024-12-24 13:30", "Case note", "HO", "Christmas stay", [
        K("xmas", "Danny Shaw dropped Kayla at Sandpiper Walk at 12:45 for her Christmas stay."),
    ], persons=[PK, PD, PBH])
    # --- M18
    ev("mis18", "2024-12-26", "Kayla reported missing from her mother's during the Christmas stay (20:00)",
       "reported missing", "missing", sig="key")
    ev("fnd18", "2024-12-27", "Kayla found at Tannery Court (15:00)", "Tannery Court", "missing", sig="key")
    note("2024-12-26 20:30", "Missing notification", "KD", "EDT - missing", [
        K("mis18", "Kayla was reported missing by Dawn at 20:00 on Boxing Day after she went to see "
                   "\"a friend\" at 5pm."),
    ], persons=[PK, PD])
    note("2024-12-27 15:45", "Found notification", "KD", "EDT - found", [
        K("fnd18", "PC Ellis found Kayla at Tannery Court at 15:00; she was taken to Dawn's."),
    ], persons=[PK, PPOL])
    ev("back_bh", "2024-12-28", "Kayla returned to Brackenfell House early after the Christmas stay",
       "returned to Brackenfell", "placement")
    note("2024-12-28 14:00", "EDT contact", "KD", "Return to placement", [
        K("back_bh", "Staff drove Kayla back and she returned to Brackenfell at 13:30, a day early."),
    ], persons=[PK, PBH])
    note("2025-01-02 10:00", "Manager oversight", "GL", "Oversight", [
        K("mis18", "Missing on Boxing Day during the Christmas stay."),
        K("fnd18", "Found at Tannery Court, the same hub."),
        "Future home stays to be day visits only until the MACE reviews. Good engagement at "
        "Brackenfell otherwise.",
    ])
    NE("2025-01-06 14:30", "Statutory visit", "HO", "Statutory visit",
       "Statutory visit: Kayla quiet, said she knew going to Tannery Court was \"stupid\".",
       "was \"stupid\"", "Statutory visit after Christmas", cat="visit", persons=[PK, PBH],
       seen="Yes - seen alone")
    ev("blc", "2025-01-08", "Kayla started at Brackenfell Learning Centre", "Learning Centre", "education",
       sig="key")
    note("2025-01-08 16:00", "Placement call", "HO", "Education start", [
        K("blc", "Liz rang: Kayla started at Brackenfell Learning Centre today, 9.30 to 2.30."),
    ], persons=[PBH])
    NE("2025-01-13 10:00", "Placement call", "HO", "Placement call",
       "Weekly placement call: full attendance at the learning centre in the first week.",
       "full attendance", "Placement call: full attendance at learning centre", cat="placement",
       persons=[PBH])
    # --- M19
    ev("mis19", "2025-01-18", "Kayla reported missing from Brackenfell House (21:00)", "reported missing",
       "missing")
    ev("fnd19", "2025-01-19", "Kayla returned to Brackenfell House by taxi (10:45)", "by taxi", "missing")
    note("2025-01-18 21:20", "Missing notification", "SM", "EDT - missing from placement", [
        K("mis19", "Kayla reported missing by Brackenfell at 21:00 after not returning from a "
                   "friend's in Kirkmoor."),
    ], persons=[PK, PBH])
    note("2025-01-19 11:10", "Found notification", "SM", "EDT - returned", [
        K("fnd19", "Kayla came back to Brackenfell by taxi at 10:45; staff paid the fare."),
    ], persons=[PK, PBH])
    ev("rhi19", "2025-01-21", "Return home interview completed (video)", "return home interview",
       "missing")
    note("2025-01-21 15:00", "Return home interview", "LC", "RHI summary received", [
        K("rhi19", "Compass: return home interview completed; Kayla said she stayed at a local "
                   "girl's house and \"fell asleep\"."),
    ], persons=[PK, PCMP])
    ev("pep1", "2025-01-28", "Personal education plan (PEP) meeting", "PEP meeting", "education")
    note("2025-01-28 11:00", "Meeting", "HO", "PEP", [
        K("pep1", "PEP meeting at Brackenfell Learning Centre with the virtual school; targets "
                  "set for Functional Skills maths and English."),
    ], persons=[PK, PBH])
    ev("lac2", "2025-02-11", "Second looked after review", "looked after review", "meeting")
    note("2025-02-11 11:00", "LAC review", "CB", "Second looked after review", [
        K("lac2", "Second looked after review: Kayla attended and chaired part of it herself."),
        "Care plan continues. Consider contact plan with Shaun Morrow if Kayla wants it.",
    ], persons=[PK, PBH, PD])
    # --- M20
    ev("mis20", "2025-02-14", "Kayla reported missing from Brackenfell House (21:00)", "reported missing",
       "missing", sig="key")
    ev("fnd20", "2025-02-15", "Kayla found at an address on the Fellgate estate, Kirkmoor, with two adult males (02:30)",
       "Fellgate", "exploitation", sig="key")
    note("2025-02-14 21:30", "Missing notification", "KD", "EDT - missing from placement", [
        K("mis20", "Kayla reported missing by Brackenfell House at 21:00; she left after a "
                   "phone call at 19:40."),
    ], persons=[PK, PBH, PKF])
    note("2025-02-15 03:15", "Found notification", "KD", "EDT - found", [
        K("fnd20", "Kirkmoor & Fells officers found Kayla at 02:30 at a flat on the Fellgate "
                   "estate with two adult males; both arrested."),
        "Kayla was intoxicated and was checked by paramedics, then taken back to Brackenfell.",
    ], persons=[PK, PKF])
    ev("sd4", "2025-02-17", "Strategy discussion after Fellgate episode", "strategy discussion",
       "meeting", sig="key")
    note("2025-02-17 11:00", "Strategy discussion", "HO", "Strategy discussion", [
        K("sd4", "Strategy discussion with Kirkmoor & Fells CE team, Brackenfell and Gareth Lyle."),
        K("fnd20", "Police said the Fellgate flat is linked to a local supply network."),
        "Section 47 (CSE/CCE) in the new area; ABE to be offered; MACE tomorrow.",
    ], persons=[PKF, PBH])
    ev("mace5", "2025-02-18", "MACE meeting: risk raised to high again after Fellgate", "MACE", "meeting")
    note("2025-02-18 10:00", "Meeting", "HO", "MACE", [
        K("mace5", "MACE review: risk raised to high again after Saturday; joint disruption plan "
                   "with Kirkmoor & Fells."),
    ], persons=[PPOL, PKF, PBH])
    NE("2025-02-19 14:00", "Statutory visit", "HO", "Statutory visit",
       "Statutory visit to Brackenfell after the Fellgate incident; Kayla seen alone.",
       "after the Fellgate incident", "Statutory visit after the Fellgate incident", cat="visit",
       quote="I thought they were my mates. They were just the same as Ashby.",
       more=["She said \"I thought they were my mates. They were just the same as Ashby.\""],
       persons=[PK, PBH], seen="Yes - seen alone")
    ev("rhi20", "2025-02-20", "Return home interview completed (video)", "return home interview",
       "missing")
    note("2025-02-20 16:00", "Return home interview", "LC", "RHI summary received", [
        K("rhi20", "Compass: return home interview completed; Kayla named one of the men and "
                   "agreed it could be shared with police."),
    ], persons=[PK, PCMP])
    ev("abe2", "2025-02-24", "Kayla gave an ABE interview to Kirkmoor & Fells officers", "ABE interview",
       "police", sig="key")
    note("2025-02-24 16:30", "Case note", "HO", "ABE", [
        K("abe2", "Kayla gave an ABE interview today at Kirkmoor, supported by Danny Shaw."),
    ], persons=[PK, PKF])
    ev("coast", "2025-03-08", "Placement trip to the coast with staff", "trip to the coast", "placement")
    ev("fsmaths", "2025-03-10", "Kayla sat her Functional Skills Level 1 maths exam", "maths exam",
       "education")
    ev("snap", "2025-03-11", "Kayla told her key worker she was being messaged on Snapchat to return to Castlebridge",
       "Snapchat", "disclosure", sig="key")
    ev("video", "2025-03-12", "Family time by video call with Dawn and Riley", "video call", "contact")
    note("2025-03-12 12:10", "Placement call", "HO", "Placement call", [
        K("snap", "Danny Shaw rang: last night Kayla told him an unknown Snapchat account has been "
                  "messaging her to come back to Castlebridge."),
        "She showed staff the messages and agreed to block the account; screenshots to police.",
    ], persons=[PBH])
    note("2025-03-17 10:00", "Manager oversight", "GL", "Oversight", [
        K("snap", "Kayla disclosed the Snapchat messages herself - a real shift."),
        K("fsmaths", "Maths exam sat last week."),
        "Keep the MACE informed; ensure the Snapchat account details reach Wearvale intelligence.",
    ])
    NE("2025-03-19 14:00", "Statutory visit", "HO", "Statutory visit",
       "Statutory visit: Kayla proud of the maths exam and planning a college course.",
       "college course", "Statutory visit: Kayla planning for college", cat="visit", persons=[PK, PBH],
       seen="Yes - seen alone")
    # --- M21 (same day)
    ev("mis21", "2025-03-22", "Kayla reported missing from Brackenfell House (17:30)", "reported missing",
       "missing")
    ev("fnd21", "2025-03-22", "Kayla returned to Brackenfell House (23:55)", "came back at 23:55", "missing")
    note("2025-03-22 18:00", "Missing notification", "SM", "EDT - missing from placement", [
        K("mis21", "Kayla reported missing by staff at 17:30 after an argument about her phone."),
    ], persons=[PK, PBH])
    note("2025-03-23 00:20", "Found notification", "SM", "EDT - returned", [
        K("fnd21", "Brackenfell: Kayla came back at 23:55 on Saturday night, cold and hungry."),
    ], persons=[PK, PBH])
    ev("nrm_cg", "2025-04-03", "NRM positive conclusive grounds decision received", "conclusive grounds",
       "process", sig="key")
    note("2025-04-03 11:00", "Case note", "LC", "NRM decision", [
        K("nrm_cg", "Positive conclusive grounds decision received from the Single Competent "
                    "Authority."),
    ])
    ev("cps", "2025-04-15", "CPS decided no further action on the May 2024 drugs arrest", "no further action",
       "police", sig="key")
    note("2025-04-15 15:30", "Telephone call", "HO", "Police - CPS decision", [
        K("cps", "DC Rowe rang: the CPS has decided on no further action against Kayla for the "
                 "Canal Street arrest, citing the NRM decision."),
    ], persons=[PPOL])
    NE("2025-04-24 14:00", "Statutory visit", "HO", "Statutory visit",
       "Statutory visit: told Kayla about the CPS decision; she hugged Danny.", "hugged Danny",
       "Statutory visit: CPS decision shared with Kayla", cat="visit", persons=[PK, PBH],
       seen="Yes - seen alone")
    # --- M22
    ev("mis22", "2025-05-10", "Kayla reported missing from Brackenfell House (20:15)", "reported missing",
       "missing")
    ev("fnd22", "2025-05-11", "Kayla returned to Brackenfell House with a friend's mother (11:00)",
       "friend's mother", "missing")
    note("2025-05-10 20:40", "Missing notification", "KD", "EDT - missing from placement", [
        K("mis22", "Kayla reported missing by Brackenfell at 20:15."),
    ], persons=[PK, PBH])
    note("2025-05-11 11:30", "Found notification", "KD", "EDT - returned", [
        K("fnd22", "A friend's mother drove Kayla back to Brackenfell at 11:00; she had stayed "
                   "over without permission."),
    ], persons=[PK, PBH])
    ev("mace6", "2025-05-20", "MACE meeting: risk reduced to medium", "MACE", "meeting", sig="key")
    note("2025-05-20 10:00", "Meeting", "HO", "MACE", [
        K("mace6", "MACE review: risk reduced to medium; no Castlebridge contact for two months."),
    ], persons=[PPOL, PKF, PBH])
    ev("openday", "2025-06-12", "Kayla attended Kirkmoor College open day", "open day", "education")
    note("2025-06-12 17:00", "Placement call", "HO", "College open day", [
        K("openday", "Danny rang: Kayla went to the Kirkmoor College open day and applied for the "
                     "hair and beauty course."),
    ], persons=[PBH])
    NE("2025-06-24 14:00", "Statutory visit", "HO", "Statutory visit",
       "Statutory visit: Kayla showed me her college acceptance email.", "acceptance email",
       "Statutory visit: college acceptance", cat="visit",
       quote="It's quiet here. I can actually sleep.",
       more=["Asked what had changed, she said \"It's quiet here. I can actually sleep.\""],
       persons=[PK, PBH], seen="Yes - seen alone")
    note("2025-06-26 10:00", "Manager oversight", "GL", "Oversight", [
        K("mace6", "Risk reduced to medium at MACE in May."),
        "Care plan: remain at Brackenfell and start at Kirkmoor College on 03/09/2025.",
        "Next looked after review booked for 05/08/2025; PEP meeting on 09/07/2025; MACE review "
        "on 19/08/2025.",
        "Summer stay at home with Dawn and Riley to start on 26/07/2025 if the June plan holds.",
    ])


PMAP = {"K": PK, "D": PD, "P": PP, "BH": PBH, "POL": PPOL, "KF": PKF, "CMP": PCMP, "S": PS,
        "R": PR, "L": PL}

# routine notes: (when, type, author, subject, body, key phrase, summary, category, persons)
ROUTINE = [
    ("2024-02-22 17:20", "Text message", "HO", "Text to Kayla",
     "Sent Kayla a text message with the Childline number and the Compass drop-in times.",
     "Childline number", "Text to Kayla with Childline and Compass details", "contact", "K"),
    ("2024-02-23 11:00", "Telephone call", "HO", "Compass",
     "Spoke to Sam Keane at Compass to agree that she will try to meet Kayla at school after half "
     "term.", "after half term", "Call with Compass RHI worker", "contact", "CMP"),
    ("2024-02-29 10:30", "Telephone call", "HO", "School update",
     "Joanne Pryce updated me that Kayla has been in every day this week and handed her phone in.",
     "every day this week", "School update: full attendance this week", "education", "S"),
    ("2024-03-05 16:10", "Telephone call", "HO", "Call to mother",
     "Rang Dawn to check the curfew: she said Kayla has been in by 9pm most nights but is on her "
     "phone until 3am.", "until 3am", "Call to Dawn about curfew", "contact", "D"),
    ("2024-03-19 12:00", "Telephone call", "HO", "Call to mother",
     "Dawn rang to say Kayla has been helpful at home during the suspension and cooked tea last "
     "night.", "cooked tea", "Call from Dawn during suspension", "contact", "D"),
    ("2024-03-26 17:30", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla confirming I will see her on Thursday with the assessment.",
     "with the assessment", "Text to Kayla about the assessment", "contact", "K"),
    ("2024-04-03 15:00", "Telephone call", "HO", "Police",
     "PC Ellis (neighbourhood) phoned: Tannery Court will have extra patrols over Easter.",
     "extra patrols", "Police call: extra patrols at Tannery Court", "police", "POL"),
    ("2024-04-10 11:30", "Telephone call", "HO", "Call to father",
     "Telephone call to Shaun Morrow (father) in Ashby; he said he has not seen Kayla since "
     "Christmas and did not know she had been in Ashby.", "Shaun Morrow", "Call to Kayla's father",
     "contact", "K"),
    ("2024-04-12 16:20", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla with the date of the MACE meeting and asking for her views.",
     "asking for her views", "Text to Kayla asking for her views for MACE", "contact", "K"),
    ("2024-04-24 14:00", "Telephone call", "HO", "School update",
     "School update: Kayla has had three detentions this week for refusing to hand in her phone.",
     "three detentions", "School update: detentions", "education", "S"),
    ("2024-05-02 16:45", "Home visit", "HO", "Home visit",
     "Home visit: Kayla was making TikTok videos with Riley and let me watch.", "TikTok videos",
     "Home visit: Kayla and Riley seen", "visit", "K"),
    ("2024-05-16 12:30", "Telephone call", "HO", "Call to mother",
     "Call with Dawn, who is worried about money since Lee moved out last week.", "Lee moved out",
     "Call to Dawn: Lee Harker has moved out", "contact", "D"),
    ("2024-05-22 17:00", "Text message", "HO", "Text from Kayla",
     "Kayla sent a text message asking whether I had told her mum about the implant.",
     "about the implant", "Text from Kayla about the school nurse", "contact", "K"),
    ("2024-06-13 10:00", "Telephone call", "HO", "Compass",
     "Sam Keane rang to say Kayla has agreed to weekly sessions on healthy relationships.",
     "healthy relationships", "Compass: Kayla agrees to relationship sessions", "contact", "CMP"),
    ("2024-06-20 15:30", "Home visit", "HO", "Home visit",
     "Home visit: Kayla talked about her Year 10 mocks and wanting to be a hairdresser.",
     "be a hairdresser", "Home visit: Kayla talks about her future", "visit", "K"),
    ("2024-06-26 11:15", "Telephone call", "HO", "Police CE team",
     "DC Rowe phoned: Connor Blake has been charged with driving offences only.",
     "driving offences", "Police: Connor Blake charged with driving offences", "police", "POL"),
    ("2024-07-02 12:00", "Telephone call", "HO", "School update",
     "Joanne Pryce: Kayla's attendance for the summer term is 58%.", "58%",
     "School update: attendance 58%", "education", "S"),
    ("2024-07-19 16:00", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla on the last day of term wishing her a good summer at Pat's.",
     "last day of term", "Text to Kayla at end of term", "contact", "K"),
    ("2024-07-24 13:00", "Telephone call", "HO", "Call to mother",
     "Dawn said she feels guilty Kayla is at Pat's but admits she is sleeping better.",
     "feels guilty", "Call to Dawn about Kayla living with Pat", "contact", "D"),
    ("2024-08-14 15:30", "Home visit", "TB", "Visit at grandmother's",
     "Covering home visit: Kayla showed me a certificate from the Compass summer cooking course.",
     "cooking course", "Covering visit: Kayla completed cooking course", "visit", "K"),
    ("2024-08-23 11:00", "Telephone call", "HO", "Compass",
     "Sam Keane said Kayla missed two summer sessions but attended the trip to the climbing wall.",
     "climbing wall", "Compass update: climbing wall trip", "contact", "CMP"),
    ("2024-08-28 16:15", "Home visit", "HO", "Visit at grandmother's",
     "Visit to Pat's to go through Year 11 options with Kayla, who wants to do hair and beauty.",
     "Year 11 options", "Visit: Year 11 options discussed", "visit", "K"),
    ("2024-09-05 10:00", "Telephone call", "HO", "Call to grandmother",
     "Pat said Kayla is going to bed early and seems tired after school every day.",
     "going to bed early", "Call to grandmother: Kayla tired after school", "contact", "P"),
    ("2024-09-09 16:45", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla reminding her of the review meeting tomorrow.", "review meeting tomorrow",
     "Text to Kayla about the review meeting", "contact", "K"),
    ("2024-09-12 14:10", "Telephone call", "HO", "School update",
     "Val Hirst rang: Kayla has missed three mornings in the first full week of term.",
     "three mornings", "School update: missed mornings", "education", "S"),
    ("2024-09-25 12:30", "Telephone call", "HO", "Call to mother",
     "Dawn agreed in principle to Kayla going to a residential home \"if it keeps her alive\".",
     "if it keeps her alive", "Call to Dawn about residential placement", "contact", "D"),
    ("2024-10-02 17:40", "Text message", "HO", "Text from Kayla",
     "Text message from Kayla: \"bridge is boring but the staff r ok\".", "the staff r ok",
     "Text from Kayla about the Bridge Centre", "contact", "K"),
    ("2024-10-07 10:20", "Telephone call", "HO", "Bridge Centre",
     "The Bridge Centre said Kayla attended four of five days last week.", "four of five days",
     "Bridge Centre attendance update", "education", "K"),
    ("2024-10-09 15:00", "Home visit", "HO", "Visit at grandmother's",
     "Visit to Kayla at Pat's with the Brackenfell House brochure; she looked at the photos for a "
     "long time.", "brochure", "Visit: Brackenfell brochure shared with Kayla", "visit", "K"),
    ("2024-10-16 16:30", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla about tomorrow's pre-placement trip and what to bring.", "what to bring",
     "Text to Kayla about the pre-placement visit", "contact", "K"),
    ("2024-10-18 11:00", "Telephone call", "HO", "Call to mother",
     "Telephone call to Dawn to plan packing and the drive on Monday.", "plan packing",
     "Call to Dawn to plan the move", "contact", "D"),
    ("2024-10-31 10:30", "Placement call", "HO", "Placement call",
     "Placement call with Liz Corrigan: Kayla went trick-or-treating with two staff and returned "
     "on time.", "trick-or-treating", "Placement call: Halloween outing", "placement", "BH"),
    ("2024-11-01 17:00", "Text message", "HO", "Text from Kayla",
     "Kayla sent a text message asking for her boxing gloves to be sent up.", "boxing gloves",
     "Text from Kayla asking for her boxing gloves", "contact", "K"),
    ("2024-11-08 11:20", "Telephone call", "HO", "Virtual school",
     "Call with the virtual school: an education place at Brackenfell Learning Centre needs a "
     "funding agreement.", "funding agreement", "Virtual school call about education funding",
     "education", "K"),
    ("2024-11-13 10:00", "Placement call", "HO", "Placement call",
     "Weekly placement call: Kayla had a calm week after Sunday and is sleeping through.",
     "sleeping through", "Weekly placement call: calm week", "placement", "BH"),
    ("2024-11-15 15:00", "Telephone call", "HO", "Call to mother",
     "Rang Dawn to explain the looked after review on Monday and how to join on Teams.",
     "join on Teams", "Call to Dawn about the looked after review", "contact", "D"),
    ("2024-11-20 10:00", "Placement call", "HO", "Placement call",
     "Liz Corrigan said Kayla wrote a letter to Riley for his birthday next month.",
     "letter to Riley", "Placement call: Kayla writes to Riley", "placement", "BH"),
    ("2024-11-29 14:30", "Telephone call", "CB", "IRO contact",
     "IRO telephone call to Kayla to follow up her review; she wants more phone time with Dawn.",
     "more phone time", "IRO call to Kayla after review", "contact", "K"),
    ("2024-12-04 10:00", "Placement call", "HO", "Placement call",
     "Weekly placement call: Kayla joined the Christmas wreath-making in the village hall.",
     "wreath-making", "Placement call: wreath-making activity", "placement", "BH"),
    ("2024-12-09 16:00", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla asking what she would like for Christmas from the team.",
     "for Christmas from the team", "Text to Kayla about Christmas present", "contact", "K"),
    ("2024-12-13 11:00", "Telephone call", "HO", "Compass",
     "Sam Keane and I agreed Compass will continue by video until the spring.", "continue by video",
     "Compass to continue by video", "contact", "CMP"),
    ("2024-12-19 10:30", "Placement call", "HO", "Placement call",
     "Placement call: Kayla helped run the Brackenfell Christmas quiz and won a prize.",
     "Christmas quiz", "Placement call: Christmas quiz", "placement", "BH"),
    ("2024-12-30 12:00", "Telephone call", "HO", "Call to mother",
     "Spoke with Dawn after the Christmas stay; she said Boxing Day \"broke my heart\".",
     "broke my heart", "Call to Dawn after the Christmas stay", "contact", "D"),
    ("2025-01-03 10:00", "Placement call", "HO", "Placement call",
     "Placement call: Kayla has been low since coming back and spent New Year with staff.",
     "New Year with staff", "Placement call: Kayla low after Christmas", "placement", "BH"),
    ("2025-01-10 16:40", "Text message", "HO", "Text from Kayla",
     "Text message from Kayla with a photo of her first piece of coursework.", "first piece of coursework",
     "Text from Kayla about coursework", "contact", "K"),
    ("2025-01-15 11:00", "Telephone call", "HO", "Call to mother",
     "Telephone call to Dawn: she has started a parenting course at the family hub.", "parenting course",
     "Call to Dawn: parenting course", "contact", "D"),
    ("2025-01-20 10:00", "Placement call", "HO", "Placement call",
     "Placement call after the weekend: staff have agreed a safety plan for Kirkmoor town centre.",
     "safety plan for Kirkmoor", "Placement call: safety plan agreed", "placement", "BH"),
    ("2025-01-27 16:15", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla about tomorrow's PEP so she can think about her targets.",
     "think about her targets", "Text to Kayla about the PEP", "contact", "K"),
    ("2025-01-30 14:00", "Statutory visit", "HO", "Statutory visit",
     "Statutory visit: Kayla baked cookies for my visit and talked about her learning centre tutor.",
     "baked cookies", "Statutory visit: Kayla settled", "visit", "K"),
    ("2025-02-05 10:00", "Placement call", "HO", "Placement call",
     "Weekly placement call: Kayla has joined a Friday youth club in the village.",
     "Friday youth club", "Placement call: Kayla joins youth club", "placement", "BH"),
    ("2025-02-07 15:20", "Telephone call", "HO", "Call to father",
     "Rang Shaun Morrow, who would like to send Kayla a letter; I agreed to pass it on if Kayla "
     "wants.", "send Kayla a letter", "Call to father about a letter", "contact", "K"),
    ("2025-02-10 17:00", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla reminding her she can chair part of her review tomorrow.",
     "chair part of her review", "Text to Kayla before her review", "contact", "K"),
    ("2025-02-21 11:00", "Telephone call", "HO", "Call to mother",
     "Rang Dawn to explain the Fellgate incident; she said she would visit next month.",
     "visit next month", "Call to Dawn about the Fellgate incident", "contact", "D"),
    ("2025-02-26 10:00", "Placement call", "HO", "Placement call",
     "Placement call: extra waking night staff agreed for two weeks.", "waking night staff",
     "Placement call: extra night staff", "placement", "BH"),
    ("2025-03-03 14:00", "Telephone call", "HO", "Kirkmoor police",
     "PC Anwar confirmed both Fellgate men remain on bail with conditions not to contact Kayla.",
     "remain on bail", "Police update: Fellgate men on bail", "police", "KF"),
    ("2025-03-05 16:30", "Text message", "HO", "Text from Kayla",
     "Text message from Kayla: \"got my maths exam next week im bricking it\".", "im bricking it",
     "Text from Kayla about her maths exam", "contact", "K"),
    ("2025-03-26 10:00", "Placement call", "HO", "Placement call",
     "Placement call: phone contract reviewed after Saturday; Kayla agreed to hand her phone in at "
     "10pm.", "hand her phone in at 10pm", "Placement call: phone contract reviewed", "placement", "BH"),
    ("2025-03-28 15:00", "Telephone call", "HO", "Compass",
     "Sam Keane said Kayla asked to finish Compass sessions by Easter because she is \"doing "
     "fine\".", "finish Compass sessions", "Compass call: Kayla wants to finish sessions", "contact", "CMP"),
    ("2025-04-01 11:00", "Telephone call", "HO", "Call to mother",
     "Telephone call to Dawn about Easter: she will visit Brackenfell with Riley for the day.",
     "for the day", "Call to Dawn about Easter day visit", "contact", "D"),
    ("2025-04-10 10:00", "Placement call", "HO", "Placement call",
     "Weekly placement call: Kayla has been made a peer mentor at the learning centre.",
     "peer mentor", "Placement call: Kayla made a peer mentor", "placement", "BH"),
    ("2025-04-17 15:30", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla saying how pleased I was about the CPS news.", "CPS news",
     "Text to Kayla about the CPS decision", "contact", "K"),
    ("2025-04-29 10:00", "Placement call", "HO", "Placement call",
     "Placement call: Kayla celebrated turning 16 with staff and a pizza night.", "pizza night",
     "Placement call: Kayla's 16th birthday celebrated", "placement", "BH"),
    ("2025-05-06 16:00", "Text message", "HO", "Text from Kayla",
     "Text message from Kayla sending her college application for me to read.", "college application",
     "Text from Kayla about college application", "contact", "K"),
    ("2025-05-14 14:00", "Statutory visit", "HO", "Statutory visit",
     "Statutory visit after the weekend; Kayla admitted she \"just wanted a normal sleepover\".",
     "normal sleepover", "Statutory visit after the May missing episode", "visit", "K"),
    ("2025-05-19 11:00", "Telephone call", "HO", "Call to mother",
     "Spoke to Dawn before MACE; she said Kayla sounds \"like my girl again\".", "like my girl again",
     "Call to Dawn before MACE", "contact", "D"),
    ("2025-05-28 10:00", "Placement call", "HO", "Placement call",
     "Placement call: Kayla went to her first driving theory lesson online.", "driving theory",
     "Placement call: driving theory lesson", "placement", "BH"),
    ("2025-06-05 15:00", "Telephone call", "HO", "Virtual school",
     "Virtual school confirmed a bursary for Kayla's college kit if she gets a place.", "bursary",
     "Virtual school call: college bursary", "education", "K"),
    ("2025-06-16 10:00", "Placement call", "HO", "Placement call",
     "Placement call: no missing episodes for five weeks; staff noticing Kayla is more open.",
     "five weeks", "Placement call: no missing episodes for five weeks", "placement", "BH"),
    ("2025-06-19 16:30", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla to arrange my visit next Tuesday.", "next Tuesday",
     "Text to Kayla arranging a visit", "contact", "K"),
]


# notes that record two happenings: the call itself and something that happened earlier
def story_double():
    pairs = [
        ("2024-03-25 11:30", "Telephone call", "D", "Call from mother",
         "Dawn rang this morning about the weekend.", "rang this morning", "Call from Dawn about the weekend",
         "2024-03-23", "Kayla came home at 1am with a cut lip", "cut lip",
         "She said that on Saturday night Kayla came home at 1am with a cut lip and would not say "
         "who did it."),
        ("2024-06-17 12:00", "Telephone call", "P", "Call from grandmother",
         "Pat rang me for a catch-up.", "catch-up", "Call from grandmother",
         "2024-06-14", "Kayla stayed overnight with her grandmother", "stayed with Pat",
         "Kayla stayed with Pat on Friday night as planned and was \"lovely\", watching films."),
        ("2024-08-12 10:00", "Telephone call", "P", "Call to grandmother",
         "Covering worker rang Pat for an update.", "rang Pat for an update", "Call to grandmother (covering)",
         "2024-08-08", "Kayla had a panic attack at her grandmother's", "panic attack",
         "Pat said Kayla had a panic attack last Thursday evening after a message on her phone and "
         "Pat sat with her until it passed."),
        ("2024-10-14 09:45", "Telephone call", "P", "Call to grandmother",
         "Telephone call to Pat to prepare for the offer decision.", "offer decision",
         "Call to grandmother about the placement", "2024-10-12",
         "Kayla helped at the church coffee morning", "coffee morning",
         "Pat said Kayla helped at the church coffee morning on Saturday and chatted to the older "
         "ladies."),
        ("2024-11-27 10:00", "Placement call", "BH", "Placement call",
         "Weekly placement call with Liz Corrigan.", "Weekly placement call with Liz",
         "Weekly placement call", "2024-11-26", "Kayla punched a door at Brackenfell House after a phone call",
         "punched a door",
         "Yesterday evening Kayla punched a door and cracked the panel after a phone call with "
         "Dawn; no injury."),
        ("2025-01-24 10:30", "Placement call", "BH", "Placement call",
         "Placement call with Danny Shaw.", "Placement call with Danny", "Placement call",
         "2025-01-22", "Kayla's phone confiscated overnight after a 2am video call", "confiscated",
         "On Wednesday night Kayla's phone was confiscated after staff heard a video call at 2am with "
         "a male voice."),
        ("2025-02-03 10:00", "Placement call", "BH", "Placement call",
         "Placement call with Liz Corrigan to start the week.", "to start the week", "Placement call",
         "2025-01-31", "Kayla attended a dental check-up", "dental check-up",
         "Kayla went to her dental check-up on Friday and needs two fillings."),
        ("2025-04-08 10:00", "Placement call", "BH", "Placement call",
         "Weekly placement call, Liz Corrigan.", "Weekly placement call, Liz", "Weekly placement call",
         "2025-04-05", "Kayla went to the cinema in Kirkmoor with peers and returned on time", "cinema",
         "On Saturday Kayla went to the cinema in Kirkmoor with two girls from the learning centre "
         "and was back on time."),
        ("2025-05-13 10:00", "Placement call", "BH", "Placement call",
         "Placement call with Danny Shaw after the weekend.", "after the weekend", "Placement call",
         "2025-05-12", "Kayla told her key worker Connor Blake had messaged her on Instagram",
         "Instagram",
         "Yesterday Kayla told Danny that Connor Blake had messaged her on Instagram and she had "
         "blocked him."),
        ("2025-06-03 11:00", "Telephone call", "D", "Call to mother",
         "Telephone call to Dawn.", "Telephone call to Dawn", "Call to Dawn",
         "2025-06-01", "Family time at Brackenfell House with Dawn and Riley", "family time",
         "Dawn said the family time at Brackenfell on Sunday with Riley was the best day they have "
         "had in a year."),
    ]
    for (when, ntype, who, subj, body, kp, summ, d2, summ2, kp2, text2) in pairs:
        eid = f"r{len(NOTES) + 1:03d}"
        ev(eid, when[:10], summ, kp, "contact" if ntype != "Placement call" else "placement")
        eid2 = ev(f"x{d2}", d2, summ2, kp2, "incident" if "punched" in summ2 else "contact")
        note(when, ntype, "TB" if "Covering" in body else "HO", subj,
             [K(eid, body), K(eid2, text2)], persons=[PMAP[who]])


def story_routine():
    for (when, ntype, author, subj, body, kp, summ, cat, who) in ROUTINE:
        NE(when, ntype, author, subj, body, kp, summ, cat=cat,
           persons=[PMAP[w] for w in who.split(",")],
           seen="Yes - seen alone" if ntype in ("Home visit", "Statutory visit") else None)

ROUTINE += [
    ("2024-02-13 12:40", "Telephone call", "HO", "Call to mother",
     "Dawn rang to ask what Kayla had said at school yesterday; I explained what I could share.",
     "what I could share", "Call from Dawn about the school visit", "contact", "D"),
    ("2024-03-07 11:30", "Telephone call", "HO", "School update",
     "Mr Aziz said Kayla was seen on the school field on her phone during period 3 instead of "
     "PE.", "instead of PE", "School update: Kayla out of lesson", "education", "S"),
    ("2024-04-19 15:10", "Telephone call", "HO", "Compass",
     "Compass agreed to offer Kayla a female worker for direct work on exploitation.",
     "female worker", "Compass: female worker offered", "contact", "CMP"),
    ("2024-05-24 16:00", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla thanking her for coming into the review even briefly.",
     "even briefly", "Text to Kayla after the CIN review", "contact", "K"),
    ("2024-05-30 13:30", "Telephone call", "HO", "Police",
     "PS Dunne (missing persons coordinator) called to add Kayla to the Philomena protocol with a "
     "recent photo.", "Philomena protocol", "Police: Kayla added to the Philomena protocol",
     "police", "POL"),
    ("2024-06-28 12:00", "Telephone call", "HO", "Call to mother",
     "Rang Dawn about a window lock for Kayla's bedroom; the council repairs team will fit it.",
     "window lock", "Call to Dawn about a window lock", "contact", "D"),
    ("2024-07-04 10:45", "Telephone call", "HO", "Riverside Clinic",
     "Riverside Clinic confirmed Kayla's test results were clear and the implant is booked.",
     "test results", "Clinic: Kayla's test results clear", "health", "K"),
    ("2024-07-26 12:20", "Telephone call", "HO", "Police CE team",
     "DC Rowe said the three adults from Canal Street have been charged with supply offences.",
     "charged with supply", "Police: Canal Street adults charged", "police", "POL"),
    ("2024-08-02 16:50", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla with Tom Birch's number for while I am away.", "Tom Birch's number",
     "Text to Kayla with covering worker's number", "contact", "K"),
    ("2024-08-15 11:00", "Telephone call", "TB", "Compass",
     "Covering worker spoke to Compass, who said Kayla attended the beach trip with the youth "
     "group.", "beach trip", "Compass: beach trip attended", "contact", "CMP"),
    ("2024-09-18 15:40", "Telephone call", "HO", "Call to grandmother",
     "Pat said Kayla came home on time after the MACE and helped with tea.", "helped with tea",
     "Call to grandmother: Kayla home on time", "contact", "P"),
    ("2024-09-27 16:00", "Telephone call", "HO", "Call to mother",
     "Rang Dawn to tell her the panel decision and arrange a visit to sign the consent form.",
     "panel decision", "Call to Dawn about the panel decision", "contact", "D"),
    ("2024-10-04 14:00", "Telephone call", "HO", "Bridge Centre",
     "Bridge Centre: Kayla refused to go into maths and walked out for 20 minutes.",
     "walked out for 20 minutes", "Bridge Centre: Kayla walked out of maths", "education", "K"),
    ("2024-10-23 16:00", "Text message", "HO", "Text from Kayla",
     "Text message from Kayla: \"its proper in the middle of nowhere but my room is nice\".",
     "my room is nice", "Text from Kayla about her room", "contact", "K"),
    ("2024-10-30 12:00", "Telephone call", "HO", "Call to mother",
     "Dawn said she has spoken to Kayla every evening and Kayla sounded \"calmer\".",
     "sounded \"calmer\"", "Call to Dawn: Kayla sounding calmer", "contact", "D"),
    ("2024-11-07 15:30", "Telephone call", "HO", "Compass",
     "Compass confirmed Sam Keane will continue return interviews by video while Kayla is in "
     "Kirkmoor.", "by video while Kayla", "Compass to continue RHIs by video", "contact", "CMP"),
    ("2024-11-21 11:00", "Telephone call", "HO", "Call to mother",
     "Telephone call to Dawn after the MACE to share the lower risk rating.", "lower risk rating",
     "Call to Dawn after MACE", "contact", "D"),
    ("2024-12-02 11:30", "Telephone call", "HO", "Call to mother",
     "Rang Dawn about the short episode on Sunday evening; she had not heard from Kayla.",
     "short episode", "Call to Dawn after short missing episode", "contact", "D"),
    ("2024-12-16 10:00", "Placement call", "HO", "Placement call",
     "Placement call: Liz Corrigan agreed the Christmas stay risk assessment.", "risk assessment",
     "Placement call: Christmas stay risk assessment", "placement", "BH"),
    ("2025-01-16 14:00", "Telephone call", "CB", "IRO contact",
     "IRO mid-point check call with Hannah Oduya: education now in place.", "mid-point check",
     "IRO mid-point check", "contact", "K"),
    ("2025-02-12 10:00", "Placement call", "HO", "Placement call",
     "Placement call: Kayla proud of leading part of her review; staff planning Valentine's "
     "disco at youth club.", "Valentine's disco", "Placement call after the review", "placement", "BH"),
    ("2025-03-04 10:00", "Placement call", "HO", "Placement call",
     "Placement call: Kayla revising every evening with her tutor.", "revising every evening",
     "Placement call: revision", "placement", "BH"),
    ("2025-03-24 11:30", "Telephone call", "HO", "Call to mother",
     "Rang Dawn about Saturday's argument over the phone; Dawn backed the staff.", "backed the staff",
     "Call to Dawn about phone argument", "contact", "D"),
    ("2025-04-22 10:00", "Placement call", "HO", "Placement call",
     "Placement call: Easter day visit by Dawn and Riley went well; they went to the lake.",
     "went to the lake", "Placement call: Easter day visit", "placement", "BH"),
    ("2025-05-02 15:00", "Telephone call", "HO", "Compass",
     "Compass closing summary received by phone: direct work ended, Kayla can self-refer back.",
     "self-refer back", "Compass direct work closed", "contact", "CMP"),
    ("2025-05-22 16:20", "Text message", "HO", "Text to Kayla",
     "Text message to Kayla telling her the MACE had reduced the risk rating.", "reduced the risk rating",
     "Text to Kayla after MACE", "contact", "K"),
    ("2025-06-09 10:00", "Placement call", "HO", "Placement call",
     "Placement call: Kayla did a work-experience day at a salon in Kirkmoor.", "work-experience day",
     "Placement call: work experience at a salon", "placement", "BH"),
    ("2025-06-20 11:00", "Telephone call", "HO", "Call to mother",
     "Telephone call to Dawn to plan summer family time at Brackenfell and at home.",
     "plan summer family time", "Call to Dawn about summer family time", "contact", "D"),
]


def story_oversight():
    ov = [
        ("2024-05-28 11:00", [("mis06", "Missing again on Saturday 18/05, back Sunday morning."),
                              ("nurse", "She has approached the school nurse about contraception.")],
         "Sexual health appointment to go ahead with worker present. Pattern of weekend episodes."),
        ("2024-06-24 15:00", [("fnd08", "She was found in Connor Blake's car on Moor Road.")],
         "Blake now clearly still in her life. Family network meeting must happen before the holidays."),
        ("2024-08-20 14:30", [("mis10", "Covering period: missing from Pat's on 03/08."),
                              ("mis11", "Missing again from Pat's on 16/08.")],
         "Grandmother's home has reduced but not stopped the episodes. Review at CIN in September."),
        ("2024-10-11 10:00", [("gov", "Governors upheld the exclusion."),
                              ("pref", "Placement referral has gone out.")],
         "Brackenfell looks promising. Keep education at the Bridge Centre until the move."),
        ("2024-11-11 10:30", [("mis16", "Went missing from Brackenfell on Saturday."),
                              ("fnd16", "Turned up at Sandpiper Walk the next day.")],
         "Travel home shows the pull of Castlebridge. Ask Kirkmoor police to flag the rail station."),
        ("2025-02-25 10:00", [("fnd20", "The Fellgate find shows local risk in Kirkmoor."),
                              ("abe2", "But she gave an ABE interview this week - first time.")],
         "Proportionate response; placement remains right. MACE to keep high rating for now."),
        ("2025-04-16 10:00", [("nrm_cg", "Conclusive grounds decision received earlier this month."),
                              ("cps", "CPS no further action.")],
         "Really positive. Update care plan."),
    ]
    for when, cites, tail in ov:
        note(when, "Manager oversight", "GL", "Management oversight",
             [K(e, t) for e, t in cites] + [tail])


def story():
    story_background()
    story_feb_apr()
    story_may_jul()
    story_aug_oct()
    story_nov_jun()
    story_routine()
    story_double()
    story_oversight()
    NOTES.sort(key=lambda n: (n["when"], n["type"]))


# ----------------------------------------------------------------------------------------------
# checks
_SENT = re.compile(r'(?<=[.!?])\s+|(?<=[.!?]")\s+|\n+')


def sentences(text):
    return [s for s in _SENT.split(text) if s.strip()]


def _has(s, kps):
    s = s.lower()
    return all(k.lower() in s for k in kps)


def check(file_texts=None):
    problems = []
    by = {}
    for f, e, t in CITES:
        by.setdefault((f, e), []).append(t)
    for (f, e), ts in by.items():
        kps = EV[e]["key_phrases"]
        if not any(_has(s, kps) for t in ts for s in sentences(t)):
            problems.append(f"key phrase {kps} of {e} not in one sentence of {f}: {ts[0][:90]}")
    for e in EV:
        if not any(ee == e for (_f, ee) in by):
            problems.append(f"event {e} has no source")
    bydate = {}
    for e in EV.values():
        bydate.setdefault(e["date"], []).append(e["id"])
    for date, ids in bydate.items():
        for a in ids:
            for b in ids:
                if a == b:
                    continue
                for (f, e), ts in by.items():
                    if e != b:
                        continue
                    for t in ts:
                        for s in sentences(t):
                            if _has(s, EV[a]["key_phrases"]):
                                problems.append(f"{a} phrases {EV[a]['key_phrases']} also in {b} ({f}): {s[:80]}")
    evdates = {e["date"] for e in EV.values()}
    for p in PLANS + DISTRACTORS:
        if p["date"] in evdates:
            problems.append(f"plan/distractor {p['id']} on an event date {p['date']}")
    if file_texts is not None:
        for e in EV.values():
            q = e["child_quote"]
            if q:
                srcs = sorted({f for (f, ee) in by if ee == e["id"]})
                if not any(f'"{q}' in file_texts[f] for f in srcs):
                    problems.append(f"quote of {e['id']} not verbatim in quotes in a source")
        for (f, e), ts in by.items():
            for t in ts:
                if f != F_SCAN and t not in file_texts[f]:
                    problems.append(f"cited text of {e} not in {f}: {t[:60]}")
    return problems


# ----------------------------------------------------------------------------------------------
# other agencies' documents (each returns a list of blocks: ("h1"|"h2"|"p"|"small", text),
# ("table", rows, widths) or ("pb",))

def doc_cpoms():
    ev("s_talk", "2024-01-22", "Head of Year spoke to Kayla about the car; she said the driver was her cousin's mate",
       "cousin's mate", "education")
    c = lambda e, t: C(F_CPOMS, e, t)  # noqa: E731
    entries = [
        ("SEN-24-0031", "10/01/2024 11:20", "Attendance; Wellbeing", "Val Hirst (Attendance Officer)",
         [c("s_late", "Kayla has been late three times this week and was seen in form with a new "
                      "iPhone and a roll of notes."),
          c("bg_att", "Her attendance fell during the autumn term 2023 to 87%.")],
         ["10/01/2024 Form tutor to monitor.", "11/01/2024 Letter home about punctuality."], None),
        ("SEN-24-0047", "19/01/2024 15:25", "CCE concern; CSE concern; Contextual", "Tariq Aziz (Head of Year 10)",
         [c("s_audi", "On gate duty I saw Kayla get into a grey Audi with two older males, "
                      "approximately 18-20, at 15:20; the car left towards Tannery Court.")],
         ["19/01/2024 16:00 DSL informed; mother phoned, no answer.", "19/01/2024 Logged for MASH consideration."],
         ("22/01/2024 09:10, T Aziz", c("s_talk", "Spoke to Kayla this morning; she said the driver "
                                                  "is \"my cousin's mate\" and it was just a lift."))),
        ("SEN-24-0058", "26/01/2024 10:05", "CCE concern; Behaviour", "Martin Hale (PE teacher)",
         [c("s_cash", "During PE changeover £200 in cash was found in Kayla's blazer pocket; she "
                      "said it was birthday money from her dad.")],
         ["26/01/2024 DSL informed.", "26/01/2024 Mother informed by phone."], None),
        ("SEN-24-0072", "02/02/2024 15:30", "CCE concern; CSE concern", "Tariq Aziz (Head of Year 10)",
         [c("s_merc", "Kayla was seen getting into a black Mercedes at the school gates at 15:20; "
                      "the driver was an adult male wearing a balaclava-style snood.")],
         ["02/02/2024 DSL decision: refer on Monday."],
         ("05/02/2024 09:50, J Pryce", c("ref", "Referral submitted to the Front Door at 09:48 "
                                                "with mother's knowledge."))),
        ("SEN-24-0088", "12/02/2024 11:40", "Social care involvement", "Joanne Pryce (DSL)",
         [c("sv1", "Social worker school visit: Hannah Oduya (Castlebridge CSC) saw Kayla in the "
                   "pastoral office 10:45-11:25.")], ["Pastoral office booked weekly if needed."], None),
        ("SEN-24-0121", "08/03/2024 12:00", "Missing from education; CCE concern", "Tariq Aziz",
         [c("s_left", "Kayla left the school site without permission at 11:50 via the sports field "
                      "gate.")], ["08/03/2024 12:05 Mother and social worker phoned."],
         ("11/03/2024 08:45, J Pryce", c("fnd02", "Mum says Kayla was found by police on Saturday at "
                                                 "a flat in Ropewalk House, Ashby."))),
        ("SEN-24-0124", "11/03/2024 14:00", "Multi-agency meeting", "Joanne Pryce (DSL)",
         [c("sd1", "I attended the strategy discussion for Kayla on Teams; section 47 agreed.")], [], None),
        ("SEN-24-0131", "14/03/2024 13:10", "Behaviour; Suspension", "Tariq Aziz",
         [c("susp1", "Fixed-term suspension of three days issued by the headteacher after Kayla "
                     "threw a chair in the Year 10 corridor when challenged about her phone.")],
         ["14/03/2024 Parent and SW informed."],
         ("20/03/2024 09:45, T Aziz", c("reint1", "Reintegration meeting held with Kayla, mum and "
                                                  "the social worker; report card started."))),
        ("SEN-24-0160", "16/04/2024 12:30", "Multi-agency meeting", "Joanne Pryce (DSL)",
         [c("mace1", "Attended the MACE panel meeting (Castlebridge Civic Centre).")], [], None),
        ("SEN-24-0163", "17/04/2024 10:15", "CCE concern; Disclosure", "Joanne Pryce (DSL)",
         [c("disc_runs", "In the pastoral office Kayla told me she has to do runs for \"them\" and "
                         "said \"If I don't go they'll come to my house.\"")],
         ["17/04/2024 11:20 Phoned social worker.", "17/04/2024 Police intelligence form completed."], None),
        ("SEN-24-0190", "07/05/2024 08:40", "CCE concern; Police", "Joanne Pryce (DSL)",
         [c("fnd05", "Social worker informed us that Kayla was arrested in Ashby on Saturday at an "
                     "address on Canal Street.")], ["Staff briefed to be alert."], None),
        ("SEN-24-0196", "09/05/2024 12:50", "Behaviour; Peer-on-peer; Suspension", "Tariq Aziz",
         [c("susp2", "At lunch Kayla punched a Year 10 student in the face after a post about her "
                     "arrest; five-day fixed-term suspension.")], ["09/05/2024 Victim's parents informed."],
         ("17/05/2024 10:00, T Aziz", c("reint2", "Reintegration meeting held; mornings-only "
                                                  "timetable for two weeks."))),
        ("SEN-24-0214", "21/05/2024 13:40", "Health; CSE concern", "Fiona Wray (School Nurse)",
         [c("nurse", "Kayla attended the school nurse drop-in and asked about the contraceptive "
                     "implant.")], ["Referral offered to Riverside Clinic."], None),
        ("SEN-24-0219", "23/05/2024 11:30", "Multi-agency meeting", "Joanne Pryce (DSL)",
         [c("cin2", "Child in need review held in school; Kayla came in for ten minutes.")], [], None),
        ("SEN-24-0225", "03/06/2024 13:30", "CSE concern; Multi-agency meeting", "Joanne Pryce (DSL)",
         [c("sd2", "Attended a second strategy discussion after Kayla was found in a hotel with an "
                   "adult male.")], [], None),
        ("SEN-24-0238", "12/06/2024 08:55", "CCE concern", "Reception (K Lowe)",
         [c("s_phones", "Two phones were found in Kayla's bag at the reception hand-in, one an "
                        "old Nokia.")], ["12/06/2024 Number passed to PC Ellis."], None),
        ("SEN-24-0266", "05/07/2024 12:40", "Missing from education", "Val Hirst (Attendance Officer)",
         [c("s_left2", "Kayla left school at 12:30 after registration and did not return.")],
         ["05/07/2024 12:45 Mother and SW phoned."],
         ("08/07/2024 09:00, V Hirst", c("mis09", "Mum confirmed Kayla was reported missing by "
                                                  "her on Friday evening and is still missing."))),
        ("SEN-24-0301", "04/09/2024 15:30", "Attendance", "Joanne Pryce (DSL)",
         [c("y11", "Kayla attended the first day of Year 11, full uniform, polite.")], [], None),
        ("SEN-24-0312", "10/09/2024 11:00", "Multi-agency meeting", "Joanne Pryce (DSL)",
         [c("cin4", "Hosted the child in need review; risk remains high.")], [], None),
        ("SEN-24-0329", "19/09/2024 10:30", "Weapons; Police; CCE concern", "Joanne Pryce (DSL)",
         [c("knife", "Following information from a student a search was carried out and a lock "
                     "knife was found in Kayla's bag at 10:15."),
          "PC 2281 Ellis attended at 10:40 and seized it. Kayla said it was \"for protection\"."],
         ["19/09/2024 Parent and social worker informed."],
         ("19/09/2024 15:30, D Okafor", c("excl", "Headteacher decision: Kayla is permanently "
                                                  "excluded with immediate effect."))),
        ("SEN-24-0338", "01/10/2024 09:00", "Education; Off-site provision", "Joanne Pryce (DSL)",
         [c("bridge", "Kayla started at the Bridge Centre on 01/10/2024 (off-site, dual registered "
                      "until the exclusion is confirmed).")], ["Weekly attendance check with AP."], None),
        ("SEN-24-0345", "08/10/2024 19:00", "Exclusion", "Joanne Pryce (DSL)",
         [c("gov", "The governors' discipline committee met and upheld the permanent exclusion.")],
         ["09/10/2024 Records to the Bridge Centre."],
         ("22/10/2024 09:40, J Pryce", c("inf_sch", "Hannah Oduya informed Hollinside by phone "
                                                   "that Kayla moved to Brackenfell House in "
                                                   "Kirkmoor yesterday."))),
    ]
    C(F_CPOMS, "move", "Hannah Oduya informed Hollinside by phone that Kayla moved to Brackenfell "
                       "House in Kirkmoor yesterday.")
    return entries


def doc_police():
    c = lambda e, t: C(F_POL, e, t)  # noqa: E731
    reps = []
    reps.append(dict(ref="MP/24/00388", occ="WP-24-031156", risk="HIGH",
        rep=[c("mis02", "Kayla was reported missing by her mother at 22:05 on 08/03/2024 after "
                        "leaving school at lunchtime.")],
        fnd=[c("fnd02", "Located 16:30 on 09/03/2024 at Flat 6, Ropewalk House, Ashby, with two "
                        "males known to police."),
             "Returned home by officers 18:50."],
        acct=[c("fnd02", "Asked where she had been she said only \"I'm not a snitch, I'm not telling "
                         "you nothing.\" (found at Ropewalk House, no injuries).")],
        ind="Travel out of area; older males; phone switched off; associated with JB line."))
    reps.append(dict(ref="MP/24/00512", occ="WP-24-042077", risk="MEDIUM",
        rep=[c("mis04", "Kayla was reported missing by her mother at 21:30 on 20/04/2024.")],
        fnd=[c("fnd04", "Located 19:45 on 21/04/2024 at Ashby bus station by PC 3310 Nolan; "
                        "conveyed to home address.")],
        acct=["MISPER said she \"went to see a friend\". Two phones and £85 in cash."],
        ind="Return to Ashby; cash; second phone."))
    reps.append(dict(ref="MP/24/00570", occ="WP-24-050419", risk="HIGH",
        rep=[c("mis05", "Kayla was reported missing by her mother at 23:50 on 03/05/2024.")],
        fnd=[c("fnd05", "Located 15:10 on 04/05/2024 during execution of a drugs warrant at an "
                        "address on Canal Street, Ashby; arrested for possession with intent to "
                        "supply (14 wraps, £340).")],
        acct=[c("aa1", "Interviewed 20:15 on 04/05/2024 in the presence of an appropriate adult "
                       "(EDT) and solicitor: no comment."),
              c("rui", "Released under investigation 02:00 on 05/05/2024 into the care of EDT.")],
        ind="County lines; class A; treated as potential victim - NRM via local authority."))
    reps.append(dict(ref="MP/24/00633", occ="WP-20240611-0457", risk="HIGH",
        rep=[c("mis07", "Kayla was reported missing by her mother at 23:30 on 31/05/2024.")],
        fnd=[c("polupd07", "01/06/2024 04:12: MISPER phone last active near the A19 services "
                           "(cell site)."),
             c("fnd07", "Located 10:15 on 02/06/2024 in room 14 at the Moorside Travel Inn, room "
                        "booked by Jordan PIKE (24).")],
        acct=["Kayla said she was \"just chilling\" and was not hurt. Bed unmade, alcohol in room."],
        ind="CSE: adult male, hotel, alcohol, gifts.",
        add=[c("cawn", "Addendum 07/06/2024: child abduction warning notice served on Jordan PIKE "
                       "at 09:20.")]))
    reps.append(dict(ref="MP/24/00701", occ="WP-24-062288", risk="MEDIUM",
        rep=[c("mis08", "Kayla was reported missing by her mother at 22:30 on 21/06/2024.")],
        fnd=[c("fnd08", "Vehicle stop on Moor Road at 03:10 on 22/06/2024; MISPER rear passenger; "
                        "driver Connor BLAKE (19) arrested for no insurance.")],
        acct=["MISPER said she was being taken home."],
        ind="Known associate of JB line in vehicle."))
    reps.append(dict(ref="MP/24/00766", occ="WP-24-070517", risk="HIGH",
        rep=[c("mis09", "Kayla was reported missing by her mother at 17:45 on 05/07/2024; she had "
                        "walked out of school at lunchtime.")],
        fnd=[c("call_mum", "06/07/2024 16:05: MISPER phoned her mother from an unknown number, "
                           "crying; number attributed to an Ashby user."),
             c("polrev", "07/07/2024 11:00 missing person review (Insp. Barr): remains HIGH."),
             c("sd3", "08/07/2024: strategy discussion with children's services; warrant sought."),
             c("fnd09", "Located 06:20 on 09/07/2024 during a warrant at 22 Canal Street, Ashby; "
                        "three adults arrested.")],
        acct=[c("ed", "Cut to right hand; taken to Castlebridge Royal Infirmary by officers and "
                      "handed to mother at ED."),
              "MISPER declined to give an account."],
        ind="Trap house; debt; injury; four days missing."))
    reps.append(dict(ref="MP/24/01022", occ="WP-24-091344", risk="MEDIUM",
        rep=[c("mis13", "Kayla was reported missing by her grandmother at 23:10 on 13/09/2024.")],
        fnd=[c("fnd13", "Located 09:00 on 14/09/2024 at Tannery Court by PC 2281 Ellis with a "
                        "group of older males; searched, cash and cannabis, no arrest.")],
        acct=["MISPER said she was \"sorting something\"."],
        ind="Tannery Court hub; cash; cannabis."))
    return reps


def doc_police2():
    ev("prev", "2025-02-16", "Police prevention interview with Kayla at Brackenfell House",
       "prevention interview", "police")
    c = lambda e, t: C(F_POL2, e, t)  # noqa: E731
    return [
        ("h2", "Circumstances"),
        ("p", c("mis20", "Kayla was reported missing by staff at Brackenfell House at 21:00 on "
                         "Friday 14th February 2025. She had left the home at about 19:40 after a "
                         "phone call.")),
        ("h2", "Found details"),
        ("p", c("fnd20", "Found 02:30 on 15/02/2025 at a flat on the Fellgate estate, Kirkmoor, "
                         "with two adult males (31 and 27), who were arrested.")),
        ("p", "Kayla was intoxicated and was assessed by paramedics at the scene; no hospital "
              "conveyance. Returned to Brackenfell House at 04:05."),
        ("h2", "Prevention / safe and well"),
        ("p", c("prev", "A prevention interview was carried out by PC 1187 Anwar at Brackenfell "
                        "House at 14:00 on 16/02/2025.")),
        ("p", "Kayla said \"I thought it was a party.\" She would not say how she knew the males."),
        ("h2", "Referrals"),
        ("p", "MASH notification to Castlebridge City Council; strategy discussion requested; "
              "intelligence submitted on the Fellgate address."),
    ]


def doc_mace1():
    c = lambda e, t: C(F_MACE1, e, t)  # noqa: E731
    return [
        ("table", [["Name", "Role / agency"],
                   ["DI Sarah Quinn (Chair)", "Wearvale Police, Exploitation Hub"],
                   ["DC Mark Rowe", "Wearvale Police, Child Exploitation Team"],
                   ["Gareth Lyle", "Team Manager, Adolescent Safeguarding"],
                   ["Hannah Oduya", "Social Worker"],
                   ["Joanne Pryce", "DSL, Hollinside Academy"],
                   ["Sam Keane", "Compass Young People's Service"],
                   ["Fiona Wray", "School Nurse"],
                   ["Leon Grant", "Youth Justice Service"],
                   ["Apologies: Dr A Sood", "Lark Lane Surgery"]], [70, 100]),
        ("h2", "1. Purpose"),
        ("p", c("mace1", "This was the first MACE discussion for Kayla, following the referral "
                         "from children's services.")),
        ("p", c("mace_ref", "The MACE referral was submitted by Hannah Oduya on 12/03/2024.")),
        ("h2", "2. Background"),
        ("p", c("bg_cin", "The family were known in 2019 because of domestic abuse by Kayla's "
                          "father, Shaun Morrow; the case closed at child in need.")),
        ("p", c("bg_ashby", "Mr Morrow moved to Ashby in summer 2022 after the separation.")),
        ("p", c("bg_att", "School report that attendance started to fall in the autumn term of 2023.")),
        ("p", c("bg_phone", "Mum noticed a new iPhone in December 2023 which Kayla says was a gift.")),
        ("h2", "3. Recent events"),
        ("p", c("s_audi", "19/01/2024 - staff saw Kayla get into a grey Audi with two older males.")),
        ("p", c("s_cash", "26/01/2024 - £200 in cash found in her blazer.")),
        ("p", c("ref", "05/02/2024 - school referral to the Front Door.")),
        ("p", c("hv_init", "09/02/2024 - at the initial home visit Kayla said \"Nobody's grooming me, "
                           "he's my boyfriend.\"")),
        ("p", c("sv1", "12/02/2024 - at a school visit Kayla said \"I only get in the car because "
                       "they give me lifts.\"")),
        ("p", c("mis01", "17/02/2024 - reported missing overnight;") + " " +
              c("fnd01", "she returned home the next afternoon.")),
        ("p", c("rowe1", "28/02/2024 - police linked Connor Blake (19) to the Ashby \"JB\" line.")),
        ("p", c("mis02", "08/03/2024 - reported missing after leaving school at lunchtime.")),
        ("p", c("fnd02", "09/03/2024 - found by police in Ashby at Flat 6, Ropewalk House.")),
        ("p", c("sd1", "11/03/2024 - strategy discussion: section 47 and MACE referral agreed.")),
        ("p", c("rhi02", "13/03/2024 - return home interview completed at school; little disclosed.")),
        ("p", c("susp1", "14/03/2024 - three-day suspension after throwing a chair.")),
        ("p", c("s47out", "27/03/2024 - assessment completed; child in need plan (exploitation pathway).")),
        ("p", c("cin1", "04/04/2024 - initial child in need meeting.")),
        ("p", c("mis03", "06/04/2024 - reported missing at 01:10;") + " " +
              c("fnd03", "found at Tannery Court at 11:20 with a bruise to her cheek.")),
        ("h2", "4. Risk assessment"),
        ("p", "Criminal exploitation: HIGH. Sexual exploitation: MEDIUM. Locations: Tannery Court "
              "(Castlebridge), Ropewalk House and Canal Street (Ashby). Persons of concern: Connor "
              "BLAKE (19), 'Deano' (not identified)."),
        ("h2", "5. Actions"),
        ("table", [["No.", "Action", "Owner", "By"],
                   ["1", "Patrol plan for Tannery Court, Friday and Saturday nights", "PC Ellis", "01/05/2024"],
                   ["2", "Intelligence development on Ropewalk House", "DC Rowe", "01/05/2024"],
                   ["3", "Direct work on exploitation (6 sessions)", "Compass", "31/05/2024"],
                   ["4", "Consider NRM referral if further evidence of exploitation", "H Oduya", "26/04/2024"],
                   ["5", "School safety plan incl. gate supervision", "J Pryce", "26/04/2024"]],
         [10, 95, 30, 25]),
        ("p", "Next MACE review: 18/06/2024, 10:00, Civic Centre Room 2."),
    ]


def doc_mace2():
    c = lambda e, t: C(F_MACE2, e, t)  # noqa: E731
    return [
        ("table", [["Name", "Role / agency"],
                   ["DI Sarah Quinn (Chair)", "Wearvale Police, Exploitation Hub"],
                   ["DC Mark Rowe", "Wearvale Police, Child Exploitation Team"],
                   ["PC Rashid Anwar", "Kirkmoor & Fells Constabulary, CE officer"],
                   ["Gareth Lyle / Hannah Oduya", "Castlebridge Children's Services"],
                   ["Liz Corrigan", "Registered Manager, Brackenfell House"],
                   ["Sam Keane", "Compass Young People's Service"],
                   ["Carol Benn", "IRO (for item 4)"]], [70, 100]),
        ("h2", "1. Review of previous meetings"),
        ("p", c("mace1", "Kayla was first discussed at MACE on 16/04/2024.") + " " +
              c("mace2", "At the MACE review on 18/06/2024 the sexual exploitation risk was raised "
                         "to high.") + " " +
              c("mace3", "On 17/09/2024 the MACE supported a placement away from Castlebridge.")),
        ("h2", "2. Summary since June"),
        ("p", c("mis07", "31/05/2024 - reported missing;") + " " +
              c("fnd07", "found on 02/06/2024 at the Moorside Travel Inn with Jordan Pike (24).")),
        ("p", c("cawn", "07/06/2024 - child abduction warning notice served on Pike.")),
        ("p", c("mis08", "21/06/2024 - reported missing;") + " " +
              c("fnd08", "found at 03:10 the next morning in a car stopped on Moor Road, driven by "
                         "Connor Blake.")),
        ("p", c("mis09", "05/07/2024 - reported missing for four days;") + " " +
              c("fnd09", "found on 09/07/2024 during a warrant at 22 Canal Street, Ashby.") + " " +
              c("ed", "Treated at the Royal Infirmary for a cut hand.")),
        ("p", c("rhi09", "11/07/2024 - return home interview: Kayla said \"They look after me, "
                         "they're the only ones who do.\"")),
        ("p", c("to_pat", "16/07/2024 - moved to her grandmother's in Linnet Close.")),
        ("p", c("knife", "19/09/2024 - lock knife found in her school bag.") + " " +
              c("excl", "Kayla was permanently excluded the same day.")),
        ("p", c("panel", "26/09/2024 - resource panel agreed residential care;") + " " +
              c("s20", "section 20 consent given by Dawn on 30/09/2024.")),
        ("p", c("move", "21/10/2024 - Kayla moved to Brackenfell House, Kirkmoor.")),
        ("p", c("mis15", "26/10/2024 - reported missing from Brackenfell at 19:30;") + " " +
              c("fnd15", "found at Kirkmoor rail station at 23:40 trying to get home.")),
        ("p", c("mis16", "09/11/2024 - reported missing again;") + " " +
              c("fnd16", "she turned up at her mother's in Sandpiper Walk the next day.")),
        ("p", c("lac1", "18/11/2024 - initial looked after review held.")),
        ("h2", "3. Voice of the child"),
        ("p", c("sv_first", "At her first statutory visit Kayla told her social worker \"It's "
                            "alright here but I miss Riley.\"")),
        ("h2", "4. Risk and decision"),
        ("p", c("mace4", "The MACE agreed today to reduce the risk rating to medium-high.")),
        ("table", [["No.", "Action", "Owner", "By"],
                   ["1", "Flag Kirkmoor rail station and bus routes", "PC Anwar", "06/12/2024"],
                   ["2", "Disruption: Tannery Court closure order application", "DC Rowe", "10/01/2025"],
                   ["3", "Home-stay risk assessment before Christmas", "H Oduya", "12/12/2024"],
                   ["4", "Education placement at Brackenfell Learning Centre", "Virtual School", "10/01/2025"]],
         [10, 95, 30, 25]),
        ("p", "Next MACE review: 18/02/2025."),
    ]


def doc_referral():
    ev("boxing", "2024-07", "Kayla attended a boxing club over summer 2024", "boxing club", "activity",
       prec="range", end="2024-08")
    c = lambda e, t: C(F_REF, e, t)  # noqa: E731
    miss = [("mis01", "fnd01"), ("mis02", "fnd02"), ("mis03", "fnd03"), ("mis04", "fnd04"),
            ("mis05", "fnd05"), ("mis06", "fnd06"), ("mis07", "fnd07"), ("mis08", "fnd08"),
            ("mis09", "fnd09"), ("mis10", "fnd10"), ("mis11", "fnd11"), ("mis12", "fnd12"),
            ("mis13", "fnd13"), ("mis14", "fnd14")]
    where = {"fnd01": "returned home by herself", "fnd02": "police found her at Ropewalk House, Ashby",
             "fnd03": "found at Tannery Court by PC Ellis", "fnd04": "found at Ashby bus station",
             "fnd05": "found and arrested at Canal Street, Ashby", "fnd06": "came home smelling of cannabis",
             "fnd07": "found at the Moorside Travel Inn with an adult male",
             "fnd08": "found in a car stopped on Moor Road", "fnd09": "found during a warrant in Ashby",
             "fnd10": "found at Castlebridge Central station", "fnd11": "returned to Linnet Close herself",
             "fnd12": "found at Ashby retail park", "fnd13": "found at Tannery Court",
             "fnd14": "returned to Linnet Close herself"}
    rows = [["No.", "Reported missing", "Found / returned"]]
    for i, (m, f) in enumerate(miss, 1):
        md = D(EV[m]["date"])
        fd = D(EV[f]["date"])
        rows.append([str(i), c(m, f"{fmt_d(md)} - reported missing"),
                     c(f, f"{fmt_d(fd)} - {where[f]}")])
    return {
        "missing": rows,
        "reason": [
            c("panel", "The resource panel on 26/09/2024 approved a residential placement at "
                       "least 60 miles from Castlebridge."),
            c("s20", "Dawn signed section 20 consent on 30/09/2024."),
            "Kayla is assessed as at high risk of criminal and sexual exploitation in Castlebridge "
            "and Ashby. Two family-based arrangements (home and grandmother) have not reduced the "
            "missing episodes.",
        ],
        "exploit": [
            c("fnd05", "In May 2024 she was arrested at an address on Canal Street, Ashby, with "
                       "class A drugs and cash;") + " " +
            c("rui", "she was released under investigation and the case is ongoing."),
            c("nrm", "A National Referral Mechanism referral was made on 07/05/2024") + " " +
            "and " + c("nrm_rg", "a positive reasonable grounds decision followed on 14/05/2024."),
            c("cawn", "A child abduction warning notice was served on an adult male (24) on "
                      "07/06/2024 after she was found with him in a hotel."),
            c("rhi09", "In her return home interview on 11/07/2024 she said \"I owe them money so "
                       "I can't just stop.\""),
            c("knife", "On 19/09/2024 she was found with a lock knife in school, which she said "
                       "was for protection."),
        ],
        "education": [
            c("susp1", "Suspension (3 days) on 14/03/2024 for throwing a chair."),
            c("susp2", "Suspension (5 days) on 09/05/2024 after she punched another student."),
            c("excl", "Permanently excluded from Hollinside Academy on 19/09/2024;") + " " +
            c("bridge", "attending the Bridge Centre (AP) since 01/10/2024, 4 of 5 days."),
        ],
        "family": [
            c("bg_cin", "Children's services were involved in 2019 because of domestic abuse by "
                        "her father."),
            c("bg_ashby", "Her father moved to Ashby in summer 2022."),
            c("to_pat", "Since 16/07/2024 Kayla has lived with her grandmother at 3 Linnet Close."),
            c("boxing", "She enjoyed the boxing club she went to over summer 2024 and would like "
                        "to continue."),
        ],
        "meetings": [
            c("sd1", "Strategy discussions were held on 11/03/2024,") + " " +
            c("sd2", "a second strategy discussion on 03/06/2024") + " " +
            c("sd3", "and a third strategy discussion on 08/07/2024 during a missing episode."),
            c("mace1", "MACE meetings: 16/04/2024,") + " " + c("mace2", "MACE review 18/06/2024") +
            " " + c("mace3", "and MACE review 17/09/2024."),
        ],
        "voice": [
            c("rfar", "When we talked about moving, Kayla said \"If I go far away they'll just come "
                      "and find me anyway.\""),
            "She has said she would like somewhere with activities and where she can see Riley.",
        ],
    }


def doc_rhi():
    c = lambda e, t: C(F_RHI, e, t)  # noqa: E731
    return {
        "episode": [
            ["Episode reported", c("mis09", "Reported missing by mother 17:45, Friday 05/07/2024")],
            ["Left from", c("s_left2", "Hollinside Academy - she left school at 12:30")],
            ["Found", c("fnd09", "06:20 Tuesday 09/07/2024, found by police during a warrant in Ashby")],
            ["Interview date", c("rhi09", "Return home interview held Thursday 11th July 2024, 14:00-15:10, at home (mother's)")],
            ["Interviewer", "Sam Keane, RHI Worker, Compass Young People's Service"],
            ["Offered within 72 hours", "Yes - first offered by phone 10/07/2024 (declined that day, agreed next day)"],
        ],
        "account": [
            "Kayla agreed to talk as long as I did not write down names. In her own words:",
            c("rhi09", "\"I owe them money so I can't just stop.\" (return home interview)"),
            "\"They look after me, they're the only ones who do.\"",
            c("call_mum", "She said she rang her mum from an unknown number on the Saturday "
                          "because \"I just wanted to hear her voice\"."),
            "She said she was kept in the flat and \"did shifts\" on the door. She said the cut on "
            "her hand was from a bottle when \"someone kicked off\".",
            c("ed", "She did not want to go to the Royal Infirmary but the police made her."),
        ],
        "history": [["Date", "Outcome"],
                    [c("rhi01", "20/02/2024"), c("rhi01", "Offered by phone, declined")],
                    [c("rhi02", "13/03/2024"), c("rhi02", "Return home interview completed at school")],
                    [c("rhi03", "09/04/2024"), c("rhi03", "Declined the return home interview")],
                    [c("rhi04", "23/04/2024"), c("rhi04", "Return home interview completed at home")],
                    [c("rhi06", "20/05/2024"), c("rhi06", "Offered and declined")],
                    [c("rhi07", "06/06/2024"), c("rhi07", "Return home interview completed at home")],
                    [c("rhi08", "25/06/2024"), c("rhi08", "Return home interview completed at school")]],
        "push": "Push: feels blamed at home, school exclusion risk, Lee Harker. Pull: money, "
                "belonging, debt, older boyfriend.",
        "actions": ["Information shared with Wearvale Police (intelligence form CE-2271).",
                    "Kayla to be offered weekly Compass sessions over summer.",
                    "Social worker to be told about the debt today."],
    }


def doc_scan():
    c = lambda e, t: C(F_SCAN, e, t)  # noqa: E731
    return [
        "HOLLINSIDE ACADEMY",
        "Hollinside Road, Castlebridge NE99 2HA   Tel 01632 960412",
        "",
        "20th September 2024",
        "",
        "Ms D Morrow",
        "3 Linnet Close (c/o Mrs P Morrow)",
        "Castlebridge NE99 4RW",
        "",
        "Dear Ms Morrow,",
        "",
        "Re: Kayla Morrow (DOB 27/04/2009), Year 11 - Permanent exclusion",
        "",
        c("excl", "I am writing to confirm my decision, given to you by telephone yesterday, that "
                  "Kayla is permanently excluded from Hollinside Academy from Thursday 19th "
                  "September 2024."),
        "",
        c("knife", "On Thursday 19th September 2024 at about 10.15am a lock knife was found in "
                   "Kayla's bag during a search carried out after information from another student."),
        "Police attended and took the knife. This is a serious breach of the Academy's behaviour "
        "policy and puts others at risk.",
        "",
        "Kayla's previous suspensions this year:",
        c("susp1", "- 14/03/2024: 3 day suspension (threw a chair in the Year 10 corridor)"),
        c("susp2", "- 09/05/2024: 5 day suspension (punched another student)"),
        "",
        "The governing board must consider this exclusion. The meeting will be held on Tuesday 8th "
        "October 2024 at 4.30pm. You may attend and bring a friend or representative.",
        "From the sixth school day the local authority will arrange suitable full-time education.",
        "",
        "Yours sincerely,",
        "",
        "D. Okafor",
        "David Okafor, Headteacher",
    ]


def doc_eml():
    c = lambda e, t: C(F_EML, e, t)  # noqa: E731
    return "\n".join([
        "Hi Hannah,",
        "",
        "Weekly update for Kayla, w/c 10th March.",
        "",
        c("coast", "Last Saturday (8th) we did the trip to the coast with three of the young "
                   "people and Kayla was brilliant, she looked after one of the younger girls."),
        "",
        c("fsmaths", "On Monday Kayla sat her Functional Skills Level 1 maths exam at the "
                     "learning centre - she came out smiling and thinks she passed."),
        "",
        c("snap", "On Tuesday evening she told Danny that an unknown Snapchat account has been "
                  "messaging her asking her to come back to Castlebridge."),
        "We have screenshots (attached to the incident log, ref BH-0311) and she agreed to block "
        "it. Danny has passed the username to PC Anwar.",
        "",
        c("video", "Wednesday's video call with Dawn and Riley went ahead at 6pm and lasted about "
                   "40 minutes - lots of laughing."),
        "",
        "Nothing else to report. No missing episodes this week and she has kept to her phone "
        "contract.",
        "",
        "Kind regards,",
        "Liz",
        "",
        "Liz Corrigan | Registered Manager | Brackenfell House | Fellside Care Ltd",
        "Tel 01632 960788 | Kirkmoor NE99 8LP",
        "This e-mail and any attachments are confidential.",
    ]) + "\n"


def doc_edt():
    ev("edt_call", "2024-07-05", "EDT welfare call to Dawn during the missing episode", "welfare call",
       "contact")
    ev("edt_ash", "2024-07-06", "Police checked Ashby addresses overnight with no trace", "no trace at",
       "missing")
    c = lambda e, t: C(F_EDT, e, t)  # noqa: E731
    L = [
        "CASTLEBRIDGE CITY COUNCIL - EMERGENCY DUTY TEAM",
        "SHIFT LOG / HANDOVER TO DAY TEAM",
        "Shift: Fri 05/07/2024 17:00 to Mon 08/07/2024 08:45",
        "Workers: Sue Marland (Fri/Sat), Kevin Doyle (Sun)",
        "Re: MORROW, Kayla  ORBIT ID 3308815",
        "",
        "FRIDAY",
        "17.52  " + c("mis09", "Wearvale Police control: Kayla MORROW reported missing by mum at "
                               "5.45pm, graded high risk.") + " " +
        c("s_left2", "School say she left school at 12:30 and never came back."),
        "21.10  " + c("edt_call", "EDT welfare call to Dawn, who is at home with Riley; no contact "
                                  "from Kayla.") + " Advised to keep phone on.",
        "",
        "SATURDAY",
        "08.20  " + c("edt_ash", "Police update: officers checked two Ashby addresses overnight, "
                                 "no trace at either.") + " Cell site requested.",
        "4.10pm  " + c("call_mum", "Dawn phoned in a state: Kayla had just rung her crying from an "
                                   "unknown number and said \"I can't come home yet, Mum\".") +
        " Number passed to police at 4.25pm.",
        "",
        "SUNDAY",
        "11.35  " + c("polrev", "Police missing person review at 11am (Insp. Barr): risk stays high; "
                                "media appeal not yet agreed."),
        "18.00  Rang Dawn - nothing new. Pat with her.",
        "",
        "HANDOVER",
        "Still missing at end of shift. Day team (HO / GL) to convene strategy discussion Monday.",
        "Log closed 08:45 Mon 08/07/2024 SM/KD",
    ]
    return "\n".join(L) + "\n"


# ----------------------------------------------------------------------------------------------
# rendering
def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


ST = {
    "h1": ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6),
    "h2": ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6,
                         spaceAfter=3),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=4),
    "small": ParagraphStyle("small", fontName="Helvetica", fontSize=7.5, leading=9),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "cellb": ParagraphStyle("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    "nbody": ParagraphStyle("nbody", fontName="Helvetica", fontSize=8.5, leading=10.5, spaceAfter=2,
                            leftIndent=4),
    "center": ParagraphStyle("center", fontName="Helvetica-Bold", fontSize=11, leading=14,
                             alignment=TA_CENTER),
}


def numbered_canvas(header, footer):
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for st in self._pages:
                self.__dict__.update(st)
                w, h = A4
                self.setFont("Helvetica", 7.5)
                self.setFillColor(colors.HexColor("#333333"))
                self.drawString(15 * mm, h - 10 * mm, header)
                self.line(15 * mm, h - 11.5 * mm, w - 15 * mm, h - 11.5 * mm)
                self.drawString(15 * mm, 8 * mm, footer)
                self.drawRightString(w - 15 * mm, 8 * mm, f"Page {self._pageNumber} of {n}")
                super().showPage()
            super().save()
    return NC


def grid(rows, widths, head=True, style="cell"):
    data = [[Paragraph(esc(str(x)), ST["cellb" if (head and i == 0) else style]) for x in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    ts = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        ts.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")))
    t.setStyle(TableStyle(ts))
    return t


def write_pdf(path, blocks, header, footer, texts, title):
    """blocks -> flowables; records the plain text in texts."""
    buf = []
    flow = []
    for b in blocks:
        k = b[0]
        if k == "table":
            flow.append(grid(b[1], b[2], head=b[3] if len(b) > 3 else True))
            flow.append(Spacer(1, 4))
            for r in b[1]:
                buf.append(" | ".join(str(x) for x in r))
        elif k == "pb":
            flow.append(PageBreak())
        elif k == "flow":
            flow.append(b[1])
            buf.extend(b[2])
        else:
            flow.append(Paragraph(esc(b[1]), ST[k]))
            buf.append(b[1])
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=16 * mm, bottomMargin=15 * mm, invariant=1, title=title,
                            author="", creator="", producer="")
    doc.build(flow, canvasmaker=numbered_canvas(header, footer))
    texts.append("\n".join([header] + buf + [footer]))


def notes_blocks():
    blocks = [("h1", "Case Notes Report"),
              ("table", [["Person", "Kayla MORROW"], ["ORBIT ID", "3308815"],
                         ["Date of birth", "27/04/2009"], ["NHS number", "485 777 3261"],
                         ["Address", "Brackenfell House, Kirkmoor NE99 8LP (previously 14 Sandpiper "
                                     "Walk, Castlebridge NE99 4QT)"],
                         ["Report", "All case notes, contact dates 01/02/2024 to 30/06/2025, oldest "
                                    "first"],
                         ["Notes in report", str(len(NOTES))]], [40, 140], False),
              ("small", "Notes are shown by contact date. 'Entered' shows when the note was typed "
                        "and may be later than the contact.")]
    for i, n in enumerate(NOTES, 1):
        name, role = WORKERS[n["author"]]
        rows = [[f"Note {i:04d}", "Contact: " + n["when"].strftime("%d/%m/%Y %H:%M"),
                 "Type: " + n["type"], "Worker: " + name]]
        t = Table([[Paragraph(esc(x), ST["cellb"]) for x in rows[0]]],
                  colWidths=[22 * mm, 42 * mm, 52 * mm, 64 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8edf2")),
                               ("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        fl = [t, Paragraph(esc("Subject: " + n["subject"]), ST["cellb"])]
        txt = [" | ".join(rows[0]), "Subject: " + n["subject"]]
        if n["persons"]:
            s = "Persons involved: " + "; ".join(n["persons"])
            fl.append(Paragraph(esc(s), ST["small"]))
            txt.append(s)
        if n["seen"]:
            s = "Child seen: " + n["seen"]
            fl.append(Paragraph(esc(s), ST["small"]))
            txt.append(s)
        for p in n["paras"]:
            fl.append(Paragraph(esc(p), ST["nbody"]))
            txt.append(p)
        s = (f"Entered {n['rec'].strftime('%d/%m/%Y %H:%M')} by {name} ({role})  |  "
             f"Status: Authorised")
        fl.append(Paragraph(esc(s), ST["small"]))
        fl.append(Spacer(1, 6))
        txt.append(s)
        blocks.append(("flow", KeepTogether(fl), txt))
    return blocks


def write_docx(path, build_fn, texts):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    buf = []

    def para(t, bold=False, size=None):
        p = d.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        buf.append(t)
        return p

    def table(rows, head=True):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, x in enumerate(r):
                cell = t.cell(i, j)
                cell.text = ""
                run = cell.paragraphs[0].add_run(str(x))
                run.bold = head and i == 0
            buf.append(" | ".join(str(x) for x in r))
        d.add_paragraph()
        return t

    build_fn(d, para, table)
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "Castlebridge"
    cp.last_modified_by = "Castlebridge"
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 7, 7, 9, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())
    texts.append("\n".join(buf))


def write_scan(path, lines):
    from PIL import Image, ImageDraw, ImageFont
    W, H = 1654, 2339  # A4 at 200 dpi
    font = ImageFont.truetype(FONT_TTF, 30)
    bold = ImageFont.truetype(FONT_TTF.replace("DejaVuSans", "DejaVuSans-Bold"), 34)
    rnd = random.Random(4242)
    probe = ImageDraw.Draw(Image.new("L", (10, 10)))
    maxw = W - 300
    out = []
    for ln in lines:
        f = bold if ln.isupper() and ln else font
        words, cur = ln.split(" "), ""
        for w in words:
            trial = (cur + " " + w).strip()
            if probe.textlength(trial, font=f) > maxw and cur:
                out.append((cur, f))
                cur = w
            else:
                cur = trial
        out.append((cur, f))
    per = (H - 300) // 44
    pages = [out[i:i + per] for i in range(0, len(out), per)]
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for pno, pl in enumerate(pages):
        img = Image.new("L", (W, H), 238)
        dr = ImageDraw.Draw(img)
        for _ in range(2500):
            dr.point((rnd.randrange(W), rnd.randrange(H)), fill=rnd.randrange(150, 220))
        y = 150
        for wl, f in pl:
            dr.text((150, y), wl, font=f, fill=35)
            y += 44
        img = img.rotate(0.7 - 0.5 * pno, resample=Image.BICUBIC, fillcolor=225, expand=False)
        c.drawImage(ImageReader(img.convert("RGB")), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------------------------
def reset():
    EV.clear()
    CITES.clear()
    PLANS.clear()
    DISTRACTORS.clear()
    NOTES.clear()


def plans_and_distractors():
    plan("p1", "2025-08-05", "Next looked after review", "looked after review", [F_NOTES])
    plan("p2", "2025-07-09", "PEP meeting", "PEP meeting", [F_NOTES])
    plan("p3", "2025-08-19", "MACE review", "MACE review", [F_NOTES])
    plan("p4", "2025-09-03", "Kayla to start at Kirkmoor College", "Kirkmoor College", [F_NOTES])
    plan("p5", "2025-07-26", "Summer stay at home with Dawn and Riley", "Summer stay", [F_NOTES])
    distractor("x1", "2009-04-27", "Kayla's date of birth", [F_NOTES, F_REF, F_POL, F_POL2, F_SCAN])
    distractor("x2", "1986-08-11", "Dawn Morrow's date of birth (family composition)", [F_REF])
    distractor("x3", "2014-12-02", "Riley Morrow's date of birth (family composition)", [F_REF])
    distractor("x4", "1983-01-19", "Lee Harker's date of birth (family composition)", [F_REF])
    distractor("x5", "2025-07-07", "Case-note report run date in page footers", [F_NOTES])
    distractor("x6", "2025-06-28", "School safeguarding export date", [F_CPOMS])
    distractor("x7", "2024-09-20", "Date of the exclusion letter", [F_SCAN])
    distractor("x8", "2025-03-14", "E-mail sent date", [F_EML])
    distractor("x9", "2024-06-11", "Police occurrence reference WP-20240611-0457 (looks like a date)",
               [F_POL])
    distractor("x10", "2025-07-01", "Police reports 'Printed' stamp", [F_POL, F_POL2])
    distractor("x11", "2024-04-26", "MACE action review-by date", [F_MACE1])
    distractor("x12", "2024-12-12", "MACE action review-by date", [F_MACE2])
    distractor("x13", "1961-03-30", "Patricia Morrow's date of birth (family composition)", [F_REF])


def render(root: Path):
    texts = {}
    # 1. case-note export
    t = []
    write_pdf(root / F_NOTES, notes_blocks(),
              "ORBIT Children's Record  |  Castlebridge CSC  |  "
              "Case Notes Report  |  MORROW, Kayla (3308815)  DOB 27/04/2009  |  OFFICIAL-SENSITIVE",
              "Report run 07/07/2025 09:14 by HODUYA  |  ORBIT v7.2  |  Do not forward outside "
              "the secure network", t, "Case Notes Report")
    texts[F_NOTES] = t[0]
    # 2. police 2024
    blocks = []
    for i, r in enumerate(doc_police()):
        if i:
            blocks.append(("pb",))
        blocks += [("h1", "WEARVALE POLICE - MISSING PERSON FOUND / RETURN REPORT (MP5)"),
                   ("table", [["MISPER ref", r["ref"], "Occurrence", r["occ"]],
                              ["Name", "Kayla MORROW", "DOB", "27/04/2009 (14)" if i < 2 else "27/04/2009 (15)"],
                              ["Home address", "14 Sandpiper Walk, Castlebridge NE99 4QT", "Risk", r["risk"]]],
                    [28, 70, 28, 54], False),
                   ("h2", "Report"), *[("p", x) for x in r["rep"]],
                   ("h2", "Found / returned"), *[("p", x) for x in r["fnd"]],
                   ("h2", "Account / prevention interview"), *[("p", x) for x in r["acct"]],
                   ("h2", "Exploitation indicators"), ("p", r["ind"])]
        for x in r.get("add", []):
            blocks.append(("p", x))
        blocks.append(("small", "Notification sent to MASH (Castlebridge) and Compass RHI service."))
    t = []
    write_pdf(root / F_POL, blocks, "WEARVALE POLICE  |  OFFICIAL-SENSITIVE  |  Missing Persons Unit",
              "Printed: 01/07/2025 10:22 by 7734 DUNNE  |  Disclosed to Castlebridge CSC under "
              "information-sharing protocol", t, "Missing person found reports 2024")
    texts[F_POL] = t[0]
    # 3. police 2025
    blocks = [("h1", "KIRKMOOR & FELLS CONSTABULARY - MISSING PERSON: FOUND REPORT"),
              ("table", [["Reference", "KFC/MP/25/0193", "Crime ref", "KF-25-021587"],
                         ["Subject", "Kayla MORROW", "DOB", "27/04/2009"],
                         ["Missing from", "Brackenfell House, Kirkmoor NE99 8LP", "Risk", "HIGH"]],
               [28, 70, 28, 54], False)] + doc_police2()
    t = []
    write_pdf(root / F_POL2, blocks, "KIRKMOOR & FELLS CONSTABULARY  |  OFFICIAL-SENSITIVE",
              "Printed: 01/07/2025 11:05 by 1187 ANWAR", t, "Found report")
    texts[F_POL2] = t[0]
    # 4-5. MACE minutes
    for f, title, body in [(F_MACE1, "16th April 2024", doc_mace1()),
                           (F_MACE2, "19th November 2024", doc_mace2())]:
        blocks = [("h1", "Multi-Agency Child Exploitation (MACE) Panel - Minutes"),
                  ("p", f"Meeting date: Tuesday {title}, 10:00. Young person: Kayla MORROW "
                        "(DOB 27/04/2009). Lead agency: Castlebridge City Council."),
                  ("h2", "Attendees")] + body + [
                  ("small", "Minutes are confidential and must not be shared with the young person "
                            "or family without the chair's agreement.")]
        t = []
        write_pdf(root / f, blocks, "CASTLEBRIDGE SAFEGUARDING PARTNERSHIP  |  MACE  |  CONFIDENTIAL",
                  "MACE minutes - Kayla M.", t, "MACE minutes")
        texts[f] = t[0]
    # 6. CPOMS-style export (docx)
    entries = doc_cpoms()

    def cpoms(d, para, table):
        para("SENTINEL Safeguarding - Student Chronology Export", bold=True, size=14)
        para("Hollinside Academy  |  Student: Kayla Morrow  |  UPN H836201447019  |  Year 10 (2023/24)"
             ", Year 11 (2024/25)  |  DOB 27/04/2009")
        para("Exported 28/06/2025 14:02 by J Pryce (DSL) for Castlebridge Children's Services")
        for (ref, when, cats, by, desc, acts, upd) in entries:
            para(f"Incident {ref}", bold=True)
            rows = [["Field", "Detail"], ["Date / time", when], ["Categories", cats],
                    ["Reported by", by], ["Linked student", "Kayla Morrow (10HA / 11HA)"],
                    ["Description", " ".join(desc)],
                    ["Actions", "; ".join(acts) if acts else "None recorded"]]
            if upd:
                rows.append(["Updated " + upd[0], upd[1]])
            table(rows)
    t = []
    write_docx(root / F_CPOMS, cpoms, t)
    texts[F_CPOMS] = t[0]
    # 7. placement referral
    R = doc_referral()

    def referral(d, para, table):
        para("Castlebridge City Council - Children's Services", bold=True, size=13)
        para("PLACEMENT REFERRAL: RESIDENTIAL (OUT OF AREA)", bold=True, size=12)
        para("Referral date: 03/10/2024   Referrer: Hannah Oduya, Social Worker   Manager: Gareth Lyle")
        table([["Child", "Detail"], ["Name", "Kayla Morrow"], ["Date of birth", "27/04/2009 (15)"],
               ["NHS number", "485 777 3261"], ["Current address", "3 Linnet Close, Castlebridge NE99 4RW"],
               ["Legal status", "Section 20 (Children Act 1989)"], ["Ethnicity", "White British"]])
        para("Family composition", bold=True)
        table([["Name", "Relationship", "Date of birth", "Address"],
               ["Dawn Morrow", "Mother", "11/08/1986", "14 Sandpiper Walk NE99 4QT"],
               ["Riley Morrow", "Brother", "02/12/2014", "14 Sandpiper Walk NE99 4QT"],
               ["Lee Harker", "Mother's ex-partner", "19/01/1983", "Not known"],
               ["Shaun Morrow", "Father", "Not given", "Ashby"],
               ["Patricia Morrow", "Maternal grandmother", "30/03/1961", "3 Linnet Close NE99 4RW"]])
        para("1. Reason for referral", bold=True)
        for x in R["reason"]:
            para(x)
        para("2. Missing episodes (from ORBIT)", bold=True)
        table(R["missing"])
        para("3. Exploitation history", bold=True)
        for x in R["exploit"]:
            para(x)
        para("4. Education", bold=True)
        for x in R["education"]:
            para(x)
        para("5. Family and history", bold=True)
        for x in R["family"]:
            para(x)
        para("6. Multi-agency meetings", bold=True)
        for x in R["meetings"]:
            para(x)
        para("7. Kayla's views", bold=True)
        for x in R["voice"]:
            para(x)
        para("8. Placement requirements", bold=True)
        para("Solo or small home (max 3), at least 60 miles from Castlebridge, waking night staff, "
             "education on site or nearby, experience of exploitation and missing. Ideally "
             "available by the end of October 2024.")
    t = []
    write_docx(root / F_REF, referral, t)
    texts[F_REF] = t[0]
    # 8. RHI form
    H = doc_rhi()

    def rhi(d, para, table):
        para("Compass Young People's Service", bold=True, size=13)
        para("RETURN HOME INTERVIEW (RHI) RECORD", bold=True, size=12)
        para("Young person: Kayla Morrow   DOB: 27/04/2009   Local authority: Castlebridge")
        table([["Section", "Detail"]] + H["episode"])
        para("Young person's account", bold=True)
        for x in H["account"]:
            para(x)
        para("Push and pull factors", bold=True)
        para(H["push"])
        para("Previous return home interviews", bold=True)
        table(H["history"])
        para("Actions", bold=True)
        for x in H["actions"]:
            para("- " + x)
        para("Form completed by Sam Keane, 11/07/2024. Copy to social worker and police missing "
             "persons coordinator.")
    t = []
    write_docx(root / F_RHI, rhi, t)
    texts[F_RHI] = t[0]
    # 9. scan
    lines = doc_scan()
    write_scan(root / F_SCAN, lines)
    texts[F_SCAN] = "\n".join(lines)
    # 10. e-mail
    body = doc_eml()
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = "Liz Corrigan <l.corrigan@fellsidecare.example>"
    m["To"] = "Hannah Oduya <hannah.oduya@castlebridge.gov.example>"
    m["Cc"] = "Danny Shaw <d.shaw@fellsidecare.example>"
    m["Subject"] = "Kayla M - weekly update w/c 10/03/2025"
    m["Date"] = "Fri, 14 Mar 2025 16:42:10 +0000"
    m["Message-ID"] = "<bh-weekly-20250314.kayla@fellsidecare.example>"
    m.set_content(body)
    (root / F_EML).write_bytes(m.as_bytes())
    texts[F_EML] = "Date: " + m["Date"] + "\n" + body
    # 11. EDT log
    log = doc_edt()
    (root / F_EDT).write_text(log, encoding="utf-8")
    texts[F_EDT] = log
    return texts


def build(out_root: Path) -> dict:
    out_root = Path(out_root)
    reset()
    story()
    root = out_root / SLUG
    if root.exists():
        shutil.rmtree(root)
    for f in ALL_FILES:
        (root / f).parent.mkdir(parents=True, exist_ok=True)
    texts = render(root)
    plans_and_distractors()
    for p in PLANS:
        for f in p["sources"]:
            assert any(_has(s, p["key_phrases"]) for s in sentences(texts[f])), p
    for x in DISTRACTORS:
        dd = D(x["date"]).strftime("%d/%m/%Y")
        alt = {"2024-06-11": "20240611", "2024-09-20": "20th September 2024",
               "2025-03-14": "14 Mar 2025"}.get(x["date"], dd)
        for f in x["sources"]:
            assert alt in texts[f], (x, f)
    problems = check(texts)
    if problems:
        raise AssertionError("\n".join(problems[:40]))
    by = {}
    for f, e, _t in CITES:
        by.setdefault(e, set()).add(f)
    evs = sorted(EV.values(), key=lambda e: (e["date"], e["_n"]))
    idmap = {}
    out_events = []
    for i, e in enumerate(evs, 1):
        idmap[e["id"]] = f"m{i:03d}"
        o = {"id": f"m{i:03d}", "date": e["date"], "precision": e["precision"]}
        if "date_end" in e:
            o["date_end"] = e["date_end"]
        o.update({"summary": e["summary"], "key_phrases": e["key_phrases"],
                  "sources": sorted(by[e["id"]]), "child_quote": e["child_quote"],
                  "significance": e["significance"], "category": e["category"]})
        out_events.append(o)
    expected = {"case": SLUG, "title": "Re M (A Child)", "fictional": True,
                "children": [{"name": "Kayla Morrow", "dob": "2009-04-27"}],
                "local_authority": "Castlebridge City Council (fictional)",
                "period": ["2024-01", "2025-06-30"], "events": out_events,
                "plans": PLANS, "distractors": DISTRACTORS}
    (out_root / "expected").mkdir(parents=True, exist_ok=True)
    (out_root / "expected" / f"{SLUG}.json").write_text(
        json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    files = sorted(p for p in root.rglob("*") if p.is_file())
    return {"case": SLUG, "files": len(files), "events": len(out_events)}


if __name__ == "__main__":
    print(build(Path(__file__).parent))
