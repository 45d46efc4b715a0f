"""Files the till exports for people outside it (SAF-T, the electronic journal): written beside, then moved.

An export is written into a new file beside its target and moved into place
only when it is complete, together with its journal entry, so a failed
export leaves neither a half-written file nor an entry.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from bruktpos.domain.errors import ExportNotWritten


def temporary_beside(path: Path) -> Path:
    """A new empty file beside ``path`` to write into (:class:`ExportNotWritten` if the folder refuses).

    Made with the user's usual file mode (not mkstemp's owner-only one, and
    without touching the process's umask, which other threads share).
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
    try:
        with open(temporary, "xb"):
            pass
    except OSError as error:
        raise ExportNotWritten(str(path), error.strerror or str(error)) from error
    return temporary


def not_written(path: Path, error: OSError) -> ExportNotWritten:
    """The typed refusal for an export to ``path`` the disk or folder refused."""
    return ExportNotWritten(str(path), error.strerror or str(error))
