"""Subcommands of ``bruktpos`` that live in their own modules.

Each module has ``add_parsers(sub)``, which adds its subparsers and sets
``handler`` (a function of the parsed arguments returning the exit code) on
each with ``set_defaults``. Like the rest of the command line, they never
load Qt unless they open a window.
"""

from __future__ import annotations

import argparse
from importlib import import_module

MODULES = ("report", "hub", "users", "restore", "setup", "saft", "journal", "devices")


def add_all(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name in MODULES:
        import_module(f"{__name__}.{name}").add_parsers(sub)
