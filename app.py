"""The review screen: ``streamlit run app.py``.

A signed-in person (``chronology.screen.signin``: a typed name on one person's install, a password
or the organisation's single sign-on on a team service) opens a case, works through its lines
beside their cited sources, and verifies, edits, rejects or comments on each one. Every action goes
through ``verify`` (the same role rules and audit log as the CLI) and is in the store the moment the
button is pressed.

Keyboard: V verify · S show the next source · N next unverified line · P previous line.
(Single keys do nothing while typing in a box; press Esc or click outside it first.)
"""

from __future__ import annotations

import streamlit as st

st.set_page_config(page_title="Chronology review", page_icon="⚖", layout="wide",
                   initial_sidebar_state="expanded")

from chronology.screen import entry as entry_panel  # noqa: E402 - page config must come first
from chronology.screen import export_panel, manager, signin, source, state, table  # noqa: E402
from verify.access import visible_cases  # noqa: E402

CSS = """
<style>
.block-container {padding-top: 2.2rem; padding-bottom: 2rem;}
.chron-source {white-space: pre-wrap; font-size: 0.95rem; line-height: 1.55; color: #1a1a1a;
  background: #fafafa; border-left: 4px solid #555; padding: 0.6rem 0.8rem; border-radius: 2px;}
mark.chron-cited {background: #ffe169; color: #000; outline: 2px solid #7a3d00; padding: 0 1px;}
mark.chron-cited strong {color: #7a3d00;}
[class*="st-key-verify-"] button:enabled {background: #1d6b39; border-color: #1d6b39; color: #fff;}
[class*="st-key-verify-"] button:enabled:hover {background: #154f2a; border-color: #154f2a; color: #fff;}
[class*="st-key-shownext-"] button {background: #1f4e8c; border-color: #1f4e8c; color: #fff;}
[class*="st-key-shownext-"] button:hover {background: #173b6a; border-color: #173b6a; color: #fff;}
</style>
"""
# --- the sidebar: who, which case, how far ---------------------------------------------------------------


def _case_changed() -> None:
    state.open_line(None)
    state.forget_case_data()


def pick_case() -> str | None:
    who = state.user()
    cases = visible_cases(state.store(), who[0] if who else None)  # assignment rules, as in the CLI
    if not cases:
        return None
    ids = [c.id for c in cases]
    titles = {c.id: c.title for c in cases}
    if state.ss().get("case_id") not in ids:
        state.ss()["case_id"] = ids[0]
    return st.sidebar.selectbox("Case", ids, key="case_id", on_change=_case_changed,
                                format_func=lambda i: i if titles.get(i) in (None, "", i) else f"{i} — {titles[i]}")


def progress(data: state.CaseData) -> None:
    c = data.counts()
    total = c["total"] or 1
    st.sidebar.progress(c["verified"] / total, text=f"**Verified {c['verified']:,} of {c['total']:,} lines**")
    st.sidebar.caption(f"✖ Rejected {c['rejected']:,} · ● Still to check {c['unverified']:,}")


def ensure_checked(case_id: str) -> None:
    """Run the automatic checks once per session per case, so the table's check column is current."""
    done: set = state.ss().setdefault("checked_cases", set())
    if case_id in done:
        return
    from verify.checks import check_case

    with st.spinner("Running the automatic checks on every line…"):
        check_case(state.store(), case_id)
    done.add(case_id)


# --- the review tab ------------------------------------------------------------------------------------


def review_tab(data: state.CaseData, filters: table.Filters) -> None:
    if not data.entries:
        st.info(f"There are no lines in this case yet. Draft them with `chronology draft --case {data.case_id}`.")
        return
    lines = table.working_list(data, filters)
    state.ss()["working_ids"] = [e.id for e in lines]
    if state.selected_id() not in data.by_id:
        first = entry_panel.next_unverified(None) or (lines[0].id if lines else None)
        state.open_line(first)
    table.show(data, lines)
    current = data.by_id.get(state.selected_id() or -1)
    state.show_flashes()
    if current is None:
        st.info("No line is open. Click a row in the table to open it.")
        return
    entry_panel.nav_bar()
    if current.id not in state.ss()["working_ids"]:
        st.caption("ℹ This line is not in the filtered list above.")
    left, right = st.columns([5, 6], gap="medium")
    with left:
        entry_panel.panel(current)
    with right:
        st.markdown("#### What the sources say")
        source.panel(current)
        source.others(current)


def main() -> None:
    st.html(CSS)
    who = signin.signed_in_user()
    if who is None:
        return
    sb = st.sidebar
    signin.sidebar(who)
    case_id = pick_case()
    if case_id is None:
        st.title("Chronology review")
        if state.store().list_cases():  # there are cases, just none this person may open
            whose = "you or your team" if who[1] == "manager" else "you"
            st.info(f"No case is assigned to {whose} yet. Ask your team manager or an admin to assign one "
                    "(`chronology assign --case NAME --user \"YOUR NAME\" --by MANAGER`).")
        else:
            st.info("There are no cases yet. Read a case folder in with `chronology ingest FOLDER --case NAME`, "
                    "then draft it with `chronology draft --case NAME`.")
        return
    ensure_checked(case_id)
    data = state.case_data(case_id)
    progress(data)
    sb.caption("Keys: **V** verify · **S** show next source · **N** next unverified · **P** previous "
               "(press Esc first if you are typing in a box)")
    filters = table.filters_sidebar(data)
    oversees = who[1] in ("manager", "admin")  # workers' figures are for their managers, not each other
    views = ["Review", "Export", "Manager"] if oversees else ["Review", "Export"]
    tabs = st.tabs(views, key="view", on_change="rerun", default="Manager" if oversees else "Review")
    with tabs[0]:
        if tabs[0].open:
            review_tab(data, filters)
    with tabs[1]:
        if tabs[1].open:
            state.show_flashes()
            export_panel.panel(case_id)
    if oversees:
        with tabs[2]:
            if tabs[2].open:
                state.show_flashes()
                manager.panel(case_id)


main()
