"""Django's Redis cache with one redis-py connection per thread, reused, and a lean `get_many` for page hits.

Django's backend builds a new `redis.Redis` object around the shared connection pool for every cache
call, and redis-py then takes a connection from the pool (a lock and a readiness poll) and gives it back
for every command. On a page-cache hit that was about 40 µs and 20 µs of CPU of a few hundred
(docs/benchmarks.md). Here each thread keeps one client holding one connection (`single_connection_client`):
a sync gunicorn worker has one thread, so one connection, as before. The client is made again after a
fork (the pid is part of the check), so a worker never shares the master's socket, and redis-py
reconnects it by itself after an error.
"""

import os
import threading

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._local = threading.local()

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        clients = getattr(self._local, "clients", None)
        if clients is None or self._local.pid != os.getpid():
            clients = self._local.clients = {}
            self._local.pid = os.getpid()
        client = clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)
            client = clients[index] = self._client(connection_pool=pool, single_connection_client=True)
        return client

    def mget(self, names: list[str]) -> list:
        """MGET on this thread's connection, once: redis-py's command path (retries with backoff, timing
        and error metrics for observability) costs more CPU than the round trip itself (about 25 of 40 µs
        here). A connection the server or a proxy closed meanwhile (a restart, an idle timeout) is opened
        again once; a cache that does not answer then, or in time, raises redis-py's error and the page is
        rendered (core/page_cache.py), which is what retrying with backoff would have come to, later."""
        client = self.get_client()
        connection = client.connection
        with client.single_connection_lock:
            try:
                return self._mget(connection, names)
            except self._lib.ConnectionError:
                return self._mget(connection, names)  # the connection was closed: send_command opens it again

    @staticmethod
    def _mget(connection, names: list[str]) -> list:
        try:
            connection.send_command("MGET", *names)
            return connection.read_response()
        except BaseException:
            connection.disconnect()
            raise


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient

    def get_many(self, keys, version=None):
        """One MGET. The page cache's keys (digests, slugs) need no check against memcached's key rules,
        which Django's `get_many` runs character by character on every key of every hit."""
        names = [self.make_key(key, version=version) for key in keys]
        values = self._cache.mget(names)
        loads = self._cache._serializer.loads
        return {key: loads(value) for key, value in zip(keys, values, strict=True) if value is not None}
