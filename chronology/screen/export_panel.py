"""What stands between the chronology and court, and the draft that can always be downloaded.

The panel asks ``verify.gate`` (the same gate the export itself uses), so what it lists is exactly
what would refuse a court export. A draft export is always possible and says DRAFT on every page.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import streamlit as st

from chronology.screen import state
from chronology.store import Store

FORMATS = {"docx": "Word (DOCX)", "pdf": "PDF", "csv": "Spreadsheet (CSV)", "json": "Data (JSON)"}
MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf": "application/pdf", "csv": "text/csv", "json": "application/json"}
SHOW_PROBLEMS = 60


def gate_result(case_id: str, refresh: bool = False):
    """The gate's verdict, kept until the case's lines change (the gate re-checks every line)."""
    from verify.gate import gate

    data = state.case_data(case_id)
    memo = state.ss().get("gate_memo")
    if not refresh and memo and memo[0] == (case_id, data.fingerprint):
        return memo[1]
    result = gate(state.store(), case_id)
    data = state.case_data(case_id)  # the gate stores fresh check results; pick them up
    state.ss()["gate_memo"] = ((case_id, data.fingerprint), result)
    return result


def exporter(store: Store, case_id: str, fmt: str, user: str, draft: bool) -> Callable[[], bytes]:
    """A function the download button calls on click, so the file (and its audit row) is made only then."""
    def make() -> bytes:
        from chronology.export import export_case

        with tempfile.TemporaryDirectory(prefix="chronology-export-") as tmp:
            out = Path(tmp) / f"{case_id}.{fmt}"
            export_case(store, case_id, fmt, out, draft=draft, user=user)
            return out.read_bytes()
    return make


def _problems(result) -> None:
    n = len(result.problems)
    st.error(f"**Not ready for court: {n} problem{'s' if n != 1 else ''} must be resolved first.**",
             icon=":material/block:")
    shown = result.problems[:SHOW_PROBLEMS]
    with st.container(height=260 if n > 8 else "content", border=True):
        st.markdown("\n".join(f"- {p}" for p in shown))
        if n > SHOW_PROBLEMS:
            st.caption(f"…and {n - SHOW_PROBLEMS} more. Filter the list by status ‘● Unverified’ "
                       "to work through them.")


def panel(case_id: str) -> None:
    who = state.user()
    if who is None:
        return
    st.subheader("Court export")
    refresh = st.button("Check again", icon=":material/refresh:", key="gate-refresh")
    with st.spinner("Checking every line against its sources…"):
        result = gate_result(case_id, refresh)
    store = state.store()
    if result.ok:
        st.success(f"**Ready for court:** all {len(result.included)} lines are verified and no check fails.",
                   icon=":material/check_circle:")
        fmt = st.selectbox("Format", list(FORMATS), format_func=FORMATS.get, key="court-fmt")
        st.download_button(f"Download the court chronology ({FORMATS[fmt]})", icon=":material/download:",
                           data=exporter(store, case_id, fmt, who[0], draft=False), file_name=f"{case_id}.{fmt}",
                           mime=MIME[fmt], key="court-download", type="primary", on_click="ignore")
    else:
        _problems(result)
    st.subheader("Draft export")
    st.markdown("A draft can be downloaded at any time. It is marked **DRAFT** on every page and lists what is "
                "still unverified, so it cannot be mistaken for the checked chronology.")
    fmt = st.selectbox("Draft format", list(FORMATS), format_func=FORMATS.get, key="draft-fmt")
    st.download_button(f"Download DRAFT ({FORMATS[fmt]})", icon=":material/download:",
                       data=exporter(store, case_id, fmt, who[0], draft=True),
                       file_name=f"{case_id}-DRAFT.{fmt}", mime=MIME[fmt], key="draft-download", on_click="ignore")
