"""The README's «Første dag i kassa» names the buttons as the till shows them (issue 15, part 9).

Every «…» in that section is a bokmål text of the till's catalogue (a button,
a title, a band), or one of the few shop data and symbols the section quotes.
A button renamed in the catalogue and not in the README fails here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The demo shop's data (a category, a café item) and the keys that show a symbol, not a word.
NOT_IN_THE_CATALOGUE = {"Bøker", "Kaffe", "+", "−"}


def _section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("### Første dag i kassa")
    return readme[start : readme.index("\n### ", start + 5)]


def _bokmal_texts() -> set[str]:
    root = ET.parse(ROOT / "translations" / "bruktpos_nb.ts").getroot()
    texts = set()
    for translation in root.iter("translation"):
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for text in forms:
            texts.add(text)
            texts.add(re.sub(r"%\w", "", text).strip(" :"))  # "Akkurat beløp: %1" as the button starts
    return texts


def test_every_quoted_name_is_what_the_till_shows() -> None:
    quoted = {" ".join(q.split()) for q in re.findall(r"«([^»]+)»", _section())}
    assert len(quoted) > 20  # the section quotes the buttons (the pattern still finds them)
    texts = _bokmal_texts()
    sentences = "\n".join(texts)
    missing = sorted(
        q
        for q in quoted - NOT_IN_THE_CATALOGUE
        if q not in texts and not (q.endswith("?") and q in sentences)  # a question inside a message
    )
    assert not missing, f"README «Første dag i kassa» names what no screen shows: {missing}"
