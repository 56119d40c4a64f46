"""A real SMTP server for tests, on a free local port in a thread: one that works, or one that accepts
connections and never answers (a mail server that hangs)."""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from email.message import Message


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpServer:
    def __init__(self, port: int | None = None, *, stalled: bool = False, delay: float = 0.0):
        self.port = port or free_port()
        self.stalled = stalled
        self.delay = delay  # seconds before accepting each message, so that concurrent senders overlap
        self.messages: list[Message] = []
        self.connections = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            if self.stalled:
                await reader.read()  # says nothing, until the client gives up and closes
                return
            writer.write(b"220 test ESMTP\r\n")
            lines: list[bytes] | None = None
            while line := await reader.readline():
                if lines is not None:
                    if line == b".\r\n":
                        await asyncio.sleep(self.delay)
                        self.messages.append(email.message_from_bytes(b"".join(lines)))
                        lines = None
                        writer.write(b"250 queued\r\n")
                    else:
                        lines.append(line[1:] if line.startswith(b"..") else line)
                    continue
                command = line[:4].upper()
                if command in (b"EHLO", b"HELO"):
                    writer.write(b"250 test\r\n")
                elif command == b"DATA":
                    writer.write(b"354 end with .\r\n")
                    lines = []
                elif command == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    return
                else:  # MAIL, RCPT, RSET, NOOP
                    writer.write(b"250 ok\r\n")
                await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    def __enter__(self) -> SmtpServer:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        start = asyncio.start_server(self.handle, "127.0.0.1", self.port, reuse_address=True)
        self.server = asyncio.run_coroutine_threadsafe(start, self.loop).result(timeout=10)
        return self

    def __exit__(self, *exc_info) -> None:
        async def stop():
            self.server.close()
            for task in asyncio.all_tasks() - {asyncio.current_task()}:
                task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(timeout=10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()

    def mailers(self, timeout: float = 1) -> dict:
        """settings.MAILERS for the portal's real SMTP backend, pointed at this server."""
        options = {"host": "127.0.0.1", "port": self.port, "timeout": timeout}
        return {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": options}}
