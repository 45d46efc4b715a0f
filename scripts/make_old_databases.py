"""Make the saved old shop databases in ``tests/fixtures/old_databases/``.

    /work/main/.venv/bin/python scripts/make_old_databases.py            # the missing ones
    /work/main/.venv/bin/python scripts/make_old_databases.py 0003 0004  # these, rebuilt
    /work/main/.venv/bin/python scripts/make_old_databases.py --all      # every one, rebuilt

One file per schema revision, ``shop-NNNN.sqlite3``, each a small demo shop
made by the code of its own time, never by today's code writing into an old
schema, so ``tests/integration/test_old_databases.py`` upgrades what a shop
on that release really has on its disk:

1. The revision's release is the last commit (on the first-parent line of
   ``HEAD``) at which it was the newest migration: the first parent of the
   commit that added the next revision's file
   (``git log --first-parent --diff-filter=A -- versions/NNNN_*.py``). For the
   newest revision that is ``HEAD`` itself, so the next migration has a file
   to upgrade; once that migration is committed, the file can be rebuilt at
   its then fixed commit (``make_old_databases.py NNNN``).
2. That commit is checked out into a temporary detached ``git worktree``
   under /tmp (removed afterwards; no other worktree is touched), and its own
   ``python -m bruktpos demo-data`` runs there, with ``PYTHONPATH`` at that
   worktree's ``src`` and this script's Python (the shared venv):
   ``--days 3 --sales-per-day 5 --stock 30 --seed 1 --end DAY``, where DAY is
   the day before the commit was made, so the history is one that shop could
   have had then.
3. The result is checked (its ``alembic_version`` is the revision, and the
   worktree's own newest migration is too), VACUUMed so it stays small (well
   under 1 MB), and moved into the fixtures folder, with its ``.keys`` folder
   (the signing keys, from 0011 on).

The files are not byte-for-byte the same from run to run (signing keys, PIN
salts and creation times are new each time); their shape and data are.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = "src/bruktpos/store/migrations/versions"
FIXTURES = ROOT / "tests" / "fixtures" / "old_databases"
DEMO_OPTIONS = ("--days", "3", "--sales-per-day", "5", "--stock", "30", "--seed", "1")
LIMIT_BYTES = 1_000_000


@dataclass(frozen=True)
class Release:
    """A schema revision and the commit at which it was the newest."""

    revision: str
    commit: str
    made: date  # the commit's date

    @property
    def target(self) -> Path:
        return FIXTURES / f"shop-{self.revision}.sqlite3"


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def revisions() -> list[str]:
    """The revisions of ``HEAD``'s migrations folder, oldest first."""
    names = git("ls-tree", "--name-only", "HEAD", f"{VERSIONS}/").splitlines()
    found = sorted(m.group(1) for n in names if (m := re.fullmatch(r".*/(\d{4})_\w+\.py", n)))
    if not found:
        raise SystemExit(f"no migrations in {VERSIONS} at HEAD")
    return found


def added_in(revision: str) -> str:
    """The commit on ``HEAD``'s first-parent line that added ``revision``'s migration file."""
    commits = git(
        "log", "--first-parent", "--diff-filter=A", "--format=%H", "HEAD", "--", f"{VERSIONS}/{revision}_*.py"
    ).splitlines()
    if not commits:
        raise SystemExit(f"no commit adds {VERSIONS}/{revision}_*.py on HEAD's first-parent line")
    return commits[-1]  # the first time it was added


def releases() -> list[Release]:
    """Each revision with the last commit at which it was the newest migration."""
    found = revisions()
    out = []
    for revision, following in zip(found, [*found[1:], None], strict=True):
        commit = git("rev-parse", "HEAD" if following is None else f"{added_in(following)}^1")
        made = datetime.fromisoformat(git("show", "-s", "--format=%cI", commit)).date()
        out.append(Release(revision, commit, made))
    return out


@contextlib.contextmanager
def checked_out(commit: str, folder: Path) -> Iterator[Path]:
    """``commit`` in a temporary detached worktree at ``folder``, removed afterwards."""
    git("worktree", "add", "--detach", "--quiet", str(folder), commit)
    try:
        yield folder
    finally:
        git("worktree", "remove", "--force", str(folder))


def build(release: Release, python: str) -> Path:
    """The release's own demo shop, checked and VACUUMed, moved to its fixture path."""
    with tempfile.TemporaryDirectory(prefix=f"bruktpos-old-{release.revision}-") as scratch:
        scratch_dir = Path(scratch)
        with checked_out(release.commit, scratch_dir / "tree") as tree:
            own = sorted(p.name[:4] for p in (tree / VERSIONS).glob("[0-9][0-9][0-9][0-9]_*.py"))
            if not own or own[-1] != release.revision:
                raise SystemExit(
                    f"{release.commit[:10]}: newest migration {own[-1:]} is not {release.revision}"
                )
            shop = scratch_dir / f"shop-{release.revision}.sqlite3"
            end = release.made - timedelta(days=1)
            env = {
                **os.environ,
                "PYTHONPATH": str(tree / "src"),
                "QT_QPA_PLATFORM": "offscreen",
                "BRUKTPOS_LOG_DIR": str(scratch_dir / "logs"),
            }
            command = [python, "-m", "bruktpos", "demo-data", "--db", str(shop), *DEMO_OPTIONS]
            command += ["--end", end.isoformat()]
            print(f"{release.revision}: {release.commit[:10]} ({release.made}), demo-data --end {end}")
            subprocess.run(command, cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL)
        with contextlib.closing(sqlite3.connect(shop, isolation_level=None)) as conn:
            (stored,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if stored != release.revision:
                raise SystemExit(f"{shop} is at revision {stored}, not {release.revision}")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("VACUUM")
        for extra in (f"{shop}-wal", f"{shop}-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(extra)
        size = shop.stat().st_size
        if size > LIMIT_BYTES:
            raise SystemExit(f"{shop} is {size} bytes, over the {LIMIT_BYTES} a fixture may be")
        FIXTURES.mkdir(parents=True, exist_ok=True)
        # From 0011 on the signing keys are files beside the shop (<name>.keys/): they go with it.
        keys = shop.with_name(shop.name + ".keys")
        target_keys = release.target.with_name(release.target.name + ".keys")
        shutil.rmtree(target_keys, ignore_errors=True)
        if keys.is_dir():
            shutil.move(keys, target_keys)
        shutil.move(shop, release.target)
        print(f"  -> {release.target.relative_to(ROOT)} ({size // 1024} KiB)")
        return release.target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "revisions", nargs="*", help="revisions to (re)build, e.g. 0003 (default: missing files)"
    )
    parser.add_argument("--all", action="store_true", help="rebuild every revision's file")
    parser.add_argument("--python", default=sys.executable, help="the Python to run old releases with")
    args = parser.parse_args(argv)
    known = releases()
    unknown = set(args.revisions) - {r.revision for r in known}
    if unknown:
        parser.error(f"no such revision: {', '.join(sorted(unknown))}")
    if args.all:
        chosen = known
    elif args.revisions:
        chosen = [r for r in known if r.revision in args.revisions]
    else:
        chosen = [r for r in known if not r.target.exists()]
    for release in known:
        state = "build" if release in chosen else "keep"
        print(f"{release.revision}  {release.commit}  {release.made}  {state}")
    for release in chosen:
        build(release, args.python)
    return 0


if __name__ == "__main__":
    sys.exit(main())
