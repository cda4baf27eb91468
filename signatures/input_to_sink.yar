/*
 * input_to_sink.yar - request input reaching a code or command execution sink.
 *
 * Catches: $_GET/$_POST/$_REQUEST/$_COOKIE/$_SERVER['HTTP_*']/$_FILES, php://input and
 * getallheaders() handed straight to eval/assert/create_function, to system/exec/passthru/
 * shell_exec/popen/proc_open/pcntl_exec, to dynamic callbacks (array_map, call_user_func,
 * $_GET['f'](...)), to include/require, to preg_replace /e, and request input written to files;
 * (issue 4m) closures/arrow functions/create_function lambdas and one-line helper functions that
 * only run a sink on their parameter, used with input in the same or the next statement; foreach
 * over headers/superglobals into a sink; short-circuit `&& eval($a['x'])`; input callback names;
 * magic methods that eval a property.
 *
 * Why it is safe: legitimate PHP never passes raw request data to a code or shell sink within
 * the same call expression; applications route input through variables, validation and
 * escaping.  The strong rules need the input *inside* the sink's argument list (bounded, no
 * statement separator in between).  Looser co-occurrence rules score below 100 and only add up
 * with other evidence.
 */

rule SPAMGEAR_INPUT_EvalOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "eval/assert/create_function receives request input in its argument list"
    strings:
        $a = /[^\w>:$](eval|assert|create_function)\s*\(\s*[^;]{0,160}(\$_(GET|POST|REQUEST|COOKIE|FILES)\b|\$_SERVER\s*\[\s*['"]HTTP_|\$HTTP_(GET|POST|COOKIE)_VARS|php:\/\/input|getallheaders|apache_request_headers|\$\{\s*['"]_(GET|POST|REQUEST|COOKIE)|\$GLOBALS\s*\[\s*['"]_(GET|POST|REQUEST|COOKIE))/
        $bool = /[^\w>:$]assert\s*\(\s*(isset|empty|is_[a-z]{2,12}|in_array|array_key_exists)\s*\(/
        $poly = /[^\w>:$]eval\s*\(\s*['"]\s*function\s+(getallheaders|apache_request_headers)\s*\(/
        $b = /[^\w>:$](eval|assert|create_function)\s{0,3}\([^;]{0,160}(\$_SERVER\s{0,3}\[\s{0,3}['"](QUERY_STRING|REQUEST_URI|PATH_INFO|PHP_AUTH_PW|PHP_AUTH_USER)|\$HTTP_RAW_POST_DATA)/
    condition:
        (for any i in (1..#a) : (not $bool at @a[i] and not $poly at @a[i])) or $b
}

rule SPAMGEAR_INPUT_ShellOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "a shell sink receives request input directly (first argument)"
    strings:
        $a = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)\s*\(\s*@?\s*(\(\s{0,3}string\s{0,3}\)\s{0,3}@?)?((base64_decode|stripslashes|urldecode|rawurldecode|trim|str_rot13|strrev|hex2bin|gzinflate|escapeshellcmd|strval)\s*\(\s*){0,2}(\$_(GET|POST|REQUEST|COOKIE)\b|\$_FILES\s*\[[^\]\n]{1,30}\]\s*\[\s*['"](name|type)['"]|\$_SERVER\s*\[\s*['"]HTTP_|\$HTTP_(GET|POST|COOKIE)_VARS|\$\{\s*['"]_(GET|POST|REQUEST|COOKIE)|file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input|getenv\s{0,3}\(\s{0,3}['"]HTTP_|\$HTTP_RAW_POST_DATA)/
        $b = /[=(.]\s*`[^`\n]{0,40}\$_(GET|POST|REQUEST|COOKIE)\b/
        $b2 = /(;|\{|\}|<\?php|echo|print)\s*`[^`\n]{0,40}\$_(GET|POST|REQUEST|COOKIE)\b/
        // (issue 4q) the whole request joined into one command line: system(implode(' ', $_GET)), exec(join(' ', array_values($_POST)))
        $j = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?(implode|join)\s*\(\s*['"][^'"\n]{0,3}['"]\s*,\s*(array_values\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\s*\)/
    condition:
        any of them
}

rule SPAMGEAR_INPUT_ShellNearInput
{
    meta:
        score = 70
        family = "input_to_sink"
        description = "request input appears inside a shell sink's argument list (may be escaped)"
    strings:
        $a = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)\s*\([^;]{0,120}\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        $a
}

rule SPAMGEAR_INPUT_InputAsFunction
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "request input used as a function name or callback"
    strings:
        $call = /\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s{0,2}\(/
        $cb = /[^\w>:$](array_map|call_user_func|call_user_func_array|register_shutdown_function|register_tick_function|forward_static_call|forward_static_call_array|set_error_handler|set_exception_handler|ob_start|header_register_callback|spl_autoload_register|session_set_save_handler)\s*\(\s*@?\s*(\$_(GET|POST|REQUEST|COOKIE)\b|\$\{\s*['"]_(GET|POST|REQUEST|COOKIE)|\$GLOBALS\s*\[\s*['"]_(GET|POST|REQUEST|COOKIE))/
        $cb2 = /[^\w>:$](array_filter|array_walk|array_walk_recursive|array_reduce|usort|uasort|uksort|iterator_apply|preg_replace_callback|mb_ereg_replace_callback)\s*\([^,;()]{1,80},\s*@?\s*(\$_(GET|POST|REQUEST|COOKIE)\b|\$\{\s*['"]_(GET|POST|REQUEST|COOKIE))/
        $refl = /new\s+ReflectionFunction\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\b/
        $dl = /[^\w>:$]dl\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $cb4 = /(array_udiff|array_uintersect|array_diff_uassoc|array_diff_ukey|array_intersect_uassoc|array_intersect_ukey|array_udiff_assoc|array_uintersect_assoc|array_udiff_uassoc|array_uintersect_uassoc)\s{0,3}\([^;]{1,160},\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)/
        $gcall = /\[\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]\s{0,3}\]\s{0,3}\[[^\]\n]{1,40}\]\s{0,2}\(/
        $new = /new\s{1,3}\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s{0,2}\(/
    condition:
        #call > #new or $cb or $cb2 or $refl or $dl or $cb4 or $gcall
}

rule SPAMGEAR_INPUT_CallbackNearInput
{
    meta:
        score = 50
        family = "input_to_sink"
        description = "request input inside a dynamic callback call (array_map, call_user_func, ...)"
    strings:
        $cb = /[^\w>:$](array_map|call_user_func|call_user_func_array|register_shutdown_function)\s*\([^;]{0,100}\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        $cb
}

rule SPAMGEAR_INPUT_PregReplaceEval
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "preg_replace with the /e modifier (evaluates the replacement) next to request input"
    strings:
        $e1 = /preg_(replace|filter)\s*\(\s*['"][^'"\n]{0,120}[\/|#~!%@][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}['"]\s*,/
        $e2 = /mb_ereg_replace\s*\([^;]{0,160},\s*['"][a-z]{0,5}e[a-z]{0,5}['"]\s*\)/
        $e3 = /preg_(replace|filter)\s*\(\s*['"][^'"\n]{0,120}[\/|#~!%@][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}['"]\s*,\s*@?\s*\$_(GET|POST|REQUEST|COOKIE)/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        filesize < 500KB and ($e3 or (($e1 or $e2) and $in))
}

rule SPAMGEAR_INPUT_IncludeOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "include/require of a path taken straight from request input"
    strings:
        $a = /[^\w>:$](include|require|include_once|require_once)\s*\(?\s*@?\s*((base64_decode|urldecode|rawurldecode|trim|stripslashes|str_rot13|strrev|hex2bin|gzinflate)\s{0,3}\(\s{0,3}@?)?(\$_(GET|POST|REQUEST|COOKIE)\b|\$_FILES\s*\[[^\]]{1,40}\]\s*\[\s*['"]tmp_name)/
    condition:
        $a
}

rule SPAMGEAR_INPUT_WriteOfInput
{
    meta:
        score = 60
        family = "input_to_sink"
        description = "request input written verbatim into a file"
    strings:
        $a = /[^\w>:$](file_put_contents|fwrite|fputs)\s*\([^;]{0,120}\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        $a
}

rule SPAMGEAR_INPUT_ArbitraryFileWrite
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "both the file name and the content of a write come from request input"
    strings:
        $a = /[^\w>:$]file_put_contents\s*\(\s*@?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,40}\]\s*,\s*@?\s*(\w{1,20}\s*\(\s*){0,2}\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $b = /[^\w>:$](fwrite|fputs)\s*\(\s*@?\s*fopen\s*\(\s*@?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[[^;]{0,80},\s*@?\s*(\w{1,20}\s*\(\s*){0,2}(\$_(GET|POST|REQUEST|COOKIE)\s*\[|file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input)/
        $mv = /[^\w>:$]move_uploaded_file\s{0,3}\([^;,\n]{1,60},\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $d = /\$\w{1,30}\s{0,3}=\s{0,3}@?fopen\s{0,3}\(\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}['"][wax][^;\n]{0,10};\s{0,12}@?(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input)/
        $c = /[^\w>:$]file_put_contents\s{0,3}\(\s{0,3}@?(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]|\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[\s{0,3}['"]name['"]\s{0,3}\])\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}(file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input|\$HTTP_RAW_POST_DATA|\$_FILES\s{0,3}\[|\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[)/
    condition:
        any of them
}

rule SPAMGEAR_INPUT_TinyCallbackOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "tiny script feeding request input through a callback held in a variable"
    strings:
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b/
        $cb = /[^\w>:$](array_map|call_user_func|call_user_func_array|register_shutdown_function|register_tick_function|forward_static_call|forward_static_call_array|ob_start|set_error_handler|set_exception_handler|header_register_callback)\s*\(\s*(\$\w{1,30}\s*[,)\[.=?]|(trim|base64_decode|substr_replace|strrev|str_rot13|str_replace|urldecode|rawurldecode|hex2bin|pack|chr|implode|join|strtolower|ltrim|rtrim)\s*\()/
        $cb2 = /[^\w>:$](array_filter|array_walk|usort|uasort|uksort|array_reduce|iterator_apply|preg_replace_callback)\s*\([^,;()]{1,60}(\([^;()]{0,40}\))?\s*,\s*(\$\w{1,30}\s*[,)\[.]|(trim|base64_decode|strrev|str_rot13|urldecode|hex2bin|pack)\s*\()/
        $cb3 = /->\s*(sqliteCreateFunction|createFunction)\s*\([^,;()]{1,60},\s*\$\w{1,30}\s*[,)]/
        $spread = /\(\s*\.\.\.\s*\$_(GET|POST|REQUEST|COOKIE)/
        $dyn = /\$_(GET|POST|REQUEST|COOKIE)\b[^\x00]{0,400}\$\w{1,30}\(\$\w{1,30}\);/
        $dyn2 = /\$\w{1,30}\(\$\w{1,30}\);[^\x00]{0,400}\$_(GET|POST|REQUEST|COOKIE)\b/
        $cb4 = /[^\w>:$](array_udiff|array_uintersect|array_diff_uassoc|array_diff_ukey|array_intersect_uassoc|array_intersect_ukey|array_udiff_assoc|array_uintersect_assoc)\s*\([^;]{1,80},\s*\$\w{1,30}\s*\)/
        $call = /[\]\)]\s*\(\s*@?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 1500 and $in and ($cb or $cb2 or $cb3 or $cb4 or $spread or $call or (filesize < 400 and ($dyn or $dyn2)))
}

rule SPAMGEAR_INPUT_CallResultOnInput
{
    meta:
        score = 60
        family = "input_to_sink"
        description = "request input passed to an array slot or call result used as a function"
    strings:
        $call = /[\]\)]\s*\(\s*@?\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 3MB and $call
}

rule SPAMGEAR_INPUT_SmallInputAndSink
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "tiny script that reads request input and runs a code/shell sink on a variable"
    strings:
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|php:\/\/input|getallheaders\s*\(|socket_read\s*\(|socket_accept\s*\(|\$GLOBALS\s{0,3}\[\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]|\$\{\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]\s{0,3}\}|\$_SERVER\s{0,3}\[\s{0,3}['"](QUERY_STRING|REQUEST_URI|PATH_INFO|PHP_AUTH_PW)['"]|\$HTTP_RAW_POST_DATA/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)\s*\(\s*@?\s*((base64_decode|urldecode|rawurldecode|str_rot13|strrev|gzinflate|gzuncompress|stripslashes|hex2bin)\s{0,3}\(\s{0,3})?(\$\w{1,30}\s*[),.\[(]|['"][^'"\n]{0,12}\$\w|['"][^'"\n]{0,40}['"]\s*\.\s*\$\w)/i
        $sinkthis = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)\s*\(\s*@?\s*\$\w{1,30}\s*->\s*\w{1,30}\s*[),.]/
        $sink2 = /[^\w>:$](eval|assert)\s*\(\s*['"][^;\n]{0,20}\$\w/
        $isset = /(isset|empty)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\b/
        // zoneminder: request values quoted with escapeshellarg() and appended to a fixed command line;
        // a shell runs its operator's whole command (quoting all of it is still a command). Code sinks count.
        $esc = /\.\s{0,3}escapeshell(arg|cmd)\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $code = /[^\w>:$](eval|assert|create_function)\s{0,3}\(/
        // A network tool that runs ping/whois only after filter_var(..., FILTER_VALIDATE_IP) passed.
        $valid = /filter_(var|input)\s{0,3}\([^;\n]{1,80}FILTER_VALIDATE_(IP|INT|FLOAT|EMAIL|DOMAIN|MAC|BOOL)/
        // A signed webhook: the body is only HMAC-checked (hash_hmac + hash_equals) before a fixed command.
        $hmac = "hash_hmac("
        $heq = "hash_equals("
    condition:
        filesize < 3KB and $in and ($sink2 or (($sink or ($sinkthis and #in > #isset)) and (not ($esc or $valid or ($hmac and $heq)) or $code)))
}

rule SPAMGEAR_INPUT_MidInputAndSink
{
    meta:
        score = 60
        family = "input_to_sink"
        description = "mid-sized script that reads request input and runs a code/shell sink on a variable"
    strings:
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|php:\/\/input|getallheaders\s*\(/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)\s*\(\s*@?\s*(\$\w{1,30}\s*[),.\[(]|['"][^'"\n]{0,12}\$\w|['"][^'"\n]{0,40}['"]\s*\.\s*\$\w|\$this\s*->\s*\w{1,30}\s*[),.])/i
        // mlmmj-php-web-admin: eval of a shipped file read from the configured directory, the statement before.
        $local = /\$\w{1,30}\s{0,3}=\s{0,3}file_get_contents\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\.\s{0,3}['"]\/?[\w\/.-]{1,60}['"]\s{0,3}\)\s{0,3};\s{0,12}eval\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\)/
    condition:
        filesize >= 3KB and filesize < 30KB and $in and $sink and
        (#local == 0 or for any i in (1..#sink) : (not for any j in (1..#local) : (@sink[i] > @local[j] and @sink[i] < @local[j] + !local[j])))
}

rule SPAMGEAR_INPUT_SinkNameAsCallback
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "a code/shell sink name passed as a callback string or stored in a variable"
    strings:
        $cb = /(array_map|call_user_func|call_user_func_array|array_filter|array_walk|usort|uasort|uksort|register_shutdown_function|register_tick_function|iterator_apply|array_reduce|ob_start|set_error_handler|preg_replace_callback)\s*\([^;]{0,60}['"]\s*(assert|eval|system|passthru|shell_exec|exec|create_function|proc_open|popen|pcntl_exec)\s*['"]/
        $fetch = /FETCH_FUNC\s{0,3},\s{0,3}['"](assert|system|passthru|shell_exec|exec|create_function|eval|popen|proc_open)['"]/
        $filter = /FILTER_CALLBACK[^;]{0,80}['"](assert|system|passthru|shell_exec|exec|create_function|eval)['"]/
        $esc = /(array_map|call_user_func|call_user_func_array|array_filter|array_walk|usort|uasort|uksort|register_shutdown_function|iterator_apply|array_reduce|ob_start)\s*\(\s*["'][a-z_]{0,8}\\(x[0-9a-fA-F]{2}|[0-7]{3})/
        $dec = /[^\w>:$](array_map|call_user_func|call_user_func_array|array_filter|array_walk|usort|uasort|uksort|register_shutdown_function|register_tick_function|iterator_apply|array_reduce|ob_start)\s{0,3}\(\s{0,3}(str_rot13|base64_decode|strrev|hex2bin|gzinflate|convert_uudecode)\s{0,3}\(\s{0,3}['"]/
        // (issue 4u) the sink name in upper/mixed case, lower-cased (or trimmed) in the callback slot: call_user_func(strtolower('SYSTEM'), ..)
        $low = /[^\w>:$](array_map|call_user_func|call_user_func_array|array_filter|array_walk|usort|uasort|uksort|register_shutdown_function|register_tick_function|iterator_apply|array_reduce|ob_start)\s{0,3}\(\s{0,3}(strtolower|lcfirst|mb_strtolower|trim)\s{0,3}\(\s{0,3}['"]\s{0,3}([aA][sS][sS][eE][rR][tT]|[sS][yY][sS][tT][eE][mM]|[pP][aA][sS][sS][tT][hH][rR][uU]|[sS][hH][eE][lL][lL]_[eE][xX][eE][cC]|[cC][rR][eE][aA][tT][eE]_[fF][uU][nN][cC][tT][iI][oO][nN])\s{0,3}['"]/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_INPUT_SinkNameInVariable
{
    meta:
        score = 60
        family = "input_to_sink"
        description = "a code/shell sink name stored in a variable or array slot"
    strings:
        $var = /(\$\w{1,30}|\])\s*=\s*['"](\\x0[0-9a-fA-F]|\s)*(assert|passthru|shell_exec|create_function|proc_open|pcntl_exec)['"]\s*;/
    condition:
        filesize < 3MB and $var
}

rule SPAMGEAR_INPUT_ShellConcatInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "raw request input concatenated or interpolated into a shell command"
    strings:
        $a = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*['"][^'"\n]{0,60}['"]\s*\.\s*(\$_(GET|POST|REQUEST|COOKIE)\s*\[|\$_SERVER\s*\[\s*['"]HTTP_)/
        $b = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*"[^"\n]{0,60}\{?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        any of them
}

rule SPAMGEAR_INPUT_InputIntoPhpFile
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "request input written into a .php file or behind a PHP open tag"
    strings:
        $a = /[^\w>:$](file_put_contents|fopen)\s*\(\s*['"][^'"\n]{1,80}\.(php\d?|phtml|inc)['"][^;]{0,80}\$_(GET|POST|REQUEST|COOKIE)\s*\[/ nocase
        $b = /(file_put_contents|fwrite|fputs)\s*\([^;]{0,80}['"]<\?(php)?\s{0,4}['"]\s*\.\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $c = /file_put_contents\s{0,3}\([^,;\n]{0,60}['"][^'"\n]{0,60}\.(php\d?|phtml)['"]\s{0,3},\s{0,3}@?((base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode|rawurldecode|stripslashes|strrev)\s{0,3}\(\s{0,3}){1,2}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
    condition:
        any of them
}

rule SPAMGEAR_INPUT_UnserializeGadget
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "magic method running eval/system on a property, in a script that unserializes input"
    strings:
        $m = /function\s+__(destruct|wakeup|toString|call|get|set|invoke)\s*\(/
        $s = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|call_user_func|create_function)\s*\(\s*@?\s*\$this\s*->/
        $u = /unserialize\s*\(\s*(\$_(GET|POST|REQUEST|COOKIE)|\$\w{1,30}\s*\))/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        filesize < 20KB and $m and $s and $u and $in
}

rule SPAMGEAR_INPUT_TinyInputFileWrite
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "tiny script writing request data with fwrite(fopen(...)) in one expression"
    strings:
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $w = /(fwrite|fputs)\s*\(\s*@?fopen\s*\(/
    condition:
        filesize < 1500 and $in and $w
}

rule SPAMGEAR_INPUT_ExtractAndCall
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "tiny script that extracts request input into variables and calls one of them"
    strings:
        $ex = /extract\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\b/
        $ps = /parse_str\s*\(\s*(\$_SERVER\s*\[\s*['"]QUERY_STRING['"]\s*\]|\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,30}\]|file_get_contents\s*\(\s*['"]php:\/\/input['"]\s*\))\s*\)/
        $c3 = /parse_str\s*\([^\x00]{0,300}\$\w{1,30}\(\$\w{1,30}\);/
        $c1 = /"\$\w{1,20}\(\$\w{1,20}\)"/
        $c2 = /[@(]\$\w{1,20}\(\$\w{1,20}/
    condition:
        filesize < 1500 and (($ex and ($c1 or $c2)) or (filesize < 600 and $ps and ($c1 or $c2 or $c3)))
}

rule SPAMGEAR_INPUT_TinyIncludeOfInputVar
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "tiny script that includes a path held in a variable next to request input"
    strings:
        $in = /\$_(GET|POST|REQUEST|COOKIE|FILES)\s*\[/
        $inc = /[^\w>:$](include|require|include_once|require_once)\s*\(?\s*\$\w{1,30}\s*\)?\s*;/
        $guard = /basename|in_array|preg_match|realpath|file_exists|is_file|array_key_exists|switch\s*\(|allowed|whitelist/ nocase
    condition:
        filesize < 1KB and $in and $inc and not $guard
}

rule SPAMGEAR_INPUT_ComspecShell
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "spawns the Windows command interpreter from %COMSPEC%"
    strings:
        $a = /[^\w>:$](proc_open|popen|exec|system|shell_exec|passthru)\s*\(\s*\$_SERVER\s*\[\s*['"]COMSPEC['"]/
        $b = /getenv\s*\(\s*['"]COMSPEC['"]\s*\)/
        $sink = /[^\w>:$](proc_open|popen)\s*\(/
    condition:
        $a or ($b and $sink)
}

rule SPAMGEAR_INPUT_PregReplaceEvalPattern
{
    meta:
        score = 80
        family = "input_to_sink"
        description = "preg_replace with the /e modifier (code evaluation; removed from PHP 7)"
    strings:
        $e1 = /preg_(replace|filter)\s*\(\s*['"][^'"\n]{0,120}[\/|#~!%@][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}['"]\s*,/
        $e2 = /mb_ereg_replace\s*\([^;]{0,160},\s*['"][a-z]{0,5}e[a-z]{0,5}['"]\s*\)/
    condition:
        filesize < 4MB and ($e1 or $e2)
}

rule SPAMGEAR_INPUT_TinySinkNameVarCall
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "tiny script that puts a sink name in a variable and calls it, next to request input"
    strings:
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b/
        $name = /\$\w{1,30}\s*=\s*['"]?(passthru|shell_exec|assert|popen|proc_open|create_function)['"]?\s*;/
        $name2 = /\$\w{1,30}\s*=\s*(system|exec)\s*;/
    condition:
        filesize < 2KB and $in and ($name or $name2)
}

rule SPAMGEAR_INPUT_PregEvalDecodedReplacement
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "preg_replace/preg_filter with the /e modifier whose replacement (the evaluated code) is decoded at run time (str_rot13, base64_decode, gzinflate, strrev, ...)"
    strings:
        $a = /preg_(replace|filter)\s{0,3}\(\s{0,3}['"][^'"\n]{0,120}[\/|#~!%@][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}['"]\s{0,3},\s{0,3}(['"][^'"\n]{0,8}['"]\s{0,3}\.\s{0,3})?@?(str_rot13|base64_decode|gzinflate|gzuncompress|gzdecode|strrev|hex2bin|pack|urldecode|rawurldecode|convert_uudecode|chr)\s{0,3}\(/
    condition:
        filesize < 4MB and $a
}

rule SPAMGEAR_INPUT_InputNamedArglessCall
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "small script that takes a function name from request input and calls it on the next statement ($f = $_GET['f']; $f();)"
    strings:
        $a = /\$\w{1,30}\s{0,3}=\s{0,3}@?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}(\?[?:]\s{0,3}['"][^'"\n]{0,30}['"]\s{0,3})?;\s{0,3}(if\s{0,3}\([^\n]{0,60}\)\s{0,3}\{?\s{0,3})?@?\$\w{1,30}\s{0,3}\(\s{0,3}\)/
    condition:
        filesize < 2MB and $a
}

rule SPAMGEAR_INPUT_InputPathVarWrite
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "small script that builds a path ending in request input, opens it for writing and writes request input into it"
    strings:
        $path = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,80}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3};/
        $open = /fopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}['"][wax]/
        $write = /(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $guard = /basename|preg_match|realpath|in_array|is_writable|htmlspecialchars|strip_tags/
        $seq = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,80}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3};\s{0,12}\$\w{1,30}\s{0,3}=\s{0,3}@?fopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}['"][wax][^;\n]{0,10};\s{0,12}@?(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
    condition:
        (filesize < 1500 and $path and $open and $write and not $guard) or (filesize < 2MB and $seq)
}

rule SPAMGEAR_INPUT_DecodedInputToPhpFile
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "file under 1 KB that opens a literal .php file for writing and writes a decoded variable into it, next to request input"
    strings:
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $fop = /fopen\s{0,3}\(\s{0,3}['"][^'"\n]{1,80}\.(php\d?|phtml)['"]\s{0,3},\s{0,3}['"][wax]/
        $fwr = /(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}@?(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode|rawurldecode|stripslashes|strrev)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\)/
        $fpc = /file_put_contents\s{0,3}\(\s{0,3}['"][^'"\n]{1,80}\.(php\d?|phtml)['"]\s{0,3},\s{0,3}@?(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|urldecode|rawurldecode|stripslashes|strrev)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\)/
    condition:
        filesize < 1KB and $in and (($fop and $fwr) or $fpc)
}

rule SPAMGEAR_INPUT_SuperglobalNameInVariable
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "small script that stores a superglobal name as a string and reaches it through a variable-variable or $GLOBALS[$var], then calls an element or runs a sink; (issue 4m) at any size when the three statements are adjacent ($r = '_REQUEST'; $v = $GLOBALS[$r]; eval($v[..]))"
    strings:
        $lit = /\$\w{1,30}\s{0,3}=\s{0,3}['"]_(GET|POST|REQUEST|COOKIE|SERVER)['"]\s{0,3};/
        $vvcall = /(\$\$\w{1,30}|\$\{\s{0,3}\$\w{1,30}\s{0,3}\}|\$GLOBALS\s{0,3}\[\s{0,3}\$\w{1,30}\s{0,3}\])\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\(/
        $vvsink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function|include|require|include_once|require_once)\s{0,3}\(\s{0,3}@?((base64_decode|str_rot13|gzinflate|strrev|urldecode|stripslashes|trim)\s{0,3}\(\s{0,3})?(\$\$\w{1,30}|\$\{\s{0,3}\$\w{1,30}\s{0,3}\}|\$GLOBALS\s{0,3}\[\s{0,3}\$\w{1,30}\s{0,3}\])\s{0,3}\[/
        $adjg = /\$\w{1,30}\s*=\s*['"]_(GET|POST|REQUEST|COOKIE|SERVER)['"]\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?\$\w{1,30}\s*=\s*(\$\$\w{1,30}|\$\{\s*\$\w{1,30}\s*\}|\$GLOBALS\s*\[\s*\$\w{1,30}\s*\])\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(@?\$\w{1,30}\s*\[[^\]\n]{1,40}\]\s*\(|@?(eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}\s*\[)/
    condition:
        (filesize < 2KB and $lit and ($vvcall or $vvsink)) or $adjg
}



rule SPAMGEAR_INPUT_AdjacentInputToSink
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "request input (element, whole superglobal, header, raw body) assigned to a variable and, on the next statements (only decoders/element fetches in between), a code/shell sink, backtick or variable function run on a variable; also extract()/parse_str()/foreach-$$k copies followed by a variable call; any file size (injected one-liners)"
    strings:
        $adj1 = /\$\$?\w{1,30}\s*=\s*(\(\s*string\s*\)\s*)?@?((base64_decode|str_rot13|gzinflate|gzuncompress|strrev|urldecode|rawurldecode|stripslashes|trim|hex2bin|json_decode|unserialize|file_get_contents|array_values)\s*\(\s*@?((base64_decode|gzinflate|str_rot13|strrev)\s*\(\s*)?)?(\$_(GET|POST|REQUEST|COOKIE)\s*(\[[^\]\n]{1,40}\])?|\$_SERVER\s*\[\s*['"]HTTP_[A-Z_]{1,30}['"]\s*\]|file_get_contents\s*\(\s*['"]php:\/\/input['"]\s*\)|(getallheaders|apache_request_headers)\s*\(\s*\))(\s*,\s*(true|1))?[\s)]{0,6}(\?[?:]\s*['\"][^'\"\n]{0,20}['\"]\s*)?;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim|substr)\s*\(\s*)?(\$\w{1,30}\s*[),.\[]|\$\w{1,30}->\w{1,30}\s*\)|['\"][^'\"\n$]{0,10}['\"]\s*\.\s*\$\w|\"[^\"\n$]{0,20}\\?\$\w)/
        $adj2 = /\$\$?\w{1,30}\s*=\s*(\(\s*string\s*\)\s*)?@?((base64_decode|gzinflate|str_rot13|strrev|trim|stripslashes)\s*\(\s*)?(\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]|\$_SERVER\s*\[\s*['\"]HTTP_[A-Z_]{1,30}['\"]\s*\]|file_get_contents\s*\(\s*['\"]php:\/\/input['\"]\s*\))[\s)]{0,4};\s*(@?\$\w{1,30}\s*=\s*(@?(base64_decode|str_rot13|gzinflate|gzuncompress|strrev|urldecode|stripslashes|trim|hex2bin|str_replace|explode|json_decode|array_values)\s*\([^;\n]{0,40}|\$\w{1,30}\s*\[[^\]\n]{1,40}\]|array\(\)|\[\]|''|\"\"|null)|(ob_start|set_time_limit|error_reporting|ignore_user_abort)\s*\([^;\n]{0,6}\)|(echo|print)\s*['\"][^'\"\n$]{0,30}['\"])\s*;\s*(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?(\$\w{1,30}\s*[),.\[]|\$\w{1,30}->\w{1,30}\s*\)|['\"][^'\"\n$]{0,10}['\"]\s*\.\s*\$\w|\"[^\"\n$]{0,20}\\?\$\w)/
        $adj4 = /\$\$?\w{1,30}\s*=\s*(\(\s*string\s*\)\s*)?@?((base64_decode|gzinflate|str_rot13|strrev|trim|stripslashes)\s*\(\s*)?(\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]|\$_SERVER\s*\[\s*['\"]HTTP_[A-Z_]{1,30}['\"]\s*\]|file_get_contents\s*\(\s*['\"]php:\/\/input['\"]\s*\))[\s)]{0,4};\s*@?\$\w{1,30}\s*=\s*(base64_decode|str_rot13|gzinflate|strrev|str_replace|trim|stripslashes)\s*\([^;\n]{0,40};\s*@?\$\w{1,30}\s*=\s*(base64_decode|str_rot13|gzinflate|strrev|str_replace|trim|stripslashes)\s*\([^;\n]{0,40};\s*(@?\$\w{1,30}\s*=\s*(base64_decode|str_rot13|gzinflate|strrev|str_replace|trim|stripslashes)\s*\([^;\n]{0,40};\s*)?(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?(\$\w{1,30}\s*[),.\[]|\$\w{1,30}->\w{1,30}\s*\)|['\"][^'\"\n$]{0,10}['\"]\s*\.\s*\$\w|\"[^\"\n$]{0,20}\\?\$\w)/
        $adj3 = /\$\$?\w{1,30}\s*=\s*(\(\s*string\s*\)\s*)?@?((base64_decode|str_rot13|gzinflate|gzuncompress|strrev|urldecode|rawurldecode|stripslashes|trim|hex2bin|json_decode|unserialize|file_get_contents|array_values)\s*\(\s*@?((base64_decode|gzinflate|str_rot13|strrev)\s*\(\s*)?)?(\$_(GET|POST|REQUEST|COOKIE)\s*(\[[^\]\n]{1,40}\])?|\$_SERVER\s*\[\s*['"]HTTP_[A-Z_]{1,30}['"]\s*\]|file_get_contents\s*\(\s*['"]php:\/\/input['"]\s*\)|(getallheaders|apache_request_headers)\s*\(\s*\))(\s*,\s*(true|1))?[\s)]{0,6}(\?[?:]\s*['\"][^'\"\n]{0,20}['\"]\s*)?;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(`\$\w{1,30}[^`\n]{0,20}`|\$\w{1,30}\s*(\[[^\]\n]{1,40}\]\s*)?\(\s*@?\$\w{1,30}\s*[\[)]|(call_user_func|call_user_func_array|array_map|register_shutdown_function)\s*\(\s*\$\w{1,30}\s*[\[,])/
        $adj3b = /\$\$?\w{1,30}\s*=\s*(\(\s*string\s*\)\s*)?@?((base64_decode|gzinflate|str_rot13|strrev|trim|stripslashes)\s*\(\s*)?(\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]|\$_SERVER\s*\[\s*['\"]HTTP_[A-Z_]{1,30}['\"]\s*\]|file_get_contents\s*\(\s*['\"]php:\/\/input['\"]\s*\))[\s)]{0,4};\s*(@?\$\w{1,30}\s*=\s*(@?(base64_decode|str_rot13|gzinflate|gzuncompress|strrev|urldecode|stripslashes|trim|hex2bin|str_replace|explode|json_decode|array_values)\s*\([^;\n]{0,40}|\$\w{1,30}\s*\[[^\]\n]{1,40}\]|array\(\)|\[\]|''|\"\"|null)|(ob_start|set_time_limit|error_reporting|ignore_user_abort)\s*\([^;\n]{0,6}\)|(echo|print)\s*['\"][^'\"\n$]{0,30}['\"])\s*;\s*(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(`\$\w{1,30}[^`\n]{0,20}`|\$\w{1,30}\s*(\[[^\]\n]{1,40}\]\s*)?\(\s*@?\$\w{1,30}\s*[\[)]|(call_user_func|call_user_func_array|array_map|register_shutdown_function)\s*\(\s*\$\w{1,30}\s*[\[,])/
        $alias = /\$\w{1,30}\s*=\s*\$_(GET|POST|REQUEST|COOKIE)\s*;\s*(@?\$\w{1,30}\s*=\s*(\$\w{1,30}\s*\[[^\]\n]{1,40}\]|(base64_decode|str_rot13|gzinflate|strrev|trim)\s*\([^;\n]{0,40})\s*;\s*){1,2}(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?(\$\w{1,30}\s*[),.\[]|\$\w{1,30}->\w{1,30}\s*\)|['\"][^'\"\n$]{0,10}['\"]\s*\.\s*\$\w|\"[^\"\n$]{0,20}\\?\$\w)/
        $alias2 = /\$\w{1,30}\s*=\s*\$_(GET|POST|REQUEST|COOKIE)\s*;\s*(@?\$\w{1,30}\s*=\s*\$\w{1,30}\s*\[[^\]\n]{1,40}\]\s*;\s*){1,2}(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(`\$\w{1,30}[^`\n]{0,20}`|\$\w{1,30}\s*(\[[^\]\n]{1,40}\]\s*)?\(\s*@?\$\w{1,30}\s*[\[)]|(call_user_func|call_user_func_array|array_map|register_shutdown_function)\s*\(\s*\$\w{1,30}\s*[\[,])/
        $cmt = /\$\$?\w{1,30}\s*=\s*(\(\s*string\s*\)\s*)?@?((base64_decode|gzinflate|str_rot13|strrev|trim|stripslashes)\s*\(\s*)?(\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]|\$_SERVER\s*\[\s*['\"]HTTP_[A-Z_]{1,30}['\"]\s*\]|file_get_contents\s*\(\s*['\"]php:\/\/input['\"]\s*\))[\s)]{0,4};\s*\/\*[^*\n]{0,40}\*\/\s*(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?(\$\w{1,30}\s*[),.\[]|\$\w{1,30}->\w{1,30}\s*\)|['\"][^'\"\n$]{0,10}['\"]\s*\.\s*\$\w|\"[^\"\n$]{0,20}\\?\$\w)/
        $twow = /=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*;\s*@?\$\w{1,30}\s*=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*;\s*(\$\w{1,30}\s*=\s*)?@?file_put_contents\s*\(\s*\$\w{1,30}\s*,\s*@?((base64_decode|gzinflate|str_rot13|strrev|stripslashes|urldecode|file_get_contents)\s*\(\s*)?\$\w{1,30}\s*\)/
        $twof = /=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*;\s*@?\$\w{1,30}\s*=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*;\s*\$\w{1,30}\s*=\s*@?fopen\s*\(\s*\$\w{1,30}\s*,\s*['\"][wax][^;\n]{0,10};\s*@?(fwrite|fputs)\s*\(\s*\$\w{1,30}\s*,\s*@?((base64_decode|gzinflate|str_rot13|strrev|stripslashes)\s*\(\s*)?\$\w{1,30}\s*\)/
        $vvname = /\$\w{1,30}\s*=\s*['\"]_(GET|POST|REQUEST|COOKIE|SERVER)['\"]\s*;\s*(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(\$\$\w{1,30}|\$\{\s*\$\w{1,30}\s*\}|\$GLOBALS\s*\[\s*\$\w{1,30}\s*\])\s*\[[^\]\n]{1,40}\]\s*\(/
        $inc = /\$\$?\w{1,30}\s*=\s*(\(\s*string\s*\)\s*)?@?((base64_decode|gzinflate|str_rot13|strrev|trim|stripslashes)\s*\(\s*)?(\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]|\$_SERVER\s*\[\s*['\"]HTTP_[A-Z_]{1,30}['\"]\s*\]|file_get_contents\s*\(\s*['\"]php:\/\/input['\"]\s*\))[\s)]{0,4};\s*(if\s*\([^;{\n]{0,40}\)\s*\{?\s*)?@?(include|require|include_once|require_once)\s*\(?\s*\$\w{1,30}\s*\)?\s*;/
        $arr = /=\s*(\[|array\s*\()\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*,\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*[\])]\s*;\s*@?\$\w{1,30}\s*\[\s*\d\s*\]\s*\(/
        $ext = /(extract\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*(,\s*EXTR_[A-Z_]{1,20}\s*)?\)|parse_str\s*\([^;\n]{1,80}\)|foreach\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\s+as\s+\$\w{1,30}\s*=>\s*\$\w{1,30}\s*\)\s*\{?\s*\$\$\w{1,30}\s*=\s*\$\w{1,30}\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?\}?)\s*;?\s*((\/\/|#)[^\n]{0,60}\n\s*)?(if\s*\([^;{\n]{0,40}\)\s*\{?\s*|\$\w{1,30}\s*&&\s*)?((echo|print|return)[\s(]+(['\"][^'\"\n]{0,20}['\"]\s*\.\s*)?|\$\w{1,30}\s*=\s*)?@?(\$\w{1,30}\s*(\[[^\]\n]{1,40}\]\s*)?\(\s*@?\$\w{1,30}|(eval|assert|system|passthru|shell_exec|exec)\s*\(\s*@?\$\w{1,30}\s*[)\[])/
        $stream = /fopen\s*\(\s*['\"]php:\/\/input['\"][^;\n]{0,10};\s*\$\w{1,30}\s*=\s*stream_get_contents\s*\([^;\n]{1,40};\s*@?(eval|assert|system|passthru|shell_exec|exec)\s*\(/
        $list = /list\s*\(\s*\$\w{1,30}\s*,\s*\$\w{1,30}\s*\)\s*=\s*[^;\n]{0,40}\$_(GET|POST|REQUEST|COOKIE)[^;\n]{0,10};\s*@?\$\w{1,30}\s*\(\s*\$\w{1,30}\s*\)/
    condition:
        filesize < 2MB and any of them
}

rule SPAMGEAR_INPUT_CapitalisedSinkOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "a code/shell sink spelled in capitals (PHP function names ignore case) receiving request input directly"
    strings:
        $a = /[^\w>:$](Eval|EVAL|Assert|ASSERT|System|SYSTEM|Passthru|PASSTHRU|Shell_exec|Shell_Exec|SHELL_EXEC|Exec|EXEC|Popen|POPEN|Create_function|Create_Function|CREATE_FUNCTION)\s{0,3}\(\s{0,3}@?\s{0,3}(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$_(GET|POST|REQUEST|COOKIE)\b/
        $new = /new\s{1,3}(Eval|Assert|System|Passthru|Exec|Popen|EVAL|ASSERT|SYSTEM|EXEC)\s{0,3}\(/
    condition:
        #a > #new
}

rule SPAMGEAR_INPUT_ClosureSinkOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4m) a closure or arrow function (fn) whose body runs eval/assert/system/... on its parameter (optionally behind one if), handed to array_map/array_filter/array_walk/usort/preg_replace_callback/... together with request input in the same call; or stored in a variable and called on input in the next statement; or a use($x) closure right after $x is read from input; or a create_function lambda whose literal body only evals/runs its parameter"
    strings:
        $cf = /(array_map|array_filter|array_walk|array_walk_recursive|call_user_func|call_user_func_array|usort|uasort|uksort|register_shutdown_function|iterator_apply|array_reduce|preg_replace_callback)\s*\(\s*(['"][^'"\n]{1,60}['"]\s*,\s*)?(static\s+)?function\s*\(\s*(&?\$\w{1,30}[^)\n]{0,30})?\)\s*(use\s*\([^)\n]{0,40}\)\s*)?\{\s*(if\s*\([^;{}\n]{0,60}\)\s*\{?\s*)?(return\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}(\[\d{1,2}\]|->current\(\))?\s*\)?\s*\)\s*;?\s*\}?\s*\}\s*,\s*(array\s*\(|\[)?\s*@?(\$_(GET|POST|REQUEST|COOKIE|SERVER)\b|getallheaders|apache_request_headers|file_get_contents\s*\(\s*['\"]php:)/
        $af = /(array_map|array_filter|array_walk|call_user_func|call_user_func_array|usort|uasort|uksort|register_shutdown_function|array_reduce)\s*\(\s*(static\s+)?fn\s*\(\s*\$\w{1,30}[^)\n]{0,30}\)\s*=>\s*@?(eval|assert|system|passthru|shell_exec|exec|popen)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}\s*\)?\s*\)\s*,\s*(array\s*\(|\[)?\s*@?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/
        $ai = /(array_map|array_filter|array_walk|call_user_func_array|usort|uasort|uksort|iterator_apply|array_reduce)\s*\(\s*(array\s*\(|\[)?\s*@?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b[^;\n]{0,60},\s*(static\s+)?fn\s*\(\s*\$\w{1,30}[^)\n]{0,30}\)\s*=>\s*@?(eval|assert|system|passthru|shell_exec|exec|popen)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}\s*\)/
        $av = /\$\w{1,30}\s*=\s*(static\s+)?fn\s*\(\s*\$\w{1,30}[^)\n]{0,30}\)\s*=>\s*@?(eval|assert|system|passthru|shell_exec|exec|popen)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}\s*\)?\s*\)\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+)?@?\$\w{1,30}\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/
        $iife = /\(\s*(static\s+)?function\s*\(\s*\$\w{1,30}\s*\)\s*\{\s*(return\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}\s*\)?\s*\)\s*;?\s*\}\s*\)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/
        $cfl = /create_function\s*\(\s*['"][^'"\n]{0,20}['"]\s*,\s*['"]\s*(return\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen)\s*\(\s*\$\w{1,30}\s*\)\s*;?\s*['"]\s*\)/
        $fa = /function\s*\(\s*\$\w{1,30}\s*,\s*\$\w{1,30}\s*\)\s*\{\s*(return\s+)?@?\$\w{1,30}\s*\(\s*\$\w{1,30}\s*\)\s*;?\s*\}\s*,\s*(array\s*\(|\[)\s*@?\$_(GET|POST|REQUEST|COOKIE)\b/
        $ic = /(array_map|array_filter|array_walk|array_walk_recursive|call_user_func|call_user_func_array|usort|uasort|uksort|register_shutdown_function|iterator_apply|array_reduce|preg_replace_callback)\s*\(\s*(array\s*\(|\[)?\s*@?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b[^;\n]{0,60},\s*(static\s+)?function\s*\(\s*(&?\$\w{1,30}[^)\n]{0,30})?\)\s*(use\s*\([^)\n]{0,40}\)\s*)?\{\s*(if\s*\([^;{}\n]{0,60}\)\s*\{?\s*)?(return\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}(\[\d{1,2}\]|->current\(\))?\s*\)?\s*\)/
        $cv = /\$\w{1,30}\s*=\s*(static\s+)?function\s*\(\s*(&?\$\w{1,30}[^)\n]{0,30})?\)\s*(use\s*\([^)\n]{0,40}\)\s*)?\{\s*(if\s*\([^;{}\n]{0,60}\)\s*\{?\s*)?(return\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}(\[\d{1,2}\]|->current\(\))?\s*\)?\s*\)\s*;?\s*\}?\s*\}\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+)?@?\$\w{1,30}\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/
        $use = /\$\w{1,30}\s*=\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b[^;\n]{0,40};\s*((\/\/|#)[^\n]{0,60}\n\s*)?\$\w{1,30}\s*=\s*function\s*\([^)\n]{0,30}\)\s*use\s*\(\s*&?\$\w{1,30}\s*\)\s*\{\s*(return\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$\w{1,30}\s*\)/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_INPUT_HelperSinkOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4m) a one-statement helper function or static method that runs eval/assert/system/... on its parameter, called on request input (or on a variable read from input) straight after its definition"
    strings:
        $h = /function\s+\w{1,40}\s*\(\s*\$\w{1,30}\s*\)\s*\{\s*(return\s+|\$\w{1,30}\s*=\s*|echo\s+|print\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|gzuncompress|strrev|stripslashes|trim|hex2bin|urldecode)\s*\(\s*){0,2}(['"][^'"\n]{0,20}['"]\s*\.\s*)?\$\w{1,30}(\s*\.\s*['"][^'"\n]{0,10}['"])?\s*(\)\s*){1,3}(\.\s*['"][^'"\n]{0,10}['"]\s*)?;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(return[^;\n]{0,20};\s*((\/\/|#)[^\n]{0,60}\n\s*)?)?\}\s*(\}\s*)?(echo\s+|print\s+|\$\w{1,30}\s*=\s*)?@?(\w{1,40}::|\$\w{1,30}->)?\w{1,40}\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b\s*\[/
        $h2 = /function\s+\w{1,40}\s*\(\s*\$\w{1,30}\s*\)\s*\{\s*(return\s+|\$\w{1,30}\s*=\s*|echo\s+|print\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|gzuncompress|strrev|stripslashes|trim|hex2bin|urldecode)\s*\(\s*){0,2}\$\w{1,30}\s*(\)\s*){1,3};\s*((\/\/|#)[^\n]{0,60}\n\s*)?\}\s*(\}\s*)?\$\w{1,30}\s*=\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b\s*\[[^\]\n]{1,40}\]\s*\)?\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+)?@?(\w{1,40}::|\$\w{1,30}->)?\w{1,40}\s*\(\s*\$\w{1,30}\s*\)/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_INPUT_LoopInputToSink
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4m) foreach over request headers / a superglobal whose loop body (within a few tokens, optionally behind one if) runs eval/assert/system/... on the loop value, or calls the key on the value ($k($v))"
    strings:
        $l = /foreach\s*\(\s*(getallheaders\s*\(\s*\)|apache_request_headers\s*\(\s*\)|\$_(GET|POST|REQUEST|COOKIE|SERVER))\s+as\s+(\$\w{1,30}\s*=>\s*)?\$\w{1,30}\s*\)\s*\{?\s*(if\s*\([^;{}\n]{0,80}\)\s*\{?\s*)?(\$\w{1,30}\s*=\s*|echo\s+|print\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim|urldecode)\s*\(\s*){0,2}\$\w{1,30}\s*\)/
        $kv = /foreach\s*\(\s*(getallheaders\s*\(\s*\)|apache_request_headers\s*\(\s*\)|\$_(GET|POST|REQUEST|COOKIE|SERVER))\s+as\s+\$\w{1,30}\s*=>\s*\$\w{1,30}\s*\)\s*\{?\s*@?\$\w{1,30}\s*\(\s*@?\$\w{1,30}\s*\)/
        $each = /=\s*each\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\s*\)\s*\)\s*\{?\s*@?\$\w{1,30}\s*\(\s*@?\$\w{1,30}\s*\)/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_INPUT_InputCallbackVar
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4m) a callback name read from request input into a variable and, in the next statement, handed as the callback (with more request input in an array literal just before or in the same call) to array_filter/array_walk/usort/uasort/array_reduce/iterator_apply/ob_start/..."
    strings:
        $c = /\$\w{1,30}\s*=\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b\s*\[[^\]\n]{1,40}\]\s*\)?\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?\$\w{1,30}\s*=\s*(array\s*\(|\[)[^;\n]{0,30}\$_(GET|POST|REQUEST|COOKIE)\b[^;\n]{0,30};\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?(array_filter|array_walk|array_walk_recursive|usort|uasort|uksort|array_reduce|iterator_apply|preg_replace_callback)\s*\([^;\n]{1,80},\s*\$\w{1,30}\s*\)/
        $d = /\$\w{1,30}\s*=\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b\s*\[[^\]\n]{1,40}\]\s*\)?\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?(array_filter|array_walk|array_walk_recursive|usort|uasort|uksort|array_reduce|iterator_apply|preg_replace_callback)\s*\([^;\n]{0,30}\$_(GET|POST|REQUEST|COOKIE)\b[^;\n]{0,40},\s*\$\w{1,30}\s*\)/
        $sp = /=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?\$\w{1,30}\s*\(\s*\.\.\.\s*@?\$_(GET|POST|REQUEST|COOKIE)\b/
        $sp2 = /=\s*(\[|array\s*\()\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*,[^;\n]{0,60};\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?(call_user_func|call_user_func_array|\$\w{1,30})\s*\(\s*\.\.\.\s*\$\w{1,30}\s*\)/
        // (issue 4u) the callback name read from request input and registered as an output/shutdown/error callback in the next statement
        $reg = /\$\w{1,30}\s*=\s*@?((base64_decode|str_rot13|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\b\s*\[[^\]\n]{1,40}\]\s*\)?\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?(ob_start|register_shutdown_function|register_tick_function|set_error_handler|set_exception_handler|header_register_callback|spl_autoload_register)\s*\(\s*\$\w{1,30}\s*[,)]/
    condition:
        filesize < 8MB and ($c or $d or $sp or $sp2 or $reg)
}

rule SPAMGEAR_INPUT_ShortCircuitSink
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4m) eval/assert/system run on an array element as the right-hand side of && / || / and / or ($s['a'] && eval($s['a'])), in a file that reads request input"
    strings:
        $sc = /(&&|\|\||\band|\bor)\s*@?(eval|assert|system|passthru|shell_exec)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*){0,2}\$\w{1,30}\s*\[/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        filesize < 8MB and $sc and $in
}

rule SPAMGEAR_INPUT_MagicMethodSink
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4m) a magic method (__destruct/__wakeup/__toString/__get/__call/__invoke) whose body runs eval/assert/system on one of the object's own properties, in a file that reads request input or unserializes"
    strings:
        $m = /function\s+__(destruct|wakeup|toString|get|set|call|invoke|unserialize)\s*\([^)\n]{0,40}\)\s*\{\s*(return\s+)?@?(eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$this\s*->\s*\w{1,30}\s*\)/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|unserialize\s*\(/
        // (issue 4q) __call/__callStatic that runs the called method NAME as a global function, paired with a sink name
        // called as a method on request input: class M { function __call($n, $a) { return call_user_func_array($n, $a); } } $m->system($_POST[..]).
        $fw = /function\s+__call(Static)?\s*\(\s*\$\w{1,30}\s*,\s*\$\w{1,30}\s*\)\s*\{\s*(return\s+)?@?(call_user_func_array\s*\(\s*\$\w{1,30}\s*,|\$\w{1,30}\s*\(\s*\.\.\.\s*\$|\$\w{1,30}\s*\(\s*\$\w{1,30}\s*\[\s*0\s*\]\s*\))/
        $mc = /(->|::)\s*(system|passthru|shell_exec|assert|popen|proc_open|pcntl_exec|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/
        // (issue 4u) the sink name built in the magic method itself from literals (XOR or concatenation), then a variable call on
        // one of the object's properties, which the file fills from raw request input ($q->k = $_POST[..]).
        $dv = /function\s+__(destruct|wakeup|toString|get|invoke)\s*\([^)\n]{0,40}\)\s*\{[^}]{0,200}\$\w{1,30}\s*=\s*['"][^'"\n]{1,40}['"]\s*[\^.][^}]{0,200}[;{}@\s]\$\w{1,30}\s*\(\s*(['"]{2}\s*,\s*)?\$this\s*->\s*\w{1,30}\s*\)/
        $pin = /->\s*\w{1,30}\s*=\s*&?\s*\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        filesize < 8MB and (($m and $in) or ($fw and $mc) or ($dv and $pin))
}

rule SPAMGEAR_INPUT_StoredSinkNameCall
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4m) a sink name stored in a constant, object property or $GLOBALS slot and called on request input in the next statement(s) (define('F','system'); $f = F; $f($_GET[..]) / constant('F')(..) / ($o->f)(..)); or decoded request input written to a literal .php path and included right away"
    strings:
        $st = /(define\s*\(\s*['"]\w{1,30}['"]\s*,|->\s*\w{1,30}\s*=|\$GLOBALS\s*\[[^\]\n]{1,20}\]\s*=)\s*['"](system|assert|passthru|shell_exec|exec|popen|proc_open|create_function)['"]\s*\)?\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(\$\w{1,30}\s*=\s*[A-Z_][A-Z0-9_]{0,30}\s*;\s*)?@?(\(\s*\$\w{1,30}\s*->\s*\w{1,30}\s*\)|constant\s*\(\s*['"]\w{1,30}['"]\s*\)|\$GLOBALS\s*\[[^\]\n]{1,20}\]|\$\w{1,30})\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/
        $wi = /=\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b\s*\[[^\]\n]{1,40}\]\s*\)?\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?file_put_contents\s*\(\s*['"][^'"\n]{1,80}\.php['"]\s*,\s*\$\w{1,30}\s*\)\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?(include|require)(_once)?\s*\(?\s*['"][^'"\n]{1,80}\.php['"]/
        // (issue 4u) a class constant or enum case holding a sink name, called within a few lines on request input:
        // class Z { const F = 'system'; } (Z::F)($_POST[..]); enum K: string { case F = 'system'; } (K::F->value)($_GET[..])
        $cst = /(const|case)\s+\w{1,30}\s*=\s*['"](system|assert|passthru|shell_exec|exec|popen|proc_open|create_function|pcntl_exec)['"]\s*;[^\x00]{0,300}(\(\s*\\?\w{1,30}\s*::\s*\w{1,30}(\s*->\s*value)?\s*\)|constant\s*\(\s*['"][\w:\\]{1,60}['"]\s*\))\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_INPUT_VarCallEvalPattern
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4p) a variable function (preg_replace under another name) called with an /e pattern whose replacement holds request input or eval/assert"
    strings:
        $a = /\$\w{1,30}\s{0,3}\(\s{0,3}['"][\/|#~!%@][^'"\n]{0,60}[\/|#~!%@][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}['"]\s{0,3},[^;]{0,120}(\$_(GET|POST|REQUEST|COOKIE)|eval|assert|base64_decode)/
    condition:
        filesize < 4MB and $a
}

rule SPAMGEAR_INPUT_FetchInputUrlThenEval
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4p) fetches a URL taken from the request (curl_init/file_get_contents/fopen) and, within 600 bytes, evals code (remote code loader steered by the request)"
    strings:
        $get = /[^\w>:$](curl_init|file_get_contents|fopen)\s{0,3}\(\s{0,3}@?(trim\s{0,3}\(\s{0,3}|urldecode\s{0,3}\(\s{0,3}|base64_decode\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $ev = /[^\w>:$](eval|assert)\s{0,3}\(/
    condition:
        filesize < 4MB and for any i in (1..#get) : (for any j in (1..#ev) : (@ev[j] > @get[i] and @ev[j] - @get[i] < 600))
}

rule SPAMGEAR_INPUT_SinkDispatchTable
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4p) an array mapping short keys to shell/code sinks (=> 'shell_exec', 'system', ...), an entry of it called through call_user_func($table[$key], ...), in a script that reads the request"
    strings:
        $map = /['"]\w{1,12}['"]\s{0,3}=>\s{0,3}['"](shell_exec|system|passthru|popen|proc_open|assert|exec)['"]/
        $call = /call_user_func(_array)?\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3}\[\s{0,3}\$\w{1,20}\s{0,3}\]/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
    condition:
        filesize < 1MB and $map and $call and $in
}

rule SPAMGEAR_INPUT_InputWrittenAsPhpThenIncluded
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4p) request input prefixed with '<?php ' written to a (temp) file and that file included within a few lines (eval through the file system)"
    strings:
        $a = /\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\x00]{0,200}(fwrite|fputs|file_put_contents)\s{0,3}\([^;]{0,60},\s{0,3}['"]<\?php\s{0,3}['"]\s{0,3}\.\s{0,3}\$\w{1,30}[^\x00]{0,300}[^\w>:$](include|require)(_once)?[\s(]/
    condition:
        filesize < 4MB and $a
}

rule SPAMGEAR_INPUT_SinkSlotCalledOnInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4q) a sink name parked alone in an array or object literal, and within a few lines an array slot / property / call result called on request input ($a = array('system'); $a[0]($_GET[..]); ($o->f)($_POST[..]))"
    strings:
        $a = /(array\s{0,2}\(|\[)\s{0,3}(['"]\w{1,20}['"]\s{0,3}=>\s{0,3})?['"](system|assert|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)['"]\s{0,3}[\])][^\x00]{0,200}[\]\)]\s{0,3}\(\s{0,3}@?\s{0,3}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_INPUT_ArgsDispatcherOnInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4q) a function that calls its first argument with its second (func_get_args(); $a[0]($a[1])) and a call that hands it two request values"
    strings:
        $d = /func_get_args\s*\(\s*\)\s*;\s*(return\s+)?@?\$\w{1,30}\s*\[\s*0\s*\]\s*\(\s*@?\$\w{1,30}\s*\[\s*1\s*\]\s*\)/
        $c = /\w\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,30}\]\s*,\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 8MB and $d and $c
}

rule SPAMGEAR_INPUT_ExplodedInputCall
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4q) request input split with explode() and, in the next statement, element 0 called with element 1 (call_user_func($y[0], $y[1]) / $y[0]($y[1])): an arbitrary function call"
    strings:
        $a = /=\s*@?explode\s*\(\s*['"][^'"\n]{1,4}['"]\s*,\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,30}\]\s*\)\s*;\s*(call_user_func(_array)?\s*\(\s*\$\w{1,20}\s*\[\s*0\s*\]\s*,\s*\$\w{1,20}\s*\[\s*1\s*\]|\$\w{1,20}\s*\[\s*0\s*\]\s*\(\s*\$\w{1,20}\s*\[\s*1\s*\]\s*\))/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_INPUT_ShellStdinOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4q) a bare shell started with proc_open ('/bin/sh', 'bash', 'cmd.exe') and within a few lines a variable written to its stdin pipe, in a file that reads request input: the command travels through stdin, not argv; or expect_popen of request input"
    strings:
        $po = /proc_open\s*\(\s*['"](\/bin\/(ba|da|z)?sh|(ba|z)?sh|cmd(\.exe)?|powershell(\.exe)?)['"]\s*,[^\x00]{0,300}fwrite\s*\(\s*\$\w{1,20}\s*\[\s*0\s*\]\s*,\s*\$\w{1,30}/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $ex = /expect_popen\s*\(\s*@?(\$_(GET|POST|REQUEST|COOKIE)\s*\[|\$\w{1,20}\s*\))/
    condition:
        filesize < 8MB and (($po and $in) or ($ex and $in))
}

rule SPAMGEAR_INPUT_SinkVarSpreadOnInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4q) a sink name assigned to a variable and, within a few lines, a variable called with a spread literal array of request input ($cb = 'assert'; $cb(...array($_POST[..])))"
    strings:
        $a = /=\s*['"](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)['"]\s*;[^\x00]{0,200}\$\w{1,20}\s*\(\s*\.\.\.\s*(array\s*\(|\[)\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_INPUT_CopyInputToPhp
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4q) copy() from a path or URL taken straight from the request to a literal .php file (remote dropper: copy($_GET['u'], 'wp-cache.php'))"
    strings:
        $a = /[^\w>:$]copy\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,30}\]\s*,\s*['"][^'"\n]{1,80}\.(php\d?|phtml|inc)['"]\s*\)/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_INPUT_InputArraySpreadToSink
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4u) request input packed into an array variable and spread into a shell/code sink or a callback dispatcher within a few lines ($a = [$_POST[..]]; system(...$a)), or a superglobal spread straight into one"
    strings:
        $a = /\$\w{1,20}\s*=\s*(array\s*\(|\[|array_values\s*\()\s*(['"]\w{1,20}['"]\s*=>\s*)?@?\$_(GET|POST|REQUEST|COOKIE)\b[^\x00]{0,200}[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|assert|create_function|call_user_func|call_user_func_array)\s*\(\s*\.\.\.\s*\$\w{1,20}\s*\)/
        $b = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|assert|create_function|call_user_func)\s*\(\s*\.\.\.\s*(array_values\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        filesize < 8MB and ($a or $b)
}

rule SPAMGEAR_INPUT_PaddedSinkNameTrimmed
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4u) a sink name padded with whitespace escapes (\"\\x0Bassert\", \"\\tsystem\\n\") and a trim()-ed variable used as the callback or called directly, in a file with request input"
    strings:
        $lead = /=\s*["'](\\x0[9a-dA-D]|\\[tnrv0]|\\x20|[ \t])(\\x0[9a-dA-D]|\\[tnrv0]|\\x20|[ \t]){0,5}(assert|system|passthru|shell_exec|exec|create_function|proc_open|popen|pcntl_exec)(\\x0[9a-dA-D]|\\[tnrv0]|\\x20|[ \t]){0,6}["']\s*;/
        $trail = /=\s*["'](assert|system|passthru|shell_exec|exec|create_function|proc_open|popen|pcntl_exec)(\\x0[9a-dA-D]|\\[tnrv0]|\\x20|[ \t]){1,6}["']\s*;/
        $trim = /[^\w>:$](call_user_func|call_user_func_array|array_map|array_filter|array_walk|usort|uasort|uksort|register_shutdown_function|register_tick_function|ob_start)\s*\(\s*(trim|ltrim|rtrim)\s*\(\s*\$\w{1,30}\s*\)/
        $trim2 = /\(\s*(trim|ltrim|rtrim)\s*\(\s*\$\w{1,30}\s*\)\s*\)\s*\(|=\s*(trim|ltrim|rtrim)\s*\(\s*\$\w{1,30}\s*\)\s*;\s*@?\$\w{1,30}\s*\(/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        filesize < 8MB and ($lead or $trail) and ($trim or $trim2) and $in
}

rule SPAMGEAR_INPUT_DestructuredInputVarCall
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4u) request values destructured into two variables ([$f, $a] = [$_POST[..], $_POST[..]] / list($f, $a) = array_values($_GET)) and, within a few lines, one variable called with the other ($f($a))"
    strings:
        $a = /(\[|list\s*\()\s*\$\w{1,30}\s*,\s*\$\w{1,30}\s*[\])]\s*=\s*(\[\s*@?\$_(GET|POST|REQUEST|COOKIE)\b|array\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\b|(array_values|array_slice)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\b|\$_(GET|POST|REQUEST|COOKIE)\s*;)[^\x00]{0,200}[;{}]\s*@?\$\w{1,30}\s*\(\s*@?\$\w{1,30}\s*\)/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_INPUT_MailLogParamOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4u) mail()'s fifth (sendmail) argument carrying -X (log file write), -C (config file) or -OQueueDirectory together with request input: the classic sendmail file-write / command trick"
    strings:
        $a = /[^\w>:$]mail\s*\([^;]{0,300},\s*['"]\s*-[XC]\s{0,3}['"]?\s*\.\s*@?\$_(GET|POST|REQUEST|COOKIE)\b/
        $b = /[^\w>:$]mail\s*\([^;]{0,300}\$_(GET|POST|REQUEST|COOKIE)\b[^;]{0,80}-OQueueDirectory=/
    condition:
        filesize < 8MB and ($a or $b)
}

rule SPAMGEAR_INPUT_SinkLiteralNearCallResultOnInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4u) a sink name literal and, within 100 bytes, a call result or parenthesised expression called on request input (('system' : 'trim')($_GET[..]); static $s = 'system'; ... f()($_GET[..]))"
    strings:
        $a = /['"](system|assert|passthru|shell_exec|exec|popen|proc_open|create_function|pcntl_exec)['"]\s{0,3}[;:)\]][^\x00]{0,100}[\]\)]\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_INPUT_VariableVariableSinkOfInput
{
    meta:
        score = 100
        family = "input_to_sink"
        description = "(issue 4u) request input, then within a few lines a code/shell sink whose argument is a variable variable ($b = $_POST[..]; eval($$a) / system(${$n}))"
    strings:
        $a = /\$_(GET|POST|REQUEST|COOKIE)\b[^\x00]{0,200}[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?\$(\$|\{\s*\$)\w{1,30}/
    condition:
        filesize < 8MB and $a
}
