"""``bruktpos restore``: put a backup back in place of the shop's database file.

For the day the shop file is lost, damaged, or wrong: a shop leader or IT
helper names the shop file and a backup (one ``bruktpos backup`` or the till
made). Nothing is replaced until everything below holds; a refusal changes
nothing, and says in one sentence why.

1. The backup is a BruktPOS shop file (the till's own first look,
   :func:`bruktpos.store.quick.shop_file_problem`), not from a newer
   BruktPOS. It is copied with SQLite's online backup into a folder beside
   the shop file (a folder that cannot be written is found out here, before
   anything else), and that copy — exactly what will be put in place — is
   checked by :func:`bruktpos.store.integrity.verify_database`, the checks
   of ``bruktpos verify``: SQLite's integrity check, the journal's hash
   chain, every sale's signature chain, gap-free receipt numbers. A backup
   from an older BruktPOS is checked on an upgraded scratch copy, and goes
   in as it is: the till upgrades it at its next start, after its usual
   backup before an upgrade.
2. It is the same shop (organisation number) as the file it replaces, or
   ``--other-shop`` says that another shop's data is meant.
3. Nothing has the shop file open: a till keeps its connections open while
   it runs, and each holds a shared lock on a file in WAL mode (as the till
   keeps it), so no one else can take SQLite's exclusive lock (see
   :func:`_alone_on`). The till must be closed first.
4. The person has read what the backup holds and what it replaces, and typed
   YES (or gave ``--yes``).

Then the file there now is kept beside it as
``<name>-before-restore-<time>.sqlite3`` (SQLite's online backup; a file too
damaged for SQLite is copied byte for byte), and the checked copy is moved
into place with one rename, after an fsync, with the old file's stale
``-wal``/``-shm`` removed first (a ``-wal`` left beside the new file would be
replayed into it). The shop file is held exclusively around both steps,
and if anything wrote to it meanwhile, nothing is replaced.

The restore is written to the log (:mod:`bruktpos.logs`), not to the shop's
journal: the journal has no event kind for it (SAF-T has no code, and an entry
would be the restored file's first change, before anyone at the till has seen
it). The till journals its own start on the restored file as usual.

Exit codes as the rest of ``bruktpos``: 0 restored; 1 refused by a rule
(another shop, a backup whose chains are broken, the answer was not YES);
2 could not (a file missing, damaged, locked, a folder that cannot be written).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import shutil
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from bruktpos.commands.checks import FAILED, OK, CommandFailed, file_reason, store_reason, whole_number
from bruktpos.domain.errors import NotAShopDatabase, ShopFileProblem, StoreProblem, StoreUnavailable
from bruktpos.domain.formatting import format_date, format_datetime
from bruktpos.store.quick import head_revision, shop_file_problem

if TYPE_CHECKING:
    from bruktpos.store.integrity import VerifyReport

log = logging.getLogger(__name__)

# Seconds to wait for another program to let go of the shop file before refusing.
LOCK_WAIT_S = 2
# What the shop file may be and still be replaced: a shop, nothing yet, or a file past using.
_REPLACEABLE = (
    ShopFileProblem.MISSING,
    ShopFileProblem.EMPTY,
    ShopFileProblem.NOT_SQLITE,
    ShopFileProblem.DAMAGED,
    ShopFileProblem.NEWER,
)
_BROKEN = (ShopFileProblem.EMPTY, ShopFileProblem.NOT_SQLITE, ShopFileProblem.DAMAGED)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    restore = sub.add_parser(
        "restore",
        help="put a backup back as the shop's database (checked first; the file there now is kept)",
    )
    restore.add_argument("--db", type=Path, required=True, dest="target", help="the shop database to replace")
    restore.add_argument("backup", type=Path, help="the backup file to put in its place")
    restore.add_argument(
        "--other-shop",
        action="store_true",
        help="the backup is of another shop (another organisation number), and that is meant",
    )
    restore.add_argument("--yes", action="store_true", help="do not ask for YES (for scripts)")
    restore.add_argument(
        "--wait",
        type=whole_number(0, 600),
        default=LOCK_WAIT_S,
        help=f"seconds to wait for another program to let go of the files (default {LOCK_WAIT_S})",
    )
    restore.set_defaults(handler=run)


@dataclass(frozen=True)
class ShopFacts:
    """What a shop file holds, in the words a shop leader recognises it by."""

    name: str
    org_number: str
    revision: str
    last_day: tuple[str, str] | None  # business date (ISO), status (open | closed)
    last_receipts: list[tuple[str, int, str]]  # per register: code, receipt number, when (ISO)
    last_entry: str | None  # the journal's newest entry (ISO)
    sales: int


def run(args: argparse.Namespace) -> int:
    """``bruktpos restore --db PATH BACKUP``; the exit code (see the module docstring)."""
    target: Path = args.target
    backup: Path = args.backup
    now_state = _target_state(target)
    _check_backup_file(backup, target)
    try:
        work = tempfile.TemporaryDirectory(prefix=".bruktpos-restore-", dir=target.parent)
    except OSError as error:
        raise CommandFailed(
            f"Cannot restore into {target.parent}: this user may not write there "
            f"({error.strerror or error}); nothing was changed."
        ) from error
    from bruktpos.store.keyfile import copy_keys

    with work as folder:
        copy = Path(folder) / "restored.sqlite3"
        _copy_backup(backup, copy, args.wait)
        checked = _verified(copy, backup, Path(folder))
        _check_keys(copy, target, backup)
        wanted = read_facts(copy)
        if wanted is None:
            raise CommandFailed(
                f"Cannot restore {backup}: it holds no shop (it was never set up); nothing was changed."
            )
        present = read_facts(target) if now_state in (None, ShopFileProblem.NEWER) else None
        if present is not None and present.org_number != wanted.org_number and not args.other_shop:
            raise CommandFailed(
                f"Refused: {backup} is a backup of another shop, {wanted.name} (org.nr. "
                f"{wanted.org_number}), not of {present.name} (org.nr. {present.org_number}); "
                "give --other-shop if that shop's data is meant to go here. Nothing was changed.",
                FAILED,
            )
        if target.exists():
            with _alone_on(target, args.wait):
                pass  # refused now, before anyone is asked, if a till has it open
        _tell(backup, wanted, checked, target, present, now_state)
        if not args.yes and not _confirmed():
            return FAILED
        kept = _put_in_place(copy, target, args.wait, now_state)
        # The restored file's keys into the shop's key folder (those there before went with the kept file).
        copy_keys(copy, target)
    log.info(
        "restored %s from %s (%s, org.nr. %s, schema %s); the file that was there is kept as %s",
        target,
        backup,
        wanted.name,
        wanted.org_number,
        wanted.revision,
        kept,
    )
    print(f"Restored {target} from {backup}.")
    if kept is not None:
        print(f"  The file that was there is kept as {kept}.")
    if wanted.revision != head_revision():
        print("  The till upgrades it at its next start, after taking a copy in backups/ beside it.")
    print("  Start the till; the people, prices and settings are the backup's.")
    return OK


# --- the files as they are ----------------------------------------------------------------


def _target_state(target: Path) -> str | None:
    """What is at the shop file's path now (a :class:`ShopFileProblem`, or None for a shop)."""
    folder = target.parent
    if not folder.is_dir():
        raise CommandFailed(f"Cannot restore to {target}: the folder {folder} does not exist.")
    problem = shop_file_problem(target)
    if problem is None:
        return None
    if problem.problem in _REPLACEABLE:
        return problem.problem
    if problem.problem == ShopFileProblem.FOREIGN:
        raise CommandFailed(
            f"Refused: {target} is another program's database, not a shop's ({problem.detail}); "
            "give the shop's own file as --db. Nothing was changed."
        )
    raise CommandFailed(f"Cannot restore to {target}: {file_reason(problem)}; nothing was changed.")


def _check_backup_file(backup: Path, target: Path) -> None:
    problem = shop_file_problem(backup)
    if problem is not None:
        raise CommandFailed(f"Cannot restore {backup}: {_backup_reason(problem)}; nothing was changed.")
    with contextlib.suppress(OSError):
        if target.exists() and backup.samefile(target):
            raise CommandFailed(f"Cannot restore {backup}: it is the shop file itself; give a backup of it.")


def _backup_reason(problem: NotAShopDatabase) -> str:
    """Why a file cannot be restored, as the end of a sentence (``file_reason`` for the rest)."""
    p, detail = ShopFileProblem, problem.detail
    reasons = {
        p.EMPTY: "it is empty, not a backup of a shop",
        p.NOT_SQLITE: "it is not a BruktPOS backup (not a SQLite database at all, or damaged at its start)",
        p.FOREIGN: f"it is a SQLite database, but not a BruktPOS shop ({detail})",
        p.DAMAGED: f"the backup is damaged ({detail}); take an older backup",
        p.NEWER: f"it was made by a newer version of BruktPOS ({detail}); update BruktPOS first",
    }
    return reasons.get(problem.problem) or file_reason(problem)


def _copy_backup(backup: Path, copy: Path, wait_s: float) -> None:
    """The backup, copied with SQLite's online backup beside the shop file (to be checked, then moved)."""
    from bruktpos.store.backup import copy_database

    try:
        copy_database(backup, copy, wait_s=wait_s)
    except (StoreUnavailable, sqlite3.Error, OSError) as error:
        typed = _typed(error, backup)
        if typed.problem == StoreProblem.CORRUPT:
            reason = f"the backup is damaged ({typed.detail}); take an older backup"
        elif typed.problem == StoreProblem.LOCKED:
            reason = store_reason(typed)
        else:
            reason = f"copying it beside the shop file failed: {store_reason(typed)}"
        raise CommandFailed(f"Cannot restore {backup}: {reason}; nothing was changed.") from error


def _typed(error: BaseException, path: Path) -> StoreUnavailable:
    """A failure of a file (SQLite's or the system's) as the store names it."""
    from bruktpos.store.failures import as_store_error

    if isinstance(error, StoreUnavailable):
        return error
    return as_store_error(error, path) or StoreUnavailable(StoreProblem.IO, str(path), str(error))


# --- the checks (verify's own) ------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    sales: int
    journal_entries: int
    upgraded_from: str | None  # an older schema, checked on an upgraded scratch copy


def _verified(copy: Path, backup: Path, scratch: Path) -> Checked:
    """``bruktpos verify``'s checks on the copy (an older schema: on an upgraded scratch copy)."""
    from bruktpos.store.integrity import verify_database

    report = _verify(verify_database, copy, backup)
    upgraded_from = None
    if not report.checked:  # integrity checked; the rest knows only this version's schema
        upgraded_from = report.revision
        report = _verify(verify_database, _upgraded(copy, backup, scratch), backup)
    if not report.ok:
        first = report.problems[0] if report.problems else "it could not be checked"
        raise CommandFailed(
            f"Refused: {backup} was changed outside BruktPOS ({first}); take another backup. "
            "Nothing was changed.",
            FAILED,
        )
    return Checked(report.sales, report.journal_entries, upgraded_from)


def _verify(verify_database: Callable[[Path], VerifyReport], path: Path, backup: Path) -> VerifyReport:
    try:
        return verify_database(path)
    except StoreUnavailable as error:
        raise CommandFailed(f"Cannot restore {backup}: {_damage(error)}; nothing was changed.") from error


def _damage(error: StoreUnavailable) -> str:
    if error.problem == StoreProblem.CORRUPT:
        return f"the backup is damaged ({error.detail}); take an older backup"
    return store_reason(error)


def _upgraded(copy: Path, backup: Path, scratch: Path) -> Path:
    """A scratch copy of an older backup, upgraded as the till would (thrown away afterwards)."""
    from bruktpos.domain.errors import BruktError
    from bruktpos.store.schema import open_database

    upgraded = scratch / "upgraded-for-checking.sqlite3"
    shutil.copyfile(copy, upgraded)
    try:
        open_database(upgraded, backup_dir=scratch / "before-upgrade").dispose()
    except (BruktError, sqlite3.Error) as error:
        raise CommandFailed(
            f"Cannot restore {backup}: this version of BruktPOS cannot upgrade it ({error}); "
            "nothing was changed."
        ) from error
    return upgraded


# --- the signing keys ---------------------------------------------------------------------


def _check_keys(copy: Path, target: Path, backup: Path) -> None:
    """Every key the backup's registers sign with is at hand: in the folder beside the backup, or the shop's.

    A backup of this release comes with its ``.keys`` folder (``bruktpos
    backup`` and the till copy it); one copied by hand may not. A key the
    backup lacks is taken from the shop's own folder when it is the same key
    (an RSA key must match its public record). Without its keys the restored
    shop could not sign a sale, so the restore is refused. A backup from
    before key files keeps its keys inside and is not checked here.
    """
    from bruktpos.domain.errors import SigningKeyUnusable
    from bruktpos.store.keyfile import RECORDS_SQL, copy_keys, key_folder, public_records, read_key

    with contextlib.closing(sqlite3.connect(copy.absolute().as_uri() + "?mode=ro", uri=True)) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(signing_keys)")}
        if "private_key" in columns:
            return
        records = public_records(conn.execute(RECORDS_SQL))
    copy_keys(target, copy, keep_existing=True)
    for record in records:
        try:
            read_key(copy, record)
        except SigningKeyUnusable as error:
            raise CommandFailed(
                f"Cannot restore {backup}: its signing key for register {record.register_id} "
                f"(version {record.key_version}) is not in {key_folder(backup)}, and the shop's own "
                f"folder {key_folder(target)} does not hold it either ({error.problem}); put the "
                f"backup's .keys folder beside it and try again. Nothing was changed."
            ) from error


# --- what the files hold ------------------------------------------------------------------


def read_facts(path: Path) -> ShopFacts | None:
    """Whose shop the file is and how far it goes (read-only; None if it cannot be read)."""
    from bruktpos.store.shopfile import open_read_only

    try:
        with open_read_only(path) as file:
            conn = file.conn
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            shop = conn.execute("SELECT name, org_number FROM shop ORDER BY id LIMIT 1").fetchone()
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            last_day = None
            if "business_days" in tables:
                last_day = conn.execute(
                    "SELECT business_date, status FROM business_days"
                    " ORDER BY business_date DESC, id DESC LIMIT 1"
                ).fetchone()
            receipts = conn.execute(
                "SELECT r.code, s.receipt_no, s.created_at"
                " FROM sales s JOIN registers r ON r.id = s.register_id"
                " WHERE s.training = 0 AND s.receipt_no = (SELECT max(receipt_no) FROM sales"
                " WHERE register_id = s.register_id AND training = 0) ORDER BY r.code"
            ).fetchall()
            (sales,) = conn.execute("SELECT count(*) FROM sales WHERE training = 0").fetchone()
            (last_entry,) = conn.execute("SELECT max(at) FROM journal").fetchone()
    except (StoreUnavailable, sqlite3.Error, TypeError):
        return None
    if shop is None:
        return None
    return ShopFacts(
        name=shop[0],
        org_number=shop[1],
        revision=str(revision),
        last_day=(str(last_day[0]), str(last_day[1])) if last_day else None,
        last_receipts=[(code, int(no), str(at)) for code, no, at in receipts],
        last_entry=last_entry,
        sales=int(sales),
    )


def _when(text: str | None) -> str:
    """An ISO time as Norwegians read it: 21.11.2026 17.03."""
    if not text:
        return "none"
    try:
        return format_datetime(datetime.fromisoformat(text), joiner=" ")
    except ValueError:
        return text


def _day(facts: ShopFacts) -> str:
    if facts.last_day is None:
        return "none"
    when, status = facts.last_day
    try:
        shown = format_date(datetime.fromisoformat(when))
    except ValueError:
        shown = when
    return f"{shown} ({'closed with its Z report' if status == 'closed' else 'still open'})"


def _receipts(facts: ShopFacts) -> str:
    if not facts.last_receipts:
        return "none (no sales)"
    return "; ".join(f"register {code} no. {no}, {_when(at)}" for code, no, at in facts.last_receipts)


def _describe(facts: ShopFacts) -> list[str]:
    return [
        f"  shop:          {facts.name}, org.nr. {facts.org_number}",
        f"  last day:      {_day(facts)}",
        f"  last receipt:  {_receipts(facts)}",
        f"  last entry in its journal: {_when(facts.last_entry)}",
    ]


def _tell(
    backup: Path,
    wanted: ShopFacts,
    checked: Checked,
    target: Path,
    present: ShopFacts | None,
    now_state: str | None,
) -> None:
    """What the backup holds, what it replaces and what happens to that, before anyone is asked."""
    written = format_datetime(datetime.fromtimestamp(backup.stat().st_mtime), joiner=" ")
    lines = [f"Backup: {backup} (written {written})", *_describe(wanted)]
    lines.append(
        f"  checked:       SQLite's integrity, the journal and signature chains "
        f"({checked.sales} sales, {checked.journal_entries} journal entries): intact"
    )
    if checked.upgraded_from is not None:
        lines.append(
            f"  schema:        {checked.upgraded_from}, from an older BruktPOS; the till upgrades it "
            "at its next start"
        )
    lines.append(f"Shop file: {target}")
    if now_state == ShopFileProblem.MISSING:
        lines.append("  there is no file there yet; the backup will be put there")
    elif present is not None:
        lines.extend(_describe(present))
    elif now_state is not None:
        lines.append("  the file there now cannot be read as a shop (it is empty or damaged)")
    if now_state != ShopFileProblem.MISSING:
        lines.append(
            "This replaces the shop file with the backup. What was recorded after the backup was "
            "taken (sales, closed days, changes to people, prices and settings) is not in it; the file "
            f"there now is kept beside it as {target.stem}-before-restore-<time>.sqlite3."
        )
    print("\n".join(lines), flush=True)


def _confirmed() -> bool:
    """The person typed YES (read from the terminal; anything else, or no answer, is no)."""
    print("Type YES to restore the backup: ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    if answer.strip() == "YES":
        return True
    reason = "no answer (end of input)" if not answer else "not restored (the answer was not YES)"
    print(f"{'' if answer else chr(10)}{reason}; nothing was changed.", file=sys.stderr)
    return False


# --- putting it in place ------------------------------------------------------------------


@contextlib.contextmanager
def _alone_on(path: Path, wait_s: float) -> Iterator[None]:
    """The shop file held by this program alone, in SQLite's EXCLUSIVE locking mode.

    In WAL mode every open connection holds a shared lock on the file, even
    idle (a till's pooled connections), so the exclusive lock is refused
    while any till, ``verify`` or backup has it open. Letting go as the last
    connection checkpoints the -wal into the file and removes it. A file
    too damaged to lock (not a database at all) has no till on it either.
    """
    conn = sqlite3.connect(path, timeout=wait_s, isolation_level=None)
    held = False
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            held = True
        except sqlite3.Error as error:
            from bruktpos.store.failures import as_store_error

            typed = as_store_error(error, path)
            if typed is not None and typed.problem != StoreProblem.CORRUPT:
                raise _in_use(path, typed) from error
            log.info("restore: %s cannot be locked as a database (%s); it is replaced as it is", path, error)
        yield
    finally:
        try:
            if held:
                conn.execute("ROLLBACK")
        finally:
            conn.close()


def _in_use(path: Path, error: StoreUnavailable) -> CommandFailed:
    if error.problem == StoreProblem.LOCKED:
        return CommandFailed(
            f"Cannot restore to {path}: the till (or another program) has it open; close the till "
            "on every PC that uses this file, then try again. Nothing was changed."
        )
    return CommandFailed(f"Cannot restore to {path}: {store_reason(error)}; nothing was changed.")


def _stamp(path: Path) -> tuple[object, ...]:
    """The file as it stands, and whether a -wal beside it holds anything."""
    info = path.stat()
    wal = _beside(path, "-wal")
    return (info.st_size, info.st_mtime_ns, info.st_ino, wal.exists() and wal.stat().st_size > 0)


def _put_in_place(copy: Path, target: Path, wait_s: float, now_state: str | None) -> Path | None:
    """Keep the file there now aside, then move ``copy`` onto ``target``; the kept file's path."""
    kept = None
    if target.exists():
        with _alone_on(target, wait_s):
            pass  # the -wal of an unclean stop goes into the file before it is kept
        before = _stamp(target)
        kept = _keep(target, now_state, wait_s)
        try:
            with _alone_on(target, wait_s):
                changed = _stamp(target) != before
            if changed or _stamp(target)[3]:
                raise CommandFailed(
                    f"Cannot restore to {target}: it was written to while it was being kept aside "
                    "(was a till started?); close every till on it and try again. Nothing was changed."
                )
            for suffix in ("-wal", "-shm", "-journal"):
                _beside(target, suffix).unlink(missing_ok=True)  # no one has it open: stale
            _fsync(copy)
            _like(target, copy)
        except BaseException:
            for leftover in (kept, _beside(kept, "-wal")):
                leftover.unlink(missing_ok=True)
            raise
    else:
        _fsync(copy)
    try:
        os.replace(copy, target)
    except OSError as error:
        raise CommandFailed(
            f"Cannot restore to {target}: {error.strerror or error}; the file there was left as it was"
            + (f" (and is also kept as {kept})." if kept else ".")
        ) from error
    _fsync_folder(target.parent)
    return kept


def _keep(target: Path, now_state: str | None, wait_s: float) -> Path:
    """A copy of the shop file beside it, named for this restore (SQLite's copy, or its bytes)."""
    from bruktpos.store.backup import copy_database

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = target.with_name(f"{target.stem}-before-restore-{stamp}.sqlite3")
    n = 1
    while kept.exists():
        n += 1
        kept = target.with_name(f"{target.stem}-before-restore-{stamp}-{n}.sqlite3")
    try:
        if now_state not in _BROKEN:
            try:
                copy_database(target, kept, wait_s=wait_s)
                return kept
            except sqlite3.Error as error:
                if _typed(error, target).problem != StoreProblem.CORRUPT:
                    raise
                log.info("restore: %s copied byte for byte (%s)", target, error)  # damaged past SQLite
        _copy_bytes(target, kept)
    except (StoreUnavailable, sqlite3.Error, OSError) as error:
        raise CommandFailed(
            f"Cannot restore to {target}: keeping a copy of it failed: "
            f"{store_reason(_typed(error, kept))}; nothing was changed."
        ) from error
    return kept


def _copy_bytes(target: Path, kept: Path) -> None:
    """The file (and a -wal beside it) as it is, for a file SQLite cannot read (owner-only)."""
    from bruktpos.store.private_files import create_private_file

    for source, copy in ((_beside(target, "-wal"), _beside(kept, "-wal")), (target, kept)):
        if not source.exists():
            continue
        partial = copy.with_name(copy.name + ".partial")
        try:
            create_private_file(partial)  # 0600 before the shop's bytes go in (copyfile keeps the mode)
            shutil.copyfile(source, partial)
            _fsync(partial)
            partial.replace(copy)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise


def _like(target: Path, copy: Path) -> None:
    """The restored file gets the old one's mode and (when allowed) owner, so the till may write it."""
    info = target.stat()
    os.chmod(copy, stat.S_IMODE(info.st_mode))
    if hasattr(os, "chown"):
        with contextlib.suppress(PermissionError):
            os.chown(copy, info.st_uid, info.st_gid)


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:  # Windows flushes only a file open for writing
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    """The rename itself on the disk (POSIX; Windows has no such call for folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
