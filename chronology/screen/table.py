"""The chronology as a table, with the filters and orders a reviewer works through.

The table is rebuilt only when the lines or the filters change (cached on the list's generation),
so moving between lines costs nothing here even on a 2,000-line case. When one line changes (a
verify, an edit), only that line is filtered and drawn again: each line's filter result and table
row are remembered against the very ``Entry`` object they were made from, and a changed line is a
new object (``state.refresh_entry``), so nothing stale is ever shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pyarrow as pa
import streamlit as st

from chronology.export.formatting import span_of
from chronology.models import ENTRY_STATUSES, SOURCE_KINDS, Entry
from chronology.screen import labels, state

SORTS = ("Date order", "Riskiest first")
CHECK_LEVELS = ("fail", "warn", "pass", "unchecked")


@dataclass(frozen=True)
class Filters:
    statuses: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    person: str = ""
    date_from: date | None = None
    date_to: date | None = None
    sort: str = SORTS[0]

    def active(self) -> bool:
        return bool(self.statuses or self.checks or self.flags or self.kinds or self.person.strip()
                    or self.date_from or self.date_to)


def _matches(e: Entry, f: Filters, checked: bool) -> bool:
    if f.statuses and e.status not in f.statuses:
        return False
    if f.checks and labels.stored_level(e, checked) not in f.checks:
        return False
    if f.flags and not set(f.flags) & set(labels.entry_flags(e)):
        return False
    if f.kinds and not set(f.kinds) & set(e.source_kinds):
        return False
    if f.person.strip():
        needle = f.person.strip().lower()
        if needle not in e.text.lower() and not any(needle in c.quote.lower() for c in e.citations):
            return False
    if f.date_from or f.date_to:
        span = span_of(e)
        if span is None or (f.date_from and span[1] < f.date_from) or (f.date_to and span[0] > f.date_to):
            return False
    return True


def apply(entries: list[Entry], f: Filters, checked: bool = True) -> list[Entry]:
    """The lines that pass the filters, in the chosen order (date order is the stored order)."""
    return _ordered([e for e in entries if _matches(e, f, checked)], f)


def _ordered(lines: list[Entry], f: Filters) -> list[Entry]:
    if f.sort == SORTS[1]:
        lines.sort(key=lambda e: (-e.risk, e.date or "9999", e.id or 0))
    return lines


def _remembered(memo: dict, e: Entry, key: tuple, make):  # noqa: ANN001, ANN202 - a tiny per-line memo
    """``make(e)`` for this line, reused while the line is the same object and ``key`` is unchanged."""
    got = memo.get(e.id)
    if got is not None and got[0] is e and got[1] == key:
        return got[2]
    value = make(e)
    memo[e.id] = (e, key, value)
    return value


def _forget_rows(data: state.CaseData) -> None:
    """Drop remembered rows of lines no longer in the case (after a reload), so the memo stays its size."""
    for name in ("match_memo", "row_memo"):
        memo: dict = state.ss().get(name) or {}
        if len(memo) > len(data.by_id):
            for i in [i for i in memo if i not in data.by_id]:
                del memo[i]


def working_list(data: state.CaseData, f: Filters) -> list[Entry]:
    """The filtered lines, cached on (list generation, filters) so reruns do not refilter; after a change
    only the changed lines are matched again."""
    key = (data.case_id, data.generation, f)
    memo = state.ss().get("working_memo")
    if memo and memo[0] == key:
        return memo[1]
    checked = data.case_id in state.ss().get("checked_cases", set())
    _forget_rows(data)
    memo: dict = state.ss().setdefault("match_memo", {})  # session state is slow to reach: once, not per line
    key_f = (f, checked)
    lines = _ordered([e for e in data.entries if _remembered(memo, e, key_f, lambda x: _matches(x, f, checked))], f)
    state.ss()["working_memo"] = (key, lines)
    state.ss().pop("table_memo", None)
    return lines


def _row(e: Entry, checked: bool, number: int) -> tuple:
    return (number, labels.public_id(e.id or 0), labels.date_label(e), e.text, labels.status_label(e.status),
            labels.LEVEL_SHORT[labels.stored_level(e, checked)], round(e.risk, 2), labels.sources_label(e),
            ", ".join(labels.flag_words(x) for x in labels.entry_flags(e)))


_SCHEMA = pa.schema([("No.", pa.int64()), ("Line", pa.string()), ("Date", pa.string()), ("Entry", pa.string()),
                     ("Status", pa.string()), ("Check", pa.string()), ("Risk", pa.float64()),
                     ("Sources", pa.string()), ("Flags", pa.string())])


def frame(lines: list[Entry], checked: bool, order: dict[int, int]) -> pa.Table:
    """The table's cells; "No." is the place in date order, so clicking its heading restores that order.

    Built as Arrow straight from the remembered rows: Streamlit sends Arrow, so a pandas frame
    would only be converted again on every rerun."""
    memo: dict = state.ss().setdefault("row_memo", {})  # session state is slow to reach: once, not per line
    rows = [_remembered(memo, e, (checked, order.get(e.id or 0, 0)), lambda x: _row(x, checked, order.get(x.id or 0, 0)))
            for e in lines]
    columns = list(zip(*rows)) if rows else [()] * len(_SCHEMA)
    return pa.table([pa.array(list(col), type=f.type) for col, f in zip(columns, _SCHEMA)], schema=_SCHEMA)


# --- sidebar filters ---------------------------------------------------------------------------------


def _flag_options(data: state.CaseData) -> list[str]:
    """Every flag some line has, worked out once per version of the list."""
    memo = state.ss().get("flag_memo")
    if memo and memo[0] == (data.case_id, data.generation):
        return memo[1]
    options = sorted({x for e in data.entries for x in labels.entry_flags(e)})
    state.ss()["flag_memo"] = ((data.case_id, data.generation), options)
    return options


def filters_sidebar(data: state.CaseData) -> Filters:
    """Filter and order controls; their values live in session state so they survive reruns."""
    sb = st.sidebar
    sb.subheader("Find lines")
    sort = sb.radio("Order", SORTS, key="f_sort", horizontal=True)
    statuses = sb.multiselect("Status", ENTRY_STATUSES, key="f_status", format_func=labels.status_label)
    checks = sb.multiselect("Automatic check", CHECK_LEVELS, key="f_check",
                            format_func=lambda x: labels.LEVEL_SHORT[x])
    flags = sb.multiselect("Flag", _flag_options(data), key="f_flag", format_func=labels.flag_words)
    kinds = sb.multiselect("Source kind", SOURCE_KINDS, key="f_kind")
    person = sb.text_input("Person or words (contains)", key="f_person", placeholder="e.g. Poppy")
    c1, c2 = sb.columns(2)
    date_from = c1.date_input("From", value=None, key="f_from", format="DD/MM/YYYY")
    date_to = c2.date_input("To", value=None, key="f_to", format="DD/MM/YYYY")
    return Filters(tuple(statuses), tuple(checks), tuple(flags), tuple(kinds), person or "",
                   date_from, date_to, sort)


# --- the table ---------------------------------------------------------------------------------------


def _on_select(key: str) -> None:
    rows = state.ss()[key]["selection"]["rows"]
    ids = state.ss().get("table_ids", [])
    if rows and rows[0] < len(ids):
        state.open_line(ids[rows[0]], from_table=True)


def show(data: state.CaseData, lines: list[Entry]) -> None:
    """The table; clicking a row opens that line below it."""
    checked = data.case_id in state.ss().get("checked_cases", set())
    memo = state.ss().get("table_memo")
    if memo and memo[0] is lines:
        df = memo[1]
    else:
        df = frame(lines, checked, {e.id or 0: i for i, e in enumerate(data.entries, start=1)})
        state.ss()["table_memo"] = (lines, df)
    ids = [e.id for e in lines]
    state.ss()["table_ids"] = ids
    sel = state.selected_id()
    key = f"table-{state.ss().get('table_nonce', 0)}"
    default = {"selection": {"rows": [ids.index(sel)]}} if sel in ids else None
    st.dataframe(
        df, key=key, height=212, hide_index=True, on_select=lambda: _on_select(key),
        selection_mode="single-row", selection_default=default,
        column_config={
            "No.": st.column_config.NumberColumn(width=48, help="Place in date order: click to sort by date",
                                                 pinned=True),
            "Line": st.column_config.TextColumn(width=72, pinned=True),
            "Date": st.column_config.TextColumn(width=125),
            "Entry": st.column_config.TextColumn(width=300),
            "Status": st.column_config.TextColumn(width=105),
            "Check": st.column_config.TextColumn(width=92),
            "Risk": st.column_config.NumberColumn(width=60, format="%.2f",
                                                  help="How likely the line is wrong: 0 low, 1 high"),
            "Sources": st.column_config.TextColumn(width=200),
            "Flags": st.column_config.TextColumn(width=260),
        },
    )
    total = len(data.entries)
    shown_n = len(lines)
    st.caption(f"{shown_n:,} of {total:,} lines shown{' (filtered)' if shown_n != total else ''}. "
               "Click a row to open it, or use the buttons below.")
