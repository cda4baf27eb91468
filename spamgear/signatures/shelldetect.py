"""PHP Shell-Detector `shelldetect.db`: base64 of a PHP-serialized `fingerprint => "name[ver][flag][ext]"`.

* A plain key is a slice of base64(whole shell file) at an arbitrary offset. Shell-Detector matched it
  against base64(file); we decode it instead so YARA matches the file's own bytes: for each of the 4
  possible alignments, decode the whole 4-char groups inside the slice and keep the alignments whose bytes
  look like text (or all of them when none does: binary payloads).
* A `bb:` key is base64 of a literal snippet that is matched against the raw file.
* `flag` 2 marks legitimate-but-abusable tools (file managers, mailers): they score 50, below the
  default threshold, so they never make a file malicious on their own.
"""

from __future__ import annotations

import base64
import binascii
import re

from spamgear.signatures.model import (
    DEFAULT_SCORE,
    GeneratedRule,
    ParsedSource,
    SourceIssue,
    identifier_part,
    yara_hex_string,
)
from spamgear.signatures.phpserialize import array_entries

ABUSABLE_SCORE = 50
MIN_BYTES = 8
_VALUE = re.compile(r"^(?P<name>.+?)\[(?P<version>\d+)\]\[(?P<flag>\d+)\]\[(?P<ext>\w*)\]$")
_B64 = re.compile(rb"^[A-Za-z0-9+/]+=*$")


def _texty(data: bytes) -> bool:
    printable = sum(1 for b in data if 32 <= b < 127 or b in (9, 10, 13))
    return printable >= 0.9 * len(data)


def decode_fragment(fragment: str) -> list[bytes]:
    """The byte strings a base64 slice at unknown alignment stands for (best guesses first)."""
    raw = fragment.encode("ascii", "replace").rstrip(b"=")
    candidates: list[bytes] = []
    for shift in range(4):
        chunk = raw[shift:]
        chunk = chunk[: len(chunk) // 4 * 4]
        if not chunk:
            continue
        try:
            decoded = base64.b64decode(chunk, validate=True)
        except (binascii.Error, ValueError):
            continue
        if len(decoded) >= MIN_BYTES:
            candidates.append(decoded)
    texty = [c for c in candidates if _texty(c)]
    return texty or candidates


def _decode_bb(key: str) -> bytes:
    body = key[3:].encode("ascii", "replace")
    body = body + b"=" * (-len(body) % 4)
    return base64.b64decode(body, validate=True)


def _line_of(b64_text: bytes, decoded_offset: int) -> int:
    """1-based line of the base64 text that holds decoded byte `decoded_offset` (the db is line-wrapped)."""
    char_index = decoded_offset * 4 // 3
    seen = 0
    for lineno, line in enumerate(b64_text.split(b"\n"), start=1):
        width = len(line.strip())
        if seen + width > char_index:
            return lineno
        seen += width
    return max(1, b64_text.count(b"\n"))


def parse_shelldetect(text: bytes, path: str, prefix: str = "SPAMGEAR_SHELLDETECT") -> ParsedSource:
    """The whole db -> one YARA rule per fingerprint; broken entries are named and skipped."""
    result = ParsedSource()
    compact = b"".join(text.split())
    try:
        data = base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError) as err:
        result.issues.append(SourceIssue(path, 1, f"not base64: {err}"))
        return result
    entries, error = array_entries(data)
    if error:
        where = len(entries) and entries[-1][0]
        result.issues.append(SourceIssue(path, _line_of(text, where), f"{error}; entries after it skipped"))
    for index, (offset, key, value) in enumerate(entries):
        lineno = _line_of(text, offset)
        if key == "version":
            continue
        if not isinstance(key, str) or not isinstance(value, str):
            result.issues.append(SourceIssue(path, lineno, f"entry {index}: key and value must be strings"))
            continue
        parsed = _VALUE.match(value)
        if parsed is None:
            result.issues.append(
                SourceIssue(path, lineno, f"entry {index}: value {value[:40]!r} is not name[v][flag][ext]")
            )
            continue
        name, version, flag, ext = parsed["name"], parsed["version"], int(parsed["flag"]), parsed["ext"]
        if key.startswith("bb:"):
            try:
                needles = [_decode_bb(key)]
            except (binascii.Error, ValueError):
                result.issues.append(
                    SourceIssue(path, lineno, f"entry {index} ({value}): bb: key is not base64")
                )
                continue
            kind = "snippet"
        else:
            if not _B64.match(key.encode("ascii", "replace")):
                result.issues.append(SourceIssue(path, lineno, f"entry {index} ({value}): key is not base64"))
                continue
            needles = decode_fragment(key)
            kind = "fragment"
        needles = [n for n in needles if len(n) >= MIN_BYTES]
        if not needles:
            result.issues.append(SourceIssue(path, lineno, f"entry {index} ({value}): fingerprint too short"))
            continue
        abusable = flag == 2
        result.rules.append(
            GeneratedRule(
                name=f"{prefix}_{index}_{identifier_part(name)}",
                source=f"{path}:{lineno}",
                score=ABUSABLE_SCORE if abusable else DEFAULT_SCORE,
                family=value,
                description=(
                    f"Shell-Detector {kind}: {name} v{version} ({ext})"
                    + (" - legitimate but abusable tool" if abusable else "")
                ),
                strings=tuple(f"$s{i} = {yara_hex_string(n)}" for i, n in enumerate(needles)),
            )
        )
    return result
