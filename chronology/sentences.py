"""Sentence spans with exact offsets, aware of how case records are laid out.

PDF text wraps lines mid-sentence, while forms put one field per line ("Time: 23:40"). A line
break ends a sentence only when the line looks finished or the next line starts a new field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|PC|DC|DS|Sgt|St|Prof|No|Ref|approx|tel|e\.g|i\.e|etc|cf|vs|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)|\b[A-Z])\.$"
)
_SENTENCE_END = re.compile(r"[.!?]['\"\u201d\u2019)]*(?=\s+['\"\u201c\u2018(]?[A-Z0-9])")
_FIELD_START = re.compile(r"^\s*(?:[-\u2022*\u2013]\s|\d+[.)]\s|[A-Z][A-Za-z /&'()-]{0,40}:\s|[A-Z][A-Z ]{3,}$|Case Note:)")
_FINISHED_LINE = re.compile(r"[.!?:;'\"\u201d\u2019)]\s*$")
SHORT_LINE = 60


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _line_breaks(text: str, fixed: frozenset[str] = frozenset()) -> list[int]:
    """Offsets of line breaks that end a sentence (``fixed`` lines, e.g. running headers, stand alone)."""
    breaks = []
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        continues = re.match(r"\s*[a-z]", nxt) or (re.match(r"\s*[0-9(]", nxt) and re.search(r"\b[a-z]+,?\s*$", line))
        short = len(line.strip()) < SHORT_LINE and not continues  # a short line that is not wrapped mid-sentence
        if (not line.strip() or not nxt.strip() or _FINISHED_LINE.search(line) or short
                or _FIELD_START.match(nxt) or "|" in line or line.strip() in fixed or nxt.strip() in fixed):
            breaks.append(pos)
        pos += 1
    return breaks


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, fixed: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentences of ``text``; ``text[s.start:s.end] == s.text`` for each."""
    cuts = set(_line_breaks(text, fixed))
    for m in _SENTENCE_END.finditer(text):
        head = text[max(0, m.start() - 12):m.start() + 1]
        if not _ABBREV.search(head):
            cuts.add(m.end())
    out: list[Sentence] = []
    prev = 0
    for cut in sorted(cuts) + [len(text)]:
        s, e = _trim(text, prev, cut)
        if e > s:
            out.append(Sentence(s, e, text[s:e]))
        prev = cut
    return out


def sentence_at(sentences: list[Sentence], offset: int) -> int:
    """Index of the sentence holding ``offset`` (or the nearest one before it)."""
    best = 0
    for i, s in enumerate(sentences):
        if s.start <= offset:
            best = i
        else:
            break
    return best


def tidy(text: str) -> str:
    """Collapse line wraps and spacing for display; words, names and quotes are left exactly as written."""
    text = re.sub(r"-\n(?=[a-z])", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[-\u2022*\u2013]\s+", "", text)
    if text and text[-1] not in ".!?\"'\u201d\u2019)":
        text += "."
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def repeated_lines(pages: list[str], min_pages: int = 3, share: float = 0.3) -> frozenset[str]:
    """Running headers and footers: lines that recur on many pages of one document."""
    if len(pages) < min_pages:
        return frozenset()
    seen: dict[str, int] = {}
    for text in pages:
        for line in {ln.strip() for ln in text.split("\n") if ln.strip()}:
            seen[line] = seen.get(line, 0) + 1
    need = max(min_pages, int(share * len(pages)))
    return frozenset(line for line, n in seen.items() if n >= need)
