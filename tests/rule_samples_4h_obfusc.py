"""Must-hit / near-miss samples for the issue-4h rule in `signatures/obfuscation.yar`.

Small synthetic PHP written for the tests; no corpus excerpts. The near-miss is the legitimate
look-alike: code that reads a few characters out of a $GLOBALS string once.
"""

from __future__ import annotations


def php(body: str) -> bytes:
    """A PHP file around `body`."""
    return ("<?php\n" + body + "\n").encode()


def spelled(key: str, idx: list[int]) -> str:
    """A name spelled as $GLOBALS[key][i] . $GLOBALS[key][j] . ..."""
    return ".".join(f"$GLOBALS['{key}'][{i}]" for i in idx)


ALPHABET = php(
    "$GLOBALS['k7'] = 'qwertyuiopasdfghjklzxcvbnm_';\n"
    + "".join(
        f"$GLOBALS[{spelled('k7', [n % 27, (n * 3) % 27, (n * 5) % 27])}] = {spelled('k7', [2, 3, 4])};\n"
        for n in range(12)
    )
)
# Near-miss: two initials picked out of a global once.
ALPHABET_NEAR = php(
    "$GLOBALS['title'] = 'Annual Report';\n"
    "$initials = $GLOBALS['title'][0] . $GLOBALS['title'][7];\necho $initials;"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_OBFUSC_GlobalsAlphabetIndexChain", ALPHABET, True),
    ("SPAMGEAR_OBFUSC_GlobalsAlphabetIndexChain", ALPHABET_NEAR, False),
]
