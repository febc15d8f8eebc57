"""Append-only numbered migrations, recorded in ``schema_migrations`` so an old store always opens.

Rule: never edit a released migration; add ``m00N_…`` below it. Each later migration must be
additive and check before it alters (a fresh store gets the current tables from m001).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import Column, Connection, Engine, Integer, String, inspect, select

from chronology import schema

Migration = Callable[[Connection], None]
MIGRATIONS: list[tuple[int, str, Migration]] = []


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS.append((version, name, fn))
        return fn

    return register


@migration(1, "initial schema")
def m001_initial(conn: Connection) -> None:
    schema.metadata.create_all(conn, checkfirst=True)


@migration(2, "views: which cited source was shown to whom")
def m002_views(conn: Connection) -> None:
    if not inspect(conn).has_table("views"):
        schema.views.create(conn)


@migration(3, "assignments: who works on which case; users.team")
def m003_assignments(conn: Connection) -> None:
    _add_columns(conn, "users", [Column("team", String(200), nullable=True)])
    if not inspect(conn).has_table("assignments"):
        schema.assignments.create(conn)


def _add_columns(conn: Connection, table: str, columns: list[Column]) -> None:
    """Add the columns a table lacks (additive only: existing rows keep their values)."""
    insp = inspect(conn)
    if not insp.has_table(table):
        return
    have = {c["name"] for c in insp.get_columns(table)}
    for column in columns:
        if column.name not in have:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column.name} {column.type.compile(conn.dialect)}")


@migration(4, "users: password hash and email for signing in to the review screen")
def m004_sign_in(conn: Connection) -> None:
    _add_columns(conn, "users", [Column("password_hash", String(200), nullable=True),
                                 Column("email", String(320), nullable=True)])


@migration(5, "users: failed sign-ins in a row, for locking an account")
def m005_lockout(conn: Connection) -> None:
    _add_columns(conn, "users", [Column("failed_sign_ins", Integer, nullable=True)])


@migration(6, "statement_vectors: the draft's statement vectors, so none is embedded twice")
def m006_statement_vectors(conn: Connection) -> None:
    if not inspect(conn).has_table("statement_vectors"):
        schema.statement_vectors.create(conn)


def applied_versions(engine: Engine) -> set[int]:
    if not inspect(engine).has_table("schema_migrations"):
        return set()
    with engine.connect() as conn:
        return {row[0] for row in conn.execute(select(schema.schema_migrations.c.version))}


def pending(engine: Engine) -> list[tuple[int, str]]:
    done = applied_versions(engine)
    return [(v, n) for v, n, _ in sorted(MIGRATIONS) if v not in done]


def migrate(engine: Engine) -> list[int]:
    """Apply every pending migration, each in its own transaction; return the versions applied."""
    applied: list[int] = []
    done = applied_versions(engine)
    for version, name, fn in sorted(MIGRATIONS):
        if version in done:
            continue
        with engine.begin() as conn:
            if version == 1:
                schema.schema_migrations.create(conn, checkfirst=True)
            fn(conn)
            conn.execute(
                schema.schema_migrations.insert().values(
                    version=version, name=name, applied_at=datetime.now(timezone.utc)
                )
            )
        applied.append(version)
    return applied
