"""Must-hit / near-miss samples for the issue-4f rules in `signatures/shells.yar`.

Small synthetic PHP written for the tests; no corpus excerpts. The near-miss is the legitimate
look-alike: a template compiler that walks a directory of .php templates, writes compiled
cache files and stamps them with the source mtime.
"""

from __future__ import annotations

INFECTOR = (
    b"<?php\n$payload = 'echo 1;';\n"
    b"foreach (glob($_SERVER['DOCUMENT_ROOT'] . '/*.php') as $f) {\n"
    b"  $st = stat($f);\n  $code = file_get_contents($f);\n"
    b"  $code = '<?php ' . $payload . ' ?>' . $code;\n"
    b"  file_put_contents($f, $code);\n  touch($f, $st['mtime']);\n}\n"
)
INFECTOR_NEAR = (
    b"<?php\nforeach (glob($dir . '/*.php') as $tpl) {\n"
    b"  $src = file_get_contents($tpl);\n  $out = $cacheDir . '/' . md5($tpl) . '.php';\n"
    b"  file_put_contents($out, '<?php return ' . var_export(compile($src), true) . ';');\n"
    b"  touch($out, filemtime($tpl));\n}\n"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_SHELL_TimestompedInfector", INFECTOR, True),
    ("SPAMGEAR_SHELL_TimestompedInfector", INFECTOR_NEAR, False),
]
