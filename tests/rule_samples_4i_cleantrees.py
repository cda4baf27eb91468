"""Must-hit / near-miss samples for the rules tightened after false positives on the extra clean
Debian trees (issue 4i: tests/test_corpus.py gates every tree that ./setup --dev installs).

Small synthetic PHP written for the tests, no corpus and no package excerpts. Each near-miss is
the legitimate shape that fired (named in the comment); each must-hit is the malicious shape the
tightened rule still has to catch.
"""

from __future__ import annotations


def php(body: str) -> bytes:
    return ("<?php\n" + body + "\n").encode()


# simplesamlphp: a debug assertion on a boolean test of input is no code execution.
ASSERT_BOOL = php(
    "function check($name) {\n  assert(is_string($name));\n  assert(isset($_REQUEST[$name]));\n"
    "  return (string) $_REQUEST[$name];\n}"
)
ASSERT_BOOL_AND_CODE = php("assert(isset($_REQUEST['k']));\n@assert($_REQUEST['k']);")
# libawl-php: a polyfill defined through eval() when the SAPI lacks the function.
EVAL_POLYFILL = php(
    "if (!function_exists('getallheaders')) {\n  eval('\n    function getallheaders() {\n"
    '      foreach ($_SERVER as $k => $v) { if (substr($k, 0, 5) == "HTTP_") $h[substr($k, 5)] = $v; }\n'
    "      return $h;\n    }\n  ');\n}"
)
EVAL_HEADERS = php("$h = getallheaders();\neval(getallheaders()['X-Run']);")

# ldap-account-manager: a class named by input, checked against an allow-list, is instantiated.
NEW_FROM_INPUT = php(
    "if (in_array($_GET['kind'], available_kinds())) {\n"
    "  $handler = new $_GET['kind']($_GET['scope']);\n  $handler->run();\n}"
)
NEW_AND_CALL = php("$o = new $_GET['kind']();\n$_POST['f']($_POST['a']);")

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_INPUT_EvalOfInput", ASSERT_BOOL, False),
    ("SPAMGEAR_INPUT_EvalOfInput", ASSERT_BOOL_AND_CODE, True),
    ("SPAMGEAR_INPUT_EvalOfInput", EVAL_POLYFILL, False),
    ("SPAMGEAR_INPUT_EvalOfInput", EVAL_HEADERS, True),
    ("SPAMGEAR_INPUT_InputAsFunction", NEW_FROM_INPUT, False),
    ("SPAMGEAR_INPUT_InputAsFunction", NEW_AND_CALL, True),
]
