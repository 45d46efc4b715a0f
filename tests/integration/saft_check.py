"""Checking a SAF-T Cash Register file from the file and its PEM keys alone.

What a tax inspector can do with what the export hands over: validate the
XML against Skatteetaten's XSD, and re-verify every signature chain. Nothing
here reads the shop database or BruktPOS's own signing code: the signed text
is rebuilt from the XML's elements (``previousSignature;transDate;transTime;
nr;transAmntIn;transAmntEx``) and checked with ``cryptography`` against the
``<file>.<register>-<keyVersion>.pem`` files beside it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from lxml import etree

SAFT = Path(__file__).resolve().parents[1] / "fixtures" / "saft"
SCHEMA = SAFT / "Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd"
NS = "{urn:StandardAuditFile-Taxation-CashRegister:NO}"


@cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def schema_errors(path: Path) -> list[str]:
    """The XSD's complaints about the file (empty: it validates)."""
    checker = schema()
    if checker.validate(etree.parse(str(path))):
        return []
    return [f"line {e.line}: {e.message}" for e in checker.error_log]


@dataclass
class ChainReport:
    verified: int = 0
    series: int = 0
    problems: list[str] = field(default_factory=list)


def _text(element: etree._Element, name: str) -> str:
    found = element.find(NS + name)
    return "" if found is None or found.text is None else found.text


def verify_chains(path: Path) -> ChainReport:
    """Re-verify every cashtransaction's signature, per register and series, in number order."""
    report = ChainReport()
    transactions: dict[tuple[str, str], list[dict[str, str]]] = {}
    register = ""
    for event, element in etree.iterparse(str(path), events=("start", "end")):
        if (
            event == "end"
            and element.tag == NS + "registerID"
            and element.getparent().tag == NS + "cashregister"
        ):
            register = element.text or ""
        if event == "end" and element.tag == NS + "cashtransaction":
            fields = {
                name: _text(element, name)
                for name in (
                    "nr",
                    "transID",
                    "transDate",
                    "transTime",
                    "transAmntIn",
                    "transAmntEx",
                    "signature",
                    "keyVersion",
                    "desc",
                    "trainingID",
                )
            }
            transactions.setdefault((register, fields["trainingID"]), []).append(fields)
            element.clear()
    for (register, training), rows in transactions.items():
        report.series += 1
        rows.sort(key=lambda r: int(r["nr"]))
        first = rows[0]
        if int(first["nr"]) == 1:
            previous = "0"
        elif first["desc"].startswith("previousSignature="):
            previous = first["desc"].removeprefix("previousSignature=")
        else:
            report.problems.append(f"{register} {training}: receipt {first['nr']} has no previous signature")
            continue
        expected = int(first["nr"])
        for row in rows:
            if int(row["nr"]) != expected:
                report.problems.append(f"{register} {training}: receipt {expected} is missing")
            expected = int(row["nr"]) + 1
            text = ";".join(
                (
                    previous,
                    row["transDate"],
                    row["transTime"],
                    row["nr"],
                    row["transAmntIn"],
                    row["transAmntEx"],
                )
            )
            key = _public_key(path, register, row["keyVersion"])
            try:
                key.verify(
                    base64.b64decode(row["signature"]),
                    text.encode("utf-8"),
                    padding.PKCS1v15(),
                    hashes.SHA1(),
                )
            except InvalidSignature:
                report.problems.append(f"{register} {training}: receipt {row['nr']} does not verify")
            else:
                report.verified += 1
            previous = row["signature"]
    return report


@cache
def _public_key(path: Path, register: str, version: str) -> rsa.RSAPublicKey:
    pem = path.with_name(f"{path.name}.{register}-{version}.pem")
    key = serialization.load_pem_public_key(pem.read_bytes())
    assert isinstance(key, rsa.RSAPublicKey)
    return key
