"""spam-gear `fingerprints.txt`: one literal per line; a file containing the line is a shell.

spam-gear labels hit N (0-based line index) `PHP.Finger.N`. Blank lines and `#` comments are skipped, so a
blank line can never become a match-everything rule. Literals become YARA hex strings (no escaping pitfalls).
"""

from __future__ import annotations

from spamgear.signatures.model import (
    DEFAULT_SCORE,
    GeneratedRule,
    ParsedSource,
    SourceIssue,
    yara_hex_string,
)

#: Shorter literals match everywhere and make YARA slow; they are reported and skipped.
MIN_LITERAL = 4


def parse_fingerprints(text: bytes, path: str, prefix: str = "SPAMGEAR_FINGER") -> ParsedSource:
    """Literal lines -> one YARA rule each."""
    result = ParsedSource()
    for index, raw in enumerate(text.split(b"\n")):
        lineno = index + 1
        literal = raw[:-1] if raw.endswith(b"\r") else raw
        if not literal.strip() or literal.lstrip().startswith(b"#"):
            continue
        if len(literal) < MIN_LITERAL:
            result.issues.append(
                SourceIssue(path, lineno, f"literal shorter than {MIN_LITERAL} bytes would match too much")
            )
            continue
        result.rules.append(
            GeneratedRule(
                name=f"{prefix}_L{lineno}",
                source=f"{path}:{lineno}",
                score=DEFAULT_SCORE,
                family=f"PHP.Finger.{index}",
                description="spam-gear fingerprint: " + literal[:60].decode("utf-8", "replace"),
                strings=(f"$f = {yara_hex_string(literal)}",),
            )
        )
    return result
