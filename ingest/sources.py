"""Which agency a document comes from (police, health, school, social care, court), for filtering.

Decided from the folder and file name first (how workers file bundles), then the first page's wording.
"""

from __future__ import annotations

import re

_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("police", re.compile(r"police|constabulary|crime|\bDA[-_ ]?notif|domestic[-_ ]abuse[-_ ]notif|\bMASH\b|\bPPN\b", re.I)),
    ("court", re.compile(r"court|\border\b|judg(e)?ment|directions|cafcass|guardian|\bC110|\bC1\b|threshold", re.I)),
    ("school", re.compile(r"school|education|attendance|\bDSL\b|teacher|nursery|academy|college|\bSENCO\b", re.I)),
    ("health", re.compile(r"health|\bGP\b|surgery|hospital|nhs|midwi|paediatric|nurse|CAMHS|clinic|medical|dental", re.I)),
    ("social care", re.compile(r"case[-_ ]?note|social|strategy|conference|assessment|\bCIN\b|\bCP\b|minutes|"
                               r"placement|child[-_ ]?protection|visit|contact|email|telephone|phone", re.I)),
]


def source_kind(rel_path: str, first_page: str = "") -> str:
    """The agency kind for a document, or 'other' when nothing says."""
    for text in [*rel_path.split("/"), first_page[:1500]]:  # the top folder is the surest sign
        for kind, pattern in _RULES:
            if pattern.search(text):
                return kind
    return "other"
