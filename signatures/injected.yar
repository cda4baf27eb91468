/*
 * injected.yar - family "backdoor": a planted one-liner that sits in its OWN small PHP block inside
 * a larger file. This is how backdoors look after an attacker (or a spam bot's dropper) writes them
 * into a site's existing files: `<?php @eval($_POST['x']); ?>` put on top of index.php or
 * wp-config.php, or a block appended behind a theme's HTML. The size-limited rules elsewhere
 * (SmallInputAndSink, HeaderToSinkTiny: files under 2-3 KB) no longer apply once the host file
 * is bigger, and the size-free rules need stronger shapes.
 *
 * A "block" here runs from a `<?php` open tag to the next `?>` (or to the end of the file). A rule
 * fires when one block under 2000 bytes reads request input (superglobal, raw body, request
 * headers, filter_input) AND runs a code or shell sink on a variable: the same pairing
 * SmallInputAndSink accepts in a whole tiny file, scoped to one block.
 *
 * Why it is safe: application templates keep request reads and shell/eval sinks apart, and the
 * methods they call on objects (`$db->exec(`, `$pdo->query(`) are excluded by the sink's
 * left-hand context. The pairing must be inside one tag-delimited block: a request read in one
 * block and an unrelated `system(` call in a later block do not combine. Checked with 0 hits on
 * the 30 gated clean Debian trees (tests/test_corpus.py).
 */

rule SPAMGEAR_INJECTED_SmallBlockInputToSink
{
    meta:
        score = 100
        family = "backdoor"
        description = "a small PHP block (under 2000 bytes, closed by ?> or the end of the file) inside a larger file reads request input and runs eval/assert/system/exec-like sinks on a variable: a planted one-liner"
    strings:
        $open = /<\?(php|\s)/
        $close = "?>"
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|php:\/\/input|getallheaders\s*\(|apache_request_headers\s*\(|\$GLOBALS\s{0,3}\[\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]|\$\{\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]\s{0,3}\}|\$_SERVER\s{0,3}\[\s{0,3}['"](QUERY_STRING|REQUEST_URI|PATH_INFO|PHP_AUTH_PW|HTTP_\w{1,30})['"]|\$HTTP_RAW_POST_DATA|filter_input\s*\(\s*INPUT_(GET|POST|COOKIE|SERVER|REQUEST)/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)\s*\(\s*@?\s*((base64_decode|urldecode|rawurldecode|str_rot13|strrev|gzinflate|gzuncompress|stripslashes|hex2bin|substr|trim)\s{0,3}\(\s{0,3}){0,2}(\$\w{1,30}\s*[),.\[(]|\$\w{1,30}\s*->\s*\w{1,30}\s*[),.]|['"][^'"\n]{0,12}\$\w)/
        // zoneminder: a block that appends request values quoted with escapeshellarg() to a fixed
        // command line is no planted shell; a code sink (eval/assert/create_function) in the block still counts.
        $esc = /\.\s{0,3}escapeshell(arg|cmd)\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $code = /[^\w>:$](eval|assert|create_function)\s{0,3}\(/
    condition:
        filesize >= 2KB and filesize < 8MB and $in and $sink and #open < 2000 and
        for any k in (1..#sink) : (
            for any i in (1..#open) : (
                @open[i] < @sink[k] and @sink[k] - @open[i] < 1500 and not $close in (@open[i]..@sink[k]) and
                (
                    for any j in (1..#close) : (
                        @close[j] > @sink[k] and @close[j] - @open[i] < 2000 and
                        not $close in (@sink[k]..@close[j] - 1) and $in in (@open[i]..@close[j]) and
                        ($code at @sink[k] or not $esc in (@open[i]..@close[j]))
                    )
                    or
                    (not $close in (@sink[k]..filesize) and filesize - @open[i] < 2000 and $in in (@open[i]..filesize) and
                     ($code at @sink[k] or not $esc in (@open[i]..filesize)))
                )
            )
        )
}

rule SPAMGEAR_INJECTED_HeadInputToSink
{
    meta:
        score = 100
        family = "backdoor"
        description = "a file that opens with `<?php` and, before its first comment, reads request input and runs eval/assert/system/exec-like sinks on a variable, with the file's own commented code after it: a one-liner planted on top of an existing script"
    strings:
        $open = /^<\?(php|\s)/
        $c1 = "/**"
        $c2 = "/*\n"
        $c3 = "/* "
        $c4 = "/*\r"
        $c5 = "\n//"
        $c6 = "\n# "
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|php:\/\/input|getallheaders\s*\(|apache_request_headers\s*\(|\$GLOBALS\s{0,3}\[\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]|\$\{\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]\s{0,3}\}|\$_SERVER\s{0,3}\[\s{0,3}['"](QUERY_STRING|REQUEST_URI|PATH_INFO|PHP_AUTH_PW|HTTP_\w{1,30})['"]|\$HTTP_RAW_POST_DATA|filter_input\s*\(\s*INPUT_(GET|POST|COOKIE|SERVER|REQUEST)/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)\s*\(\s*@?\s*((base64_decode|urldecode|rawurldecode|str_rot13|strrev|gzinflate|gzuncompress|stripslashes|hex2bin|substr|trim)\s{0,3}\(\s{0,3}){0,2}(\$\w{1,30}\s*[),.\[(]|\$\w{1,30}\s*->\s*\w{1,30}\s*[),.]|['"][^'"\n]{0,12}\$\w)/
    condition:
        filesize >= 2KB and $open at 0 and $in in (0..1500) and $sink in (0..1500) and
        not any of ($c*) in (0..@sink[1]) and any of ($c*) in (@sink[1]..@sink[1] + 2000)
}

rule SPAMGEAR_INJECTED_HexMarkerScriptBlock
{
    meta:
        score = 100
        family = "backdoor"
        description = "(issue 4s) a PHP block opened with <?php #xxxxxx# and closed by #/xxxxxx# (the injector's own hex tags, so it can find and refresh it) that prints a <script>/<iframe> from an outside http(s) URL"
    strings:
        $open = /<\?php\s{1,4}#[0-9a-f]{6}#/
        $close = /#\/[0-9a-f]{6}#/
        $tag = /<(script|iframe)[^>\n]{0,80}src=\\?["']?https?:\/\/[\w-]{1,63}\.[^"'\s\\]{2,160}/
    condition:
        filesize < 8MB and for any i in (1..#open) : (for any j in (1..#close) : (@close[j] > @open[i] and @close[j] < @open[i] + 1000 and $tag in (@open[i] .. @close[j])))
}
