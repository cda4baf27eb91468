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
        $bot = /(strpos|stripos|stristr|strstr|preg_match|indexOf)\s*\([^;]{0,80}(google|baidu|bing|yahoo|sogou|yandex|spider|bot)/ nocase
        $fetch = /(file_get_contents|curl_init|fopen|file)\s*\(\s*[^;]{0,120}\$_SERVER\s*\[\s*['"](HTTP_HOST|SERVER_NAME|QUERY_STRING|REQUEST_URI)['"]/
        $fetch2 = /(file_get_contents|curl_init|fopen|file)\s*\(\s*\$\w{1,30}\s*\.\s*['"][^'"\n]{0,40}\?[\w]{1,20}=/
        $host = /\$_SERVER\s*\[\s*['"](HTTP_HOST|SERVER_NAME)['"]\s*\]/
    condition:
        filesize < 2MB and $ua and $bot and ($fetch or ($fetch2 and $host))
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
