"""Back-office storage through SQLAlchemy Core: one code path for SQLite and PostgreSQL.

Each record is stored once per idempotency key (a unique constraint plus ``ON CONFLICT DO
NOTHING``); refused duplicates are counted. The personal part of a submission (its fields
and the 個人番号) is sealed at rest with the back office's own AES-GCM key ring, and so is
each payable the 標準準拠システム registers (its payer's name and address). Tables are
created when missing, so a database from an older version gains the new ones on start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from devices.filemode import private_sqlite_file
from kiosk.backoffice.payable_rules import (
    checked_batch,
    identity_of,
    payable_key,
    still_payable,
    withdrawal_keys,
)
from kiosk.backoffice.schemas import EventRecord, Record
from kiosk.backoffice.validate import parsed_records, validate_batch
from kiosk.payments.payable import Payable
from kiosk.store.audit import GENESIS, entry_hash
from kiosk.store.crypto import KeyRing

metadata = MetaData()
submissions = Table(
    "submissions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("idem_key", String(120), nullable=False, unique=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("visit_id", String(64), nullable=False),
    Column("procedure", String(200), nullable=False),
    Column("channel", String(16), nullable=False),
    Column("form_sha256", String(64), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("received_at", Float, nullable=False),
    Column("sealed", LargeBinary, nullable=False),
)
events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("idem_key", String(120), nullable=False, unique=True),
    Column("kiosk_id", String(64), nullable=False),
    Column("visit_id", String(64), nullable=False),
    Column("event", String(32), nullable=False),
    Column("procedure", String(200)),
    Column("channel", String(16), nullable=False),
    Column("at", Float, nullable=False),
    Column("received_at", Float, nullable=False),
)
counters = Table(
    "counters", metadata,
    Column("name", String(64), primary_key=True),
    Column("value", BigInteger, nullable=False),
)
remote_audit = Table(
    "remote_audit", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", Float, nullable=False),
    Column("action", String(32), nullable=False),
    Column("actor", String(64), nullable=False),
    Column("detail", String(4000), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)
payables = Table(
    "payables", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("payable_key", String(600), nullable=False, unique=True),
    Column("notice_number", String(64), nullable=False, index=True),
    Column("municipality_code", String(6), nullable=False),
    Column("payment_deadline", String(10), nullable=False),  # ISO date: compares as text
    Column("registered_by", String(64), nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("withdrawn_at", Float),
    Column("sealed", LargeBinary, nullable=False),  # the whole payable, payer included
)
DUPLICATES = "duplicates_refused"
REMOTE_ACTIONS = frozenset({"remote_join", "remote_leave", "remote_edit", "remote_conflict",
                            "remote_print", "remote_refused", "remote_end", "remote_revoked"})


class BackofficeStoreError(Exception):
    """The back-office database is unreachable or refused the operation (one line)."""


class BackofficeStore:
    def __init__(self, url: str, keys: KeyRing) -> None:
        self.keys = keys
        self.dialect = dialect_of(url)
        self.engine = _engine(url, self.dialect)
        # SQLite has one writer; serialising here avoids busy errors under concurrent kiosks.
        self._writer = threading.Lock() if self.dialect == "sqlite" else None
        self._audit_lock = threading.Lock()  # one chain: appends never interleave
        try:
            metadata.create_all(self.engine)
            with self.engine.begin() as conn:
                _insert(self.dialect, counters, {"name": DUPLICATES, "value": 0}, conn)
        except SQLAlchemyError as error:
            self.engine.dispose()
            raise BackofficeStoreError(_one_line(error)) from None

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._writer or contextlib.nullcontext(), _database_errors(), \
                self.engine.begin() as conn:
            yield conn

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        with _database_errors(), self.engine.connect() as conn:
            yield conn

    def ingest(self, records: list[dict[str, Any]]) -> list[tuple[str, str]]:
        """Store new records, refuse known keys, reject malformed ones; returns per record
        ("stored" | "duplicate" | "rejected", reason)."""
        validate_batch(records)
        parsed = parsed_records(records)
        now = time.time()
        results: list[tuple[str, str]] = []
        with self._write() as conn:
            for record, problem in parsed:
                if record is None:
                    results.append(("rejected", problem))
                    continue
                table, row = self._row(record, now)
                stored = _insert(self.dialect, table, row, conn)
                results.append(("stored" if stored else "duplicate", ""))
            refused = sum(1 for status, _ in results if status == "duplicate")
            if refused:
                conn.execute(update(counters).where(counters.c.name == DUPLICATES)
                             .values(value=counters.c.value + refused))
        return results

    def _row(self, record: Record, now: float) -> tuple[Table, dict[str, Any]]:
        common = {"idem_key": record.key, "kiosk_id": record.kiosk_id,
                  "visit_id": record.visit_id, "received_at": now}
        if isinstance(record, EventRecord):
            body = record.body
            return events, {**common, "event": body.event, "procedure": record.procedure,
                            "channel": body.channel, "at": body.at}
        secret = {"fields": record.personal or {}, "my_number": record.my_number}
        sealed = self.keys.seal(json.dumps(secret, ensure_ascii=False).encode("utf-8"),
                                f"{record.key}:submission")
        return submissions, {**common, "procedure": record.procedure,
                             "channel": record.body.channel,
                             "form_sha256": record.body.form_sha256,
                             "created_at": record.created_at, "sealed": sealed}

    def submissions(self, after_id: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
        query = select(submissions).where(submissions.c.id > after_id).order_by(submissions.c.id)
        if limit is not None:
            query = query.limit(limit)
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [self._decrypted(dict(row)) for row in rows]

    def _decrypted(self, row: dict[str, Any]) -> dict[str, Any]:
        secret = json.loads(self.keys.open(row.pop("sealed"), f"{row['idem_key']}:submission"))
        row["fields"] = secret["fields"]
        row["my_number"] = secret["my_number"]
        return row

    def put_payables(self, items: Any, by: str, today: dt.date) -> dict[str, int]:
        """Register or replace payables (all checked first: a bad one stores nothing)."""
        checked = checked_batch(items, today)
        now = time.time()
        rows = [self._payable_row(payable, by, now) for payable in checked]
        keys = [row["payable_key"] for row in rows]
        module = sqlite if self.dialect == "sqlite" else postgresql
        with self._write() as conn:
            known = set(conn.execute(select(payables.c.payable_key)
                                     .where(payables.c.payable_key.in_(keys))).scalars())
            for row in rows:
                statement = module.insert(payables).values(**row)
                conn.execute(statement.on_conflict_do_update(
                    index_elements=[payables.c.payable_key],
                    set_={name: statement.excluded[name] for name in row
                          if name != "payable_key"}))
        return {"created": len(keys) - len(known), "updated": len(known)}

    def _payable_row(self, payable: Payable, by: str, now: float) -> dict[str, Any]:
        key = payable_key(identity_of(payable))
        text = json.dumps(payable.to_json(), ensure_ascii=False)
        return {"payable_key": key, "notice_number": payable.notice_number,
                "municipality_code": payable.municipality_code,
                "payment_deadline": payable.elqr_fields.payment_deadline.isoformat(),
                "registered_by": by, "updated_at": now, "withdrawn_at": None,
                "sealed": self.keys.seal(text.encode("utf-8"), f"{key}:payable")}

    def withdraw_payables(self, items: Any) -> int:
        """Withdraw payables (paid, cancelled); the payer's data is dropped with them."""
        keys = withdrawal_keys(items)
        with self._write() as conn:
            result = conn.execute(update(payables).where(
                payables.c.payable_key.in_(keys), payables.c.withdrawn_at.is_(None))
                .values(withdrawn_at=time.time(), sealed=b""))
        return int(result.rowcount)

    def payables_for(self, notice_number: str, today: dt.date) -> list[dict[str, Any]]:
        """The payables of a notice that can still be paid today (not withdrawn)."""
        query = (select(payables.c.payable_key, payables.c.sealed)
                 .where(payables.c.notice_number == notice_number,
                        payables.c.withdrawn_at.is_(None),
                        payables.c.payment_deadline >= today.isoformat())
                 .order_by(payables.c.id))
        with self._read() as conn:
            rows = conn.execute(query).all()
        found = [json.loads(self.keys.open(sealed, f"{key}:payable")) for key, sealed in rows]
        return [data for data in found if still_payable(data, today)]

    def events(self) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(events).order_by(events.c.id)).mappings().all()
        return [dict(row) for row in rows]

    def record_remote(self, action: str, actor: str, detail: dict[str, Any]) -> int:
        """Append one entry to the remote-window audit chain (no personal data in detail)."""
        if action not in REMOTE_ACTIONS:
            raise ValueError(f"unknown remote audit action {action!r}")
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        with self._audit_lock, self._write() as conn:
            last = conn.execute(select(remote_audit.c.seq, remote_audit.c.hash)
                                .order_by(remote_audit.c.seq.desc()).limit(1)).first()
            seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
            at = time.time()
            conn.execute(remote_audit.insert().values(
                seq=seq, at=at, action=action, actor=actor, detail=text, prev_hash=prev,
                hash=entry_hash(seq, at, action, actor, text, prev)))
        return int(seq)

    def remote_audit(self) -> list[dict[str, Any]]:
        """The remote-window audit entries in order, each checked against its chain."""
        with self._read() as conn:
            rows = conn.execute(select(remote_audit).order_by(remote_audit.c.seq)).mappings()
            entries = [dict(row) for row in rows]
        prev = GENESIS
        for entry in entries:
            entry["chain_ok"] = (entry["prev_hash"] == prev and entry["hash"] == entry_hash(
                entry["seq"], entry["at"], entry["action"], entry["actor"], entry["detail"],
                entry["prev_hash"]))
            prev = entry["hash"]
            entry["detail"] = json.loads(entry["detail"])
        return entries

    def stats(self) -> dict[str, int]:
        with self._read() as conn:
            subs = conn.execute(select(func.count()).select_from(submissions)).scalar_one()
            evs = conn.execute(select(func.count()).select_from(events)).scalar_one()
            dups = conn.execute(select(counters.c.value)
                                .where(counters.c.name == DUPLICATES)).scalar_one()
        return {"distinct_records": int(subs + evs), "submissions": int(subs),
                "events": int(evs), "duplicates_refused": int(dups)}


def dialect_of(url: str) -> str:
    """sqlite or postgresql; anything else is refused in one line."""
    dialect = url.split(":", 1)[0].split("+", 1)[0]
    if dialect not in ("sqlite", "postgresql"):
        raise BackofficeStoreError(f"未対応のデータベースURLです / unsupported database URL "
                                   f"(use sqlite:/// or postgresql+psycopg://): {url}")
    return dialect


def _engine(url: str, dialect: str) -> Engine:
    if dialect != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_size=10)
    _private_sqlite(url)
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged record survives power loss
        cursor.close()

    return engine


def _private_sqlite(url: str) -> None:
    """The database file 0600 before SQLite opens it (its -wal/-shm files copy the mode)."""
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    try:
        private_sqlite_file(Path(database))
    except OSError as error:
        raise BackofficeStoreError(f"cannot open the database ({error.strerror}): "
                                   f"{database}") from None


def _insert(dialect: str, table: Table, row: dict[str, Any], conn: Connection) -> bool:
    """INSERT … ON CONFLICT DO NOTHING; True when the row was new."""
    module = sqlite if dialect == "sqlite" else postgresql
    statement = (module.insert(table).values(**row).on_conflict_do_nothing()
                 .returning(*table.primary_key))  # rowcount is unreliable with RETURNING
    return conn.execute(statement).first() is not None


@contextlib.contextmanager
def _database_errors() -> Iterator[None]:
    """SQLAlchemy errors carry the statement's parameters; only the driver's first line goes on."""
    try:
        yield
    except SQLAlchemyError as error:
        raise BackofficeStoreError(_one_line(error)) from None


def _one_line(error: BaseException) -> str:
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    return f"バックオフィスのデータベースエラー / back-office database error: " \
           f"{text[0] if text else type(error).__name__}"
