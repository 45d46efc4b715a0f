"""Where X and Z report PDFs go: a ``reports`` folder beside the shop's database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bruktpos.services.reports import DayReport
    from bruktpos.services.shop import ShopInfo


def reports_folder(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "reports"


def report_file_name(report: DayReport) -> str:
    """``Z-rapport-1-0012-2026-11-12.pdf``, or ``X-rapport-1-2026-11-12-1405.pdf``."""
    register = "".join(c for c in report.register if c.isalnum() or c in "-_") or "kasse"
    day = report.business_date.isoformat()
    if report.kind == "Z":
        return f"Z-rapport-{register}-{report.z_number or 0:04d}-{day}.pdf"
    taken = report.taken_at
    clock = taken[11:16].replace(":", "") if len(taken) >= 16 else ""
    return f"X-rapport-{register}-{day}{'-' + clock if clock else ''}.pdf"


def write_pdf(report: DayReport, path: Path, shop: ShopInfo | None) -> None:
    """An X's or Z's PDF, in a background job's thread: reportlab (a tenth of a second to load the
    first time) is loaded there too, not on the GUI thread."""
    from bruktpos.devices.report_pdf import write_report_pdf

    write_report_pdf(report, path, shop=shop)


def why_not_saved(error: BaseException) -> str:
    """What the person is told of a PDF that could not be written: the system's words for it."""
    return (error.strerror or str(error)) if isinstance(error, OSError) else type(error).__name__
