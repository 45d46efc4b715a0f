"""python-escpos's printer database is read from a kept pickle, not parsed with PyYAML on every start.

Parsing it took 150 ms of Python (half a second on a shop PC) in the
till's warm-up thread, holding the GIL while the person counted the float.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import yaml

from bruktpos.devices import escpos_cache

SRC = Path(__file__).resolve().parents[2] / "src"


def _fresh_python(code: str, cache: Path) -> subprocess.CompletedProcess[str]:
    """``code`` in a new Python whose user cache folder is ``cache``, python-escpos not yet imported."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ESCPOS_")}
    env.update(XDG_CACHE_HOME=str(cache), PYTHONPATH=str(SRC))
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )


# PyYAML made unusable before python-escpos is imported: it must not need it to load its profiles.
NO_YAML = """
import yaml
def parsing(*args, **kwargs):
    raise AssertionError("python-escpos parsed its capabilities with PyYAML")
yaml.safe_load = parsing
import bruktpos.devices.printer
from escpos import capabilities
print(len(capabilities.CAPABILITIES["profiles"]), capabilities.pickle_dir)
"""


def test_a_till_loads_the_printer_profiles_without_parsing_them(tmp_path: Path) -> None:
    for start in ("the first start", "the next start"):
        done = _fresh_python(NO_YAML, tmp_path)
        assert done.returncode == 0, (start, done.stderr[-2000:])
        profiles, folder = done.stdout.split()
        assert int(profiles) > 10
        assert Path(folder) == tmp_path / "bruktpos" / "escpos", start
    assert [p.name for p in (tmp_path / "bruktpos" / "escpos").iterdir()] == [escpos_cache.pickle_name()]


def test_the_kept_pickle_holds_what_python_escpos_would_have_parsed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(escpos_cache.PICKLE_DIR, raising=False)
    monkeypatch.delitem(sys.modules, "escpos.capabilities", raising=False)
    source = escpos_cache.capabilities_file()
    assert source is not None

    assert escpos_cache.prepare(tmp_path / "escpos") == tmp_path / "escpos"

    kept = pickle.loads((tmp_path / "escpos" / escpos_cache.pickle_name()).read_bytes())
    assert kept == yaml.safe_load(source.read_text(encoding="utf-8"))
    assert os.environ[escpos_cache.PICKLE_DIR] == str(tmp_path / "escpos")


def test_a_pickle_older_than_the_database_is_made_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(escpos_cache.PICKLE_DIR, raising=False)
    monkeypatch.delitem(sys.modules, "escpos.capabilities", raising=False)
    source = escpos_cache.capabilities_file()
    assert source is not None
    old = tmp_path / escpos_cache.pickle_name()
    old.write_bytes(pickle.dumps({"profiles": {}}))
    before = source.stat().st_mtime - 60
    os.utime(old, (before, before))  # python-escpos was updated since

    escpos_cache.prepare(tmp_path)

    assert pickle.loads(old.read_bytes())["profiles"]


def test_a_folder_that_cannot_be_made_leaves_python_escpos_as_it_was(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(escpos_cache.PICKLE_DIR, raising=False)
    monkeypatch.delitem(sys.modules, "escpos.capabilities", raising=False)
    (tmp_path / "cache").write_text("a file where the folder should be")

    assert escpos_cache.prepare(tmp_path / "cache" / "escpos") is None
    assert escpos_cache.PICKLE_DIR not in os.environ


def test_a_folder_the_person_chose_is_left_alone(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(escpos_cache.PICKLE_DIR, str(tmp_path / "theirs"))
    monkeypatch.delitem(sys.modules, "escpos.capabilities", raising=False)

    assert escpos_cache.prepare(tmp_path / "ours") is None
    assert not (tmp_path / "ours").exists()
