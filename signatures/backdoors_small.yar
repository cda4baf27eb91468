/*
 * backdoors_small.yar - small planted backdoors that hand a sink to request input in ways the
 * input_to_sink/evasion families do not spell out: a sink name passed as a plain argument next to
 * request input, a file written whose name AND body come from the request, a remote or decoded
 * payload cached in a .php file and included, MySQL grant-table theft, Windows account creation
 * through COM, superglobal names walked through variable-variables, and variable-variable calls.
 *
 * Why it is safe: every rule needs a PHP open tag and two things ordinary code does not combine
 * (a sink NAME as a literal AND raw request input in the same call; a request-chosen path AND
 * request-chosen content; a fetched or decoded payload AND an include of the written file, ...).
 * The looser ones are limited to small files, where a planted script lives and where a real
 * application never keeps such a combination.  Checked against ten clean trees (every file type,
 * about 56,000 files) with 0 verdicts >= 100.
 */

rule SPAMGEAR_BACKDOOR_SinkNameBesideInput
{
    meta:
        score = 100
        family = "backdoor"
        description = "a code/shell sink name passed as a literal argument right next to raw request input (wrapper('assert', array($_POST['a'])))"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $pass = /[\w>]\s*\(\s*['"](assert|system|passthru|shell_exec|exec|eval|create_function|popen|proc_open|pcntl_exec)['"]\s*,\s*(array\s*\(\s*|\[\s*)?@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $neg = /\b(in_array|array_search|array_key_exists|str_replace|str_ireplace|strpos|stripos|strstr|preg_match|preg_grep|array_keys|ini_set|ini_get|setcookie|explode|implode|sprintf|printf|_e|__|esc_html__|t|define|hash_hmac)\s*\(\s*['"](assert|system|passthru|shell_exec|exec|eval|create_function|popen|proc_open|pcntl_exec)['"]\s*,\s*(array\s*\(\s*|\[\s*)?@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 1MB and $php and #pass > #neg
}

rule SPAMGEAR_BACKDOOR_InputPathAndBodyWrite
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that opens a file named by the request for writing and writes request data (directly, through a variable filled from the request, or a download via CURLOPT_FILE) into it, or copies between two request-named paths"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $open = /fopen\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,40}\]\s*,\s*['"][wax]/
        $wr = /[^\w>:$](fwrite|fputs)\s*\([^;]{0,80}(\$_(GET|POST|REQUEST|COOKIE)\s*\[|php:\/\/input|\$HTTP_RAW_POST_DATA)/
        $cp = /[^\w>:$]copy\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,40}\]\s*,\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $curl = /CURLOPT_FILE\s{0,3},/
        $curlin = /curl_init\s{0,3}\(\s{0,3}@?(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|\$\w{1,30}\s{0,3}\))/
        $wrv = /[^\w>:$](fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
        $asin = /\$\w{1,30}\s{0,3}=\s{0,3}@?((stripslashes|base64_decode|urldecode|rawurldecode|trim)\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)?\s{0,3};/
    condition:
        filesize < 5KB and $php and (($open and ($wr or ($wrv and $asin))) or $cp or ($open and $curl and $curlin))
}

rule SPAMGEAR_BACKDOOR_FetchedToPhpFile
{
    meta:
        score = 100
        family = "backdoor"
        description = "content fetched from a request-supplied URL written into a file with a PHP extension (a dropper)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $dst = /(file_put_contents|fopen)\s*\(\s*['"][^'"\n]{0,80}\.(php\d?|phtml|inc)['"]/ nocase
        $f1 = /(file_get_contents|fopen|file)\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/ nocase
        $f2 = /(file_get_contents|curl_init)\s*\(\s*\$\w{1,30}\s*\)/
        $in = /=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,40}\]\s*;/
        $w = /[^\w>:$](file_put_contents|fwrite|fputs)\s*\(/ nocase
    condition:
        filesize < 20KB and $php and $dst and $w and ($f1 or (filesize < 2KB and $f2 and $in))
}

rule SPAMGEAR_BACKDOOR_CachedPayloadInclude
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that writes a remote .php/.txt file or decoded request data into a temp file and includes it"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $tmp = /['"]\/tmp\/[^'"\n]{0,60}['"]|sys_get_temp_dir\s*\(|tempnam\s*\(/
        $inc = /[^\w$>](include|require)(_once)?[\s(]+(\$|['"]\/tmp\/)/
        $w = /[^\w>:$](fwrite|fputs|file_put_contents)\s*\(/ nocase
        $url = /['"]https?:\/\/[^'"\s]{4,200}\.(php|txt|phtml)['"]/
        $fetch = /file_get_contents\s*\(|curl_exec\s*\(|[^\w]copy\s*\(/
        $dec = /(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 5KB and $php and $w and $inc and $tmp and (($url and $fetch) or $dec)
}

rule SPAMGEAR_BACKDOOR_MysqlGrantTableRead
{
    meta:
        score = 100
        family = "backdoor"
        description = "reads MySQL's own grant table file (mysql/user.MYD) through LOAD DATA INFILE or load_file() to steal password hashes"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $myd = /mysql[\/\\]{1,2}user\.MYD/
        $load = /LOAD\s+DATA\s+(LOCAL\s+)?INFILE|load_file\s*\(/ nocase
    condition:
        filesize < 200KB and $php and $myd and $load
}

rule SPAMGEAR_BACKDOOR_ComAccountCreate
{
    meta:
        score = 100
        family = "backdoor"
        description = "creates or changes a Windows account through the Shell.Users COM object (privilege escalation from PHP)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $com = /new\s+COM\s*\(\s*['"]Shell\.Users['"]/
        $op1 = "->create("
        $op2 = "->changePassword("
    condition:
        filesize < 200KB and $php and $com and any of ($op*)
}

rule SPAMGEAR_BACKDOOR_SuperglobalNameWalk
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that walks superglobals by name through variable-variables ($$m for m in '_GET','_POST') and feeds a value to a sink"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $names = /['"]_(GET|POST|REQUEST|COOKIE|SERVER)['"]\s*,\s*['"]_(GET|POST|REQUEST|COOKIE|SERVER)['"]/
        $vv = /(\$\$\w{1,20}|\$\{\s*\$\w{1,20}\s*\})\s*(as|\[)/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?\$\w/ nocase
    condition:
        filesize < 5KB and $php and $names and $vv and $sink
}

rule SPAMGEAR_BACKDOOR_VarVarCallEval
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that calls a function through a variable-variable ($$name(...)) and evaluates a variable"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $vv = /\$\$\w{1,20}\s*\(/
        $ev = /[^\w>:$](eval|assert)\s*\(\s*\$\w/
    condition:
        filesize < 10KB and $php and $vv and $ev
}

rule SPAMGEAR_BACKDOOR_DecodedInputToPhpFile
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that writes decoded request data (or a packed literal it then includes) into a file with a PHP extension"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $dst = /(file_put_contents|fopen)\s*\(\s*[^;,'"]{0,40}['"][^'"\n]{0,80}\.(php\d?|phtml)['"]/ nocase
        $in = /(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode|rawurldecode)\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $w = /[^\w>:$](fwrite|fputs|file_put_contents)\s*\(/ nocase
        $packed = /[^\w>:$](fwrite|fputs|file_put_contents)\s*\([^;]{0,80}(gzinflate|gzuncompress|str_rot13)\s*\(\s*base64_decode\s*\(\s*['"]/
        $open = /['"]<\?php\s?['"]\s*\.\s*\$\w/
        $inc = /[^\w$>](include|require)(_once)?[\s(]+[^;]{0,60}\.(php\d?|phtml)['"]/
        $inp = /=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,40}\]\s*;/
    condition:
        filesize < 3KB and $php and $dst and (($in and $w) or ($packed and $inc) or ($open and $inc and $inp))
}

rule SPAMGEAR_BACKDOOR_SocketShellLoop
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that reads commands from a network socket and writes the shell output back (reverse/bind shell in plain PHP)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $sock = /[^\w>:$](fsockopen|pfsockopen|stream_socket_client|stream_socket_accept|socket_accept|socket_connect)\s*\(/
        $back = /(fputs|fwrite|socket_write|stream_socket_sendto)\s*\(\s*\$\w{1,30}\s*,\s*@?(shell_exec|system|passthru|exec|`)\s*\(?\s*\$\w{1,30}/
        $read = /\$\w{1,30}\s*=\s*@?(fgets|fread|socket_read|stream_get_line)\s*\(\s*\$\w{1,30}/
    condition:
        filesize < 5KB and $php and $sock and $back and $read
}

rule SPAMGEAR_BACKDOOR_JsonBodyToSink
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that decodes a JSON request body and hands one of its fields to a code/shell sink"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $body = /php:\/\/input/
        $json = /json_decode\s*\(/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?\$\w{1,30}(->\w{1,30}|\s*\[\s*['"]\w{1,30}['"]\s*\])\s*[,)]/
    condition:
        filesize < 3KB and $php and $body and $json and $sink
}

rule SPAMGEAR_BACKDOOR_PackedLiteralEvalVar
{
    meta:
        score = 100
        family = "backdoor"
        description = "a compressed/rotated base64 literal decoded into a variable that is then evaluated ($e = gzuncompress(base64_decode('...')); eval($e))"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $dl = /\$\w{1,30}\s*=\s*@?(gzinflate|gzuncompress|gzdecode|str_rot13|strrev|convert_uudecode)\s*\(\s*@?base64_decode\s*\(\s*['"]/
        $ev = /[^\w>:$](eval|assert)\s*\(\s*@?\$\w{1,30}\s*\)/
    condition:
        filesize < 200KB and $php and $dl and $ev
}

rule SPAMGEAR_BACKDOOR_EscapedUrlFetchEval
{
    meta:
        score = 100
        family = "backdoor"
        description = "a hex/octal-escaped http(s) URL next to eval/include of fetched content (hidden remote payload)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $esc = /\\x68\\x74\\x74\\x70|\\150\\164\\164\\160/
        $ev = /[^\w>:$](eval|assert)\s*\(\s*[^;]{0,30}(file_get_contents|curl_exec|stream_get_contents|fread|\$\w)/
        $inc = /[^\w$>](include|require)(_once)?[\s(]+\$\w/
        $fetch = /file_get_contents\s*\(|curl_exec\s*\(|fopen\s*\(/
    condition:
        filesize < 50KB and $php and $esc and $fetch and ($ev or $inc)
}

rule SPAMGEAR_BACKDOOR_HostKeyedDoorwayWriter
{
    meta:
        score = 100
        family = "backdoor"
        description = "SEO doorway generator: reads rows from a table named after this host, fills {title}/{content} placeholders of an HTML template and writes the pages"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $sql = /(from|into|update)\s*["']\s*\.\s*(str_replace\s*\([^;]{0,30})?\$_SERVER\s*\[\s*['"](SERVER_NAME|HTTP_HOST)['"]/
        $tpl = /str_replace\s*\(\s*["']\{(title|content|description|keywords?|keyurl)\}["']/
        $html = /["'][^"'\n]{0,80}\.html?["']/
        $fw = /[^\w>:$](fwrite|fputs|file_put_contents)\s*\(/ nocase
    condition:
        filesize < 20KB and $php and $sql and #tpl >= 2 and $html and $fw
}
