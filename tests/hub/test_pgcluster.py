"""Without PostgreSQL's server programs the hub tests fail with a message saying what to install."""

from __future__ import annotations

import pytest

from tests.hub import pgcluster


def test_missing_server_programs_are_a_clear_failure(monkeypatch) -> None:
    monkeypatch.setattr(pgcluster.shutil, "which", lambda name: None)
    monkeypatch.setattr(pgcluster.glob, "glob", lambda pattern: [])
    with pytest.raises(pgcluster.PostgresMissing, match="apt-get install -y postgresql"):
        pgcluster.find_bin("initdb")


def test_the_newest_installed_version_is_found(monkeypatch, tmp_path) -> None:
    for version in ("9", "15", "13"):
        (tmp_path / version / "bin").mkdir(parents=True)
        (tmp_path / version / "bin" / "pg_ctl").touch()
    monkeypatch.setattr(pgcluster.shutil, "which", lambda name: None)
    monkeypatch.setattr(pgcluster.glob, "glob", lambda pattern: [str(p) for p in tmp_path.glob("*/bin")])
    assert pgcluster.find_bin("pg_ctl") == str(tmp_path / "15" / "bin" / "pg_ctl")
