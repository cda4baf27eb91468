/*
 * droppers.yar - family "dropper" (issue 4n): droppers and uploaders that survive being injected
 * into a bigger page or CMS file, where the size-bounded tiny rules no longer apply.
 *
 * Catches: a payload fetched from a literal remote URL (file_get_contents/curl/fopen/file/copy/
 * fsockopen GET, or a decoded URL) written to a .php path or eval'd close by; a path AND a body
 * taken from the request (statement sequences, decoded JSON body, header arrays, foreach over a
 * posted array, a two-argument write helper) written to disk; decoded or request data written to a
 * file that is included a few lines later; uploads stored under the client's file name in the
 * script's own directory or the web root (alone 80), or next to the script's own multipart form,
 * or under a path taken from a header or a request field.
 *
 * Why it is safe: every 100-score rule needs two things application code does not put next to
 * each other (within a few hundred bytes, checked by string offsets or one bounded regex): a
 * literal remote URL fetch AND a .php write target; request data as both path and content; a
 * decoder-fed write AND an include; a self-directory client-name upload AND its own upload form.
 * CMS updaters download to temp names from variables, not to literal .php paths; CMS uploads
 * sanitise the name and use an uploads directory.  Checked against the 30 gated Debian trees.
 */

rule SPAMGEAR_DROPPER_RemoteFetchNearPhpWrite
{
    meta:
        score = 100
        family = "dropper"
        description = "payload fetched from a literal (or decoded, or split) remote URL and, within about 1 KB, written to a .php path, written and included, or evaluated (remote dropper injected into a page)"
    strings:
        $php = "<?"
        $f = /[^\w>:$](file_get_contents|curl_init|fopen|file|copy|readfile|wp_remote_get|wp_safe_remote_get|wp_remote_post|download_url|\w{0,20}(fetch|grab|download|curl|http_get)\w{0,20})\s{0,3}\(\s{0,3}@?(['"](https?|ftp):\/\/[^'"\s]{4,200}['"]|(base64_decode|str_rot13|strrev|hex2bin|urldecode|rawurldecode)\s{0,3}\()|CURLOPT_URL\s{0,3}(=>|,)\s{0,3}['"](https?|ftp):\/\/|['"](h|ht|htt|http|https)['"]\s{0,3}\.\s{0,3}['"][a-z]{0,4}:\/\/|['"](https?|ftp):\/\/['"]\s{0,3}\.|['"]GET \/[^'"\s]{1,100} HTTP\/1\.[01]/
        $uv = /\$\w{1,30}\s{0,3}=\s{0,3}(['"](https?|ftp):\/\/[^'"\s]{4,200}['"]|(base64_decode|str_rot13|strrev|hex2bin)\s{0,3}\(\s{0,3}['"][^'"\s]{8,300}['"]\s{0,3}\))\s{0,3};/
        $fv = /[^\w>:$](file_get_contents|curl_init|fopen|file|copy)\s{0,3}\(\s{0,3}\$\w{1,30}|CURLOPT_URL\s{0,3}(,|=>)\s{0,3}\$\w{1,30}/
        $d = /[^\w>:$]file_put_contents\s{0,3}\(\s{0,3}[^,;]{0,120}\.(php\d?|phtml)['"]\s{0,3},|[^\w>:$]copy\s{0,3}\(\s{0,3}[^,;]{1,120},\s{0,3}[^,;]{0,120}\.(php\d?|phtml)['"]\s{0,3}\)|new\s{1,3}SplFileObject\s{0,3}\(\s{0,3}[^,;]{0,120}\.(php\d?|phtml)['"]\s{0,3},\s{0,3}['"][wax]|[^\w>:$]fopen\s{0,3}\(\s{0,3}[^,;]{0,120}\.(php\d?|phtml)['"]\s{0,3},\s{0,3}['"][wax]/
        $pv = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,120}\.(php\d?|phtml)['"]\s{0,3}[;)]/
        $wv = /[^\w>:$](file_put_contents\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},|copy\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)|fopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}['"][wax])/
        $wr = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(/
        $inc = /[^\w>:$](include|require)(_once)?[\s(]{1,3}@?(\$\w{1,30}|['"][^'"\n]{1,80}['"])\s{0,3}\)?\s{0,3};/
        $sh = /[^\w>:$](system|exec|shell_exec|passthru|popen|proc_open)\s{0,3}\(\s{0,3}['"](curl|wget)\s[^'"\n]{0,200}(https?|ftp):\/\/[^'"\n]{0,200}\s-[oO]\s{0,3}['"]\s{0,3}\.[^;\n]{0,120}\.(php\d?|phtml)['"]/
        $e = /[^\w>:$](eval|assert)\s{0,3}\(\s{0,3}(['"]\?>['"]\s{0,3}\.\s{0,3})?\$\w{1,30}\s{0,3}\)/
    condition:
        $php and filesize < 3MB and ($sh or
            for any i in (1..#f) : (
                for any j in (1..#d) : (@d[j] + 1000 > @f[i] and @d[j] < @f[i] + 1000) or
                for any j in (1..#wv) : (@wv[j] + 1000 > @f[i] and @wv[j] < @f[i] + 1000 and
                    for any k in (1..#pv) : (@pv[k] < @wv[j] and @pv[k] + 800 > @wv[j])) or
                for any j in (1..#inc) : (@inc[j] > @f[i] and @inc[j] < @f[i] + 1000 and
                    for any k in (1..#wr) : (@wr[k] + 200 > @f[i] and @wr[k] < @inc[j])) or
                for any j in (1..#e) : (@e[j] > @f[i] and @e[j] < @f[i] + 400)
            ) or
            for any i in (1..#uv) : (
                for any n in (1..#fv) : (@fv[n] > @uv[i] and @fv[n] < @uv[i] + 400 and (
                    for any j in (1..#d) : (@d[j] + 1000 > @fv[n] and @d[j] < @fv[n] + 1000) or
                    for any j in (1..#wv) : (@wv[j] + 1000 > @fv[n] and @wv[j] < @fv[n] + 1000 and
                        for any k in (1..#pv) : (@pv[k] < @wv[j] and @pv[k] + 800 > @wv[j])) or
                    for any j in (1..#e) : (@e[j] > @fv[n] and @e[j] < @fv[n] + 400)))
            )
        )
}

rule SPAMGEAR_DROPPER_RequestPathAndBodyWrite
{
    meta:
        score = 100
        family = "dropper"
        description = "path and content of a file write both taken from the request (adjacent assignments, a decoded JSON body or header array, a foreach over a posted array, or a two-argument write helper), at any file size"
    strings:
        $seq = /(\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,80}(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|php:\/\/input|\$_SERVER\s{0,3}\[\s{0,3}['"]HTTP_)[^;\n]{0,60};\s{0,12}(if\s{0,3}\([^;\n{]{0,60}\)\s{0,3}\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,60};\s{0,12})?){2,4}\$\w{1,30}\s{0,3}=\s{0,3}@?fopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}['"][wx][^;\n]{0,24};\s{0,12}(if\s{0,3}\([^;\n{]{0,40}\)\s{0,3}\{?\s{0,12})?@?(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}\)/
        $seqf = /(\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,80}(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|\$_SERVER\s{0,3}\[\s{0,3}['"]HTTP_|php:\/\/input)[^;\n]{0,60};\s{0,12}){2,4}(\$\w{1,30}\s{0,3}=\s{0,3}@?(file_get_contents|base64_decode|gzinflate|gzuncompress|str_rot13|urldecode|stripslashes|trim)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\)\s{0,3};\s{0,12})?(if\s{0,3}\([^;\n{]{0,60}\)\s{0,3}\{?\s{0,12})?(\$\w{1,30}\s{0,3}=\s{0,3}|if\s{0,3}\(\s{0,3}!?\s{0,3})?@?(file_put_contents|copy)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}\)+\s{0,3}([;)?]|or\s|&&|\|\||[!=]==?)/
        $list = /(list\s{0,3}\(|\[)\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}[\])]\s{0,3}=\s{0,3}[^;\n]{0,20}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^;\n]{0,80};\s{0,12}@?file_put_contents\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},/
        $ext = /extract\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\)\s{0,3};\s{0,12}(\$\w{1,30}\s{0,3}=\s{0,3}@?fopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}['"][wx][^;\n]{0,24};\s{0,12}@?(fwrite|fputs)|@?file_put_contents)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}\)/
        $seqp = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,80}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^;\n]{0,60};\s{0,12}@?file_put_contents\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode|rawurldecode|stripslashes)\s{0,3}\(\s{0,3}(\w{1,20}\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $box = /\$\w{1,30}\s{0,3}=\s{0,3}@?(json_decode\s{0,3}\(\s{0,3}((base64_decode|gzinflate|str_rot13)\s{0,3}\(\s{0,3})?)?(@?file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input['"]\s{0,3}\)|(getallheaders|apache_request_headers)\s{0,3}\(\s{0,3}\)|array_merge\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST|COOKIE)|\$_(GET|POST|REQUEST|COOKIE))[^;\n]{0,20};\s{0,12}(if\s{0,3}\([^;\n{]{0,80}\)\s{0,3}\{?\s{0,12})?(@?file_put_contents\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}(\[[^\]\n]{1,40}\]|->\w{1,30})\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}(\[|->)|\$\w{1,30}\s{0,3}=\s{0,3}@?fopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}['"][wax][^;\n]{0,10};\s{0,12}@?(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}\[)/
        $boxv = /\$\w{1,30}\s{0,3}=\s{0,3}@?(json_decode\s{0,3}\(\s{0,3})?(@?file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input['"]\s{0,3}\)|(getallheaders|apache_request_headers)\s{0,3}\(\s{0,3}\)|\$_(GET|POST|REQUEST|COOKIE))[^;\n]{0,20};\s{0,12}\$\w{1,30}\s{0,3}=\s{0,3}@?((urldecode|stripslashes|trim)\s{0,3}\(\s{0,3})?\$\w{1,30}\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)?\s{0,3};\s{0,12}\$\w{1,30}\s{0,3}=\s{0,3}@?((base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin)\s{0,3}\(\s{0,3}){1,2}\$\w{1,30}\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\){1,2}\s{0,3};\s{0,12}(@?file_put_contents\s{0,3}\(|\$\w{1,30}\s{0,3}=\s{0,3}@?fopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}['"][wx][^;\n]{0,24};\s{0,12}@?(fwrite|fputs)\s{0,3}\()\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?((base64_decode|gzinflate|gzuncompress|str_rot13)\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}\)/
        $each2 = /\$\w{1,30}\s{0,3}=\s{0,3}@?(json_decode|unserialize)\s{0,3}\(\s{0,3}((base64_decode|gzinflate|str_rot13|stripslashes)\s{0,3}\(\s{0,3})?(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input)[^;\n]{0,60};\s{0,12}foreach\s{0,3}\(\s{0,3}\$\w{1,30}\s{1,3}as\s{1,3}\$\w{1,30}\s{0,3}=>\s{0,3}\$\w{1,30}\s{0,3}\)\s{0,3}\{?\s{0,12}@?file_put_contents\s{0,3}\(\s{0,3}[^,;\n]{0,60}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}\)/
        $each = /foreach\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}(\[[^\]\n]{1,40}\]\s{0,3})?as\s{1,3}\$\w{1,30}\s{0,3}=>\s{0,3}\$\w{1,30}\s{0,3}\)\s{0,3}\{?\s{0,12}@?file_put_contents\s{0,3}\(\s{0,3}[^,;\n]{0,60}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}\)/
        $guard = /[^\w>:$](basename|preg_replace|sanitize_file_name|sanitize_title|realpath|intval|md5|uniqid)\s{0,3}\(/
        // A notes/JSON store: the request-named path ends in a fixed data extension, so no PHP file comes of it.
        $fixext = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,80}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\][^;\n'"]{0,20}['"][^'"\n;$]{0,20}\.(txt|json|log|csv|xml|md|dat)['"]\s{0,3};/
        $direct = /[^\w>:$]file_put_contents\s{0,3}\(\s{0,3}[^,;\n]{0,60}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\][^,;\n]{0,30},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|(file_get_contents|fopen)\s{0,3}\(\s{0,3}['"]php:\/\/input)/
        $and = /[^\w>:$]fopen\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}['"][wax][^;\n]{0,30}[^\w>:$](fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $pin = /fopen\s{0,3}\(\s{0,3}['"]php:\/\/input['"]/
        $pout = /fopen\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}['"][wax]/
        $scs = /stream_copy_to_stream\s{0,3}\(/
        $cp = /[^\w>:$]copy\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $rurl = /(CURLOPT_URL\s{0,3},|[^\w>:$]file_get_contents\s{0,3}\(|[^\w>:$]curl_init\s{0,3}\()\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $rdst = /[^\w>:$]file_put_contents\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},/
        $fdef = /function\s{1,3}\w{1,30}\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)\s{0,3}\{[^}]{0,160}[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(/
        $call = /[^\w>:$]\w{1,30}\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}@?(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode|rawurldecode|stripslashes)\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
    condition:
        filesize < 3MB and (for any i in (1..#seq) : (not for any k in (1..#guard) : (@guard[k] > @seq[i] and @guard[k] < @seq[i] + !seq[i]) and
                not for any k in (1..#fixext) : (@fixext[k] >= @seq[i] and @fixext[k] < @seq[i] + !seq[i])) or
            for any i in (1..#seqf) : (not for any k in (1..#guard) : (@guard[k] > @seqf[i] and @guard[k] < @seqf[i] + !seqf[i]) and
                not for any k in (1..#fixext) : (@fixext[k] >= @seqf[i] and @fixext[k] < @seqf[i] + !seqf[i])) or
            $list or $ext or $direct or $boxv or $each2 or $and or
            ($scs and for any i in (1..#pin) : (for any j in (1..#pout) : (@pout[j] + 300 > @pin[i] and @pout[j] < @pin[i] + 300))) or
            for any i in (1..#seqp) : (not for any k in (1..#guard) : (@guard[k] > @seqp[i] and @guard[k] < @seqp[i] + !seqp[i])) or
            $box or $each or $cp or
            for any i in (1..#rdst) : (for any j in (1..#rurl) : (@rdst[i] > @rurl[j] and @rdst[i] < @rurl[j] + 600)) or
            for any i in (1..#call) : (for any j in (1..#fdef) : (@call[i] > @fdef[j] and @call[i] < @fdef[j] + 2000)))
}

rule SPAMGEAR_DROPPER_DecodedWriteThenInclude
{
    meta:
        score = 100
        family = "dropper"
        description = "decoded or request data written to a file that is included or required a few lines later (stage-two code through the file system), at any file size"
    strings:
        $w = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(\s{0,3}[^,;\n]{1,120},\s{0,3}@?(['"]<\?(php)?\s{0,3}['"]\s{0,3}\.\s{0,3})?@?((base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode|rawurldecode)\s{0,3}\(|\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|\$_SERVER\s{0,3}\[\s{0,3}['"]HTTP_)/
        $dv = /\$\w{1,30}\s{0,3}=\s{0,3}@?((base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode|rawurldecode)\s{0,3}\(\s{0,3}){1,3}(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|\$_SERVER\s{0,3}\[\s{0,3}['"]HTTP_|file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input)/
        $wr = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(/
        $inc = /[^\w>:$](include|require)(_once)?[\s(]{1,3}@?(\$\w{1,30}(\[[^\]\n]{1,20}\])?|['"][^'"\n]{1,80}['"])[^;\n]{0,80};/
    condition:
        filesize < 3MB and (
            for any i in (1..#w) : (for any j in (1..#inc) : (@inc[j] > @w[i] and @inc[j] < @w[i] + 200)) or
            for any i in (1..#dv) : (for any j in (1..#inc) : (@inc[j] > @dv[i] and @inc[j] < @dv[i] + 600 and
                for any k in (1..#wr) : (@wr[k] > @dv[i] and @wr[k] < @inc[j])))
        )
}

rule SPAMGEAR_DROPPER_UploadToSelfDirClientName
{
    meta:
        score = 80
        family = "dropper"
        description = "upload moved (or renamed) to the client's file name in the script's own directory, the working directory or the web root, with no renaming or check"
    strings:
        $a = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}(dirname\s{0,3}\(\s{0,3}__FILE__\s{0,3}\)|__DIR__|getcwd\s{0,3}\(\s{0,3}\)|\$_SERVER\s{0,3}\[\s{0,3}['"]DOCUMENT_ROOT['"]\s{0,3}\])\s{0,3}\.\s{0,3}(['"][\/\\]{1,2}['"]\s{0,3}\.\s{0,3}|DIRECTORY_SEPARATOR\s{0,3}\.\s{0,3})?\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3}\)/
        $b = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}['"]\.?\/?['"]\s{0,3}\.\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3}\)/
        $b2 = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3}\)/
        $c = /(\$\w{1,30}\s{0,3}=\s{0,3}((dirname\s{0,3}\(\s{0,3}__FILE__\s{0,3}\)|__DIR__|getcwd\s{0,3}\(\s{0,3}\)|\$_SERVER\s{0,3}\[\s{0,3}['"]DOCUMENT_ROOT['"]\s{0,3}\])\s{0,3}\.\s{0,3}(['"][\/\\]{1,2}['"]\s{0,3}\.\s{0,3}|DIRECTORY_SEPARATOR\s{0,3}\.\s{0,3})?|basename\s{0,3}\(\s{0,3})?\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"](tmp_)?name['"]\s{0,3}\]\s{0,3}\)?\s{0,3};\s{0,12}){1,2}(if\s{0,3}\(\s{0,3}!?\s{0,3})?@?(move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}(\$\w{1,30}|\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]tmp_name['"]\s{0,3}\])\s{0,3},\s{0,3}((dirname\s{0,3}\(\s{0,3}__FILE__\s{0,3}\)|__DIR__|getcwd\s{0,3}\(\s{0,3}\)|\$_SERVER\s{0,3}\[\s{0,3}['"]DOCUMENT_ROOT['"]\s{0,3}\])\s{0,3}\.\s{0,3}(['"][\/\\]{1,2}['"]\s{0,3}\.\s{0,3}|DIRECTORY_SEPARATOR\s{0,3}\.\s{0,3})?|['"]\.?\/?['"]\s{0,3}\.\s{0,3})?(\$\w{1,30}|"\.?\/?\$\w{1,30}")\s{0,3}\)/
        $c2 = /\$\w{1,30}\s{0,3}=\s{0,3}['"]\.?\/['"]\s{0,3}\.\s{0,3}\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]name['"]\s{0,3}\]\s{0,3};\s{0,12}(if\s{0,3}\(\s{0,3}!?\s{0,3})?@?(move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]tmp_name['"]\s{0,3}\]\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
        $idx = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3}\[\s{0,3}\$\w{1,30}\s{0,3}\]\s{0,3},\s{0,3}((dirname\s{0,3}\(\s{0,3}__FILE__\s{0,3}\)|__DIR__|getcwd\s{0,3}\(\s{0,3}\)|\$_SERVER\s{0,3}\[\s{0,3}['"]DOCUMENT_ROOT['"]\s{0,3}\])\s{0,3}\.\s{0,3}(['"][\/\\]{1,2}['"]\s{0,3}\.\s{0,3}|DIRECTORY_SEPARATOR\s{0,3}\.\s{0,3})?|['"]\.?\/?['"]\s{0,3}\.\s{0,3})?\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3}\[\s{0,3}\$\w{1,30}\s{0,3}\]\s{0,3}\)/
        $bn = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}((dirname\s{0,3}\(\s{0,3}__FILE__\s{0,3}\)|__DIR__|getcwd\s{0,3}\(\s{0,3}\)|\$_SERVER\s{0,3}\[\s{0,3}['"]DOCUMENT_ROOT['"]\s{0,3}\])\s{0,3}\.\s{0,3}(['"][\/\\]{1,2}['"]\s{0,3}\.\s{0,3}|DIRECTORY_SEPARATOR\s{0,3}\.\s{0,3})?)?basename\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3}\)\s{0,3}\)/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_DROPPER_UploadFormNearClientNameMove
{
    meta:
        score = 100
        family = "dropper"
        description = "a multipart upload form and, within 3 KB, an upload stored under the raw client file name in the current, own or web-root directory (an uploader injected into a page)"
    strings:
        $mv2 = /\$\w{1,30}\s{0,3}=\s{0,3}(basename\s{0,3}\(\s{0,3})?\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3}\)?\s{0,3};\s{0,12}(if\s{0,3}\(\s{0,3}!?\s{0,3})?@?(move_uploaded_file|copy)\s{0,3}\(\s{0,3}\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
        $form = /enctype\s{0,3}=\s{0,3}\\?['"]?multipart\/form-data/
        $mv = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}((dirname\s{0,3}\(\s{0,3}__FILE__\s{0,3}\)|__DIR__|getcwd\s{0,3}\(\s{0,3}\)|\$_SERVER\s{0,3}\[\s{0,3}['"]DOCUMENT_ROOT['"]\s{0,3}\])\s{0,3}\.\s{0,3}(['"][\/\\]{1,2}['"]\s{0,3}\.\s{0,3})?|['"]\.?\/?['"]\s{0,3}\.\s{0,3}|basename\s{0,3}\(\s{0,3})?\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3}\)/
    condition:
        filesize < 3MB and (
            for any i in (1..#mv) : (for any j in (1..#form) : (@form[j] + 3000 > @mv[i] and @form[j] < @mv[i] + 3000)) or
            for any i in (1..#mv2) : (for any j in (1..#form) : (@form[j] + 3000 > @mv2[i] and @form[j] < @mv2[i] + 3000)))
}

rule SPAMGEAR_DROPPER_UploadToRequestPath
{
    meta:
        score = 100
        family = "dropper"
        description = "upload moved to a path taken from a request header, or built from a request field assigned on the line before (uploader with a chosen target)"
    strings:
        $hdr = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}[^;\n]{0,40}\$_SERVER\s{0,3}\[\s{0,3}['"]HTTP_/
        $seq = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,30}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\][^;\n]{0,30};\s{0,12}\$\w{1,30}\s{0,3}=\s{0,3}\$\w{1,30}\s{0,3}\.[^;\n(]{0,40}\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\][^;\n]{0,20};\s{0,12}(if\s{0,3}\(\s{0,3}!?\s{0,3})?@?(move_uploaded_file|copy)\s{0,3}\(\s{0,3}\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
        $seq2 = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,40}(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|\$_SERVER\s{0,3}\[\s{0,3}['"]HTTP_)[^;\n]{0,60};\s{0,12}@?(move_uploaded_file|copy)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}(\$\w{1,30}|"\$\w{1,30}[\/\\]{0,2}")\s{0,3}\.[^;\n(]{0,20}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3}\)/
        $seq3 = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,40}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^;\n]{0,60};\s{0,12}\$\w{1,30}\s{0,3}\.=[^;\n(]{0,30}\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]?name['"]?\s{0,3}\]\s{0,3};\s{0,12}(if\s{0,3}\(\s{0,3}!?\s{0,3})?@?(move_uploaded_file|copy)\s{0,3}\(\s{0,3}\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
    condition:
        filesize < 3MB and ($hdr or $seq or $seq2 or $seq3)
}

rule SPAMGEAR_DROPPER_UploadSavedAsPhp
{
    meta:
        score = 100
        family = "dropper"
        description = "an upload moved to a literal .php/.phtml/.phar name, directly or through a variable assigned that name a few lines before (uploader that installs a web shell)"
    strings:
        $lit = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}[^;\n]{0,80}\.(php\d?|phtml|phar|pht)['"]\s{0,3}\)/
        $var = /\$\w{1,30}\s{0,3}=\s{0,3}['"][^'"\n$]{1,80}\.(php\d?|phtml|phar|pht)['"]\s{0,3};/
        $mvv = /[^\w>:$](move_uploaded_file|copy|rename)\s{0,3}\(\s{0,3}\$(_FILES\s{0,3}\[[^\]\n]{1,40}\]|\w{1,30})\s{0,3}\[\s{0,3}['"]?tmp_name['"]?\s{0,3}\]\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
    condition:
        filesize < 3MB and ($lit or for any i in (1..#mvv) : (for any j in (1..#var) : (@var[j] < @mvv[i] and @var[j] + 600 > @mvv[i])))
}

rule SPAMGEAR_DROPPER_InputUrlToInputPath
{
    meta:
        score = 100
        family = "dropper"
        description = "(issue 4p) fetches a URL taken from the request (curl_init/file_get_contents/copy) and, within 600 bytes, writes to a file whose path comes from the request (remote dropper with a chosen target)"
    strings:
        $get = /[^\w>:$](curl_init|file_get_contents|copy)\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST)\s{0,3}\[/
        $put = /[^\w>:$](fopen|file_put_contents)\s{0,3}\([^;,]{0,80}\$_(GET|POST|REQUEST)\s{0,3}\[[^;]{0,80}[,)]/
        $hashed = /[^\w>:$](fopen|file_put_contents)\s{0,3}\([^;,]{0,80}(md5|sha1|hash|crc32)\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST)\s{0,3}\[/
    condition:
        filesize < 4MB and for any i in (1..#get) : (for any j in (1..#put) : (@put[j] > @get[i] and @put[j] - @get[i] < 600 and not $hashed at @put[j]))
}

// ---- issue 4s: droppers that carry their payload inside the script -------------------------------

rule SPAMGEAR_DROPPER_EmbeddedExeRun
{
    meta:
        score = 100
        family = "dropper"
        description = "(issue 4s) a base64 literal that starts with a Windows executable header (MZ: TVqQ/TVpQ/TVoA), base64_decode, and a shell call that runs a .exe/.com/.scr/.bat (or WScript.Shell): writes a program to disk and starts it"
    strings:
        $mz = /["']TV(qQ|pQ|oA|qA)AA[A-Za-z0-9+\/\r\n]{200}/
        $dec = "base64_decode"
        $run = /[^\w>:$](exec|system|shell_exec|passthru|popen|proc_open|pcntl_exec)\s{0,3}\(\s{0,3}[^;\n]{0,80}\.(exe|com|scr|bat)\\?["'\s]/
        $runv = /[^\w>:$](exec|system|shell_exec|passthru|popen|proc_open)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}[,)]/
        $exe = /["'][\w.\\\/:-]{1,80}\.(exe|scr)["']/
        $wsh = "WScript.Shell"
    condition:
        filesize < 8MB and $mz and $dec and ($run or $wsh or ($runv and $exe))
}

rule SPAMGEAR_DROPPER_EmbeddedZipExtractBackdated
{
    meta:
        score = 100
        family = "dropper"
        description = "(issue 4s) a base64 zip archive (UEsDB...) decoded, extracted, and the extracted files back-dated with touch(..., time() - ...rand()): an embedded kit unpacked and hidden among old files"
    strings:
        $zip = /["']UEsDB[A-Za-z0-9+\/\r\n]{200}/
        $dec = "base64_decode"
        $ext = /->(extract|extractTo)\s{0,3}\(/
        $touch = /[^\w>:$]touch\s{0,3}\([^;\n]{1,80},\s{0,3}time\s{0,3}\(\s{0,3}\)\s{0,3}-[^;\n]{0,40}(rand|mt_rand|random_int)\s{0,3}\(/
    condition:
        filesize < 8MB and $zip and $dec and $ext and $touch
}

rule SPAMGEAR_DROPPER_ShellFetchThenTimestomp
{
    meta:
        score = 100
        family = "dropper"
        description = "(issue 4s) a shell call that downloads with curl -o / wget -O and, within 600 bytes, a shell `touch -r` that copies another file's timestamp onto it: replaced code hidden by its mtime"
    strings:
        $fetch = /[^\w>:$](shell_exec|exec|system|passthru|popen|proc_open)\s{0,3}\(\s{0,3}["'](curl\s[^"'\n]{0,40}-o\s|wget\s[^"'\n]{0,40}-O\s?)/
        $ts = /[^\w>:$](shell_exec|exec|system|passthru|popen|proc_open)\s{0,3}\(\s{0,3}["']touch\s{1,3}-r\s/
    condition:
        filesize < 3MB and for any i in (1..#fetch) : (for any j in (1..#ts) : (@ts[j] > @fetch[i] - 600 and @ts[j] < @fetch[i] + 600))
}
