"""Checked terms: the professional roles, agencies and family relationships a chronology line names.

A line that says "school nurse" where its source says "health visitor", "nursery" where it says
"school", or "father" where it says "step-father" tells the court something the record does not,
as surely as a changed name. So these words are checked like names: every term in a line must be
supported by its quotes. Written variants count as the same term ("HV" = "health visitor",
"mum" = "mother", "stepdad" = "step-father"), and a role implies its agency on the source side
(a "PC" or a "police officer" in the quote supports "police" in the line).

One job: the vocabulary and the matching. What to do with an unsupported term is the checks' job
(``verify.checks.check_terms``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

ROLE, AGENCY, RELATIONSHIP = "role", "agency", "relationship"

# canonical term → written variants (matched case-insensitively, whole words, optional plural 's').
# Acronyms are in ACRONYMS and match in capitals only ("GP", not "gp" inside other text).
_VOCABULARY: dict[str, dict[str, tuple[str, ...]]] = {
    ROLE: {
        "social worker": ("social worker", "allocated worker", "SW"),
        "health visitor": ("health visitor", "HV"),
        "school nurse": ("school nurse",),
        "family support worker": ("family support worker", "family worker", "FSW"),
        "designated safeguarding lead": ("designated safeguarding lead", "safeguarding lead", "DSL", "DDSL"),
        "GP": ("GP", "general practitioner", "family doctor"),
        "IDVA": ("IDVA", "independent domestic violence advisor", "independent domestic violence adviser"),
        "ISVA": ("ISVA", "independent sexual violence advisor", "independent sexual violence adviser"),
        "paediatrician": ("paediatrician", "community paediatrician", "consultant paediatrician"),
        "offender manager": ("offender manager", "probation officer", "probation practitioner"),
        "midwife": ("midwife", "midwives", "community midwife"),
        "PCSO": ("PCSO", "police community support officer"),
        "teacher": ("teacher", "class teacher", "form tutor"),
        "head teacher": ("head teacher", "headteacher", "headmistress", "headmaster", "head of school"),
        "independent reviewing officer": ("independent reviewing officer", "IRO"),
        "team manager": ("team manager",),
        "youth worker": ("youth worker",),
        "children's guardian": ("children's guardian", "guardian"),
        "solicitor": ("solicitor",),
        "interpreter": ("interpreter",),
        "nurse": ("nurse",),
        "doctor": ("doctor",),
        "psychologist": ("psychologist",),
        "psychiatrist": ("psychiatrist",),
        "housing officer": ("housing officer",),
        "early help worker": ("early help worker", "early help practitioner"),
        "foster carer": ("foster carer", "foster parent"),
    },
    AGENCY: {
        "police": ("police", "police officer", "police constable", "detective constable"),
        "MASH": ("MASH", "multi-agency safeguarding hub"),
        "EDT": ("EDT", "emergency duty team", "out of hours team"),
        "school": ("school", "academy", "primary school", "secondary school"),
        "nursery": ("nursery", "pre-school", "preschool", "playgroup"),
        "CAMHS": ("CAMHS", "child and adolescent mental health service", "child and adolescent mental health services"),
        "probation": ("probation", "probation service"),
        "youth offending team": ("youth offending team", "YOT", "youth justice service"),
        "children's social care": ("children's social care", "children's services", "social care", "CSC"),
        "health visiting": ("health visiting", "health visiting service", "health visiting team"),
        "hospital": ("hospital", "A&E", "emergency department"),
        "GP surgery": ("GP surgery", "surgery", "medical practice", "health centre"),
        "housing": ("housing", "housing association"),
        "Cafcass": ("Cafcass",),
        "early help": ("early help",),
        "women's aid": ("women's aid", "refuge"),
        "ambulance": ("ambulance", "paramedics", "paramedic"),
        "drug and alcohol service": ("drug and alcohol service", "substance misuse service"),
    },
    RELATIONSHIP: {
        "mother": ("mother", "mum", "mummy", "mam", "mom"),
        "father": ("father", "dad", "daddy"),
        "step-father": ("step-father", "stepfather", "step father", "step-dad", "stepdad", "step dad"),
        "step-mother": ("step-mother", "stepmother", "step mother", "step-mum", "stepmum", "step mum"),
        "partner": ("partner", "boyfriend", "girlfriend"),
        "ex-partner": ("ex-partner", "former partner", "ex partner", "ex-boyfriend", "ex-girlfriend"),
        "grandmother": ("grandmother", "maternal grandmother", "paternal grandmother", "grandma", "granny",
                        "nan", "nana", "nanna", "MGM", "PGM"),
        "grandfather": ("grandfather", "maternal grandfather", "paternal grandfather", "grandad", "granddad",
                        "grandpa", "MGF", "PGF"),
        "aunt": ("aunt", "auntie", "aunty", "maternal aunt", "paternal aunt"),
        "uncle": ("uncle", "maternal uncle", "paternal uncle"),
        "brother": ("brother", "half-brother", "half brother", "step-brother", "stepbrother"),
        "sister": ("sister", "half-sister", "half sister", "step-sister", "stepsister"),
        "cousin": ("cousin",),
        "son": ("son",),
        "daughter": ("daughter",),
        "husband": ("husband",),
        "wife": ("wife",),
    },
}

# Written in capitals, matched in capitals only: "SW" is a social worker, "sw" is not.
ACRONYMS = frozenset(v for group in _VOCABULARY.values() for variants in group.values() for v in variants
                     if v.isupper() or v in {"A&E"})

# A term in a quote also supports these (a police officer is from the police).
_IMPLIES: dict[str, tuple[str, ...]] = {
    "PCSO": ("police",),
    "social worker": ("children's social care",),
    "health visitor": ("health visiting",),
    "GP": ("GP surgery", "doctor"),
    "offender manager": ("probation",),
    "designated safeguarding lead": ("school",),
    "head teacher": ("school", "teacher"),
    "teacher": ("school",),
    "school nurse": ("school", "nurse"),
    "paediatrician": ("hospital", "doctor"),
    "psychiatrist": ("doctor",),
    "doctor": ("hospital", "GP surgery"),
    "step-father": ("partner",),
    "step-mother": ("partner",),
}
# Police ranks before a name ("PC 2290 Tait", "DC Khan") stand for the police on the source side.
_POLICE_TITLE = re.compile(r"\b(?:PC|PCSO|DC|DS|DI|DCI|Sgt|Sergeant|Constable|Inspector)\b\.?\s+(?:\d+\s+)?[A-Z]")


@dataclass(frozen=True)
class Term:
    """One checked term as written in a text, with its canonical form and kind (role, agency, relationship)."""

    canonical: str
    kind: str
    written: str
    start: int
    end: int


def _variant_pattern(variant: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s-]+", variant)]
    body = r"[\s-]+".join(words)
    body = body.replace("'", "['\u2019]")
    return body + ("" if variant in ACRONYMS or variant.endswith("s") else r"(?:s|es)?")


def _compile() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, str]]]:
    lookup: dict[str, tuple[str, str]] = {}
    plain: list[str] = []
    acronyms: list[str] = []
    for kind, group in _VOCABULARY.items():
        for canonical, variants in group.items():
            for v in variants:
                lookup[_key(v)] = (canonical, kind)
                (acronyms if v in ACRONYMS else plain).append(v)
    by_length = lambda vs: sorted(set(vs), key=len, reverse=True)  # noqa: E731 - longest first wins
    plain_re = re.compile(r"(?<![\w'\u2019-])(?:" + "|".join(_variant_pattern(v) for v in by_length(plain))
                          + r")(?![\w-])", re.I)
    acro_re = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(v) for v in by_length(acronyms)) + r")s?(?![\w&])")
    return plain_re, acro_re, lookup


def _key(written: str) -> str:
    """A variant as a lookup key: lower case, apostrophes straight, hyphens and spaces as one space."""
    return re.sub(r"[\s-]+", " ", written.replace("\u2019", "'").strip().lower())


_PLAIN, _ACRO, _LOOKUP = _compile()


def _canonical(written: str) -> tuple[str, str] | None:
    key = _key(written)
    for candidate in (key, key[:-2] if key.endswith("es") else None, key[:-1] if key.endswith("s") else None):
        if candidate and candidate in _LOOKUP:
            return _LOOKUP[candidate]
    return None


def find_terms(text: str) -> list[Term]:
    """Every role, agency and relationship named in ``text``, longest match first ("school nurse", not "school")."""
    found: list[Term] = []
    taken: list[tuple[int, int]] = []
    matches = sorted([*_PLAIN.finditer(text), *_ACRO.finditer(text)], key=lambda m: (-(m.end() - m.start()), m.start()))
    for m in matches:
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        hit = _canonical(m.group(0))
        if hit is None:
            continue
        taken.append(m.span())
        found.append(Term(hit[0], hit[1], m.group(0), m.start(), m.end()))
    return sorted(found, key=lambda t: t.start)


def normalise(written: str) -> str | None:
    """The canonical form of one written term: "HV" → "health visitor", "Mum" → "mother"; None if not a term."""
    hit = _canonical(written)
    return hit[0] if hit else None


def supported(texts: Iterable[str]) -> set[str]:
    """Canonical terms the texts support: those they name, what those imply, and the police behind a rank."""
    have: set[str] = set()
    for text in texts:
        for t in find_terms(text):
            have.add(t.canonical)
            have.update(_IMPLIES.get(t.canonical, ()))
        if _POLICE_TITLE.search(text):
            have.add("police")
    return have


def kind_words(kind: str) -> str:
    """How a finding names the kind of term: 'the role', 'the agency', 'the relationship'."""
    return {ROLE: "the role", AGENCY: "the agency", RELATIONSHIP: "the relationship"}[kind]
