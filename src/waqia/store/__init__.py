"""Storage of articles, mentions and events (SQLite or PostgreSQL)."""

from waqia.store.sql_store import SqlEventStore, open_store

__all__ = ["SqlEventStore", "open_store"]
