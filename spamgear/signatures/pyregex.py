"""Python regex -> YARA regex, or a reason why it must stay a (bounded) Python fallback.

Works on the parse tree from `re._parser` rather than on the text, so escapes, classes and groups are
translated by meaning. Untranslatable: backreferences, lookarounds, inline flags, atomic groups, and
unbounded repeats of "anything" (`.*`, `[^x]*`), which YARA silently stops extending after a few KB.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


class Untranslatable(Exception):
    """The regex has a construct YARA cannot take; the message says which."""


def _byte(value: int) -> str:
    if value > 0xFF:
        raise Untranslatable("character above \\xff")
    return f"\\x{value:02x}"


def _literal(value: int) -> str:
    ch = chr(value)
    return ch if value <= 0x7F and (ch.isalnum() or ch in " _") else _byte(value)


def _class(items: Any) -> str:
    parts: list[str] = []
    negate = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            parts.append(_byte(av))
        elif name == "RANGE":
            parts.append(f"{_byte(av[0])}-{_byte(av[1])}")
        elif name == "CATEGORY":
            cat = _CATEGORIES.get(str(av))
            if cat is None:
                raise Untranslatable(f"class category {av}")
            parts.append(cat)
        else:
            raise Untranslatable(f"class item {name}")
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def _is_wide(items: Any) -> bool:
    """True for a single-atom body that matches (nearly) any byte: `.`, `[^x]`, `\\S`, `\\D`, `\\W`."""
    if len(items) != 1:
        return any(_is_wide([item]) for item in items)
    op, av = items[0]
    name = str(op)
    if name in ("ANY", "NOT_LITERAL"):
        return True
    if name == "IN":
        return any(str(o) == "NEGATE" or str(a) in _NEGATED for o, a in av)
    if name == "SUBPATTERN":
        return _is_wide(av[3])
    if name == "BRANCH":
        return any(_is_wide(alt) for alt in av[1])
    return False


_NEGATED = {"CATEGORY_NOT_DIGIT", "CATEGORY_NOT_SPACE", "CATEGORY_NOT_WORD"}


def _emit(items: Any, top: bool = False) -> str:
    """YARA regex text for a parsed (bytes) pattern; `top` marks the pattern's own top-level sequence."""
    out: list[str] = []
    items = list(items)
    for position, (op, av) in enumerate(items):
        name = str(op)
        if name == "LITERAL":
            out.append(_literal(av))
        elif name == "NOT_LITERAL":
            out.append(f"[^{_byte(av)}]")
        elif name == "ANY":
            out.append(".")
        elif name == "IN":
            out.append(_class(av))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, body = av
            if high == _c.MAXREPEAT and _is_wide(body):
                raise Untranslatable("unbounded repeat of any character (YARA stops matching long runs)")
            inner = _emit(body)
            single = len(body) == 1 and str(body[0][0]) in ("LITERAL", "NOT_LITERAL", "ANY", "IN")
            if not single or (str(body[0][0]) == "LITERAL" and len(inner) > 1):
                inner = f"({inner})"  # a multi-byte literal (\\xHH or UTF-8) repeats as a whole
            if high == _c.MAXREPEAT:
                quant = "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
            elif (low, high) == (0, 1):
                quant = "?"
            elif low == high:
                quant = f"{{{low}}}"
            else:
                quant = f"{{{low},{high}}}"
            out.append(inner + quant + ("?" if name == "MIN_REPEAT" else ""))
        elif name == "SUBPATTERN":
            _group, add_flags, del_flags, body = av
            if add_flags or del_flags:
                raise Untranslatable("inline flags")
            out.append("(" + _emit(body) + ")")
        elif name == "BRANCH":
            out.append("(" + "|".join(_emit(alt) for alt in av[1]) + ")")
        elif name == "AT":
            at = str(av)
            if at in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
                out.append("^")
            elif at == "AT_END":
                # Python's `$` is zero-width and also matches before a final newline; consuming `\n?` is
                # only the same thing when nothing follows it.
                if not top or position != len(items) - 1:
                    raise Untranslatable("`$` before the end of the pattern")
                out.append("\\n?$")
            elif at == "AT_END_STRING":
                out.append("$")
            else:  # \b and \B differ from Python's at the edges of the data in YARA
                raise Untranslatable(f"anchor {at}")
        elif name == "GROUPREF":
            raise Untranslatable("backreference")
        elif name in ("ASSERT", "ASSERT_NOT"):
            raise Untranslatable("lookaround")
        else:
            raise Untranslatable(f"construct {name}")
    return "".join(out)


def translate(pattern: str) -> str:
    """The YARA regex body (without slashes) for a Python regex, or raise `Untranslatable`.

    Raises `re.error` when the pattern is not a valid Python regex at all.
    """
    raw = pattern.encode("utf-8")
    re.compile(raw)
    tree = _parser.parse(raw, 0)  # bytes semantics, exactly as the fallback and spam-gear (py2 str) run it
    if tree.state.flags:
        raise Untranslatable("global flags")
    body = _emit(list(tree), top=True)
    return body.replace("/", "\\/")


def required_literal(pattern: str) -> bytes:
    """The longest literal run every match must contain (b"" if none); a cheap pre-check for fallbacks."""
    try:
        tree = _parser.parse(pattern.encode("utf-8"), 0)
    except re.error:
        return b""
    best = b""
    run: list[int] = []

    def flush() -> None:
        nonlocal best, run
        data = bytes(run)
        if len(data) > len(best):
            best = data
        run = []

    def walk(items: Any) -> None:
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                run.append(av)
            elif name == "SUBPATTERN" and not av[1] and not av[2]:
                walk(av[3])
            elif name == "MAX_REPEAT" and av[0] >= 1 and av[0] == av[1] == 1:
                walk(av[2])
            elif name == "AT":
                continue
            else:
                flush()

    walk(list(tree))
    flush()
    return best


def gate_segments(pattern: str) -> list[str]:
    """YARA regex bodies that every match of `pattern` must contain, for a pattern `translate` refused.

    The top-level sequence is cut at each unbounded repeat of "anything" (`.*`); the pieces between are
    translated on their own. Pieces that YARA cannot take, or that may match the empty string, are left
    out, so the gate is looser than the pattern: it only decides whether the Python regex is worth running.
    """
    try:
        tree = _parser.parse(pattern.encode("utf-8"), 0)
    except re.error:
        return []
    if tree.state.flags:
        return []
    pieces: list[list[Any]] = [[]]
    for item in list(tree):
        op, av = item
        if str(op) in ("MAX_REPEAT", "MIN_REPEAT") and av[1] == _c.MAXREPEAT and _is_wide(av[2]):
            pieces.append([])
        else:
            pieces[-1].append(item)
    bodies: list[str] = []
    for number, piece in enumerate(pieces):
        if not piece:
            continue
        sub = _parser.SubPattern(tree.state, piece)
        if sub.getwidth()[0] < 2:
            continue
        try:
            body = _emit(piece, top=number == len(pieces) - 1)
        except Untranslatable:
            continue
        bodies.append(body.replace("/", "\\/"))
    return bodies
