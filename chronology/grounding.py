"""Is a reworded chronology line still grounded in the words it cites?

Generative models mistranscribe names ("Kayla" → "Kayleigh"), shift dates and numbers, tidy up a
child's words and add judgements. A reworded line is only acceptable if nothing of that kind
happened, so every *checkable* part of the line must be found in the cited quotes:

* **names and places** – every capitalised word (case-sensitive; a sentence's first word only
  needs to appear in any case, and common sentence openers such as "The" or "She" are exempt);
* **dates** – every date expression appears in the quotes as written (any case), or states
  exactly the same date (and time, if it gives one) as a date written in the quotes;
* **numbers** – every number, in digits or words, appears in the quotes ("03" = "3",
  "1,200" = "1200", "two" = "2"); a time or reference must match as a whole ("23:40", "44/12345/23");
* **quoted words** – every quoted string appears verbatim in a quote (whitespace and the style of
  quotation marks and apostrophes aside).

:func:`rewrite_problems` adds the checks a rewrite of an existing line also needs: the direct speech
of the line is kept word for word, a negation is neither dropped nor invented (:func:`polarity_changes`
aligns the line with each quote word by word, so "did not attend" for "attended" is caught even when
the quote has a "not" elsewhere), no opinion word the source does not use is added, and the line is
non-empty and short.

The content-word helpers (:func:`support`, :func:`new_words`) and the word alignment
(:func:`align`) are shared with the automatic checks in ``verify.checks``.

Everything here is pure string work (plus the date grammar), so it is cheap and deterministic.
Lower-case content words cannot be checked this way; the verification layer's support score and a
person's review still apply to every line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_CHARS = 400

# Sentence openers that need not appear in the quotes (only when they start a sentence).
OPENERS = frozenset("""
a an the on in at by for from to of with without during after before following when while whilst as
both all no not she he they it this that these those his her their its there then we i later earlier
also however and but or if although upon once until since between throughout within according
nobody someone somebody everyone everybody anyone anybody nothing none neither each every
""".split())

# Judgement words a chronology line must not add: each must already be in the quotes.
OPINION_WORDS = frozenset("""
concerning concerningly worrying worryingly alarming alarmingly appropriate appropriately inappropriate
inappropriately clearly obviously evidently apparently allegedly unfortunately fortunately thankfully
sadly luckily neglectful negligent abusive aggressive aggressively volatile chaotic hostile serious
seriously significant significantly positive positively negative negatively good poor excellent
unacceptable acceptable disturbing troubling shocking reassuring reassuringly distressing distressed
dangerous unsafe safe failed failing deliberately deliberate lied lying manipulative
""".split())

_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot|refused|refuses|declined|denied|"
    r"denies|unable)\b|n't\b", re.I)
_NO_ONE = re.compile(r"\b(?:no|any|every|each|some)\s+one\b", re.I)

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "twice": 2, "once": 1, "dozen": 12, "single": 1, "pair": 2, "twins": 2, "triplets": 3,
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_WORD_RE = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r")[- ](" + "|".join(_UNITS) + r")|("
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))\b", re.I)
# "once" and "single" are too common as plain words to demand a "1" in the source from a line.
_LOOSE_NUMBER_WORDS = frozenset({"once", "single", "pair"})
_NUMBER_RE = re.compile(r"(?<![\w.,:/])\d+(?:,\d{3}(?!\d))*(?:[.:/]\d+)*")
_WORD_RE = re.compile(r"[^\W\d_](?:[\w'\u2019&-]*[^\W_])?")
_OPENING = "([{\"'\u201c\u2018\u2014\u2013-*\u2022 \t\n"

# Quoted strings: double quotes (straight or curly), curly single quotes, and straight single quotes
# that open after a non-word character and close before one (so "don't" and "Poppy's" are not quotes).
_QUOTED = re.compile(
    r"\"([^\"\n]+?)\"|\u201c([^\u201d\n]+?)\u201d|\u2018(.+?)\u2019(?!\w)|(?<![\w'])'(?=\S)(.+?)(?<=\S)'(?!\w)")


@dataclass(frozen=True)
class Problem:
    """One reason a rewrite cannot be used: ``kind`` is a short code (for logs), ``term`` the words."""

    kind: str  # name | date | number | quote | speech | negation | opinion | empty | length
    term: str
    message: str


# --- normalising -------------------------------------------------------------------------------

def normalise(text: str) -> str:
    """Whitespace collapsed, line-wrap hyphens joined, curly quotes and apostrophes made straight."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"-\n(?=[a-z])", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def _quotes_text(quotes: Iterable[str]) -> str:
    return "\n".join(normalise(q) for q in quotes)


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(max(s, 0), min(e, len(chars))):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)


def _has_word(word: str, text: str, *, ignore_case: bool = False) -> bool:
    flags = re.I if ignore_case else 0
    return re.search(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", text, flags) is not None


# --- quoted strings ----------------------------------------------------------------------------

def quoted_strings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner words) of every quoted string in ``text``."""
    out = []
    for m in _QUOTED.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        out.append((m.start(), m.end(), inner))
    return out


def _speech_key(inner: str) -> str:
    return normalise(inner).rstrip(".,").strip()


def ungrounded_quotes(text: str, quotes: Sequence[str]) -> list[str]:
    """Quoted strings in ``text`` that are not word for word in any quote."""
    source = _quotes_text(quotes)
    return [inner for _, _, inner in quoted_strings(normalise(text)) if not _verbatim(inner, source)]


def _verbatim(inner: str, source: str) -> bool:
    """The quoted words appear in ``source`` exactly, as whole words ('no' is not found in 'know')."""
    key = _speech_key(inner)
    return bool(key) and _has_word(key, source)


# --- dates -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Date:
    start: int
    end: int
    text: str
    value: str | None
    value_end: str | None
    time: str | None


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec")
_FALLBACK_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\.?(?:,?\s+\d{{4}})?\b"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b(?:{_MONTHS})\s+\d{{4}}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\b(?:yesterday|today|tomorrow|last night|this morning|this afternoon|this evening|tonight)\b", re.I)


def _dates(text: str) -> list[_Date]:
    """Date expressions in ``text``, with a value where the date is complete (no anchor is used)."""
    try:
        from chronology.dates import find_dates

        return [_Date(m.start, m.end, m.text, m.value, m.value_end, m.time) for m in find_dates(text, None)]
    except Exception:  # the date engine is optional here: fall back to matching as written
        return [_Date(m.start(), m.end(), m.group(0), None, None, None) for m in _FALLBACK_DATE.finditer(text)]


def _date_grounded(d: _Date, quote_dates: list[_Date], source: str) -> bool:
    if normalise(d.text).lower() in source.lower():
        return True
    if d.value is None:
        return False
    time_written = d.time is not None and _number_value(d.time) in numbers(source)
    return any(q.value == d.value and q.value_end == d.value_end and (d.time in (None, q.time) or time_written)
               for q in quote_dates)


# --- numbers -----------------------------------------------------------------------------------

def _number_value(token: str) -> str:
    """'03' → '3', '1,200' → '1200', '14.20' → '14.2', '03/11/2023' → '3/11/2023', '23:40' stays."""
    token = token.replace(",", "")
    if ":" in token or "/" in token or token.count(".") > 1:
        return "".join(p if p in ":/." else str(int(p)) for p in re.split(r"([:/.])", token))
    if "." in token:
        whole, frac = token.split(".")
        frac = frac.rstrip("0")
        return f"{int(whole)}.{frac}" if frac else str(int(whole))
    return str(int(token))


def numbers(text: str, *, loose_words: bool = True) -> dict[str, str]:
    """Numbers in ``text``, in digits or words: normalised value → as written."""
    found: dict[str, str] = {}
    for m in _NUMBER_RE.finditer(text):
        found.setdefault(_number_value(m.group(0)), m.group(0))
    for m in _NUMBER_WORD_RE.finditer(text):
        if m.group(1):
            value = _NUMBER_WORDS[m.group(1).lower()] + _NUMBER_WORDS[m.group(2).lower()]
        else:
            word = m.group(3).lower()
            if not loose_words and word in _LOOSE_NUMBER_WORDS:
                continue
            if word == "one" and _NO_ONE.search(text[max(0, m.start() - 6):m.end()]):
                continue
            value = _NUMBER_WORDS[word]
        found.setdefault(str(value), m.group(0))
    return found


# --- names -------------------------------------------------------------------------------------

def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENING)
    return not before or before[-1] in ".!?:;"


def capitalised_words(text: str) -> list[tuple[str, bool]]:
    """Capitalised words (possessive 's removed), each with whether it starts a sentence."""
    out = []
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        if not word[0].isupper():
            continue
        word = re.sub(r"'s$|\u2019s$", "", word).strip("'\u2019-&")
        if word:
            out.append((word, _sentence_initial(text, m.start())))
    return out


def _name_grounded(word: str, initial: bool, source: str) -> bool:
    if _has_word(word, source, ignore_case=initial):
        return True
    parts = [p for p in re.split(r"[-&]", word) if p]
    return len(parts) > 1 and all(_has_word(p, source, ignore_case=initial) for p in parts)


# --- the checks --------------------------------------------------------------------------------

def ungrounded(text: str, quotes: Sequence[str]) -> list[Problem]:
    """Every name, place, date, number and quoted string of ``text`` that the quotes do not contain."""
    text = normalise(text)
    source = _quotes_text(quotes)
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, term: str, message: str) -> None:
        if (kind, term) not in seen:
            seen.add((kind, term))
            problems.append(Problem(kind, term, message))

    quoted = quoted_strings(text)
    for _, _, inner in quoted:
        if not _verbatim(inner, source):
            add("quote", inner, f'the quoted words "{inner}" are not word for word in the source')
    rest = _mask(text, [(s, e) for s, e, _ in quoted])  # a verbatim quote's words are grounded already

    found = _dates(rest)
    quote_dates = _dates(source) if found else []
    for d in found:
        if not _date_grounded(d, quote_dates, source):
            add("date", d.text, f"the date '{d.text}' is not in the source as written")
    rest = _mask(rest, [(d.start, d.end) for d in found])

    have = numbers(source)
    for value, written in numbers(rest, loose_words=False).items():
        if value not in have:
            add("number", written, f"the number '{written}' is not in the source")

    for word, initial in capitalised_words(rest):
        if word == "I" or (initial and word.lower() in OPENERS) or word.lower() in _NUMBER_WORDS:
            continue  # number words were checked as numbers
        if not _name_grounded(word, initial, source):
            add("name", word, f"'{word}' is not in the source" + ("" if initial else " (names must be spelt exactly)"))
    return problems


def ungrounded_terms(text: str, quotes: Sequence[str]) -> list[str]:
    """The names, places, dates, numbers and quoted strings of ``text`` not found in ``quotes``."""
    return [p.term for p in ungrounded(text, quotes)]


def _negated(text: str) -> bool:
    return bool(_NEGATION.search(text))


def rewrite_problems(new_text: str, quotes: Sequence[str], old_text: str = "",
                     max_chars: int = MAX_CHARS) -> list[Problem]:
    """Why a model's rewording of ``old_text`` (citing ``quotes``) cannot be used; empty when it can."""
    text = normalise(new_text)
    if not text:
        return [Problem("empty", "", "the model returned no text")]
    if len(text) > max_chars:
        return [Problem("length", str(len(text)), f"the model's text is {len(text)} characters (the limit is {max_chars})")]
    problems = ungrounded(text, quotes)

    old = normalise(old_text)
    kept = [_speech_key(inner) for _, _, inner in quoted_strings(text)]
    for _, _, inner in quoted_strings(old):
        if not any(_speech_key(inner) in k for k in kept):
            problems.append(Problem("speech", inner, f'the direct speech "{inner}" was not kept word for word'))

    bare = _mask(text, [(s, e) for s, e, _ in quoted_strings(text)])
    bare_old = _mask(old, [(s, e) for s, e, _ in quoted_strings(old)])
    source = _quotes_text(quotes)
    if _negated(bare) and not _negated(source):
        problems.append(Problem("negation", "not", "the model's text says something did not happen; the source does not"))
    elif old and _negated(bare_old) and not _negated(bare):
        problems.append(Problem("negation", "not", "the source says something did not happen; the model's text lost that"))
    else:
        change = next(iter(polarity_changes(bare, quotes)), None)
        if change is not None:
            said = f"; the source says '{change.source_words}'" if change.source_words else ""
            problems.append(Problem("negation", change.line_words,
                                    f"the model's text says '{change.line_words}'{said}: the meaning is turned round"))

    for m in _WORD_RE.finditer(bare):
        word = m.group(0).lower()
        if word in OPINION_WORDS and not _has_word(word, source, ignore_case=True):
            problems = [p for p in problems if not (p.kind == "name" and p.term == m.group(0))]
            problems.append(Problem("opinion", m.group(0), f"the judgement '{m.group(0)}' is not in the source"))
    return problems


# --- content words: what a line says beyond its names and numbers ---------------------------------

# Function words: carry no content, so they neither count for support nor appear as "new words".
FUNCTION_WORDS = frozenset("""
a about above after again against all also although am an and another any are around as at away back
be because been before being below between both but by can could did do does doing done down during each
either every few for from further had has have having he her here hers herself him himself his how however
i if in into is it its itself just last later least less let like made make many may me might more most
much must my myself near neither never new next no nor not now of off often on once one only or other our
ours ourselves out over own per perhaps same she should since so some still such than that the their theirs
them themselves then there these they this those though through thus to today tomorrow too towards under
until up upon us very was we well were what when where whether which while who whom whose why will with
within without would yesterday yet you your yours yourself yourselves
""".split())
_CONTENT_RE = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019\-]*")


def word_key(word: str) -> str:
    """A word as compared: lower case, straight apostrophe, possessive 's and edge hyphens removed."""
    word = word.replace("\u2019", "'").lower()
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip("'-")


def stem(word: str) -> str:
    """A crude stem: enough to match 'visited' with 'visit' and 'children' with 'child'."""
    word = word_key(word)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def content_words(text: str) -> list[str]:
    """The line's content words as written (three letters or more, not function words)."""
    return [w for w in _CONTENT_RE.findall(text) if len(w) > 2 and word_key(w) not in FUNCTION_WORDS]


def support(text: str, quotes: Iterable[str]) -> float:
    """Share of the line's content words that its quotes contain (1.0 when the line has none)."""
    words = [stem(w) for w in content_words(text)]
    if not words:
        return 1.0
    have = {stem(w) for q in quotes for w in _CONTENT_RE.findall(q)}
    return sum(1 for w in words if w in have) / len(words)


def new_words(text: str, quotes: Iterable[str]) -> list[str]:
    """Content words of the line that none of its quotes contains (by stem), once each, in line order."""
    have = {stem(w) for q in quotes for w in _CONTENT_RE.findall(q)}
    out: dict[str, str] = {}
    for w in content_words(text):
        if stem(w) not in have:
            out.setdefault(word_key(w), w.strip("'\u2019-"))
    return list(out.values())


# --- alignment: which words of a quote stand where in the line -----------------------------------

@dataclass(frozen=True)
class Token:
    key: str
    start: int
    end: int


_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*|\d+(?:[.:/]\d+)*")
_CONTRACTIONS = {"can't": ("can", "not"), "cannot": ("can", "not"), "won't": ("will", "not"),
                 "shan't": ("shall", "not")}
_BOUNDARY = re.compile(r"[.!?;:]|\n\s*\n")  # a single newline is a line wrap, not a sentence end


def tokens(text: str) -> list[Token]:
    """Word tokens with their offsets; "didn't" is "did" + "not" and "cannot" is "can" + "not", both at one span."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        word = m.group(0).replace("\u2019", "'").lower()
        if word in _CONTRACTIONS:
            parts: tuple[str, ...] = _CONTRACTIONS[word]
        elif word.endswith("n't"):
            parts = (word[:-3], "not")
        else:
            parts = (word[:-2] if word.endswith("'s") else word,)
        out.extend(Token(p, m.start(), m.end()) for p in parts if p)
    return out


def _boundary_between(text: str, a: Token, b: Token) -> bool:
    return bool(_BOUNDARY.search(text[a.end:b.start]))


@dataclass
class Alignment:
    """One quote aligned word by word with the line (difflib opcodes over stems: the line is ``a``,
    so 'delete' is words only the line has and 'insert' words only the quote has)."""

    quote: str
    qtoks: list[Token]
    ops: list[tuple[str, int, int, int, int]]

    @property
    def matched(self) -> int:
        return sum(i2 - i1 for op, i1, i2, _, _ in self.ops if op == "equal")

    def op_at(self, i: int) -> tuple[str, int, int, int, int] | None:
        """The opcode covering line token ``i``."""
        return next((o for o in self.ops if o[1] <= i < o[2]), None)


def align(text: str, quotes: Sequence[str]) -> tuple[list[Token], list[Alignment]]:
    """The line's tokens and, for each quote, how its words line up with them."""
    import difflib

    line = tokens(text)
    keys = [stem(t.key) for t in line]
    out = []
    for q in quotes:
        qtoks = tokens(q)
        matcher = difflib.SequenceMatcher(None, keys, [stem(t.key) for t in qtoks], autojunk=False)
        out.append(Alignment(q, qtoks, matcher.get_opcodes()))
    return line, out


def phrase(text: str, toks: list[Token], i1: int, i2: int) -> str:
    """The words ``toks[i1:i2]`` with one word of context either side, as written in ``text``."""
    if not toks:
        return ""
    a, b = max(i1 - 1, 0), min(i2, len(toks) - 1)
    if i1 > 0 and _boundary_between(text, toks[i1 - 1], toks[min(i1, len(toks) - 1)]):
        a = min(i1, len(toks) - 1)  # context stays inside the sentence
    if i2 < len(toks) and i2 > 0 and _boundary_between(text, toks[i2 - 1], toks[i2]):
        b = i2 - 1
    b = max(a, b)
    return " ".join(text[toks[a].start:toks[b].end].split())


# --- polarity: a line must not deny what its source says happened, or the reverse ----------------

# Words that turn a statement round ("n't" arrives as "not", see ``tokens``).
_CUE = re.compile(r"not|no|never|none|nobody|nothing|neither|nor|without|refus\w*|declin\w*|den(?:y|ies|ied|ying)|"
                  r"fail(?:s|ed|ing)?|unable|unwilling|absent|absence|dna|dnaed|dna'd")


def is_cue(key: str) -> bool:
    return bool(_CUE.fullmatch(key))


@dataclass(frozen=True)
class PolarityChange:
    """The line denies what its source affirms (``added``) or affirms what it denies (``dropped``)."""

    kind: str  # added | dropped
    line_words: str
    source_words: str  # "" when no quote lines up with that part of the line


def polarity_changes(text: str, quotes: Sequence[str], max_span: int = 5) -> list[PolarityChange]:
    """Where the line's negation differs from the quote it was made from: a 'not', 'never', 'refused',
    'did not attend' or 'DNA' added or taken away.

    Each quote is aligned word by word with the line. A negation in the line is supported when some
    quote has it in the same place with the word it governs (an equal run holding both), or says
    the same thing in other negative words (a replaced run with a negation on the quote side). A
    negation in a quote is dropped when a short run holding it, inside the part of the quote the line
    reproduces, was replaced by or removed for words without one.
    """
    line, aligned = align(text, quotes)
    line_cues = [i for i, t in enumerate(line) if is_cue(t.key)]
    if not line_cues and not any(is_cue(t.key) for a in aligned for t in a.qtoks):
        return []
    out: list[PolarityChange] = []
    covered = _covered(line, aligned)
    for i in line_cues:
        if any(_cue_supported(text, line, a, i) for a in aligned):
            continue
        best = max(aligned, key=lambda a: a.matched, default=None)
        op = best.op_at(i) if best and best.matched else None
        source = phrase(best.quote, best.qtoks, op[3], op[4]) if op and op[0] != "equal" else ""
        span = (op[1], op[2]) if op and op[0] != "equal" else (i, i + 1)
        out.append(PolarityChange("added", phrase(text, line, *span), source))
    for a in aligned:
        for n, (op, i1, i2, j1, j2) in enumerate(a.ops):
            if op not in ("insert", "replace") or not any(is_cue(t.key) for t in a.qtoks[j1:j2]):
                continue
            if any(is_cue(t.key) for t in line[i1:i2]) or j2 - j1 > max_span or i2 - i1 > max_span:
                continue
            before = n > 0 and a.ops[n - 1][0] == "equal"
            after = n + 1 < len(a.ops) and a.ops[n + 1][0] == "equal"
            if not ((before and after) if op == "insert" else (before or after)):
                continue
            lo, hi = max(j1 - 1, 0), min(j2, len(a.qtoks) - 1)
            if op == "insert" and any(_boundary_between(a.quote, a.qtoks[k], a.qtoks[k + 1]) for k in range(lo, hi)):
                continue  # the line skips a whole sentence of the quote, not a word of it ("; no drugs" → "; some drugs" is a swap)
            if op == "replace" and all(k in covered for k in range(i1, i2)):
                continue  # those words of the line come from another quote
            out.append(PolarityChange("dropped", phrase(text, line, i1, i2), phrase(a.quote, a.qtoks, j1, j2)))
    return list(dict.fromkeys(out))


def _covered(line: list[Token], aligned: list[Alignment]) -> set[int]:
    """Line tokens that some quote reproduces word for word."""
    return {i for a in aligned for op, i1, i2, _, _ in a.ops if op == "equal" for i in range(i1, i2)}


def _cue_supported(text: str, line: list[Token], a: Alignment, i: int) -> bool:
    op = a.op_at(i)
    if op is None:
        return False
    kind, i1, i2, j1, j2 = op
    if kind == "replace":
        return any(is_cue(t.key) for t in a.qtoks[j1:j2])
    if kind != "equal":
        return False
    # the word the negation governs: the next in its sentence, else the one before
    if i + 1 < len(line) and not _boundary_between(text, line[i], line[i + 1]):
        head = i + 1
    elif i > 0 and not _boundary_between(text, line[i - 1], line[i]):
        head = i - 1
    else:
        return True  # a negation standing alone ("No.") that the quote also has
    return i1 <= head < i2
