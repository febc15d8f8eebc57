"""Re P (A Child): a baby, a pre-birth assessment and pre-proceedings.

Standalone, deterministic generator for the fictional `re-p` bundle. Everything is invented.
Run: .venv/bin/python sample_cases/_re_p.py   (writes sample_cases/re-p/ and expected/re-p.json)

Layout: 1. people and timeline data  2. registry and checks  3. renderers  4. document writers
"""
from __future__ import annotations

import base64
import datetime as dt
import io
import json
import random
import re
import shutil
import zipfile
import zlib
from email.message import EmailMessage
from email import policy
from pathlib import Path

SLUG = "re-p"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# =============================================================================================
# 1. PEOPLE AND TIMELINE
# =============================================================================================
LA = "Calderbrook Metropolitan Borough Council"
BABY, MUM, DAD, MASON, LINDA = "Isla Pawson", "Kirsty Pawson", "Connor Haswell", "Mason Haswell", "Linda Haswell"
DOB = {"isla": "14/06/2024", "kirsty": "11/02/2005", "connor": "03/11/1996", "mason": "09/03/2016", "linda": "30/09/1968"}
NHS = {"isla": "485 777 3012", "kirsty": "485 777 2190"}
ADDR_K = "Flat 3, Alder Court, Station Lane, Calderbrook NE99 4PL"
ADDR_FC = "22 Wyvern Close, Calderbrook NE99 2DF"
ADDR_C = "41 Tanner's Row, Calderbrook NE99 3QS"
ADDR_L = "7 Foxglove Rise, Kelderby NE99 7JT"

EVENTS: dict[str, dict] = {}
PLANS: dict[str, dict] = {}
DISTRACTORS: dict[str, dict] = {}


def E(key, date, kp, cat, sig, summary, time=None, quote=None, prec=None, end=None):
    prec = prec or {4: "year", 7: "month", 10: "day"}[len(date)]
    EVENTS[key] = dict(date=date, time=time, precision=prec, date_end=end, key_phrases=kp, category=cat,
                       significance=sig, summary=summary, child_quote=quote)


def P(key, date, kp, summary):
    PLANS[key] = dict(date=date, precision="day", key_phrases=kp, summary=summary)


def X(key, date, summary):
    DISTRACTORS[key] = dict(date=date, precision="day", key_phrases=[], summary=summary)


# Quotes (Mason is the half-brother, aged 8; Kirsty is the 19-year-old mother, a care leaver).
Q = {
    "k_wall": "He pushed me against the wall cos I was texting my mate. He says I'm thick and nobody will believe me.",
    "k_love": "I love him, he's just stressed about the baby.",
    "k_icpc": "I know I've made mistakes but I'm not with him no more and I want to keep my baby.",
    "k_nbv": "I'm scared of doing it wrong but Bernie shows me.",
    "k_mum": "I want to be a better mum than my mum was to me.",
    "k_mark": "I don't know, she was fine when we got back. Maybe it was the car seat strap.",
    "k_park": "I didn't tell you cos I knew you'd take her off me. Connor only held her for like five minutes.",
    "k_pics": "When you show me with the pictures I get it. When people just talk at me I panic.",
    "k_never": "I want Isla to know I never gave up on her.",
    "m_shout": "Dad shouts really loud when he's cross and then he says sorry and buys me sweets.",
    "m_brother": "I want to be a big brother. Nana says I can see the baby when the grown-ups stop arguing.",
    "m_fingers": "She's got tiny fingers. Can I hold her again next time?",
    "m_glass": "I thought he was going to break the glass.",
    "m_quilt": "Dad came to Nana's on Sunday and he was banging on the window and Nana rang the police. I hid under my quilt.",
    "m_gate": "Dad was at the gate and he smelled funny and I didn't want to go with him.",
}

# --- background --------------------------------------------------------------------------------
E("b_care", "2016", ["came into care"], "family history", "context",
  "Kirsty came into care of Calderbrook MBC aged 11 (neglect, maternal alcohol misuse)")
E("b_sgo", "2019-10", ["special guardianship order"], "legal", "key",
  "Kelderby County Council care proceedings about Mason concluded: special guardianship order to paternal grandmother Linda Haswell")
E("b_abh", "2019", ["actual bodily harm"], "police", "key",
  "Connor convicted of assault occasioning actual bodily harm on a former partner (suspended sentence)")
E("b_tenancy", "2023-02", ["supported tenancy"], "housing", "context",
  "Kirsty left care at 18 and moved into a supported tenancy at Alder Court")
E("b_met", "2023-06", ["met Connor"], "family history", "context",
  "Kirsty met Connor and the relationship began", prec="range", end="2023-08")
# --- pregnancy ----------------------------------------------------------------------------------
E("gp", "2024-01-16", ["pregnancy confirmed"], "health", "key",
  "GP appointment: pregnancy confirmed (about 16 weeks); GP referral to maternity services")
E("dna1", "2024-01-30", ["booking appointment"], "health", "key", "Kirsty did not attend her midwifery booking appointment")
E("dna2", "2024-02-13", ["booking appointment"], "health", "key", "Kirsty did not attend the rebooked booking appointment")
E("booking", "2024-02-27", ["late booking"], "health", "key",
  "Late booking at 22+3 weeks at Rosewood antenatal clinic; Connor present and answered for Kirsty")
E("anomaly", "2024-03-05", ["anomaly scan"], "health", "routine", "Anomaly scan attended (Connor present); no concerns for the baby")
E("da1", "2024-03-16", ["against the wall"], "domestic abuse", "key",
  "Domestic abuse: Connor pushed Kirsty against the wall at the flat and took her phone (disclosed on 19/03)", quote=Q["k_wall"])
E("disclose", "2024-03-19", ["disclosed"], "health", "key",
  "Antenatal appointment attended alone: Kirsty disclosed domestic abuse to the community midwife")
E("referral", "2024-03-20", ["safeguarding referral"], "referral", "key",
  "Maternity safeguarding referral to MASH by the specialist safeguarding midwife")
E("mash", "2024-03-21", ["MASH checks"], "assessment", "routine",
  "MASH checks with Kelderby, police and GP: Connor's history and Mason's previous proceedings confirmed")
E("alloc", "2024-03-22", ["allocated"], "assessment", "routine",
  "MASH decision: allocated to the pre-birth team for a child and family assessment")
E("hv1", "2024-03-26", ["home visit"], "visit", "key",
  "Home visit to Alder Court: Connor present throughout and would not leave the room", time="16:00")
E("pathways", "2024-03-28", ["Pathways"], "visit", "key",
  "Social worker saw Kirsty alone at the Pathways leaving care office with her personal adviser", time="10:30", quote=Q["k_love"])
E("idva_ref", "2024-04-03", ["Harbour Women's Aid"], "domestic abuse", "routine",
  "Referral to Harbour Women's Aid (IDVA service) with Kirsty's consent")
E("da2", "2024-04-06", ["999"], "domestic abuse", "key",
  "Police called by neighbour's 999 call to Alder Court: red marks to Kirsty's neck, Connor arrested for assault by beating",
  time="22:50")
E("rui", "2024-04-07", ["released under investigation"], "police", "routine",
  "Connor interviewed by police and released under investigation; Kirsty declined to make a statement")
E("moved_out", "2024-04-08", ["moved out"], "contact", "routine",
  "Telephone call with Kirsty: she said Connor had moved out to a friend's")
E("strat1", "2024-04-09", ["strategy discussion"], "meeting", "key",
  "Pre-birth strategy discussion: section 47 enquiry agreed", time="14:00")
E("s47", "2024-04-11", ["section 47"], "visit", "key", "Section 47 visit: Kirsty seen alone at the flat")
E("kelderby", "2024-04-15", ["Kelderby"], "contact", "routine",
  "Telephone call with Kelderby Children's Services: threshold findings from Mason's proceedings obtained")
E("missed1", "2024-04-02", ["missed"], "health", "key", "Missed antenatal appointment (28 weeks)")
E("pba", "2024-04-23", ["pre-birth assessment"], "assessment", "key",
  "Pre-birth assessment completed: recommendation to convene an initial child protection conference")
E("idva_visit", "2024-04-25", ["IDVA"], "domestic abuse", "routine", "Joint visit with the IDVA; DASH risk assessment completed")
E("missed2", "2024-04-30", ["missed"], "health", "key", "Missed antenatal appointment (31 weeks)")
E("tenancy_warn", "2024-05-02", ["tenancy warning"], "housing", "context",
  "Calder Homes issued Kirsty a tenancy warning after noise complaints")
E("pa_appt", "2024-05-09", ["personal adviser"], "health", "routine",
  "Antenatal appointment attended with her personal adviser; growth scan requested")
E("connor_office", "2024-05-14", ["office appointment"], "contact", "key",
  "Office appointment with Connor: he denied the domestic abuse and refused a perpetrator programme")
E("growth", "2024-05-16", ["growth scan"], "health", "routine", "Growth scan attended: baby's growth on the 10th centile")
E("icpc", "2024-05-23", ["initial child protection conference"], "meeting", "key",
  "Pre-birth initial child protection conference: unborn baby subject to a child protection plan (emotional abuse)",
  time="10:00", quote=Q["k_icpc"])
E("intro", "2024-05-29", ["introductory visit"], "placement", "routine",
  "Introductory visit to the mother-and-baby foster carers with Kirsty and her advocate")
E("birthplan", "2024-06-04", ["birth plan"], "health", "routine", "Antenatal appointment at 36 weeks: birth plan and safeguarding plan discussed")
E("cg1", "2024-06-06", ["core group"], "meeting", "routine", "First core group meeting (moved from 05/06/2024)")
# --- birth and placement ------------------------------------------------------------------------
E("birth", "2024-06-14", ["born"], "birth", "key", "Isla born at Rosewood Maternity Unit at 37+6 weeks, 3.02 kg", time="06:42")
E("ward", "2024-06-14", ["security"], "incident", "key",
  "Connor came onto the postnatal ward outside visiting hours, shouted at staff; security called", time="20:30")
E("s20", "2024-06-17", ["section 20"], "legal", "key",
  "Kirsty signed section 20 consent on the ward with her advocate present")
E("day3", "2024-06-17", ["day 3 weight"], "health", "routine", "Day 3 weight 2.86 kg (5% below birth weight)")
E("placement", "2024-06-18", ["mother and baby placement"], "placement", "key",
  "Kirsty and Isla discharged from hospital to the mother and baby placement with Bernadette and Samuel Okafor", time="15:10")
E("day5", "2024-06-19", ["day 5"], "health", "routine", "Community midwife day 5 check: 2.90 kg, blood spot test done")
E("ft1", "2024-06-20", ["family time"], "family time", "routine",
  "First supervised family time for Connor with Isla (Connor 25 minutes late)")
E("nbv", "2024-06-27", ["new birth visit"], "health", "key",
  "Health visitor new birth visit at the placement: 3.18 kg, warm interaction, prompts needed", time="10:00", quote=Q["k_nbv"])
E("curfew", "2024-06-27", ["curfew"], "placement", "key",
  "Kirsty went out in the evening and returned at 23:20, over an hour past the placement curfew", time="19:00")
E("call_bo", "2024-06-28", ["Call from Bernadette"], "contact", "routine",
  "Telephone call from the foster carer reporting the new birth visit and the late return", time="09:05")
E("pams_instr", "2024-07-01", ["instructed"], "assessment", "routine", "Independent PAMS assessor Helen Marchbank instructed")
E("pgm1", "2024-07-04", ["paternal grandmother"], "visit", "key",
  "Visit to the paternal grandmother and Mason in Kelderby (connected persons enquiry)", quote=Q["m_shout"])
E("pams1", "2024-07-09", ["session 1"], "assessment", "routine", "PAMS session 1 (advocate present)")
E("cg2", "2024-07-11", ["core group"], "meeting", "routine", "Second core group meeting")
E("clinic", "2024-07-11", ["baby clinic"], "health", "routine", "Baby clinic weight 3.74 kg (25th centile)")
E("pams2", "2024-07-16", ["session 2"], "assessment", "routine", "PAMS session 2: feeding and sterilising", quote=Q["k_mum"])
E("ft_dna", "2024-07-18", ["did not attend"], "family time", "routine", "Connor did not attend family time")
E("pams3", "2024-07-23", ["session 3"], "assessment", "routine", "PAMS session 3: bathing and safe handling")
E("prm", "2024-07-30", ["placement review meeting"], "placement", "key",
  "Placement review meeting: Kirsty allowed up to two hours alone in the community with Isla; no contact with Connor outside family time",
  time="10:00")
E("pams4", "2024-07-30", ["session 4"], "assessment", "routine", "PAMS session 4: daily routine observation", time="14:00")
E("reg", "2024-08-01", ["registered"], "legal", "context", "Isla's birth registered; Connor named on the birth certificate")
E("hv68", "2024-08-06", ["6-8 week review"], "health", "routine", "Health visitor 6-8 week review: 4.42 kg")
E("pams5", "2024-08-08", ["session 5"], "assessment", "routine", "PAMS session 5: safety in the home")
E("landing", "2024-08-09", ["on the landing"], "placement", "key",
  "Kirsty heard arguing with Connor on the phone on the landing at the placement", time="21:40")
# --- the unexplained mark -------------------------------------------------------------------------
E("outing", "2024-08-10", ["took Isla out"], "incident", "key",
  "Kirsty took Isla out alone at 13:30 and returned at 16:25, almost an hour late", time="13:30")
E("mark", "2024-08-10", ["bath time"], "injury", "key",
  "Foster carer found an unexplained bruise on Isla's left jaw at bath time", time="19:05", quote=Q["k_mark"])
E("edt", "2024-08-10", ["EDT"], "contact", "key", "Foster carer rang EDT; Isla to be taken to the Children's Emergency Department",
  time="19:20")
E("ed", "2024-08-10", ["Ward 21"], "health", "key",
  "Isla seen in the Children's Emergency Department and admitted to Ward 21", time="20:15")
E("cpm", "2024-08-11", ["child protection medical"], "health", "key",
  "Child protection medical (Dr Rao): 1.5 cm bruise to left jaw, no explanation, non-accidental injury not excluded", time="10:00")
E("strat2", "2024-08-12", ["strategy discussion"], "meeting", "key",
  "Strategy discussion: section 47 enquiry, 24-hour supervision, Connor's family time suspended", time="11:00")
E("skeletal", "2024-08-12", ["skeletal survey"], "health", "key", "Skeletal survey and bloods: no fractures, clotting normal")
E("park", "2024-08-12", ["Brookside Park"], "disclosure", "key",
  "Ward visit: Kirsty admitted she met Connor at Brookside Park during the outing and he held Isla", time="15:30",
  quote=Q["k_park"])
E("discharge", "2024-08-13", ["discharged"], "health", "key", "Isla discharged from Ward 21 back to the placement", time="14:30")
E("wa", "2024-08-14", ["written agreement"], "placement", "key", "Revised written agreement signed: 24-hour supervision")
E("pgm2", "2024-08-19", ["Foxglove Rise"], "visit", "routine", "Visit to Linda and Mason at Foxglove Rise", quote=Q["m_brother"])
E("pams6", "2024-08-20", ["session 6"], "assessment", "routine", "PAMS session 6: supervised routines after the hospital admission")
E("iuc", "2024-08-21", ["interviewed under caution"], "police", "key",
  "Connor interviewed under caution about the bruise; denied harming Isla; released under investigation")
E("rcpc", "2024-08-22", ["review child protection conference"], "meeting", "key",
  "Review child protection conference: child protection plan continues, category changed to physical abuse", time="13:30")
E("pams7", "2024-08-27", ["session 7"], "assessment", "routine", "PAMS session 7: play and stimulation")
E("skeletal2", "2024-08-28", ["follow-up skeletal survey"], "health", "routine", "Follow-up skeletal survey: clear")
E("uc", "2024-09-03", ["Universal Credit"], "finance", "context",
  "Personal adviser reported Connor had been collecting Kirsty's Universal Credit")
E("ft_end", "2024-09-05", ["ended early"], "family time", "key", "Connor's family time ended early after he shouted at the worker")
E("supv", "2024-09-10", ["supervision"], "admin", "admin", "Management supervision: decision to request a legal planning meeting")
E("lpm", "2024-09-12", ["legal planning meeting"], "legal", "key", "Legal planning meeting: threshold met, pre-proceedings (PLO) agreed")
E("mason_isla", "2024-09-14", ["met Isla"], "family time", "key",
  "Mason met Isla for the first time at the Orchard Family Centre with Linda", quote=Q["m_fingers"])
E("pams8", "2024-09-17", ["session 8"], "assessment", "routine", "PAMS session 8: feedback session", quote=Q["k_pics"])
E("cog", "2024-09-24", ["cognitive assessment"], "health", "key",
  "Cognitive assessment by a clinical psychologist: FSIQ 67, consistent with a mild learning disability")
# --- pre-proceedings --------------------------------------------------------------------------------
E("handover", "2024-10-14", ["handover visit"], "visit", "routine", "Joint handover visit: case transferred to Owen Castell")
E("lbp", "2024-10-17", ["letter before proceedings"], "legal", "key", "Letter before proceedings hand-delivered to Kirsty (and sent to Connor)")
E("ppm", "2024-10-31", ["pre-proceedings meeting"], "legal", "key",
  "Pre-proceedings meeting: Kirsty agreed to end the relationship; Connor to attend a perpetrator programme; Linda to be assessed")
E("freedom", "2024-11-05", ["Freedom Programme"], "domestic abuse", "routine", "Kirsty started the Freedom Programme")
E("call_k", "2024-11-07", ["Kirsty rang"], "contact", "routine",
  "Telephone call from Kirsty about starting the Freedom Programme", time="10:10")
E("viab", "2024-11-08", ["viability assessment"], "assessment", "key",
  "Viability assessment of Linda completed: positive as a support, not as a full-time carer for Isla")
E("kw", "2024-11-17", ["banging on the window"], "police", "key",
  "Connor, drunk, banging on the window of Linda's house; Linda called police; Connor arrested", time="21:15", quote=Q["m_glass"])
E("linda3", "2024-11-21", ["visit to Linda"], "visit", "routine", "Home visit to Linda and Mason", quote=Q["m_quilt"])
E("cg3", "2024-12-12", ["core group"], "meeting", "routine", "Core group meeting")
E("xmas", "2024-12-24", ["Christmas Eve"], "family time", "routine", "Family time on Christmas Eve went well")
E("nye", "2024-12-31", ["abusive messages"], "domestic abuse", "key", "Connor sent Kirsty abusive messages on New Year's Eve")
E("blocked", "2024-12-30", ["blocked"], "domestic abuse", "routine", "Kirsty blocked Connor's number",
  prec="range", end="2025-01-05")
E("hv_jan", "2025-01-09", ["home visit"], "visit", "routine", "Home visit to the placement")
E("rev", "2025-01-23", ["PLO review meeting"], "legal", "key",
  "PLO review meeting (moved from 16/01/2025): pre-proceedings extended by eight weeks")
E("gate", "2025-02-10", ["school gate"], "incident", "key",
  "Connor turned up at Mason's school gate and tried to take him; staff intervened", time="15:15", quote=Q["m_gate"])
E("call_linda", "2025-02-11", ["telephone call from Linda"], "contact", "routine",
  "Telephone call from Linda reporting the school gate incident", time="10:20")
E("hv_feb", "2025-02-13", ["home visit"], "visit", "routine", "Home visit to the placement: Kirsty's wishes recorded", quote=Q["k_never"])

P("cg1_plan", "2024-06-05", ["first core group"], "First core group meeting (moved to 06/06/2024)")
P("rev_plan", "2025-01-16", ["review meeting"], "PLO review meeting (moved to 23/01/2025)")
P("rcpc2", "2025-02-20", ["review conference"], "Next review child protection conference")
P("flat", "2025-03-03", ["supported flat"], "Planned move of Kirsty and Isla to a supported flat")
P("ppm2", "2025-03-20", ["pre-proceedings"], "Next PLO review meeting")

X("x_dob_k", "2005-02-11", "Kirsty's date of birth")
X("x_dob_c", "1996-11-03", "Connor's date of birth")
X("x_dob_m", "2016-03-09", "Mason's date of birth")
X("x_dob_l", "1968-09-30", "Linda's date of birth")
X("x_edd", "2024-06-29", "Estimated date of delivery (Isla was born on 14/06/2024)")
X("x_export", "2025-02-17", "Case record export stamp")
X("x_params", "2024-03-01", "Export parameter start date")
X("x_params2", "2025-02-14", "Export parameter end date")
X("x_ftrec", "2024-12-27", "Recording date of the Christmas Eve family time note")
X("x_recorded", "2024-05-24", "'Recorded on' stamp of the ICPC case note")
X("x_chron", "2024-09-27", "Running chronology 'last updated' date")
X("x_typed", "2024-08-15", "Discharge letter typed date and original e-mail Sent header")
X("x_fwd", "2024-08-16", "Forwarding e-mail Date header")
X("x_crime", "2024-03-14", "Police crime number 14032024/0622 that looks like a date")
X("x_kwref", "2024-11-18", "Kelder & Wolds occurrence ref KW-181124-1197 and notification date")
X("x_reply", "2024-10-28", "PLO letter reply-by date")
X("x_pams", "2024-10-04", "Date of the PAMS report")
X("x_hvprint", "2024-09-02", "Health visiting record 'Printed' stamp")
X("x_bkprint", "2024-06-21", "Booking summary 'Printed' stamp")
X("x_icpcdist", "2024-05-30", "ICPC minutes distribution date")
X("x_rcpcdist", "2024-08-29", "RCPC minutes circulation date")
X("x_action", "2024-08-23", "Strategy discussion action 'by' date")


def _d(key):
    src = EVENTS.get(key) or PLANS.get(key) or DISTRACTORS[key]
    return dt.date.fromisoformat(src["date"])


def fd(key, style="dmy"):
    """Format the date of an event/plan/distractor in a record's own style."""
    d = _d(key)
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "dmy": d.strftime("%d/%m/%Y"), "dot": d.strftime("%d.%m.%y"), "mon": d.strftime("%d-%b-%Y"),
        "long": f"{d.day} {d.strftime('%B %Y')}", "ord": f"{d.day}{suf} {d.strftime('%B %Y')}",
        "wd": f"{d.strftime('%A')} {d.day}{suf} {d.strftime('%B %Y')}", "dm": f"{d.day} {d.strftime('%B')}",
        "wdl": f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}",
    }[style]


# =============================================================================================
# 2. REGISTRY: every passage that reports an event / plan / distractor is registered here
# =============================================================================================
class Doc:
    def __init__(self, path):
        self.path = path
        self.reports: list[tuple[str, str, str]] = []  # (kind, key, text)

    def r(self, key, text):
        assert key in EVENTS, key
        self.reports.append(("e", key, text))
        return text

    def p(self, key, text):
        assert key in PLANS, key
        self.reports.append(("p", key, text))
        return text

    def x(self, key, text):
        assert key in DISTRACTORS, key
        self.reports.append(("x", key, text))
        return text


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+|\n+|\s+\|\s+", text) if s.strip()]


def has_phrases(text, phrases):
    return any(all(p.lower() in s.lower() for p in phrases) for s in sentences(text))


def check_and_expected(docs, texts):
    """Cross-check the registry and return the expected JSON."""
    ev_src = {k: set() for k in EVENTS}
    pl_src = {k: set() for k in PLANS}
    x_src = {k: set() for k in DISTRACTORS}
    by_kind = {"e": ev_src, "p": pl_src, "x": x_src}
    spec = {"e": EVENTS, "p": PLANS, "x": DISTRACTORS}
    for d in docs:
        full = re.sub(r"\s+", " ", texts[d.path]).lower()
        grouped: dict[tuple[str, str], list[str]] = {}
        for kind, key, text in d.reports:
            by_kind[kind][key].add(d.path)
            grouped.setdefault((kind, key), []).append(text)
            if re.sub(r"\s+", " ", text).lower()[:60] not in full:
                raise AssertionError(f"{d.path}: registered text for {key} not found in the file text")
        for (kind, key), passages in grouped.items():
            kp = spec[kind][key]["key_phrases"]
            if kp and not any(has_phrases(t, kp) for t in passages):
                raise AssertionError(f"{d.path}: no passage for {key} has key phrases {kp}: {passages[0]!r}")
    for k, s in ev_src.items():
        assert s, f"event {k} has no source"
    for k, s in list(pl_src.items()) + list(x_src.items()):
        assert s, f"plan/distractor {k} has no source"
    # key phrases must not also fit a passage about a different event on the same date
    for d in docs:
        for kind, key, text in d.reports:
            if kind != "e":
                continue
            for k2, ev2 in EVENTS.items():
                if k2 != key and ev2["date"] == EVENTS[key]["date"]:
                    own = [s for s in sentences(text) if has_phrases(s, EVENTS[key]["key_phrases"])]
                    clash = [s for s in own if has_phrases(s, ev2["key_phrases"])]
                    if clash:
                        raise AssertionError(f"{d.path}: {key}/{k2} same-date key phrase clash: {clash[0]!r}")
    # quotes verbatim, inside quotation marks, in at least one source passage
    for k, ev in EVENTS.items():
        if ev["child_quote"]:
            q = ev["child_quote"]
            found = any(kind == "e" and key == k and (f'"{q}"' in text or f"'{q}'" in text)
                        for d in docs for kind, key, text in d.reports)
            assert found, f"quote for {k} not found verbatim in quotation marks"
            assert any(q in texts[p] for p in ev_src[k]), k
    ev_dates = {ev["date"] for ev in EVENTS.values()}
    for k, v in list(PLANS.items()) + list(DISTRACTORS.items()):
        assert v["date"] not in ev_dates, f"{k} date {v['date']} collides with an event"
    order = sorted(EVENTS, key=lambda k: (EVENTS[k]["date"], EVENTS[k]["time"] or "99"))
    events = []
    for i, k in enumerate(order, 1):
        ev = EVENTS[k]
        row = {"id": f"p{i:03d}", "date": ev["date"], "precision": ev["precision"]}
        if ev["date_end"]:
            row["date_end"] = ev["date_end"]
        if ev["time"]:
            row["time"] = ev["time"]
        row.update(summary=ev["summary"], key_phrases=ev["key_phrases"], sources=sorted(ev_src[k]),
                   child_quote=ev["child_quote"], significance=ev["significance"], category=ev["category"])
        events.append(row)
    plans = [dict(id=f"pl{i}", date=v["date"], precision="day", summary=v["summary"], key_phrases=v["key_phrases"],
                  sources=sorted(pl_src[k])) for i, (k, v) in enumerate(sorted(PLANS.items(), key=lambda t: t[1]["date"]), 1)]
    dis = [dict(id=f"x{i}", date=v["date"], precision="day", summary=v["summary"], key_phrases=[],
                sources=sorted(x_src[k])) for i, (k, v) in enumerate(sorted(DISTRACTORS.items(), key=lambda t: t[1]["date"]), 1)]
    return {"case": SLUG, "title": "Re P (A Child)", "fictional": True,
            "children": [{"name": BABY, "dob": "2024-06-14"}], "local_authority": f"{LA} (fictional)",
            "period": ["2024-01", "2025-02-13"], "events": events, "plans": plans, "distractors": dis}


# =============================================================================================
# 3. RENDERERS (PDF, DOCX, scanned PDF, EML, TXT). Each returns the plain text it wrote.
# =============================================================================================
from reportlab import rl_config  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

rl_config.invariant = 1

ST = {
    "title": ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=14, leading=18, spaceAfter=6),
    "sub": ParagraphStyle("s", fontName="Helvetica", fontSize=9.5, leading=12, textColor=colors.HexColor("#333333"),
                          spaceAfter=6),
    "h": ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3),
    "p": ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=5),
    "small": ParagraphStyle("sm", fontName="Helvetica", fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
    "cell": ParagraphStyle("c", fontName="Helvetica", fontSize=8.5, leading=10.5),
    "cellb": ParagraphStyle("cb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
    "center": ParagraphStyle("ce", fontName="Helvetica-Bold", fontSize=9, leading=12, alignment=TA_CENTER),
}


def _esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_pdf(path: Path, blocks, meta_title, footer, shade="#DDE6EE"):
    out, text = [], []
    width = A4[0] - 36 * mm
    for b in blocks:
        kind = b[0]
        if kind in ("title", "sub", "h", "p", "small", "center"):
            out.append(Paragraph(_esc(b[1]), ST[kind]))
            text.append(b[1])
        elif kind == "sp":
            out.append(Spacer(1, b[1] * mm))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind in ("table", "kv"):
            if kind == "kv":
                header, rows, widths = None, b[1], b[2] if len(b) > 2 else (0.3, 0.7)
            else:
                header, rows, widths = b[1], b[2], b[3]
            data = []
            if header:
                data.append([Paragraph(_esc(h), ST["cellb"]) for h in header])
                text.append(" | ".join(header))
            for row in rows:
                cells = []
                for j, c in enumerate(row):
                    st = ST["cellb"] if kind == "kv" and j == 0 else ST["cell"]
                    cells.append(Paragraph(_esc(c), st))
                data.append(cells)
                text.append(" | ".join(row))
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1 if header else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F8C99")),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
            if kind == "kv":
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")))
            t.setStyle(TableStyle(style))
            out.append(t)
            out.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(kind)

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(18 * mm, 10 * mm, footer)
        c.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {d.page}")
        c.restoreState()

    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=meta_title, author=LA, creator="records export",
                            invariant=1)
    doc.build(out, onFirstPage=on_page, onLaterPages=on_page)
    text.append(footer)
    return "\n".join(text)


# --- DOCX ----------------------------------------------------------------------------------------
import docx  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

FIXED_ZIP_TIME = (2025, 2, 17, 9, 12, 0)


def docx_new(font="Calibri", size=10):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
        s.top_margin = s.bottom_margin = Cm(1.6)
    return d


def docx_par(d, text, bold=False, size=None, italic=False, align=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def docx_table(d, header, rows, widths_cm, size=9):
    t = d.add_table(rows=1 if header else 0, cols=len(widths_cm))
    t.style = "Table Grid"
    if header:
        for i, h in enumerate(header):
            c = t.rows[0].cells[i]
            c.text = ""
            r = c.paragraphs[0].add_run(h)
            r.bold = True
            r.font.size = Pt(size)
    for row in rows:
        cells = t.add_row().cells
        for i, val in enumerate(row):
            paras = val if isinstance(val, list) else [val]
            cells[i].text = ""
            for j, ptxt in enumerate(paras):
                para = cells[i].paragraphs[0] if j == 0 else cells[i].add_paragraph()
                bold = isinstance(ptxt, tuple)
                r = para.add_run(ptxt[0] if bold else ptxt)
                r.bold = bold
                r.font.size = Pt(size)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    return t


def docx_text(d):
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def docx_save(d, path: Path, author, created: dt.datetime):
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.title = path.stem
    buf = io.BytesIO()
    d.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return docx_text(d)


# --- scanned, image-only PDF ---------------------------------------------------------------------
def write_scan(path: Path, pages, seed):
    """pages: list of lists of (style, text); style in title|h|p|box|sig. No text layer is written."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter

    rng = random.Random(seed)
    W, H = 1654, 2339  # A4 at 200 dpi
    fonts = {"title": ImageFont.truetype(FONT_BOLD, 40), "h": ImageFont.truetype(FONT_BOLD, 30),
             "p": ImageFont.truetype(FONT, 29), "box": ImageFont.truetype(FONT, 29), "sig": ImageFont.truetype(FONT, 29)}
    text_out = []
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for pno, page in enumerate(pages, 1):
        img = Image.new("L", (W, H), 236)
        dr = ImageDraw.Draw(img)
        y = 130
        for style, txt in page:
            text_out.append(txt)
            f = fonts[style]
            maxw = W - 260 - (40 if style == "box" else 0)
            words, lines, cur = txt.split(" "), [], ""
            for w in words:
                trial = (cur + " " + w).strip()
                if f.getlength(trial) > maxw and cur:
                    lines.append(cur)
                    cur = w
                else:
                    cur = trial
            lines.append(cur)
            top = y
            x0 = 130 + (20 if style == "box" else 0)
            for ln in lines:
                dr.text((x0, y), ln, font=f, fill=rng.randint(28, 48))
                y += int(f.size * 1.42)
            if style == "box":
                dr.rectangle([125, top - 10, W - 125, y + 4], outline=70, width=2)
                y += 14
            if style == "title":
                dr.line([130, y + 4, W - 130, y + 4], fill=60, width=3)
                y += 20
            y += 16 if style in ("p", "box") else 8
        dr.text((W - 420, H - 110), f"Page {pno} of {len(pages)}", font=fonts["p"], fill=60)
        for _ in range(900):  # scanner speckle
            px, py = rng.randrange(W), rng.randrange(H)
            dr.point((px, py), fill=rng.randint(120, 200))
        img = img.rotate(rng.choice([-0.6, 0.45, 0.7]), resample=Image.BICUBIC, fillcolor=236)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        c.drawImage(ImageReader(img), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()
    return "\n".join(text_out)


# --- EML and TXT -----------------------------------------------------------------------------------
def write_eml(path: Path, headers: dict, body: str):
    m = EmailMessage(policy=policy.SMTP)
    for k, v in headers.items():
        m[k] = v
    m.set_content(body, charset="utf-8", cte="8bit")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(m.as_bytes())
    return "\n".join(f"{k}: {v}" for k, v in headers.items()) + "\n\n" + body


def write_txt(path: Path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return text


# =============================================================================================
# 4. DOCUMENT WRITERS
# =============================================================================================
def doc_booking(root):
    d = Doc("health/antenatal-booking-summary.pdf")
    b = [("small", "CALDERBROOK ROYAL INFIRMARY NHS TRUST · Rosewood Maternity Unit · Maternity Information System"),
         ("title", "Antenatal Booking Summary and Appointment History"),
         ("kv", [("Name", "Kirsty PAWSON"), ("Date of birth", d.x("x_dob_k", DOB["kirsty"])),
                 ("NHS number", NHS["kirsty"]), ("Hospital no.", "RW 0448213"), ("Address", ADDR_K),
                 ("GP", "Dr F Greaves, Millrace Medical Practice, 01632 960 418"),
                 ("Named midwife", "Tanya Fairley, Community Midwife (Eastside Team), 01632 960 371"),
                 ("Gravida / Para", "G1 P0"), ("EDD (dating scan)", d.x("x_edd", "29/06/2024")),
                 ("Gestation at booking", "22+3 weeks"),
                 ("Safeguarding alert", "YES - see below. Do not discuss the alert in front of the partner.")]),
         ("h", "Booking history and risk factors"),
         ("p", d.r("gp", f"Referred by GP (Dr Greaves) after pregnancy confirmed at the surgery on {fd('gp')}, "
                         "estimated 16 weeks by dates.")),
         ("p", d.r("booking", f"Late booking at 22+3 weeks on {fd('booking', 'dot')} after two missed booking "
                              "appointments. Partner Connor Haswell attended and answered most of the questions for Kirsty.")),
         ("p", "Care leaver (Calderbrook Pathways service, PA Dean Whitlock). Mild learning disability: give information "
               "in easy-read format, one thing at a time, and ask Kirsty to say it back. Smoker (5/day), advised. "
               "No known allergies. BMI 21."),
         ("p", d.r("icpc", "Unborn baby made subject of a child protection plan at the initial child protection "
                           f"conference on {fd('icpc')} (category: emotional abuse). Pre-birth plan on the record.")),
         ("h", "Appointments"),
         ("table", ["Date", "Gest.", "Appointment / contact", "Attended", "Comments / plan"], [
             [fd("dna1", "dot"), "18+3", d.r("dna1", "Booking appointment, Rosewood antenatal clinic"), "DNA",
              "No answer on mobile. Letter sent with new date."],
             [fd("dna2", "dot"), "20+3", d.r("dna2", "Booking appointment (rebooked)"), "DNA",
              "Text reminder sent the day before. CMW to attempt a home visit."],
             [fd("booking", "dot"), "22+3", d.r("booking", "Late booking with community midwife"), "Yes",
              "With partner. Bloods taken. Routine DA enquiry not asked - partner present throughout."],
             [fd("anomaly", "dot"), "23+3", "Ultrasound", "Yes",
              d.r("anomaly", "Anomaly scan: no abnormality detected. Partner present.")],
             [fd("disclose", "dot"), "25+3", "Antenatal check, Eastside Clinic", "Yes (alone)",
              d.r("disclose", d.r("da1", "Kirsty disclosed DA: partner pushed her against the wall on Sat 16/03 and "
                                         "took her phone.")) + " " +
              d.r("referral", f"Safeguarding referral to MASH made {fd('referral')[:5]} by S Lund.")],
             [fd("missed1", "dot"), "27+3", "Antenatal check, Eastside Clinic", "DNA",
              d.r("missed1", "Missed appointment, phone off. Letter and text sent.")],
             [fd("missed2", "dot"), "31+3", "Antenatal check, Eastside Clinic", "DNA",
              d.r("missed2", "Missed again - second DNA since the safeguarding referral. SW Priya Natt informed.")],
             [fd("pa_appt", "dot"), "32+5", "Antenatal check", "Yes",
              d.r("pa_appt", "Attended with her personal adviser Dean Whitlock.") + " SFH 29 cm, below expected; growth scan requested."],
             [fd("growth", "dot"), "33+5", "Ultrasound", "Yes",
              d.r("growth", "Growth scan: EFW on 10th centile, liquor normal.") + " Rescan only if SFH static."],
             [fd("birthplan", "dot"), "36+3", "Antenatal check and birth planning", "Yes",
              d.r("birthplan", "Birth plan and pre-birth safeguarding plan discussed with Kirsty and her advocate; "
                               "easy-read copy given.") + " Baby not to be discharged without CSC agreement."],
             [fd("birth", "dot"), "37+6", "Delivery", "-",
              d.r("birth", "Baby girl born 06:42, normal delivery, 3.02 kg.") + " Transferred to postnatal Ward 14."],
         ], [0.11, 0.07, 0.27, 0.1, 0.45]),
         ("small", "DNA = did not attend. SFH = symphysis-fundal height. EFW = estimated fetal weight."),
         ]
    foot = d.x("x_bkprint", "Printed 21/06/2024 11:04 by SLUND - Rosewood MIS - OFFICIAL-SENSITIVE")
    return d, write_pdf(root / d.path, b, "Antenatal booking summary", foot, shade="#E8DDEE")


def doc_scan(root):
    d = Doc("health/maternity-safeguarding-referral-scan.pdf")
    p1 = [("title", "CALDERBROOK ROYAL INFIRMARY NHS TRUST - MATERNITY SAFEGUARDING REFERRAL"),
          ("p", "To: Calderbrook MASH (Children's Services), Civic Centre, Calderbrook. Secure e-mail "
                "mash@calderbrook.gov.example  Tel 01632 960 200"),
          ("box", d.r("referral", f"Date of this safeguarding referral: {fd('referral')}") +
           "   Referrer: Sarah Lund, Specialist Safeguarding Midwife, Rosewood Maternity Unit. Tel 01632 960 377"),
          ("box", "Mother: Kirsty PAWSON    DOB: " + d.x("x_dob_k", DOB["kirsty"]) + "    NHS No: " + NHS["kirsty"]),
          ("box", "Address: " + ADDR_K),
          ("box", "EDD: " + d.x("x_edd", "29/06/2024") + "    Gestation today: 25+4 weeks    G1 P0"),
          ("box", "Partner / father of baby: Connor HASWELL (27). Address not known - stays at Alder Court most nights."),
          ("h", "Reason for referral"),
          ("p", d.r("gp", f"Kirsty's pregnancy confirmed by her GP on {fd('gp')} at about 16 weeks.") +
           " She did not attend her " + d.r("dna1", d.r("dna2", f"booking appointment on {fd('dna1')} or the rebooked "
                                                              f"booking appointment on {fd('dna2')}."))),
          ("p", d.r("booking", f"Late booking at 22+3 weeks on {fd('booking')}.") + " Connor attended and answered most "
                "questions for her; Kirsty looked at him before she answered anything."),
          ("p", d.r("disclose", f"On {fd('disclose')} Kirsty came to her antenatal appointment alone for the first time "
                                "and disclosed domestic abuse when I asked the routine enquiry question.")),
          ("p", d.r("da1", "She said that on Saturday Connor pushed her against the wall in the kitchen and took her "
                           "phone off her, and that this has happened 'a few times'. She said: \"" + Q["k_wall"] + "\"")),
          ]
    p2 = [("p", "No visible injury seen. Baby movements normal. Blood pressure normal."),
          ("p", d.r("b_met", "Kirsty said she met Connor in summer 2023 through a friend from college and that he moved "
                             "in soon after.")),
          ("h", "Vulnerabilities"),
          ("p", "Care leaver - Pathways personal adviser Dean Whitlock. Mild learning disability: reads at a basic level, "
                "please use plain words and check she has understood. No family support. Connor controls her phone "
                "and her money (Kirsty's account)."),
          ("h", "Consent"),
          ("p", "Kirsty agreed to this referral. She asked that Connor is not told what she said to me."),
          ("h", "Action taken by maternity"),
          ("p", "Safeguarding alert added to the maternity record. Harbour Women's Aid number given discreetly. All "
                "appointments to be offered to Kirsty alone. Pre-birth planning requested."),
          ("sig", "Signed:  S. Lund        Designation: Specialist Safeguarding Midwife        Date: " + fd("referral")),
          ("box", "FOR MASH USE - Received 13:52 - Ref MASH-24-01877 - Outcome: progress to assessment (see LCS)"),
          ]
    return d, write_scan(root / d.path, [p1, p2], seed=20240320)


def doc_hv(root):
    d = Doc("health/hv-new-birth-visit-record.pdf")
    b = [("small", "Calderbrook Community Health Services · 0-19 Health Visiting Service · Eastside Team"),
         ("title", "New Birth Visit Record"),
         ("kv", [("Child", "Isla PAWSON"), ("Date of birth", DOB["isla"]), ("NHS number", NHS["isla"]),
                 ("Address", "c/o foster carers, " + ADDR_FC + " (mother and baby placement)"),
                 ("Mother", "Kirsty Pawson, DOB " + d.x("x_dob_k", DOB["kirsty"])),
                 ("Father", "Connor Haswell - not living with the family"),
                 ("GP", "Millrace Medical Practice"), ("Health visitor", "Michelle Iqbal, 01632 960 512"),
                 ("Safeguarding", "Child protection plan (made pre-birth). Social worker Priya Natt, Calderbrook CSC.")]),
         ("h", "Birth details"),
         ("p", d.r("birth", f"Isla was born on {fd('birth')} at 06:42 at Rosewood Maternity Unit by spontaneous vaginal "
                            "delivery at 37+6 weeks, birth weight 3.02 kg.") +
          " Apgars 9 and 9. Formula fed from day 2 (mother's choice). Newborn hearing screen passed on the ward."),
         ("p", d.r("placement", f"Mother and baby were discharged from the postnatal ward on {fd('placement')} to a "
                                "mother and baby placement with foster carers Bernadette and Samuel Okafor.")),
         ("h", "New birth visit"),
         ("kv", [("Date / time", f"{fd('nbv')} 10:00"), ("Venue", "Foster home, Wyvern Close"),
                 ("Present", "Kirsty, Isla, Bernadette Okafor (foster carer)"),
                 ("Child seen", "Yes - awake and undressed for weighing. Skin intact, no marks, cord off.")]),
         ("p", d.r("nbv", f"The new birth visit took place at the foster home on {fd('nbv')} at 10:00, with Kirsty, "
                          "Isla and foster carer Bernadette Okafor present.")),
         ("p", "Feeding: Isla takes 3-4 oz of first infant milk every 3 hours. Kirsty made up a feed while I watched; "
               "she needed a prompt to check the temperature and to throw away the unfinished bottle. Sterilising is "
               "being done by Bernadette for now - Kirsty to take it over using a picture card."),
         ("p", "Safe sleep: Moses basket in Kirsty's room, feet to foot, no bumpers. We talked about not falling asleep "
               "with Isla on the sofa. Kirsty could repeat the advice back in her own words."),
         ("p", d.r("nbv", "Maternal mood: EPDS 9. Kirsty says she feels tired and 'a bit up and down'. She said: \"" + Q["k_nbv"] + "\"")),
         ("p", "Routine enquiry about domestic abuse asked with Kirsty alone in her room: she says she is only in touch "
               "with Connor at family time."),
         ("p", "Interaction: Kirsty held Isla close, talked to her and answered her cues, but needed reminding to support "
               "Isla's head when lifting her from the basket."),
         ("h", "Growth"),
         ("table", ["Date", "Age", "Contact", "Weight", "Centile", "By"], [
             [DOB["isla"], "birth", "Birth weight (Rosewood)", "3.02 kg", "25th", "Midwife"],
             [fd("day3"), "day 3", d.r("day3", "Day 3 weight, postnatal ward"), "2.86 kg", "-5.3%", "Ward midwife"],
             [fd("day5"), "day 5", d.r("day5", "Day 5 check at placement, blood spot taken"), "2.90 kg", "9th-25th",
              "T Fairley, CMW"],
             [fd("nbv"), "13 days", d.r("nbv", "New birth visit"), "3.18 kg", "25th", "M Iqbal, HV"],
             [fd("clinic"), "4 weeks", d.r("clinic", "Baby clinic, Orchard Family Centre"), "3.74 kg", "25th",
              "K Bell, CNN"],
             [fd("hv68"), "7 weeks", d.r("hv68", "6-8 week review at placement"), "4.42 kg", "25th-50th", "M Iqbal, HV"],
         ], [0.14, 0.1, 0.34, 0.12, 0.12, 0.18]),
         ("p", d.r("hv68", f"At the 6-8 week review on {fd('hv68')} Kirsty made up and gave a feed without prompting and "
                           "Isla was smiling and fixing on faces.") + " Immunisations due at 8 weeks at the GP."),
         ("h", "Plan"),
         ("p", "Universal Partnership Plus. HV to attend core groups and conferences and share weights with the social "
               "worker. Next contact: 3-4 month review in clinic. Kirsty to keep the red book with her."),
         ]
    foot = d.x("x_hvprint", "Printed 02/09/2024 by MIQBAL - 0-19 electronic record - OFFICIAL-SENSITIVE")
    return d, write_pdf(root / d.path, b, "New birth visit record", foot, shade="#DDEEE4")


def doc_birth_email(root):
    d = Doc("email/2024-06-14-birth-notification.eml")
    body = "\n".join([
        "Hi Priya,",
        "",
        d.r("birth", "Just to let you know that Kirsty PAWSON (DOB " + d.x("x_dob_k", DOB["kirsty"]) +
            ", NHS 485 777 2190) gave birth this morning. Baby girl born at 06:42 by normal delivery at 37+6, "
            "weight 3.02 kg."),
        "Mum and baby are both well and are on Ward 14 (postnatal), bay 3. Baby is to be called Isla and mum is "
        "bottle feeding.",
        "",
        "As per the pre-birth plan from the conference, baby will not be discharged without CSC agreement. The ward "
        "has a copy of the written plan, including that any visit by Connor must be supervised by staff, and the "
        "on-call paediatrician knows about the plan.",
        "",
        "Kirsty has asked for Ruth (her advocate) to be with her when you come to talk about the section 20 "
        "paperwork. Could you let me know when you plan to visit so I can tell the ward?",
        "",
        "Thanks",
        "Sarah",
        "",
        "Sarah Lund | Specialist Safeguarding Midwife | Rosewood Maternity Unit",
        "Calderbrook Royal Infirmary NHS Trust | Tel 01632 960 377",
        "This e-mail and any attachments are confidential and intended for the addressee only.",
    ])
    headers = {"From": "Sarah Lund <sarah.lund@crinfirmary.nhs.example>",
               "To": "Priya Natt <priya.natt@calderbrook.gov.example>",
               "Cc": "Calderbrook MASH <mash@calderbrook.gov.example>",
               "Subject": "SAFEGUARDING - birth notification - Kirsty PAWSON (pre-birth CP plan)",
               "Date": "Fri, 14 Jun 2024 09:16:04 +0100",
               "Message-ID": "<20240614091604.3318@crinfirmary.nhs.example>"}
    return d, write_eml(root / d.path, headers, body)


def doc_discharge_email(root):
    d = Doc("email/2024-08-16-fw-ward-21-discharge-letter.eml")
    body = "\n".join([
        "Nadia, Graham,",
        "",
        "Forwarding the discharge letter from Ward 21 for the legal planning file and for the conference report. "
        + d.r("discharge", "Isla was discharged back to the Okafors on Tuesday afternoon under the new supervision "
                           "arrangements.") + " Please note the follow-up skeletal survey date.",
        "",
        "Priya",
        "",
        "Priya Natt | Social Worker | Pre-Birth & Infant Team | Calderbrook MBC Children's Services | 01632 960 233",
        "",
        "-----Original Message-----",
        "From: Ward 21 Secretaries <ward21.secretaries@crinfirmary.nhs.example>",
        d.x("x_typed", "Sent: Thursday, August 15, 2024 4:48 PM"),
        "To: Priya Natt <priya.natt@calderbrook.gov.example>",
        "Cc: Millrace Medical Practice <millrace.admin@nhs.example>",
        "Subject: Discharge letter - Isla PAWSON - CRI 2291457",
        "",
        "CALDERBROOK ROYAL INFIRMARY NHS TRUST",
        "Children's Services - Ward 21 (Paediatric Medical Ward)",
        "",
        "DISCHARGE LETTER",
        d.x("x_typed", "Dictated: 13/08/2024   Typed: 15/08/2024") + "   Consultant: Dr Anand Rao",
        "",
        "Patient: Isla PAWSON   DOB: 14/06/2024   NHS: 485 777 3012   Hosp no: CRI 2291457",
        "Address: c/o Mr & Mrs Okafor (foster carers), " + ADDR_FC,
        "Admitted: 10/08/2024 via Children's Emergency Department   Discharged: 13/08/2024",
        "",
        "Presenting complaint:",
        d.r("ed", "8-week-old infant brought to the Children's Emergency Department at 20:15 on 10/08/2024 by her "
                  "mother and foster carer and admitted to Ward 21 with a mark to the left jaw."),
        d.r("outing", "Mother took Isla out alone to the park that afternoon and says she was well when they returned.") +
        " " + d.r("mark", "The foster carer noticed the mark at bath time at about 19:00 and it was not present that "
                          "morning."),
        "Mother has offered no explanation other than the car seat strap.",
        "",
        "Examination / investigations:",
        d.r("cpm", "Child protection medical by Dr A Rao, Consultant Paediatrician, on 11/08/2024 at 10:00: single "
                   "blue-purple bruise 1.5 x 1 cm over the left mandible.") +
        " No petechiae, no other bruising, no intra-oral injury, fontanelle soft, growth on the 25th centile. "
        "Baby is non-mobile (not yet rolling).",
        d.r("skeletal", "Skeletal survey (12/08/2024): no fractures seen.") + " FBC, clotting screen and bone profile "
        "normal. Ophthalmology review: no retinal haemorrhages.",
        "",
        "Opinion:",
        "Bruising in a non-mobile infant is uncommon. The explanation offered does not account for a bruise in this "
        "position. In the absence of a medical cause or a consistent account, non-accidental injury cannot be "
        "excluded. Police and Children's Social Care are aware.",
        "",
        "Discharge:",
        d.r("discharge", "Isla was discharged at 14:30 on 13/08/2024 to the foster placement with her mother, with "
                         "24-hour supervision agreed by Children's Social Care.") + " Feeding well throughout the "
        "admission (4-5 oz 3-4 hourly).",
        "",
        "Follow-up:",
        "1. Follow-up skeletal survey in 11-14 days - booked for 28/08/2024, Radiology, 09:30.",
        "2. No outpatient follow-up required unless new concerns. HV informed.",
        "",
        "Dr Anand Rao, MB ChB FRCPCH, Consultant Paediatrician (Named Doctor for Safeguarding)",
        "cc GP, Health Visitor (M Iqbal), Social Worker (P Natt)",
    ])
    headers = {"From": "Priya Natt <priya.natt@calderbrook.gov.example>",
               "To": "Nadia Petrov <nadia.petrov@calderbrook.gov.example>",
               "Cc": "Graham Ellery <graham.ellery@calderbrook.gov.example>, Joanne Birks <joanne.birks@calderbrook.gov.example>",
               "Subject": "FW: Discharge letter - Isla PAWSON - CRI 2291457",
               "Date": d.x("x_fwd", "Fri, 16 Aug 2024 08:57:31 +0100"),
               "Message-ID": "<20240816085731.7702@calderbrook.gov.example>"}
    return d, write_eml(root / d.path, headers, body)


def doc_police_isf(root):
    d = Doc("police/pvp-information-sharing-form-2024-04-08.pdf")
    b = [("center", "OFFICIAL - SENSITIVE"),
         ("title", "PENNINE VALE POLICE - Public Protection Unit"),
         ("sub", "Domestic Abuse Information Sharing Form (ISF) - child or unborn child affected"),
         ("kv", [("ISF reference", "PPU/ISF/24/3318"), ("Date sent", "08/04/2024"), ("Sent to", "Calderbrook MASH"),
                 ("From", "DC 3107 Amy Frost, Public Protection Unit, Calder Road Police Station, 01632 960 655"),
                 ("STORM log", "2214 of 06/04/2024"), ("Crime number", d.x("x_crime", "14032024/0622")),
                 ("Offence", "Assault by beating (domestic) - s.39 CJA 1988"),
                 ("DASH risk", "MEDIUM (9 ticks)"), ("MARAC", "Not referred at this time")]),
         ("h", "Persons"),
         ("table", ["Role", "Name", "DOB", "Address"], [
             ["Victim", "Kirsty PAWSON", d.x("x_dob_k", DOB["kirsty"]), ADDR_K],
             ["Suspect", "Connor HASWELL", d.x("x_dob_c", DOB["connor"]), "No fixed abode / c/o Alder Court"],
             ["Unborn child", "(victim approximately 28 weeks pregnant)", "EDD " + d.x("x_edd", "29/06/2024"), "-"],
             ["Other child (not present)", "Mason HASWELL (suspect's son)", d.x("x_dob_m", DOB["mason"]),
              "Lives with paternal grandmother, Kelderby"],
         ], [0.22, 0.3, 0.16, 0.32]),
         ("h", "Circumstances"),
         ("p", d.r("da2", "At 2250hrs on Saturday 06/04/2024 a neighbour in Alder Court made a 999 call reporting a male "
                          "shouting, a female screaming and banging coming from Flat 3.")),
         ("p", "Officers (PC 4471 Hurst and PC 2893 Malik) arrived at 2304hrs. The door was opened by HASWELL, who was "
               "agitated and smelled of intoxicants. PAWSON was in the bedroom crying. She had reddening to both sides "
               "of her neck and said they had argued about her phone; she would not say how the marks were caused. "
               "HASWELL was arrested at 2311hrs for assault by beating and taken to Calder Road custody. Body-worn "
               "video was recorded."),
         ("p", d.r("rui", "HASWELL was interviewed on 07/04/2024, gave a no comment interview and was released under "
                          "investigation pending enquiries.") +
          " PAWSON declined to provide a statement or to support a prosecution."),
         ("h", "Voice of the child / unborn child"),
         ("p", "Unborn child at approximately 28 weeks. The victim is a care leaver and told officers she 'struggles with "
               "reading', so the DASH questions were read to her. No children live at the address."),
         ("h", "Police history - HASWELL"),
         ("p", d.r("b_abh", "PNC: convicted in 2019 at Kelderby Crown Court of assault occasioning actual bodily harm on a "
                            "former partner (12 months custody suspended for 2 years; restraining order now expired).") +
          " Two youth cautions for public order offences. Intelligence of cannabis use and of carrying a knife "
          "(not substantiated). Four earlier domestic occurrences with the same former partner, Kelderby area."),
         ("h", "Police history - PAWSON"),
         ("p", "Recorded as a missing child on several occasions while in care. No offending history."),
         ("h", "Risk assessment and requested actions"),
         ("p", "DASH completed at scene: 9 ticks, MEDIUM risk. The victim declined an IDVA referral at the scene; Harbour "
               "Women's Aid details given. Officer's view: risk is escalating and the pregnancy is an aggravating "
               "factor. Children's Services are asked to consider a strategy discussion."),
         ("small", "Officer in case: PC 4471 S Hurst. Supervisor: DS 2290 K Oduya. This form contains police information "
                   "shared under the Children Act 2004 s.11 and must not be disclosed to the subject without police agreement."),
         ]
    return d, write_pdf(root / d.path, b, "PVP ISF", "PPU/ISF/24/3318 - OFFICIAL-SENSITIVE - Printed 08/04/2024 09:02",
                        shade="#D9DEEA")


def doc_police_kw(root):
    d = Doc("police/kelder-wolds-child-concern-2024-11-18.pdf")
    b = [("center", "OFFICIAL - SENSITIVE"),
         ("title", "KELDER & WOLDS POLICE"),
         ("sub", "Child Concern Notification (PVP) - for the attention of Children's Services"),
         ("kv", [("Occurrence ref", d.x("x_kwref", "KW-181124-1197")),
                 ("Date of notification", d.x("x_kwref", "18/11/2024")),
                 ("Sent to", "Kelderby County Council Children's Services (front door); copy to Calderbrook MBC "
                             "(open case, SW Owen Castell)"),
                 ("Reporting officer", "PC 1860 Dan Whitcombe, Kelderby Response Team"),
                 ("Incident", "Sunday 17/11/2024, 2115hrs, 7 Foxglove Rise, Kelderby")]),
         ("table", ["Role", "Name", "DOB", "Address"], [
             ["Child", "Mason HASWELL", d.x("x_dob_m", DOB["mason"]), ADDR_L],
             ["Carer (special guardian)", "Linda HASWELL", d.x("x_dob_l", DOB["linda"]), ADDR_L],
             ["Subject", "Connor HASWELL", d.x("x_dob_c", DOB["connor"]), ADDR_C],
         ], [0.24, 0.26, 0.14, 0.36]),
         ("h", "Summary of incident"),
         ("p", d.r("kw", "At 2115hrs on Sunday 17/11/2024 Linda HASWELL called 999 to report that her son Connor was "
                         "outside her home, drunk, shouting and banging on the window, demanding to see Mason.")),
         ("p", "On police arrival at 2128hrs HASWELL had left. He was found on Mill Street at 2205hrs and was arrested for "
               "a public order offence. He has since been released under investigation."),
         ("h", "Child's account"),
         ("p", d.r("kw", "Officers spoke to Mason (8) with his grandmother present. He was tearful and said: \"" +
                   Q["m_glass"] + "\" He said he went upstairs and hid.")),
         ("p", "Linda HASWELL told officers that Connor knows contact with Mason must be arranged through her, and that "
               "he had not come to the house drunk like this before."),
         ("h", "Risk and actions"),
         ("p", "Mason was not injured. Target-hardening advice given; Linda to call 999 if Connor returns. Notified to "
               "Children's Services because Connor is the father of a child subject to a child protection plan in "
               "Calderbrook (Isla PAWSON) and the subject of a police investigation there."),
         ]
    return d, write_pdf(root / d.path, b, "Child concern notification", "KW Police - OFFICIAL-SENSITIVE - KW-181124-1197",
                        shade="#E0E0E0")


def _family_rows(d, with_isla_dob):
    first = (["Isla Pawson", "Subject child", DOB["isla"], "With mother, foster placement"] if with_isla_dob else
             ["Unborn baby Pawson", "Subject (unborn)", "EDD " + d.x("x_edd", "29/06/2024"), "With mother"])
    return [first,
            ["Kirsty Pawson", "Mother", d.x("x_dob_k", DOB["kirsty"]), "Alder Court" if not with_isla_dob else "Wyvern Close (placement)"],
            ["Connor Haswell", "Father", d.x("x_dob_c", DOB["connor"]), "Tanner's Row, Calderbrook"],
            ["Mason Haswell", "Paternal half-brother", d.x("x_dob_m", DOB["mason"]), "With Linda Haswell (SGO)"],
            ["Linda Haswell", "Paternal grandmother", d.x("x_dob_l", DOB["linda"]), "Foxglove Rise, Kelderby"]]


def doc_icpc(root):
    d = Doc("meetings/icpc-pre-birth-2024-05-23.pdf")
    att = [["Graham Ellery", "Independent Chair", "Child Protection & Review Unit", "Present"],
           ["Lorna Pike", "Minute taker", "Business Support", "Present"],
           ["Kirsty Pawson", "Mother", "-", "Present"],
           ["Ruth Denholm", "Advocate for Kirsty", "Calderbrook Advocacy Partnership", "Present"],
           ["Connor Haswell", "Father of the unborn baby", "-", "Arrived 10:40, left 11:15"],
           ["Priya Natt", "Social Worker", "CSC Pre-Birth & Infant Team", "Present (report)"],
           ["Joanne Birks", "Team Manager", "CSC Pre-Birth & Infant Team", "Present"],
           ["Sarah Lund", "Specialist Safeguarding Midwife", "Rosewood Maternity Unit", "Present (report)"],
           ["Tanya Fairley", "Community Midwife", "Rosewood Maternity Unit", "Apologies - report"],
           ["DC Amy Frost", "Public Protection Unit", "Pennine Vale Police", "Present"],
           ["Dean Whitlock", "Personal Adviser", "Pathways Leaving Care", "Present"],
           ["Leanne Curry", "IDVA", "Harbour Women's Aid", "Present"],
           ["Dr Fiona Greaves", "GP", "Millrace Medical Practice", "Report only"],
           ["Michelle Iqbal", "Health Visitor", "0-19 Service", "Present"]]
    b = [("small", "Calderbrook Safeguarding Children Partnership · Child Protection & Review Unit"),
         ("title", "Initial Child Protection Conference (Pre-Birth) - Minutes"),
         ("kv", [("Unborn child of", "Kirsty PAWSON"), ("Date of conference", "Thursday 23 May 2024, 10:00 - 12:15"),
                 ("Venue", "Calderbrook Civic Centre, Conference Room 4 (hybrid)"),
                 ("Chair", "Graham Ellery, Independent Chair"),
                 ("Minutes distributed", d.x("x_icpcdist", "30/05/2024"))]),
         ("h", "1. Attendance"),
         ("table", ["Name", "Role", "Agency", "Attendance"], att, [0.2, 0.28, 0.32, 0.2]),
         ("h", "2. Family composition"),
         ("table", ["Name", "Relationship", "DOB", "Lives at"], _family_rows(d, False), [0.25, 0.25, 0.18, 0.32]),
         ("h", "3. Purpose of the conference"),
         ("p", d.r("icpc", f"This initial child protection conference was convened on {fd('icpc', 'long')} because of "
                           "concerns for Kirsty's unborn baby arising from domestic abuse, late booking and missed "
                           "antenatal care.") +
          " The chair checked that Kirsty had received the social work report in easy-read form. Ruth Denholm sat with "
          "Kirsty and asked for short breaks, which were given. Connor arrived at 10:40 and left at 11:15 after he was "
          "asked twice not to talk over Kirsty."),
         ("h", "4. Summary of information"),
         ("p", "Social work (Priya Natt). " + d.r("referral", "Children's Services received a safeguarding referral from "
               f"the Rosewood Maternity Unit on {fd('referral')}.") + " " +
          d.r("b_care", "Kirsty came into care in 2016, aged 11, and was looked after until her eighteenth birthday.") + " " +
          d.r("b_sgo", "Connor's son Mason was the subject of care proceedings in Kelderby, which ended in October 2019 "
                       "with a special guardianship order to Connor's mother, Linda Haswell.")),
         ("p", d.r("strat1", f"A pre-birth strategy discussion was held on {fd('strat1')} and a section 47 enquiry followed.")
          + " " + d.r("pba", f"The pre-birth assessment was completed on {fd('pba')} and recommended this conference.") + " " +
          d.r("connor_office", f"Connor attended an office appointment with the social worker on {fd('connor_office')}; "
                               "he denied any violence and said he did not need a perpetrator programme.")),
         ("p", "Midwifery (Sarah Lund). " + d.r("booking", f"Kirsty made a late booking at 22+3 weeks on {fd('booking')}.") +
          " " + d.r("disclose", d.r("da1", f"On {fd('disclose')} she disclosed to the community midwife that Connor had "
                                           f"pushed her against the wall on {fd('da1')}.")) + " " +
          d.r("missed1", d.r("missed2", f"She missed antenatal appointments on {fd('missed1')} and {fd('missed2')}")) +
          " but has attended since, most recently with her personal adviser. The baby is growing on the 10th centile."),
         ("p", "Police (DC Frost). " + d.r("da2", f"On {fd('da2')} at 22:50 police attended Alder Court after a "
                                                 "neighbour's 999 call; Kirsty had red marks to her neck and Connor was arrested.")
          + " No further action was taken because Kirsty did not support a prosecution. " +
          d.r("b_abh", "Connor has a 2019 conviction for assault occasioning actual bodily harm on a former partner.")),
         ("p", "Leaving care (Dean Whitlock). Kirsty keeps her tenancy clean but has had a warning from Calder Homes about "
               "noise. She manages her money poorly and often has no credit on her phone. She trusts Dean and usually "
               "answers his calls."),
         ("p", "IDVA (Leanne Curry). Kirsty has met the IDVA twice. The DASH completed with her scored 15 (high risk). She "
               "minimises the abuse but is beginning to name Connor's control of her phone and money."),
         ("p", "GP (written report, Dr Greaves). Mild learning disability identified at school; no mental health history; "
               "registered with Millrace Medical Practice since leaving care."),
         ("h", "5. Views of the parents"),
         ("p", d.r("icpc", "At the initial child protection conference Kirsty said she understood why people were "
                           "worried. She said: \"" + Q["k_icpc"] + "\"") +
          " She said she would go to a mother and baby placement if it meant she could keep the baby."),
         ("p", "Connor said the police had 'twisted it' and that Kirsty 'bruises easily'. He left before the decision."),
         ("h", "6. Analysis"),
         ("p", "What we are worried about: a baby born into a relationship with repeated, escalating violence, to a young "
               "mother with a learning disability who has no family support, and a father who has already lost the care "
               "of one child. What is working well: Kirsty has engaged with the midwife, Pathways and the IDVA, and has "
               "said she will accept a placement. Scaling (0 = baby will be harmed, 10 = safe): agencies 2-3; Kirsty 7."),
         ("h", "7. Decision"),
         ("p", "The conference decided that the unborn baby will be made the subject of a child protection plan under the "
               "category of emotional abuse. All agencies agreed. The decision was explained to Kirsty with her advocate."),
         ("h", "8. Outline child protection plan"),
         ("p", "(1) Kirsty and the baby to be discharged together to a mother and baby placement. (2) No unsupervised care "
               "of the baby by Connor. (3) PAMS parenting assessment, adapted for Kirsty's learning disability, with her "
               "advocate present. (4) IDVA support and the Freedom Programme for Kirsty. (5) Connor to be referred to the "
               "Inspire perpetrator programme. (6) A legal planning meeting if the risks do not reduce."),
         ("h", "9. Next meetings"),
         ("p", d.p("cg1_plan", "The first core group will meet on 05/06/2024 at 13:00 at the Pathways office.") +
          " The first review conference will be held within three months of the birth, on 22/08/2024."),
         ]
    return d, write_pdf(root / d.path, b, "ICPC minutes", "ICPC minutes - Unborn PAWSON - RESTRICTED - distributed 30/05/2024")


def doc_strategy(root):
    d = Doc("meetings/strategy-discussion-2024-08-12.pdf")
    b = [("small", "Calderbrook MBC Children's Services · Pre-Birth & Infant Team · OFFICIAL-SENSITIVE"),
         ("title", "Strategy Discussion Record (section 47, Children Act 1989)"),
         ("kv", [("Child", f"Isla PAWSON, DOB {DOB['isla']} (8 weeks), NHS {NHS['isla']}"),
                 ("Date and time", "Monday 12/08/2024, 11:00 - 11:50"), ("Format", "Microsoft Teams"),
                 ("Chair", "Joanne Birks, Team Manager"),
                 ("Reason", "Unexplained bruise to a non-mobile baby in a mother and baby foster placement")]),
         ("table", ["Name", "Role", "Agency"], [
             ["Joanne Birks", "Team Manager (chair)", "Children's Social Care"],
             ["Priya Natt", "Allocated social worker", "Children's Social Care"],
             ["DC Amy Frost", "CAIT / Public Protection Unit", "Pennine Vale Police"],
             ["Dr Anand Rao", "Consultant Paediatrician", "Calderbrook Royal Infirmary"],
             ["Michelle Iqbal", "Health Visitor", "0-19 Service"],
             ["Tom Ashby", "Supervising social worker", "Hearthstone Fostering"],
             ["Sarah Lund", "Specialist Safeguarding Midwife", "Apologies"]], [0.25, 0.4, 0.35]),
         ("p", d.r("strat2", "This strategy discussion was convened at 11:00 on 12/08/2024 by Teams after the hospital "
                             "admission at the weekend.")),
         ("h", "Information shared"),
         ("p", "Children's Social Care (Priya Natt). " +
          d.r("icpc", f"Isla has been subject to a child protection plan since the initial child protection conference on "
                      f"{fd('icpc')}, before she was born.") + " " +
          d.r("placement", "She has lived with Kirsty in the mother and baby placement at the Okafors' since "
                           f"{fd('placement')}.") + " " +
          d.r("prm", f"At the placement review meeting on {fd('prm')} it was agreed that Kirsty could take Isla out on her "
                     "own for up to two hours, but not see Connor outside family time.")),
         ("p", d.r("landing", f"On Friday {fd('landing')} at about 21:40 Mrs Okafor heard Kirsty on the landing arguing on "
                              "the phone with someone she believed was Connor.") + " " +
          d.r("outing", f"On Saturday {fd('outing')} Kirsty took Isla out at 13:30 in the pram, saying she was going to the "
                        "shops, and came back at 16:25.") + " " +
          d.r("mark", "At bath time at around 19:05 Mrs Okafor saw a bruise about 1.5 cm across on the left side of Isla's "
                      "jaw.") + " " +
          d.r("edt", "Mr Okafor rang EDT at 19:20 and was advised to take Isla to the Children's Emergency Department.")),
         ("p", "Health (Dr Rao). " + d.r("ed", "Isla was admitted to Ward 21 from the Children's Emergency Department on "
                                               "Saturday evening.") + " " +
          d.r("cpm", f"At the child protection medical on Sunday {fd('cpm')} there was a single blue-purple bruise, "
                     "1.5 x 1 cm, over the left mandible and no other marks.") +
          " Clotting and a full blood count were sent; the skeletal survey is booked for this afternoon. Kirsty has "
          "offered no explanation beyond the car seat strap, which in Dr Rao's opinion would not account for a bruise in "
          "this position. Health visitor: " +
          d.r("hv68", f"at the 6-8 week review on {fd('hv68')} Isla had no marks and weighed 4.42 kg.")),
         ("p", "Police (DC Frost). " + d.r("b_abh", d.r("da2", "Connor has a 2019 conviction for actual bodily harm on a "
               f"former partner and was arrested after the 999 call to Alder Court on {fd('da2')}; that investigation was "
               "closed when Kirsty did not support it.")) + " " +
          d.r("b_sgo", "Kelderby records show Mason has lived with his grandmother under a special guardianship order "
                       "made in October 2019.")),
         ("p", "Fostering (Tom Ashby). The carers have kept to the placement agreement and their daily records. Kirsty is "
               "warm with Isla but still needs prompts with routines and night feeds."),
         ("h", "Decisions"),
         ("p", "1. The threshold for a section 47 enquiry is met; joint enquiry with police CAIT. 2. Isla to stay on the "
               "ward until the skeletal survey results are known. 3. On discharge Kirsty and Isla return to the Okafors "
               "with 24-hour supervision and no unsupervised time in the community. 4. Connor's family time suspended "
               "while the police investigate. 5. Police to interview Connor under caution. 6. The review conference "
               "already arranged for 22/08/2024 goes ahead."),
         ("table", ["Action", "Lead", "By when"], [
             ["Revised written agreement with Kirsty (advocate present)", "P Natt", "Before discharge"],
             ["Speak to Kirsty about the outing, with her advocate", "P Natt", "Today"],
             ["Voluntary interview of Connor", "DC Frost", d.x("x_action", "23/08/2024")],
             ["Discharge summary to CSC and GP", "Dr Rao", "On discharge"]], [0.55, 0.2, 0.25]),
         ]
    return d, write_pdf(root / d.path, b, "Strategy discussion", "Strategy discussion record - Isla PAWSON - OFFICIAL-SENSITIVE")


def doc_rcpc(root):
    d = Doc("meetings/rcpc-2024-08-22.pdf")
    att = [["Graham Ellery", "Independent Chair", "Child Protection & Review Unit", "Present"],
           ["Kirsty Pawson", "Mother", "-", "Present"],
           ["Ruth Denholm", "Advocate for Kirsty", "Calderbrook Advocacy Partnership", "Present"],
           ["Aisha Farooq", "Solicitor for Kirsty", "Hallam & Reece Solicitors", "First part only"],
           ["Connor Haswell", "Father", "-", "Invited - did not attend"],
           ["Priya Natt", "Social Worker", "CSC Pre-Birth & Infant Team", "Present (report)"],
           ["Joanne Birks", "Team Manager", "CSC", "Present"],
           ["Bernadette Okafor", "Foster carer", "Hearthstone Fostering", "Present"],
           ["Tom Ashby", "Supervising social worker", "Hearthstone Fostering", "Present"],
           ["Michelle Iqbal", "Health Visitor", "0-19 Service", "Present (report)"],
           ["DC Amy Frost", "CAIT", "Pennine Vale Police", "Present"],
           ["Helen Marchbank", "Independent social worker (PAMS)", "Independent", "Interim view, by Teams"],
           ["Dr Anand Rao", "Consultant Paediatrician", "Calderbrook Royal Infirmary", "Written report"],
           ["Dean Whitlock", "Personal Adviser", "Pathways Leaving Care", "Apologies"]]
    b = [("small", "Calderbrook Safeguarding Children Partnership · Child Protection & Review Unit"),
         ("title", "Review Child Protection Conference - Isla PAWSON"),
         ("kv", [("Date", "22/08/2024, 13:30 - 15:45"), ("Venue", "Calderbrook Civic Centre, Room 2 (hybrid)"),
                 ("Chair", "Graham Ellery"), ("Plan since", "23/05/2024 (pre-birth), category emotional abuse"),
                 ("Minutes circulated", d.x("x_rcpcdist", "29/08/2024"))]),
         ("h", "Attendance"),
         ("table", ["Name", "Role", "Agency", "Attendance"], att, [0.2, 0.3, 0.3, 0.2]),
         ("h", "Family"),
         ("table", ["Name", "Relationship", "DOB", "Lives at"], _family_rows(d, True), [0.25, 0.25, 0.18, 0.32]),
         ("h", "1. Purpose"),
         ("p", d.r("rcpc", d.r("icpc", "This review child protection conference met on 22/08/2024 at 13:30 to review the "
                                       "plan made for Isla before her birth at the initial child protection conference "
                                       "on 23/05/2024.")) +
          " Connor was invited but replied by text that he would not come because 'it's a stitch-up'."),
         ("h", "2. Progress since the last conference (social work report, Priya Natt)"),
         ("p", d.r("cg1", "The first core group met on 06/06/2024, a day later than planned,") + " and " +
          d.r("cg2", "the second core group met on 11/07/2024.")),
         ("p", d.r("birth", "Isla was born on 14/06/2024 at 06:42, weighing 3.02 kg.") + " " +
          d.r("ward", "That evening, at about 20:30, Connor came onto the postnatal ward outside visiting hours and shouted "
                      "at staff, and security was called.") + " " +
          d.r("s20", d.r("placement", "Kirsty signed section 20 consent on 17/06/2024 with Ruth present, and on "
                                      "18/06/2024 she and Isla moved to the mother and baby placement with Mr and Mrs Okafor."))),
         ("p", d.r("nbv", "The health visitor's new birth visit on 27/06/2024 found Isla well and gaining weight.") + " " +
          d.r("curfew", "Later the same day Kirsty broke the placement curfew, returning at 23:20.") +
          " Since then she has kept to the curfew."),
         ("p", d.r("pgm1", "Ms Natt visited the paternal grandmother, Linda Haswell, in Kelderby on 04/07/2024. Mason, "
                           "who is 8, said: \"" + Q["m_shout"] + "\"") + " " +
          d.r("pgm2", "When Ms Natt visited again at Foxglove Rise on 19/08/2024, Mason said: \"" + Q["m_brother"] + "\"")),
         ("p", d.r("pams1", "The PAMS assessment began with session 1 on 09/07/2024") + " and six sessions have now taken "
               "place. " + d.r("prm", "At the placement review meeting on 30/07/2024 it was agreed that Kirsty could take "
                                      "Isla out alone for up to two hours.")),
         ("h", "3. The events of 10 to 13 August 2024"),
         ("p", d.r("outing", "On Saturday 10/08/2024 Kirsty took Isla out alone at 13:30 and did not return until 16:25.") +
          " " + d.r("mark", "At bath time that evening Mrs Okafor saw a bruise on the left side of Isla's jaw, which had "
                            "not been there in the morning.") + " " +
          d.r("ed", "Isla was taken to the Children's Emergency Department the same evening and admitted to Ward 21.")),
         ("p", d.r("cpm", "Dr Rao's child protection medical on 11/08/2024 found a 1.5 cm bruise with no medical "
                          "explanation; in a baby who cannot yet roll, non-accidental injury could not be excluded.") + " " +
          d.r("strat2", "A strategy discussion on 12/08/2024 agreed a section 47 enquiry.") + " " +
          d.r("skeletal", "The skeletal survey on 12/08/2024 showed no fractures and the bloods were normal.") + " " +
          d.r("park", "Later that day Kirsty told Ms Natt on the ward that she had met Connor at Brookside Park during the "
                      "outing and that he had held Isla.")),
         ("p", d.r("discharge", "Isla was discharged on 13/08/2024") + " and " +
          d.r("wa", "a revised written agreement was signed on 14/08/2024.") + " " +
          d.r("iuc", "DC Frost reported that Connor was interviewed under caution on 21/08/2024; he denied causing the "
                     "bruise and was released under investigation.")),
         ("h", "4. Views of the family"),
         ("p", "Kirsty said she was sorry she had not told the truth about the park at first, and that she now understood "
               "why she cannot see Connor on her own. She asked for the PAMS work to carry on. Mrs Okafor said Kirsty is "
               "loving and tries hard, but forgets steps when she is tired or upset."),
         ("h", "5. Professional views"),
         ("p", "Health visitor: good weight gain, development on track, needs prompts with sterilising. Helen Marchbank "
               "(interim): Kirsty learns best by being shown; her knowledge of safety is improving; her ability to "
               "protect Isla from Connor is the main concern. Police: investigation open. Scaling: agencies 2-3, "
               "Kirsty 6."),
         ("h", "6. Decision"),
         ("p", "Isla will remain subject to a child protection plan. The category is changed from emotional abuse to "
               "physical abuse. The chair recommends that the local authority holds a legal planning meeting."),
         ("h", "7. Next review"),
         ("p", d.p("rcpc2", "The next review conference will be held on Thursday 20/02/2025 at 10:00.") +
          " Core groups to continue every six weeks."),
         ]
    return d, write_pdf(root / d.path, b, "RCPC minutes", "RCPC minutes - Isla PAWSON - RESTRICTED - circulated 29/08/2024")


def doc_plo(root):
    d = Doc("legal/letter-before-proceedings-2024-10-17.pdf")
    b = [("title", "Calderbrook Metropolitan Borough Council"),
         ("sub", "Children's Services · Civic Centre, Market Street, Calderbrook NE99 1AA · 01632 960 200"),
         ("kv", [("Our ref", "CS/PLO/24/0391"), ("Date", "17 October 2024"),
                 ("Delivery", "By hand (with Kirsty's advocate) and by first class post")]),
         ("p", "PRIVATE AND CONFIDENTIAL\nMiss Kirsty Pawson, c/o " + ADDR_FC + "\nMr Connor Haswell, " + ADDR_C),
         ("h", "LETTER BEFORE PROCEEDINGS - Isla Pawson (born 14 June 2024)"),
         ("p", "Dear Kirsty and Connor,"),
         ("p", d.r("lbp", "We are sending you this letter before proceedings because we are very worried about Isla's "
                          "safety and we are thinking about asking the Family Court to make decisions about her.") +
          " Please take this letter to a solicitor straight away. Legal advice for the meeting below is free; a list of "
          "local solicitors who do children law is enclosed."),
         ("h", "Why we are worried"),
         ("p", d.r("b_sgo", "Connor, in October 2019 the Family Court in Kelderby made a special guardianship order for "
                            "your son Mason to live with your mother, after care proceedings about domestic abuse and "
                            "neglect.") + " " +
          d.r("b_abh", "You were convicted in 2019 of assault occasioning actual bodily harm on a former partner.")),
         ("p", d.r("da1", "Kirsty, you told your midwife that on 16 March 2024 Connor pushed you against the wall and took "
                          "your phone.") + " " +
          d.r("da2", "On 6 April 2024 police were called to your flat after a neighbour rang 999, and Connor was arrested.")),
         ("p", d.r("icpc", "At the initial child protection conference on 23 May 2024 Isla, who was not yet born, was made "
                           "subject to a child protection plan.") + " " +
          d.r("s20", d.r("placement", "Kirsty, you signed an agreement under section 20 on 17 June 2024 and the next day "
                                      "you and Isla moved to a mother and baby placement with foster carers."))),
         ("p", d.r("prm", "At the placement review meeting on 30 July 2024 everyone agreed you could take Isla out on your "
                          "own for up to two hours, but that you would not see Connor outside family time.") + " " +
          d.r("outing", "On 10 August you took Isla out on your own and came back late.") + " " +
          d.r("mark", "At bath time that evening your foster carer found a bruise on Isla's jaw.") + " " +
          d.r("ed", "Isla was admitted to Ward 21 at Calderbrook Royal Infirmary that night.")),
         ("p", d.r("cpm", "The child protection medical on 11 August found that the bruise had no medical cause and that "
                          "it might have been caused on purpose.") + " " +
          d.r("strat2", "A strategy discussion on 12 August 2024 started a child protection enquiry.") + " " +
          d.r("park", "On the same day you told your social worker that you had met Connor at Brookside Park and that he "
                      "had held Isla, which you had not told anyone before.") + " " +
          "A skeletal survey and blood tests found no other injuries, and " +
          d.r("skeletal2", "a follow-up skeletal survey on 28 August 2024 was also clear.")),
         ("p", d.r("wa", "You signed a new written agreement on 14 August 2024 which says you must be supervised with Isla "
                         "at all times.") + " " +
          d.r("iuc", "Connor, you were interviewed under caution by the police on 21 August 2024 and the police "
                     "investigation is still going on.") + " " +
          d.r("rcpc", "At the review child protection conference on 22 August 2024 the plan was changed to the category of "
                      "physical abuse.")),
         ("p", d.r("lpm", "At a legal planning meeting on 12 September 2024 the local authority decided that the legal test "
                          "for care proceedings (the threshold) is met.") + " " +
          d.x("x_pams", "The PAMS parenting assessment by Helen Marchbank, dated 4 October 2024, says that Kirsty can "
                        "learn to care for Isla with a lot of support, but that Isla would not be safe if Kirsty is in a "
                        "relationship with Connor.")),
         ("h", "What we want you to do"),
         ("p", "Kirsty: (1) keep to the written agreement; (2) tell us about any contact from Connor; (3) do the Freedom "
               "Programme with Harbour Women's Aid; (4) keep working with the PAMS picture plans. Connor: (1) attend the "
               "Inspire programme; (2) keep to family time arrangements; (3) do not contact Kirsty outside them."),
         ("h", "The pre-proceedings meeting"),
         ("p", "We would like you to come to a pre-proceedings meeting on Thursday 31 October 2024 at 10:00 at the Civic "
               "Centre, Market Street, Calderbrook. Ruth Denholm can come with Kirsty. " +
          d.x("x_reply", "Please ask your solicitor to let Nadia Petrov in Legal Services know by 28 October 2024 whether "
                         "you will attend.")),
         ("p", d.p("rev_plan", "If things improve, we will check progress at a review meeting on Thursday 16 January 2025;")
          + " if they do not, we may apply to the court for a care order."),
         ("p", "Yours sincerely,\n\nAndrea Kowalski\nHead of Service, Children's Social Care\n"
               "cc Aisha Farooq (Hallam & Reece Solicitors); Brightwater Law; Ruth Denholm (advocate)"),
         ("pb",),
         ("title", "Easy-read summary for Kirsty"),
         ("p", "We are worried because Isla had a bruise and nobody has told us how it happened."),
         ("p", "We are worried because Connor has hurt you, and Isla could get hurt too."),
         ("p", "We want you and Isla to stay safe. We want to help you keep learning how to look after her."),
         ("p", "Please come to the meeting with Ruth and your solicitor. You can ask for breaks. You can ask us to explain "
               "things again."),
         ("p", "If things do not get better, we might have to ask a judge to decide where Isla lives."),
         ]
    return d, write_pdf(root / d.path, b, "Letter before proceedings", "CS/PLO/24/0391 - Letter before proceedings")


def doc_pams(root):
    d = Doc("assessment/pams-parenting-assessment-2024-10-04.docx")
    w = docx_new("Arial", 10.5)
    docx_par(w, "PARENTING ASSESSMENT (PAMS 4.0)", bold=True, size=16, align="center")
    docx_par(w, "Kirsty Pawson, in respect of her daughter Isla Pawson (born 14/06/2024)", bold=True, align="center")
    docx_par(w, "Independent social worker: Helen Marchbank BA (Hons) SW, PAMS licensed practitioner", align="center")
    docx_par(w, "Commissioned by Calderbrook Metropolitan Borough Council Children's Services", align="center")
    docx_par(w, d.x("x_pams", "Date of report: 4th October 2024"), align="center")
    docx_par(w, "CONFIDENTIAL - prepared for pre-proceedings and any subsequent proceedings", italic=True, align="center")

    def sec(title, paras):
        docx_par(w, title, bold=True, size=12)
        for ptxt in paras:
            docx_par(w, ptxt)

    sec("1. Introduction and instructions", [
        "1.1 " + d.r("pams_instr", "I am an independent social worker and licensed PAMS practitioner. I was instructed by "
                                   f"Calderbrook MBC on {fd('pams_instr', 'ord')} to complete a parenting assessment of "
                                   "Kirsty Pawson in respect of her daughter Isla."),
        "1.2 The assessment took place while Kirsty and Isla lived with foster carers Bernadette and Samuel Okafor "
        "(Hearthstone Fostering). Connor Haswell, Isla's father, was invited to a separate assessment and declined.",
        "1.3 This report is based on eight observed sessions, the PAMS knowledge questionnaires, the carers' daily "
        "records, discussion with the social worker, the health visitor and Kirsty's advocate, and the papers listed at "
        "the end of this report."])
    sec("2. Adapting the assessment to Kirsty's learning needs", [
        "2.1 " + d.r("cog", f"A cognitive assessment by Dr Hal Brennan, clinical psychologist, on {fd('cog', 'ord')} gave "
                            "a full scale IQ of 67 (extremely low range), with a relative strength in visual reasoning "
                            "and weaknesses in verbal comprehension and working memory."),
        "2.2 The following adaptations were made: sessions lasted no more than 90 minutes; Kirsty's advocate Ruth Denholm "
        "was present at every session; PAMS picture cards and easy-read questionnaires were used; each task was shown, "
        "then practised, then observed; and I summarised each session back to Kirsty in plain words and left a picture "
        "summary with her.",
        "2.3 Kirsty reads short sentences and can use a phone calendar with reminders. She becomes anxious and agrees "
        "with whatever is said when several people talk at once; I have kept this in mind when weighing her answers."])
    sec("3. Background and history", [
        "3.1 " + d.r("b_care", "Kirsty came into care in 2016, aged 11, because of neglect and her mother's drinking.") +
        " She had four foster placements and went to a special school, where her learning disability was first assessed.",
        "3.2 " + d.r("b_tenancy", "When she turned 18 in February 2023 she left care and moved into a supported tenancy at "
                                  "Alder Court, with help from the Pathways team."),
        "3.3 " + d.r("b_met", "Kirsty told me she met Connor in the summer of 2023 and that he moved in within a few weeks."),
        "3.4 " + d.r("b_sgo", "Connor has an older son, Mason, who has lived with Connor's mother under a special "
                              "guardianship order since October 2019."),
        "3.5 " + d.r("booking", f"The pregnancy was not booked until late: the late booking was on "
                                f"{fd('booking', 'ord')}, at 22 weeks."),
        "3.6 " + d.r("da1", f"Kirsty told the midwife that on {fd('da1', 'ord')} Connor pushed her against the wall.") +
        " " + d.r("da2", f"On {fd('da2', 'ord')} a neighbour rang 999 and Connor was arrested."),
        "3.7 " + d.r("icpc", f"The initial child protection conference on {fd('icpc', 'ord')} made a pre-birth child "
                             "protection plan."),
        "3.8 " + d.r("birth", f"Isla was born on {fd('birth', 'ord')}.") + " " +
        d.r("s20", d.r("placement", f"Kirsty agreed to section 20 accommodation on {fd('s20', 'dm')} and they moved to the "
                                    f"mother and baby placement on {fd('placement', 'ord')}.")),
        "3.9 " + d.r("outing", f"On {fd('outing', 'ord')} Kirsty took Isla out alone for the afternoon.") + " " +
        d.r("mark", "At bath time that evening the foster carer found a bruise on Isla's jaw.") + " " +
        d.r("cpm", f"At the child protection medical the next day, {fd('cpm', 'dm')}, the paediatrician could not exclude "
                   "non-accidental injury.") + " " +
        d.r("strat2", f"A strategy discussion followed on {fd('strat2', 'ord')}.") + " " +
        d.r("park", "That afternoon Kirsty told her social worker she had met Connor at Brookside Park.") + " " +
        d.r("skeletal2", f"A follow-up skeletal survey on {fd('skeletal2', 'ord')} was clear."),
        "3.10 " + d.r("rcpc", f"The review child protection conference on {fd('rcpc', 'ord')} continued the plan under "
                              "the category of physical abuse.")])
    docx_par(w, "4. Observed sessions", bold=True, size=12)
    rows = [
        [d.r("pams1", "Session 1"), fd("pams1", "ord"), "Okafor home", "Introductions; knowledge questionnaires (feeding, health)"],
        [d.r("pams2", "Session 2"), fd("pams2", "ord"), "Okafor home", "Feeding and sterilising (observed)"],
        [d.r("pams3", "Session 3"), fd("pams3", "ord"), "Okafor home", "Bathing, nappy changing, safe handling"],
        [d.r("pams4", "Session 4"), fd("pams4", "ord") + ", 14:00", "Okafor home", "Afternoon routine, settling, sleep"],
        [d.r("pams5", "Session 5"), fd("pams5", "ord"), "Okafor home", "Home safety; hazards picture check"],
        [d.r("pams6", "Session 6"), fd("pams6", "ord"), "Okafor home (supervised)", "Routines after the hospital admission"],
        [d.r("pams7", "Session 7"), fd("pams7", "ord"), "Orchard Family Centre", "Play, stimulation, outings"],
        [d.r("pams8", "Session 8"), fd("pams8", "ord"), "Okafor home", "Feedback and Kirsty's views"],
    ]
    docx_table(w, ["Session", "Date", "Venue", "Focus (Ruth Denholm present at every session)"], rows, [2.2, 3.6, 3.6, 8])
    for ptxt in [
        "4.1 " + d.r("pams1", f"Session 1 on {fd('pams1', 'ord')} was short; Kirsty was nervous and Ruth helped her say "
                              "when she needed a break."),
        "4.2 " + d.r("pams2", f"Session 2 ({fd('pams2', 'ord')}) looked at feeding and sterilising.") + " Kirsty made up "
        "a bottle correctly when the picture card was in front of her, and missed two steps without it. " +
        d.r("pams2", "When we talked about her own childhood in session 2 Kirsty said: \"" + Q["k_mum"] + "\""),
        "4.3 " + d.r("pams3", f"In session 3 on {fd('pams3', 'ord')} Kirsty bathed Isla confidently") + ", tested the "
        "water with her elbow and kept one hand on Isla throughout.",
        "4.4 " + d.r("pams4", f"Session 4 took place on the afternoon of {fd('pams4', 'ord')}.") + " I observed a full "
        "afternoon routine; Kirsty settled Isla well but put her down to sleep on her side twice and needed reminding. " +
        d.r("prm", "That morning a placement review meeting had agreed that Kirsty could take Isla out alone for two hours."),
        "4.5 " + d.r("pams5", f"In session 5 on {fd('pams5', 'ord')} Kirsty spotted most hazards in the picture check") +
        " but did not see the danger of hot drinks near the baby.",
        "4.6 " + d.r("pams6", f"Session 6 on {fd('pams6', 'ord')} took place under the new written agreement, with Mrs "
                              "Okafor present throughout.") + " Kirsty was tearful and distracted.",
        "4.7 " + d.r("pams7", f"Session 7 ({fd('pams7', 'ord')}) was held at the family centre") + "; Kirsty played "
        "warmly with Isla, copied her sounds and read her a board book.",
        "4.8 " + d.r("pams8", f"Session 8 on {fd('pams8', 'ord')} was a feedback session. Kirsty said: \"" + Q["k_pics"] + "\""),
    ]:
        docx_par(w, ptxt)
    docx_par(w, "5. PAMS findings", bold=True, size=12)
    docx_table(w, ["Domain", "Knowledge", "Skills", "Priority (1 = high)"], [
        ["Feeding", "Adequate with prompts", "Adequate with picture card", "2"],
        ["Hygiene / sterilising", "Adequate", "Inconsistent", "2"],
        ["Safe sleep", "Adequate", "Inconsistent when tired", "1"],
        ["Home safety", "Partial", "Partial", "2"],
        ["Health care / appointments", "Adequate", "Needs reminders", "2"],
        ["Protection from harm (adults)", "Limited", "Not demonstrated", "1"],
        ["Emotional warmth and play", "Good", "Good", "3"]], [5, 4, 5, 3.4])
    sec("6. Family and support network", [
        "6.1 Linda Haswell, Isla's paternal grandmother, cares for Mason and is willing to support Kirsty; she has said "
        "plainly that she could not care for a baby full time.",
        "6.2 " + d.r("mason_isla", f"Mason met Isla for the first time at the Orchard Family Centre on "
                                   f"{fd('mason_isla', 'ord')}; the family time worker recorded that he said: \"" +
                     Q["m_fingers"] + "\""),
        "6.3 " + d.r("ft_end", f"Connor did not take part in this assessment; his family time resumed on "
                               f"{fd('ft_end', 'ord')} and ended early after he shouted at the worker.")])
    sec("7. Analysis", [
        "7.1 Kirsty loves Isla and her warmth, play and response to Isla's cues are real strengths. She can learn practical "
        "care when tasks are shown and broken into small steps, and she keeps what she learns when it is repeated.",
        "7.2 The main risk is not Kirsty's practical care but her ability to protect Isla from Connor. She has minimised his "
        "violence, met him against the agreement and at first did not tell the truth about it. Her learning disability makes "
        "her more open to control and less able to judge risk in the moment.",
        "7.3 With the right support in place, Kirsty's parenting is on a path to 'good enough' for everyday care. Whether she "
        "can keep Isla safe from Connor is not yet known."])
    sec("8. Recommendations", [
        "8.1 Kirsty and Isla should stay in a supported placement while the work continues; any move to the community "
        "should come with daily support at first.",
        "8.2 Kirsty should complete the Freedom Programme and have one-to-one work on healthy relationships using visual "
        "materials.",
        "8.3 The parenting work should continue with picture-based routines, and this assessment should be updated after "
        "about 12 weeks.",
        "8.4 Connor should not have unsupervised contact with Isla unless he completes a perpetrator programme and a risk "
        "assessment is positive.",
        "Helen Marchbank, Independent Social Worker",
        d.x("x_pams", "Signed and dated 4th October 2024")])
    text = docx_save(w, root / d.path, "Helen Marchbank", dt.datetime(2024, 10, 4, 16, 30))
    return d, text


def doc_chronology(root):
    d = Doc("social-work/running-chronology-priya-natt.docx")
    w = docx_new("Calibri", 10)
    docx_par(w, "RUNNING CHRONOLOGY - Unborn baby / Isla PAWSON (LCS ID 7720154)", bold=True, size=13)
    docx_par(w, "Working document kept by Priya Natt, Social Worker, Pre-Birth & Infant Team. Not a court chronology - "
                "check against source records before use.", italic=True)
    docx_par(w, d.x("x_chron", "Last updated: 27/09/2024 (PN)"))
    R = d.r
    rows = [
        ["2016", R("b_care", "Kirsty came into care (Calderbrook), aged 11 - neglect, mother's alcohol use. Several "
                             "placements."), "LCS history"],
        ["Oct 2019", R("b_sgo", "Kelderby CC care proceedings about Mason (Connor's son) end with a special guardianship "
                                "order to Linda Haswell (PGM)."), "Kelderby CSC"],
        ["2019", R("b_abh", "Connor convicted of ABH (assault occasioning actual bodily harm) on ex-partner - suspended "
                            "sentence."), "Police ISF"],
        ["Feb 2023", R("b_tenancy", "Kirsty left care at 18 - supported tenancy at Flat 3 Alder Court via Pathways."), "Pathways"],
        ["Summer 2023", R("b_met", "Kirsty met Connor through a friend; he moved into Alder Court soon after."), "Midwife referral"],
        [fd("gp"), R("gp", "GP (Dr Greaves): pregnancy confirmed at approximately 16 weeks; referred to maternity."), "Booking summary"],
        [fd("dna1"), R("dna1", "DNA midwifery booking appointment."), "Booking summary"],
        [fd("dna2"), R("dna2", "DNA rebooked booking appointment."), "Booking summary"],
        [fd("booking"), R("booking", "Late booking at 22+3 weeks - Connor present and answered for K."), "Booking summary"],
        [fd("da1"), R("da1", "Connor pushed K against the wall in the flat and took her phone (K's account to midwife)."),
         "Maternity referral"],
        [fd("disclose"), R("disclose", R("da1", "K alone at midwife appointment - disclosed DA on routine enquiry. Told "
                                               "midwife: \"" + Q["k_wall"] + "\"")), "Maternity referral"],
        [fd("referral"), R("referral", "Maternity safeguarding referral to MASH (S Lund)."), "MASH contact"],
        [fd("mash"), R("mash", "MASH checks - Kelderby confirm Mason's SGO; police confirm Connor's conviction."), "LCS"],
        [fd("alloc"), R("alloc", "Allocated to me (PN) for pre-birth child and family assessment."), "LCS"],
        [fd("hv1"), R("hv1", "Home visit - Connor present throughout, would not leave the room. K quiet, looked to C."), "LCS"],
        [fd("pathways"), R("pathways", "Saw K alone at Pathways office with Dean Whitlock (PA). K: \"" + Q["k_love"] + "\""), "LCS"],
        [fd("missed1"), R("missed1", "Missed antenatal appointment (27 weeks)."), "Midwife"],
        [fd("idva_ref"), R("idva_ref", "Referral to Harbour Women's Aid (IDVA) - K consented."), "LCS"],
        [fd("da2"), R("da2", "999 call by neighbour; police attend 22:50 - red marks to K's neck; Connor arrested."), "Police ISF"],
        [fd("rui"), R("rui", "Connor no comment interview, released under investigation. K would not give a statement."),
         "Police ISF"],
        [fd("strat1"), R("strat1", "Pre-birth strategy discussion (Teams) - s47 agreed."), "LCS"],
        [fd("s47"), R("s47", "Section 47 visit - K seen alone, flat clean, some food in."), "LCS"],
        [fd("kelderby"), R("kelderby", "Call with Kelderby CSC (Mason's former SW) - threshold document obtained."), "LCS"],
        [fd("pba"), R("pba", "Pre-birth assessment completed and authorised; ICPC requested."), "LCS"],
        [fd("idva_visit"), R("idva_visit", "Joint visit with IDVA Leanne Curry - DASH 15 (high)."), "LCS"],
        [fd("missed2"), R("missed2", "Missed antenatal appointment (31 weeks) - second DNA since referral."), "Midwife"],
        [fd("tenancy_warn"), R("tenancy_warn", "Calder Homes tenancy warning - noise complaints (shouting) from neighbours."),
         "Pathways"],
        [fd("connor_office"), R("connor_office", "Office appointment with Connor - denies DA, says police 'twisted it', "
                                                 "refuses Inspire."), "LCS"],
        [fd("icpc"), R("icpc", "Pre-birth ICPC (initial child protection conference) - CP plan, emotional abuse."), "ICPC minutes"],
        [fd("intro"), R("intro", "Introductory visit to Bernadette and Samuel Okafor (Hearthstone) with K and Ruth."), "LCS"],
        [fd("cg1"), R("cg1", d.p("cg1_plan", "First core group (moved from 05/06).")), "LCS"],
        [fd("birth"), R("birth", "Isla born 06:42, 3.02 kg - notification e-mail from S Lund."), "E-mail"],
        [fd("birth"), R("ward", "About 20:30 Connor on postnatal ward outside visiting, shouting at staff - security called."),
         "Ward / LCS"],
        [fd("s20"), R("s20", "Section 20 signed on the ward, Ruth present."), "LCS"],
        [fd("placement"), R("placement", "K and Isla discharged to mother and baby placement (Okafors)."), "LCS"],
        [fd("ft1"), R("ft1", "First family time for Connor (Orchard FC) - 25 mins late."), "FT record"],
        [fd("nbv"), R("nbv", "HV new birth visit - positive, prompts needed."), "HV"],
        [fd("curfew"), R("curfew", "K out 19:00, back 23:20 - broke the 22:00 curfew."), "Carer / LCS"],
        [fd("pams_instr"), R("pams_instr", "Helen Marchbank (ISW) instructed for PAMS."), "LCS"],
        [fd("pgm1"), R("pgm1", "Visit to paternal grandmother Linda and Mason (Kelderby). Mason: \"" + Q["m_shout"] + "\""), "LCS"],
        [fd("pams1"), R("pams1", "PAMS session 1."), "ISW"],
        [fd("cg2"), R("cg2", "Core group 2."), "LCS"],
        [fd("ft_dna"), R("ft_dna", "Connor did not attend family time (no call)."), "FT record"],
        [fd("prm"), R("prm", "Placement review meeting - 2 hrs unsupervised in community agreed; no contact with C outside "
                             "family time."), "LCS"],
        [fd("reg"), R("reg", "K registered Isla's birth - Connor named on the birth certificate (so he has PR)."), "K / LCS"],
        [fd("outing"), R("outing", "K took Isla out 13:30, back 16:25 (late)."), "Carer log"],
        [fd("mark"), R("mark", "Bruise to L jaw found at bath time (19:05) by B Okafor."), "Carer log / EDT"],
        [fd("ed"), R("ed", "Children's ED - admitted to Ward 21 for CP medical."), "EDT"],
        [fd("cpm"), R("cpm", "Child protection medical (Dr Rao) - bruise unexplained, NAI not excluded."), "Ward"],
        [fd("strat2"), R("strat2", "Strategy discussion - s47, 24-hr supervision, C's family time suspended."), "Strat record"],
        [fd("park"), R("park", "Ward visit - K admitted meeting Connor at Brookside Park on Sat; he held Isla."), "LCS"],
        [fd("discharge"), R("discharge", "Isla discharged back to placement."), "Ward"],
        [fd("pgm2"), R("pgm2", "Visit to Linda and Mason at Foxglove Rise. Mason: \"" + Q["m_brother"] + "\""), "LCS"],
        [fd("iuc"), R("iuc", "Connor interviewed under caution - denies, RUI."), "Police"],
        [fd("rcpc"), R("rcpc", "RCPC (review child protection conference) - plan continues, now physical abuse."), "RCPC"],
        [fd("uc"), R("uc", "Dean (PA) says Connor has been collecting K's Universal Credit from her account."), "Pathways"],
        [fd("ft_end"), R("ft_end", "Connor's family time resumed - ended early, shouting at worker."), "FT record"],
        [fd("lpm"), R("lpm", "Legal planning meeting - threshold met, PLO."), "Legal"],
        [fd("mason_isla"), R("mason_isla", "Mason met Isla (Orchard FC, with Linda). Mason: \"" + Q["m_fingers"] + "\""),
         "FT record"],
        [fd("pams8"), R("pams8", "PAMS session 8 (final - feedback)."), "ISW"],
        [fd("cog"), R("cog", "Cognitive assessment, Dr Brennan - FSIQ 67."), "Psychology"],
    ]
    docx_table(w, ["Date", "Event", "Source"], rows, [2.6, 11.4, 3.4], size=9)
    text = docx_save(w, root / d.path, "Priya Natt", dt.datetime(2024, 9, 27, 15, 5))
    return d, text


CB, JB, PN = "Carol Benn (MASH Social Worker)", "Joanne Birks (Team Manager)", "Priya Natt (Social Worker)"
GR, ML, OC = "Gemma Royle (Family Time Worker)", "Marcus Leyland (EDT Social Worker)", "Owen Castell (Social Worker)"


def case_notes(d):
    """(date key or ISO date, time, author, note type, [paragraphs]) - 53 notes."""
    r, p, x = d.r, d.p, d.x
    return [
        ("referral", "14:05", CB, "Contact - referral received", [
            r("referral", "Maternity safeguarding referral received by secure e-mail from Sarah Lund, Specialist Safeguarding "
                          "Midwife, Rosewood Maternity Unit."),
            r("disclose", "Kirsty Pawson (19, care leaver) disclosed to the community midwife yesterday that her partner "
                          "Connor Haswell is abusive."),
            r("da1", "Kirsty told the midwife that on Saturday Connor pushed her against the wall and took her phone."),
            "She is 25 weeks pregnant and booked late. Consent to the referral given. Mild learning disability - Pathways "
            "open (PA Dean Whitlock). Action: MASH checks requested from police, health, Kelderby (father's previous LA) "
            "and Pathways. RAG rating: amber."]),
        ("mash", "11:30", CB, "MASH checks", [
            r("mash", "MASH checks completed today."),
            "Police: " + r("b_abh", "Connor has a conviction from 2019 for assault occasioning actual bodily harm on a "
                                    "former partner, Shona Reid.") + " Intelligence of cannabis use. Nothing recorded for Kirsty.",
            "Kelderby CC: " + r("b_sgo", "Connor's son Mason (now 8) was the subject of care proceedings which ended in "
                                         "October 2019 with a special guardianship order to the paternal grandmother, "
                                         "Linda Haswell.") +
            " Concerns in those proceedings were domestic abuse, Connor's drug use and neglect of Mason's basic care.",
            "GP: registered at Millrace, mild learning disability, no mental health history. Pathways: supported tenancy, "
            "PA sees her fortnightly. Recommendation: pre-birth child and family assessment."]),
        ("alloc", "09:40", JB, "Management decision", [
            r("alloc", "MASH outcome agreed: case allocated to Priya Natt, Pre-Birth & Infant Team, for a pre-birth child "
                       "and family assessment.") + " To be completed within 30 working days given the gestation. Unborn "
            "record created and linked to the mother."]),
        ("hv1", "16:00", PN, "Home visit (announced)", [
            r("hv1", "Announced home visit to Flat 3, Alder Court.") + " Connor answered the door and stayed in the living "
            "room throughout, although I asked twice to speak to Kirsty on her own. He answered most questions for her and "
            "said the midwife 'got the wrong end of the stick'.",
            "The flat was warm but sparsely furnished and there was little food in the kitchen. No baby items yet. Kirsty "
            "sat with her sleeves pulled over her hands and looked at Connor before she answered anything.",
            "Plan: see Kirsty alone through Pathways."]),
        ("pathways", "10:30", PN, "Office visit - parent seen alone", [
            r("pathways", "Met Kirsty at the Pathways office on Union Street, with her personal adviser Dean Whitlock, so "
                          "that she could be seen without Connor."),
            r("pathways", "Kirsty said Connor 'gets angry' when she talks to her friends and that he checks her phone. When "
                          "I asked whether she felt safe she said: \"" + Q["k_love"] + "\""),
            "I explained the pre-birth assessment using the easy-read leaflet. Kirsty asked if the baby would be 'took off "
            "me like Mason was took off Connor'. I explained honestly that nothing has been decided. She agreed to a "
            "referral to the IDVA service."]),
        ("idva_ref", "12:15", PN, "Referral made", [
            r("idva_ref", "Referral made to Harbour Women's Aid (IDVA service) with Kirsty's consent; safe contact through "
                          "Pathways only.")]),
        ("moved_out", "09:20", PN, "Information received / telephone call", [
            r("da2", "Police ISF received this morning: on Saturday night a neighbour made a 999 call and police attended "
                     "Alder Court at about 11pm.") + " Kirsty had red marks to her neck and Connor was arrested.",
            r("moved_out", "Telephone call to Kirsty at 09:05: she said Connor has moved out to a friend's house on the "
                           "Brookfield estate and she is 'done with him'."),
            "Discussed with Joanne Birks - strategy discussion to be convened."]),
        ("strat1", "14:00", PN, "Strategy discussion", [
            r("strat1", "Pre-birth strategy discussion held by Teams, chaired by Joanne Birks, with DC Amy Frost (PPU), "
                        "Sarah Lund (maternity) and Dean Whitlock (Pathways)."),
            "Agreed: threshold met for an enquiry under s47 (unborn baby at risk of significant harm from domestic abuse). "
            "Single agency enquiry by CSC; police to share any further incidents; Kirsty to be seen alone."]),
        ("s47", "10:00", PN, "Section 47 visit", [
            r("s47", "Section 47 visit to Alder Court; Kirsty seen alone as Connor is not there."),
            "She showed me the bedroom where she wants to put the baby. There was bread, pasta and milk in. She said she "
            "has not seen Connor since the police came but he texts her 'all day'.",
            "Kirsty could not tell me her due date and said she 'forgets' appointments. We put her antenatal appointments "
            "into her phone calendar together."]),
        ("kelderby", "15:10", PN, "Telephone call", [
            r("kelderby", "Telephone call with Sue Patterson, Mason's former social worker at Kelderby County Council."),
            "She has sent the final threshold document from Mason's proceedings. Findings included domestic abuse by Connor "
            "towards Mason's mother, Connor's cannabis use, and Mason being left hungry and in soiled nappies. Connor did "
            "not engage with the assessments in those proceedings."]),
        ("pba", "16:45", PN, "Assessment", [
            r("pba", "Pre-birth assessment completed today and authorised by Joanne Birks.") + " Analysis: high risk of "
            "significant harm from domestic abuse; Kirsty's learning needs and lack of family support add to the risk; "
            "strengths are her engagement with professionals and her wish to protect the baby. Recommendation: initial "
            "child protection conference."]),
        ("idva_visit", "13:30", PN, "Joint visit", [
            r("idva_visit", "Joint visit with the IDVA, Leanne Curry, at the Pathways office.") + " DASH completed with "
            "Kirsty: 15 yes answers (high risk). Kirsty described Connor taking her bank card and 'putting his hands round "
            "my neck' on the night the police came. Safety plan agreed."]),
        ("connor_office", "11:00", PN, "Office visit - father", [
            r("connor_office", "Office appointment with Connor at Calderbrook Civic Centre.") + " He said the police "
            "'twisted it' and that Kirsty 'bruises easily'. He denied ever pushing her and refused a referral to the Inspire "
            "programme: 'I'm not a wife-beater'. He said Kelderby 'had it in for him'. New address given: 41 Tanner's Row."]),
        ("icpc", "17:40", PN, "Meeting - ICPC", [
            r("icpc", "Initial child protection conference held today at the Civic Centre, chaired by Graham Ellery.") +
            " Unborn baby made subject of a child protection plan, category emotional abuse. Kirsty attended with Ruth "
            "Denholm; Connor came late and left early.",
            "Afterwards I went through the plan with Kirsty using pictures. She is anxious about the mother and baby "
            "placement but wants to go.",
            x("x_recorded", "Recorded on 24-May-2024 08:55 (late entry).")]),
        ("intro", "14:00", PN, "Placement planning", [
            r("intro", "Introductory visit to Bernadette and Samuel Okafor (Hearthstone Fostering) at Wyvern Close with "
                       "Kirsty and Ruth.") + " Kirsty liked the bedroom and the dog. House rules explained: 22:00 curfew, "
            "no visitors, Connor's contact at the family centre only."]),
        ("cg1", "13:00", PN, "Core group", [
            r("cg1", p("cg1_plan", "The first core group met at the Pathways office at 13:00, moved from yesterday because "
                                   "the health visitor was not available.")),
            "Present: Kirsty, Ruth, Dean, Tanya Fairley (CMW), Michelle Iqbal (HV), Leanne Curry (IDVA), PN. Connor is not "
            "part of the core group (agreed at conference) and will be updated separately. Hospital bag checklist done with "
            "Kirsty."]),
        ("birth", "09:40", PN, "Information received", [
            r("birth", "E-mail from Sarah Lund: Isla was born at 06:42 this morning at Rosewood, 3.02 kg, both well.") +
            " Ward reminded that there is to be no discharge without CSC agreement and that any visit by Connor must be "
            "supervised."]),
        ("s20", "11:30", PN, "Hospital visit", [
            r("s20", "Visit to Ward 14: Kirsty signed section 20 consent for Isla with Ruth present, after I went through "
                     "the easy-read agreement with her twice.") + " She could tell me in her own words that she can change "
            "her mind and that Isla would stay with her in the placement.",
            r("ward", "The ward manager told me that on Friday evening, around 8.30pm, Connor came onto the ward outside "
                      "visiting hours, raised his voice at the midwives when asked to leave, and security was called."),
            "Connor has since sent the ward a text apology. Isla seen in her cot, feeding well."]),
        ("placement", "15:45", PN, "Placement move", [
            r("placement", "Drove Kirsty and Isla from the hospital to the mother and baby placement with the Okafors; "
                           "arrived about 15:10.") + " Car seat fitted by Samuel. Placement agreement signed by Kirsty, "
            "Ruth, the carers and me. Kirsty tearful but smiling."]),
        ("ft1", "17:10", GR, "Family time", [
            r("ft1", "Supervised family time at the Orchard Family Centre, 13:00-14:30: Connor arrived 25 minutes late.") +
            " He held Isla well and talked to her. He spoke to Kirsty about 'when you come home' and was reminded of the "
            "agreement. Kirsty left with Isla by taxi at 14:35."]),
        ("2024-06-28", "09:05", PN, "Telephone call", [
            r("call_bo", r("nbv", "Call from Bernadette Okafor: the health visitor's new birth visit yesterday morning "
                                  "went well and Isla is gaining weight.")),
            r("curfew", "However, Kirsty went out at 7pm last night to see a friend and did not come back until 23:20, well "
                        "after the 22:00 curfew.") + " Bernadette gave Isla her 22:00 feed. Kirsty said her phone had died.",
            "Spoke to Kirsty: she apologised. Reminded her of the house rules; to be reviewed at the next core group."]),
        ("pams_instr", "16:20", PN, "Commissioning", [
            r("pams_instr", "Helen Marchbank, independent social worker, instructed today to complete a PAMS assessment; "
                            "letter of instruction sent with the ICPC minutes and the pre-birth assessment.") +
            " First session to be arranged around Ruth Denholm's availability."]),
        ("pgm1", "15:30", PN, "Home visit - connected person", [
            r("pgm1", "Visit to the paternal grandmother, Linda Haswell, and Mason at her home in Kelderby.") + " Linda is "
            "55, works part time at a bakery and has cared for Mason since he was 3. She will support Kirsty but is clear "
            "she cannot care for a baby full time.",
            r("pgm1", "Mason (8) showed me his Lego and told me about his dad: \"" + Q["m_shout"] + "\"") + " He said he "
            "sees his dad 'at McDonald's with Nana'. Linda confirmed she supervises Connor's time with Mason once a month."]),
        ("2024-07-09", "14:20", PN, "Telephone call", [
            r("pams1", "Helen Marchbank rang after PAMS session 1 this morning at the placement; Ruth was present.") +
            " Kirsty was nervous but engaged. Helen will send a short summary after each session."]),
        ("cg2", "10:00", PN, "Core group", [
            r("cg2", "Second core group meeting at the Okafors'.") + " Feeding and sleep improving; Kirsty has kept to the "
            "curfew since the late return; sterilising still done by Bernadette. Connor attends family time but argues "
            "with the worker about the rules."]),
        ("ft_dna", "16:30", GR, "Family time", [
            r("ft_dna", "Connor did not attend family time today and did not ring.") + " Kirsty and Isla waited 30 minutes "
            "at the centre. Kirsty upset: 'he promised'."]),
        ("prm", "10:00", PN, "Meeting - placement review", [
            r("prm", "Placement review meeting at Wyvern Close with the carers, Tom Ashby (Hearthstone), Kirsty and Ruth.") +
            " Agreed: Kirsty can take Isla out on her own for up to two hours a day, telling the carers where she is going; "
            "no contact with Connor outside supervised family time. Kirsty signed the updated agreement."]),
        ("edt", "19:32", ML, "EDT - out of hours", [
            r("edt", "EDT call at 19:32 from Samuel Okafor, foster carer."),
            r("outing", "He said Kirsty took Isla out at 13:30 this afternoon, saying she was going to the shops and the "
                        "park, and came back at 16:25, nearly an hour later than agreed."),
            r("mark", "At bath time at about 19:05 his wife noticed a dark mark on the left side of Isla's jaw.") + " " +
            r("mark", "Kirsty told the carers: \"" + Q["k_mark"] + "\""),
            "Advised the carers to take Isla to the Children's Emergency Department now, with Kirsty, and to write down "
            "exactly what Kirsty said. Police CAIT and the on-call paediatric registrar informed.",
            r("ed", "22:40 update from the hospital: Isla was seen in the Children's ED at 20:15 and has been admitted to "
                    "Ward 21 overnight for a child protection medical in the morning."),
            "Kirsty staying with Isla; ward staff aware of the plan. Day team to convene a strategy discussion on Monday."]),
        ("cpm", "12:15", ML, "EDT - out of hours", [
            r("cpm", "Call from Dr Rao, Consultant Paediatrician: the child protection medical was done at 10:00 this "
                     "morning.") + " Single bruise 1.5 x 1 cm over the left jaw and no other injuries. Bruising in a baby "
            "who is not yet rolling is unusual and no explanation has been given that accounts for it, so non-accidental "
            "injury cannot be excluded. Tests to follow; Isla to stay in hospital until then.",
            "Passed to the day team for Monday morning; DC Frost aware."]),
        ("strat2", "12:30", PN, "Strategy discussion", [
            r("strat2", "Strategy discussion held at 11:00 by Teams, chaired by Joanne Birks (see separate record).") +
            " Enquiry under s47; Kirsty and Isla to return to the Okafors with 24-hour supervision; Connor's family time "
            "suspended; police to interview Connor."]),
        ("park", "16:40", PN, "Hospital visit", [
            r("park", "Visited Kirsty on the ward at 15:30 with Ruth Denholm to talk about Saturday's outing."),
            r("park", "Kirsty then told me that on Saturday she met Connor at Brookside Park by arrangement, that he held "
                      "Isla on a bench, and that she did not see him hurt her."),
            r("park", "She cried and said: \"" + Q["k_park"] + "\""),
            "I explained that the 24-hour supervision will now apply and that I must share this with the police. DC Frost "
            "informed at 16:30.",
            r("skeletal", "The ward confirmed that the skeletal survey was done at 14:00 today; results tomorrow."),
            r("landing", "Bernadette also told me that on Friday night at about 9.40pm she heard Kirsty on the landing "
                         "shouting at Connor on the phone.")]),
        ("discharge", "15:50", PN, "Telephone call", [
            r("discharge", "Ward 21 rang: the skeletal survey and bloods are normal and Isla was discharged at 14:30 to the "
                           "Okafors with Kirsty.")]),
        ("wa", "11:00", PN, "Home visit", [
            r("wa", "Visit to the placement: revised written agreement signed by Kirsty (with Ruth), the carers and me.") +
            " Kirsty must be supervised with Isla at all times, including at night; no outings without a carer; any "
            "contact from Connor to be reported. Isla seen asleep; the bruise is fading, yellow at the edges."]),
        ("pgm2", "16:00", PN, "Home visit - connected person", [
            r("pgm2", "Second visit to Linda and Mason at Foxglove Rise, to update Linda and continue the connected "
                      "persons enquiry."),
            r("pgm2", "Mason asked lots of questions about the baby. He said: \"" + Q["m_brother"] + "\""),
            "Linda knew about the hospital admission from Connor, who told her it was 'the foster carer's fault'."]),
        ("iuc", "17:20", PN, "Telephone call", [
            r("iuc", "DC Frost rang: Connor was interviewed under caution today about the bruise.") + " He first denied "
            "seeing Kirsty on the Saturday, then said he 'bumped into her' at the park and only held Isla 'for a minute'. "
            "Released under investigation."]),
        ("rcpc", "17:05", PN, "Meeting - RCPC", [
            r("rcpc", "Review child protection conference today: Isla to remain subject to a child protection plan; "
                      "category changed to physical abuse.") + " The chair recommends a legal planning meeting. Kirsty "
            "upset but stayed to the end with Ruth.",
            p("rcpc2", "Next review conference set for 20/02/2025.")]),
        ("ft_end", "15:15", GR, "Family time", [
            r("ft_end", "Connor's family time resumed today at the Orchard Family Centre but ended early at 14:10.") +
            " Connor raised his voice at me when reminded not to discuss the police case, called the foster carers 'liars' "
            "and swore. I ended the session for Isla's sake; she was asleep in her car seat. Kirsty stayed calm."]),
        ("supv", "09:30", JB, "Management oversight - supervision", [
            r("supv", "Case discussed in supervision with Priya Natt.") + " Risk remains high: unexplained bruise, police "
            "investigation open, Kirsty met Connor against the agreement, Connor's behaviour at family time. Decision: "
            "request a legal planning meeting this week; PAMS report awaited."]),
        ("lpm", "13:00", PN, "Legal", [
            r("lpm", "Legal planning meeting with Nadia Petrov (Legal Services) and Andrea Kowalski (Head of Service).") +
            " Threshold met. Decision: Public Law Outline; letter before proceedings once the PAMS report is in; issue "
            "only if the risk escalates. Connor's family time stays supervised."]),
        ("mason_isla", "11:45", GR, "Family time - sibling", [
            r("mason_isla", "Mason met Isla for the first time, with Linda, at the Orchard Family Centre (10:00-11:00)."),
            r("mason_isla", "He held her on the sofa with a cushion and said: \"" + Q["m_fingers"] + "\"") +
            " Kirsty showed Mason how to support Isla's head. A warm session."]),
        ("cog", "15:30", PN, "Health appointment", [
            r("cog", "Kirsty attended a cognitive assessment with Dr Hal Brennan, clinical psychologist, at Calderbrook "
                     "Royal Infirmary, with Ruth.") + " Report to be shared with Helen Marchbank for the PAMS."]),
        ("handover", "14:00", OC, "Home visit", [
            r("handover", "Joint handover visit with Priya Natt to the placement; I am now the allocated social worker.") +
            " Kirsty was shy with me at first. Isla (4 months) seen on her play mat, reaching for toys. Bernadette says "
            "Kirsty now does the night feeds with a reminder alarm."]),
        ("lbp", "15:30", OC, "Legal", [
            r("lbp", "Hand-delivered the letter before proceedings to Kirsty at the placement with Ruth Denholm present, "
                     "and read the easy-read summary with her.") + " Copy posted to Connor at Tanner's Row. Kirsty has "
            "chosen Aisha Farooq (Hallam & Reece) as her solicitor."]),
        ("ppm", "14:10", OC, "Meeting - PLO", [
            r("ppm", "Pre-proceedings meeting held at the Civic Centre this morning, chaired by Andrea Kowalski.") +
            " Kirsty attended with Aisha Farooq and Ruth; Connor attended with Tom Gilchrist (Brightwater Law). Agreed: "
            "Kirsty to end the relationship and start the Freedom Programme; Connor to attend the Inspire perpetrator "
            "programme; Linda to have a viability assessment as a support; PAMS update in 12 weeks."]),
        ("2024-11-07", "10:10", OC, "Telephone call", [
            r("call_k", r("freedom", "Kirsty rang to say she went to her first Freedom Programme session on Tuesday at "
                                     "Harbour Women's Aid and 'it was alright'."))]),
        ("viab", "16:00", OC, "Assessment", [
            r("viab", "Viability assessment of Linda Haswell completed and shared with her today.") + " Positive as a "
            "support to Kirsty (respite, practical help, family time for Mason and Isla); negative as a full-time carer "
            "for Isla because of her care of Mason and her arthritis. Linda agrees."]),
        ("linda3", "16:30", OC, "Home visit - connected person", [
            r("linda3", "Home visit to Linda and Mason at Foxglove Rise after the notification from Kelder & Wolds Police."),
            r("kw", "Linda said that on Sunday night Connor turned up drunk, shouting and banging on the window, until she "
                    "rang 999."),
            r("linda3", "I saw Mason on his own in the kitchen during my visit to Linda. He said: \"" + Q["m_quilt"] + "\""),
            "Linda has changed the locks and Mason's school knows that only Linda collects him."]),
        ("cg3", "11:30", OC, "Core group", [
            r("cg3", "Core group at the Okafors'.") + " Kirsty has been to five Freedom Programme sessions. Connor has not "
            "started Inspire (on a waiting list, he says). Isla is on the 25th-50th centile and starting solids with a "
            "picture plan. The police investigation into the bruise is still open."]),
        ("2024-12-27", "09:15", GR, "Family time", [
            "Late entry. " + r("xmas", "Family time on Christmas Eve went well: Connor brought presents for Isla and Mason, was calm and kept "
                      "to the rules.") + " Linda brought Mason for the second half. Kirsty and Connor said hello and "
            "little else."]),
        ("hv_jan", "14:00", OC, "Home visit", [
            r("hv_jan", "Home visit to the placement; Kirsty and Isla seen together, Bernadette present for part."),
            r("nye", "Kirsty showed me abusive messages Connor sent her on New Year's Eve calling her 'thick' and a "
                     "'rubbish mum'."),
            r("blocked", "She said she blocked his number last week, and agreed that I share the screenshots with DC Frost."),
            "Isla (nearly 7 months) sitting with support and babbling. Kirsty did the bath routine without prompts."]),
        ("rev", "15:00", OC, "Meeting - PLO review", [
            r("rev", p("rev_plan", "PLO review meeting held today at the Civic Centre, moved from 16/01/2025 because "
                                   "Connor's solicitor was in court.")),
            "Progress: Kirsty has finished the Freedom Programme and has not seen Connor outside family time; the PAMS "
            "update is positive about her practical care. Connor has not started Inspire.",
            "Decision: pre-proceedings extended by eight weeks. " +
            p("flat", "Kirsty and Isla to move to a supported flat at Kestrel House from 03/03/2025, with daily floating "
                      "support.") + " " + p("ppm2", "Next pre-proceedings review on 20/03/2025.")]),
        ("call_linda", "10:45", OC, "Telephone call", [
            r("call_linda", "Telephone call from Linda Haswell at 10:20 (see separate telephone note)."),
            r("gate", "Linda said Connor turned up at Mason's school gate yesterday afternoon, smelling of drink, and tried "
                      "to take Mason to McDonald's; staff took Mason back inside."),
            "Linda has told Kelder & Wolds Police. I have told DC Frost and will raise it at the conference."]),
        ("hv_feb", "16:10", OC, "Home visit", [
            r("hv_feb", "Home visit to the placement to talk to Kirsty about her wishes for the conference next week.") +
            " She knows about Connor going to Mason's school and said it 'made her mind up'.",
            r("hv_feb", "She said: \"" + Q["k_never"] + "\""),
            p("rcpc2", "Reminded her that the review conference is on 20/02/2025 at 10:00 and that Ruth will come with her.")]),
    ]


def doc_case_notes(root):
    d = Doc("case-notes/careflow-case-notes-export.docx")
    w = docx_new("Arial", 9.5)
    for s in w.sections:
        s.footer.paragraphs[0].text = ("CareFlow Children's Record - OFFICIAL-SENSITIVE - " +
                                       d.x("x_export", "Exported 17/02/2025 09:12 by OCASTELL"))
    docx_par(w, "CareFlow Children's Record - Case Notes Export", bold=True, size=14)
    docx_table(w, None, [
        ["Person", "Isla PAWSON (ID 7720154) - pre-birth record 'Unborn Pawson' merged"],
        ["Date of birth", DOB["isla"]], ["Allocated worker", "Owen Castell (from 14/10/2024); previously Priya Natt"],
        ["Report", "All case notes, oldest first. Date range " + d.x("x_params", "01/03/2024") + " - " + d.x("x_params2", "14/02/2025")],
        ["Exported", d.x("x_export", "17/02/2025 09:12 by OCASTELL")]], [4, 13.4])
    docx_par(w, "")
    rows = []
    for key, time, author, ntype, paras in case_notes(d):
        date = dt.date.fromisoformat(key) if "-" in key else _d(key)
        stamp = f"{date.strftime('%d-%b-%Y')} {time}"
        if key == "2024-12-27":
            stamp = d.x("x_ftrec", stamp)
        rows.append([stamp, author, [(ntype,)] + paras])
        assert not rows[1:] or dt.datetime.strptime(rows[-2][0], "%d-%b-%Y %H:%M") < dt.datetime.strptime(stamp, "%d-%b-%Y %H:%M")
    assert 40 <= len(rows) <= 60, len(rows)
    docx_table(w, ["Date / Time", "Recorded by", "Case note"], rows, [2.6, 3.2, 11.6], size=9)
    return d, docx_save(w, root / d.path, "Owen Castell", dt.datetime(2025, 2, 17, 9, 12))


def doc_placement_log(root):
    d = Doc("placement/okafor-mother-and-baby-daily-log.txt")
    r = d.r
    days = [
        ("2024-06-18", [
            r("placement", "15:10  K and Isla arrived from the Royal with Priya - first day of the mother and baby "
                           "placement. 3 bags, Moses basket, car seat. (BO)"),
            "15:40  Showed K round again - steriliser, bottles, where everything is. Quiet, kept saying thank you.",
            "16:30  Isla fed 3oz, K winded her. Nappy wet.",
            "19:00  K ate tea with us. I had a cuddle with Isla while K showered.",
            "22:00  Feed 3oz - K did it herself, I talked her through checking the bottle temperature.",
            "02:15  K didn't wake to Isla crying (alarm not set). I knocked, K fed 2.5oz. (SO)",
            "05:40  K up by herself for the feed, 3oz. Well done!"]),
        ("2024-06-19", [
            "08:10  Feed 3oz, dirty nappy. K changed her, reminded to wipe front to back.",
            r("day5", "10:30  Tanya (community midwife) came for the day 5 check - heel prick (blood spot) done, Isla "
                      "weighed 2.90 kg, cord clean."),
            "13:00  K napped, I had Isla in the lounge.",
            "21:30  K did the bath with me watching - good, kept one hand on her the whole time."]),
        ("2024-06-20", [
            "09:00  Feed 3.5oz.",
            "12:30  Taxi booked to the Orchard Family Centre for Connor's time with Isla.",
            r("ft1", "14:40  K back from family time. She said Connor was late and kept going on about her coming home."),
            "23:00  Feed 3oz, K did it."]),
        ("2024-06-27", [
            r("nbv", "10:00  Michelle the health visitor came for the new birth visit. Isla 3.18 kg. Talked about safe "
                     "sleep and sterilising. K did a feed in front of her."),
            "11:15  K pleased - said Michelle 'liked her'.",
            r("curfew", "19:00  K went out to see her friend Chantelle in town. Reminded her of the 22:00 curfew."),
            "22:00  I gave Isla her feed, 3oz - K not back, not answering her phone.",
            "22:45  Rang K again - voicemail. Left a message.",
            r("curfew", "23:20  K back, smelled of smoke, said her phone died. Missed the curfew by over an hour. I told her "
                        "I will have to tell Priya.")]),
        ("2024-08-06", [
            "07:30  Feed 5oz. K did it all herself.",
            r("hv68", "10:00  Michelle (HV) here for the 6-8 week review. Isla weighed 4.42 kg. She said Isla is doing "
                      "lovely and smiling."),
            "19:30  Bath, bottle 5oz, asleep by 20:15."]),
        ("2024-08-08", [
            r("pams5", "10:00  Helen (PAMS) and Ruth here for session 5 - home safety. K did the hazards picture game."),
            "12:00  K said the session was 'hard, lots of pictures'.",
            "22:30  Feed 5oz."]),
        ("2024-08-09", [
            "08:00  Feed 5oz.",
            r("landing", "21:40  Heard K on the landing shouting on the phone - 'you always do this', 'I can't'. I think it "
                         "was Connor. When I went up she said it was her friend."),
            "22:15  K in her room crying. Made her a hot chocolate."]),
        ("2024-08-10", [
            "07:30  Isla fed 5oz. Nappy wet. K got her dressed.",
            "11:00  I changed Isla while K showered - no marks, skin fine.",
            r("outing", "13:30  K took Isla out in the pram - said she was going to the shops and Brookside Park and would "
                        "be back by 15:30."),
            "15:40  Rang K - no answer.",
            r("outing", "16:25  K back with Isla, nearly an hour late. Said she lost track of time. Isla asleep in the pram."),
            "17:00  Feed 5oz, K did it.",
            r("mark", "19:05  Bath time - I noticed a dark bluish mark on the left side of Isla's jaw, about the size of a "
                      "fingertip. It was not there this morning."),
            r("mark", "19:10  Asked K about the mark. She said: \"" + Q["k_mark"] + "\""),
            r("edt", "19:20  Sam rang EDT (out of hours). Told to take Isla to the children's A&E now."),
            "20:05  Sam drove K and Isla to the Royal. I stayed home with the dog.",
            r("ed", "23:10  K rang from the hospital - they saw Isla in A&E at about quarter past eight and she is being kept "
                    "in on Ward 21 for a child protection medical tomorrow."),
            "23:40  Sam home. K staying on the ward with Isla."]),
        ("2024-08-11", [
            r("cpm", "12:30  K rang - the doctor did the child protection medical this morning. She is scared they will take "
                     "Isla. Asked for her phone charger and clothes."),
            "14:00  Sam took K's bag and charger up to the ward."]),
        ("2024-08-13", [
            r("discharge", "15:20  K and Isla back from the hospital - Isla discharged this afternoon. Priya had rung to say "
                           "the tests were clear and that K must be supervised with Isla at all times now."),
            "16:00  Isla fed 5oz. Bruise fading, yellow at the edge.",
            "22:00  K did the night routine with me in the room."]),
        ("2024-08-14", [
            r("wa", "11:00  Priya and Ruth came - K signed the new written agreement. We have to be with K and Isla at all "
                    "times, including nights (baby monitor in our room)."),
            "15:00  K quiet. Watched TV with Isla on her lap."]),
    ]
    out = ["HEARTHSTONE FOSTERING - PARENT AND CHILD PLACEMENT",
           "DAILY RECORD (carers' log) - extract provided to Calderbrook Children's Services",
           "",
           "Carers:       Bernadette (BO) and Samuel (SO) Okafor, " + ADDR_FC,
           "Parent:       Kirsty Pawson (K)",
           "Baby:         Isla Pawson, born " + DOB["isla"],
           "Placing SW:   Priya Natt (Calderbrook CSC)    Supervising SW: Tom Ashby (Hearthstone)",
           "Notes:        24-hour clock. Feeds in oz. Entries by BO unless marked (SO).",
           "Extract:      days asked for by the social worker (June and August 2024)",
           "=" * 78, ""]
    for iso, entries in days:
        day = dt.date.fromisoformat(iso)
        n = day.day
        suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        head = f"{day.strftime('%A')} {n}{suf} {day.strftime('%B %Y')}"
        out += [head, "-" * len(head)] + entries + [""]
    out.append("End of extract - Hearthstone Fostering, Unit 4 Riverside Court, Calderbrook - 01632 960 840")
    return d, write_txt(root / d.path, "\n".join(out) + "\n")


def doc_phone_note(root):
    d = Doc("case-notes/telephone-note-2025-02-11.txt")
    lines = [
        "CALDERBROOK MBC CHILDREN'S SERVICES - TELEPHONE NOTE",
        "",
        "Date of call:  11.02.2025            Time: 10:20 - 10:41",
        "Direction:     Incoming",
        "Caller:        Linda Haswell (paternal grandmother of Isla; special guardian for Mason Haswell)",
        "Taken by:      Owen Castell, Social Worker",
        "Re:            Isla PAWSON (LCS 7720154) - also relevant to Mason HASWELL (Kelderby CC)",
        "",
        "Summary",
        "-------",
        d.r("call_linda", "Telephone call from Linda Haswell this morning at 10:20 about Connor."),
        "",
        d.r("gate", "Linda said that yesterday afternoon at about 3.15pm Connor turned up at the school gate at St Aidan's "
                    "Primary in Kelderby as the children came out.") + " He had been drinking. He called Mason over and "
        "said he was taking him to McDonald's. Mason's teacher, Mrs Pryce, saw that Linda was not there yet and took "
        "Mason back inside. Connor swore at her and left before Linda arrived at 3.25pm.",
        "",
        d.r("gate", "Mason told Linda in the car: \"" + Q["m_gate"] + "\""),
        "",
        "The school have logged it and told Kelder & Wolds Police. Linda has not heard back from the police yet. She is "
        "worried Connor will come to the house again like he did in November.",
        "",
        d.r("rev", "Linda asked whether this changes what was agreed at the PLO review meeting on 23/01/2025 about Connor's "
                   "family time."),
        "",
        "Advice given",
        "------------",
        "Told Linda she did the right thing. Keep the school's 'only Linda collects' arrangement in place and call 999 if "
        "Connor comes to the house or the school again. I will speak to my manager about Connor's family time with Isla.",
        "",
        "Actions",
        "-------",
        "1. Inform DC Frost (Pennine Vale) and the Kelderby front door.",
        "2. Discuss Connor's family time with the team manager.",
        "3. " + d.p("rcpc2", "Linda to be invited to give her views to the review conference on 20/02/2025."),
        "",
        "Owen Castell, Social Worker - typed 11.02.2025 10:48",
    ]
    return d, write_txt(root / d.path, "\n".join(lines) + "\n")


# =============================================================================================
# 5. BUILD
# =============================================================================================
WRITERS = [doc_case_notes, doc_chronology, doc_booking, doc_scan, doc_hv, doc_birth_email, doc_discharge_email,
           doc_police_isf, doc_police_kw, doc_icpc, doc_strategy, doc_rcpc, doc_pams, doc_plo, doc_placement_log,
           doc_phone_note]


def unregistered_hits(docs, texts):
    """Advisory list: sentences that carry an event's key phrases in a file not listed as its source."""
    hits = []
    for k, ev in EVENTS.items():
        srcs = {dd.path for dd in docs for kind, key, _ in dd.reports if kind == "e" and key == k}
        for dd in docs:
            if dd.path not in srcs and has_phrases(texts[dd.path], ev["key_phrases"]):
                hits.append((k, dd.path))
    return hits


def build(out_root: Path) -> dict:
    out_root = Path(out_root)
    case_dir = out_root / SLUG
    if case_dir.exists():
        shutil.rmtree(case_dir)
    case_dir.mkdir(parents=True)
    docs, texts = [], {}
    for fn in WRITERS:
        d, text = fn(case_dir)
        docs.append(d)
        texts[d.path] = text
        assert (case_dir / d.path).exists(), d.path
    # Files on disk must be exactly the registered documents.
    on_disk = sorted(str(p.relative_to(case_dir)) for p in case_dir.rglob("*") if p.is_file())
    assert on_disk == sorted(texts), (on_disk, sorted(texts))
    # Plain-text formats: registered passages must appear verbatim in the bytes on disk.
    for d in docs:
        if d.path.endswith((".txt", ".eml")):
            raw = (case_dir / d.path).read_text("utf-8")
            for _, key, t in d.reports:
                assert t in raw, (d.path, key)
    # The scanned referral must have no text layer.
    scan = (case_dir / "health/maternity-safeguarding-referral-scan.pdf").read_bytes()
    for chunk in scan.split(b"endobj"):
        if b"stream" not in chunk:
            continue
        head, _, data = chunk.partition(b"stream")
        assert b"/Font" not in head or b"/Subtype /Type1" in head
        if b"/Image" in head:
            continue
        data = data.split(b"endstream")[0].strip()
        if b"ASCII85Decode" in head:
            data = base64.a85decode(data.rstrip(b"~>").strip())
        if b"FlateDecode" in head:
            data = zlib.decompress(data)
        assert b"Tj" not in data and b"TJ" not in data, "scan has a text layer"
    expected = check_and_expected(docs, texts)
    exp_path = out_root / "expected" / f"{SLUG}.json"
    exp_path.parent.mkdir(parents=True, exist_ok=True)
    exp_path.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return {"case": SLUG, "files": len(docs), "events": len(expected["events"])}


if __name__ == "__main__":
    print(build(Path(__file__).parent))
