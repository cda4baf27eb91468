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

# gosa: an admin-configured command run from a class; the request is only tested with isset().
CMD_CLASS = php(
    "class Checker {\n  private $command = '';\n"
    "  function __construct($prop) { $this->command = $prop->value(); }\n"
    "  function run() {\n    if (isset($_POST['run'])) {\n"
    "      $spec = array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'));\n"
    "      $p = proc_open($this->command, $spec, $pipes);\n"
    "      $out = stream_get_contents($pipes[1]);\n      proc_close($p);\n"
    "      return htmlentities($out);\n    }\n    return '';\n  }\n}"
)
CMD_CLASS_INPUT = php(
    "class Runner {\n  public $c;\n  function __destruct() { system($this->c); }\n}\n"
    "$r = new Runner();\n$r->c = $_POST['c'];"
)

# gosa: a numeric id from input cleaned with preg_replace (no /e) in a tiny file.
PREG_SANITIZE = php(
    "if (!isset($_GET['id'])) return;\n"
    "$key = 'graph' . preg_replace(\"/[^0-9]/\", \"\", $_GET['id']);\n"
    "echo file_get_contents(session_value($key));"
)
PREG_EVAL_REPLACEMENT = php('@preg_replace("/x/e", $_POST["c"], "x");')
CREATE_FUNCTION_INPUT = php("$f = create_function('', base64_decode($_POST['c']));\n$f();")

# cacti: one big library (over 64 KB) with shell helpers, directory walks, ini probes and a single
# cookie read. The padding stands for the hundreds of other functions such a library holds.
_PAD = "".join(f"function helper_{i}($a) {{ return strlen($a) + {i}; }}\n" for i in range(1700))
_LIB_BODY = _PAD + (
    "function run_cmd($cmd) { return shell_exec($cmd); }\n"
    "function clean_dir($d) { $h = opendir($d); while (($f = readdir($h)) !== false) {"
    ' if (is_writable("$d/$f")) unlink("$d/$f"); } closedir($h); }\n'
    "function stamp($f) { touch($f); chmod($f, 0644); }\n"
    "function env_report() { return array(ini_get('safe_mode'), ini_get('disable_functions'),"
    " posix_getpwuid(posix_geteuid())); }\n"
)
CMD_LIBRARY = php(_LIB_BODY + "function theme() { return $_COOKIE['theme'] ?? 'classic'; }")
CMD_MANAGER = php(_LIB_BODY + "echo run_cmd($_POST['cmd']);\nclean_dir($_GET['dir']);")

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_INPUT_EvalOfInput", ASSERT_BOOL, False),
    ("SPAMGEAR_INPUT_EvalOfInput", ASSERT_BOOL_AND_CODE, True),
    ("SPAMGEAR_INPUT_EvalOfInput", EVAL_POLYFILL, False),
    ("SPAMGEAR_INPUT_EvalOfInput", EVAL_HEADERS, True),
    ("SPAMGEAR_INPUT_InputAsFunction", NEW_FROM_INPUT, False),
    ("SPAMGEAR_INPUT_InputAsFunction", NEW_AND_CALL, True),
    ("SPAMGEAR_INPUT_SmallInputAndSink", CMD_CLASS, False),
    ("SPAMGEAR_INPUT_SmallInputAndSink", CMD_CLASS_INPUT, True),
    ("SPAMGEAR_FAMILY_ChinaChopper", PREG_SANITIZE, False),
    ("SPAMGEAR_FAMILY_ChinaChopper", PREG_EVAL_REPLACEMENT, True),
    ("SPAMGEAR_FAMILY_ChinaChopper", CREATE_FUNCTION_INPUT, True),
    ("SPAMGEAR_SHELLUI_CommandFileManager", CMD_LIBRARY, False),
    ("SPAMGEAR_SHELLUI_CommandFileManager", CMD_MANAGER, True),
]
