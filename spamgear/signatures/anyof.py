"""Rewrite `any of (...)` / `any of them` in rule conditions into plain `or` chains before compiling.

Why: in fast mode YARA stops looking for a string after its first match, but not for strings named in an
`of` expression (yara-python 4.5.4): those are searched for every match. A string such as
`(\\x[0-9a-fA-F]{2}){240}` then runs its whole repetition at every `\\x` of a long escape blob, and a
2 MB upload of `\\x41` escapes in front of a one-line shell took 9 s to scan (the upload hook's deadline
is 2 s, and fail-open lets the upload through). `any of ($a, $b*)` means exactly `($a or $b1 or $b2)`,
so the rewrite keeps every verdict and gives YARA back its single-match shortcut.

The rewrite is conservative: only inside a rule's `condition:` section, only when every item is a
named string (`$id` or `$prefix*`), never for `for any of`, `any of (...) in (...)` / `at`, or
`any of them` in a rule with anonymous strings. A text that does not compile after the rewrite is kept
as it was. Line numbers are unchanged (the chain replaces text within its line), so `file:line` reports
stay right.
"""

from __future__ import annotations

import re

_RULE = re.compile(
    r"^[ \t]*(?:(?:private|global)[ \t]+)*rule[ \t]+[A-Za-z_]\w*[^{]*\{.*?^\}",
    re.M | re.S,
)
_STRINGS_AND_CONDITION = re.compile(r"\bstrings:(?P<strings>.*?)\bcondition:(?P<condition>.*)\}\s*\Z", re.S)
_STRING_ID = re.compile(r"^\s*(\$\w*)\s*=", re.M)
_ANY_OF = re.compile(r"\bany\s+of\s+(?:\((?P<items>[^()]*)\)|them\b)")
_FOR_BEFORE = re.compile(r"\bfor\s+\Z")
_IN_OR_AT_AFTER = re.compile(r"\s*(in|at)\b")
_ITEM = re.compile(r"\$\w*\*?")


def _chain(items: str | None, names: list[str]) -> str | None:
    """The `or` chain for one `any of`, or None when it cannot be written safely."""
    if items is None:
        if not names or "$" in names:
            return None
        chosen = names
    else:
        chosen = []
        for item in (part.strip() for part in items.split(",")):
            if not _ITEM.fullmatch(item) or item == "$" or item == "$*":
                return None
            if item.endswith("*"):
                matched = [n for n in names if n.startswith(item[:-1]) and n != "$"]
                if not matched:
                    return None
                chosen.extend(matched)
            else:
                chosen.append(item)
    return "(" + " or ".join(chosen) + ")"


def _rewrite_condition(condition: str, names: list[str]) -> str:
    out: list[str] = []
    pos = 0
    for found in _ANY_OF.finditer(condition):
        before = condition[: found.start()]
        after = condition[found.end() :]
        if _FOR_BEFORE.search(before) or _IN_OR_AT_AFTER.match(after):
            continue
        chain = _chain(found.group("items"), names)
        if chain is None:
            continue
        out.append(condition[pos : found.start()])
        out.append(chain)
        pos = found.end()
    out.append(condition[pos:])
    return "".join(out)


def _rewrite_rule(rule: str) -> str:
    parts = _STRINGS_AND_CONDITION.search(rule)
    if parts is None:
        return rule
    names = _STRING_ID.findall(parts.group("strings"))
    condition = parts.group("condition")
    rewritten = _rewrite_condition(condition, names)
    if rewritten == condition:
        return rule
    start, end = parts.span("condition")
    return rule[:start] + rewritten + rule[end:]


def expand_any_of(text: str) -> str:
    """`text` with every safely rewritable `any of` turned into an `or` chain (same line count)."""
    return _RULE.sub(lambda m: _rewrite_rule(m.group(0)), text)


def expand_any_of_checked(text: str) -> str:
    """`expand_any_of`, or `text` itself if the rewritten rules do not compile."""
    import yara

    rewritten = expand_any_of(text)
    if rewritten == text:
        return text
    try:
        yara.compile(source=rewritten, includes=False)
    except yara.Error:
        return text
    return rewritten
