"""spam-gear `backdoors.re`: one Python regex per line (`re.search`, no flags), label `PHP.Backdoor.N`.

Each line becomes a YARA regex string when `pyregex.translate` can express it exactly; otherwise it stays a
Python regex run by the bounded fallback worker (time- and byte-limited), gated by a required literal.
The rule's meta `path` (and `FallbackRule`) records which way each line went.
"""

from __future__ import annotations

import re

from spamgear.signatures.model import (
    DEFAULT_SCORE,
    FallbackRule,
    GeneratedRule,
    ParsedSource,
    SourceIssue,
)
from spamgear.signatures.pyregex import Untranslatable, required_literal, translate


def parse_backdoors(text: bytes, path: str, prefix: str = "SPAMGEAR_BACKDOOR") -> ParsedSource:
    """Regex lines -> YARA regex rules or Python fallbacks; invalid regexes are named and skipped."""
    result = ParsedSource()
    for index, raw in enumerate(text.split(b"\n")):
        lineno = index + 1
        line = raw[:-1] if raw.endswith(b"\r") else raw
        if not line.strip() or line.lstrip().startswith(b"#"):
            continue
        try:
            pattern = line.decode("utf-8")
        except UnicodeDecodeError:
            result.issues.append(SourceIssue(path, lineno, "not UTF-8"))
            continue
        try:
            re.compile(pattern.encode("utf-8"))
        except re.error as err:
            result.issues.append(SourceIssue(path, lineno, f"invalid regex: {err}"))
            continue
        if re.compile(pattern.encode("utf-8")).search(b"") is not None:
            result.issues.append(
                SourceIssue(path, lineno, "regex matches the empty string (would hit every file)")
            )
            continue
        name = f"{prefix}_L{lineno}"
        source = f"{path}:{lineno}"
        family = f"PHP.Backdoor.{index}"
        description = "spam-gear backdoor regex: " + pattern[:60]
        try:
            body = translate(pattern)
            _test_compile(body)
        except Untranslatable as why:
            result.fallbacks.append(
                FallbackRule(
                    name,
                    source,
                    DEFAULT_SCORE,
                    family,
                    description,
                    pattern,
                    required_literal(pattern),
                    str(why),
                )
            )
            continue
        rule = GeneratedRule(
            name, source, DEFAULT_SCORE, family, description, (f"$r = /{body}/",), path="yara"
        )
        result.rules.append(rule)
    return result


def _test_compile(body: str) -> None:
    """YARA has its own limits (regex size, atoms); what it refuses goes to the fallback instead."""
    import yara

    try:
        yara.compile(source=f"rule t {{ strings: $r = /{body}/ condition: $r }}")
    except yara.SyntaxError as err:
        raise Untranslatable(f"yara refused it: {err}") from err
