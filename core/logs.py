"""The console log, cheap enough to write one line for every request, static files and cache hits included.

Why keep a line per request at all: it is the one record with the request's id and time that ops have
when no proxy logs (and gunicorn's access log, off, would cost as much again). Why it was dear: the stock
StreamHandler writes and flushes each line while the request waits, under the handler's lock, and the
formatter renders the same second's time stamp anew for each line; that was about 10 % of a static file
or a page-cache hit (docs/benchmarks.md). Here a worker only formats its line and appends it to a queue;
a thread of its own writes the queue out every `interval` seconds in one write, so a slow pipe or disk
(journald, docker) holds up that thread, not a request. Warnings and errors, and a full queue, are
written at once, after the lines before them, so nothing that matters waits and the order stays.
Lines still queued when the process ends are written by `logging.shutdown()` (atexit, also in gunicorn's
workers); only a process killed outright loses its last fraction of a second of request lines.
"""

from __future__ import annotations

import collections
import logging
import os
import threading
import time
import weakref


class Formatter(logging.Formatter):
    """The stock format, with the time stamp's second rendered once per second rather than once per line."""

    _second: tuple[int, str] = (-1, "")

    def formatTime(self, record, datefmt=None):  # noqa: N802 (logging's name)
        if datefmt:
            return super().formatTime(record, datefmt)
        second = int(record.created)
        known = self._second
        if known[0] != second:
            known = self._second = (second, time.strftime(self.default_time_format, self.converter(second)))
        return self.default_msec_format % (known[1], record.msecs)


class QueuedStreamHandler(logging.StreamHandler):
    """A StreamHandler whose INFO lines are written by a background thread, in batches."""

    def __init__(self, stream=None, interval: float = 0.2, capacity: int = 1000):
        super().__init__(stream)
        self.interval, self.capacity = interval, capacity
        self._lines: collections.deque[str] = collections.deque()
        self._writing = threading.Lock()
        self._writer_pid = None  # threads do not survive a fork: each process starts its own writer
        _handlers.add(self)

    def _after_fork_in_child(self) -> None:
        # gunicorn forks its workers from a master that may have lines queued or be writing: those are
        # the master's to write, and its writer's lock may be held by a thread the child does not have.
        self._lines.clear()
        self._writing = threading.Lock()

    def handle(self, record):
        # Without the handler's lock around emit: appending to a deque is atomic, and the lock would make a
        # request wait for a write in progress.
        if rv := self.filter(record):
            self.emit(rv if isinstance(rv, logging.LogRecord) else record)
        return rv

    def emit(self, record):
        try:
            self._lines.append(self.format(record) + self.terminator)
        except Exception:
            self.handleError(record)
            return
        if record.levelno >= logging.WARNING or len(self._lines) >= self.capacity:
            self.flush()
        elif self._writer_pid != os.getpid():
            self._writer_pid = os.getpid()
            threading.Thread(target=self._write_regularly, name="log-writer", daemon=True).start()

    def _write_regularly(self) -> None:
        pid = os.getpid()
        while pid == os.getpid():
            time.sleep(self.interval)
            self.flush()

    def flush(self):
        with self._writing:
            lines = []
            while self._lines:
                lines.append(self._lines.popleft())
            if lines and self.stream is not None:
                try:
                    self.stream.write("".join(lines))
                    self.stream.flush()
                except (OSError, ValueError):  # the stream is gone (a closed pipe at exit): nowhere to say so
                    pass


_handlers: weakref.WeakSet[QueuedStreamHandler] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for handler in list(_handlers):
        handler._after_fork_in_child()


os.register_at_fork(after_in_child=_after_fork_in_child)
