"""The open line: its wording (editable), its automatic checks, and the review buttons.

Every button calls ``verify.review`` with the version of the line the reviewer is looking at, so a
line someone else changed meanwhile is never overwritten: the reviewer is told and sees it reloaded.
Buttons work as callbacks, so the page drawn after a click already shows the new state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from chronology.entries import ConflictError
from chronology.models import Entry
from chronology.screen import labels, state

CONFLICT = "Someone else changed this line; it has been reloaded. Check it again before you act on it."
FINDING_ICONS = {"fail": "✖", "warn": "⚠", "info": "ℹ"}


# --- moving between lines ------------------------------------------------------------------------------


def _order() -> list[int]:
    return list(state.ss().get("working_ids") or [])


def next_unverified(after: int | None) -> int | None:
    """The next unverified line after ``after`` in the list on screen (wrapping), else in the whole case."""
    data: state.CaseData | None = state.ss().get("case_data")
    if data is None:
        return None
    status = {i: e.status for i, e in data.by_id.items()}
    for order in (_order(), [e.id for e in data.entries]):
        start = order.index(after) + 1 if after in order else 0
        for i in order[start:] + order[:start]:
            if i != after and status.get(i) == "unverified":
                return i
    return None


def go_next() -> None:
    target = next_unverified(state.selected_id())
    if target is None:
        state.flash("info", "There are no unverified lines left in this case.")
    else:
        state.open_line(target)


def go_previous() -> None:
    order = _order()
    current = state.selected_id()
    if not order:
        return
    if current not in order:
        state.open_line(order[0])
    elif order.index(current) == 0:
        state.flash("info", "This is the first line in the list.")
    else:
        state.open_line(order[order.index(current) - 1])


def go_to() -> None:
    """'Go to line' box: accepts e-000017, 17 or 000017."""
    raw = (state.ss().get("goto") or "").strip().lower().removeprefix("e-").lstrip("0")
    state.ss()["goto"] = ""
    data: state.CaseData | None = state.ss().get("case_data")
    if not raw:
        return
    if not raw.isdigit() or data is None or int(raw) not in data.by_id:
        state.flash("warning", "There is no line with that number in this case.")
        return
    state.open_line(int(raw))


# --- actions -------------------------------------------------------------------------------------------


def _act(entry: Entry, action: Callable[[], Any], done: str) -> bool:
    """Run one review action and turn every refusal into a plain message; True when it went through."""
    from verify.review import ReviewRefused
    from verify.roles import PermissionDenied

    try:
        action()
    except ConflictError:
        state.refresh_entry(entry.id or 0)
        state.flash("warning", CONFLICT)
        return False
    except (ReviewRefused, PermissionDenied) as exc:
        state.flash("error", _sentence(str(exc)))
        return False
    state.refresh_entry(entry.id or 0)
    if done:
        state.flash("success", done)
    return True


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _who() -> tuple[str, str]:
    who = state.user()
    if who is None:
        raise RuntimeError("nobody is signed in")
    return who


def do_verify(entry: Entry) -> None:
    from verify import review

    name, role = _who()
    if _act(entry, lambda: review.verify(state.store(), entry, name, state.session_id(), role=role), ""):
        state.case_data(entry.case_id)  # reloaded if someone else changed the case meanwhile
        target = next_unverified(entry.id)
        tail = (f" Now showing the next unverified line, {labels.public_id(target)}." if target
                else " Every line in this case has now been reviewed.")
        state.flash("success", f"{entry.public_id} verified by {name}.{tail}")
        if target is not None:
            state.open_line(target)


def do_reject(entry: Entry) -> None:
    from verify import review

    name, role = _who()
    reason = state.ss().get(f"reason-{entry.id}", "")
    if _act(entry, lambda: review.reject(state.store(), entry, name, reason, role=role),
            f"{entry.public_id} rejected; it will be left out of the court chronology."):
        state.ss()[f"reason-{entry.id}"] = ""


def do_edit(entry: Entry) -> None:
    from verify import review

    name, role = _who()
    text = state.ss().get(f"text-{entry.id}-{entry.version}", entry.text)
    new_date = (state.ss().get(f"date-{entry.id}-{entry.version}") or "").strip()
    new_time = (state.ss().get(f"time-{entry.id}-{entry.version}") or "").strip()
    kwargs: dict[str, Any] = {}
    if new_date and new_date != date_field(entry):
        kwargs["date"] = new_date
    if new_time != (entry.time or ""):
        kwargs["time"] = new_time
    was = entry.status
    tail = " It was verified, so it is unverified again and needs checking." if was == "verified" else ""
    _act(entry, lambda: review.edit(state.store(), entry, name, text, role=role, **kwargs),
         f"Changes to {entry.public_id} saved.{tail}")


def do_comment(entry: Entry) -> None:
    from verify import review

    name, role = _who()
    text = state.ss().get(f"comment-{entry.id}", "")
    if _act(entry, lambda: review.comment(state.store(), entry, name, text, role=role),
            f"Comment added to {entry.public_id}."):
        state.ss()[f"comment-{entry.id}"] = ""


def do_query(entry: Entry) -> None:
    from verify import review

    name, role = _who()
    reason = state.ss().get(f"query-{entry.id}", "")
    if _act(entry, lambda: review.query(state.store(), entry, name, reason, role=role),
            f"{entry.public_id} queried; it is unverified again until someone checks it."):
        state.ss()[f"query-{entry.id}"] = ""


def do_reopen(entry: Entry) -> None:
    from verify import review

    name, role = _who()
    _act(entry, lambda: review.reopen(state.store(), entry, name, role=role),
         f"{entry.public_id} reopened; it is unverified again.")


# --- drawing -------------------------------------------------------------------------------------------


def nav_bar() -> None:
    """Previous / next unverified / go to line: the same on every line, so hands learn them."""
    c1, c2, c3 = st.columns([1, 1.3, 1.4], vertical_alignment="bottom")
    c1.button("Previous", icon=":material/arrow_back:", key="prev", on_click=go_previous, shortcut="P",
              width="stretch", help="The line above in the list (shortcut P)")
    c2.button("Next unverified", icon=":material/arrow_forward:", key="next", on_click=go_next, shortcut="N",
              width="stretch", help="The next line still to check (shortcut N)")
    c3.text_input("Go to line", key="goto", placeholder="e.g. e-000017", on_change=go_to,
                  label_visibility="collapsed")


def heading(entry: Entry) -> None:
    st.markdown(f"### {entry.public_id} · {labels.date_label(entry)}")
    status = labels.status_label(entry.status)
    if entry.status == "verified" and entry.verified_by:
        from chronology.export.formatting import when_text

        status += f" by {entry.verified_by}, {when_text(entry.verified_at, with_time=True)}"
    flags = ", ".join(labels.flag_words(f) for f in labels.entry_flags(entry))
    st.markdown(f"**Status:** {status}  \n**Risk:** {labels.risk_label(entry.risk)}"
                + (f"  \n**Flags:** {flags}" if flags else ""))


def _verify_block(entry: Entry, role: str, level: str) -> None:
    from verify.roles import allowed, article

    total = len(entry.citations)
    seen = len([c for c in entry.citations if c.id in state.shown(entry.id or 0)])
    why = ""
    if not allowed(role, "verify"):
        why = f"As {article(role)} you cannot verify lines."
    elif entry.status != "unverified":
        why = f"This line is {entry.status}."
    elif total == 0:
        why = "This line cites no source, so it cannot be verified."
    elif seen < total:
        why = f"Show every source first: {seen} of {total} shown. (Press S to show the next one.)"
    elif level == "fail":
        why = "A check fails: edit the line or reject it."
    st.button("Verify this line", icon=":material/check_circle:", key=f"verify-{entry.id}", type="primary",
              disabled=bool(why), on_click=do_verify, args=(entry,), shortcut="V", width="stretch",
              help="Confirms the line says what its sources say, and opens the next unverified line (shortcut V)")
    if why:
        st.caption(f"**Not yet:** {why}")
    else:
        st.caption(f"**Ready:** all {total} source{'s' if total != 1 else ''} shown. Verify only if the line says "
                   "exactly what they say.")


def checks_box(entry: Entry) -> str:
    """The automatic checks in words and icons; returns the level."""
    result = state.check_result(entry)
    level = result.level
    box = {"fail": st.error, "warn": st.warning, "pass": st.success}[level]
    lines = [f"**Automatic checks: {labels.LEVEL_LABELS[level]}**"]
    for f in result.findings:
        lines.append(f"- {FINDING_ICONS.get(f.level, '•')} {_sentence(f.message)}")
    box("\n".join(lines))
    return level


def date_field(entry: Entry) -> str:
    """The stored date as the edit box shows it: no more precise than the line (2023-03 for "March 2023")."""
    if not entry.date:
        return ""
    return {"year": entry.date[:4], "month": entry.date[:7]}.get(entry.precision, entry.date)


def edit_form(entry: Entry, role: str) -> None:
    from verify.roles import allowed

    can = allowed(role, "edit") and entry.status != "rejected"
    with st.form(f"edit-{entry.id}-{entry.version}", border=False):
        rows = -(-len(entry.text) // 55) + entry.text.count("\n")  # about 55 characters a row at 1366 px
        st.text_area("The line (edit to correct it)", value=entry.text, key=f"text-{entry.id}-{entry.version}",
                     height=min(260, max(90, 30 + 24 * rows)), disabled=not can)
        d1, d2 = st.columns(2)
        d1.text_input("Date (YYYY-MM-DD)", value=date_field(entry), key=f"date-{entry.id}-{entry.version}",
                      disabled=not can, help="Write 2023-03-12 for a day, 2023-03 for a month, 2023 for a year.")
        d2.text_input("Time (HH:MM, optional)", value=entry.time or "", key=f"time-{entry.id}-{entry.version}",
                      disabled=not can)
        note = " Saving makes a verified line unverified again." if entry.status == "verified" else ""
        st.form_submit_button("Save changes", icon=":material/save:", on_click=do_edit, args=(entry,),
                              disabled=not can, help=f"Ctrl+Enter in the text box also saves.{note}")


def other_actions(entry: Entry, role: str) -> None:
    from verify.roles import allowed

    if entry.status == "rejected" and allowed(role, "reopen"):
        st.button("Reopen this rejected line", icon=":material/undo:", key=f"reopen-{entry.id}",
                  on_click=do_reopen, args=(entry,))
    if entry.status != "rejected" and allowed(role, "reject"):
        with st.expander("Reject this line", icon=":material/cancel:"):
            with st.form(f"reject-{entry.id}", border=False):
                st.text_input("Why is it wrong? (kept with the line)", key=f"reason-{entry.id}")
                st.form_submit_button("Reject", icon=":material/cancel:", on_click=do_reject, args=(entry,))
    if entry.status == "verified" and allowed(role, "query"):
        with st.expander("Query this verified line", icon=":material/help:"):
            with st.form(f"queryform-{entry.id}", border=False):
                st.text_input("What needs checking?", key=f"query-{entry.id}")
                st.form_submit_button("Send back as unverified", icon=":material/help:", on_click=do_query,
                                      args=(entry,))
    if allowed(role, "comment"):
        with st.expander("Comment", icon=":material/comment:"):
            with st.form(f"commentform-{entry.id}", border=False):
                st.text_input("Comment", key=f"comment-{entry.id}")
                st.form_submit_button("Add comment", icon=":material/comment:", on_click=do_comment, args=(entry,))


def history(entry: Entry) -> None:
    from chronology.export.formatting import when_text
    from verify.review import history as review_history

    rows = review_history(state.store(), entry.id or 0)
    with st.expander(f"History of this line ({len(rows)})"):
        if not rows:
            st.caption("Nobody has acted on this line yet.")
        for r in rows:
            said = f": “{r.comment}”" if r.comment else ""
            st.markdown(f"- {when_text(r.at, with_time=True)} — **{r.action}** by {r.user} ({r.role}){said}")


def panel(entry: Entry) -> None:
    """The left half of the side-by-side view: the words first, then the decision, then the detail."""
    who = state.user()
    role = who[1] if who else ""
    heading(entry)
    edit_form(entry, role)
    level = state.check_result(entry).level
    _verify_block(entry, role, level)
    checks_box(entry)
    other_actions(entry, role)
    history(entry)
