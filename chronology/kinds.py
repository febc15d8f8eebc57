"""What a statement is about: the kind of event and the people in it, so merging can decide on facts.

Two documents telling the same incident share its kind (a strategy discussion, a home visit, an
assault) and its people (names, roles), even when their words differ; two different things on one
day differ in one of these. Similarity of wording is only one more signal beside them.
"""

from __future__ import annotations

import re

from chronology.terms import find_terms

# Kinds of event. "Activity" kinds are things that happen as one sitting: two statements of
# different activity kinds on one day are two events (a home visit and a phone call).
KINDS: dict[str, re.Pattern[str]] = {
    "visit": re.compile(r"\b(home visits?|visited|visiting|unannounced|joint visit|s\.?47 visit|seen at home|"
                        r"saw (?:him|her|them|the children) at home)\b", re.I),
    "call": re.compile(r"\b(telephone|phone[ds]?|rang|phone call|called me|voicemail|text message|teams call)\b", re.I),
    "meeting": re.compile(r"\b(strategy (?:meeting|discussion)|conference|core group|cin (?:review|meeting)|"
                          r"lac review|looked after review|pre-?proceedings meeting|plo meeting|panel|"
                          r"network meeting|professionals'? meeting|team around the family)\b", re.I),
    "hearing": re.compile(r"\b(hearing|court|judge|magistrates|interim care order|order was made|"
                          r"care proceedings were issued|application was issued)\b", re.I),
    "missing": re.compile(r"\b(missing|absconded|ran away|return home interview|found by police|"
                          r"reported (?:him|her) missing)\b", re.I),
    "placement": re.compile(r"\b(section 20|s\.?20|placed with|moved to (?:live with|stay with)|foster (?:care|carers?)|"
                            r"placement|accommodated|police protection)\b", re.I),
    "incident": re.compile(r"\b(assault\w*|arrest\w*|domestic (?:abuse|incident|violence)|999|police (?:attended|were called|called)|"
                           r"officers attended|injur\w+|bruis\w+|hit|punched|slapped|kicked|strangl\w+|threaten\w*)\b", re.I),
    "health": re.compile(r"\b(appointments?|clinics?|GP|surgery|hospital|A&E|emergency department|paediatric\w*|"
                          r"immunisation\w*|vaccination\w*|dental|dentist|weigh\w*|medical|discharged)\b", re.I),
    "school": re.compile(r"\b(school|absent|absence|attendance|exclu\w+|teacher|DSL|nursery|class)\b", re.I),
    "referral": re.compile(r"\b(referral|referred|MASH|front door|contact received)\b", re.I),
    "disclosure": re.compile(r"\b(disclos\w+|told (?:her|his|the) teacher|said that (?:mum|dad|her|his))\b", re.I),
    "birth": re.compile(r"\b(born|gave birth|birth of)\b", re.I),
}
ACTIVITY = frozenset({"visit", "call", "meeting", "hearing", "missing"})

_NAME = re.compile(r"\b[A-Z][a-z\u00e0-\u017f'\u2019]{2,}(?:-[A-Z][a-z]+)?\b")
_NOT_NAMES = frozenset(
    "The A An And But On In At To Of For From With By This That These Those He She They It We I My Our Her His "
    "Their Its When While After Before During Since Until Then There Here Yes No Not Also Both All Any Each "
    "Mum Dad Mr Mrs Ms Miss Mx Dr PC DC DS Sgt Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December Jan Feb Mar Apr "
    "Jun Jul Aug Sep Sept Oct Nov Dec Date Time Note Notes Case Page Meeting Police School Social Worker Health "
    "Visitor Council Service Services Team Home Visit Telephone Call Contact Record Report Letter Email Subject "
    "Present Actions Action Outcome Summary Type Author Recorded Child Children Family Mother Father Review "
    "Conference Strategy Discussion Section Plan Protection Court Hearing Order Referral Today Yesterday Last "
    "Next Morning Evening Afternoon Night Weekend Christmas Easter Summer Autumn Winter Spring Term Unit Ward "
    "Hospital Surgery Nursery Academy Primary Consultant Nurse Officer Manager Chair Agreed Discussed Seen".split())


def kinds(text: str) -> frozenset[str]:
    return frozenset(name for name, pattern in KINDS.items() if pattern.search(text))


def participants(text: str) -> frozenset[str]:
    """Names and roles, agencies and relationships mentioned (canonical: mum = mother, HV = health visitor)."""
    names = {w for w in _NAME.findall(text) if w not in _NOT_NAMES}
    roles = {t.canonical for t in find_terms(text)}
    return frozenset(names | roles)


def activity_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both statements name an activity and none in common: a visit is not a call, a meeting not a hearing."""
    ka, kb = a & ACTIVITY, b & ACTIVITY
    return bool(ka and kb and not ka & kb)


def same_event_evidence(kinds_a: frozenset[str], kinds_b: frozenset[str],
                        people_a: frozenset[str], people_b: frozenset[str]) -> int:
    """How many independent facts two statements share: a kind of event, a named person, a role."""
    shared_people = people_a & people_b
    names = {p for p in shared_people if p[:1].isupper()}
    return int(bool(kinds_a & kinds_b)) + int(bool(names)) + int(bool(shared_people - names))


# A carer's daily log records the day's care entry by entry ("07:30 Feed 5oz. Nappy wet."): routine
# care is the ordinary run of the day, not an event of the case, unless something in it went wrong.
_ROUTINE_CARE = re.compile(r"\b(feeds?|fed|bottles?|\d+(?:\.\d)?\s*oz|nappy|nappies|bath(?:ed)?|winded|napped|nap|"
                           r"asleep|slept|tea|breakfast|lunch|dinner|showered|cuddle|dressed|watched tv)\b", re.I)
_CONCERN = re.compile(r"\b(not|no|never|late|crying|cried|marks?|bruis\w*|injur\w*|police|shout\w*|argu\w*|upset|"
                      r"worried|concern\w*|refus\w*|missed|alone|smell\w*|drunk|unwell|ill|sick|hospital)\b|n't\b", re.I)


def routine_care(text: str) -> bool:
    """Whether a log entry records only routine care (a feed, a nappy, a bath) with nothing amiss in it."""
    return bool(_ROUTINE_CARE.search(text)) and not kinds(text) and not _CONCERN.search(text) and '"' not in text
