"""Guards over the bokmål (and English) catalogue: placeholders, capitals and spacing as in the source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from bruktpos.i18n_build import TS_DIR

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
SPACE_BEFORE_STOP = re.compile(r" [.,;:!?](?=\s|$)")
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


def messages(language: str) -> list[tuple[str, str, bool]]:
    """(source, translation, numerus) for every live message; one row per plural form."""
    rows: list[tuple[str, str, bool]] = []
    for message in ET.parse(TS_DIR / f"bruktpos_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
        numerus = message.get("numerus") == "yes"
        rows.extend((source, form, numerus) for form in forms if form)
    return rows


def problems(source: str, text: str, numerus: bool) -> list[str]:
    """What is wrong with ``text`` as a translation of ``source`` (empty when nothing is)."""
    found = []
    wanted, got = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(text))
    if numerus:  # a plural form may leave out %n ("én vare"), never another placeholder
        wanted, got = wanted - {"%n"}, got - {"%n"}
    if wanted != got:
        found.append(f"placeholders {sorted(wanted)} became {sorted(got)}")
    if source.lstrip("&")[:1].isupper() and text.lstrip("&")[:1].islower():
        found.append("starts in lower case")
    if "  " in text and "  " not in source:
        found.append("doubled space")
    if SPACE_BEFORE_STOP.search(text) and not SPACE_BEFORE_STOP.search(source):
        found.append("space before a stop")
    if text != text.strip() and source == source.strip():
        found.append("space at an end")
    doubled = DOUBLED_WORD.search(text)
    if doubled and not DOUBLED_WORD.search(source):
        found.append(f"doubled word {doubled.group(0)!r}")
    if source.count("\n") != text.count("\n"):
        found.append("line breaks differ")
    if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
        found.append("shortcut & added or lost")
    if source[-1:] in ".?!" and text[-1:] not in (source[-1:], "…"):
        found.append(f"ends {text[-1:]!r}, the source ends {source[-1:]!r}")
    return found


def test_the_checks_catch_what_they_name() -> None:
    assert problems("Sold %1 of %2", "Solgte %1", False) == ["placeholders ['%1', '%2'] became ['%1']"]
    assert problems("%n item(s)", "én vare", True) == []
    assert problems("Close the day", "avslutt dagen", False) == ["starts in lower case"]
    assert problems("Paid.", "Betalt .", False) == ["space before a stop"]
    assert problems("Name it .pdf", "Kall den .pdf", False) == []
    assert problems("Is it right?", "Er det  riktig.", False) == [
        "doubled space",
        "ends '.', the source ends '?'",
    ]
    assert problems("Pay the sale", "Betal en en gang", False) == ["doubled word 'en en'"]
    assert problems("&Save", "Lagre", False) == ["shortcut & added or lost"]


@pytest.mark.parametrize("language", ["nb", "en"])
def test_translations_keep_the_source_form(language: str) -> None:
    rows = messages(language)
    assert len(rows) > 500
    wrong = {
        f"{source!r} → {text!r}: {', '.join(found)}"
        for source, text, numerus in rows
        if (found := problems(source, text, numerus))
    }
    assert wrong == set()


# One form of each word all through (GLOSSARY.md: "den som står i kassa"): the till is "kassa",
# a file "filen", a list "listen", the leader "butikkleder", the code "PIN-kode".
# "kassen" is left only for the tare crate ("den tomme kassen").
ONE_FORM = {
    r"\bkassen\b": "kassa",
    r"\b[Ff]ila\b": "filen",
    r"\b[Ll]ista\b": "listen",
    r"\b[Ll]eder\b": "butikkleder",
    r"\bPIN(?!-)\b": "PIN-kode",
}
CRATE = re.compile(r"\b(tomme kassen|Sett kassen på)\b")


def test_bokmal_uses_one_form_of_each_word() -> None:
    wrong = {
        f"{text!r}: say {form!r}"
        for _source, text, _numerus in messages("nb")
        for pattern, form in ONE_FORM.items()
        if re.search(pattern, CRATE.sub("", text))
    }
    assert wrong == set()
