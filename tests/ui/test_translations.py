"""Translations are complete and keep every placeholder."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from bruktpos.i18n_build import LANGUAGES, QM_DIR, TS_DIR
from bruktpos.ui.app import install_translators

PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[a-z_0-9]*\}")


def _messages(language: str) -> list[tuple[str, str, str | None]]:
    tree = ET.parse(TS_DIR / f"bruktpos_{language}.ts")
    return [
        (m.findtext("source") or "", form, m.find("translation").get("type"))
        for m in tree.iter("message")
        for form in (
            [f.text or "" for f in m.find("translation").iter("numerusform")]
            or [m.findtext("translation") or ""]
        )
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_has_its_class_as_context(language: str) -> None:
    # A tr() lupdate cannot tie to a class (e.g. through ``tr = self.tr``) lands in an
    # empty context, where the running app never looks: the text would stay English.
    tree = ET.parse(TS_DIR / f"bruktpos_{language}.ts")
    nameless = [m.findtext("source") for c in tree.iter("context") if not c.findtext("name") for m in c]
    assert [text for text in nameless if text] == []


def test_every_translation_is_built() -> None:
    for language in LANGUAGES:
        qm = QM_DIR / f"bruktpos_{language}.qm"
        ts = TS_DIR / f"bruktpos_{language}.ts"
        assert qm.exists(), f"{qm} missing: run python dev.py test (it builds translations)"
        assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, f"{qm} is older than {ts}"


def _strings_in_code() -> set[str]:
    """Every literal given to tr() or QCoreApplication.translate() under ui/ (as Python joins it)."""
    source_root = Path(__file__).resolve().parents[2] / "src" / "bruktpos" / "ui"
    found: set[str] = set()
    for path in source_root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            position = {"tr": 0, "translate": 1}.get(name)
            if position is not None and len(node.args) > position:
                argument = node.args[position]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    return found


def test_every_tr_string_is_in_the_translations() -> None:
    # A string added to ui/ without running lupdate would show in English only.
    in_code = _strings_in_code()
    assert len(in_code) > 100
    known = {source for source, _, _ in _messages("nb")}
    assert in_code - known == set()


def test_qt_own_strings_are_in_bokmal(qapp: QApplication) -> None:
    # Qt ships no qtbase_nb, so ours (translations/qtbase_nb.ts) must be built and found first.
    qm = QM_DIR / "qtbase_nb.qm"
    assert qm.exists(), f"{qm} missing: run python -m bruktpos.i18n_build"
    assert qm.stat().st_mtime >= (TS_DIR / "qtbase_nb.ts").stat().st_mtime - 1
    locale = QLocale()
    translators = install_translators(qapp, "nb")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"
        assert QCoreApplication.translate("QWizard", "&Finish") == "&Fullfør"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
