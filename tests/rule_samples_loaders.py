"""Must-hit / near-miss samples for `signatures/loaders.yar`, collected by tests/test_rules.py.

Small synthetic PHP written for the tests; nothing here comes from the malware corpus.
"""

from __future__ import annotations

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_LOADER_SelfNamedBuiltinVars",
        b"<?php $gzinflate = 'gzinflate'; $eval = 'eval';\n$x = $gzinflate($blob); $preg = 1; eval($x);",
        True,
    ),
    (
        "SPAMGEAR_LOADER_SelfNamedBuiltinVars",
        b"<?php $base64_decode = 'base64_decode'; $preg_replace = 'preg_replace';\n"
        b"echo $preg_replace('/x/', 'y', $base64_decode($in));",
        True,
    ),
    (
        "SPAMGEAR_LOADER_SelfNamedBuiltinVars",
        b"<?php // option table\n$opts = ['eval' => 'eval'];\n$gzinflate = 'gzinflate';\n"
        b"$codec = $gzinflate; echo strlen($data);",
        False,
    ),
    (
        "SPAMGEAR_LOADER_ShiftCipherEval",
        b"<?php function unz($s) { $o = ''; for ($i = 0; $i < strlen($s); $i++) {\n"
        b"$o .= chr(ord($s[$i]) - 1); } return $o; }\neval(unz('fdip!#ij#<'));",
        True,
    ),
    (
        "SPAMGEAR_LOADER_ShiftCipherEval",
        b"<?php function nextcol($c) { $o = ''; for ($i = 0; $i < strlen($c); $i++) {\n"
        b"$o .= chr(ord($c[$i]) + 1); } return $o; }\necho nextcol('AB');",
        False,
    ),
    (
        "SPAMGEAR_LOADER_SpacedNameStripped",
        b"<?php function t($code) { $a = preg_filter('/\\s+/', '', 'ba se 64_de code');\n"
        b"$c = $a($code); @eval($c); }",
        True,
    ),
    (
        "SPAMGEAR_LOADER_SpacedNameStripped",
        b"<?php $f = str_replace(' ', '', 'as se rt'); $r = $f($payload);",
        True,
    ),
    (
        "SPAMGEAR_LOADER_SpacedNameStripped",
        b"<?php $slug = str_replace(' ', '', 'base camp'); $t = $fmt($slug); echo $t;",
        False,
    ),
    (
        "SPAMGEAR_LOADER_UrlEncodedShellPayload",
        b"<?php $p = 'a%3d1%3bsystem(\\$_GET%5b%27c%27%5d)%3b'; fwrite($sock, $p);",
        True,
    ),
    (
        "SPAMGEAR_LOADER_UrlEncodedShellPayload",
        b"<?php $q = 'page%5b%27id%27%5d%3d2'; echo urldecode($q);",
        False,
    ),
    (
        "SPAMGEAR_LOADER_RegisterGlobalsSink",
        b'<form><input name="cmd" size=40></form><?php\n$cmd = stripslashes($cmd);\nsystem($cmd);',
        True,
    ),
    (
        "SPAMGEAR_LOADER_RegisterGlobalsSink",
        b'<form><input name="code"></form><?php\n$code = stripslashes($code);\necho htmlspecialchars($code);',
        False,
    ),
    (
        "SPAMGEAR_LOADER_TernaryInputCommand",
        b"<?php $command = isset($_POST['command']) ? $_POST['command'] : '';\n"
        b"$p = proc_open($command, $spec, $pipes);",
        True,
    ),
    (
        "SPAMGEAR_LOADER_TernaryInputCommand",
        b"<?php $command = isset($_POST['command']) ? $_POST['command'] : '';\n"
        b"$allowed = ['status', 'help']; echo in_array($command, $allowed) ? 'ok' : 'no';",
        False,
    ),
    (
        "SPAMGEAR_LOADER_HeaderDrivenSocketTunnel",
        b'<?php $h = apache_request_headers(); $c = $h["X-CMD"]; $t = $h["X-TARGET"];\n'
        b"$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP); socket_connect($s, $t, 80);",
        True,
    ),
    (
        "SPAMGEAR_LOADER_HeaderDrivenSocketTunnel",
        b'<?php header("X-CMD: none"); $f = fsockopen("127.0.0.1", 6379);',
        False,
    ),
    (
        "SPAMGEAR_LOADER_AnonLambdaOfDecodedVar",
        b"<?php $b = strtr('bxse64_decode', 'x', 'a'); $cf = 'create_function';\n"
        b"$re = $cf('', $b($code));\n$re();",
        True,
    ),
    (
        "SPAMGEAR_LOADER_AnonLambdaOfDecodedVar",
        b"<?php $out = $fmt('', $trim($name));\necho $out;",
        False,
    ),
    (
        "SPAMGEAR_LOADER_MysqlUdfDropper",
        b"<?php mysql_query(\"SELECT udf FROM t INTO DUMPFILE '$dir'\");\n"
        b"mysql_query(\"CREATE FUNCTION sys_exec RETURNS integer SONAME 'udf.so'\");",
        True,
    ),
    (
        "SPAMGEAR_LOADER_MysqlUdfDropper",
        b"<?php // export\n$db->query(\"SELECT * FROM t INTO OUTFILE '/tmp/t.csv'\");",
        False,
    ),
    (
        "SPAMGEAR_LOADER_ShiftCipherEval",
        b"<?php function dx($s) { $k = 'q1'; $o = ''; for ($i = 0; $i < strlen($s); $i++) {\n"
        b"$o .= chr(ord($s[$i]) ^ ord($k[$i % 2])); } return $o; }\neval(dx('\\x14G\\x10P'));",
        True,
    ),
    (
        "SPAMGEAR_LOADER_ShiftCipherEval",
        b"<?php function mask($s, $k) { $o = ''; for ($i = 0; $i < strlen($s); $i++) {\n"
        b"$o .= chr(ord($s[$i]) ^ ord($k[$i % 4])); } return $o; }\necho bin2hex(mask('ab', 'cd'));",
        False,
    ),
    (
        "SPAMGEAR_LOADER_EvalOfReferenceAssign",
        b"<?php $c = base64_decode($blob);\neval($d=&$c);",
        True,
    ),
    (
        "SPAMGEAR_LOADER_EvalOfReferenceAssign",
        b"<?php $c = base64_decode($blob);\n$d =& $c; echo strlen($d);",
        False,
    ),
    (
        "SPAMGEAR_LOADER_CwdTrackingShellExec",
        b"<?php session_start(); $c = $_POST['c'];\n"
        b'echo shell_exec("cd " . $_SESSION[\'pwd\'] . ";" . $c);',
        True,
    ),
    (
        "SPAMGEAR_LOADER_CwdTrackingShellExec",
        b'<?php $d = $_GET["d"]; echo passthru("cd $d; $cmd");',
        True,
    ),
    (
        "SPAMGEAR_LOADER_CwdTrackingShellExec",
        b"<?php $n = (int) $_GET['n']; exec('cd /var/backups && ls -1', $out);",
        False,
    ),
]
