"""Translations are complete and keep every placeholder."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bruktpos.i18n_build import LANGUAGES, QM_DIR, TS_DIR

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_0-9]*\}")


def _messages(language: str) -> list[tuple[str, str, str | None]]:
    tree = ET.parse(TS_DIR / f"bruktpos_{language}.ts")
    return [
        (m.findtext("source") or "", m.findtext("translation") or "", m.find("translation").get("type"))
        for m in tree.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_is_complete(language: str) -> None:
    messages = _messages(language)
    assert messages
    unfinished = [
        source
        for source, text, kind in messages
        if kind in ("unfinished", "vanished", "obsolete") or not text
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_keeps_placeholders(language: str) -> None:
    for source, text, _ in _messages(language):
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source


def test_every_translation_is_built() -> None:
    for language in LANGUAGES:
        qm = QM_DIR / f"bruktpos_{language}.qm"
        ts = TS_DIR / f"bruktpos_{language}.ts"
        assert qm.exists(), f"{qm} missing: run python dev.py test (it builds translations)"
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm} is older than {ts}"


def test_every_tr_string_is_in_the_translations() -> None:
    # A string added to ui/ without running lupdate would show in English only.
    source_root = Path(__file__).resolve().parents[2] / "src" / "bruktpos" / "ui"
    pattern = re.compile(r"\btr\(\s*\"((?:[^\"\\]|\\.)*)\"")
    in_code = {m for path in source_root.rglob("*.py") for m in pattern.findall(path.read_text("utf-8"))}
    known = {source for source, _, _ in _messages("nb")}
    assert in_code - known == set()
