"""Re B (Children): chronic neglect over four years (2021-2024). Entirely fictional.

Standalone, deterministic generator. ``build(out_root)`` rewrites ``out_root/re-b/`` and
``out_root/expected/re-b.json`` from the same data, and cross-checks itself:

* every event has at least one source;
* in every source the text that reports the event has one sentence holding all its key phrases;
* a sentence about a different event of the same date never holds those phrases;
* child quotes appear verbatim, inside quotation marks, in a source;
* plan and distractor dates never equal an event date;
* relative dates ("yesterday", "on Saturday") resolve to the event date.

Only the standard library, reportlab, python-docx and PIL are used.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import random
import re
import shutil
import textwrap
import zipfile
from email.message import EmailMessage
from email import policy as email_policy
from pathlib import Path
from xml.sax.saxutils import escape

SLUG = "re-b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------------------------------------
# Events, plans, distractors
# ---------------------------------------------------------------------------------------------

EV: dict[str, dict] = {}
PLANS: dict[str, dict] = {}
DIS: dict[str, dict] = {}


def E(key, date, prec, summary, phrases, sig, cat, quote=None, end=None, time=None):
    assert key not in EV, key
    EV[key] = {"date": date, "precision": prec, "date_end": end, "time": time,
               "summary": summary, "key_phrases": phrases, "significance": sig,
               "category": cat, "child_quote": quote, "order": len(EV)}


def P(key, date, summary, phrases):
    PLANS[key] = {"date": date, "precision": "day", "summary": summary, "key_phrases": phrases}


def X(key, date, summary, prec="day"):
    DIS[key] = {"date": date, "precision": prec, "summary": summary, "key_phrases": []}


def term(season, year):
    """Return (date, date_end) for a school term."""
    if season == "autumn":
        return f"{year}-09", f"{year}-12"
    if season == "spring":
        return f"{year}-01", (f"{year}-04" if year == 2022 else f"{year}-03")
    return f"{year}-04", f"{year}-07"


# Child quotes (verbatim)
Q_BREAD = "There wasn't any breakfast because the bread had gone green."
Q_TOOTH = "My tooth is hurting and it's gone all black."
Q_PARK = "Me and Ellie went to the park in the dark and mam was asleep on the settee."
Q_CEREAL = "Mam sleeps on the settee a lot and I do the cereal for Ellie."
Q_TEA = "We didn't have no tea last night, mam said there's no money on the electric."
Q_BURN = "Ellie burned her arm on the fire on Saturday and mam put butter on it."
Q_TIDY = "I like it when the house is tidy, it smells nice and I can find my school jumper."
Q_DOG = "Mam says the dog is naughty but nobody takes him out."
Q_WASH = "Nobody washes my stuff."
Q_NANNA = "Nanna came and got us in the night because mam was poorly."
Q_EAR = "My ear is wet and it hurts when I lie down."
Q_SCARED = "I'm scared we'll get taken off mam because the house is messy."

# --- 2021 ---------------------------------------------------------------------------------
E("hv_dna_2yr", "2021-01-12", "day", "Ellie-May not brought to her two-year health review at Ashgrove clinic",
  ["two-year review"], "context", "health")
E("hv_0126", "2021-01-26", "day",
  "Health visitor home visit (two-year review completed): Ellie-May using few words, home cluttered, dog faeces on kitchen floor, MMR booster outstanding",
  ["dog faeces"], "key", "health")
E("hv_tel_0209", "2021-02-09", "day", "Health visitor telephone call to mother unanswered; text message sent",
  ["no answer"], "context", "health")
E("hv_0216", "2021-02-16", "day",
  "Unannounced health visitor home visit: Ellie-May with severe nappy rash, little food in the house, Jayden at home during school hours",
  ["nappy rash"], "key", "neglect")
E("referral", "2021-02-17", "day", "Health visitor referral to MASH about neglect (home conditions, missed health care)",
  ["referral to MASH"], "key", "referral")
E("mash_eh", "2021-02-19", "day", "MASH decision: threshold for statutory social work not met; stepped down to Early Help",
  ["stepped down"], "key", "referral")
E("eh_0304", "2021-03-04", "day", "Early Help family support worker first home visit; Early Help assessment started with mother's consent",
  ["Early Help assessment"], "context", "early help")
E("hv_0323", "2021-03-23", "day", "Health visitor home visit: home tidier, MMR booster booked",
  ["tidier"], "context", "health")
E("mmr_dna1", "2021-04-20", "day", "Ellie-May not brought for MMR booster at the child health clinic",
  ["MMR"], "context", "health")
E("taf1", "2021-04-29", "day", "Team Around the Family meeting at Cobbold Lane Primary School",
  ["Team Around the Family"], "context", "early help")
E("mmr_dna2", "2021-05-11", "day", "Ellie-May not brought for MMR booster with the practice nurse",
  ["practice nurse"], "context", "health")
E("ryan_back", "2021-06-12", "day", "Ryan Kettering moved back into the family home",
  ["moved back in"], "key", "family")
E("eh_0615", "2021-06-15", "day", "Early Help home visit: Ryan present; mother reports he has moved back",
  ["Early Help home visit"], "context", "early help")
E("taf2", "2021-07-08", "day", "TAF review meeting: progress noted, plan to close Early Help in the autumn",
  ["TAF review"], "context", "early help")
E("mmr_given", "2021-07-13", "day", "Ellie-May's MMR booster given at clinic (brought by maternal grandmother)",
  ["MMR booster", "given"], "context", "health")
E("nursery", "2021-09", "month", "Ellie-May started in the nursery class at Cobbold Lane Primary School",
  ["nursery class"], "context", "education")
E("eh_close", "2021-10-05", "day", "Early Help closed (goals recorded as achieved)",
  ["Early Help", "closed"], "key", "early help")
E("lice_1118", "2021-11-18", "day", "Live head lice and scalp sores seen on Jayden at school; mother phoned",
  ["scalp sores"], "context", "neglect")
E("coat_1207", "2021-12-07", "day", "Jayden arrived at school without a coat in the cold and hungry",
  ["without a coat"], "context", "neglect", quote=Q_BREAD)

# --- 2022 ---------------------------------------------------------------------------------
E("hv_antenatal", "2022-01-25", "day", "Health visitor antenatal home visit: no cot for the baby, cluttered home, smell of smoke",
  ["antenatal"], "context", "health")
E("alfie_born", "2022-03-19", "day", "Alfie born at Wrexley General Hospital",
  ["born"], "key", "family")
E("hv_nbv", "2022-03-30", "day", "Health visitor new birth visit",
  ["new birth visit"], "context", "health")
E("hv_dna_68", "2022-05-04", "day", "Alfie not brought to his 6-8 week review at clinic",
  ["6-8 week review"], "context", "health")
E("sertraline", "2022-05", "month", "Shannon started on sertraline for low mood after Alfie's birth",
  ["sertraline"], "context", "parent health")
E("hv_68", "2022-05-17", "day", "Health visitor home visit: 6-8 week review completed; Alfie's weight fell to the 25th centile; mother's low mood",
  ["25th centile"], "context", "health")
E("imm_dna1", "2022-05-19", "day", "Alfie not brought for his 8-week immunisations",
  ["8-week immunisations"], "context", "health")
E("imm_dna2", "2022-06-16", "day", "Alfie not brought for his rearranged immunisations",
  ["rearranged"], "context", "health")
E("tooth", "2022-06-21", "day", "Jayden complained of toothache at school (blackened tooth); mother advised to take him to a dentist",
  ["toothache"], "context", "health", quote=Q_TOOTH)
E("imm_given", "2022-07-21", "day", "Alfie's first immunisations given (two months late)",
  ["first immunisations"], "context", "health")
E("ryan_out22", "2022-08", "approximate", "Ryan moved out of the family home after an argument",
  ["moved out"], "context", "family")
E("park", "2022-08-13", "day",
  "Police found Jayden (6) and Ellie-May (4) alone in the play park at night; mother asleep at home, Alfie in a soiled nappy, poor home conditions",
  ["play park"], "key", "neglect", time="21:40")
E("mash_cfa", "2022-08-15", "day", "MASH: police notification received; Child and Family Assessment (s17) started and allocated",
  ["Child and Family Assessment"], "key", "referral")
E("sw_0817", "2022-08-17", "day", "Social worker first home visit: rubbish bags in the yard, little food, children seen",
  ["rubbish bags"], "key", "visit")
E("hv_0819", "2022-08-19", "day", "Health visitor targeted home visit after the police notification",
  ["targeted home visit"], "context", "health")
E("reception", "2022-09", "month", "Ellie-May started in Reception at Cobbold Lane Primary School",
  ["Reception"], "context", "education")
E("circle", "2022-09-07", "day", "Jayden told his teacher in circle time that he and Ellie-May went to the park in the dark while mother slept",
  ["circle time"], "key", "disclosure", quote=Q_PARK)
E("sw_school", "2022-09-13", "day", "Social worker visited Jayden at school and saw him alone",
  ["visited Jayden at school"], "key", "visit", quote=Q_CEREAL, time="10:15")
E("sw_eve", "2022-09-13", "day", "Social worker evening home visit: mother tearful, kitchen improved, Alfie left in his car seat",
  ["evening home visit"], "context", "visit", time="17:30")
E("lice_0920", "2022-09-20", "day", "Head lice on both Jayden and Ellie-May; letter home and school nurse informed",
  ["school nurse"], "context", "neglect")
E("cfa_done", "2022-10-06", "day", "Child and Family Assessment completed: children in need; Child in Need plan",
  ["assessment", "completed"], "key", "assessment")
E("cin1", "2022-10-13", "day", "First Child in Need meeting held at school",
  ["Child in Need meeting"], "context", "meeting")
E("dental", "2022-10-25", "day", "Jayden seen by the Community Dental Service: six decayed teeth; referred for extraction under general anaesthetic",
  ["decayed teeth"], "key", "health")
E("breakfast", "2022-11-08", "day", "Jayden arrived at school hungry and ate two breakfasts at breakfast club; said there was no tea as the electricity had run out",
  ["breakfast club"], "key", "neglect", quote=Q_TEA, time="08:45")
E("foodbank", "2022-11-08", "day", "Social worker home visit: prepayment electricity meter empty; foodbank parcel and fuel voucher delivered",
  ["foodbank"], "key", "visit", time="16:45")
E("cin2", "2022-11-24", "day", "Child in Need review: little progress; Alfie's immunisations and Jayden's dental care outstanding",
  ["Child in Need review"], "context", "meeting")
E("hv_1206", "2022-12-06", "day", "Health visitor home visit: Alfie's weight fallen to the 9th centile, flattened head, severe nappy rash; concerns shared with social worker",
  ["9th centile"], "key", "health")
E("gp_med_dna", "2022-12-13", "day", "Shannon did not attend her GP medication review",
  ["medication review"], "context", "parent health")
E("ryan_xmas", "2022-12", "approximate", "Ryan moved back into the household around Christmas 2022",
  ["Christmas"], "context", "family")

# --- 2023 ---------------------------------------------------------------------------------
E("burn", "2023-01-07", "day", "Ellie-May burned her forearm on the gas fire at home (broken fireguard); no medical help sought, butter applied",
  ["gas fire"], "key", "injury")
E("burn_seen", "2023-01-09", "day", "School saw Ellie-May's untreated burn; Jayden explained how it happened; school referral to children's services",
  ["untreated burn"], "key", "injury", quote=Q_BURN, time="08:50")
E("sd1", "2023-01-09", "day", "Strategy discussion: single-agency section 47 enquiry and child protection medical agreed",
  ["strategy discussion"], "key", "meeting", time="15:00")
E("cpmed", "2023-01-10", "day", "Child protection medical for Ellie-May: burn 2-3 days old consistent with account, delay in seeking treatment; dental decay and head lice noted",
  ["child protection medical"], "key", "health", time="10:30")
E("fireguard", "2023-01-10", "day", "Social worker home visit after the medical: broken fireguard replaced; Ryan back in the home",
  ["new fireguard"], "key", "visit", time="15:30")
E("hv_joint", "2023-01-12", "day", "Joint home visit by health visitor and social worker: Alfie sleeping in a pram, cot provided",
  ["joint home visit"], "context", "visit")
E("s47_done", "2023-01-19", "day", "Section 47 enquiry concluded: concerns of neglect substantiated; ICPC requested",
  ["section 47"], "key", "assessment")
E("icpc", "2023-02-02", "day", "Initial child protection conference: all three children made subject to child protection plans (neglect)",
  ["child protection plan"], "key", "meeting")
E("cg1", "2023-02-14", "day", "First core group meeting", ["core group"], "context", "meeting")
E("sw_0222", "2023-02-22", "day", "Unannounced social work visit: home much improved; children seen alone",
  ["unannounced"], "key", "visit", quote=Q_TIDY)
E("cg2", "2023-03-07", "day", "Second core group meeting", ["core group"], "context", "meeting")
E("att_mtg", "2023-03-16", "day", "School attendance meeting with mother about Jayden's lateness; attendance support plan agreed",
  ["attendance meeting"], "context", "education")
E("hv_1yr", "2023-03-21", "day", "Health visitor one-year review: Alfie not yet crawling; referred to physiotherapy",
  ["one-year review"], "context", "health")
E("imm1y_dna1", "2023-03-23", "day", "Alfie not brought for his one-year immunisations",
  ["one-year immunisations"], "context", "health")
E("cg3", "2023-04-18", "day", "Third core group meeting", ["core group"], "context", "meeting")
E("imm1y_dna2", "2023-04-20", "day", "Alfie not brought for his rebooked one-year immunisations",
  ["rebooked"], "context", "health")
E("ga_dna", "2023-04-25", "day", "Jayden not brought for dental extraction under general anaesthetic",
  ["general anaesthetic"], "key", "health")
E("rc1", "2023-05-04", "day", "First review child protection conference: plans continue under neglect",
  ["review child protection conference"], "key", "meeting")
E("sw_0523", "2023-05-23", "day", "Statutory home visit: home deteriorated, dog faeces upstairs",
  ["dog faeces"], "key", "visit", quote=Q_DOG)
E("physio_dna", "2023-06-06", "day", "Alfie not brought to his physiotherapy appointment",
  ["physiotherapy"], "context", "health")
E("ga_done", "2023-06-13", "day", "Jayden had five teeth extracted under general anaesthetic (social worker transported)",
  ["teeth extracted"], "key", "health")
E("transfer", "2023-06-26", "day", "Case transferred to a new social worker (Daniel Whitlock)",
  ["transferred"], "context", "admin")
E("hv_intro", "2023-07-04", "day", "New health visitor introductory visit", ["introductory visit"], "context", "health")
E("ryan_out23", "2023-07", "month", "Ryan moved out again", ["moved out"], "context", "family")
E("summer23", "2023-07", "range", "During the summer holidays the children stayed with their maternal grandmother for two weeks while mother was unwell",
  ["summer holidays"], "context", "family", end="2023-09")
E("sw_0905", "2023-09-05", "day", "Social work home visit at the start of term: new uniform from grandmother, home cluttered but clean",
  ["new uniform"], "context", "visit")
E("urine", "2023-09-19", "day", "Ellie-May came to school with head lice, smelling of urine, in the same uniform all week",
  ["smelled of urine"], "key", "neglect", quote=Q_WASH)
E("imm1y_given", "2023-10-03", "day", "Alfie's one-year immunisations given", ["immunisations were given"], "context", "health")
E("edt", "2023-10-14", "day", "Police called by neighbour: mother intoxicated and unable to care for the children; EDT involved",
  ["intoxicated"], "key", "neglect", time="23:15")
E("gran_collect", "2023-10-15", "day", "Maternal grandmother collected the children overnight at EDT's request",
  ["collected the children"], "key", "family", time="00:40")
E("sw_gran", "2023-10-16", "day", "Social worker saw the children at the maternal grandmother's address",
  ["Lorraine's address"], "context", "visit")
E("nanna", "2023-10-16", "day", "Jayden told his class teacher that Nanna fetched them in the night", ["in the night"],
  "context", "disclosure", quote=Q_NANNA)
E("sd2", "2023-10-17", "day", "Strategy discussion after the out-of-hours incident: section 47 enquiry; children to stay with grandmother until a written agreement",
  ["strategy discussion"], "key", "meeting")
E("return", "2023-10-20", "day", "Children returned home to mother under a written agreement", ["written agreement"], "key", "family")
E("rc2", "2023-10-26", "day", "Second review child protection conference: plans continue; legal advice to be sought",
  ["review child protection conference"], "key", "meeting")
E("cg4", "2023-11-09", "day", "Core group meeting", ["core group"], "context", "meeting")
E("late_0925", "2023-11-28", "day", "Unannounced early visit: children not ready for school, no breakfast; social worker took them to school at 09:25",
  ["09:25"], "key", "visit")

# --- 2024 ---------------------------------------------------------------------------------
E("smoke", "2024-01-09", "day", "Home visit: no working smoke alarm; fire service safety check requested", ["smoke alarm"], "context", "visit")
E("att_panel", "2024-01-16", "day", "School attendance panel: mother did not attend; penalty notice warning",
  ["attendance panel"], "context", "education")
E("fire_visit", "2024-01-18", "day", "Fire and rescue service home safety visit; smoke alarms fitted", ["home safety visit"], "context", "visit")
E("ear", "2024-02-05", "day", "School saw discharge from Ellie-May's ear; mother asked to take her to the GP",
  ["discharge"], "key", "health", quote=Q_EAR)
E("gp_dna_ear", "2024-02-06", "day", "Ellie-May not brought to the GP appointment made for her ear",
  ["not brought"], "key", "health")
E("ed", "2024-02-09", "day", "Ellie-May taken to the emergency department by her grandmother: perforated eardrum",
  ["perforated eardrum"], "key", "health")
E("hv_dna_2yr_a", "2024-02-27", "day", "Alfie not brought to his two-year review at clinic", ["two-year review"], "context", "health")
E("gp_alcohol", "2024-02-29", "day", "Shannon told the GP she was drinking most evenings; referred to Recovery Wrexley",
  ["Recovery Wrexley"], "key", "parent health")
E("cg5", "2024-03-05", "day", "Core group meeting", ["core group"], "context", "meeting")
E("hv_2yr_a", "2024-03-12", "day", "Health visitor two-year review for Alfie: ASQ-3 communication below cut-off; speech and language referral",
  ["ASQ-3"], "key", "health")
E("rc3", "2024-04-11", "day", "Third review child protection conference: plans continue; legal planning meeting requested",
  ["review child protection conference"], "key", "meeting")
E("lpm", "2024-04-25", "day", "Legal planning meeting: threshold met; decision to enter pre-proceedings (PLO)",
  ["legal planning meeting"], "key", "legal")
E("mentor", "2024-04-30", "day", "Jayden told the learning mentor he was scared of being taken away", ["learning mentor"], "key", "disclosure",
  quote=Q_SCARED)
E("plo_letter", "2024-05-08", "day", "Letter before proceedings hand-delivered to mother", ["letter before proceedings"], "key", "legal")
E("tel", "2024-05-10", "day", "Mother telephoned the social worker about the letter; list of solicitors given",
  ["list of solicitors"], "context", "contact", time="14:20")

# --- school attendance by term (from the attendance summary) ---------------------------------
ATT = [  # (season, year, jayden %, jayden lates, ellie %, ellie lates, comment)
    ("summer", 2021, "91.4%", 6, None, None, "Below school target (96%)."),
    ("autumn", 2021, "89.7%", 11, None, None, "Persistent absence threshold; letter 1 sent."),
    ("spring", 2022, "87.9%", 14, None, None, "Lates mostly Mondays."),
    ("summer", 2022, "88.6%", 9, None, None, "Mother's pregnancy/new baby given as reason."),
    ("autumn", 2022, "84.3%", 17, "85.1%", 12, "Both children persistently absent."),
    ("spring", 2023, "86.8%", 21, "83.9%", 19, "Attendance support plan from March."),
    ("summer", 2023, "90.5%", 8, "88.2%", 7, "Includes authorised absence for hospital."),
    ("autumn", 2023, "79.2%", 23, "76.4%", 22, "Referred to attendance panel."),
    ("spring", 2024, "81.6%", 18, "80.3%", 16, "Penalty notice warning issued."),
]
for _s, _y, _j, _jl, _e, _el, _c in ATT:
    _d, _end = term(_s, _y)
    _sum = f"{_s.capitalize()} term {_y} attendance: Jayden {_j}" + (f", Ellie-May {_e}" if _e else "")
    E(f"att_{_s}{_y}", _d, "range", _sum, [_j], "context", "education", end=_end)

# --- plans (future arrangements that had not happened, or never happened on that date) -------
P("p_rc_1019", "2023-10-19", "Second review child protection conference as first listed (moved to 26/10/2023)", ["next review"])
P("p_ppm", "2024-05-22", "Pre-proceedings meeting (PLO) at Wrexley Civic Centre", ["pre-proceedings meeting"])
P("p_rc_1010", "2024-10-10", "Next review child protection conference", ["next review"])
P("p_salt", "2024-06-03", "Alfie's first speech and language therapy appointment", ["speech and language"])
P("p_cg", "2024-06-04", "Next core group meeting", ["next core group"])
P("p_recovery", "2024-05-16", "Mother's first Recovery Wrexley (alcohol service) appointment ('next Thursday')",
  ["Recovery Wrexley"])

# --- distractors (dates that are not events) --------------------------------------------------
X("x_dob_j", "2015-10-14", "DOB of Jayden Birtwell")
X("x_dob_e", "2018-07-02", "DOB of Ellie-May Birtwell")
X("x_dob_s", "1994-06-17", "DOB of Shannon Birtwell (mother)")
X("x_dob_r", "1991-02-03", "DOB of Ryan Kettering (mother's partner)")
X("x_dob_l", "1968-09-05", "DOB of Lorraine Birtwell (maternal grandmother)")
X("x_dob_d", "1990-12-11", "DOB of Darren Pryce (father of Jayden and Ellie-May)")
X("x_form_rev", "2020-09-01", "Referral form version/revision date")
X("x_param", "2021-01-01", "Case-note report parameter start date")
X("x_printed", "2024-05-13", "'Printed by' footer date on the case-note export")
X("x_hv_printed", "2024-05-07", "Health visiting record print date")
X("x_sch_upd", "2024-05-03", "School chronology 'last updated' date")
X("x_police_ref", "2022-10-04", "Police occurrence reference that looks like a date (NP/041022/0417)")
X("x_police_rev", "2022-08-14", "Police supervisor review stamp")
X("x_g1_letter", "2022-09-28", "GP letter date")
X("x_g1_sent", "2022-09-29", "GP e-mail sent header")
X("x_g2_letter", "2023-01-26", "GP report date")
X("x_g2_sent", "2023-01-27", "GP e-mail sent header")
X("x_g3_letter", "2024-03-18", "GP report date")
X("x_g3_sent", "2024-03-19", "GP e-mail sent header")
X("x_sd1_circ", "2023-01-11", "Strategy discussion minutes circulated")
X("x_icpc_dist", "2023-02-09", "ICPC minutes distributed")
X("x_rc1_dist", "2023-05-15", "Review conference minutes distributed")
X("x_cg_by1", "2023-02-28", "Core group action deadline (by when)")
X("x_cg_by2", "2023-03-31", "Core group action deadline (by when)")
X("x_rc2_dist", "2023-11-06", "Review conference minutes distributed")
X("x_plo_reply", "2024-05-17", "PLO letter: reply-by date")
X("x_sd2_circ", "2023-10-18", "Strategy discussion (October) minutes circulated")

# ---------------------------------------------------------------------------------------------
# Date helpers
# ---------------------------------------------------------------------------------------------

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ord(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt(iso, style="n"):
    d = dt.date.fromisoformat(iso)
    return {
        "n": d.strftime("%d/%m/%Y"),
        "n2": d.strftime("%d/%m/%y"),
        "dots": d.strftime("%d.%m.%y"),
        "mon": d.strftime("%d-%b-%Y"),
        "long": f"{WD[d.weekday()]} {_ord(d.day)} {d.strftime('%B %Y')}",
        "ord": f"{_ord(d.day)} {d.strftime('%B %Y')}",
        "dM": f"{d.day} {d.strftime('%B')}",
        "dMY": f"{d.day} {d.strftime('%B %Y')}",
        "short": d.strftime("%a ") + f"{d.day} " + d.strftime("%b %y"),
        "wdn": f"{WD[d.weekday()][:3]} {d.strftime('%d/%m/%Y')}",
    }[style]


def D(key, style="n"):
    """Format an event's (day) date."""
    if key in EV:
        iso = EV[key]["date"]
    elif key in PLANS:
        iso = PLANS[key]["date"]
    else:
        iso = DIS[key]["date"]
    assert len(iso) == 10, (key, iso)
    return fmt(iso, style)


def REL(key, anchor, expr):
    """Return a relative-date expression, asserting it resolves to the event's date."""
    a = dt.date.fromisoformat(anchor)
    target = dt.date.fromisoformat(EV[key]["date"])
    low = expr.lower()
    if low in ("yesterday", "last night"):
        want = a - dt.timedelta(days=1)
    elif low in ("today", "this morning", "this afternoon"):
        want = a
    else:
        m = re.search(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", low)
        assert m, expr
        wd = [w.lower() for w in WD].index(m.group(1))
        delta = (a.weekday() - wd) % 7 or 7
        want = a - dt.timedelta(days=delta)
    assert want == target, (key, anchor, expr, want, target)
    return expr


# ---------------------------------------------------------------------------------------------
# Documents: every piece of text is recorded with the events/plans/distractors it reports
# ---------------------------------------------------------------------------------------------

DOCS: dict[str, "Doc"] = {}


class Doc:
    def __init__(self, path, kind):
        self.path = path
        self.kind = kind
        self.chunks: list[tuple[str, tuple]] = []
        self.pages = 0
        DOCS[path] = self

    def t(self, text, *tags):
        for tg in tags:
            assert tg in EV or tg in PLANS or tg in DIS, (self.path, tg)
        self.chunks.append((text, tags))
        return text

    def row(self, cells, *tags):
        self.t(" | ".join(cells), *tags)
        return list(cells)


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def _pdf_styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    base = ParagraphStyle("base", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    return {
        "p": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.3, leading=10.2, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName="Helvetica-Bold", fontSize=8.3, leading=10.2,
                                spaceAfter=0),
        "title": ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=14, leading=18,
                                spaceAfter=6),
        "h": ParagraphStyle("h", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=14,
                            spaceBefore=6, spaceAfter=3, textColor=colors.HexColor("#1f3a5f")),
        "note_date": ParagraphStyle("nd", parent=base, fontName="Helvetica-Bold", fontSize=10.5, leading=13,
                                    spaceBefore=8, spaceAfter=1),
        "note_meta": ParagraphStyle("nm", parent=base, fontName="Helvetica-Oblique", fontSize=8.3, leading=10.5,
                                    spaceAfter=3, textColor=colors.HexColor("#333333")),
        "bullet": ParagraphStyle("bl", parent=base, leftIndent=12, bulletIndent=2),
    }


def _esc(s):
    return escape(s).replace("\n", "<br/>")


def render_pdf(doc: Doc, out: Path, blocks, header, footer, title):
    """Flowable PDF with a running header/footer and 'Page N of M'."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether

    st = _pdf_styles()

    def flow():
        f = []
        for b in blocks:
            k = b[0]
            if k in ("p", "small", "title", "h", "note_date", "note_meta"):
                f.append(Paragraph(_esc(b[1]), st[k]))
            elif k == "bullet":
                f.append(Paragraph(_esc(b[1]), st["bullet"], bulletText="\u2022"))
            elif k == "sp":
                f.append(Spacer(1, b[1]))
            elif k == "pb":
                f.append(PageBreak())
            elif k in ("table", "kv"):
                rows = b[1]
                widths = b[2] if len(b) > 2 else None
                head = k == "table"
                data = []
                for i, r in enumerate(rows):
                    data.append([Paragraph(_esc(c), st["cellb"] if (head and i == 0) or (k == "kv" and j == 0)
                                           else st["cell"]) for j, c in enumerate(r)])
                tb = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=1 if head else 0)
                style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
                if head:
                    style += [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee"))]
                else:
                    style += [("BOX", (0, 0), (-1, -1), 0.4, colors.grey),
                              ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.lightgrey)]
                tb.setStyle(TableStyle(style))
                f.append(tb)
                f.append(Spacer(1, 4))
            elif k == "keep":
                f.append(KeepTogether([Paragraph(_esc(x[1]), st[x[0]]) for x in b[1]]))
            else:
                raise ValueError(k)
        return f

    def build(target, total):
        def deco(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            canv.drawString(18 * mm, A4[1] - 11 * mm, header)
            canv.drawRightString(A4[0] - 18 * mm, A4[1] - 11 * mm, "OFFICIAL-SENSITIVE")
            canv.line(18 * mm, A4[1] - 12.5 * mm, A4[0] - 18 * mm, A4[1] - 12.5 * mm)
            canv.drawString(18 * mm, 10 * mm, footer)
            canv.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {d.page} of {total}")
            canv.restoreState()
            counter[0] = d.page
        sd = SimpleDocTemplate(target, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                               topMargin=18 * mm, bottomMargin=18 * mm, invariant=1, title=title,
                               author="Wrexley Children's Services", creator="re-b generator", subject="")
        sd.build(flow(), onFirstPage=deco, onLaterPages=deco)

    counter = [0]
    build(io.BytesIO(), 0)
    total = counter[0]
    buf = io.BytesIO()
    build(buf, total)
    assert counter[0] == total
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buf.getvalue())
    doc.pages = total


FIXED_DT = dt.datetime(2024, 5, 13, 9, 0, 0)


def render_docx(doc: Doc, out: Path, blocks, author, created):
    import docx
    from docx.shared import Pt, Mm
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    normal = d.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif k == "bullet":
            d.add_paragraph(b[1], style="List Bullet")
        elif k == "bold":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k in ("table", "kv"):
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = t.cell(i, j)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(c)
                    run.font.size = Pt(8.5)
                    if (k == "table" and i == 0) or (k == "kv" and j == 0):
                        run.bold = True
            if len(b) > 2:
                for j, w in enumerate(b[2]):
                    for r in t.rows:
                        r.cells[j].width = Mm(w)
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.title = doc.path.rsplit("/", 1)[-1]
    buf = io.BytesIO()
    d.save(buf)
    out.parent.mkdir(parents=True, exist_ok=True)
    _rezip(buf.getvalue(), out)
    words = sum(len(c[0].split()) for c in doc.chunks)
    doc.pages = max(1, round(words / 500))


def _rezip(data: bytes, out: Path):
    zin = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 5, 13, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))
    out.write_bytes(buf.getvalue())


def render_txt(doc: Doc, out: Path, text: str):
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(text.encode("utf-8"))
    doc.pages = max(1, round(len(text.split()) / 500))


def render_eml(doc: Doc, out: Path, headers: dict, body: str):
    msg = EmailMessage(policy=email_policy.default)
    for k, v in headers.items():
        msg[k] = v
    body = "\n".join(textwrap.fill(ln, 76) if len(ln) > 76 else ln for ln in body.split("\n"))
    msg.set_content(body, cte="7bit" if body.isascii() else "quoted-printable")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(msg.as_bytes(policy=email_policy.SMTP.clone(max_line_length=120)))
    doc.pages = max(1, round(len(body.split()) / 500))


def render_scan(doc: Doc, out: Path, pages, seed=7):
    """Image-only PDF: each page is text drawn onto a grey, slightly rotated 200 dpi image."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader

    rng = random.Random(seed)
    W, H = 1654, 2339
    f_reg = ImageFont.truetype(FONT, 30)
    f_small = ImageFont.truetype(FONT, 24)
    f_head = ImageFont.truetype(FONT_BOLD, 40)
    f_bold = ImageFont.truetype(FONT_BOLD, 30)
    fonts = {"p": f_reg, "small": f_small, "title": f_head, "h": f_bold}
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle("scan")
    c.setAuthor("")
    c.setCreator("scanner")
    out.parent.mkdir(parents=True, exist_ok=True)
    for pi, blocks in enumerate(pages):
        img = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(img)
        y = 120
        x0, x1 = 130, W - 130
        for b in blocks:
            k = b[0]
            if k == "box":  # label/value rows drawn as a ruled form
                for label, value in b[1]:
                    lines = _wrap(dr, value, f_reg, x1 - x0 - 480)
                    h = max(1, len(lines)) * 40 + 16
                    dr.rectangle([x0, y, x1, y + h], outline=60, width=2)
                    dr.line([x0 + 460, y, x0 + 460, y + h], fill=60, width=2)
                    dr.text((x0 + 10, y + 8), label, font=f_small, fill=30)
                    for li, ln in enumerate(lines):
                        dr.text((x0 + 475, y + 8 + li * 40), ln, font=f_reg, fill=20)
                    y += h
                y += 20
            elif k == "stamp":
                dr.rectangle([x1 - 520, y, x1, y + 110], outline=90, width=5)
                dr.text((x1 - 495, y + 12), b[1], font=f_bold, fill=80)
                dr.text((x1 - 495, y + 58), b[2], font=f_bold, fill=80)
                y += 130
            elif k == "tick":
                for label, ticked in b[1]:
                    dr.rectangle([x0, y + 6, x0 + 28, y + 34], outline=30, width=2)
                    if ticked:
                        dr.line([x0 + 4, y + 20, x0 + 12, y + 30], fill=10, width=4)
                        dr.line([x0 + 12, y + 30, x0 + 26, y + 6], fill=10, width=4)
                    dr.text((x0 + 45, y + 2), label, font=f_reg, fill=20)
                    y += 44
                y += 10
            else:
                fnt = fonts[k]
                lines = _wrap(dr, b[1], fnt, x1 - x0)
                lh = {"title": 54, "h": 44, "p": 40, "small": 32}[k]
                for ln in lines:
                    dr.text((x0, y), ln, font=fnt, fill=15)
                    y += lh
                y += 14
            assert y < H - 120, ("scan page overflow", pi)
        dr.text((x0, H - 100), f"MARF v3.2    Page {pi + 1} of {len(pages)}", font=f_small, fill=60)
        # paper tone, speckles, slight skew, soft focus
        img = img.point(lambda v: int(v * 0.86 + 14))
        px = img.load()
        for _ in range(2500):
            px[rng.randrange(W), rng.randrange(H)] = rng.randrange(120, 200)
        img = img.rotate(0.55 if pi % 2 == 0 else -0.4, resample=Image.BICUBIC, expand=False, fillcolor=228)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    doc.pages = len(pages)


def _wrap(dr, text, font, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split():
            cand = (line + " " + w).strip()
            if dr.textlength(cand, font=font) <= width:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


# ---------------------------------------------------------------------------------------------
# People and places (all fictional)
# ---------------------------------------------------------------------------------------------

ADDR = "14 Foundry Row, Wrexley NE99 4TR"
GRAN_ADDR = "3 Linthorpe Close, Wrexley NE99 6LC"
LA = "Wrexley Metropolitan Borough Council"
SCHOOL = "Cobbold Lane Primary School"
GP = "Fernbank Medical Practice"
NHS_J, NHS_E, NHS_A = "485 777 3102", "485 777 3129", "485 777 3145"


# ---------------------------------------------------------------------------------------------
# 1. Scanned multi-agency referral form (health visitor, February 2021)
# ---------------------------------------------------------------------------------------------

def doc_scan(root):
    d = Doc("referral/scanned-marf-health-visitor.pdf", "scan")
    t = d.t
    p1 = [
        ("title", t("Wrexley Safeguarding Children Partnership")),
        ("h", t("MULTI-AGENCY REFERRAL FORM (MARF) - send to MASH")),
        ("small", t("Form MARF v3.2 (rev. " + D("x_form_rev") + "). Do not delay a referral to complete this form "
                    "if a child is at immediate risk: ring 01632 960100.", "x_form_rev")),
        ("stamp", "RECEIVED - MASH", "17 FEB 2021  14:20"),
        ("h", t("Section 1 - Referrer")),
        ("box", [
            (t("Name"), t("Gemma Rowntree")),
            (t("Role / agency"), t("Health Visitor, 0-19 Healthy Child Service, Northvale Community Health NHS Trust")),
            (t("Contact"), t("01632 960412  /  gemma.rowntree@northvale-nhs.example")),
            (t("Date of referral"), t(D("referral"), "referral")),
        ]),
        ("h", t("Section 2 - Children and household")),
        ("box", [
            (t("Child 1"), t("Ellie-May BIRTWELL   DOB " + D("x_dob_e") + "   NHS " + NHS_E, "x_dob_e")),
            (t("Child 2"), t("Jayden BIRTWELL   DOB " + D("x_dob_j") + "   Cobbold Lane Primary (Year 1)", "x_dob_j")),
            (t("Mother"), t("Shannon BIRTWELL   DOB " + D("x_dob_s"), "x_dob_s")),
            (t("Father(s)"), t("Darren PRYCE (father of both) - not in household, no contact, lives out of area")),
            (t("Others in home"), t("Mother's partner Ryan Kettering stays 'on and off'. One dog (Staffie).")),
            (t("Address"), t(ADDR)),
            (t("GP"), t(GP + ", Dr A Haddad")),
        ]),
        ("h", t("Section 3 - Consent")),
        ("tick", [(t("Parent aware of referral"), True), (t("Parent consents to referral"), True),
                  (t("Consent not sought - reason below"), False)]),
        ("p", t("Discussed with mum at the visit on 16/02/21; she said she \"won't fight it\" if it gets her some help.",
                "hv_0216")),
    ]
    p2 = [
        ("h", t("Section 4 - Reason for referral (please give dates)")),
        ("p", t("I am making this referral to MASH because of growing concerns about neglect of Ellie-May and Jayden "
                "over the last few weeks, with little change after advice.", "referral")),
        ("p", t("1. Ellie-May was not brought to her two-year review at Ashgrove clinic on " + D("hv_dna_2yr", "n2") +
                ". Two letters had been sent.", "hv_dna_2yr")),
        ("p", t("2. I completed the two-year review at home on " + D("hv_0126", "n2") + ". Ellie-May has only about "
                "six words and points for things. There was dog faeces on the kitchen floor and on the stairs, the "
                "sink was full of pots, and her MMR booster is outstanding.", "hv_0126")),
        ("p", t("3. On " + D("hv_0216", "n2") + " I made an unannounced visit at 11am. Ellie-May had severe nappy rash "
                "with broken skin, and the nappy felt like it had been on all morning. There was very little food in "
                "the house (half a loaf and some squash). Jayden was at home in his pyjamas; mum said he had a tummy "
                "ache but he was running around and asked me for a biscuit.", "hv_0216")),
        ("p", t("4. Mum presents as low in mood and tired. She says money is very tight and that Ryan \"comes and "
                "goes\". She engages when I am there but does not follow through.")),
        ("h", t("Section 5 - What do you think needs to happen?")),
        ("p", t("Assessment of the children's needs and support for mum with routines, the home and health "
                "appointments. I will continue to visit monthly.")),
        ("box", [
            (t("Signed"), t("G Rowntree (HV)")),
            (t("Date"), t(D("referral", "n") + "  13:55", "referral")),
            (t("Manager / safeguarding lead"), t("Discussed with Safeguarding Named Nurse, J Tait")),
        ]),
        ("small", t("MASH use only - Contact number: C-2102-0917    RAG: Amber    Passed to: MASH SW")),
    ]
    render_scan(d, root / d.path, [p1, p2])
    return d


# ---------------------------------------------------------------------------------------------
# 2. Health visiting record (table)
# ---------------------------------------------------------------------------------------------

def doc_hv(root):
    d = Doc("health/health-visiting-record-2021-2024.pdf", "pdf")
    t, r = d.t, d.row
    GR, TE, PN = "G Rowntree, HV", "T Elwood, CNN", "P Nandra, HV"
    rows = [["Date", "Contact type", "Practitioner", "Summary / Outcome"]]
    rows += [
        r([D("hv_dna_2yr"), "Clinic - 2-2½ yr review", GR,
           "DNA. Ellie-May was not brought to her two-year review at Ashgrove clinic. Second appointment letter sent; "
           "to offer home visit."], "hv_dna_2yr"),
        r([D("hv_0126"), "Home visit (planned)", GR,
           "Two-year review completed at home. ASQ-3: communication and personal-social below cut-off (approx. 6 words). "
           "Home cluttered; dog faeces on the kitchen floor. MMR booster outstanding - advised. Safe storage discussed "
           "(tablets on the coffee table)."], "hv_0126"),
        r([D("hv_tel_0209"), "Telephone", GR,
           "Telephone call to mum to arrange the follow-up visit - no answer. Text message sent asking her to "
           "ring back. No reply."], "hv_tel_0209"),
        r([D("hv_0216"), "Home visit (unannounced)", GR,
           "Ellie-May in a saturated nappy with severe nappy rash, skin broken. Very little food in the house. Jayden at "
           "home at 11am (mum said unwell). Mum low, tearful. Discussed concerns and referral; mum agreed."], "hv_0216"),
        r([D("referral"), "Safeguarding", GR,
           "Referral to MASH completed and e-mailed (MARF). Discussed with Named Nurse. Copy to GP."], "referral"),
        r([D("hv_0323"), "Home visit", GR,
           "Home tidier, dog kept in the yard. Nappy rash healed. Early Help worker (L Marsh) now visiting. MMR booked "
           "for clinic. Speech and language referral sent."], "hv_0323"),
        r([D("mmr_dna1"), "Clinic - immunisation", TE,
           "DNA / not brought for MMR booster. Mum later texted that she \"forgot\". Rebooked with practice nurse."],
          "mmr_dna1"),
        r([D("mmr_given"), "Clinic - immunisation", TE,
           "MMR booster given - Ellie-May brought by maternal grandmother (Lorraine). No concerns on the day."],
          "mmr_given"),
        r([D("hv_antenatal"), "Home visit - antenatal", GR,
           "Antenatal contact, mum 32/40. No cot or Moses basket yet; house cluttered with bags of washing; smell of "
           "smoke. Safe sleep and smoking advice given, Lullaby Trust leaflet. Ryan present, quiet."], "hv_antenatal"),
        r([fmt("2022-03-30"), "Home visit - new birth", GR,
           "New birth visit. Alfie born " + D("alfie_born") + " at Wrexley General Hospital, 38+2 weeks, 2.91 kg. Bottle "
           "fed (formula), feeding well. Moses basket now in place. Mum tired; EPDS to be repeated at 6-8 weeks.",
           ], "hv_nbv", "alfie_born"),
        r([D("hv_dna_68"), "Clinic - 6-8 week review", TE,
           "Not brought. Alfie was not brought to his 6-8 week review. Phoned mum - overslept. Home visit arranged."],
          "hv_dna_68"),
        r([D("hv_68"), "Home visit", GR,
           "6-8 week review completed. Weight has dropped from the 50th to the 25th centile; feeds 3-4 oz every 4 hrs, "
           "bottles not always sterilised. EPDS 14 - advised to see GP. Alfie's 8-week immunisations due this week."],
          "hv_68"),
        r([D("hv_0819"), "Home visit - targeted", GR,
           "Targeted home visit following police notification that Jayden and Ellie-May were found alone in the play park "
           "late at night on " + D("park") + ". Alfie weighed (between 25th and 9th centiles). Bottle of curdled milk in "
           "the cot. Social worker S Okafor now allocated; information shared."], "hv_0819", "park"),
        r([D("hv_1206"), "Home visit", GR,
           "Alfie 8½ months. Weight now on the 9th centile. Flattened back of head (positional plagiocephaly) - spends "
           "most of the day in a bouncer or car seat. Severe nappy rash again. Shared with SW S Okafor by phone today."],
          "hv_1206"),
        r([D("hv_joint"), "Joint home visit", GR + " / S Okafor, SW",
           "Joint home visit with social worker after strategy discussion. Alfie has been sleeping in a pram; new cot "
           "delivered and built during the visit. Safe sleep repeated."], "hv_joint"),
        r([D("icpc"), "Meeting", GR,
           "Attended ICPC. All three children made subject to child protection plans (category: neglect). HV to visit "
           "fortnightly for Alfie and attend core groups."], "icpc"),
        r([D("hv_1yr"), "Home visit - 1 yr review", GR,
           "One-year review. Alfie sitting but not yet crawling or pulling to stand; head shape improving. Referred to "
           "children's physiotherapy. Home better; cot in use."], "hv_1yr"),
        r([D("rc1"), "Meeting", GR,
           "Review child protection conference attended. Plans continue. HV to hand over to P Nandra in July."], "rc1"),
        r([D("physio_dna"), "Information received", GR,
           "Children's physiotherapy advise Alfie was not brought to his physiotherapy appointment today. Rebooked; SW "
           "informed."], "physio_dna"),
        r([D("hv_intro"), "Home visit", PN,
           "Introductory visit with new HV. Alfie cruising on furniture, babbling. Mum says Ryan has moved out and "
           "she is \"better off\". Dog indoors, strong smell of urine in the lounge."], "hv_intro"),
        r([D("rc2"), "Meeting", PN,
           "Review child protection conference. Plans continue; LA to seek legal advice. HV contact monthly."], "rc2"),
        r([D("hv_dna_2yr_a"), "Clinic - 2-2½ yr review", TE,
           "DNA. Alfie was not brought to his two-year review at Ashgrove clinic. Home visit offered."], "hv_dna_2yr_a"),
        r([D("hv_2yr_a"), "Home visit - 2 yr review", PN,
           "Two-year review at home. ASQ-3: communication below cut-off (about 10 words), gross motor now fine. Referral "
           "to speech and language therapy - first appointment offered for " + D("p_salt") + ". Bag of used nappies on "
           "the landing; dog faeces in the yard. Shared with SW D Whitlock."], "hv_2yr_a", "p_salt"),
        r([D("rc3"), "Meeting", PN,
           "Review child protection conference. Plans continue; legal planning meeting to be requested."], "rc3"),
    ]
    blocks = [
        ("title", t("Family Health Record - Contact Log")),
        ("p", t("Northvale Community Health NHS Trust  |  0-19 Healthy Child Service (Health Visiting)  |  Wrexley North "
                "Team, Ashgrove Children's Centre, Ashgrove Road, Wrexley NE99 3AG  |  01632 960410")),
        ("kv", [
            [t("Family"), t("BIRTWELL - " + ADDR)],
            [t("Children"), t("Ellie-May Birtwell, DOB " + D("x_dob_e") + ", NHS " + NHS_E + "; Alfie Kettering, NHS "
                              + NHS_A + " (added at birth); Jayden Birtwell, DOB " + D("x_dob_j") +
                              " - school nursing record held separately", "x_dob_e", "x_dob_j")],
            [t("Parent(s)"), t("Shannon Birtwell (mother), DOB " + D("x_dob_s") + "; Ryan Kettering (Alfie's father)",
                               "x_dob_s")],
            [t("Service level"), t("Universal Partnership Plus (safeguarding) from February 2021")],
        ], [35, 139]),
        ("h", t("Contact log")),
        ("small", t("DNA = did not attend. For children, 'not brought' is recorded. CNN = community nursery nurse.")),
        ("table", rows, [20, 30, 26, 98]),
        ("small", t("Record printed " + D("x_hv_printed") + " 11:47 by P Nandra for child protection / legal request. "
                    "Entries are summaries; full entries held on the electronic record.", "x_hv_printed")),
    ]
    render_pdf(d, root / d.path, blocks, "Northvale Community Health NHS Trust - Health Visiting Contact Log",
               "Printed " + D("x_hv_printed") + " - not for onward sharing without consent of the Trust",
               "Health visiting record")
    return d


# ---------------------------------------------------------------------------------------------
# 3. School safeguarding chronology and attendance summary (DOCX)
# ---------------------------------------------------------------------------------------------

def doc_school(root):
    d = Doc("school/cobbold-lane-safeguarding-chronology.docx", "docx")
    t, r = d.t, d.row
    KA, LF, OQ, DH, TB = ("K Ashdown (DSL)", "L Fenwick (class teacher)", "O Quigley (EYFS teacher)",
                          "D Hulme (attendance officer)", "T Beadle (learning mentor)")
    rows = [["Date", "Concern", "Action taken", "By whom"]]
    rows += [
        r([D("taf1"), "Team Around the Family meeting held in school (Early Help, L Marsh). Mum attended.",
           "School actions: breakfast club place for Jayden; uniform from the pre-loved rail.", KA], "taf1"),
        r([D("taf2"), "TAF review - mum more settled, Jayden's lates reduced.",
           "School to continue breakfast club. Early Help likely to close after the summer.", KA], "taf2"),
        r(["Sept 2021", "Ellie-May started in our nursery class (mornings).",
           "Nursery key person allocated.", OQ], "nursery"),
        r([D("lice_1118", "dots"), "Live head lice seen on Jayden; scalp sores from scratching behind his ears.",
           "Mum phoned - advised on treatment, leaflet sent home. Mum said she had no money for lotion; school gave a "
           "nit comb and lotion.", LF], "lice_1118"),
        r([D("coat_1207", "dots"), "Jayden came in without a coat in the frost, hands red raw, and said he was hungry. "
           "He said: \"" + Q_BREAD + "\"",
           "Fed at breakfast club. Coat from lost property. Logged - to monitor.", LF + " / " + KA], "coat_1207"),
        r([D("tooth", "dots"), "Jayden complained of toothache and was holding his jaw. He said \"" + Q_TOOTH + "\" "
           "Front left molar visibly black.",
           "Mum phoned and advised to take him to a dentist; she said they are not registered. NHS 111 number given.",
           LF], "tooth"),
        r(["Sept 2022", "Ellie-May started in Reception (Class R, Miss Quigley).",
           "Transition meeting held with mum; toileting accidents noted.", OQ], "reception"),
        r([D("circle", "dots"), "In circle time Jayden said: \"" + Q_PARK + "\" He said this happened in the summer "
           "holidays.",
           "DSL phoned MASH. MASH confirmed police found the children alone in the play park during the summer "
           "holidays and a social worker is allocated. Logged on the safeguarding system.", KA], "circle", "park"),
        r([D("sw_school", "dots"), "Social worker Sophie Okafor visited Jayden at school (10.15-10.50) and saw him "
           "alone in the nurture room.", "Teacher released him from phonics. No concerns raised after.", KA],
          "sw_school"),
        r([D("lice_0920", "dots"), "Head lice on both Jayden and Ellie-May; Ellie-May scratching constantly.",
           "Letters home. School nurse informed and offered a home visit. Mum said she would treat tonight.", KA],
          "lice_0920"),
        r([D("cin1", "dots"), "Child in Need meeting held at school.",
           "School to offer breakfast club for both, monitor lates and send a weekly update to the SW.", KA], "cin1"),
        r([D("breakfast", "dots"), "Jayden arrived at 08:45 hungry and ate two breakfasts at breakfast club. He said: "
           "\"" + Q_TEA + "\"",
           "DSL phoned SW 09:15. Food parcel from the school pantry sent home.", KA], "breakfast"),
        r([D("cin2", "dots"), "Child in Need review - limited change; lates continuing.",
           "Attendance officer to meet mum in the new year.", KA], "cin2"),
        r([D("burn_seen", "dots"), "Class teacher noticed an untreated burn on Ellie-May's left forearm at 08:50, "
           "weeping and uncovered. Jayden said: \"" + Q_BURN + "\" Ellie-May said she touched the gas fire at home at "
           "the weekend.",
           "First aid, photographs per policy. DSL rang children's services 09:35 and made a referral.", KA + " / " + OQ],
          "burn_seen", "burn"),
        r([D("sd1", "dots"), "Strategy discussion (Teams, 3pm) attended by DSL.",
           "School to share attendance and welfare log by 12 noon tomorrow.", KA], "sd1"),
        r([D("icpc", "dots"), "ICPC - all three children made subject to child protection plans (neglect).",
           "School is a core group member. Daily welfare check at the gate.", KA], "icpc"),
        r([D("att_mtg", "dots"), "Attendance meeting with mum - Jayden late 9 times in 4 weeks.",
           "Attendance support plan agreed: wake-up call from school at 8am for 4 weeks.", DH], "att_mtg"),
        r([D("ga_dna", "dots"), "Jayden in school all day although his dental operation under general anaesthetic "
           "was today. Mum told staff the hospital had cancelled.",
           "DSL checked with SW - hospital confirmed Jayden was not brought.", KA], "ga_dna"),
        r([D("rc1", "dots"), "Review child protection conference - plans continue.", "School report submitted.", KA],
          "rc1"),
        r([D("ga_done", "dots"), "Jayden absent - teeth extracted under GA at Wrexley General (authorised absence).",
           "SW took Jayden and mum. Back in school the next day, quiet but fine.", KA], "ga_done"),
        r([D("urine", "dots"), "Ellie-May smelled of urine, had head lice and had worn the same uniform all week. "
           "Other children moving away from her on the carpet. She said: \"" + Q_WASH + "\"",
           "Spare uniform given and washed at school. DSL informed SW D Whitlock.", OQ + " / " + KA], "urine"),
        r([D("nanna", "dots"), "Jayden told Mr Fenwick: \"" + Q_NANNA + "\" He was tired and tearful; Ellie-May "
           "brought in by Nanna (Lorraine).",
           "DSL informed SW, who confirmed police attended on Saturday night when mum was intoxicated.", LF + " / " + KA],
          "nanna", "edt"),
        r([D("rc2", "dots"), "Review child protection conference - plans continue; LA seeking legal advice.",
           "School report submitted.", KA], "rc2"),
        r([D("late_0925", "dots"), "Both children arrived at 09:25 with the social worker; not washed and no "
           "breakfast.", "Breakfast given in the nurture room.", KA], "late_0925"),
        r([D("att_panel", "dots"), "Attendance panel - mum did not attend.",
           "Formal warning letter: a penalty notice may be issued if attendance does not improve.", DH], "att_panel"),
        r([D("ear", "dots"), "Yellow discharge from Ellie-May's left ear; she was holding her head. She said: \"" +
           Q_EAR + "\"", "DSL phoned mum, who agreed to take her to the GP. SW informed.", OQ + " / " + KA], "ear"),
        r([D("mentor", "dots"), "In a session with the learning mentor Jayden said: \"" + Q_SCARED + "\"",
           "Reassured. Shared with SW. Worry box work to continue.", TB], "mentor"),
    ]
    att = [["Term", "Jayden %", "Jayden lates", "Ellie-May %", "Ellie-May lates", "Comment"]]
    for s, y, j, jl, e, el, c in ATT:
        label = f"{s.capitalize()} term {y}"
        att.append(r([label, j, str(jl), e or "n/a (nursery)", "-" if el is None else str(el), c], f"att_{s}{y}"))
    blocks = [
        ("title", t("Cobbold Lane Primary School - Safeguarding Chronology")),
        ("p", t("Cobbold Lane, Wrexley NE99 5CL  |  01632 960520  |  Headteacher: Mrs J Oduya  |  DSL: Mrs K Ashdown "
                "(Deputy Head)")),
        ("kv", [
            [t("Pupils"), t("Jayden Birtwell (DOB " + D("x_dob_j") + "), Year 3; Ellie-May Birtwell (DOB " +
                            D("x_dob_e") + "), Year 1", "x_dob_j", "x_dob_e")],
            [t("Parent/carer"), t("Shannon Birtwell (mother). Emergency contact: Lorraine Birtwell (maternal "
                                  "grandmother) 01632 960588")],
            [t("Status"), t("Child protection plans (neglect). Previously Early Help (2021) and Child in Need (2022).")],
            [t("Document"), t("Extract prepared for children's services. Last updated " + D("x_sch_upd") + " by K Ashdown.",
                              "x_sch_upd")],
        ], [35, 135]),
        ("h", t("1. Chronology of concerns")),
        ("table", rows, [20, 70, 55, 25]),
        ("h", t("2. Attendance summary")),
        ("p", t("Figures are whole-school-year terms from the register. Ellie-May's nursery sessions are not statutory "
                "and are not included. School target 96%; below 90% is persistent absence.")),
        ("table", att, [30, 20, 20, 25, 25, 50]),
    ]
    render_docx(d, root / d.path, blocks, "K Ashdown", dt.datetime(2024, 5, 3, 15, 30, 0))
    return d


# ---------------------------------------------------------------------------------------------
# 4-6. GP letters sent by e-mail
# ---------------------------------------------------------------------------------------------

GP_FROM = "Fernbank MP Safeguarding <safeguarding@fernbank-mp.nhs.example>"
GP_SIG = ("\n\nYours sincerely\n\n{name}\n{role}\nFernbank Medical Practice, 2 Fernbank Road, Wrexley NE99 2FB\n"
          "Tel 01632 960300 (professionals' line 01632 960301)\n\n"
          "This e-mail and any attachments are confidential and intended for the named recipient only. If you have "
          "received it in error please tell the sender and delete it.\n")


def doc_gp1(root):
    d = Doc("gp/gp-letter-fernbank-2022-09.eml", "eml")
    t = d.t
    parts = [
        t("From: Dr Amira Haddad, GP\nDate of letter: " + fmt("2022-09-28", "dMY"), "x_g1_letter"),
        t("To: Sophie Okafor, Social Worker, Wrexley Children's Services (Child and Family Assessment)"),
        t("Re: Jayden Birtwell (DOB " + D("x_dob_j") + ", NHS " + NHS_J + "), Ellie-May Birtwell (DOB " + D("x_dob_e") +
          ", NHS " + NHS_E + ") and Alfie Kettering (NHS " + NHS_A + "), all of " + ADDR, "x_dob_j", "x_dob_e"),
        t("Dear Ms Okafor,"),
        t("Thank you for your request for information with Ms Birtwell's signed consent. I have reviewed the records "
          "for the three children and for their mother and summarise the relevant points below."),
        t("Immunisations and missed appointments"),
        t("Ellie-May was not brought for her MMR booster at the child health clinic on " + D("mmr_dna1") +
          ".", "mmr_dna1"),
        t("She was then not brought to see our practice nurse for the rebooked MMR on " + D("mmr_dna2") +
          ".", "mmr_dna2"),
        t("Her MMR booster was eventually given at the clinic on " + D("mmr_given") + " when her grandmother brought "
          "her.", "mmr_given"),
        t("Alfie was born on " + D("alfie_born") + " at Wrexley General Hospital and was registered with us shortly "
          "afterwards.", "alfie_born"),
        t("He was not brought for his 8-week immunisations on " + D("imm_dna1") + ".", "imm_dna1"),
        t("He was also not brought to the rearranged appointment on " + D("imm_dna2") + ".", "imm_dna2"),
        t("His first immunisations were finally given on " + D("imm_given") + ", about two months late.", "imm_given"),
        t("Jayden has mild asthma. He has missed two asthma reviews in the last year and his inhaler has not been "
          "collected since the spring. He is not registered with a dentist as far as we know."),
        t("Mother's health"),
        t("Ms Birtwell was started on sertraline 50 mg in May 2022 for low mood after Alfie's birth, following her "
          "postnatal check.", "sertraline"),
        t("She has collected only two of four monthly prescriptions. She has told us she smokes 15 cigarettes a day. "
          "I am not aware of any alcohol or drug misuse."),
        t("Summary"),
        t("The pattern is one of children not being brought for routine health care rather than of any acute illness. "
          "I would support a plan that helps Ms Birtwell with reminders and transport, and I am happy to attend any "
          "meeting."),
    ]
    body = "\n\n".join(parts) + GP_SIG.format(name="Dr Amira Haddad MBChB MRCGP", role="General Practitioner")
    hdr = {"From": GP_FROM, "To": "Sophie Okafor <sophie.okafor@wrexley.gov.example>",
           "Subject": "RE: Request for information - BIRTWELL children (C&F assessment) [SECURE]",
           "Date": "Thu, 29 Sep 2022 09:14:03 +0100",
           "Message-ID": "<20220929081403.4471@fernbank-mp.nhs.example>"}
    d.t("Date: Thu, 29 Sep 2022 09:14:03 +0100", "x_g1_sent")
    render_eml(d, root / d.path, hdr, body)
    return d


def doc_gp2(root):
    d = Doc("gp/gp-report-icpc-2023-01.eml", "eml")
    t = d.t
    parts = [
        t("GP REPORT FOR INITIAL CHILD PROTECTION CONFERENCE"),
        t("Report date: " + D("x_g2_letter", "n") + "    Conference: ICPC, Birtwell/Kettering children", "x_g2_letter"),
        t("Author: Dr Neil Carver, GP and Practice Safeguarding Lead (on behalf of Dr Haddad)"),
        t("Children: Jayden Birtwell (DOB " + D("x_dob_j") + "), Ellie-May Birtwell (DOB " + D("x_dob_e") +
          "), Alfie Kettering. Mother: Shannon Birtwell (DOB " + D("x_dob_s") + ").", "x_dob_j", "x_dob_e", "x_dob_s"),
        t("1. Recent injury"),
        t("We have received the paediatric summary for Ellie-May. She had a child protection medical at Wrexley "
          "General Hospital on " + D("cpmed") + " with Dr F Qureshi, consultant paediatrician.", "cpmed"),
        t("The burn to her left forearm (about 3 x 2 cm, superficial partial thickness) was judged to be 2 to 3 days "
          "old and consistent with the account that she touched the gas fire at home on Saturday " + D("burn") +
          ".", "burn"),
        t("Dr Qureshi recorded a delay in seeking treatment; butter had been applied and no dressing used. She also "
          "noted dental decay and head lice. The practice nurse has seen Ellie-May twice since for dressings and the "
          "burn is healing well."),
        t("2. Growth and development"),
        t("The health visitor wrote to us after her visit on " + D("hv_1206") + ": Alfie's weight had fallen to the 9th "
          "centile and he had a flattened head from lying in a bouncer or car seat.", "hv_1206"),
        t("We have no record of Alfie being brought to the surgery with any concern since his first immunisations on "
          + D("imm_given") + ".", "imm_given"),
        t("3. Dental health"),
        t("A letter from the Community Dental Service says Jayden was seen on " + D("dental") + " with six decayed "
          "teeth and has been placed on the waiting list for extractions under general anaesthetic.", "dental"),
        t("4. Mother's health"),
        t("Ms Birtwell has been on sertraline since May 2022.", "sertraline"),
        t("She did not attend her medication review on " + D("gp_med_dna") + " and has not rebooked.", "gp_med_dna"),
        t("I understand from the social worker that Ms Birtwell's partner Ryan Kettering has returned to the home; "
          "he is registered at another practice and we hold no information about him."),
        t("5. Opinion"),
        t("I share the concern that the children's health needs are not being consistently met. I am unable to "
          "attend the conference and send this report instead, with apologies."),
    ]
    body = "\n\n".join(parts) + GP_SIG.format(name="Dr Neil Carver MBBS MRCGP",
                                               role="GP Partner and Practice Safeguarding Lead")
    hdr = {"From": GP_FROM, "To": "Child Protection Conference Admin <cpconference@wrexley.gov.example>",
           "Cc": "Sophie Okafor <sophie.okafor@wrexley.gov.example>",
           "Subject": "GP report - ICPC 02/02/2023 - BIRTWELL / KETTERING [SECURE]",
           "Date": "Fri, 27 Jan 2023 16:48:51 +0000",
           "Message-ID": "<20230127164851.0932@fernbank-mp.nhs.example>"}
    d.t("Date: Fri, 27 Jan 2023 16:48:51 +0000", "x_g2_sent")
    render_eml(d, root / d.path, hdr, body)
    return d


def doc_gp3(root):
    d = Doc("gp/gp-report-fernbank-2024-03.eml", "eml")
    t = d.t
    parts = [
        t("Dear Mr Whitlock,"),
        t("Re: Birtwell / Kettering children - update for the review child protection conference and legal planning"),
        t("Letter dated " + D("x_g3_letter", "ord") + ". Thank you for your e-mail asking for an update since my last "
          "report. I have set out the main events from our records in date order.", "x_g3_letter"),
        t("Jayden"),
        t("Jayden was not brought for his dental extraction under general anaesthetic at Wrexley General Hospital on "
          + D("ga_dna", "ord") + ".", "ga_dna"),
        t("The hospital discharge letter confirms he had five teeth extracted under general anaesthetic on " +
          D("ga_done", "ord") + ", when the social worker brought him.", "ga_done"),
        t("Alfie"),
        t("Alfie was not brought for his one-year immunisations on " + D("imm1y_dna1", "ord") + ".", "imm1y_dna1"),
        t("He was not brought again for the rebooked appointment on " + D("imm1y_dna2", "ord") + ".", "imm1y_dna2"),
        t("His one-year immunisations were given on " + D("imm1y_given", "ord") + " when his grandmother brought "
          "him to the practice nurse.", "imm1y_given"),
        t("The health visitor has told us that at his two-year review on " + D("hv_2yr_a", "ord") + " the ASQ-3 showed "
          "his communication to be below the expected range and that she has referred him to speech and language "
          "therapy.", "hv_2yr_a"),
        t("Ellie-May"),
        t("We booked an urgent appointment for Ellie-May's ear after school rang us, but she was not brought on " +
          D("gp_dna_ear", "ord") + ".", "gp_dna_ear"),
        t("The emergency department letter shows that her grandmother took her to Wrexley General Hospital on " +
          D("ed", "ord") + ", where she was found to have a perforated eardrum from an untreated middle ear "
          "infection.", "ed"),
        t("She was given antibiotics and the ENT clinic will review her hearing."),
        t("Ms Birtwell"),
        t("Ms Birtwell attended a review with me on " + D("gp_alcohol", "ord") + ". She told me she is drinking four "
          "or five cans of strong lager most evenings and sometimes during the day. She had stopped going to her group, "
          "so I re-referred her to Recovery Wrexley with her agreement.", "gp_alcohol"),
        t("She remains on sertraline. She did not want to discuss Mr Kettering."),
        t("My view is unchanged from my earlier report: the children's routine and urgent health care depend on "
          "who is around to take them, and it is their grandmother who most often brings them."),
    ]
    body = "\n\n".join(parts) + GP_SIG.format(name="Dr Amira Haddad MBChB MRCGP", role="General Practitioner")
    hdr = {"From": "Dr Amira Haddad <a.haddad@fernbank-mp.nhs.example>",
           "To": "Daniel Whitlock <daniel.whitlock@wrexley.gov.example>",
           "Subject": "Letter re Birtwell/Kettering children - update (secure)",
           "Date": "Tue, 19 Mar 2024 12:02:37 +0000",
           "Message-ID": "<20240319120237.5518@fernbank-mp.nhs.example>"}
    d.t("Date: Tue, 19 Mar 2024 12:02:37 +0000", "x_g3_sent")
    render_eml(d, root / d.path, hdr, body)
    return d


# ---------------------------------------------------------------------------------------------
# 7. Case-note export (Mosaic-style): date on its own line above the worker/step line
# ---------------------------------------------------------------------------------------------

JP = "Jo Pennock (MASH Social Worker)"
LM = "Leanne Marsh (Family Support Worker, Early Help)"
SO = "Sophie Okafor (Social Worker)"
DW = "Daniel Whitlock (Social Worker)"
HG = "Helen Garside (Team Manager)"


def doc_notes(root):
    d = Doc("case-notes/case-notes-export-2021-2024.pdf", "pdf")
    t = d.t
    notes = []

    def N(date, time, worker, step, ntype, subject, *paras):
        notes.append((date, time, worker, step, ntype, subject, paras))

    # 2021 - MASH and Early Help
    N("2021-02-17", "14:35", JP, "MASH Contact", "Contact record", "Referral from health visitor",
      ("Referral to MASH received from Gemma Rowntree, health visitor, by secure e-mail at 14:20, with mother's "
       "consent.", "referral"),
      ("At an unannounced visit on " + D("hv_0216") + " the HV found Ellie-May with severe nappy rash and very little "
       "food in the house, and Jayden at home during school hours.", "hv_0216"),
      ("Earlier concerns: Ellie-May was not brought to her two-year review in January; dog faeces and clutter at "
       "the home visit on " + D("hv_0126") + ". Checks requested from school, GP and police.", "hv_0126",
       "hv_dna_2yr"))
    N("2021-02-19", "11:10", JP, "MASH Contact", "Decision", "MASH outcome",
      ("Checks back. School: Jayden's attendance 90%, often late, no disclosures. GP: missed immunisations. Police: no "
       "records for the address."),
      ("Threshold for statutory social work not met at this time. The referral is stepped down to Early Help with "
       "Shannon's agreement; HV informed.", "mash_eh"))
    N("2021-03-04", "13:30", LM, "Early Help Assessment", "Home visit", "First visit",
      ("First home visit. Shannon signed consent and we started the Early Help assessment together.", "eh_0304"),
      ("Shannon's priorities are money, the dog and getting Jayden to school on time. Ellie-May babbling and pointing; "
       "few words. Kitchen had been cleared. I will apply for a fuel voucher and a bed for Jayden, who is sharing "
       "with his mum."))
    N("2021-04-29", "09:30", LM, "Early Help Support", "Meeting", "TAF",
      ("Team Around the Family meeting at Cobbold Lane Primary School with Shannon, Karen Ashdown (DSL) and Gemma "
       "Rowntree (HV).", "taf1"),
      ("Plan: breakfast club for Jayden, HV to support immunisations, FSW weekly routine work. Shannon said she feels "
       "\"less on my own\"."))
    N("2021-06-15", "15:00", LM, "Early Help Support", "Home visit", "Routine visit",
      ("Early Help home visit. Ryan Kettering was present and introduced himself as Shannon's partner.", "eh_0615"),
      ("Shannon said Ryan moved back in " + REL("ryan_back", "2021-06-15", "on Saturday") + " after \"a few months "
       "apart\".", "ryan_back"),
      ("House adequate today. Ryan says he works cash-in-hand on building sites. I explained my role and the plan."))
    N("2021-07-08", "09:30", LM, "Early Help Support", "Meeting", "TAF review",
      ("TAF review at school. Jayden's lates reduced over the term; Ellie-May's speech referral made.", "taf2"),
      ("All agreed that if progress is kept over the holidays Early Help will close in the autumn."))
    N("2021-10-05", "10:00", LM, "Early Help Support", "Closure", "Case closure",
      ("Early Help closed today: goals recorded as achieved (home routine, fuel debt repaid, nursery place for "
       "Ellie-May). Shannon knows how to contact the Family Hub.", "eh_close"))

    # 2022 - assessment and Child in Need
    N("2022-08-15", "10:20", JP, "MASH Contact", "Contact record", "Police child concern notification",
      ("Police child concern notification received. " + REL("park", "2022-08-15", "On Saturday night") +
       " at about 9.30pm Jayden (6) and Ellie-May (4) were found alone in the play park on Foundry Street and taken "
       "home by officers.", "park"),
      ("Officers found Shannon asleep on the settee and Alfie (5 months) in his cot in a soiled nappy; the house was "
       "dirty with dog mess in the kitchen.", "park"),
      ("Previous Early Help involvement in 2021 noted. Decision: Child and Family Assessment under section 17, "
       "allocated to Sophie Okafor today.", "mash_cfa"))
    N("2022-08-17", "14:00", SO, "Child and Family Assessment", "Home visit (announced)", "First visit",
      ("All three children seen. Black rubbish bags piled in the back yard and in the hall; fridge had milk, "
       "yoghurts and little else; the dog's bowl was empty.", "sw_0817"),
      ("Shannon said Ryan moved out two weeks ago after an argument, and that she \"dropped off\" on Saturday because "
       "she was exhausted.", "ryan_out22"),
      ("Jayden showed me his bedroom; the mattress had no sheet. Shannon agreed to the assessment and signed "
       "consent for checks."))
    N("2022-09-07", "12:40", SO, "Child and Family Assessment", "Telephone call", "Call from school DSL",
      ("Karen Ashdown (DSL) rang. In circle time this morning Jayden said: \"" + Q_PARK + "\"", "circle"),
      ("I confirmed this matches the police notification and that I will see Jayden at school next week."))
    N("2022-09-13", "10:15", SO, "Child and Family Assessment", "Visit - child seen alone at school", "School visit",
      ("I visited Jayden at school and saw him alone in the nurture room for about half an hour.", "sw_school"),
      ("He drew his house and said: \"" + Q_CEREAL + "\" He said he likes school dinners best because \"they're "
       "hot\". He said nobody hurts him.", "sw_school"))
    N("2022-09-13", "17:30", SO, "Child and Family Assessment", "Home visit (announced)", "Evening visit",
      ("Evening home visit to see the teatime routine. Shannon tearful; said the week had been hard.", "sw_eve"),
      ("Kitchen much improved, rubbish bags gone. Alfie strapped in his car seat on the floor throughout; fish "
       "fingers cooked for the older two. Ryan not present."))
    N("2022-10-06", "16:00", SO, "Child and Family Assessment", "Assessment", "Outcome",
      ("Child and Family Assessment completed and authorised by Helen Garside: Jayden, Ellie-May and Alfie are "
       "children in need (s17). Child in Need plan to be agreed.", "cfa_done"))
    N("2022-10-13", "09:15", SO, "Child in Need Plan", "Meeting", "CIN meeting",
      ("First Child in Need meeting at school with Shannon, DSL and HV.", "cin1"),
      ("Plan: dental registration for both older children, Alfie's immunisations, breakfast club, weekly cleaning "
       "routine with Family Hub support."))
    N("2022-10-25", "11:00", SO, "Child in Need Plan", "Health appointment", "Dental",
      ("I took Jayden and Shannon to the Community Dental Service. Jayden was seen today: six decayed teeth, two "
       "with abscesses. He is referred for extraction under general anaesthetic.", "dental"),
      ("Shannon said she had not realised how bad it was. Toothbrushes and toothpaste given."))
    N("2022-11-08", "09:20", SO, "Child in Need Plan", "Telephone call", "Call from school",
      ("Karen Ashdown rang at 09:15: Jayden arrived hungry and ate two breakfasts at breakfast club.", "breakfast"),
      ("He told staff: \"" + Q_TEA + "\"", "breakfast"),
      ("I will visit this afternoon."))
    N("2022-11-08", "16:45", SO, "Child in Need Plan", "Home visit (unannounced)", "Home visit - electricity",
      ("Home visit with a foodbank parcel and a fuel voucher after the school's call.", "foodbank"),
      ("The prepayment electricity meter was on emergency credit and had run out. House cold. "
       "Shannon said her Universal Credit had been sanctioned. Meter topped up with the voucher while I was there."))
    N("2022-11-24", "09:15", SO, "Child in Need Plan", "Meeting", "CIN review",
      ("Child in Need review at school: limited progress. Alfie's remaining immunisations and Jayden's dental "
       "waiting list date still outstanding; lates continue.", "cin2"),
      ("If there is no improvement by January I will discuss a strategy discussion with my manager."))
    N("2022-12-06", "15:10", SO, "Child in Need Plan", "Telephone call", "Call from health visitor",
      ("Gemma Rowntree (HV) rang after her home visit today: Alfie's weight has fallen to the 9th centile, he has a "
       "flattened head and nappy rash again.", "hv_1206"),
      ("Agreed to share with Helen Garside and to do a joint visit in the new year."))

    # 2023 - section 47, child protection
    N("2023-01-09", "09:40", SO, "Child in Need Plan", "Telephone call", "Call from school - injury",
      ("Karen Ashdown (DSL) rang to report an untreated burn on Ellie-May's left forearm, seen in class at 08:50 "
       "today.", "burn_seen"),
      ("Jayden told staff: \"" + Q_BURN + "\"", "burn_seen"),
      ("Ellie-May told her teacher she touched the gas fire " + REL("burn", "2023-01-09", "on Saturday") + ".", "burn"),
      ("Discussed with Helen Garside - strategy discussion requested for this afternoon.", "sd1"))
    N("2023-01-09", "15:00", HG, "Section 47 Enquiry", "Strategy discussion", "Strategy discussion",
      ("Strategy discussion held on Teams with police (DS Byers), school, HV and GP safeguarding lead; see minutes.",
       "sd1"),
      ("Agreed: single-agency section 47 enquiry by children's services; child protection medical for Ellie-May "
       "tomorrow; siblings to be seen."))
    N("2023-01-10", "10:30", SO, "Section 47 Enquiry", "Health appointment", "Child protection medical",
      ("Child protection medical at Wrexley General (Dr Qureshi). Shannon attended with Ellie-May and me.", "cpmed"),
      ("Burn 3 x 2 cm, 2-3 days old, consistent with touching a hot surface; concern about the delay in treatment and "
       "butter applied. Also dental decay and head lice. Dressed; practice nurse follow-up.", "cpmed"))
    N("2023-01-10", "15:30", SO, "Section 47 Enquiry", "Home visit", "Home visit after medical",
      ("Home visit. The fireguard was broken and lying behind the settee; we fitted a new fireguard bought through "
       "section 17 funds during the visit.", "fireguard"),
      ("Ryan was present. Shannon said he has been back living here since around Christmas; he was vague about his "
       "plans.", "ryan_xmas"),
      ("All three children seen. Alfie in a pram in the lounge."))
    N("2023-01-12", "11:00", SO, "Section 47 Enquiry", "Home visit (joint)", "Joint visit with HV",
      ("Joint home visit with Gemma Rowntree (HV). Alfie has been sleeping in a pram; a cot was delivered and built.",
       "hv_joint"))
    N("2023-01-19", "16:30", HG, "Section 47 Enquiry", "Management decision", "Section 47 outcome",
      ("Section 47 enquiry concluded: concerns of neglect substantiated for all three children. Initial child "
       "protection conference requested.", "s47_done"))
    N("2023-02-02", "13:00", SO, "Child Protection Plan", "Meeting", "ICPC",
      ("ICPC held today. All three children made subject to a child protection plan under the category of "
       "neglect.", "icpc"),
      ("Shannon attended with her mum; Ryan did not attend. First core group set for two weeks' time."))
    N("2023-02-14", "10:00", SO, "Child Protection Plan", "Meeting", "Core group 1",
      ("First core group held at school. Plan broken down into actions; see core group record.", "cg1"))
    N("2023-02-22", "08:05", SO, "Child Protection Plan", "Home visit (unannounced)", "CP visit",
      ("Unannounced visit before school. Home much improved: floors clear, washing on the line, cereal on the "
       "table.", "sw_0222"),
      ("Children seen alone in their rooms. Jayden said: \"" + Q_TIDY + "\"", "sw_0222"))
    N("2023-03-07", "10:00", SO, "Child Protection Plan", "Meeting", "Core group 2",
      ("Second core group held: good progress on the home; health appointments still the weak area.", "cg2"))
    N("2023-04-18", "10:00", SO, "Child Protection Plan", "Meeting", "Core group 3",
      ("Third core group held. Attendance plan working; Alfie's physiotherapy referral accepted.", "cg3"))
    N("2023-04-25", "12:10", SO, "Child Protection Plan", "Telephone call", "Hospital - not brought",
      ("Wrexley General rang: Jayden was not brought for his extraction under general anaesthetic this morning. "
       "School confirmed he was in class.", "ga_dna"),
      ("Shannon said she \"thought it was next week\". New date requested; I will transport."))
    N("2023-05-04", "13:30", SO, "Child Protection Plan", "Meeting", "RCPC",
      ("First review child protection conference: plans continue under neglect. Next review on " + D("p_rc_1019") +
       ".", "rc1", "p_rc_1019"))
    N("2023-05-23", "16:00", SO, "Child Protection Plan", "Home visit (statutory)", "CP visit",
      ("Statutory visit. Home has slipped back: dog faeces on the landing and in the boys' room, sink full.",
       "sw_0523"),
      ("Jayden said: \"" + Q_DOG + "\" Shannon said she is \"tired of it all\" and agreed to a GP appointment.",
       "sw_0523"))
    N("2023-06-14", "09:00", SO, "Child Protection Plan", "Case recording", "Hospital day",
      ("Record of yesterday: Jayden had five teeth extracted under general anaesthetic " +
       REL("ga_done", "2023-06-14", "yesterday") + "; I drove Shannon and Jayden to and from Wrexley General.",
       "ga_done"),
      ("He was brave and had ice cream on the way home. Aftercare advice given to Shannon."))
    N("2023-06-26", "12:00", HG, "Child Protection Plan", "Management oversight", "Allocation",
      ("Case transferred to Daniel Whitlock from today; Sophie Okafor leaving the team. Shannon informed by "
       "phone.", "transfer"))
    N("2023-09-05", "15:45", DW, "Child Protection Plan", "Home visit (statutory)", "CP visit - start of term",
      ("Children in new uniform bought by Lorraine; home cluttered but clean.", "sw_0905"),
      ("During the summer holidays the children spent two weeks with Lorraine while Shannon \"got her head "
       "straight\".", "summer23"),
      ("Shannon confirmed Ryan moved out in July and said it is over \"for good this time\".", "ryan_out23"))
    N("2023-09-19", "10:05", DW, "Child Protection Plan", "Telephone call", "Call from school",
      ("School rang: Ellie-May smelled of urine, had head lice and had worn the same uniform all week. Spare uniform "
       "given.", "urine"),
      ("I will visit this afternoon with a washing machine referral."))
    N("2023-10-16", "08:45", DW, "Child Protection Plan", "Case recording", "EDT handover",
      ("EDT handover read. " + REL("edt", "2023-10-16", "On Saturday night") + " at about 11.15pm a "
       "neighbour called police because the children were crying; officers found Shannon intoxicated and unable to "
       "care for them, with Alfie screaming in a soiled cot.", "edt"),
      ("EDT arranged for Lorraine to come, and Lorraine collected the children at 00:40 on Sunday and took them to "
       "her home.", "gran_collect"))
    N("2023-10-16", "11:00", DW, "Child Protection Plan", "Visit - children seen", "Visit to grandmother",
      ("Visit to Lorraine's address. All three children seen; Jayden and Ellie-May had gone to school late with "
       "Lorraine.", "sw_gran"),
      ("I then saw Shannon at home: remorseful, said she had \"a few drinks\" after a row with Ryan on the phone."))
    N("2023-10-17", "10:00", HG, "Section 47 Enquiry", "Strategy discussion", "Strategy discussion",
      ("Strategy discussion held: section 47 enquiry under the existing plan; children to remain with Lorraine "
       "until a written agreement is in place.", "sd2"))
    N("2023-10-20", "14:00", DW, "Child Protection Plan", "Meeting", "Written agreement",
      ("Children returned home today under a written agreement signed by Shannon and Lorraine: no alcohol while "
       "caring, Lorraine to check in daily, Shannon to contact Recovery Wrexley.", "return"))
    N("2023-10-26", "13:30", DW, "Child Protection Plan", "Meeting", "RCPC",
      ("Second review child protection conference: plans continue; legal advice to be sought through the legal "
       "gateway.", "rc2"))
    N("2023-11-09", "10:00", DW, "Child Protection Plan", "Meeting", "Core group",
      ("Core group held at school; written agreement reviewed and holding.", "cg4"))
    N("2023-11-28", "08:10", DW, "Child Protection Plan", "Home visit (unannounced)", "Early visit",
      ("Unannounced early visit. Shannon asleep; the children were not ready for school and had no breakfast.",
       "late_0925"),
      ("I woke Shannon and took the children to school myself, arriving at 09:25.", "late_0925"))

    # 2024 - pre-proceedings
    N("2024-01-09", "15:30", DW, "Child Protection Plan", "Home visit (statutory)", "CP visit",
      ("Home visit: no working smoke alarm (battery removed). Referral made to the fire service for a safety "
       "check.", "smoke"))
    N("2024-01-16", "09:30", DW, "Child Protection Plan", "Meeting", "Attendance panel",
      ("Attended the school attendance panel; Shannon did not attend despite a reminder text.", "att_panel"))
    N("2024-01-18", "11:00", DW, "Child Protection Plan", "Case recording", "Fire service",
      ("Fire and rescue service completed a home safety visit and fitted two smoke alarms.", "fire_visit"))
    N("2024-02-05", "11:20", DW, "Child Protection Plan", "Telephone call", "Call from school",
      ("School rang: discharge from Ellie-May's left ear; she said it hurts. Shannon has agreed to take her to the "
       "GP.", "ear"))
    N("2024-02-12", "10:00", DW, "Child Protection Plan", "Telephone call", "Call from grandmother",
      ("Lorraine rang. She took Ellie-May to the emergency department " + REL("ed", "2024-02-12", "last Friday") +
       ": perforated eardrum, on antibiotics.", "ed"),
      ("Lorraine says Ellie-May was not brought to the GP appointment " + REL("gp_dna_ear", "2024-02-12", "on Tuesday")
       + " because Shannon \"couldn't face it\".", "gp_dna_ear"))
    N("2024-03-05", "10:00", DW, "Child Protection Plan", "Meeting", "Core group",
      ("Core group held: drift on health and attendance; to be raised at the review conference.", "cg5"))
    N("2024-03-12", "16:20", DW, "Child Protection Plan", "Telephone call", "Call from health visitor",
      ("Priya Nandra (HV) rang after Alfie's two-year review today: ASQ-3 communication below cut-off, about 10 "
       "words; referred to speech and language.", "hv_2yr_a"))
    N("2024-04-11", "13:30", DW, "Child Protection Plan", "Meeting", "RCPC",
      ("Third review child protection conference: plans continue; legal planning meeting requested. Next review "
       "conference " + D("p_rc_1010") + ".", "rc3", "p_rc_1010"))
    N("2024-04-25", "14:00", HG, "Public Law Outline", "Management decision", "Legal planning meeting",
      ("Legal planning meeting with Amanda Keel (Wrexley Legal Services): threshold met; enter pre-proceedings "
       "under the PLO.", "lpm"))
    N("2024-05-08", "15:00", DW, "Public Law Outline", "Home visit", "Letter before proceedings",
      ("Helen Garside and I hand-delivered the letter before proceedings and went through it with Shannon.",
       "plo_letter"),
      ("The pre-proceedings meeting is on " + D("p_ppm") + " at 10am at Wrexley Civic Centre.", "p_ppm"))
    N("2024-05-10", "14:20", DW, "Public Law Outline", "Telephone call", "Call from mother",
      ("Shannon rang about the letter; upset. I e-mailed her the list of solicitors and read three names out. See "
       "telephone note.", "tel"),
      ("Next core group " + D("p_cg") + ".", "p_cg"))

    blocks = [
        ("title", t("Case Notes Report")),
        ("kv", [
            [t("Group"), t("BIRTWELL family (Group ID 40218)")],
            [t("Persons"), t("Jayden Birtwell [7734521], Ellie-May Birtwell [7734538], Alfie Kettering [8102716]")],
            [t("Report parameters"), t("All case notes, all workers, from " + D("x_param") + " to " + D("x_printed") +
                                       "; excluding notes marked restricted", "x_param", "x_printed")],
            [t("Address"), t(ADDR)],
        ], [38, 136]),
        ("sp", 6),
    ]
    for date, time, worker, step, ntype, subject, paras in notes:
        blocks.append(("note_date", t(fmt(date))))
        blocks.append(("note_meta", t(f"Worker: {worker}    Step: {step}    Note type: {ntype}    Time: {time}")))
        blocks.append(("p", t("Subject: " + subject)))
        for para in paras:
            if isinstance(para, str):
                para = (para,)
            blocks.append(("p", t(para[0], *para[1:])))
    render_pdf(d, root / d.path, blocks, "Children's Social Care - Case Notes Report - BIRTWELL family",
               "Printed by Lisa Crompton on " + D("x_printed") + " at 16:02", "Case notes export")
    return d


# ---------------------------------------------------------------------------------------------
# 8. Police child concern notification (August 2022)
# ---------------------------------------------------------------------------------------------

def doc_police(root):
    d = Doc("police/child-concern-notification-2022-08.pdf", "pdf")
    t = d.t
    blocks = [
        ("title", t("North Pennine Police - Public Protection Notification (Child Concern)")),
        ("kv", [
            [t("Occurrence ref"), t("NP/041022/0417", "x_police_ref")],
            [t("Date / time of incident"), t(D("park", "long") + ", 21:40 (officers on scene)", "park")],
            [t("Location"), t("Play park, Foundry Street, Wrexley; then home address " + ADDR)],
            [t("Reporting officer"), t("PC 4471 Jack Stainton, Wrexley Response Team 2")],
            [t("Supervisor review"), t("Sgt 2210 Amy Redfern - reviewed " + D("x_police_rev") + " 08:12", "x_police_rev")],
            [t("Shared with"), t("Wrexley MASH (secure e-mail)")],
            [t("Risk level"), t("MEDIUM")],
        ], [45, 129]),
        ("h", t("Subjects")),
        ("table", [
            [t("Name"), t("DOB"), t("Role")],
            d.row(["Jayden BIRTWELL", D("x_dob_j"), "Child - found in play park"], "x_dob_j"),
            d.row(["Ellie-May BIRTWELL", D("x_dob_e"), "Child - found in play park"], "x_dob_e"),
            d.row(["Alfie KETTERING", fmt("2022-03-19"), "Child - at home address"]),
            d.row(["Shannon BIRTWELL", D("x_dob_s"), "Mother - at home address"], "x_dob_s"),
        ], [60, 35, 79]),
        ("h", t("Circumstances")),
        ("p", t("At 21:26 a member of the public rang 101 to report two small children on their own in the play park on "
                "Foundry Street, saying they had been there \"for ages\". Officers attended at 21:40 and found Jayden (6) "
                "and Ellie-May (4) alone in the play park, on the roundabout, in pyjamas and bare feet.", "park")),
        ("p", t("Jayden told PC Stainton that his mam was asleep and that they had let themselves out to play. The "
                "children were cold but otherwise well and calm.")),
        ("p", t("Officers walked the children home (about 150 m). The front door was unlocked and open. Shannon BIRTWELL "
                "was asleep on the settee and took several minutes to rouse; she said she was exhausted and had not "
                "heard the children go out. There was no smell of alcohol and she was coherent once awake.", "park")),
        ("p", t("Alfie (5 months) was upstairs in his cot, crying, with a heavily soiled nappy and a bottle of curdled "
                "milk beside him. The kitchen floor had dog faeces on it, pots were piled in the sink and there was very "
                "little food in the fridge. A Staffordshire bull terrier was loose in the house.", "park")),
        ("h", t("Action taken")),
        ("bullet", t("Officers stayed until Shannon was fully alert and had changed and fed Alfie.")),
        ("bullet", t("Words of advice given about supervision and securing the front door. Offence of child neglect "
                     "(s.1 CYPA 1933) considered; not met on the information available. No arrests.")),
        ("bullet", t("PPN completed for MASH. No previous police attendances at the address on our systems.")),
        ("h", t("Voice of the child")),
        ("p", t("Jayden said \"we're allowed when mam's tired\". Ellie-May did not speak to officers and held Jayden's "
                "hand throughout.")),
        ("h", t("Officer's assessment")),
        ("p", t("Two young children were unsupervised outside late at night and a baby was left without care. "
                "Concern is neglect and supervision rather than a single crisis; the home conditions suggest an "
                "ongoing problem. Referral to children's services for assessment.")),
    ]
    render_pdf(d, root / d.path, blocks, "NORTH PENNINE POLICE - PPN (Child)", "Occurrence NP/041022/0417 - "
               "handle as OFFICIAL-SENSITIVE", "Police child concern notification")
    return d


# ---------------------------------------------------------------------------------------------
# 9. Strategy discussion minutes, January 2023
# ---------------------------------------------------------------------------------------------

def doc_sd1(root):
    d = Doc("meetings/strategy-discussion-2023-01-09.pdf", "pdf")
    t, r = d.t, d.row
    blocks = [
        ("title", t("Strategy Discussion - Record and Decisions", "sd1")),
        ("kv", [
            [t("Date / time"), t(D("sd1", "long") + ", 15:00-15:50 (Microsoft Teams)", "sd1")],
            [t("Chair"), t("Helen Garside, Team Manager, Safeguarding and Assessment Team 2")],
            [t("Children"), t("Jayden Birtwell (" + D("x_dob_j") + "), Ellie-May Birtwell (" + D("x_dob_e") +
                              "), Alfie Kettering (9 months)", "x_dob_j", "x_dob_e")],
            [t("Address"), t(ADDR)],
        ], [35, 139]),
        ("h", t("Attendance")),
        ("table", [
            [t("Name"), t("Role"), t("Agency")],
            r(["Helen Garside", "Chair / Team Manager", "Wrexley Children's Services"]),
            r(["Sophie Okafor", "Allocated Social Worker", "Wrexley Children's Services"]),
            r(["DS Rachel Byers", "Child Abuse Investigation Unit", "North Pennine Police"]),
            r(["Karen Ashdown", "Deputy Head / DSL", "Cobbold Lane Primary School"]),
            r(["Gemma Rowntree", "Health Visitor", "Northvale Community Health NHS Trust"]),
            r(["Dr Neil Carver", "GP Safeguarding Lead", "Fernbank Medical Practice"]),
            r(["Lisa Crompton", "Minutes", "Business Support"]),
        ], [50, 60, 64]),
        ("h", t("1. Reason for the strategy discussion")),
        ("p", t("This strategy discussion was convened at 15:00 by Helen Garside after the school's referral this "
                "morning.", "sd1")),
        ("p", t("At 08:50 today staff at Cobbold Lane noticed an untreated burn on Ellie-May's left forearm, about the "
                "size of a 50p piece, weeping and uncovered.", "burn_seen")),
        ("p", t("Jayden told staff: \"" + Q_BURN + "\"", "burn_seen")),
        ("p", t("Ellie-May said she touched the gas fire at home on Saturday " + D("burn") + " and that the guard "
                "\"is broke\".", "burn")),
        ("h", t("2. Background known to children's services")),
        ("p", t("Known since the health visitor's referral to MASH on " + D("referral") + " about home conditions and "
                "missed health care.", "referral")),
        ("p", t("Early Help worked with the family from March 2021; Early Help closed in October 2021.", "eh_close")),
        ("p", t("On " + D("park") + " police found Jayden and Ellie-May alone in the play park at 21:40 with mother "
                "asleep at home.", "park")),
        ("p", t("The Child and Family Assessment was completed on " + D("cfa_done") + " and the children have been on "
                "a Child in Need plan since.", "cfa_done")),
        ("p", t("On " + D("breakfast") + " Jayden arrived hungry and ate two breakfasts at breakfast club.",
                "breakfast")),
        ("p", t("At the health visitor's visit on " + D("hv_1206") + " Alfie's weight had fallen to the 9th centile.",
                "hv_1206")),
        ("h", t("3. Information shared")),
        ("p", t("Police (DS Byers): the notification from August 2022 is the only police contact with the family; no "
                "domestic abuse or criminal records for Shannon. Ryan Kettering has a historic caution for possession "
                "of cannabis.")),
        ("p", t("GP (Dr Carver): no attendance for the burn. Ellie-May's immunisations are up to date; Alfie's are "
                "behind. Mother on sertraline; she missed her medication review in "
                "December.", "gp_med_dna")),
        ("p", t("School (K Ashdown): Ellie-May has said little; she was wearing a short-sleeved top in January. "
                "Jayden's attendance this term is poor and both children are often late and hungry.")),
        ("p", t("Health visitor (G Rowntree): Alfie is underweight, spends long periods in a bouncer or car seat and "
                "has been sleeping in a pram.")),
        ("h", t("4. Analysis and decision")),
        ("p", t("The injury itself may be accidental, but the lack of a fireguard, the delay in treatment and the "
                "wider history meet the threshold for enquiries under section 47 (neglect). A joint investigation is "
                "not needed at this stage; police will be told of the medical outcome.")),
        ("p", t("Decision: single-agency section 47 enquiry by children's services, led by Sophie Okafor.")),
        ("h", t("5. Actions")),
        ("table", [
            [t("Action"), t("By whom"), t("By when")],
            r(["Arrange child protection medical for Ellie-May (Wrexley General, paediatrics)", "S Okafor", "Tomorrow am"]),
            r(["Home visit: see all three children, check fire and heating, sleeping arrangements", "S Okafor",
               "Tomorrow"]),
            r(["Share attendance and welfare log", "K Ashdown", "Tomorrow 12:00"]),
            r(["Joint home visit with social worker; weigh Alfie", "G Rowntree", "This week"]),
            r(["Record of medical to police", "S Okafor", "After medical"]),
        ], [100, 35, 39]),
        ("small", t("Minutes circulated " + D("x_sd1_circ") + " by secure e-mail to attendees only.", "x_sd1_circ")),
    ]
    render_pdf(d, root / d.path, blocks, "Wrexley Children's Services - Strategy Discussion",
               "Strategy discussion - BIRTWELL/KETTERING - restricted circulation", "Strategy discussion")
    return d


# ---------------------------------------------------------------------------------------------
# Conference helpers
# ---------------------------------------------------------------------------------------------

def family_table(d, with_lorraine=True):
    r = d.row
    rows = [["Name", "Relationship", "DOB", "Address"],
            r(["Jayden Birtwell", "Subject child", D("x_dob_j"), ADDR], "x_dob_j"),
            r(["Ellie-May Birtwell", "Subject child", D("x_dob_e"), ADDR], "x_dob_e"),
            r(["Alfie Kettering", "Subject child", fmt("2022-03-19"), ADDR]),
            r(["Shannon Birtwell", "Mother", D("x_dob_s"), ADDR], "x_dob_s"),
            r(["Ryan Kettering", "Mother's partner; father of Alfie", D("x_dob_r"), "Not known / NFA"], "x_dob_r"),
            r(["Darren Pryce", "Father of Jayden and Ellie-May (no contact)", D("x_dob_d"), "Out of area"], "x_dob_d")]
    if with_lorraine:
        rows.append(r(["Lorraine Birtwell", "Maternal grandmother", D("x_dob_l"), GRAN_ADDR], "x_dob_l"))
    return ("table", rows, [38, 52, 22, 62])


def attendees(d, rows):
    r = d.row
    return ("table", [["Name", "Role", "Agency", "Attendance"]] + [r(x) for x in rows], [40, 50, 54, 30])


CHAIR = ["Margaret Ilesanmi", "Independent Chair (CP)", "Wrexley Safeguarding Unit", "Present"]


# ---------------------------------------------------------------------------------------------
# 10. Initial child protection conference
# ---------------------------------------------------------------------------------------------

def doc_icpc(root):
    d = Doc("meetings/icpc-minutes-2023-02-02.pdf", "pdf")
    t = d.t
    blocks = [
        ("title", t("Initial Child Protection Conference - Minutes")),
        ("kv", [
            [t("Date / time"), t(D("icpc", "long") + ", 10:00 to 12:15", "icpc")],
            [t("Venue"), t("Wrexley Civic Centre, Conference Room 3 (hybrid)")],
            [t("Chair"), t("Margaret Ilesanmi, Independent Child Protection Chair")],
            [t("Minutes"), t("Lisa Crompton, Business Support")],
        ], [35, 139]),
        ("h", t("Attendance")),
        attendees(d, [
            CHAIR,
            ["Shannon Birtwell", "Mother", "-", "Present"],
            ["Lorraine Birtwell", "Maternal grandmother (supporter)", "-", "Present"],
            ["Ryan Kettering", "Father of Alfie", "-", "Invited - did not attend"],
            ["Sophie Okafor", "Social Worker", "Wrexley Children's Services", "Present"],
            ["Helen Garside", "Team Manager", "Wrexley Children's Services", "Present (part)"],
            ["Karen Ashdown", "Deputy Head / DSL", "Cobbold Lane Primary School", "Present"],
            ["Gemma Rowntree", "Health Visitor", "Northvale Community Health", "Present"],
            ["Dr Neil Carver", "GP Safeguarding Lead", "Fernbank Medical Practice", "Report only"],
            ["DS Rachel Byers", "CAIU", "North Pennine Police", "Apologies - report"],
        ]),
        ("h", t("Family composition")),
        family_table(d),
        ("h", t("1. Purpose of the conference")),
        ("p", t("The chair explained that the conference was called after the section 47 enquiry and that its task is "
                "to decide whether the children are likely to suffer significant harm and, if so, to agree a child "
                "protection plan. Shannon said she understood and wanted to \"get it sorted\".")),
        ("h", t("2. Background and chronology (summary from the social work report)")),
        ("p", t("The health visitor made a referral to MASH on " + D("referral") + " about the home conditions and "
                "missed health appointments.", "referral")),
        ("p", t("MASH stepped down the referral to Early Help on " + D("mash_eh") + ".", "mash_eh")),
        ("p", t("Ryan moved back in during June 2021.", "ryan_back")),
        ("p", t("Ellie-May started in the nursery class at Cobbold Lane in September 2021.", "nursery")),
        ("p", t("Early Help closed on " + D("eh_close") + " with its goals achieved.", "eh_close")),
        ("p", t("Alfie was born on " + D("alfie_born") + ".", "alfie_born")),
        ("p", t("Ryan moved out in early August 2022 after an argument.", "ryan_out22")),
        ("p", t("On " + D("park") + " at about 21:40 police found Jayden and Ellie-May alone in the play park in their "
                "pyjamas while Shannon was asleep and Alfie was in a soiled nappy.", "park")),
        ("p", t("On " + D("circle") + " Jayden told his teacher in circle time: \"" + Q_PARK + "\"", "circle")),
        ("p", t("When the social worker visited Jayden at school on " + D("sw_school") + " he said: \"" + Q_CEREAL +
                "\"", "sw_school")),
        ("p", t("The Child and Family Assessment was completed on " + D("cfa_done") + " and a Child in Need plan "
                "followed.", "cfa_done")),
        ("p", t("Jayden was seen by the Community Dental Service on " + D("dental") + " with six decayed teeth.",
                "dental")),
        ("p", t("On " + D("breakfast") + " Jayden ate two breakfasts at breakfast club and said: \"" + Q_TEA + "\"",
                "breakfast")),
        ("p", t("That afternoon the social worker took a foodbank parcel and a fuel voucher to the home.", "foodbank")),
        ("p", t("On " + D("hv_1206") + " the health visitor found that Alfie's weight had fallen to the 9th centile.",
                "hv_1206")),
        ("p", t("Ryan returned to the household around Christmas 2022.", "ryan_xmas")),
        ("p", t("On Saturday " + D("burn") + " Ellie-May burned her forearm on the gas fire; no medical help was sought "
                "and butter was put on the burn.", "burn")),
        ("p", t("School saw the untreated burn on Monday " + D("burn_seen") + " and made a referral.", "burn_seen")),
        ("p", t("A strategy discussion the same afternoon agreed a single-agency enquiry.", "sd1")),
        ("p", t("The child protection medical on " + D("cpmed") + " found the burn consistent with the account but "
                "noted the delay in treatment, dental decay and head lice.", "cpmed")),
        ("p", t("The social worker fitted a new fireguard at the home the same afternoon.", "fireguard")),
        ("p", t("The section 47 enquiry concluded on " + D("s47_done") + " that the concerns of neglect were "
                "substantiated.", "s47_done")),
        ("h", t("3. Agency reports")),
        ("p", t("School: Jayden's attendance for the autumn term 2022 was 84.3% and Ellie-May's was 85.1%, with 17 and 12 "
                "late marks.", "att_autumn2022")),
        ("p", t("School: Both children often arrive hungry and unwashed; Ellie-May has had head lice repeatedly. Mrs "
                "Ashdown said Shannon is always polite and \"wants to do better\" but changes do not last.")),
        ("p", t("Health visitor: Alfie's growth has faltered since the summer; he has a flattened head and has only "
                "recently had a cot of his own. Ellie-May's speech has improved since she started nursery.")),
        ("p", t("GP (report): Shannon has been on sertraline since May 2022 and did not attend her medication review in "
                "December. Several immunisation appointments were missed for Ellie-May and Alfie.", "sertraline",
                "gp_med_dna")),
        ("p", t("Police (report): one police notification in August 2022; no other police involvement.")),
        ("h", t("4. Parents' views")),
        ("p", t("Shannon accepted that the house \"gets on top of me\" and said she had been struggling since Alfie "
                "was born. She said Ryan helps with money but not with the children. She was upset about the burn "
                "and said she \"didn't think it was that bad\". Lorraine said she would help more if asked.")),
        ("h", t("5. The children's views")),
        ("p", t("Jayden (7) told the social worker he wants \"the house to be clean and food in the cupboard\". "
                "Ellie-May (4) drew a picture of her family with Nanna in it. Alfie is too young to give his views; "
                "his experience was described by the health visitor.")),
        ("h", t("6. Decision")),
        ("p", t("The conference decided that all three children should be made subject to a child protection plan "
                "under the category of neglect. All agencies agreed.", "icpc")),
        ("h", t("7. Outline child protection plan")),
        ("bullet", t("Home conditions: weekly home checks; Family Hub cleaning support; dog to be kept out of the "
                     "children's rooms.")),
        ("bullet", t("Health: all outstanding immunisations; dental extraction for Jayden; HV fortnightly for Alfie; "
                     "Shannon to see GP about her mood.")),
        ("bullet", t("School: breakfast club; attendance support; daily welfare check.")),
        ("bullet", t("Safety: fireguard in place; safe sleep; no children left unsupervised.")),
        ("h", t("8. Arrangements")),
        ("p", t("First core group: 14/02/2023 at school. First review conference: 04/05/2023. Social worker visits at "
                "least every ten working days, with at least one unannounced visit each month.")),
        ("small", t("Minutes distributed " + D("x_icpc_dist") + ". Please tell the conference unit of any factual "
                    "inaccuracies within 10 working days.", "x_icpc_dist")),
    ]
    render_pdf(d, root / d.path, blocks, "Wrexley Safeguarding Unit - Child Protection Conference",
               "ICPC BIRTWELL/KETTERING - confidential: not to be shared without the chair's agreement", "ICPC minutes")
    return d


# ---------------------------------------------------------------------------------------------
# 11. Core group notes (DOCX, four meetings)
# ---------------------------------------------------------------------------------------------

def doc_cg(root):
    d = Doc("meetings/core-group-notes-2023.docx", "docx")
    t, r = d.t, d.row
    HEAD = ["Plan outcome", "Progress since last meeting", "Action / by whom / by when"]
    blocks = [
        ("title", t("Core Group Meeting Records - Birtwell / Kettering children")),
        ("p", t("Children: Jayden Birtwell (DOB " + D("x_dob_j") + "), Ellie-May Birtwell (DOB " + D("x_dob_e") +
                "), Alfie Kettering. Category of plan: neglect.", "x_dob_j", "x_dob_e")),
        ("h", t("Core group 1 - " + D("cg1"), "cg1")),
        ("p", t("First core group held at Cobbold Lane Primary School, 10:00. Present: Shannon Birtwell, Sophie Okafor "
                "(SW, chair), Karen Ashdown (DSL), Gemma Rowntree (HV), Leanne Marsh (Family Hub).", "cg1")),
        ("p", t("The children became subject to child protection plans on " + D("icpc") + "; this meeting turned the "
                "outline plan into actions.", "icpc")),
        ("table", [HEAD,
                   r(["Home conditions", "Fireguard and cot in place. Kitchen still cluttered.",
                      "Family Hub cleaning sessions twice weekly - L Marsh - start by " + D("x_cg_by1")], "x_cg_by1"),
                   r(["Health", "Alfie weighed: 9th centile, stable.",
                      "Book Alfie's immunisations - Shannon - by " + D("x_cg_by1")], "x_cg_by1"),
                   r(["School", "Breakfast club started for both.", "Daily welfare check - K Ashdown - ongoing"])],
         [40, 65, 65]),
        ("h", t("Core group 2 - " + D("cg2"), "cg2")),
        ("p", t("Second core group at school, 10:00. Present: Shannon, Sophie Okafor, Karen Ashdown, Gemma Rowntree. "
                "Apologies: Leanne Marsh.", "cg2")),
        ("p", t("The social worker's unannounced visit on " + D("sw_0222") + " found the home much improved; Jayden said "
                "\"" + Q_TIDY + "\"", "sw_0222")),
        ("table", [HEAD,
                   r(["Home conditions", "Much improved and kept up for two weeks.", "Continue - all"]),
                   r(["Health", "Jayden still waiting for a GA date. Alfie's immunisations not yet booked.",
                      "HV to book clinic slot with Shannon - G Rowntree - by " + D("x_cg_by2")], "x_cg_by2"),
                   r(["School", "Jayden late 6 times since last meeting.",
                      "Attendance officer to meet Shannon - D Hulme - by " + D("x_cg_by2")], "x_cg_by2")],
         [40, 65, 65]),
        ("h", t("Core group 3 - " + D("cg3"), "cg3")),
        ("p", t("Third core group at school, 10:00. Present: Shannon, Lorraine, Sophie Okafor, Karen Ashdown, Gemma "
                "Rowntree.", "cg3")),
        ("p", t("At the attendance meeting on " + D("att_mtg") + " Shannon agreed an attendance support plan with a "
                "wake-up call from school.", "att_mtg")),
        ("p", t("At the HV one-year review on " + D("hv_1yr") + " Alfie was not yet crawling and was referred to "
                "physiotherapy.", "hv_1yr")),
        ("p", t("Alfie was not brought for his one-year immunisations on " + D("imm1y_dna1") + "; a new date is being "
                "arranged.", "imm1y_dna1")),
        ("table", [HEAD,
                   r(["Home conditions", "Holding, though the dog is still using the landing.", "Dog walker via "
                      "Family Hub volunteer - L Marsh"]),
                   r(["Health", "GA date received for Jayden.", "Shannon to take Jayden; SW to remind the day "
                      "before - S Okafor"]),
                   r(["School", "Lates down to 2 in four weeks since the support plan.", "Continue wake-up call"])],
         [40, 65, 65]),
        ("h", t("Core group 4 - " + D("cg4"), "cg4")),
        ("p", t("Core group at school, 10:00, after the second review conference. Present: Shannon, Lorraine, Daniel "
                "Whitlock (SW, chair), Karen Ashdown, Priya Nandra (HV), Jenna Cole (Recovery Wrexley).", "cg4")),
        ("p", t("After police found Shannon intoxicated on " + D("edt") + ", the children stayed with Lorraine.",
                "edt")),
        ("p", t("They returned home on " + D("return") + " under the written agreement, which was reviewed today and "
                "is holding.", "return")),
        ("p", t("The review child protection conference on " + D("rc2") + " kept the plans in place.", "rc2")),
        ("table", [HEAD,
                   r(["Alcohol", "Shannon has had one assessment appointment.", "Attend weekly group - Shannon"]),
                   r(["Home conditions", "Cluttered; bedding unwashed.", "Washing machine repair - D Whitlock"]),
                   r(["Health", "Alfie's physiotherapy discharged after two missed appointments.",
                      "HV to monitor motor development - P Nandra"])],
         [40, 65, 65]),
        ("p", t("Next core group: date to be confirmed in the new year.")),
    ]
    render_docx(d, root / d.path, blocks, "Wrexley Children's Services", dt.datetime(2023, 11, 10, 9, 0, 0))
    return d


# ---------------------------------------------------------------------------------------------
# 12. First review child protection conference
# ---------------------------------------------------------------------------------------------

def doc_rc1(root):
    d = Doc("meetings/review-conference-2023-05-04.pdf", "pdf")
    t = d.t
    blocks = [
        ("title", t("Review Child Protection Conference - Minutes", "rc1")),
        ("kv", [
            [t("Date / time"), t(D("rc1", "long") + ", 10:00 to 11:40 - first review child protection conference",
                                 "rc1")],
            [t("Venue"), t("Wrexley Civic Centre, Room 3")],
            [t("Chair"), t("Margaret Ilesanmi")],
            [t("Category"), t("Neglect (all three children)")],
        ], [35, 139]),
        ("h", t("Attendance")),
        attendees(d, [
            CHAIR,
            ["Shannon Birtwell", "Mother", "-", "Present"],
            ["Ryan Kettering", "Father of Alfie", "-", "Present"],
            ["Sophie Okafor", "Social Worker", "Wrexley Children's Services", "Present"],
            ["Karen Ashdown", "DSL", "Cobbold Lane Primary School", "Present"],
            ["Gemma Rowntree", "Health Visitor", "Northvale Community Health", "Present"],
            ["Dr Amira Haddad", "GP", "Fernbank Medical Practice", "Apologies"],
        ]),
        ("h", t("Family composition")),
        family_table(d),
        ("h", t("1. Progress since the initial conference")),
        ("p", t("The children were made subject to child protection plans on " + D("icpc") + ".", "icpc")),
        ("p", t("Core groups met on " + D("cg1") + ", " + D("cg2") + " and " + D("cg3") + " and were well attended.",
                "cg1", "cg2", "cg3")),
        ("p", t("The social worker's unannounced visit on " + D("sw_0222") + " found the home much improved.", "sw_0222")),
        ("p", t("An attendance meeting was held on " + D("att_mtg") + " and the wake-up call has reduced Jayden's "
                "lates.", "att_mtg")),
        ("p", t("School reported spring term 2023 attendance of 86.8% for Jayden and 83.9% for Ellie-May.",
                "att_spring2023")),
        ("p", t("At his one-year review on " + D("hv_1yr") + " Alfie was not yet crawling; he is waiting for "
                "physiotherapy.", "hv_1yr")),
        ("p", t("Alfie was not brought for his one-year immunisations on " + D("imm1y_dna1") + " or for the rebooked "
                "appointment on " + D("imm1y_dna2") + ".", "imm1y_dna1", "imm1y_dna2")),
        ("p", t("Jayden was not brought for his dental extraction under general anaesthetic on " + D("ga_dna") +
                "; Shannon said she mixed up the dates.", "ga_dna")),
        ("h", t("2. Parents' views")),
        ("p", t("Shannon said she is proud of the house and that \"appointments are my weak spot\". Ryan said he has "
                "moved back in properly and will help with lifts. He declined a drug test but said he no longer uses "
                "cannabis.")),
        ("h", t("3. Children's views")),
        ("p", t("Jayden told the social worker the house is \"much better\" and he likes breakfast club. Ellie-May said "
                "she likes her teacher.")),
        ("h", t("4. Decision")),
        ("p", t("The conference agreed that the children remain at risk of significant harm from neglect, because the "
                "improvements are recent and health needs are still unmet. The plans continue.")),
        ("h", t("5. Next review")),
        ("p", t("Next review conference: Thursday " + D("p_rc_1019") + ", 10:00, Wrexley Civic Centre.", "p_rc_1019")),
        ("small", t("Minutes distributed " + D("x_rc1_dist") + ".", "x_rc1_dist")),
    ]
    render_pdf(d, root / d.path, blocks, "Wrexley Safeguarding Unit - Child Protection Conference",
               "RCPC BIRTWELL/KETTERING - confidential", "Review conference minutes")
    return d


# ---------------------------------------------------------------------------------------------
# 13. EDT out-of-hours log, October 2023
# ---------------------------------------------------------------------------------------------

def doc_edt(root):
    d = Doc("edt/edt-log-2023-10-14.pdf", "pdf")
    t, r = d.t, d.row
    log = [["Date", "Time", "Entry"],
           r([D("edt", "wdn"), "23:15", "Neighbour at no. 16 rang police: the children next door had been crying for over "
              "an hour and nobody was answering the door."], "edt"),
           r([D("edt", "wdn"), "23:40", "PS 1187 Cole and PC 3302 Amin attended. Front door opened by Jayden (8). Shannon "
              "Birtwell was intoxicated, slumped on the settee, slurring and unable to stand steadily; empty cans and "
              "half a bottle of vodka on the table. Alfie (19 months) screaming in a soiled cot, no lights on "
              "upstairs. Ellie-May (5) in the kitchen eating dry cereal from the box."], "edt"),
           r([D("edt", "wdn"), "23:52", "PS Cole rang EDT. Police did not intend to use police protection if a family "
              "member could care for the children overnight. Children known - CP plans (neglect) since " + D("icpc") +
              "."], "edt"),
           r([D("gran_collect", "wdn"), "00:05", "EDT spoke to Lorraine Birtwell (maternal grandmother, " + GRAN_ADDR +
              "), who agreed to come straight away."], "gran_collect"),
           r([D("gran_collect", "wdn"), "00:40", "Lorraine arrived and collected the children in a taxi, with nappies, "
              "milk and Jayden's inhaler. Officers saw all three children leave safely."], "gran_collect"),
           r([D("gran_collect", "wdn"), "01:10", "Police left. Shannon asleep in the recovery position; door secured. "
              "Police to carry out a welfare check on Shannon in the morning."], "gran_collect")]
    blocks = [
        ("title", t("Emergency Duty Team - Out of Hours Contact Record")),
        ("kv", [
            [t("Contact received"), t(D("edt", "long") + ", 23:52 (police)", "edt")],
            [t("EDT worker"), t("Colin Fairhurst, EDT Social Worker")],
            [t("Referrer"), t("PS 1187 Cole, North Pennine Police (Wrexley Response)")],
            [t("Children"), t("Jayden Birtwell (" + D("x_dob_j") + "), Ellie-May Birtwell (" + D("x_dob_e") + "), Alfie "
                              "Kettering", "x_dob_j", "x_dob_e")],
            [t("Address"), t(ADDR)],
            [t("Case status"), t("Open - child protection. Allocated SW: Daniel Whitlock.")],
        ], [38, 136]),
        ("h", t("Log")),
        ("table", log, [24, 14, 136]),
        ("h", t("EDT assessment")),
        ("p", t("Mother intoxicated and unable to provide safe care on a Saturday night; no other adult present. "
                "Grandmother is a known and trusted family member and took the children into her care by agreement, "
                "so police protection was not needed.", "edt")),
        ("p", t("Lorraine collected the children at 00:40 and will keep them until the day team has seen the family.",
                "gran_collect")),
        ("h", t("Actions for the day team")),
        ("bullet", t("Allocated social worker to see the children and Shannon on the next working day.")),
        ("bullet", t("Strategy discussion to be considered.")),
        ("bullet", t("School to be told that Lorraine will bring the children.")),
        ("small", t("Record completed 01:55 by C Fairhurst. Passed to the day team by secure e-mail.")),
    ]
    render_pdf(d, root / d.path, blocks, "Wrexley Emergency Duty Team (out of hours)",
               "EDT record - for the allocated team", "EDT log")
    return d


# ---------------------------------------------------------------------------------------------
# 14. Strategy discussion, October 2023
# ---------------------------------------------------------------------------------------------

def doc_sd2(root):
    d = Doc("meetings/strategy-discussion-2023-10-17.pdf", "pdf")
    t, r = d.t, d.row
    blocks = [
        ("title", t("Strategy Discussion - Record and Decisions", "sd2")),
        ("kv", [
            [t("Date / time"), t(D("sd2", "ord") + " at 10:00, Microsoft Teams", "sd2")],
            [t("Chair"), t("Helen Garside, Team Manager")],
            [t("Children"), t("Jayden Birtwell (" + D("x_dob_j") + "), Ellie-May Birtwell (" + D("x_dob_e") +
                              "), Alfie Kettering (19 months)", "x_dob_j", "x_dob_e")],
        ], [35, 139]),
        ("h", t("Present")),
        ("table", [["Name", "Role", "Agency"],
                   r(["Helen Garside", "Chair", "Wrexley Children's Services"]),
                   r(["Daniel Whitlock", "Social Worker", "Wrexley Children's Services"]),
                   r(["DS Rachel Byers", "CAIU", "North Pennine Police"]),
                   r(["Karen Ashdown", "DSL", "Cobbold Lane Primary School"]),
                   r(["Priya Nandra", "Health Visitor", "Northvale Community Health NHS Trust"]),
                   r(["Dr Neil Carver", "GP Safeguarding Lead", "Fernbank Medical Practice"])], [50, 50, 74]),
        ("h", t("Reason")),
        ("p", t("The children have been on child protection plans for neglect since " + D("icpc") + ".", "icpc")),
        ("p", t("On Saturday " + D("edt") + " at about 23:15 a neighbour called police about the children crying. "
                "Officers found Shannon intoxicated and unable to care for the children.", "edt")),
        ("p", t("EDT arranged for the maternal grandmother, and Lorraine collected the children at 00:40 on Sunday " +
                D("gran_collect") + ".", "gran_collect")),
        ("p", t("The social worker saw all three children at Lorraine's address " + REL("sw_gran", "2023-10-17",
                "yesterday") + "; they were clean, fed and settled.", "sw_gran")),
        ("h", t("Information shared")),
        ("p", t("Police: no offences; officers were concerned enough to consider police protection.")),
        ("p", t("School: Jayden was tearful " + REL("nanna", "2023-10-17", "on Monday") + " and said Nanna came for them "
                "in the night.", "nanna")),
        ("p", t("Ellie-May has often come to school smelling of urine and has had head lice this term.")),
        ("p", t("Health: Alfie's physiotherapy was closed after missed appointments. GP: no alcohol history recorded "
                "until now.")),
        ("h", t("Decision")),
        ("p", t("This strategy discussion agreed that the threshold for a section 47 enquiry is met (neglect; parental "
                "alcohol misuse), to be carried out under the existing child protection plan.", "sd2")),
        ("p", t("The children are to remain with Lorraine until a written agreement is in place; a meeting to agree it "
                "will be held at the end of the week.")),
        ("p", t("Shannon to be referred to Recovery Wrexley. Review conference to go ahead as planned.")),
        ("small", t("Minutes circulated " + D("x_sd2_circ") + ".", "x_sd2_circ")),
    ]
    render_pdf(d, root / d.path, blocks, "Wrexley Children's Services - Strategy Discussion",
               "Strategy discussion - BIRTWELL/KETTERING - restricted circulation", "Strategy discussion October")
    return d


# ---------------------------------------------------------------------------------------------
# 15. Second review child protection conference
# ---------------------------------------------------------------------------------------------

def doc_rc2(root):
    d = Doc("meetings/review-conference-2023-10-26.pdf", "pdf")
    t = d.t
    blocks = [
        ("title", t("Review Child Protection Conference - Minutes", "rc2")),
        ("kv", [
            [t("Date / time"), t(D("rc2", "n") + " 13:30-15:20 (second review child protection conference)", "rc2")],
            [t("Venue"), t("Wrexley Civic Centre, Room 1")],
            [t("Chair"), t("Margaret Ilesanmi")],
            [t("Note"), t("This conference was originally set as the next review for " + D("p_rc_1019") + " and was moved "
                          "because the chair was unavailable.", "p_rc_1019")],
        ], [35, 139]),
        ("h", t("Attendance")),
        attendees(d, [
            CHAIR,
            ["Shannon Birtwell", "Mother", "-", "Present"],
            ["Lorraine Birtwell", "Maternal grandmother", "-", "Present"],
            ["Ryan Kettering", "Father of Alfie", "-", "Did not attend"],
            ["Daniel Whitlock", "Social Worker", "Wrexley Children's Services", "Present"],
            ["Karen Ashdown", "DSL", "Cobbold Lane Primary School", "Present"],
            ["Priya Nandra", "Health Visitor", "Northvale Community Health", "Present"],
            ["Jenna Cole", "Recovery worker", "Recovery Wrexley", "Report"],
        ]),
        ("h", t("Family composition")),
        family_table(d),
        ("h", t("1. Progress since the last review")),
        ("p", t("At the review child protection conference on " + D("rc1") + " the plans continued.", "rc1")),
        ("p", t("At a statutory visit on " + D("sw_0523") + " there was dog faeces on the landing and in the bedrooms.",
                "sw_0523")),
        ("p", t("Alfie was not brought to physiotherapy on " + D("physio_dna") + " and was later discharged.",
                "physio_dna")),
        ("p", t("Jayden had five teeth extracted under general anaesthetic on " + D("ga_done") + ", with the social "
                "worker providing transport.", "ga_done")),
        ("p", t("The case transferred to Daniel Whitlock on " + D("transfer") + " when Sophie Okafor left the team.",
                "transfer")),
        ("p", t("Ryan moved out in July 2023 and Shannon says the relationship is over.", "ryan_out23")),
        ("p", t("During the summer holidays the children stayed with Lorraine for two weeks while Shannon was unwell.",
                "summer23")),
        ("p", t("School reported summer term 2023 attendance of 90.5% for Jayden and 88.2% for Ellie-May, including "
                "authorised absence for the hospital.", "att_summer2023")),
        ("p", t("Ellie-May smelled of urine at school on " + D("urine") + " and had head lice.", "urine")),
        ("p", t("Alfie's one-year immunisations were given on " + D("imm1y_given") + ", six months late.",
                "imm1y_given")),
        ("p", t("On " + D("edt") + " police found Shannon intoxicated and unable to care for the children.", "edt")),
        ("p", t("Lorraine collected the children at 00:40 at the request of EDT.", "gran_collect")),
        ("p", t("A strategy discussion on " + D("sd2") + " agreed a section 47 enquiry within the existing plan.", "sd2")),
        ("p", t("The children went home on " + D("return") + " under a written agreement with Shannon and Lorraine.",
                "return")),
        ("h", t("2. Agency views")),
        ("p", t("School: Both children are late most days; Ellie-May is withdrawn. Mrs Ashdown believes the "
                "grandmother is holding the family together.")),
        ("p", t("Health visitor: Alfie walks and babbles but has few words; the lounge smells of dog urine.")),
        ("p", t("Recovery Wrexley (report): Shannon has attended one assessment appointment and says she drinks "
                "\"to switch off\".")),
        ("h", t("3. Parents' and children's views")),
        ("p", t("Shannon apologised for the night of the incident and said it was \"a one-off\". Jayden told the "
                "social worker he likes staying at Nanna's because \"there's always tea\".")),
        ("h", t("4. Decision")),
        ("p", t("The children remain subject to child protection plans (neglect). The chair noted that this is the "
                "third conference with limited lasting change and recommended that the local authority seeks legal "
                "advice through its legal gateway. Next review conference to be held in April 2024.")),
        ("small", t("Minutes distributed " + D("x_rc2_dist") + ".", "x_rc2_dist")),
    ]
    render_pdf(d, root / d.path, blocks, "Wrexley Safeguarding Unit - Child Protection Conference",
               "RCPC BIRTWELL/KETTERING - confidential", "Review conference minutes October")
    return d


# ---------------------------------------------------------------------------------------------
# 16. PLO letter before proceedings (DOCX)
# ---------------------------------------------------------------------------------------------

def doc_plo(root):
    d = Doc("legal/letter-before-proceedings-2024-05.docx", "docx")
    t = d.t
    blocks = [
        ("bold", t("Wrexley Metropolitan Borough Council - Children's Services")),
        ("p", t("Civic Centre, Market Street, Wrexley NE99 1AA  |  01632 960100")),
        ("p", t("Date: " + D("plo_letter", "dMY") + "    Our ref: PLO/BIR/2405    Your social worker: Daniel Whitlock "
                "(01632 960233)")),
        ("p", t("PRIVATE AND CONFIDENTIAL - DELIVERED BY HAND")),
        ("p", t("Ms Shannon Birtwell, " + ADDR + "\nMr Ryan Kettering, c/o " + ADDR)),
        ("title", t("LETTER BEFORE PROCEEDINGS")),
        ("p", t("Re: Jayden Birtwell (DOB " + D("x_dob_j") + "), Ellie-May Birtwell (DOB " + D("x_dob_e") +
                ") and Alfie Kettering", "x_dob_j", "x_dob_e")),
        ("p", t("Dear Shannon and Ryan,")),
        ("p", t("We are writing because we are very worried about your children and we are thinking about going to "
                "court. Please take this letter to a solicitor straight away. You can get free legal advice because "
                "of this letter; a list of local solicitors who do this work is enclosed.")),
        ("h", t("Why we are worried")),
        ("p", t("Jayden, Ellie-May and Alfie have been subject to a child protection plan since " + D("icpc") +
                " because of neglect.", "icpc")),
        ("p", t("Review child protection conferences on " + D("rc1") + ", " + D("rc2") + " and " + D("rc3") +
                " found that things had not improved enough to end the plans.", "rc1", "rc2", "rc3")),
        ("bullet", t("On " + D("edt") + " police found you, Shannon, intoxicated and unable to look after the children, "
                     "and Alfie was left screaming in a dirty cot.", "edt")),
        ("bullet", t("A strategy discussion on " + D("sd2") + " started a section 47 enquiry.", "sd2")),
        ("bullet", t("The children came home on " + D("return") + " under a written agreement, but since then the "
                     "social worker has found the children not ready for school and without breakfast.", "return")),
        ("bullet", t("In the autumn term 2023 Jayden's school attendance was 79.2% and Ellie-May's was 76.4%.",
                     "att_autumn2023")),
        ("bullet", t("Ellie-May was not brought to her GP appointment on " + D("gp_dna_ear") + " for her ear.",
                     "gp_dna_ear")),
        ("bullet", t("Three days later her grandmother took her to hospital, where she was found to have a perforated "
                     "eardrum.", "ed")),
        ("bullet", t("At Alfie's two-year review on " + D("hv_2yr_a") + " the ASQ-3 showed his talking is behind; he "
                     "needs speech therapy.", "hv_2yr_a")),
        ("bullet", t("In February 2024 you told your GP that you drink most evenings, and you have not kept going to "
                     "Recovery Wrexley.", "gp_alcohol")),
        ("bullet", t("The house is often dirty and cluttered, with dog mess, and the children are often hungry, "
                     "unwashed and have head lice.")),
        ("p", t("At a legal planning meeting on " + D("lpm", "dMY") + " the local authority decided that the threshold "
                "for care proceedings is met, but that we should first try to agree a plan with you under the Public "
                "Law Outline (pre-proceedings).", "lpm")),
        ("h", t("What happens next")),
        ("p", t("We invite you to a pre-proceedings meeting on " + D("p_ppm", "long") + " at 10:00am at Wrexley Civic "
                "Centre, Room 2. Your solicitor can come with you.", "p_ppm")),
        ("p", t("At the meeting we will agree a plan with you. It will include: no alcohol while caring for the "
                "children; regular work with Recovery Wrexley; getting the children to school on time every day; "
                "taking the children to every health appointment, including Alfie's speech and language appointment "
                "on " + D("p_salt") + "; and keeping the home clean and safe.", "p_salt")),
        ("p", t("We are also asking Lorraine Birtwell whether she could care for the children if they cannot stay with "
                "you, and we will do a family network meeting.")),
        ("p", t("Please let us know by " + D("x_plo_reply") + " whether you will come to the meeting and who your "
                "solicitor is.", "x_plo_reply")),
        ("p", t("If things do not improve, or if the children are at immediate risk, we may apply to court without "
                "waiting.")),
        ("p", t("Yours sincerely,\n\nHelen Garside\nTeam Manager, Safeguarding and Assessment\nfor and on behalf of "
                "Wrexley Metropolitan Borough Council")),
        ("small", t("cc: Amanda Keel, Solicitor, Wrexley Legal Services; Daniel Whitlock, Social Worker. Enclosures: "
                    "list of solicitors; leaflet 'Your child and the Public Law Outline'.")),
    ]
    render_docx(d, root / d.path, blocks, "Helen Garside", dt.datetime(2024, 5, 8, 10, 0, 0))
    return d


# ---------------------------------------------------------------------------------------------
# 17. Typed telephone note
# ---------------------------------------------------------------------------------------------

def doc_tel(root):
    d = Doc("case-notes/telephone-note-2024-05-10.txt", "txt")
    t = d.t
    parts = [
        t("WREXLEY CHILDREN'S SERVICES - TELEPHONE NOTE"),
        t("Date: Fri " + D("tel") + "   Time: 14:20 to 14:38", "tel"),
        t("Call from: Shannon Birtwell (mother), 01632 960583"),
        t("Taken by: Daniel Whitlock, Social Worker"),
        t("Children: Jayden Birtwell, Ellie-May Birtwell, Alfie Kettering"),
        t("----------------------------------------------------------------"),
        t("Shannon rang, crying at first. She said she got the letter before proceedings " +
          REL("plo_letter", "2024-05-10", "on Wednesday") + " when Helen and I brought it round, and she has read it "
          "\"about ten times\".", "plo_letter"),
        t("She asked if the children are being taken off her. I explained that the letter is not a court application "
          "and that the meeting is a chance to agree a plan."),
        t("She has not got a solicitor yet. I e-mailed her the list of solicitors while we were on the phone and read "
          "out the three nearest firms. She said she will ring one on Monday.", "tel"),
        t("I confirmed the pre-proceedings meeting is on " + D("p_ppm") + " at 10am at the Civic Centre and that her "
          "solicitor can come. Lorraine will come as her support.", "p_ppm"),
        t("She said she has her first appointment with Recovery Wrexley next Thursday (" + D("p_recovery") + ") and "
          "that she has not had a drink \"since the weekend\".", "p_recovery"),
        t("She said Jayden keeps asking if they will have to move. I said I will see Jayden at school next week."),
        t("Actions: 1) DW to send a copy of the letter to Ryan at his mother's address. 2) DW to tell school about the "
          "PPM so they can send a report. 3) DW to confirm the Recovery Wrexley appointment with Jenna Cole."),
        t("Typed by D Whitlock, " + D("tel") + " 15:05.", "tel"),
    ]
    text = "\n".join(parts[:6]) + "\n\n" + "\n\n".join(parts[6:]) + "\n"
    render_txt(d, root / d.path, text)
    return d


# ---------------------------------------------------------------------------------------------
# Checks and build
# ---------------------------------------------------------------------------------------------

BUILDERS = [doc_scan, doc_hv, doc_school, doc_gp1, doc_gp2, doc_gp3, doc_notes, doc_police, doc_sd1, doc_icpc,
            doc_cg, doc_rc1, doc_edt, doc_sd2, doc_rc2, doc_plo, doc_tel]

_SPLIT = re.compile(r'(?<=[.!?]")\s+|(?<=[.!?])\s+|\s*\|\s*|\n+')


def sentences(text):
    return [s for s in _SPLIT.split(text) if s.strip()]


def _has(text, phrases):
    return any(all(p.lower() in s.lower() for p in phrases) for s in sentences(text))


def _sources(key):
    return sorted(p for p, doc in DOCS.items() if any(key in tags for _, tags in doc.chunks))


def check():
    event_dates = {e["date"] for e in EV.values()}
    for kind, table in (("event", EV), ("plan", PLANS), ("distractor", DIS)):
        for key, e in table.items():
            srcs = _sources(key)
            assert srcs, f"{kind} {key} has no source"
            if e["key_phrases"]:
                for p in srcs:
                    texts = [tx for tx, tags in DOCS[p].chunks if key in tags]
                    assert any(_has(tx, e["key_phrases"]) for tx in texts), \
                        f"{kind} {key}: key phrases {e['key_phrases']} not in one sentence in {p}"
            if kind != "event":
                assert e["date"] not in event_dates, f"{kind} {key} date {e['date']} equals an event date"
    # a sentence about another event of the same date never carries this event's phrases
    by_date: dict[str, list[str]] = {}
    for k, e in EV.items():
        by_date.setdefault(e["date"], []).append(k)
    for date, keys in by_date.items():
        for a in keys:
            for b in keys:
                if a == b:
                    continue
                for p, doc in DOCS.items():
                    for tx, tags in doc.chunks:
                        if b in tags and a not in tags:
                            assert not _has(tx, EV[a]["key_phrases"]), f"{a}'s phrases found in {b}'s text ({p})"
    # child quotes verbatim, in quotation marks, in a source
    for k, e in EV.items():
        q = e["child_quote"]
        if q:
            assert any(f'"{q}"' in tx for p in _sources(k) for tx, tags in DOCS[p].chunks if k in tags), k
    # dates in expected formats
    for k, e in EV.items():
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["date"]), k
        if e["precision"] == "day":
            dt.date.fromisoformat(e["date"])
        if e["precision"] == "range":
            assert e["date_end"], k


def expected():
    order = sorted(EV, key=lambda k: (EV[k]["date"], EV[k]["time"] or "", EV[k]["order"]))
    events = []
    for i, k in enumerate(order, 1):
        e = EV[k]
        out = {"id": f"b{i:03d}", "date": e["date"], "precision": e["precision"]}
        if e["date_end"]:
            out["date_end"] = e["date_end"]
        if e["time"]:
            out["time"] = e["time"]
        out.update({"summary": e["summary"], "key_phrases": e["key_phrases"], "sources": _sources(k),
                    "child_quote": e["child_quote"], "significance": e["significance"], "category": e["category"]})
        events.append(out)

    def simple(table, prefix):
        rows = []
        for i, k in enumerate(sorted(table, key=lambda k: (table[k]["date"], k)), 1):
            e = table[k]
            rows.append({"id": f"{prefix}{i}", "date": e["date"], "precision": e["precision"], "summary": e["summary"],
                         "key_phrases": e["key_phrases"], "sources": _sources(k)})
        return rows

    return {
        "case": SLUG, "title": "Re B (Children)", "fictional": True,
        "children": [{"name": "Jayden Birtwell", "dob": "2015-10-14"},
                     {"name": "Ellie-May Birtwell", "dob": "2018-07-02"},
                     {"name": "Alfie Kettering", "dob": "2022-03-19"}],
        "local_authority": LA + " (fictional)",
        "period": ["2021-01", "2024-05-10"],
        "events": events,
        "plans": simple(PLANS, "p"),
        "distractors": simple(DIS, "x"),
    }


def build(out_root: Path) -> dict:
    out_root = Path(out_root)
    case_dir = out_root / SLUG
    if case_dir.exists():
        shutil.rmtree(case_dir)
    case_dir.mkdir(parents=True)
    DOCS.clear()
    for b in BUILDERS:
        b(case_dir)
    check()
    exp = expected()
    (out_root / "expected").mkdir(parents=True, exist_ok=True)
    (out_root / "expected" / f"{SLUG}.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")
    files = sorted(p for p in case_dir.rglob("*") if p.is_file())
    assert len(files) == len(DOCS), (len(files), len(DOCS))
    return {"case": SLUG, "files": len(files), "events": len(exp["events"])}


if __name__ == "__main__":
    print(build(Path(__file__).parent))
