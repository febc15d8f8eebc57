"""Session state and the case's lines, loaded once and reloaded only when the store says they changed.

A 2,000-line case takes ~0.1 s to load, so each rerun first asks the database for a one-row
fingerprint (count, versions, risks, newest id) and reuses the loaded lines when it is unchanged.
Every action goes to the store at once and then reloads just the line it touched; a change by
another reviewer changes the fingerprint, so both browsers always show what the store holds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import streamlit as st
from sqlalchemy import func, select

from chronology import schema
from chronology.config import Settings
from chronology.entries import EntryStore
from chronology.models import Entry
from chronology.store import Store
from chronology.workspace import Workspace

CHECK_CACHE_SIZE = 64


@st.cache_resource(show_spinner=False)
def _workspace(home: str, database_url: str, chroma_url: str | None) -> Workspace:
    return Workspace(Settings.from_env())


_STORE_ENV = ("CHRONOLOGY_HOME", "CHRONOLOGY_DATABASE_URL", "CHRONOLOGY_CHROMA_URL")
_opened: dict[tuple, Workspace] = {}


def workspace() -> Workspace:
    """One workspace per configured store and process (the store's engine pools its connections).

    Called many times a rerun, so the environment's raw values (and the folder a relative home is
    read from) key a plain dict in front of the cached resource: resolving the settings each time
    cost more than everything else a rerun does with the store."""
    key = (os.getcwd(), *(os.environ.get(k) for k in _STORE_ENV))
    ws = _opened.get(key)
    if ws is None:
        s = Settings.from_env()
        ws = _opened[key] = _workspace(str(s.home), s.database_url, s.chroma_url)
    return ws


def store() -> Store:
    return workspace().store


def ss() -> Any:
    return st.session_state


def session_id() -> str:
    """This browser session's review id: sources shown here count towards verifying only here."""
    if "review_session" not in ss():
        from verify.review import new_session

        ss()["review_session"] = new_session()
    return ss()["review_session"]


def user() -> tuple[str, str] | None:
    name, role = ss().get("user_name"), ss().get("user_role")
    return (name, role) if name and role else None


# --- messages that survive the rerun after a callback --------------------------------------------


def flash(kind: str, text: str) -> None:
    """Queue a message (success | info | warning | error) for the next render."""
    ss().setdefault("flashes", []).append((kind, text))


FLASH_ICONS = {"success": ":material/check_circle:", "info": ":material/info:", "warning": ":material/warning:",
               "error": ":material/error:"}


def show_flashes() -> None:
    """Queued messages, each with an icon as well as its colour, and its words saying what happened."""
    for kind, text in ss().pop("flashes", []):
        getattr(st, kind)(text.lstrip("✔✖⚠ℹ "), icon=FLASH_ICONS.get(kind))


# --- the case's lines ------------------------------------------------------------------------------


@dataclass
class CaseData:
    case_id: str
    fingerprint: tuple
    entries: list[Entry]
    by_id: dict[int, Entry] = field(default_factory=dict)
    generation: int = 0  # bumped whenever the list changes, so derived tables can be cached on it

    def __post_init__(self) -> None:
        self.by_id = {e.id: e for e in self.entries if e.id is not None}

    def counts(self) -> dict[str, int]:
        out = {"verified": 0, "unverified": 0, "rejected": 0}
        for e in self.entries:
            out[e.status] = out.get(e.status, 0) + 1
        out["total"] = len(self.entries)
        return out


def _next_generation() -> int:
    """A session-wide counter, so a reloaded list never reuses a number a cached table was built on."""
    ss()["generation"] = ss().get("generation", 0) + 1
    return ss()["generation"]


def fingerprint(store_: Store, case_id: str) -> tuple:
    """A one-row summary that changes whenever any current line changes.

    Every change to a line bumps its version, a re-draft adds or removes lines, and re-running the
    checks moves risks, so (count, sum of versions, sum of risks, newest id) covers them all.
    """
    e = schema.entries
    with store_.engine.connect() as conn:
        row = conn.execute(select(func.count(), func.coalesce(func.sum(e.c.version), 0),
                                  func.coalesce(func.sum(e.c.risk), 0.0), func.coalesce(func.max(e.c.id), 0))
                           .where(e.c.case_id == case_id, e.c.stale.is_(False))).one()
    return (int(row[0]), int(row[1]), round(float(row[2]), 4), int(row[3]))


def case_data(case_id: str) -> CaseData:
    """The case's current lines, from the session when the store has not changed since."""
    st_ = store()
    fp = fingerprint(st_, case_id)
    cached: CaseData | None = ss().get("case_data")
    if cached is not None and cached.case_id == case_id and cached.fingerprint == fp:
        return cached
    data = CaseData(case_id, fp, EntryStore(st_).list(case_id), generation=_next_generation())
    ss()["case_data"] = data
    return data


def refresh_entry(entry_id: int) -> Entry | None:
    """Reload one line after an action on it, keeping the rest of the loaded list.

    The list is patched only if the store now differs from it by exactly that line; if anyone
    else changed anything meanwhile, the whole list is reloaded on the next draw instead.
    """
    data: CaseData | None = ss().get("case_data")
    fresh = EntryStore(store()).get(entry_id)
    if data is None:
        return fresh
    old = data.by_id.get(entry_id)
    if fresh is None or old is None:
        forget_case_data()
        return fresh
    count, versions, risks, newest = data.fingerprint
    expected = (count, versions + fresh.version - old.version, round(risks + fresh.risk - old.risk, 4), newest)
    if fingerprint(store(), data.case_id) != expected:
        forget_case_data()
        return fresh
    data.entries = [fresh if e.id == entry_id else e for e in data.entries]
    data.by_id[entry_id] = fresh
    data.fingerprint = expected
    data.generation = _next_generation()
    return fresh


def forget_case_data() -> None:
    ss().pop("case_data", None)


# --- selection and what was shown ------------------------------------------------------------------


def selected_id() -> int | None:
    return ss().get("selected")


def open_line(entry_id: int | None, *, from_table: bool = False) -> None:
    """Open a line. Moving by button or shortcut also re-keys the table so its highlight follows."""
    if entry_id != ss().get("selected"):
        ss()["selected"] = entry_id
        ss()["others_open"] = False
    if not from_table:
        ss()["table_nonce"] = ss().get("table_nonce", 0) + 1


def shown(entry_id: int) -> set[int]:
    """Citation ids of this line whose source has been shown in this session."""
    return ss().setdefault("shown", {}).setdefault(entry_id, set())


def mark_shown(entry_id: int, citation_id: int) -> None:
    shown(entry_id).add(citation_id)


def check_result(entry: Entry) -> Any:
    """The automatic checks for the line as it is now, run once per line version in this session."""
    from verify.checks import run_checks

    cache: dict = ss().setdefault("check_cache", {})
    key = (entry.id, entry.version)
    if key not in cache:
        if len(cache) >= CHECK_CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = run_checks(store(), entry)
    return cache[key]
