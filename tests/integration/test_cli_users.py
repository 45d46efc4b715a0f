"""``bruktpos users`` on a real shop file: the PIN from the terminal, one line for every refusal."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from bruktpos.cli import main
from bruktpos.services.users import check_pin

from .conftest import ADMIN_PIN, CASHIER_PIN, LEADER_PIN, Shop

SRC = Path(__file__).resolve().parents[2] / "src"


class Terminal:
    """What the person types at getpass's prompts, in order; and the prompts they saw."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answers: list[str] = []
        self.prompts: list[str] = []
        monkeypatch.setattr("getpass.getpass", self._getpass)

    def type(self, *answers: str) -> None:
        self.answers = list(answers)

    def _getpass(self, prompt: str = "Password: ", stream: object = None) -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    return Terminal(monkeypatch)


@pytest.fixture
def path(shop: Shop) -> Path:
    shop.close()  # the command opens the file on its own, as it would in real use
    return shop.path


def _users(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT id, name, role, active, locked_until, pin_hash FROM users ORDER BY id"
        ).fetchall()


def _journal(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT id, event, user_id, details FROM journal ORDER BY id").fetchall()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["users", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_list_shows_everyone_with_role_and_state(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "list", "--db", str(path))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["NAME", "ROLE", "STATE"]
    assert [line.split()[0] for line in lines[1:]] == ["Astrid", "Kari", "Ola"]
    assert "administrator" in lines[1] and "shop leader" in lines[2] and "cashier" in lines[3]
    assert all(line.rstrip().endswith("active") for line in lines[1:])


def test_an_admin_adds_a_cashier_whose_pin_is_typed_twice(
    path: Path, terminal: Terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.type(ADMIN_PIN, "48151", "48151")
    status, out, err = _run(capsys, "add", "Per", "--role", "cashier", "--as", "astrid", "--db", str(path))
    assert (status, err) == (0, ""), err
    assert "Added Per (cashier)" in out
    assert terminal.prompts[0] == "PIN for Astrid: "
    assert "New PIN for Per" in terminal.prompts[1]
    (per,) = [u for u in _users(path) if u[1] == "Per"]
    assert per[2:4] == ("cashier", 1)
    assert check_pin("48151", per[5])
    last = _journal(path)[-1]
    assert (last[1], last[2], json.loads(last[3])["action"]) == ("user_changed", 1, "created")
    assert "48151" not in out + err + " ".join(str(r) for r in _journal(path))


def test_the_two_pins_must_match(path: Path, terminal: Terminal, capsys: pytest.CaptureFixture[str]) -> None:
    before = _users(path), _journal(path)
    terminal.type(ADMIN_PIN, "48151", "48152")
    status, _out, err = _run(capsys, "add", "Per", "--as", "Astrid", "--db", str(path))
    assert status == 1
    assert err == "the two PINs were not the same; nothing was changed\n"
    assert (_users(path), _journal(path)) == before


def test_the_actor_asked_for_when_not_given(
    path: Path, terminal: Terminal, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Kari\n"))
    terminal.type(LEADER_PIN)
    status, out, err = _run(capsys, "unlock", "Ola", "--db", str(path))
    assert status == 0
    assert "Your name" in err
    assert out == "Ola was not locked out; nothing to do.\n"


def test_a_leader_resets_a_pin_and_unlocks_from_the_command_line(
    path: Path, terminal: Terminal, capsys: pytest.CaptureFixture[str], shop: Shop
) -> None:
    from bruktpos.store.schema import open_database

    db = open_database(path)
    from bruktpos.services.users import UserService

    users = UserService(db)
    for _ in range(5):
        with pytest.raises(Exception):  # noqa: B017 — WrongPin ×4, then UserLocked
            users.login(shop.cashier.id, "0000")
    db.dispose()
    status, out, err = _run(capsys, "list", "--db", str(path))
    assert "locked until" in next(line for line in out.splitlines() if line.startswith("Ola"))
    terminal.type(LEADER_PIN)
    status, out, err = _run(capsys, "unlock", "ola", "--as", "Kari", "--db", str(path))
    assert (status, out) == (0, "Ola is unlocked and can log in again.\n")
    terminal.type(LEADER_PIN, "97531", "97531")
    status, out, err = _run(capsys, "reset-pin", "Ola", "--as", "Kari", "--db", str(path))
    assert (status, out, err) == (0, "Ola has a new PIN.\n", "")
    assert check_pin("97531", next(u for u in _users(path) if u[1] == "Ola")[5])
    actions = [(r[2], json.loads(r[3])["action"]) for r in _journal(path) if r[1] == "user_changed"][-2:]
    assert actions == [(shop.leader.id, "unlocked"), (shop.leader.id, "pin_changed")]


def test_set_role_deactivate_and_reactivate(
    path: Path, terminal: Terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.type(ADMIN_PIN)
    assert _run(capsys, "set-role", "Ola", "leader", "--as", "Astrid", "--db", str(path))[:2] == (
        0,
        "Ola is now shop leader.\n",
    )
    terminal.type(ADMIN_PIN)
    status, out, _ = _run(capsys, "deactivate", "Ola", "--as", "Astrid", "--db", str(path))
    assert status == 0 and "switched off" in out
    assert [u[3] for u in _users(path) if u[1] == "Ola"] == [0]
    terminal.type(ADMIN_PIN)
    status, out, _ = _run(capsys, "reactivate", "Ola", "--as", "Astrid", "--db", str(path))
    assert (status, out) == (0, "Ola is switched on again, as shop leader.\n")


@pytest.mark.parametrize(
    ("argv", "pins", "status", "line"),
    [
        # The rules of the service, each as one line.
        (
            ["deactivate", "Astrid", "--as", "Astrid"],
            [ADMIN_PIN],
            1,
            "Astrid is the only active administrator and cannot be switched off; "
            "make someone else administrator first",
        ),
        (
            ["set-role", "Astrid", "leader", "--as", "Astrid"],
            [ADMIN_PIN],
            1,
            "Astrid is the only active administrator and cannot be given another role; "
            "make someone else administrator first",
        ),
        (
            ["set-role", "Ola", "admin", "--as", "Kari"],
            [LEADER_PIN],
            1,
            "only an administrator may make someone an administrator or change one",
        ),
        (
            ["unlock", "Kari", "--as", "Ola"],
            [CASHIER_PIN],
            1,
            "a cashier may not change people; a shop leader must do it",
        ),
        (
            ["add", "kari", "--as", "Astrid"],
            [],
            1,
            "there is already someone called Kari; add an initial or a last name",
        ),
        (["add", "   ", "--as", "Astrid"], [], 1, "a name must be 1–40 printable characters"),
        (
            ["add", "Per", "--as", "Astrid"],
            [ADMIN_PIN, "12", "12"],
            1,
            "a PIN is 4–8 digits; nothing was changed",
        ),
        (
            ["unlock", "Ola", "--as", "Astrid"],
            ["0000"],
            1,
            "wrong PIN (4 tries left before a lockout); nothing was changed",
        ),
        (
            ["unlock", "Nobody", "--as", "Astrid"],
            [],
            2,
            "no one called 'Nobody' in {path} (see: bruktpos users list)",
        ),
        (
            ["unlock", "Ola", "--as", "Nobody"],
            [],
            2,
            "no one called 'Nobody' may log in here (see: bruktpos users list)",
        ),
        (["unlock", "Ola", "--as", "Astrid"], [], 1, "\nno answer (end of input); nothing was changed"),
    ],
)
def test_every_refusal_is_one_line_and_changes_nothing(
    path: Path,
    terminal: Terminal,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    pins: list[str],
    status: int,
    line: str,
) -> None:
    before = _users(path)
    journal_before = [r for r in _journal(path) if r[1] != "login_failed"]
    terminal.type(*pins)
    got, out, err = _run(capsys, *argv, "--db", str(path))
    assert (got, out) == (status, "")
    assert err == line.replace("{path}", str(path)) + "\n"
    assert "Traceback" not in err
    after = _users(path)
    # A wrong PIN is counted (as at the till); nothing else changes.
    assert [u[:4] + u[5:] for u in after] == [u[:4] + u[5:] for u in before]
    assert [r for r in _journal(path) if r[1] != "login_failed"] == journal_before


def test_a_missing_or_foreign_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.sqlite3"
    assert _run(capsys, "list", "--db", str(missing)) == (
        2,
        "",
        f"Cannot open {missing}: there is no such file (check the path; nothing was created).\n",
    )
    assert not missing.exists()
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_text("this is not a database\n" * 100)
    status, out, err = _run(capsys, "list", "--db", str(foreign))
    assert (status, out) == (2, "")
    assert err.startswith(f"Cannot open {foreign}: it is not a SQLite database") and err.count("\n") == 1


def test_the_pin_is_read_from_the_terminal_never_an_argument(path: Path) -> None:
    """The real command in its own process, without a terminal: getpass reads the PINs from stdin."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    argv = [sys.executable, "-m", "bruktpos", "users", "add", "Per", "--as", "Astrid", "--db", str(path)]
    done = subprocess.run(
        argv,
        input=f"{ADMIN_PIN}\n24680\n24680\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        start_new_session=True,  # no controlling terminal, as under cron or ssh without -t
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Added Per (cashier); they can log in now.\n"
    assert "24680" not in done.stdout + done.stderr
    assert check_pin("24680", next(u for u in _users(path) if u[1] == "Per")[5])
    with pytest.raises(subprocess.CalledProcessError):
        # There is no option to give a PIN on the command line.
        subprocess.run(
            [*argv[:-2], "--pin", "24680", "--db", str(path)], check=True, capture_output=True, env=env
        )
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "bruktpos",
            "users",
            "deactivate",
            "Astrid",
            "--as",
            "Astrid",
            "--db",
            str(path),
        ],
        input=f"{ADMIN_PIN}\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        start_new_session=True,
    )
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert bad.stderr.splitlines()[-1].startswith("Astrid is the only active administrator")


def test_recover_an_admins_pin_when_no_admin_can_log_in(
    path: Path, terminal: Terminal, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal.type("27182", "27182")
    status, out, err = _run(capsys, "reset-pin", "Astrid", "--recover", "--db", str(path))
    assert (status, err) == (0, ""), err
    assert out == "Astrid has a new PIN (a recovery at the command line, written in the journal).\n"
    assert terminal.prompts[0].startswith("New PIN for Astrid")  # no one's own PIN was asked
    assert check_pin("27182", _users(path)[0][5])
    last = _journal(path)[-1]
    assert last[2] is None and json.loads(last[3])["by"] == "command line"
    before = _users(path), _journal(path)
    terminal.type("27182", "27182")
    status, out, err = _run(capsys, "reset-pin", "Ola", "--recover", "--db", str(path))
    assert (status, out) == (1, "")
    assert err.startswith("Ola is a cashier: --recover is only for an administrator")
    terminal.type("27182", "27182")
    status, out, err = _run(capsys, "reset-pin", "Astrid", "--recover", "--as", "Kari", "--db", str(path))
    assert (status, err) == (2, "--recover is done by no one who logs in: leave out --as\n")
    assert (_users(path), _journal(path)) == before
