"""Who works on which case, set from the manager's tab: a manager for their own team, an admin for anyone.

The rules are ``verify.access.assign``'s (the same as ``chronology assign``), so the screen can offer
only what the service would allow and still be refused in words if something changed meanwhile.
Every change is in the case's sealed audit log.
"""

from __future__ import annotations

import streamlit as st

from chronology.screen import state


def _people(who: str) -> list[str]:
    """Whom this person may assign: an admin anyone registered (but admins, who see every case), a manager
    their own team."""
    from verify.access import team_members
    from verify.roles import ADMIN, get_user, list_users

    me = get_user(state.store(), who)
    if me is None:
        return []
    if me.role == ADMIN:
        return [u.name for u in list_users(state.store()) if u.role != ADMIN]
    return [u.name for u in team_members(state.store(), me.team)]


def _assign() -> None:
    from verify.access import assign
    from verify.roles import PermissionDenied

    ss, who = state.ss(), state.user()
    case_id, person = ss.get("assign-case"), ss.get("assign-person")
    if not (who and case_id and person):
        return
    try:
        assign(state.store(), case_id, person, by=who[0])
    except PermissionDenied as exc:
        state.flash("error", f"Not assigned: {exc}")
        return
    state.flash("success", f"{person} is assigned to {case_id}.")


def _unassign() -> None:
    from verify.access import unassign
    from verify.roles import PermissionDenied

    ss, who = state.ss(), state.user()
    pair = ss.get("unassign-pair")
    if not (who and pair):
        return
    case_id, person = pair
    try:
        gone = unassign(state.store(), case_id, person, by=who[0])
    except PermissionDenied as exc:
        state.flash("error", f"Not taken off: {exc}")
        return
    state.flash("success" if gone else "info",
                f"{person} is taken off {case_id}." if gone else f"{person} was not assigned to {case_id}.")


def panel(case_ids: list[str]) -> None:
    """Assign and unassign, for the cases this person oversees; nothing on a single-user install."""
    from verify.access import assignments, single_user

    who = state.user()
    if who is None or single_user(state.store()):
        return
    people = _people(who[0])
    st.subheader("Who works on which case")
    if not case_ids or not people:
        st.caption("There is nobody you may assign, or no case you oversee yet.")
        return
    left, right = st.columns(2, gap="medium")
    with left, st.form("assign-form", border=True):
        st.selectbox("Case", case_ids, key="assign-case")
        st.selectbox("Person", people, key="assign-person")
        st.form_submit_button("Assign", on_click=_assign, type="primary")
    current = [(a.case_id, a.user) for c in case_ids for a in assignments(state.store(), c) if a.user in people]
    with right, st.form("unassign-form", border=True):
        st.selectbox("Take someone off a case", current, key="unassign-pair",
                     format_func=lambda p: f"{p[1]} on {p[0]}", placeholder="nobody is assigned yet")
        st.form_submit_button("Take off the case", on_click=_unassign, disabled=not current)
