"""The manager's view: how far each case has got, who checked what, and which checks looked too quick.

Read straight from the same store the reviewers write to, so it is never out of step with them.
Quick verifications come from ``verify.review.fast_verifications`` (the threshold is
``CHRONOLOGY_FAST_VERIFY_SECONDS``): a line verified in a few seconds deserves a second look.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st
from sqlalchemy import and_, func, select

from chronology import schema
from chronology.export.formatting import when_text
from chronology.screen import labels, state
from chronology.store import Store


def case_rows(store: Store) -> pd.DataFrame:
    """One row per case: lines by status, the line waiting longest, quick verifications, sign-off."""
    from verify import review

    e = schema.entries
    with store.engine.connect() as conn:
        counts = conn.execute(select(e.c.case_id, e.c.status, func.count()).where(e.c.stale.is_(False))
                              .group_by(e.c.case_id, e.c.status)).all()
        oldest = conn.execute(select(e.c.case_id, func.min(e.c.created_at)).where(
            e.c.stale.is_(False), e.c.status == "unverified").group_by(e.c.case_id)).all()
        waiting: dict[str, str] = {}
        for case_id, since in oldest:
            first = conn.execute(select(e.c.id).where(
                e.c.case_id == case_id, e.c.stale.is_(False), e.c.status == "unverified", e.c.created_at == since)
                .order_by(e.c.id).limit(1)).scalar()
            waiting[case_id] = f"{labels.public_id(first)}, waiting since {when_text(since)}"
    by_case: dict[str, dict[str, int]] = {}
    for case_id, status, n in counts:
        by_case.setdefault(case_id, {})[status] = n
    rows = []
    for case in store.list_cases():
        c = by_case.get(case.id, {})
        total = sum(c.values())
        signed = review.signed_off(store, case.id)
        rows.append({
            "Case": case.id, "Lines": total, "✔ Verified": c.get("verified", 0),
            "✖ Rejected": c.get("rejected", 0),
            "● Outstanding": c.get("unverified", 0),
            "Oldest unverified": waiting.get(case.id, "—"),
            "Quick verifications": len(review.fast_verifications(store, case.id)),
            "Signed off": f"{signed.user}, {when_text(signed.at, True)}" if signed else "not signed off",
        })
    return pd.DataFrame(rows)


COUNTED = {"verify": "Verifications made", "reject": "Rejected", "edit": "Edited", "comment": "Comments"}


def worker_rows(store: Store) -> pd.DataFrame:
    """Per case and person: lines they verified (and that still stand), rejected, commented, queried."""
    from verify import review

    r, e = schema.reviews, schema.entries
    with store.engine.connect() as conn:
        lines = func.count(func.distinct(r.c.entry_id))
        acts = conn.execute(select(e.c.case_id, r.c.user, r.c.role, r.c.action, lines)
                            .join(e, e.c.id == r.c.entry_id).where(e.c.stale.is_(False))
                            .group_by(e.c.case_id, r.c.user, r.c.role, r.c.action)).all()
        standing = conn.execute(select(e.c.case_id, e.c.verified_by, func.count()).where(
            and_(e.c.stale.is_(False), e.c.status == "verified")).group_by(e.c.case_id, e.c.verified_by)).all()
    stands = {(case_id, who): n for case_id, who, n in standing}
    table: dict[tuple[str, str], dict] = {}
    for case_id, who, role, action, n in acts:
        if who == "system":
            continue
        row = table.setdefault((case_id, who), {
            "Case": case_id, "Person": who, "Role": role, "Verified (standing)": 0, "Verifications made": 0,
            "Rejected": 0, "Edited": 0, "Comments": 0, "Quick verifications": 0})
        key = COUNTED.get(action)
        if key:
            row[key] += n
    for (case_id, who), row in table.items():
        row["Verified (standing)"] = stands.get((case_id, who), 0)
    for case_id in {k[0] for k in table}:
        for f in review.fast_verifications(store, case_id):
            if (case_id, f.user) in table:
                table[(case_id, f.user)]["Quick verifications"] += 1
    return pd.DataFrame(list(table.values()))


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


def panel(case_id: str | None) -> None:
    from verify import review
    from verify.roles import allowed

    store = state.store()
    st.subheader("All cases")
    st.dataframe(case_rows(store), hide_index=True, width="stretch")
    st.subheader("By person")
    people = worker_rows(store)
    if people.empty:
        st.caption("Nobody has reviewed a line yet.")
    else:
        st.dataframe(people, hide_index=True, width="stretch")
    if not case_id:
        return
    threshold = state.workspace().settings.fast_verify_seconds
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
    sig = signatures(store, case_id)
    if sig.empty:
        st.caption("No line is verified yet.")
    else:
        st.dataframe(sig, hide_index=True, width="stretch")
    signed = sign_offs(store, case_id)
    if not signed.empty:
        st.dataframe(signed, hide_index=True, width="stretch")
    who = state.user()
    if who and allowed(who[1], "sign_off"):
        st.button(f"Sign off {case_id}", icon="🖊", key="sign-off", on_click=_sign_off, args=(case_id,),
                  help="Allowed only when every line is verified and no check fails.")
