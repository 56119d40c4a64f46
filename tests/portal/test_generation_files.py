"""The generations without Redis (core.page_scopes.GenerationFileCache): a token another process writes is
read at once, and a token that has not changed for a while is not read from its file on every hit."""

import os

import pytest
from django.core.cache.backends.filebased import FileBasedCache

from core.page_scopes import GenerationFileCache

KEY = "portal:generation:dresden"


@pytest.fixture
def stores(tmp_path):
    """Two processes' views of one directory: each has its own memory of what it read."""
    return GenerationFileCache(str(tmp_path), {}), GenerationFileCache(str(tmp_path), {})


@pytest.fixture
def file_reads(monkeypatch):
    reads = []
    original = FileBasedCache.get

    def counting(self, key, default=None, version=None):
        reads.append(key)
        return original(self, key, default, version)

    monkeypatch.setattr(FileBasedCache, "get", counting)
    return reads


def age(store, seconds: float) -> None:
    """Make the token's file look written `seconds` ago (as if this test had waited)."""
    path = store._key_to_file(KEY)
    stat = os.stat(path)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - int(seconds * 1e9)))


def test_a_settled_token_is_remembered_and_not_read_from_its_file_again(stores, file_reads):
    reader, _ = stores
    reader.set(KEY, 1, timeout=None)
    age(reader, 5)
    assert [reader.get(KEY) for _ in range(5)] == [1] * 5
    assert len(file_reads) == 1


def test_a_token_written_by_another_process_is_read_on_the_next_use(stores):
    reader, writer = stores
    writer.set(KEY, 1, timeout=None)
    age(writer, 5)
    assert reader.get(KEY) == 1
    writer.set(KEY, 2, timeout=None)  # a new file under the same name, at once after the read
    assert reader.get(KEY) == 2
    writer.delete(KEY)
    assert reader.get(KEY) is None
    assert reader.get_many([KEY]) == {}


def test_a_token_written_within_the_last_second_is_read_from_the_file_every_time(stores, file_reads):
    reader, _ = stores
    reader.set(KEY, 1, timeout=None)
    assert [reader.get(KEY) for _ in range(3)] == [1] * 3
    assert len(file_reads) == 3


def test_a_rewrite_that_keeps_inode_time_and_size_is_still_seen_when_the_first_write_was_recent(stores):
    # What two writes within one tick of the file system's clock can leave: the memory must not be trusted then.
    reader, writer = stores
    writer.set(KEY, 1, timeout=None)
    path = writer._key_to_file(KEY)
    before = os.stat(path)
    assert reader.get(KEY) == 1
    replacement = GenerationFileCache(str(os.path.dirname(path)) + "-other", {})
    replacement.set(KEY, 2, timeout=None)
    with open(replacement._key_to_file(KEY), "rb") as new, open(path, "r+b") as old:
        content = new.read()
        assert len(content) == before.st_size  # same size: only the token's bits differ
        old.write(content)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(path).st_ino == before.st_ino
    assert reader.get(KEY) == 2
