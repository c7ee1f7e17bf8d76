"""How the API reaches the store.

Read-only (no token): a short read-only connection per request, so ``parley ingest`` can
write between requests; while another process writes, requests get 503. Writable (a token
is set): one read-write connection for the server's life, used by one request at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from parley.store import Store

BUSY_WAIT = 0.5  # seconds a request waits for a writer before answering 503


class StoreBusy(Exception):
    """Another process holds the store for writing."""


class StoreAccess:
    def __init__(self, path: Path, writable: bool) -> None:
        self.path = Path(path)
        self.writable = writable
        self._lock = threading.Lock()
        self._store = Store(self.path) if writable else None

    @contextmanager
    def open(self) -> Iterator[Store]:
        """The store for one request."""
        if self._store is not None:
            with self._lock:
                yield self._store
            return
        try:
            store = Store(self.path, read_only=True, wait=BUSY_WAIT)
        except duckdb.IOException as exc:
            raise StoreBusy(str(exc)) from exc
        try:
            yield store
        finally:
            store.close()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
