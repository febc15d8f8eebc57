"""Page text → passages with exact character offsets, using LangChain's recursive splitter.

Passages are the unit that is cited, so they break on paragraph and sentence boundaries and stay
short enough to read in one glance. The invariant ``page_text[start:end] == passage.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from langchain_text_splitters import RecursiveCharacterTextSplitter

CHUNK_SIZE = 600
CHUNK_OVERLAP = 0  # overlapping passages would cite the same sentence twice

_SPLITTER = RecursiveCharacterTextSplitter(
    chunk_size=CHUNK_SIZE,
    chunk_overlap=CHUNK_OVERLAP,
    # paragraph, then sentence ends, and only then bare line breaks: PDF text wraps mid-sentence
    separators=["\n\n", r"(?<=[.!?])\s+", "\n", r"(?<=[;:])\s+", " ", ""],
    is_separator_regex=True,
    keep_separator="end",  # never False: LangChain would re-join pieces with the regex text itself
    strip_whitespace=True,
    add_start_index=True,
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def split_text(text: str, offset: int = 0) -> list[Span]:
    """Split ``text`` into spans whose offsets are relative to ``text`` plus ``offset``.

    LangChain reports each chunk's start index by searching the text; we re-check every span and
    fall back to a forward search so a repeated phrase can never be cited at the wrong place.
    """
    if not text.strip():
        return []
    spans: list[Span] = []
    cursor = 0
    for doc in _SPLITTER.create_documents([text]):
        chunk = doc.page_content
        start = doc.metadata.get("start_index", -1)
        if start < cursor or text[start:start + len(chunk)] != chunk:
            start = text.find(chunk, cursor)
        if start < 0:  # the splitter altered the text (should not happen): skip rather than mis-cite
            continue
        end = start + len(chunk)
        spans.append(Span(offset + start, offset + end, chunk))
        cursor = end
    return spans
