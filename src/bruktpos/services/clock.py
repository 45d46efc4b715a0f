"""The time, as services see it: :mod:`bruktpos.domain.clock`, where the hub and devices read it too."""

from __future__ import annotations

from bruktpos.domain.clock import Clock, local_now

__all__ = ["Clock", "local_now"]
