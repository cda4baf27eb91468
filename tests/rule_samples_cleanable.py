"""Must-hit / near-miss samples for `signatures/cleanable.yar`, collected by tests/test_rules.py."""

from __future__ import annotations

import base64

PAYLOAD = base64.b64encode(b"echo 'pwned'; @mail('x@example.net', 's', 'b');").decode()
LEGIT = b"<?php\n/* Site front page */\nrequire __DIR__ . '/wp-blog-header.php';\n"

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_INJECT_EVAL_BASE64_BLOCK",
        f"<?php eval(base64_decode('{PAYLOAD}')); ?>\n".encode() + LEGIT,
        True,
    ),
    ("SPAMGEAR_INJECT_EVAL_BASE64_BLOCK", b"<?php eval(base64_decode($_POST['x'])); ?>", False),
    (
        "SPAMGEAR_INJECT_EVAL_GZINFLATE_BLOCK",
        f"<?php eval(gzinflate(base64_decode('{PAYLOAD}'))); ?>".encode() + LEGIT,
        True,
    ),
    (
        "SPAMGEAR_INJECT_EVAL_GZINFLATE_BLOCK",
        b"<?php $x = gzinflate(base64_decode($blob)); echo $x; ?>",
        False,
    ),
]
