"""Signature parsers take hostile input (downloaded databases): they never crash with anything but
SignatureError, never hang, and never produce a rule that matches everything."""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

from spamgear.errors import SignatureError
from spamgear.signatures.backdoors import parse_backdoors
from spamgear.signatures.fingerprints import parse_fingerprints
from spamgear.signatures.phpserialize import loads
from spamgear.signatures.shelldetect import parse_shelldetect

_php_tokens = st.sampled_from(
    [b"a:", b"s:", b"i:", b"b:", b"d:", b"N;", b"{", b"}", b'"', b";", b":", b"1", b"9", b"-"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_php_tokens, max_size=40).map(b"".join) | st.binary(max_size=200))
def test_php_unserialize_only_raises_signature_error(data: bytes) -> None:
    try:
        value = loads(data)
    except SignatureError as err:
        assert str(err).startswith("PHP serialize: ")
    else:
        assert value is None or isinstance(value, str | int | float | bool | dict)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_shelldetect_reader_never_crashes(data: bytes) -> None:
    for text in (data, base64.b64encode(data)):
        result = parse_shelldetect(text, "shelldetect.db")
        assert all(rule.strings for rule in result.rules)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300))
def test_fingerprint_reader_never_makes_an_empty_literal(data: bytes) -> None:
    for rule in parse_fingerprints(data, "fingerprints.txt").rules:
        assert rule.strings[0] != "$f = {  }"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab()*+?.|\\[]^${}1", max_size=12))
def test_backdoor_reader_never_crashes(pattern: str) -> None:
    result = parse_backdoors(pattern.encode() + b"\n", "backdoors.re")
    assert len(result.rules) + len(result.fallbacks) + len(result.issues) <= 2  # a rule (+ gate) or an issue


_ESCAPES = ["\\s", "\\d", "\\w", "\\n", "\\$", "\\x00", "\\Z"]
_RE_PIECES = st.sampled_from([*"ab()*+?|[]^$.-/é", *_ESCAPES, "[^a]", "{2}", "{1,3}", "[a-c]", "*?"])
_DATA_PIECES = st.sampled_from([b"a", b"b", b"c", b" ", b"\n", b"1", b"-", b"/", "é".encode(), b"\x00", b"$"])


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_RE_PIECES, min_size=1, max_size=7).map("".join),
    st.lists(_DATA_PIECES, max_size=12).map(b"".join),
)
def test_translated_regex_matches_exactly_where_python_does(pattern: str, data: bytes) -> None:
    """Differential check: a backdoors.re line that goes to YARA hits the same data as Python's
    `re.search` on bytes (spam-gear's semantics); anything YARA would get wrong must take the fallback."""
    import re
    import warnings

    import yara

    from spamgear.signatures.pyregex import Untranslatable, translate

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        try:
            compiled = re.compile(pattern.encode())
            body = translate(pattern)
            rules = yara.compile(source=f"rule t {{ strings: $r = /{body}/ condition: $r }}")
        except (re.error, Untranslatable, yara.Error):
            return
    if compiled.search(b"") is not None:
        return  # the reader refuses match-everything lines before translating
    assert bool(rules.match(data=data)) == (compiled.search(data) is not None), body
