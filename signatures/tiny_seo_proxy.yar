/*
 * tiny_seo_proxy.yar - family "seo_spam": small remote-controlled doorway pages.  The file pulls
 * its page from an attacker's server, passing along this site's host name and the visitor's
 * request (query string, REQUEST_URI or the $_GET keys), and prints whatever comes back.  The
 * attacker then serves spam or cloaked content on the victim's domain without touching it again.
 *
 * Why it is safe: it needs all of a hard-coded remote http(s) base URL, a fetch of a string built
 * from a variable, this host's name, the visitor's request path/query, and an echo of the fetched
 * variable, in a file under 3 KB.  Applications that call remote APIs do not forward the whole
 * request of every visitor and print the raw answer from a tiny stand-alone script.
 */

rule SPAMGEAR_TINY_RemoteDoorwayProxy
{
    meta:
        score = 100
        family = "seo_spam"
        description = "tiny page that fetches content from a hard-coded remote site, forwarding this host name and the visitor's request, and prints it"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $base = /\$\w{1,30}\s{0,3}=\s{0,3}['"]https?:\/\/[^'"\s]{4,100}['"]\s{0,3};/
        $fetch = /(file_get_contents|file|fopen|curl_init)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\.\s{0,3}['"]/ nocase
        $host = /\$_SERVER\s{0,3}\[\s{0,3}['"](HTTP_HOST|SERVER_NAME)['"]/
        $req = /(\$_SERVER\s{0,3}\[\s{0,3}['"](QUERY_STRING|REQUEST_URI)['"]|foreach\s{0,3}\(\s{0,3}\$_GET\s{1,3}as)/
        $echo = /(echo|print)\s{1,3}\$\w{1,30}\s{0,3};/
    condition:
        filesize < 3KB and $php and $base and $fetch and $host and $req and $echo
}
