"""Nothing leaves the machine.

1. The test run's own guard is on: pytest-socket allows only loopback, so any connection elsewhere raises.
2. The whole pipeline — ingest → draft → verify → export (JSON, DOCX) — and the review screen's start-up
   (Streamlit answering on 127.0.0.1) run inside a network namespace whose only interface is loopback
   (``unshare -n``, as root), so a hidden download or telemetry call would fail the run, not pass silently.
3. No model-hub or Chroma cache appears under HOME (a temp folder here).
4. Every export states the audit chain head, and ``audit --check --against EXPORT.json`` detects deletion
   of the newest audit rows.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.helpers import make_case_folder

ROOT = Path(__file__).resolve().parent.parent
CASE = "re-off"

DRIVER = textwrap.dedent('''
    import json, os, subprocess, sys, time, urllib.request
    cli = [sys.executable, "-m", "chronology.cli"]
    folder, out, port = sys.argv[1], sys.argv[2], sys.argv[3]
    steps = {}
    def run(name, *args):
        p = subprocess.run([*cli, *args], capture_output=True, text=True, timeout=300)
        steps[name] = {"code": p.returncode, "out": p.stdout[-2000:], "err": p.stderr[-2000:]}
        return p
    # prove the namespace has no route out: a connection to a public address must fail at once
    import socket
    try:
        socket.create_connection(("10.255.255.1", 80), timeout=3).close()
        steps["no_route"] = False
    except OSError:
        steps["no_route"] = True
    run("ingest", "ingest", folder, "--case", "re-off", "--quiet")
    run("draft", "draft", "--case", "re-off", "--quiet")
    checked = json.loads(run("entries", "check-entries", "--case", "re-off", "--json", "--all").stdout or "[]")
    ok = [e["id"] for e in checked if e.get("level") != "fail"]
    if ok:
        run("verify", "verify", str(ok[0]), "--by", "Jane", "--case", "re-off")
    run("export_json", "export", "--case", "re-off", "--draft", "--out", out + ".json", "--quiet")
    run("export_docx", "export", "--case", "re-off", "--draft", "--out", out + ".docx", "--quiet")
    app = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
                            "--server.address", "127.0.0.1", "--server.port", port,
                            "--browser.gatherUsageStats", "false"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    health = page = None
    for _ in range(120):
        time.sleep(0.5)
        try:
            health = urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2).status
            page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).status
            break
        except Exception:
            if app.poll() is not None:
                break
    app.kill()
    steps["streamlit"] = {"health": health, "page": page, "log": (app.communicate()[0] or "")[-2000:]}
    print(json.dumps(steps))
''')


def test_socket_guard_is_on():
    """pytest-socket is active for every test: only loopback may be reached."""
    from pytest_socket import SocketConnectBlockedError

    with pytest.warns(UserWarning), pytest.raises(SocketConnectBlockedError, match="10.255.255.1"):
        socket.create_connection(("10.255.255.1", 80), timeout=1)
    s = socket.socket()  # loopback stays allowed (the review screen and a local Chroma server need it)
    s.bind(("127.0.0.1", 0))
    s.close()


def _namespace_ok() -> str | None:
    if os.geteuid() != 0:
        return "needs root for `unshare -n` (a network namespace with only loopback)"
    if not shutil.which("unshare"):
        return "needs `unshare` (util-linux)"
    if not shutil.which("ip"):
        return "needs `ip` (Debian package iproute2) to bring loopback up inside the namespace"
    probe = subprocess.run(["unshare", "-n", "sh", "-c", "ip link set lo up"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"`unshare -n` is not permitted here: {probe.stderr.strip()}"
    return None


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def test_whole_pipeline_and_review_screen_run_with_no_network(tmp_path, isolated_home):
    why = _namespace_ok()
    if why:
        pytest.skip(why)
    folder = make_case_folder(tmp_path / "folder")
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    out = tmp_path / "chronology"
    env = dict(os.environ, PYTHONPATH=str(ROOT), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):  # the program must set these itself, not the test
        env.pop(var, None)
    script = f"ip link set lo up && exec {sys.executable} {driver} {folder} {out} {_free_port()}"
    done = subprocess.run(["unshare", "-n", "sh", "-c", script], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=400)
    assert done.returncode == 0, done.stderr[-3000:]
    steps = json.loads(done.stdout.strip().splitlines()[-1])
    assert steps["no_route"], "the namespace must have no route out"
    for name in ("ingest", "draft", "entries", "verify", "export_json", "export_docx"):
        assert steps[name]["code"] == 0, (name, steps[name])
    assert "verified by Jane" in steps["verify"]["out"]
    assert steps["streamlit"]["health"] == 200 and steps["streamlit"]["page"] == 200, steps["streamlit"]["log"]

    # nothing was cached or downloaded into the user's home
    home = Path(os.environ["HOME"])
    for cache in (".cache/chroma", ".cache/huggingface", ".cache/torch/sentence_transformers"):
        assert not (home / cache).exists(), f"{cache} was created under HOME"

    # every export states the chain head; deleting the newest rows is detected against the JSON export
    from chronology.cli import app
    from chronology.workspace import Workspace
    from verify import audit

    doc = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    rows, seal = doc["audit_head"]["rows"], doc["audit_head"]["hash"]
    assert rows >= 4 and f"row {rows} (seal {seal})" in doc["statement"]
    with zipfile.ZipFile(out.with_suffix(".docx")) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    docx_rows = rows + 1  # the DOCX was exported after the JSON, whose own export row it sees
    ws = Workspace()
    docx_seal = next(r["hash"] for r in audit.rows(ws.store, CASE) if r["seq"] == docx_rows)
    assert f"row {docx_rows}" in xml and docx_seal[:16] in xml, "the DOCX statement names the chain head"
    runner = CliRunner()
    against = ["audit", "--case", CASE, "--check", "--against", str(out.with_suffix(".json"))]
    assert runner.invoke(app, against).exit_code == 0
    from sqlalchemy import delete

    from chronology import schema

    with ws.store.transaction() as conn:  # someone removes the newest rows, including the JSON's head
        conn.execute(delete(schema.audit).where(schema.audit.c.case_id == CASE, schema.audit.c.seq >= rows))
    assert audit.check(ws.store, CASE).ok, "the chain alone cannot tell"
    r = runner.invoke(app, ["audit", "--case", CASE, "--check"])
    assert r.exit_code == 1 and f"rows {rows}" in r.output and "missing from the log" in r.output, "the witness can"
    r = runner.invoke(app, against)
    assert r.exit_code == 1 and f"rows {rows}" in r.output and "were deleted" in r.output
