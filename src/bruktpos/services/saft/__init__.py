"""The SAF-T Cash Register export: one file for the tax office, for a period, every register.

:meth:`SaftService.export` writes the file Skatteetaten's schema describes
(``Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd``; the mapping is in the
modules of this package: :mod:`.master` for the header and master data,
:mod:`.register` for each register's events and transactions,
:mod:`.report` for the X and Z reports). It is named as Skatteetaten's
example is, ``SAF-T_Cash_Register_<org. number>_<YYYYMMDDhhmmss>.xml``
(:func:`file_name`), when the target given is a folder.

The schema has no place for keys, so each register's public keys are
written beside the file, one PEM file per key version:
``<file>.<register>-<keyVersion>.pem`` (:func:`key_file`). With them and the
file alone every signature chain can be checked again. A register that signs
with HMAC-SHA1 has no public key: its secret is never written out, and the
result names the register (``hmac_registers``) so the person exporting can
tell the tax office to ask for the secret separately.

The export reads one snapshot of the shop file in batches and writes the
XML as it goes, so memory stays bounded however long the period; progress
is reported as a fraction from 0 to 1. The file is written beside its target
and moved into place only when complete, in the same transaction as its
journal entry (``saft_export``, 13020 "export of journal"): a failed export
leaves neither a file nor an entry. Only a shop leader or an administrator
may export (:attr:`Action.EXPORT_SAFT`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from bruktpos.domain.errors import ExportNotWritten, InvalidExportPeriod
from bruktpos.domain.people import Operator
from bruktpos.domain.roles import Action, require
from bruktpos.services.clock import Clock, local_now
from bruktpos.services.export_files import temporary_beside
from bruktpos.services.saft.master import (
    Register,
    Shop,
    load_catalogue,
    load_registers,
    load_shop,
    write_address,
    write_company_head,
    write_header,
    write_master,
)
from bruktpos.services.saft.register import write_events, write_transactions
from bruktpos.services.saft.xml import auditfile, clipped
from bruktpos.store import journal
from bruktpos.store.db import Database
from bruktpos.store.journal import Event
from bruktpos.store.prepared import cursor

Progress = Callable[[float], None]


def file_name(org_number: str, at: datetime) -> str:
    """The name Skatteetaten's example has: ``SAF-T_Cash_Register_999999999_20210330104000.xml``."""
    return f"SAF-T_Cash_Register_{org_number}_{at:%Y%m%d%H%M%S}.xml"


def key_file(xml: Path, register_code: str, key_version: int) -> Path:
    """Where a register's public key of one version is written: beside ``xml``."""
    return xml.with_name(f"{xml.name}.{register_code}-{key_version}.pem")


def software_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bruktpos")
    except PackageNotFoundError:  # a source tree that was never installed
        from bruktpos import __version__

        return __version__


@dataclass(frozen=True)
class SaftExport:
    """What an export wrote."""

    path: Path
    key_files: tuple[Path, ...]
    hmac_registers: tuple[str, ...]  # registers signing with a secret: no key file, ask for it apart
    registers: int
    transactions: int
    events: int
    start: date
    end: date


class SaftService:
    """SAF-T Cash Register files of one shop."""

    def __init__(self, db: Database, *, register_id: int | None = None, clock: Clock = local_now) -> None:
        self.db = db
        self.register_id = register_id  # this PC's register, named in the journal entry
        self.clock = clock

    def default_name(self) -> str:
        """The file name an export made now gets."""
        with self.db.read() as session:
            org_number = load_shop(session).org_number
        return file_name(org_number, self.clock())

    def export(
        self,
        start: date,
        end: date,
        target: Path,
        *,
        by: Operator,
        progress: Progress | None = None,
    ) -> SaftExport:
        """Write the period's file to ``target`` (a file, or a folder to name it in).

        Raises :class:`PermissionDenied`, :class:`InvalidExportPeriod` (``end``
        before ``start``) or :class:`ExportNotWritten` (the folder or disk
        refused); nothing is left behind then.
        """
        require(by.role, Action.EXPORT_SAFT)
        if end < start:
            raise InvalidExportPeriod(start, end)
        now = self.clock()
        report = progress or (lambda _fraction: None)
        with self.db.read() as session:
            shop = load_shop(session)
            registers = load_registers(session)
            keys = session.execute(
                text(
                    "SELECT register_id, key_version, public_key FROM signing_keys "
                    "ORDER BY register_id, key_version"
                )
            ).all()
            path = target / file_name(shop.org_number, now) if target.is_dir() else target
            temporary = temporary_beside(path)
            try:
                transactions, events = _write(
                    session,
                    temporary,
                    shop=shop,
                    registers=registers,
                    start=start,
                    end=end,
                    now=now,
                    by=by,
                    progress=report,
                )
            except BaseException as error:  # OSError: the disk filled up, the stick was pulled …
                temporary.unlink(missing_ok=True)
                if isinstance(error, OSError):
                    raise ExportNotWritten(str(path), error.strerror or str(error)) from error
                raise
        codes = {r.id: r.code for r in registers}
        written: list[Path] = []
        hmac: list[str] = []
        try:
            for register_id, version, public in keys:
                if public:
                    pem = key_file(path, codes[register_id], version)
                    pem.write_text(public, encoding="ascii")
                    written.append(pem)
                elif codes[register_id] not in hmac:
                    hmac.append(codes[register_id])
            with self.db.write() as session:
                journal.append(
                    session,
                    Event.SAFT_EXPORT,
                    at=now,
                    user_id=by.id,
                    register_id=self.register_id,
                    details={
                        "from": start.isoformat(),
                        "to": end.isoformat(),
                        "file": path.name,
                        "registers": len(registers),
                        "transactions": transactions,
                        "events": events,
                    },
                )
                os.replace(temporary, path)
        except BaseException as error:  # the keys, the journal entry and the file go together
            for pem in written:
                pem.unlink(missing_ok=True)
            if isinstance(error, OSError):
                raise ExportNotWritten(str(path), error.strerror or str(error)) from error
            raise
        finally:
            temporary.unlink(missing_ok=True)
        report(1.0)
        return SaftExport(
            path=path,
            key_files=tuple(written),
            hmac_registers=tuple(hmac),
            registers=len(registers),
            transactions=transactions,
            events=events,
            start=start,
            end=end,
        )


def _write(
    session: Session,
    temporary: Path,
    *,
    shop: Shop,
    registers: list[Register],
    start: date,
    end: date,
    now: datetime,
    by: Operator,
    progress: Progress,
) -> tuple[int, int]:
    """The whole file, from one read snapshot; returns (transactions, events) written."""
    journal_start, journal_end = start.isoformat(), (end + timedelta(days=1)).isoformat()
    catalogue = load_catalogue(session)
    conn = cursor(session.connection()).connection
    total = conn.execute(
        "SELECT (SELECT count(*) FROM sales WHERE business_date >= ? AND business_date <= ?)"
        " + (SELECT count(*) FROM journal WHERE at >= ? AND at < ?)",
        (start.isoformat(), end.isoformat(), journal_start, journal_end),
    ).fetchone()[0]
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        progress(min(done / max(total, 1), 0.99))

    transactions = events = 0
    with auditfile(str(temporary)) as out:
        write_header(
            out,
            start=start,
            end=end,
            now=now,
            version=software_version(),
            user_id=by.id,
            registers=len(registers),
        )
        with out.element("company"):
            write_company_head(out, shop)
            write_master(
                session,
                out,
                shop=shop,
                start=start,
                end=end,
                journal_start=journal_start,
                journal_end=journal_end,
            )
            with out.element("location"):
                out.leaf("name", clipped(shop.name, 100))
                write_address(out, shop)
                for n, register in enumerate(registers):
                    with out.element("cashregister"):
                        out.leaf("registerID", register.code)
                        out.leaf("regDesc", clipped(register.name, 999))
                        out.newline()
                        events += write_events(
                            out,
                            conn,
                            register,
                            with_shop_events=n == 0,
                            journal_start=journal_start,
                            journal_end=journal_end,
                            category_ids=catalogue.category_names,
                            step=step,
                        )
                        transactions += write_transactions(
                            out, conn, register, start=start, end=end, step=step
                        )
    return transactions, events
