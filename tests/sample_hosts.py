"""Host text that the rule sample tables put their snippets into, shared by the variant tables.

A planted backdoor is rarely a file of its own: it is appended behind a page's HTML or put on top
of an existing PHP file, where the size-limited rules no longer apply. `padded()` and `embedded()`
build those two forms so every table checks the same shapes against the same host text.
(Not a `rule_samples_*` module: tests/test_rules.py collects those for their `CASES`.)
"""

from __future__ import annotations

#: About 5 KB of neutral HTML, the page an injected one-liner is appended to.
PAGE_HTML = (
    "<html><head><title>Site</title></head><body>\n"
    + "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n" * 80
    + "</body></html>\n"
)

#: A ~35 KB plugin-style PHP file, the CMS file a block is planted on top of.
PLUGIN_FILE = "<?php\n/**\n * Settings screen helpers.\n */\n" + "".join(
    f"function settings_field_{i}( $args ) {{\n\t$value = get_option( 'plugin_opt_{i}', '' );\n"
    f'\tprintf( \'<input type="text" name="plugin_opt_{i}" value="%s" />\', esc_attr( $value ) );\n}}\n\n'
    for i in range(250)
)


def plain(code: str) -> bytes:
    """The snippet as written (a planted file of its own)."""
    return code.encode()


def padded(code: str) -> bytes:
    """The snippet behind about 5 KB of neutral HTML (an injected one-liner)."""
    return (PAGE_HTML + code).encode()


def embedded(code: str) -> bytes:
    """The snippet closed with ?> at the top of a 35 KB plugin-style PHP file (an infected CMS file)."""
    head = code.rstrip()
    if not head.endswith("?>"):
        head += "\n?>"
    return (head + PLUGIN_FILE).encode()
