/*
 * seo_spam.yar - SEO spam doorways and cloakers planted on hacked sites.
 *
 * Catches: scripts that check for search-engine crawlers (User-Agent/Referer) and then fetch
 * content from a remote server, passing this site's host name and request URI, and scripts that
 * phone home to a bare IP address with the site's host name.  This is the web side of the
 * spam problem: the hacked site serves spam pages to crawlers.
 *
 * Why it is safe: applications do not fetch their page body from a bare IP address keyed by
 * their own host name, and do not switch content on crawler names and a remote fetch together.
 * The crawler check alone or the fetch alone score < 100.
 */

rule SPAMGEAR_SEOSPAM_CloakedRemoteContent
{
    meta:
        score = 70
        family = "seo_spam"
        description = "crawler check (User-Agent/Referer) next to a remote fetch that sends this site's host"
    strings:
        $ua = /\$_SERVER\s*\[\s*['"](HTTP_USER_AGENT|HTTP_REFERER)['"]\s*\]/
        $botname = /google|baidu|bing|yahoo|sogou|yandex|spider|bot/ nocase
        $call = /(strpos|stripos|stristr|strstr|preg_match|indexOf)\s{0,3}\(/
        $fetch = /(file_get_contents|curl_init|fopen|file)\s*\(\s*[^;]{0,120}\$_SERVER\s*\[\s*['"](HTTP_HOST|SERVER_NAME|QUERY_STRING|REQUEST_URI)['"]/
        $fetch2 = /(file_get_contents|curl_init|fopen|file)\s*\(\s*\$\w{1,30}\s*\.\s*['"][^'"\n]{0,40}\?[\w]{1,20}=/
        $host = /\$_SERVER\s*\[\s*['"](HTTP_HOST|SERVER_NAME)['"]\s*\]/
    condition:
        filesize < 2MB and $ua and ($fetch or ($fetch2 and $host)) and
        for any i in (1..#botname): ($call in (@botname[i] - 96 .. @botname[i] - 1))
}

rule SPAMGEAR_SEOSPAM_IpPhoneHome
{
    meta:
        score = 60
        family = "seo_spam"
        description = "remote fetch from a bare IP address carrying this site's host name or URI"
    strings:
        $ipurl = /['"]https?:\/\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(:\d{2,5})?\/?[^'"\n]{0,80}['"]/
        $fetch = /(file_get_contents|curl_init|fopen|file|fsockopen)\s*\(/ nocase
        $host = /\$_SERVER\s*\[\s*['"](HTTP_HOST|SERVER_NAME|REQUEST_URI|QUERY_STRING|PHP_SELF)['"]\s*\]/
        $local = /https?:\/\/(127\.|10\.|192\.168\.|0\.0\.0\.0)/
    condition:
        filesize < 2MB and $ipurl and $fetch and $host and not $local
}

rule SPAMGEAR_SEOSPAM_RemoteTemplateEcho
{
    meta:
        score = 60
        family = "seo_spam"
        description = "page body fetched from a remote server keyed by this site's host and printed"
    strings:
        $a = /\$\w{1,30}\s*=\s*@?(file_get_contents|getHTTPPage|curl_exec|\w{0,20}get\w{0,20})\s*\(\s*\$\w{1,30}\s*\.\s*['"][^'"\n]{0,40}\?(host|domain|url|site|h)=['"]?\s*\.\s*\$/
        $echo = /(echo|print)\s+\$\w{1,30}\s*;/
    condition:
        filesize < 2MB and $a and $echo
}

/*
 * Session-4o additions (self-written variants, see tests/rule_samples_4o_variants.py).  Each rule
 * needs its parts close together (a window after the crawler/referer/mobile test), so a large CMS
 * file that tests user agents in one place and fetches feeds in another does not add up.
 */

rule SPAMGEAR_SEOSPAM_CrawlerGateRemoteOutput
{
    meta:
        score = 100
        family = "seo_spam"
        description = "search-engine crawler test on the User-Agent, then within a few lines a fetch of a hard-coded remote URL whose answer is printed (cloaked doorway)"
    strings:
        $ua = "HTTP_USER_AGENT"
        $ua2 = "'User-Agent'"
        $botname = /Googlebot|googlebot|Bingbot|bingbot|Baiduspider|baiduspider|YandexBot|Yandex|yandex|Sogou|sogou|Slurp|slurp|google|Google|bing|Bing|baidu|Baidu|['"|(]bot['"|)]|['"|(]spider['"|)]/
        $call = /(strpos|stripos|stristr|strstr|preg_match|in_array)\s{0,3}\(/
        $botb64 = /base64_decode\s{0,3}\(\s{0,3}['"](Z29vZ2xlYm90|R29vZ2xlYm90|YmluZ2JvdA|QmluZ2JvdA|YmFpZHVzcGlkZXI|QmFpZHVzcGlkZXI)/
        $botlist = /(array\s{0,3}\(|=\s{0,3}\[)\s{0,3}['"](Googlebot|googlebot|Bingbot|bingbot|Baiduspider|baiduspider|YandexBot|google|Google)['"]/
        $skip = /[^!](strpos|stripos|stristr|strstr|preg_match)\s{0,3}\(([^;{=]|!==){0,160}\)\s{0,3}\{?\s{0,8}(return|exit|die)\s{0,3}(;|\(\s{0,3}\)\s{0,3};)/
        $botre = /['"][\/#~]\(?(Googlebot|googlebot|Baiduspider|baiduspider|bingbot|Bingbot)\|/
        $url = /['"]https?:\/\/[\w-]{1,63}\.[\w.-]{2,80}(:\d{2,5})?[\/?'"]/
        $b64url = /['"]https?:\/\/%s[\/'"]|base64_decode\s{0,3}\(\s{0,3}['"]aHR0c|['"]ht['"]\s{0,3}\.\s{0,3}['"]tp|fsockopen\s{0,3}\(\s{0,3}['"][\w-]{1,63}\.[\w.-]{2,80}['"]|fsockopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}(80|443)\s{0,3}[,)]/
        $fetch = /(file_get_contents|curl_exec|fsockopen|readfile|wp_remote_get|implode\s{0,3}\(\s{0,3}['"]{2}\s{0,3},\s{0,3}file|gzdecode)\s{0,3}\(/
        $out = /(echo|print|die|exit)\s{0,3}\(?\s{0,3}(substr\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},|\$\w{1,30}(\[\d\])?\s{0,3}[;)?]|@?(file_get_contents|wp_remote_retrieve_body|str_replace|preg_replace|strtr)\s{0,3}\()|readfile\s{0,3}\(/
    condition:
        filesize < 2MB and ($ua or $ua2) and
        (
            for any i in (1..#botname):
                ($call in (@botname[i] - 126 .. @botname[i] - 1) and not $skip in (@botname[i] - 127 .. @botname[i]) and
                 $fetch in (@botname[i] - 120 .. @botname[i] + 800) and $out in (@botname[i] - 120 .. @botname[i] + 1000) and
                 ($url in (@botname[i] - 520 .. @botname[i] + 800) or $b64url in (@botname[i] - 520 .. @botname[i] + 800)))
            or
            for any i in (1..#botb64):
                (not $skip in (@botb64[i] - 1 .. @botb64[i] + 1) and $fetch in (@botb64[i] .. @botb64[i] + 800) and $out in (@botb64[i] .. @botb64[i] + 1000) and
                 ($url in (@botb64[i] - 400 .. @botb64[i] + 800) or $b64url in (@botb64[i] - 400 .. @botb64[i] + 800)))
            or
            for any i in (1..#botlist):
                (not $skip in (@botlist[i] .. @botlist[i] + 400) and $fetch in (@botlist[i] .. @botlist[i] + 800) and $out in (@botlist[i] .. @botlist[i] + 1000) and
                 ($url in (@botlist[i] - 400 .. @botlist[i] + 800) or $b64url in (@botlist[i] - 400 .. @botlist[i] + 800)))
            or
            for any i in (1..#botre):
                (not $skip in (@botre[i] .. @botre[i] + 400) and $fetch in (@botre[i] .. @botre[i] + 800) and $out in (@botre[i] .. @botre[i] + 1000) and
                 ($url in (@botre[i] .. @botre[i] + 800) or $b64url in (@botre[i] .. @botre[i] + 800)))
        )
}

rule SPAMGEAR_SEOSPAM_SearchRefererRedirect
{
    meta:
        score = 100
        family = "seo_spam"
        description = "visitors arriving from a search engine (Referer test) are sent on to a hard-coded outside site by header/JS/meta refresh"
    strings:
        $ref = "HTTP_REFERER"
        $sename = /google|Google|bing|Bing|yahoo|Yahoo|yandex|Yandex|baidu|Baidu|sogou/
        $call = /(strpos|stripos|stristr|strstr|preg_match)\s{0,3}\(/
        $se2 = /['"][\/#]\(?(baidu|google|bing|yahoo|yandex|sogou)\|(baidu|google|bing|yahoo|yandex|sogou|so\\\.com)/
        $se = /(array\s{0,3}\(|=\s{0,3}\[)\s{0,3}['"](google|bing|yahoo|yandex|baidu)\.?['"]\s{0,3},\s{0,3}['"](google|bing|yahoo|yandex|baidu)\.?['"]/
        $govar = /header\s{0,3}\(\s{0,3}['"]Location:\s{0,3}['"]?\s{0,3}[.]?\s{0,3}\$\w{1,30}/
        $gob64 = /header\s{0,3}\(\s{0,3}['"]Location:\s{0,3}['"]\s{0,3}\.\s{0,3}base64_decode\s{0,3}\(\s{0,3}['"]aHR0c/
        $exturl = /['"]https?:\/\/[\w-]{1,63}\.[\w.-]{2,80}[\/?'"]/
        $go = /(<iframe\s{1,3}src=\\?["']https?:\/\/[\w-]{1,63}\.[^'"\n]{0,100}\\?["'][^>\n]{0,80}(100%|fixed)|header\s{0,3}\(\s{0,3}['"](Location:|Refresh:\s{0,3}\d{1,3};\s{0,3}url=)\s{0,3}https?:\/\/[\w-]{1,63}\.|(window|document|top|self)\.location(\.href|\.replace)?\s{0,3}[=(]|[^.\w]location\.href\s{0,3}=\s{0,3}['"]https?:|http-equiv=["']?refresh["']?\s{1,3}content=["']?\d{1,3};\s{0,3}url=https?:)/
    condition:
        filesize < 2MB and $ref and
        (
            for any i in (1..#sename): ($call in (@sename[i] - 126 .. @sename[i] - 1) and
                ($go in (@sename[i] - 120 .. @sename[i] + 600) or $gob64 in (@sename[i] - 120 .. @sename[i] + 600) or
                 ($govar in (@sename[i] - 120 .. @sename[i] + 600) and $exturl in (@sename[i] - 520 .. @sename[i]))))
            or for any i in (1..#se): ($go in (@se[i] .. @se[i] + 700))
            or for any i in (1..#se2): ($go in (@se2[i] .. @se2[i] + 500))
        )
}

rule SPAMGEAR_SEOSPAM_MobileRedirectToOutside
{
    meta:
        score = 100
        family = "seo_spam"
        description = "phone User-Agent test, then a redirect to a hard-coded outside site that carries this host or is gated by a once-only cookie"
    strings:
        $ua = "HTTP_USER_AGENT"
        $wpmob = /wp_is_mobile\s{0,3}\(\s{0,3}\)/
        $mob = /preg_match\s{0,3}\(\s{0,3}['"][\/#(]{1,2}[^'"\n]{0,60}(iPhone|iphone|Android|android)[^'"\n]{0,80}['"]/
        $go = /(header\s{0,3}\(\s{0,3}['"]Location:\s{0,3}https?:\/\/[\w-]{1,63}\.[^'"\n]{0,100}['"]|(window|document|top|self)\.location(\.href)?\s{0,3}=\s{0,3}\\?['"]https?:\/\/|http-equiv=\\?["']?refresh\\?["']?\s{1,3}content=\\?["']?\d{1,3};\s{0,3}url=https?:\/\/)/
        $gohost = /(header\s{0,3}\(\s{0,3}['"]Location:\s{0,3}|wp_redirect\s{0,3}\(\s{0,3}['"])https?:\/\/[\w-]{1,63}\.[^'"\n]{0,100}['"]\s{0,3}\.\s{0,3}\$_SERVER\s{0,3}\[\s{0,3}['"](HTTP_HOST|SERVER_NAME)/
        $cookie = /setcookie\s{0,3}\(/
    condition:
        filesize < 2MB and
        for any i in (1..#wpmob): ($gohost in (@wpmob[i] .. @wpmob[i] + 500) and $cookie in (@wpmob[i] .. @wpmob[i] + 400))
        or $ua and
        for any i in (1..#mob): (
            $gohost in (@mob[i] .. @mob[i] + 500) or
            ($go in (@mob[i] .. @mob[i] + 500) and $cookie in (@mob[i] .. @mob[i] + 400))
        )
}

rule SPAMGEAR_SEOSPAM_HiddenRemoteLinks
{
    meta:
        score = 100
        family = "seo_spam"
        description = "a link list fetched from a hard-coded remote URL printed inside a hidden block (display:none / off-screen)"
    strings:
        $fetch = /(file_get_contents|file|curl_init)\s{0,3}\(\s{0,3}['"]https?:\/\/[\w-]{1,63}\.[^'"\n]{2,120}['"]/
        $hide = /(echo|print)\s{0,3}\(?\s{0,3}['"]<(div|span|p)\s{1,3}style=\\?["']?[^'"\n>]{0,60}(display\s{0,2}:\s{0,2}none|left\s{0,2}:\s{0,2}-\d{3,5}px|top\s{0,2}:\s{0,2}-\d{3,5}px|visibility\s{0,2}:\s{0,2}hidden)/
    condition:
        filesize < 2MB and for any i in (1..#fetch): ($hide in (@fetch[i] .. @fetch[i] + 400))
}

rule SPAMGEAR_SEOSPAM_DoorwayPageGenerator
{
    meta:
        score = 100
        family = "seo_spam"
        description = "loop over a keyword list that writes one .html/.php page per keyword, with a sitemap or a remote keyword/template source"
    strings:
        $kw = /foreach\s{0,3}\(\s{0,3}\$(kw|kws|keyword|keywords|keys|words)\s{1,3}as|foreach\s{0,3}\(\s{0,3}\$\w{1,20}\s{1,3}as\s{1,3}(\$\w{1,10}\s{0,3}=>\s{0,3})?\$(kw|key|keyword|word)\s{0,3}\)|\$(kw|kws|keyword|keywords|keys|words)\[\$\w{1,10}\]/
        $write = /file_put_contents\s{0,3}\([^;]{0,160}\.(html|htm|php|shtml)['"]|fopen\s{0,3}\([^;]{0,160}\.(html|htm|php|shtml)['"]\s{0,3},\s{0,3}['"][wa]|['"]\.(html|htm)['"]\s{0,3};/
        $put = "file_put_contents"
        $map = "sitemaps.org/schemas"
        $remote = /(file_get_contents|file)\s{0,3}\(\s{0,3}['"]https?:\/\/[\w-]{1,63}\.[^'"\n]{2,120}['"]/
        $tpl = /str_i?replace\s{0,3}\(\s{0,3}(array\s{0,3}\(|\[)?\s{0,3}['"][{\[%#]{1,2}(KEYWORD|keyword|KEY|kw|KW)/
    condition:
        filesize < 500KB and ($put or $write) and
        for any i in (1..#kw): (
            $write in (@kw[i] .. @kw[i] + 600) and ($map or $tpl or $remote in (@kw[i] - 400 .. @kw[i] + 600))
        )
}

rule SPAMGEAR_SEOSPAM_RequestForwardEcho
{
    meta:
        score = 100
        family = "seo_spam"
        description = "hard-coded remote URL built with this host and the visitor's request path/query, fetched and the raw answer printed (remote doorway template)"
    strings:
        $u = /['"]https?:\/\/[\w-]{1,63}\.[^'"\n]{2,120}['"]/
        $host = /(=|[\w-]\/)['"]\s{0,3}\.\s{0,3}(urlencode\s{0,3}\(\s{0,3})?\$_SERVER\s{0,3}\[\s{0,3}['"](HTTP_HOST|SERVER_NAME)['"]/
        $req = /\$_SERVER\s{0,3}\[\s{0,3}['"](REQUEST_URI|QUERY_STRING)['"]/
        $fetch = /(file_get_contents|curl_init|curl_exec|readfile|fopen)\s{0,3}\(/
        $out = /(echo|print)\s{1,3}(\$\w{1,30}\s{0,3};|@?(file_get_contents|curl_exec)\s{0,3}\()/
        $json = /json_decode|simplexml_load_string|unserialize|preg_match/
    condition:
        filesize < 2MB and
        for any i in (1..#u): (
            $host in (@u[i] .. @u[i] + 250) and $req in (@u[i] .. @u[i] + 300) and
            $fetch in (@u[i] - 200 .. @u[i] + 400) and $out in (@u[i] - 200 .. @u[i] + 800) and
            not $json in (@u[i] .. @u[i] + 800)
        )
}

rule SPAMGEAR_SEOSPAM_RemoteSitemapForHost
{
    meta:
        score = 100
        family = "seo_spam"
        description = "request for sitemap.xml answered with a URL list fetched from a hard-coded remote server keyed by this host (doorway sitemap)"
    strings:
        $ask = /(QUERY_STRING|REQUEST_URI)['"]\s{0,3}\]\s{0,3}\)?\s{0,3}(==|===|,)\s{0,3}['"]\/?sitemap[\w.-]{0,20}\.xml['"]/
        $fetch = /['"]https?:\/\/[\w-]{1,63}\.[^'"\n]{2,120}['"]\s{0,3}\.\s{0,3}\$(_SERVER\s{0,3}\[\s{0,3}['"](HTTP_HOST|SERVER_NAME)|\w{1,20}\[)/
        $map = "sitemaps.org/schemas"
    condition:
        filesize < 2MB and $map and for any i in (1..#ask): ($fetch in (@ask[i] .. @ask[i] + 600))
}

rule SPAMGEAR_SEOSPAM_JsSearchReferrerRedirect
{
    meta:
        score = 100
        family = "seo_spam"
        description = "(issue 4s) client-side cloaking: JavaScript tests document.referrer (and/or the user agent) for two or more search engines and sends those visitors to a hard-coded outside http(s) URL"
    strings:
        $ref = "document.referrer"
        $se = /indexOf\s{0,2}\(\s{0,2}["'](google|Google|baidu|Baidu|yahoo|Yahoo|bing|Bing|yandex|Yandex|sogou|soso)["']\s{0,2}\)/
        $go = /(location\.href|window\.location|location\.replace|top\.location|self\.location)\s{0,2}(=|\()\s{0,2}["']https?:\/\/[\w-]{1,63}\./
    condition:
        filesize < 2MB and for any i in (1..#ref) : (for 2 j in (1..#se) : (@se[j] > @ref[i] and @se[j] < @ref[i] + 400) and $go in (@ref[i] .. @ref[i] + 600))
}
