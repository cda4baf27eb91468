"""Native `*.yar` / `*.yara` files: test-compile the file, and if it fails, each rule on its own.

A file that compiles is kept whole. Otherwise the rules that compile alone are kept and each broken rule is
reported as `file:line: reason`, so one bad rule never takes the whole set down. `include` is refused
(the ruleset must depend only on the files whose digest keys the cache).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spamgear.signatures.model import SourceIssue

_RULE_START = re.compile(rb"^[ \t]*(?:(?:private|global)[ \t]+)*rule[ \t]+([A-Za-z_][A-Za-z0-9_]*)", re.M)
_IMPORT = re.compile(rb'^[ \t]*import[ \t]+"[^"]*"[ \t]*$', re.M)
_LINE = re.compile(r"line (\d+)")


@dataclass
class NativeSource:
    """The compilable text of one native file, its rules' start lines, and what was skipped."""

    text: str = ""
    rule_lines: dict[str, int] = field(default_factory=dict)
    issues: list[SourceIssue] = field(default_factory=list)


def _compile_error(text: str) -> tuple[int, str] | None:
    """None if `text` compiles, else (line, message)."""
    import yara

    try:
        yara.compile(source=text, includes=False)
    except yara.SyntaxError as err:
        message = str(err)
        found = _LINE.search(message)
        line = int(found.group(1)) if found else 1
        return line, _LINE.sub("", message).strip(" :") or message
    except yara.Error as err:
        return 1, str(err)
    return None


def _warnings(text: str, path: str) -> list[SourceIssue]:
    """YARA's warnings (slow strings, ...) as `file:line: warning: ...`; the rules are kept."""
    import yara

    issues = []
    for warning in getattr(yara.compile(source=text, includes=False), "warnings", []) or []:
        found = _LINE.search(warning)
        message = _LINE.sub("", warning).strip(" :")
        issues.append(SourceIssue(path, int(found.group(1)) if found else 1, f"warning: {message}"))
    return issues


def read_native(data: bytes, path: str) -> NativeSource:
    """Keep what compiles; name the rest."""
    result = NativeSource()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        result.issues.append(SourceIssue(path, data[: err.start].count(b"\n") + 1, "not UTF-8"))
        return result
    starts = [
        (m.start(), m.group(1).decode(), data[: m.start()].count(b"\n") + 1)
        for m in _RULE_START.finditer(data)
    ]
    error = _compile_error(text)
    if error is None:
        result.text = text
        result.rule_lines = {name: line for _, name, line in starts}
        result.issues.extend(_warnings(text, path))
        return result
    if not starts:
        result.issues.append(SourceIssue(path, error[0], error[1]))
        return result
    header = "\n".join(m.group(0).decode() for m in _IMPORT.finditer(data)) + "\n"
    header_lines = header.count("\n")
    header_error = _compile_error(header)
    if header_error is not None:
        result.issues.append(SourceIssue(path, header_error[0], header_error[1]))
        return result
    kept: list[str] = [header]
    ends = [s[0] for s in starts[1:]] + [len(data)]
    for (begin, name, line), end in zip(starts, ends, strict=True):
        chunk = data[begin:end].decode("utf-8")
        # comments between rules belong to the chunk before; strip nothing, YARA ignores them
        candidate = "".join(kept) + chunk
        chunk_error = _compile_error(header + chunk)
        if chunk_error is None:
            chunk_error = _compile_error(candidate)  # e.g. a duplicate rule name, or it needs an earlier rule
            if chunk_error is not None:
                chunk_error = (line, chunk_error[1])
        else:
            chunk_error = (line + chunk_error[0] - 1 - header_lines, chunk_error[1])
        if chunk_error is None:
            kept.append(chunk)
            result.rule_lines[name] = line
        else:
            result.issues.append(SourceIssue(path, chunk_error[0], f"rule {name}: {chunk_error[1]}"))
    result.text = "".join(kept)
    result.issues.extend(_warnings(result.text, path))
    return result
