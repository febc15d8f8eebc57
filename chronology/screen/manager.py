"""The manager's view: how far each case has got, who checked what, what was exported, and which checks
looked too quick.

Read straight from the same store the reviewers write to, so it is never out of step with them. The
figures are ``chronology.report``'s, for the cases ``verify.access`` lets this person see (a
manager's team, everything for an admin), so the screen and ``chronology report --team`` agree.
Quick verifications come from ``verify.review.fast_verifications`` (the threshold is
``CHRONOLOGY_FAST_VERIFY_SECONDS``): a line verified in a few seconds deserves a second look.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import func, select

from chronology import schema
from chronology.export.formatting import when_text
from chronology.report import TeamReport
from chronology.screen import assign_panel, labels, state
from chronology.store import Store


def quick_by_case(store: Store, rep: TeamReport) -> dict[str, list]:
    """Each case's quick verifications, read once for the case and person tables and the case's own list."""
    from verify import review

    return {c.case_id: review.fast_verifications(store, c.case_id) for c in rep.cases}


def case_rows(store: Store, rep: TeamReport, quick: dict[str, list]) -> pd.DataFrame:
    """One row per case the manager may see: lines by status, time to verify, the line waiting longest,
    exports, quick verifications and sign-off."""
    from verify import review

    rows = []
    for c in rep.cases:
        o = c.oldest_unverified
        last = c.exports[-1] if c.exports else None
        signed = review.signed_off(store, c.case_id)
        rows.append({
            "Case": c.case_id, "Assigned to": ", ".join(c.assigned) or "nobody", "Lines": c.total,
            "✔ Verified": c.verified, "✖ Rejected": c.rejected, "● Outstanding": c.outstanding,
            "% decided": c.percent_done,
            "Median hours, draft → verified": c.median_hours_to_verify,
            "Oldest unverified": (f"{o.entry} ({o.date or 'undated'}), waiting since "
                                  f"{when_text(o.waiting_since)} ({o.days_waiting:g} days)") if o else "—",
            "Exports": (f"{len(c.exports)}; last {when_text(last.at, True)} {last.format} by {last.user}"
                        if last else "none"),
            "Quick verifications": len(quick[c.case_id]),
            "Signed off": f"{signed.user}, {when_text(signed.at, True)}" if signed else "not signed off",
        })
    return pd.DataFrame(rows)


COUNTED = {"verify": "Verifications made", "edit": "Edited", "comment": "Comments", "query": "Queried"}


def _activity(store: Store, case_ids: list[str]) -> dict[str, dict]:
    """Per person, over the given cases: how many lines they verified, edited, commented on or queried, and
    their role as recorded on their reviews (for people who are not registered)."""
    r, e = schema.reviews, schema.entries
    out: dict[str, dict] = {}
    if not case_ids:
        return out
    with store.engine.connect() as conn:
        acts = conn.execute(select(r.c.user, r.c.role, r.c.action, func.count(func.distinct(r.c.entry_id)))
                            .join(e, e.c.id == r.c.entry_id).where(e.c.stale.is_(False), e.c.case_id.in_(case_ids))
                            .group_by(r.c.user, r.c.role, r.c.action)).all()
    for who, role, action, n in acts:
        row = out.setdefault(who, {"role": role, **{k: 0 for k in COUNTED.values()}})
        if action in COUNTED:
            row[COUNTED[action]] += n
    return out


def worker_rows(store: Store, rep: TeamReport, quick: dict[str, list]) -> pd.DataFrame:
    """One row per person on those cases: decisions that stand on their word, what waits for them, and activity."""
    activity = _activity(store, [c.case_id for c in rep.cases])
    quick_by: dict[str, int] = {}
    for found in quick.values():
        for f in found:
            quick_by[f.user] = quick_by.get(f.user, 0) + 1
    rows = []
    for w in rep.workers:
        act = activity.get(w.user, {})
        rows.append({
            "Person": w.user, "Role": w.role or act.get("role", ""), "Team": w.team or "",
            "Assigned cases": ", ".join(w.cases), "Verified (standing)": w.verified, "Rejected (standing)": w.rejected,
            "● Outstanding in their cases": w.outstanding, "Median hours, draft → verified": w.median_hours_to_verify,
            **{k: act.get(k, 0) for k in COUNTED.values()}, "Quick verifications": quick_by.get(w.user, 0)})
    return pd.DataFrame(rows)


def export_rows(rep: TeamReport) -> pd.DataFrame:
    """Every export of those cases from the sealed audit log, newest first: what left the building, and who took it."""
    exports = sorted((x for c in rep.cases for x in c.exports), key=lambda x: x.at, reverse=True)
    return pd.DataFrame([{"Case": x.case_id, "When": when_text(x.at, True), "Format": x.format,
                          "Kind": "draft (not for court)" if x.draft else "court", "Lines": x.entries, "By": x.user}
                         for x in exports])


def signatures(store: Store, case_id: str) -> pd.DataFrame:
    """Who signed which line of a case (the verification that stands), newest first."""
    e = schema.entries
    with store.engine.connect() as conn:
        rows = conn.execute(select(e.c.id, e.c.date, e.c.text, e.c.verified_by, e.c.verified_at).where(
            e.c.case_id == case_id, e.c.stale.is_(False), e.c.status == "verified")
            .order_by(e.c.verified_at.desc()).limit(500)).all()
    return pd.DataFrame([{"Line": labels.public_id(x.id), "Verified by": x.verified_by,
                          "When": when_text(x.verified_at, True), "Entry": x.text} for x in rows])


def sign_offs(store: Store, case_id: str) -> pd.DataFrame:
    """Every sign-off of the case from the audit log, newest first, and whether it still holds."""
    from verify import review

    a = schema.audit
    with store.engine.connect() as conn:
        rows = conn.execute(select(a.c.seq, a.c.user, a.c.at, a.c.detail).where(
            a.c.case_id == case_id, a.c.action == "sign-off").order_by(a.c.seq.desc())).all()
    standing = review.signed_off(store, case_id) if rows else None
    return pd.DataFrame([{
        "Signed off by": r.user, "Role": (r.detail or {}).get("role", ""), "When": when_text(r.at, True),
        "Lines": (r.detail or {}).get("entries", ""),
        "Still holds": "✔ yes" if standing and standing.audit_seq == r.seq else "✖ no: lines changed since"}
        for r in rows])


def _sign_off(case_id: str) -> None:
    from verify import review

    who = state.user()
    if who is None:
        return
    try:
        s = review.sign_off(state.store(), case_id, who[0], role=who[1])
    except Exception as exc:  # noqa: BLE001 - refusals are shown in plain words
        state.flash("error", f"Not signed off: {exc}")
        return
    state.flash("success", f"{case_id} signed off by {s.user}: {s.entries} lines.")


def _table(frame: pd.DataFrame, empty: str) -> None:
    if frame.empty:
        st.caption(empty)
    else:
        st.dataframe(frame, hide_index=True, width="stretch")


def panel(case_id: str | None) -> None:
    from chronology.report import csv_text, report_for
    from verify import review
    from verify.roles import allowed

    store = state.store()
    who = state.user()
    rep = report_for(store, who[0] if who else None)  # the cases this person may see: a manager's team
    st.subheader(f"Team {rep.team}: cases" if rep.team else "Cases")
    quick_all = quick_by_case(store, rep)
    _table(case_rows(store, rep, quick_all), "No cases to show: none is assigned to you or your team yet.")
    st.subheader("By person")
    _table(worker_rows(store, rep, quick_all), "Nobody is assigned to these cases or has reviewed a line yet.")
    st.subheader("Export history")
    _table(export_rows(rep), "Nothing has been exported from these cases yet.")
    st.download_button("Download these figures (CSV)", csv_text(rep).encode("utf-8"), icon=":material/download:",
                       file_name=f"verification-progress-{rep.generated_at:%Y-%m-%d}.csv", mime="text/csv",
                       key="report-csv", on_click="ignore")
    assign_panel.panel([c.case_id for c in rep.cases])
    if not case_id:
        return
    threshold = state.workspace().settings.fast_verify_seconds
    quick = quick_all.get(case_id)
    if quick is None:  # the open case is not among the report's cases (a case outside the team filter)
        quick = review.fast_verifications(store, case_id)
    st.subheader(f"Quick verifications in {case_id} (under {threshold} seconds)")
    if quick:
        st.dataframe(pd.DataFrame([{
            "Line": f.public_id, "Verified by": f.user, "Seconds open": "not recorded" if f.open_seconds is None
            else f"{f.open_seconds:.1f}", "When": when_text(f.at, True), "Entry": f.text} for f in quick]),
            hide_index=True, width="stretch")
    else:
        st.caption("None: every verification took longer than the threshold.")
    st.subheader(f"Who signed what in {case_id}")
    _table(signatures(store, case_id), "No line is verified yet.")
    signed = sign_offs(store, case_id)
    if not signed.empty:
        st.dataframe(signed, hide_index=True, width="stretch")
    if who and allowed(who[1], "sign_off"):
        st.button(f"Sign off {case_id}", icon="🖊", key="sign-off", on_click=_sign_off, args=(case_id,),
                  help="Allowed only when every line is verified and no check fails.")
