"""The chapter hub: closed days' summaries sent from each shop to one database.

* :mod:`.outbox` builds a day's summary from the shop's SQLite file and queues
  it (``hub_outbox``) in the same transaction as the Z report;
* :mod:`.schema` creates or upgrades the hub database (PostgreSQL or SQLite);
* :mod:`.roles` gives shops and coordinators their PostgreSQL logins, with
  row-level security;
* :mod:`.link` makes every hub engine, with the timeouts and keepalives that
  keep any hub call within about a minute, and runs a push under a hard bound;
* :mod:`.push` sends the queue (idempotent upsert, back-off) and tells the till
  how far behind it is;
* :mod:`.anchors` takes each closed day's anchor (last receipt, signature,
  journal head) and the registers' public keys to the hub's append-only
  tables, and reads them back for ``bruktpos verify --hub``;
* :mod:`.queries` is what coordinators and ``bruktpos hub summary`` read.

Nothing here imports Qt.
"""
