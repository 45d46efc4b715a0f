"""A throwaway PostgreSQL cluster for tests and benchmarks.

``initdb`` into a fresh temporary folder, ``pg_ctl start`` on a free port,
listening on a Unix socket in that folder only (no TCP), password
authentication (SCRAM) for everybody so that the shops' logins are tested
for real. As root, PostgreSQL refuses to run, so the cluster is made and run
by the ``postgres`` OS user (``runuser``), owner of the folder.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

SUPERUSER_PASSWORD = "admin-test-password"


class PostgresMissing(RuntimeError):
    pass


def find_bin(name: str) -> str:
    """A PostgreSQL server program from PATH or /usr/lib/postgresql/*/bin (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(
        glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True
    ):
        candidate = Path(folder) / name
        if candidate.exists():
            return str(candidate)
    raise PostgresMissing(
        f"PostgreSQL's {name} was not found (PATH or /usr/lib/postgresql/*/bin): the hub tests need a "
        "real server. Install it (Debian/Ubuntu: apt-get install -y postgresql) — `python3 dev.py test` "
        "does this itself on a CI machine."
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    _prefix: list[str]
    _pg_ctl: str

    @property
    def socket_dir(self) -> Path:
        return self.folder / "run"

    def url(
        self, database: str = "postgres", user: str = "postgres", password: str = SUPERUSER_PASSWORD
    ) -> str:
        return (
            f"postgresql+psycopg://{quote(user, safe='')}:{quote(password, safe='')}@/{database}"
            f"?host={self.socket_dir}&port={self.port}"
        )

    def stop(self) -> None:
        subprocess.run(
            [*self._prefix, self._pg_ctl, "stop", "-D", str(self.folder / "data"), "-m", "immediate", "-w"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(*, durable: bool = False) -> Cluster:
    """Start a cluster (``durable``: keep fsync on, for benchmarks that should look like production)."""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    folder = Path(tempfile.mkdtemp(prefix="bruktpos-pg-"))
    (folder / "run").mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam("postgres")
        except KeyError as exc:
            raise PostgresMissing(
                "running as root, but there is no `postgres` OS user to run the server"
            ) from exc
        for path in (folder, folder / "run"):
            os.chown(path, account.pw_uid, account.pw_gid)
        os.chmod(folder, 0o755)  # the tests (as root) reach the socket inside
        prefix = ["runuser", "-u", "postgres", "--"]
    pwfile = folder / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    if prefix:
        os.chown(pwfile, pwd.getpwnam("postgres").pw_uid, -1)
    data = folder / "data"
    subprocess.run(
        [
            *prefix,
            initdb,
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=scram-sha-256",
            f"--pwfile={pwfile}",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    options = [
        "-c listen_addresses=''",
        f"-k {folder / 'run'}",
        f"-p {port}",
        "-c max_connections=200",
        "-c shared_buffers=128MB",
    ]
    if not durable:
        options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
    started = subprocess.run(
        [
            *prefix,
            pg_ctl,
            "start",
            "-D",
            str(data),
            "-w",
            "-t",
            "60",
            "-l",
            str(folder / "log"),
            "-o",
            " ".join(options),
        ],
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        log = (folder / "log").read_text() if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed: {started.stderr}\n{log}")
    return Cluster(folder=folder, port=port, _prefix=prefix, _pg_ctl=pg_ctl)
