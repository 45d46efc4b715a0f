"""Where X and Z report PDFs go: a ``reports`` folder beside the shop's database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bruktpos.devices.report_receipt import report_data, report_kind


def reports_folder(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "reports"


def report_file_name(report: Any) -> str:
    """``Z-rapport-1-0012-2026-11-12.pdf``, or ``X-rapport-1-2026-11-12-1405.pdf``."""
    data = report_data(report)
    register = "".join(c for c in str(data.get("register") or "") if c.isalnum() or c in "-_") or "kasse"
    day = str(data.get("date") or "")[:10]
    if report_kind(data) == "z":
        return f"Z-rapport-{register}-{int(data.get('z_number') or 0):04d}-{day}.pdf"
    taken = str(data.get("taken_at") or "")
    clock = taken[11:16].replace(":", "") if len(taken) >= 16 else ""
    return f"X-rapport-{register}-{day}{'-' + clock if clock else ''}.pdf"
