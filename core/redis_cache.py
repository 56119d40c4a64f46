"""Django's Redis cache with one redis-py client per server, reused.

Django's backend builds a new `redis.Redis` object around the shared connection pool for every cache
call; on a page-cache hit that was about 40 µs of a few hundred (docs/benchmarks.md). The client is
thread-safe (each command takes a connection from the pool), and after a fork redis-py's pool opens
new connections by itself, so one client per server is enough.
"""

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class ReusedClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient
