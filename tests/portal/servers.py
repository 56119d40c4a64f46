"""Real processes for tests: the portal under gunicorn, a private redis-server, and a TCP proxy that can cut
the database off. Each listens on a free local port and is stopped when its `with` block ends."""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
PROVISION = ROOT / "scripts" / "provision"  # starts redis-server the way CI and `make bench` do
REDIS_SERVER = os.environ.get("REDIS_SERVER", "/usr/bin/redis-server")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(check, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise TimeoutError(f"{what} did not come up within {timeout} s")


def postgres_url(port: int | None = None) -> str:
    """The URL of the database this test uses (pytest-django's test database), optionally through another port."""
    assert connection.vendor == "postgresql"
    settings = connection.settings_dict
    user, password = quote(settings["USER"], safe=""), quote(settings["PASSWORD"], safe="")
    host = settings["HOST"] or "127.0.0.1"
    return f"postgres://{user}:{password}@{host}:{port or settings['PORT'] or 5432}/{settings['NAME']}"


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    text: str


class Portal:
    """`gunicorn` as `make serve` runs it: debug off, plain HTTP (DJANGO_HTTPS=0), settings from `env`."""

    def __init__(self, log_dir: Path, **env: str):
        self.port = free_port()
        self.log = log_dir / f"gunicorn-{self.port}.log"
        inherited = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_"))}
        self.env = inherited | {
            "DJANGO_SECRET_KEY": "two-servers-test-" + "k" * 40,
            "DJANGO_HTTPS": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_LOG_LEVEL": "WARNING",
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "GUNICORN_WORKERS": "1",
            "GUNICORN_LOG_LEVEL": "warning",
            **env,
        }

    def __enter__(self) -> Portal:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "portal/gunicorn.conf.py", "portal.wsgi:application"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )

        def answers() -> bool:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.log.read_text()}")
            try:
                return self.get("/robots.txt").status == 200
            except OSError:
                return False

        wait_for(answers, f"gunicorn on port {self.port}")
        return self

    def __exit__(self, *exc_info) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def get(self, path: str) -> Response:
        client = http.client.HTTPConnection("127.0.0.1", self.port, timeout=20)
        try:
            client.request("GET", path, headers={"Host": "127.0.0.1"})
            response = client.getresponse()
            return Response(response.status, dict(response.getheaders()), response.read().decode())
        finally:
            client.close()


class RedisServer:
    """A redis-server of its own, without persistence, for the length of a test (`scripts/provision redis`)."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"

    @staticmethod
    def missing_reason() -> str | None:
        if not (Path(REDIS_SERVER).exists() or shutil.which(REDIS_SERVER)):
            return f"redis-server not found at {REDIS_SERVER} (apt-get install redis-server)"
        return None

    def __enter__(self) -> RedisServer:
        self.process = subprocess.Popen(
            [PROVISION, "redis", str(self.port)],
            env=os.environ | {"REDIS_SERVER": REDIS_SERVER},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for(self.ping, f"redis-server on port {self.port}")
        return self

    def ping(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def __exit__(self, *exc_info) -> None:
        self.process.terminate()
        self.process.wait(timeout=15)


class TcpProxy:
    """Forwards a local port to the database server; `cut()` drops every connection and refuses new ones,
    as a database host that went away would, and `restore()` listens on the same port again."""

    def __init__(self, target_port: int, target_host: str = "127.0.0.1"):
        self.target = (target_host, target_port)
        self.port = free_port()
        self.sockets: list[socket.socket] = []
        self.listener: socket.socket | None = None

    def restore(self) -> None:
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen()
        threading.Thread(target=self.accept, args=(self.listener,), daemon=True).start()

    def accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            upstream = socket.create_connection(self.target)
            self.sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self.pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        # shutdown() first: on Linux close() alone leaves a thread blocked in accept() accepting
        self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for sock in self.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        self.sockets.clear()

    def __enter__(self) -> TcpProxy:
        self.restore()
        return self

    def __exit__(self, *exc_info) -> None:
        self.cut()
