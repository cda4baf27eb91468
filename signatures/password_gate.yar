/*
 * password_gate.yar - backdoors gated by a hard-coded password hash or key.
 *
 * Catches: md5/sha1/crypt/hash of a request value compared with a hex literal (and the
 * reverse order), and such a gate in a file that also holds a code or shell sink.
 *
 * Why it is safe: applications keep password hashes in a database or config file and compare
 * with password_verify()/hash_equals(); they do not compare md5($_POST[...]) with a literal.
 * The bare comparison scores 60 and needs a second signal.
 */

rule SPAMGEAR_PASSGATE_HashedInputLiteral
{
    meta:
        score = 60
        family = "password_gate"
        description = "hash of request input compared with a hard-coded hex digest"
    strings:
        $a = /(md5|sha1|crypt|hash|md5_file|sha256)\s*\([^;]{0,60}\$_(GET|POST|REQUEST|COOKIE|SERVER)[^;]{0,80}[!=]==?\s*['"][0-9a-fA-F]{32,128}['"]/
        $b = /['"][0-9a-fA-F]{32,128}['"]\s*[!=]==?\s*(md5|sha1|crypt|hash)\s*\([^;]{0,60}\$_(GET|POST|REQUEST|COOKIE|SERVER)/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_PASSGATE_GatedSink
{
    meta:
        score = 100
        family = "password_gate"
        description = "hard-coded hash gate on request input in a file with a code or shell sink"
    strings:
        $a = /(md5|sha1|crypt|hash)\s*\([^;]{0,60}\$_(GET|POST|REQUEST|COOKIE|SERVER)[^;]{0,80}[!=]==?\s*['"][0-9a-fA-F]{32,128}['"]/
        $b = /['"][0-9a-fA-F]{32,128}['"]\s*[!=]==?\s*(md5|sha1|crypt|hash)\s*\([^;]{0,60}\$_(GET|POST|REQUEST|COOKIE|SERVER)/
        $c = /(md5|sha1)\s*\(\s*(md5|sha1)\s*\([^;]{0,40}\$_(GET|POST|REQUEST|COOKIE)/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function|move_uploaded_file|file_put_contents|fwrite)\s*\(/i
        $in = /\$\w{1,30}\s{0,3}=\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s{0,3}\[/
        $hv = /(md5|sha1|crypt|hash)\s{0,3}\(\s{0,3}(['"]\w{3,10}['"]\s{0,3},\s{0,3})?\$\w{1,30}\s{0,3}\)\s{0,3}[!=]==?\s{0,3}['"][0-9a-fA-F]{32,128}['"]/
        $run = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s{0,3}\(/
    condition:
        filesize < 3MB and (($sink and ($a or $b or $c)) or
            ($run and for any i in (1..#hv) : (for any j in (1..#in) : (@in[j] < @hv[i] and @in[j] + 300 > @hv[i]))))
}

rule SPAMGEAR_PASSGATE_LiteralKeyGate
{
    meta:
        score = 40
        family = "password_gate"
        description = "request value compared with a literal key right before eval/system"
    strings:
        $a = /if\s*\(\s*(isset\s*\()?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,40}\]\s*\)?\s*(==|===|&&)[^{;]{0,80}\)\s*\{?\s*@?(eval|assert|system|passthru|shell_exec|exec)\s*\(/
    condition:
        filesize < 3MB and $a
}

rule SPAMGEAR_PASSGATE_InputEqualsDigest
{
    meta:
        score = 50
        family = "password_gate"
        description = "request value compared directly with a hard-coded hex digest"
    strings:
        $a = /\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,40}\]\s*[!=]==?\s*['"][0-9a-fA-F]{32,64}['"]/
        $b = /['"][0-9a-fA-F]{32,64}['"]\s*[!=]==?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_PASSGATE_HeaderArrayGatedSink
{
    meta:
        score = 100
        family = "password_gate"
        description = "request headers copied with getallheaders()/apache_request_headers() and, in the next statement, an if on them that runs eval/system/shell_exec on a header element (header-keyed backdoor)"
    strings:
        $a = /\$\w{1,30}\s{0,3}=\s{0,3}@?(getallheaders|apache_request_headers)\s{0,3}\(\s{0,3}\)\s{0,3};\s{0,12}if\s{0,3}\([^{;\n]{0,120}\)\s{0,3}\{?\s{0,12}((echo|print)[\s(]{1,3})?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open)\s{0,3}\(\s{0,3}@?((base64_decode|str_rot13|gzinflate|strrev|trim)\s{0,3}\(\s{0,3}){0,2}\$\w{1,30}\s{0,3}\[/
    condition:
        filesize < 3MB and $a
}
