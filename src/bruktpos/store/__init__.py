"""The shop's SQLite database: engines, models, migrations and the journal."""
