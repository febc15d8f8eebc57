"""``chronology reindex``: re-embed a case's passages with the selected embedding build.

Every case's Chroma collection records the model build that made its vectors (``fp32`` sentence-
transformers or the local ``int8`` ONNX build, chosen by ``CHRONOLOGY_EMBEDDINGS``); vectors of two
builds are never mixed, so switching build means re-embedding. ``register(app)`` adds the command.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

CaseOpt = Annotated[str, typer.Option("--case", "-c", help="Case name (an identifier such as 're-s').")]


def register(app: typer.Typer) -> None:
    @app.command()
    def reindex(case: CaseOpt,
                as_json: Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")] = False) -> None:
        """Re-embed a case's passages with the build CHRONOLOGY_EMBEDDINGS selects (fp32, int8 or fp32-onnx)."""
        from chronology.workspace import Workspace

        ws = Workspace()
        if ws.store.get_case(case) is None:
            known = ", ".join(c.id for c in ws.store.list_cases()) or "none yet"
            typer.echo(f"No case named '{case}' (cases: {known}).", err=True)
            raise typer.Exit(2)
        before = ws.index.model_of(case)
        docs = ws.store.documents(case)
        n = ws.index.reindex(case, ((d, ws.store.passages(case, d.id)) for d in docs))
        if as_json:
            typer.echo(json.dumps({"case": case, "from": before, "to": ws.index.model_id, "passages": n}))
        else:
            typer.echo(f"Case {case}: {n} passages re-embedded with {ws.index.model_id} (was {before or 'none'}).")
