"""A small, bounded parser for PHP `serialize()` output (scalars and arrays only; never objects).

Used for Shell-Detector's database. Depth and element counts are capped, lengths are checked against the
input, and nothing is evaluated.
"""

from __future__ import annotations

from spamgear.errors import SignatureError

PhpValue = str | int | float | bool | None | dict["str | int", "PhpValue"]

MAX_DEPTH = 8
MAX_ITEMS = 200_000


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.items = 0

    def fail(self, why: str) -> SignatureError:
        return SignatureError(f"PHP serialize: {why} at byte {self.pos}")

    def expect(self, token: bytes) -> None:
        if self.data[self.pos : self.pos + len(token)] != token:
            raise self.fail(f"expected {token.decode()!r}")
        self.pos += len(token)

    def until(self, stop: bytes) -> bytes:
        end = self.data.find(stop, self.pos, self.pos + 32)
        if end < 0:
            raise self.fail(f"missing {stop.decode()!r}")
        value = self.data[self.pos : end]
        self.pos = end + 1
        return value

    def integer(self, stop: bytes) -> int:
        raw = self.until(stop)
        if not raw.lstrip(b"-").isdigit():
            raise self.fail("bad integer")
        return int(raw)

    def value(self, depth: int) -> PhpValue:
        if depth > MAX_DEPTH:
            raise self.fail("nested too deep")
        self.items += 1
        if self.items > MAX_ITEMS:
            raise self.fail("too many elements")
        kind = self.data[self.pos : self.pos + 2]
        self.pos += 2
        if kind == b"N;":
            return None
        if kind == b"b:":
            return self.integer(b";") != 0
        if kind == b"i:":
            return self.integer(b";")
        if kind == b"d:":
            try:
                return float(self.until(b";"))
            except ValueError as err:
                raise self.fail("bad float") from err
        if kind == b"s:":
            length = self.integer(b":")
            if length < 0 or self.pos + length + 3 > len(self.data):
                raise self.fail("string length out of range")
            self.expect(b'"')
            raw = self.data[self.pos : self.pos + length]
            self.pos += length
            self.expect(b'";')
            return raw.decode("latin-1")
        if kind == b"a:":
            count = self.integer(b":")
            if count < 0 or count > MAX_ITEMS:
                raise self.fail("bad array size")
            self.expect(b"{")
            out: dict[str | int, PhpValue] = {}
            for _ in range(count):
                key = self.value(depth + 1)
                if not isinstance(key, str | int) or isinstance(key, bool):
                    raise self.fail("array key must be string or int")
                out[key] = self.value(depth + 1)
            self.expect(b"}")
            return out
        raise self.fail(f"unsupported type {kind!r}")


def loads(data: bytes) -> PhpValue:
    """Parse one serialized value; trailing bytes are an error."""
    reader = _Reader(data)
    try:
        value = reader.value(0)
    except IndexError as err:
        raise reader.fail("truncated") from err
    if reader.pos != len(data.rstrip(b"\r\n")):
        raise reader.fail("trailing data")
    return value


def array_entries(data: bytes) -> tuple[list[tuple[int, str | int, PhpValue]], str]:
    """Top-level `a:N:{...}` as (byte offset, key, value) triples, for per-entry error reporting.

    Returns the entries read before the first broken one, plus the error text ("" when all parsed).
    """
    reader = _Reader(data)
    entries: list[tuple[int, str | int, PhpValue]] = []
    try:
        reader.expect(b"a:")
        count = reader.integer(b":")
        if count < 0 or count > MAX_ITEMS:
            raise reader.fail("bad array size")
        reader.expect(b"{")
        for _ in range(count):
            offset = reader.pos
            key = reader.value(1)
            if not isinstance(key, str | int) or isinstance(key, bool):
                raise reader.fail("array key must be string or int")
            entries.append((offset, key, reader.value(1)))
        reader.expect(b"}")
    except SignatureError as err:
        return entries, str(err)
    except IndexError:
        return entries, str(reader.fail("truncated"))
    return entries, ""
