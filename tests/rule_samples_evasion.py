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
]
