"""Hubs for the tests: a real PostgreSQL cluster (one per run, a fresh database per test) and SQLite files.

A machine without the PostgreSQL server fails these tests with a message
saying how to install it; nothing is skipped.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from bruktpos.hub.roles import add_coordinator, add_shop
from bruktpos.hub.schema import hub_engine, init_hub
from tests.hub.netfaults import DeadLinkProxy, SilentServer
from tests.hub.pgcluster import Cluster, PostgresMissing, start_cluster

_databases = itertools.count(1)


@dataclass
class Hub:
    """A hub database made for one test."""

    kind: str  # "postgresql" | "sqlite"
    admin_url: str
    shop_urls: dict[str, str] = field(default_factory=dict)

    def shop_url(self, code: str, name: str | None = None) -> str:
        """The URL a shop pushes with (its own login on PostgreSQL), made once per code."""
        if code not in self.shop_urls:  # add-shop leaves an existing shop as it is
            self.shop_urls[code] = add_shop(self.admin_url, code, name).url
        return self.shop_urls[code]

    def coordinator_url(self, name: str = "coordinator") -> str:
        return add_coordinator(self.admin_url, name).url

    def engine(self, url: str | None = None) -> Engine:
        return hub_engine(url or self.admin_url)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    yield cluster
    cluster.stop()


def new_pg_database(cluster: Cluster) -> str:
    name = f"hub_{os.getpid()}_{next(_databases)}"
    engine = create_engine(cluster.url(), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return cluster.url(name)


@pytest.fixture
def pg_hub(pg_cluster: Cluster) -> Hub:
    url = new_pg_database(pg_cluster)
    init_hub(url)
    return Hub("postgresql", url)


@pytest.fixture
def sqlite_hub(tmp_path: Path) -> Hub:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    init_hub(url)
    return Hub("sqlite", url)


@pytest.fixture(params=["postgresql", "sqlite"])
def hub(request: pytest.FixtureRequest) -> Hub:
    """The same behaviour, on both kinds of hub."""
    return request.getfixturevalue("pg_hub" if request.param == "postgresql" else "sqlite_hub")


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    """A "PostgreSQL" on 127.0.0.1 that accepts and never answers."""
    server = SilentServer()
    yield server
    server.close()


@pytest.fixture
def proxy(pg_cluster: Cluster) -> Iterator[DeadLinkProxy]:
    """A TCP way to the test cluster whose link can die (see tests/hub/netfaults.py)."""
    link = DeadLinkProxy(pg_cluster.socket_dir / f".s.PGSQL.{pg_cluster.port}")
    yield link
    link.close()
