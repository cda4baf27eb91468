/*
 * evasion.yar - indirect ways of reaching a code/shell sink that dodge the direct
 * "input -> eval/system" and "eval(decoder(...))" rules.
 *
 * Catches: inline comments wedged inside variable syntax ($/ *x* /{...}), Reflection objects
 * built from request data and invoked, sink names parked in a variable and handed to a
 * callback-taking builtin (ob_start, array_map, ...), string literals of sink calls handed to
 * eval/assert through a variable, superglobal names split into string fragments and eval'd,
 * XSLT stylesheets that call PHP sinks, underscore-named variable functions fed from headers,
 * callables computed by a custom decoder function, truncated sink names completed at run time,
 * and eval of the string a user function returns; (issue 4h) three nested calls through
 * variables written with @ silencing and line breaks (@$a(@$b(@$c('...'))));
 * (issue 4m) the preg_replace /e modifier glued on, escaped, appended with .= or interpolated,
 * and mb_ereg_replace 'e' with a decoded/input replacement.
 *
 * Why it is safe: every rule needs two things no ordinary application combines - a hidden or
 * computed sink name and a call through it, or request data and a dynamic call - and the loose
 * ones are limited to small files.  Rules that could meet JavaScript or docs require a PHP open
 * tag.  Every rule is checked against ten clean PHP trees (all file types) with 0 hits >= 100.
 */

rule SPAMGEAR_EVASION_CommentInVariableSyntax
{
    meta:
        score = 100
        family = "evasion"
        description = "inline comment between '$' and '{' (or inside ${...} before a name piece): variable syntax broken up to hide a superglobal"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $a = /\$\/\*[^\n]{0,40}\*\/\s*\{/
        $a2 = /\$\s{1,4}\/\*[^\n]{0,40}\*\/\{/
        $b = /\$\{['"]_[A-Z]{0,4}['"]\s*\.\s*\/\*[^\n]{0,40}\*\//
        $b2 = /\$\{ ['"]_[A-Z]{0,4}['"]\s*\.\s*\/\*[^\n]{0,40}\*\//
    condition:
        filesize < 4MB and $php and any of ($a*, $b*)
}

rule SPAMGEAR_EVASION_ReflectionOfInput
{
    meta:
        score = 100
        family = "evasion"
        description = "small script that builds a ReflectionFunction/ReflectionMethod from a variable and invokes it, next to request input"
    strings:
        $refl = /new\s+Reflection(Function|Method)\s*\(\s*\$/
        $inv = /->invoke(Args)?\s*\(/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|\$_SERVER\s*\[\s*['"]HTTP_|php:\/\/input|getallheaders\s*\(/
        $fc = /Closure::fromCallable\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        filesize < 10KB and (($refl and $inv and $in) or $fc)
}

rule SPAMGEAR_EVASION_SinkCallbackViaVariable
{
    meta:
        score = 100
        family = "evasion"
        description = "small script that stores a shell/code sink name in a variable and hands a variable to a callback-taking builtin"
    strings:
        $name = /\$\w{1,30}\s*=\s*['"](system|exec|passthru|shell_exec|assert|popen|proc_open|pcntl_exec|create_function)['"]\s*;/
        $cb = /[^\w>:$](ob_start|array_map|array_filter|array_walk|array_walk_recursive|usort|uasort|uksort|register_shutdown_function|register_tick_function|iterator_apply|array_reduce|set_error_handler|set_exception_handler|preg_replace_callback|call_user_func|call_user_func_array|forward_static_call|forward_static_call_array|header_register_callback|array_diff_ukey|array_udiff|array_intersect_ukey)\s*\(\s*[^;]{0,60}\$\w{1,30}\s*[,)]/
    condition:
        filesize < 3KB and $name and $cb
}

rule SPAMGEAR_EVASION_CodeLiteralEvalVar
{
    meta:
        score = 100
        family = "evasion"
        description = "small script that assigns a literal holding a sink call to a variable and evaluates the variable"
    strings:
        $lit = /\$\w{1,30}\s*=\s*['"]\s*@?(system|passthru|shell_exec|exec|eval|assert|phpinfo|popen|proc_open|file_put_contents|fwrite)\s*\(/
        $ev = /[^\w>:$](eval|assert)\s*\(\s*\$\w{1,30}\s*\)/
        // (issue 4q) any size: the literal opens a sink call on a (split) superglobal, and eval/assert of a variable follows within a few lines.
        $near = /\$\w{1,30}\s*=\s*['"]\s*@?(system|passthru|shell_exec|eval|assert)\s*\(\s*\$_(G|GE|GET|P|PO|POS|POST|R|RE|REQ|REQUEST|C|CO|COOKIE)?['"\[][^\x00]{0,300}[^\w>:$](eval|assert)\s*\(\s*\$\w{1,30}\s*\)/
    condition:
        (filesize < 4KB and $lit and $ev) or (filesize < 8MB and $near)
}

rule SPAMGEAR_EVASION_SuperglobalFragmentEval
{
    meta:
        score = 100
        family = "evasion"
        description = "superglobal name split into string fragments ('$_G' . \"ET[...]\") and a variable evaluated"
    strings:
        $frag = /['"]\$_(G|GE|P|PO|POS|R|RE|REQ|C|CO|COO)['"]/
        $frag2 = /['"](ET|OST|ST|EQUEST|OOKIE)\s*\[/
        $ev = /[^\w>:$](eval|assert)\s*\(\s*\$\w{1,30}\s*\)/
    condition:
        filesize < 100KB and $frag and $frag2 and $ev
}

rule SPAMGEAR_EVASION_XslPhpSink
{
    meta:
        score = 100
        family = "evasion"
        description = "XSLT stylesheet that calls a PHP code/shell sink through php:function"
    strings:
        $xsl = "XSL/Transform"
        $fn = /:function\s*\(\s*['"](assert|system|eval|passthru|exec|shell_exec|popen|proc_open|create_function|call_user_func|call_user_func_array|preg_replace)['"]/
    condition:
        filesize < 1MB and $xsl and $fn
}

rule SPAMGEAR_EVASION_UnderscoreVarCall
{
    meta:
        score = 100
        family = "evasion"
        description = "a variable named only with underscores called as a function on another underscore variable ($__($___))"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $a = /[^\w$]\$_{1,6}\s*\(\s*\$_{1,6}\s*[,)]/
        $b = /[^\w$]\$_{2,6}\s*\(\s*\$_{2,6}\s*\[/
    condition:
        filesize < 1MB and $php and ($a or $b)
}

rule SPAMGEAR_EVASION_DecodedCallableName
{
    meta:
        score = 100
        family = "evasion"
        description = "callable name computed by a function from a short literal and called with request input"
    strings:
        $cuf = /call_user_func(_array)?\s*\(\s*[A-Za-z_]\w{0,30}\s*\(\s*['"][A-Za-z0-9+\/=_]{4,40}['"]\s*\)\s*,/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|\$_SERVER\s*\[\s*['"]HTTP_|php:\/\/input/
        $std = /call_user_func(_array)?\s*\(\s*(array|sprintf|trim|strtolower|strtoupper|ucfirst|lcfirst)\s*\(/
    condition:
        filesize < 20KB and $cuf and $in and not $std
}

rule SPAMGEAR_EVASION_TruncatedSinkName
{
    meta:
        score = 100
        family = "evasion"
        description = "a sink name missing its last letters stored in a variable that is later called (completed at run time)"
    strings:
        $t = /\$\w{1,30}\s*=\s*['"](asser|syste|passthr|shell_exe|create_functio|base64_decod|gzinflat|gzuncompres|str_rot1)['"]\s*;/
        $call1 = /['"](asser|syste|passthr|shell_exe|create_functio|base64_decod|gzinflat|gzuncompres|str_rot1)['"]\s*;[^\x00]{0,400}\n\$[A-Za-z_]\w{0,29}\s*\(/
        $call2 = /['"](asser|syste|passthr|shell_exe|create_functio|base64_decod|gzinflat|gzuncompres|str_rot1)['"]\s*;[^\x00]{0,400}\);\s{0,8}@?\$[A-Za-z_]\w{0,29}\s*\(/
    condition:
        filesize < 100KB and $t and ($call1 or $call2)
}

rule SPAMGEAR_EVASION_EvalOfFunctionResult
{
    meta:
        score = 100
        family = "evasion"
        description = "eval of what a zero-argument user function returns, where a function returns code text"
    strings:
        $ev = /[^\w>:$](eval|assert)\s*\(\s*[A-Za-z_]\w{0,40}\s*\(\s*\)\s*\)/
        $ret = /['"][^'"\n]{0,40}\(\s*\\?\$\w{1,40}\s*\);['"]/
        $frag = /\$\w{1,30}\s*=\s*['"](ev|eva|as|ass|asse|asser)['"]\s*;/
    condition:
        filesize < 50KB and $ev and ($ret or $frag)
}

rule SPAMGEAR_EVASION_NestedVariableCalls
{
    meta:
        score = 100
        family = "evasion"
        description = "three or more function calls through variables nested in one expression ($a($b($c(...))))"
    strings:
        $a = /\$\w{1,30}\(\$\w{1,30}\(\$\w{1,30}\(/
    condition:
        filesize < 2MB and $a
}

rule SPAMGEAR_EVASION_NestedVarCallOfInput
{
    meta:
        score = 100
        family = "evasion"
        description = "small script with two nested calls through variables ($f($g($x))) next to request input"
    strings:
        $a = /\$\w{1,30}\(\$\w{1,30}\(\$\w{1,30}[\[)]/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|\$_SERVER\s*\[\s*['"]HTTP_|php:\/\/input|getallheaders\s*\(/
    condition:
        filesize < 5KB and $a and $in
}

rule SPAMGEAR_EVASION_ArglessLambdaOfInputScript
{
    meta:
        score = 100
        family = "evasion"
        description = "create_function with no arguments and a variable body (an eval in disguise) in a script that reads request input"
    strings:
        $cf = /create_function\s*\(\s*(''|"")\s*,\s*\$\w{1,30}\s*\)/ nocase
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|\$_SERVER\s*\[\s*['"]HTTP_|php:\/\/input/
    condition:
        filesize < 30KB and $cf and $in
}

rule SPAMGEAR_EVASION_DocCommentPayload
{
    meta:
        score = 100
        family = "evasion"
        description = "small script that cuts pieces out of a doc comment via reflection and calls them through a variable"
    strings:
        $doc = /getDocComment\s*\(/
        $cut = /substr\s*\(\s*\$\w{1,30}\s*,\s*strpos\s*\(/
        $call = /getDocComment\s*\([^\x00]{0,600}\);\s{0,8}\$\w{1,30}\(\$\w{1,30}\);/
    condition:
        filesize < 5KB and $doc and $cut and $call
}

rule SPAMGEAR_EVASION_SuperglobalAliasToSink
{
    meta:
        score = 100
        family = "evasion"
        description = "small script that takes a superglobal by reference or as a value list and feeds a variable to a code/shell sink"
    strings:
        $alias = /=\s*&\s*\$_(POST|GET|REQUEST|COOKIE|SERVER)\s*;/
        $vals = /(array_values|array_reverse|array_slice|array_pop|array_shift|end|reset|current)\s*\(\s*\$_(SERVER|GET|POST|REQUEST|COOKIE)\s*[,)]/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|preg_replace)\s*\(\s*\$/ nocase
    condition:
        filesize < 5KB and ($alias or $vals) and $sink
}

rule SPAMGEAR_EVASION_ChrRegexModifier
{
    meta:
        score = 100
        family = "evasion"
        description = "preg_replace pattern assembled with chr() so the /e (eval) modifier is not visible"
    strings:
        $a = /preg_replace\s*\(\s*[^;]{0,160}chr\s*\(\s*(101|0x65|0145)\s*\)\s*,/
    condition:
        filesize < 4MB and $a
}

rule SPAMGEAR_EVASION_PregReplaceEvalCode
{
    meta:
        score = 100
        family = "evasion"
        description = "preg_replace with the /e modifier whose replacement carries request input, split string pieces or a decoder"
    strings:
        $e = /preg_replace\s*\(\s*['"][^\n]{0,120}[\/'#~|!@%][imsxuADSUXJ]{0,6}e[imsxuADSUXJ]{0,6}['"]\s*,\s*['"][^\n]{0,200}(\$_(GET|POST|REQUEST|COOKIE|SESSION|SERVER)|['"]\s*\.\s*['"]|base64_decode|str_rot13|gzinflate|\\x[0-9a-fA-F]{2})/
    condition:
        filesize < 4MB and $e
}

rule SPAMGEAR_EVASION_AssertSilenced
{
    meta:
        score = 100
        family = "evasion"
        description = "assertion warnings switched off and assert() then called on a variable (assert used as eval)"
    strings:
        $opt = /assert_options\s*\(\s*ASSERT_(WARNING|QUIET_EVAL|BAIL)\s*,\s*(0|false|1|true)\s*\)/
        $as = /[^\w>:$]assert\s*\(\s*@?\$\w{1,30}\s*\)/
    condition:
        filesize < 4MB and $opt and $as
}

rule SPAMGEAR_EVASION_EvalOfVariableCall
{
    meta:
        score = 100
        family = "evasion"
        description = "eval/assert of the result of a call through a variable or a function with a non-ASCII name"
    strings:
        $v = /[^\w>:$](eval|assert)\s*\(\s*@?\$\{?\$?\w{1,30}\}?\s*\(/
        $hi = /[^\w>:$](eval|assert)\s*\(\s*@?\$?[\x80-\xff]{2,40}\s*\(/
        $php = "<?"
    condition:
        filesize < 8MB and $php and ($v or $hi)
}

rule SPAMGEAR_EVASION_BarewordBase64
{
    meta:
        score = 100
        family = "evasion"
        description = "base64_decode of an unquoted mixed-case bareword (a base64 string hidden as an undefined constant)"
    strings:
        $a = /base64_decode\s*\(\s*[A-Za-z0-9+\/]{0,80}([a-z][A-Z]|[A-Z][a-z]|[0-9][A-Za-z]|[A-Za-z][0-9])[A-Za-z0-9+\/]{2,200}={0,2}\s*\)/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_IncludeOfStreamWrapper
{
    meta:
        score = 100
        family = "evasion"
        description = "include/require of the request body, or of a data: URI built from request input or a base64 literal"
    strings:
        $a = /[^\w>:$](include|require|include_once|require_once)\s*\(?\s*['"](php:\/\/input|php:\/\/filter\/[^'"\n]{0,60}resource=(data:|php:\/\/input))/
        $d1 = /[^\w>:$](include|require|include_once|require_once)\s*\(?\s*['"]data:[^'"\n]{0,40}['"]\s*\.\s*@?\$_(GET|POST|REQUEST|COOKIE|SERVER)/
        $d2 = /[^\w>:$](include|require|include_once|require_once)\s*\(?\s*['"]data:[^'"\n]{0,40};base64,[A-Za-z0-9+\/]{16}/
        // (issue 4q) an archive/compression wrapper whose path comes from the request: include 'zip://' . $_GET[..] . '#a.php',
        // require "phar://{$_POST['p']}/x.php". Legit phar/zip includes name __FILE__, __DIR__ or a literal, never raw input.
        // Any scheme counts (zip, phar, http, a stream_wrapper_register'ed 'var://'): the path after it is raw request input.
        // $_SERVER is left out ('http://' . $_SERVER['HTTP_HOST'] . '/x.php' is bad but legit code).
        $w1 = /[^\w>:$](include|require|include_once|require_once)\s*\(?\s*['"][a-z][a-z0-9.]{1,14}:\/\/[^'"\n]{0,40}['"]\s*\.\s*@?(\$_(GET|POST|REQUEST|COOKIE|FILES)\b|(urldecode|base64_decode|trim)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE))/
        $w2 = /[^\w>:$](include|require|include_once|require_once)\s*\(?\s*"([a-z][a-z0-9.]{1,14}:\/\/|data:)[^"\n]{0,40}\{?\$_(GET|POST|REQUEST|COOKIE|FILES)\b/
        // (issue 4q) data: URI with the input re-encoded (urlencode/base64_encode), php://input parked in a variable right
        // before `include $var`, and the wrapper name split into literals ('ph' . 'p://input').
        $d3 = /[^\w>:$](include|require|include_once|require_once)\s*\(?\s*['"]data:[^'"\n]{0,40}['"]\s*\.\s*@?(urlencode|rawurlencode|base64_encode|trim|stripslashes)\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)/
        $v1 = /\$\w{1,30}\s*=\s*['"]php:\/\/(input|filter\/[^'"\n]{0,60}resource=(data:|php:\/\/input))['"]\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?(include|require|include_once|require_once)\s*\(?\s*@?\$\w{1,30}\s*\)?\s*;/
        $sp = /[^\w>:$](include|require|include_once|require_once|file_get_contents|fopen)\s*\(?\s*['"](p|ph|php|php:|php:\/|php:\/\/|php:\/\/i|php:\/\/in|php:\/\/inp|php:\/\/inpu)['"]\s*\.\s*['"](hp:\/\/input|p:\/\/input|:\/\/input|\/\/input|\/input|input|nput|put|ut|t)['"]/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_EVASION_ReflectionOfSink
{
    meta:
        score = 100
        family = "evasion"
        description = "Reflection object built for a shell/code sink by name, or a ReflectionMethod whose name comes from the request"
    strings:
        $lit = /new\s+ReflectionFunction\s*\(\s*['"](system|exec|passthru|shell_exec|assert|popen|proc_open|pcntl_exec|create_function)['"]/
        $meth = /new\s+ReflectionMethod\s*\([^;\n]{0,80}\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        // (issue 4q) ReflectionFunction itself built through ReflectionClass, then handed a sink name or invoked on input.
        $lit2 = /new\s+ReflectionFunction\s*\(\s*(str_rot13\s*\(\s*['"](nffreg|flfgrz|cnffgueh|furyy_rkrp|cbcra)['"]|strrev\s*\(\s*['"](tressa|metsys|urhtssap|cexe_llehs|nepop)['"]|base64_decode\s*\(\s*['"](YXNzZXJ0|c3lzdGVt|cGFzc3RocnU=?|c2hlbGxfZXhlYw==?)['"])\s*\)\s*\)/
        $rc = /new\s+ReflectionClass\s*\(\s*['"]\\?Reflection(Function|Method)['"]\s*\)/
        $rcs = /->\s*newInstance(Args)?\s*\(\s*(array\s*\(\s*|\[\s*)?['"](system|exec|passthru|shell_exec|assert|popen|proc_open|pcntl_exec|create_function)['"]|->\s*invoke(Args)?\s*\(\s*(array\s*\(\s*|\[\s*)?@?\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        filesize < 8MB and ($lit or $lit2 or $meth or ($rc and $rcs))
}

rule SPAMGEAR_EVASION_SinkNameRareCallback
{
    meta:
        score = 100
        family = "evasion"
        description = "a shell/code sink name handed to a less common callback-taking builtin (array_walk_recursive, mb_ereg_replace_callback, preg_replace_callback_array, yaml callbacks, ...)"
    strings:
        $a = /(array_walk_recursive|mb_ereg_replace_callback|preg_replace_callback_array|array_udiff|array_uintersect|array_diff_ukey|array_intersect_ukey|array_udiff_assoc|array_uintersect_assoc|array_diff_uassoc|array_intersect_uassoc|forward_static_call|forward_static_call_array|spl_autoload_register|set_exception_handler|header_register_callback|session_set_save_handler|->uasort|->uksort|yaml_parse|yaml_parse_file|yaml_parse_url|new\s+CallbackFilterIterator|new\s+RecursiveCallbackFilterIterator)\s*\([^;]{0,120}['"](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)['"]/
        // (issue 4q) SQLite3::createFunction / PDO::sqliteCreateFunction registering a sink under an SQL name.
        $b = /->\s*(sqliteCreateFunction|createFunction|sqliteCreateAggregate)\s*\(\s*['"][^'"\n]{1,30}['"]\s*,\s*['"](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)['"]/
    condition:
        filesize < 8MB and ($a or $b)
}

rule SPAMGEAR_EVASION_CopiedInputElementCall
{
    meta:
        score = 100
        family = "evasion"
        description = "small script that copies request data (alias, parse_str, json body) and calls one element with another as argument"
    strings:
        $call = /\]\(@?\$\w{1,30}\[/
        $call2 = /\] \( ?@?\$\w{1,30}\[/
        $src1 = /=\s*\$_(GET|POST|COOKIE|REQUEST)\s*;/
        $src2 = /parse_str\s*\(\s*\$_SERVER\s*\[\s*['"]QUERY_STRING|parse_str\s*\(\s*(file_get_contents\s*\(\s*['"]php:\/\/input|\$_(GET|POST|COOKIE|REQUEST))/
        $src5 = /unserialize\s*\(\s*(base64_decode\s*\(\s*|gzinflate\s*\(\s*|str_rot13\s*\(\s*){0,2}\$_(GET|POST|COOKIE|REQUEST)\s*\[/
        $src4 = /(array_keys|array_values|array_reverse|array_flip|array_slice)\s*\(\s*\$_(GET|POST|COOKIE|REQUEST)\s*[),]/
        $src6 = /=\s*@?filter_input_array\s*\(\s*INPUT_(GET|POST|COOKIE|REQUEST)/
        $src3 = /json_decode\s*\(\s*(file_get_contents\s*\(\s*['"]php:\/\/input|\$_(GET|POST|COOKIE|REQUEST)|base64_decode\s*\(\s*\$_(GET|POST|COOKIE|REQUEST))/
        // (issue 4u) the same with a literal fallback callable: ($c['f'] ?? 'assert')($c['a'])
        $call3 = /\$\w{1,30}\s*\[[^\]\n]{1,30}\]\s*(\?\?|\?:)\s*['"]\w{1,20}['"]\s*\)\s*\(\s*@?\$\w{1,30}\s*\[/
        // (issue 4u) any file size: a whole superglobal aliased, then within a few lines one literal-keyed element called with another
        $near = /\$\w{1,30}\s*=\s*\$_(GET|POST|COOKIE|REQUEST)\s*;[^\x00]{0,200}\$\w{1,30}\s*\[\s*['"]\w{1,20}['"]\s*\]\s*((\?\?|\?:)\s*['"]\w{1,20}['"]\s*\)\s*)?\(\s*@?\$\w{1,30}\s*\[\s*['"]/
    condition:
        (filesize < 5KB and ($call or $call2 or $call3) and any of ($src*)) or (filesize < 8MB and $near)
}

rule SPAMGEAR_EVASION_HeaderToSinkTiny
{
    meta:
        score = 100
        family = "evasion"
        description = "tiny script that reads an HTTP request header (or filter_input/getenv) and hands a variable to a code/shell sink"
    strings:
        $hdr = /\$_SERVER\s*\[\s*['"]HTTP_|getallheaders\s*\(|apache_request_headers\s*\(|filter_input\s*\(\s*INPUT_(GET|POST|COOKIE|SERVER|ENV)|getenv\s*\(\s*['"]HTTP_/
        $vcall = /\$\w{1,30}\s*\(\s*@?\$_SERVER\s*\[\s*['"]HTTP_/
        $sink = /[^\w>:$](eval|assert|create_function|system|passthru|shell_exec|exec|pcntl_exec|popen|proc_open)\s*\(\s*@?((substr|trim|base64_decode|str_rot13|strrev|gzinflate|urldecode|hex2bin)\s*\(\s*){0,2}\$\w/ nocase
        // A signed webhook (deploy.php): the header is an HMAC checked with hash_equals, then a
        // fixed command (git pull) runs. Code sinks and variable calls still count.
        $hmac = "hash_hmac("
        $heq = "hash_equals("
        $code = /[^\w>:$](eval|assert|create_function)\s{0,3}\(/
    condition:
        filesize < 2KB and $hdr and ($vcall or ($sink and (not ($hmac and $heq) or $code)))
}

rule SPAMGEAR_EVASION_NativeEscape
{
    meta:
        score = 100
        family = "evasion"
        description = "sandbox escape to native code: LD_PRELOAD set from PHP, or FFI declaring libc command functions"
    strings:
        $ld = /putenv\s*\(\s*['"]LD_PRELOAD/
        $ffi = /FFI::cdef\s*\([^;]{0,300}[^\w](system|execve|execl|execvp|popen)\s*\(/
    condition:
        filesize < 8MB and ($ld or $ffi)
}

rule SPAMGEAR_EVASION_EvalOfStoredOrStreamed
{
    meta:
        score = 100
        family = "evasion"
        description = "eval/assert/include of session data, of a heredoc that interpolates request input, or of a raw stream read"
    strings:
        $sess = /[^\w>:$](eval|assert|include|require|include_once|require_once)\s*\(?\s*@?\$_SESSION\s*\[/
        $here = /[^\w>:$](eval|assert)\s*\(\s*<<<\s*['"]?\w{1,20}['"]?\s*\n[^\n]{0,200}\$_(GET|POST|REQUEST|COOKIE)/
        $read = /[^\w>:$](eval|assert)\s*\(\s*@?(fread|fgets|stream_get_contents|fgetss|\$\w{1,30}->(fgets|fread|fgetc|current))\s*\(/
        // A CLI bootstrap (arcanist's phage agent) evals what its parent pipes on stdin: no web request.
        $stdin = /[^\w>:$](eval|assert)\s*\(\s*@?(fread|fgets|stream_get_contents)\s*\(\s*(\\?\$\w{1,30}\s{0,3}=\s{0,3})?(STDIN\b|fopen\s{0,3}\(\s{0,3}['"]php:\/\/stdin['"])/
    condition:
        filesize < 8MB and ($sess or $here or ($read and for any i in (1..#read) : (not $stdin at @read[i])))
}

rule SPAMGEAR_EVASION_ShellOptionInjection
{
    meta:
        score = 100
        family = "evasion"
        description = "command execution smuggled through option arguments: imap_open -oProxyCommand, mail() -X log file, pcntl_exec of request input"
    strings:
        $imap = /imap_open\s*\([^;]{0,300}-oProxyCommand/
        $mailx = /mail\s*\([^;]{0,600},\s*['"][^'"\n]{0,80}\s-X\s*\/?[\w\/.]{0,80}\.(php|phtml|inc)['"]/
        $pcntl = /pcntl_exec\s*\([^;]{0,120}\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_EVASION_BacktickVarTiny
{
    meta:
        score = 100
        family = "evasion"
        description = "tiny script that reads request input and runs a variable in backticks"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $bt = /(=|echo|print|return|\() ?`\$\w{1,30}( [^`\n;]{1,20})?` ?[;).]/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\b|\$_SERVER\s*\[\s*['"]HTTP_|php:\/\/input/
    condition:
        filesize < 3KB and $php and $bt and $in
}

rule SPAMGEAR_EVASION_SuperglobalCursorCall
{
    meta:
        score = 100
        family = "evasion"
        description = "small script that pulls a value out of a superglobal with current/next/key/reset and calls a variable"
    strings:
        $cur = /(current|next|key|reset|end|each|array_key_first|array_key_last|array_shift|array_pop)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\s*\)/
        $call = /(current|next|key|reset|end|each|array_key_first|array_key_last|array_shift|array_pop)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\s*[^\x00]{0,300}\);\s{0,4}@?\$\w{1,30}\(/
    condition:
        filesize < 3KB and $cur and $call
}

rule SPAMGEAR_EVASION_InputDumpToHiddenUrl
{
    meta:
        score = 100
        family = "evasion"
        description = "whole POST/COOKIE/REQUEST arrays serialized next to a URL hidden in base64 (credential and card skimmers)"
    strings:
        $dump = /(serialize|json_encode|base64_encode|print_r|var_export|http_build_query|implode)\s*\(\s*(['"][^'"]{0,10}['"]\s*,\s*)?\$_(POST|COOKIE|REQUEST)\s*[,)]/
        $url = /base64_decode\s*\(\s*['"]aHR0c[A-Za-z0-9+\/]{8}/
    condition:
        filesize < 8MB and $dump and $url
}

rule SPAMGEAR_EVASION_GlobalsTableCalls
{
    meta:
        score = 100
        family = "evasion"
        description = "functions called by index out of a $GLOBALS table filled with decoded names, or numbered _123456() decoder functions"
    strings:
        $call = /\$GLOBALS\s*\[\s*['"]\w{1,40}['"]\s*\]\s*\[\s*\d{1,4}\s*\]\s*\(/
        $table = /\$GLOBALS\s*\[\s*['"]\w{1,40}['"]\s*\]\s*=\s*(array|Array|ARRAY)\s*\(\s*(base64_decode|str_rot13|gzinflate|hex2bin|urldecode)\s*\(/
        $numfn = /function\s+_\d{5,12}\s*\(\s*\$\w{1,10}\s*\)\s*\{\s*\$\w{1,10}\s*=\s*(array|Array)\s*\(/
        $b64 = "base64_decode" nocase
    condition:
        filesize < 8MB and (#call > 3 or $table or (#numfn > 0 and $b64))
}

rule SPAMGEAR_EVASION_AltInputToSink
{
    meta:
        score = 100
        family = "evasion"
        description = "code/shell sink fed (optionally through decoders) from filter_input(), getenv() of request variables, or the raw query string / headers in $_SERVER"
    strings:
        $a = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function|pcntl_exec)\s*\(\s*@?((base64_decode|urldecode|rawurldecode|hex2bin|gzinflate|gzuncompress|str_rot13|strrev|trim|stripslashes)\s*\(\s*@?){0,3}(filter_input\s*\(\s*INPUT_(GET|POST|COOKIE|SERVER|ENV|REQUEST)|getenv\s*\(\s*['"](HTTP_|QUERY_STRING|REQUEST_URI)|\$_SERVER\s*\[\s*['"](HTTP_|QUERY_STRING|REQUEST_URI|PATH_INFO))/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_NestedVariableCallsSilenced
{
    meta:
        score = 100
        family = "evasion"
        description = "three function calls through variables nested in one expression with @ error silencing and line breaks between them (@$a(@$b(@$c('...'))))"
    strings:
        $php = "<?"
        $a = /\$\w{1,30}\s*\(\s{0,8}@\$\w{1,30}\s*\(\s*@?\s*\$\w{1,30}\s*\(/
    condition:
        $php and filesize < 2MB and $a
}

rule SPAMGEAR_EVASION_SplitPregModifier
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4m) the preg_replace /e (eval) modifier hidden: glued on as a separate literal ('/x/'.'e'), written as an escape (\"/x/\\x65\", \"\\145\"), or appended with .= 'e' right before preg_replace on a variable pattern, or interpolated from a variable (\"/x/$m\") while the replacement is request input"
    strings:
        $split = /preg_(replace|filter)\s*\(\s*['"][^'"\n]{1,120}[\/|#~!%@]['"]\s*\.\s*['"][imsxuADSUXJ]{0,5}e[imsxuADSUXJ]{0,5}['"]\s*,/
        $esc = /preg_(replace|filter)\s*\(\s*"[^"\n]{1,120}[\/|#~!%@][imsxuADSUXJ]{0,5}(\\x65|\\145)[imsxuADSUXJ]{0,5}"\s*,/
        $escvar = /\$\w{1,30}\s*=\s*"[^"\n]{1,120}[\/|#~!%@][imsxuADSUXJ]{0,5}(\\x65|\\145)[imsxuADSUXJ]{0,5}"\s*;/
        $app = /\.=\s*['"][imsxu]{0,3}e[imsxu]{0,3}['"]\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(\$\w{1,30}\s*=\s*)?@?preg_(replace|filter)\s*\(\s*\$\w{1,30}\s*,/
        $interp = /preg_(replace|filter)\s*\(\s*"[^"\n]{1,120}[\/|#~!%@][imsxu]{0,5}\$\w{1,30}"\s*,\s*@?((base64_decode|str_rot13|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\b/
        $mb = /mb_ereg_replace\s*\([^;\n]{0,160},\s*@?(base64_decode|str_rot13|gzinflate|strrev|hex2bin|\$_(GET|POST|REQUEST|COOKIE))\s*[(\[][^;\n]{0,300},\s*['"][a-z]{0,5}e[a-z]{0,5}['"]\s*\)/
        // (issue 4q) the modifier kept in a one-letter-'e' variable and glued on: $e = 'e'; preg_replace('/x/' . $e, $_POST[..], ..)
        $ve = /\$\w{1,20}\s*=\s*['"]e['"]\s*;[^\x00]{0,200}preg_(replace|filter)\s*\(\s*['"][^'"\n]{1,120}[\/|#~!%@]['"]\s*\.\s*\$\w{1,20}\s*,\s*@?((base64_decode|str_rot13|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\b/
        $pr = /preg_(replace|filter)\s*\(/
    condition:
        filesize < 8MB and ($split or $esc or $app or $interp or $mb or $ve or ($escvar and $pr))
}

rule SPAMGEAR_EVASION_BacktickVarNearInput
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4p) a variable assigned from request input or a request header, then its backtick run echoed within a few lines (padded or injected backtick shell; `$res = `$cmd`` alone is left to other rules: postfixadmin has it in a comment)"
    strings:
        $a = /\$\w{1,30}\s{0,3}=[^;\n]{0,80}(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|\$_SERVER\s{0,3}\[\s{0,3}['"]HTTP_)[^\x00]{0,300}[;{}]\s{0,6}(echo|print)\s{0,3}\(?\s{0,2}`\$\w{1,30}( [^`\n;]{1,20})?` ?[;).]/
        // (issue 4q) the superglobal copied whole first ($a = $_GET; ... $b = $a['x']; echo `$b`;)
        $b = /\$\w{1,30}\s{0,3}=\s{0,3}\$_(GET|POST|REQUEST|COOKIE)\s{0,3};[^\x00]{0,300}[;{}]\s{0,6}(echo|print)\s{0,3}\(?\s{0,2}`\$\w{1,30}( [^`\n;]{1,20})?` ?[;).]/
    condition:
        filesize < 4MB and ($a or $b)
}

rule SPAMGEAR_EVASION_CustomHeaderToSinkNear
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4p) a custom X- request header read through getenv('HTTP_X_...') or $_SERVER['HTTP_X_...'] and, within 300 bytes, a code/shell sink run on a plain (optionally decoded) variable (header-driven backdoor, padded or injected)"
    strings:
        $a = /(getenv\s{0,3}\(\s{0,3}|\$_SERVER\s{0,3}\[\s{0,3})['"]HTTP_X_[A-Z0-9_]{1,30}['"][^\x00]{0,300}[^\w>:$](eval|assert|system|passthru|shell_exec|popen|proc_open)\s{0,3}\(\s{0,3}@?((base64_decode|str_rot13|hex2bin|gzinflate|urldecode|rawurldecode)\s{0,3}\(\s{0,3})?\$\w{1,30}\s{0,3}\)/
        $fwd = /['"]HTTP_X_(FORWARDED|REAL_IP|REQUESTED_WITH|HTTP_METHOD_OVERRIDE|WP_NONCE|CSRF|XSRF|HUB_SIGNATURE|GITHUB_EVENT|GITLAB_TOKEN|GITLAB_EVENT|GITEA_SIGNATURE|GOGS_SIGNATURE)/
    condition:
        filesize < 4MB and for any i in (1..#a) : (not $fwd in (@a[i] .. @a[i] + 40))
}

rule SPAMGEAR_EVASION_MixedCaseSinkOfInput
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) a code/shell sink spelled in mixed or upper case (PHP function names are case-insensitive: EvAl, SyStEm) called directly on request input or a decoder of it; no application spells builtins that way"
    strings:
        $a = /[^\w>:$]((E[vV][aA][lL]|eV[aA][lL]|evA[lL]|evaL|A[sS][sS][eE][rR][tT]|aS[sS][eE][rR][tT]|asS[eE][rR][tT]|assE[rR][tT]|asseR[tT]|asserT|S[yY][sS][tT][eE][mM]|sY[sS][tT][eE][mM]|syS[tT][eE][mM]|sysT[eE][mM]|systE[mM]|systeM|P[aA][sS][sS][tT][hH][rR][uU]|pA[sS][sS][tT][hH][rR][uU]|paS[sS][tT][hH][rR][uU]|pasS[tT][hH][rR][uU]|passT[hH][rR][uU]|passtH[rR][uU]|passthR[uU]|passthrU|S[hH][eE][lL][lL]_[eE][xX][eE][cC]|sH[eE][lL][lL]_[eE][xX][eE][cC]|shE[lL][lL]_[eE][xX][eE][cC]|sheL[lL]_[eE][xX][eE][cC]|shelL_[eE][xX][eE][cC]|shell_E[xX][eE][cC]|shell_eX[eE][cC]|shell_exE[cC]|shell_exeC|P[oO][pP][eE][nN]|pO[pP][eE][nN]|poP[eE][nN]|popE[nN]|popeN|P[rR][oO][cC]_[oO][pP][eE][nN]|pR[oO][cC]_[oO][pP][eE][nN]|prO[cC]_[oO][pP][eE][nN]|proC_[oO][pP][eE][nN]|proc_O[pP][eE][nN]|proc_oP[eE][nN]|proc_opE[nN]|proc_opeN|C[rR][eE][aA][tT][eE]_[fF][uU][nN][cC][tT][iI][oO][nN]|cR[eE][aA][tT][eE]_[fF][uU][nN][cC][tT][iI][oO][nN]|crE[aA][tT][eE]_[fF][uU][nN][cC][tT][iI][oO][nN]|creA[tT][eE]_[fF][uU][nN][cC][tT][iI][oO][nN]|creaT[eE]_[fF][uU][nN][cC][tT][iI][oO][nN]|creatE_[fF][uU][nN][cC][tT][iI][oO][nN]|create_F[uU][nN][cC][tT][iI][oO][nN]|create_fU[nN][cC][tT][iI][oO][nN]|create_fuN[cC][tT][iI][oO][nN]|create_funC[tT][iI][oO][nN]|create_funcT[iI][oO][nN]|create_functI[oO][nN]|create_functiO[nN]|create_functioN))\s*\(\s*@?\s*((base64_decode|gzinflate|str_rot13|strrev|stripslashes|trim|urldecode)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_BacktickOfInput
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) a backtick shell run whose command is request input written inside the backticks (<?=@`$_GET[1]`?>, echo `{$_POST['c']}`); docs that quote `$_GET['x']` in prose are not preceded by = / echo / <?="
    strings:
        $a = /(=|echo|print|return|<\?=)\s{0,3}@?`[^`\n]{0,20}\{?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^`\n]{1,40}`/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_HexEscapedPregE
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) preg_replace/preg_filter whose pattern is written entirely in \\x escapes (hiding the /e modifier) with request input as the replacement or subject"
    strings:
        $a = /preg_(replace|filter)\s*\(\s*"(\\x[0-9a-fA-F]{2}){3,60}[a-z]{0,3}"\s*,\s*@?((base64_decode|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\b/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_InputNamedVariableCall
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) a variable-variable whose name is request input, called as a function (${$_GET['v']}($_GET['c'])); legit register-globals emulation assigns ${$k}, it never calls it"
    strings:
        $a = /\$\{\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,30}\]\s*\}\s*\(/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_LiteralSinkCalledOnInput
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) a quoted sink name called directly on request input (PHP 7 \"assert\"($_POST[..]), ('system')($_GET[..]))"
    strings:
        $a = /['"](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec|create_function)['"]\s{0,3}\)?\s{0,3}\(\s{0,3}@?\s{0,3}((base64_decode|gzinflate|str_rot13|strrev|stripslashes|trim|urldecode)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_WalkInputKeyCall
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) array_walk over a superglobal with a closure whose body calls one parameter with the other (array_walk($_GET, function($v, $k) { $k($v); })): every request key runs as a function"
    strings:
        $a = /array_walk(_recursive)?\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\s*,\s*function\s*\(\s*\$\w{1,20}\s*,\s*\$\w{1,20}\s*\)\s*\{\s*(return\s+)?@?\$\w{1,20}\s*\(\s*\$\w{1,20}\s*\)/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_BodyStreamToCodeNear
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) the raw request body (php://input via file_get_contents/file/fopen) stored in a variable and, within a few lines, that variable (or its implode) handed to eval/assert/create_function; or a parsed request document (simplexml/json) whose property is eval'd"
    strings:
        $a = /\$\w{1,30}\s*=\s*@?(file_get_contents|file|stream_get_contents)\s*\(\s*(fopen\s*\(\s*)?['"]php:\/\/input['"][^;\n]{0,20};[^\x00]{0,200}(create_function\s*\(\s*['"][^'"\n]{0,20}['"]\s*,\s*\$\w{1,30}|[^\w>:$](eval|assert)\s*\(\s*@?((implode|join)\s*\(\s*['"]['"]\s*,\s*)?\$\w{1,30}\s*\))/
        $b = /(simplexml_load_string|json_decode)\s*\(\s*@?(\$_(GET|POST|REQUEST|COOKIE)\s*\[|file_get_contents\s*\(\s*['"]php:\/\/input)[^\x00]{0,200}[^\w>:$](eval|assert)\s*\(\s*(\(\s*string\s*\)\s*)?\$\w{1,30}\s*->\s*\w{1,30}\s*\)/
    condition:
        filesize < 8MB and ($a or $b)
}

rule SPAMGEAR_EVASION_HighByteVarCallOfInput
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) a variable whose name uses non-ASCII bytes ($\xc3\xa4, valid in PHP, invisible to \\w-based rules) called as a function on request input"
    strings:
        $a = /\$[\x80-\xff][\w\x80-\xff]{0,20}\s*\(\s*@?\s*((base64_decode|str_rot13|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_SplFileWriterOfInput
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) SplFileObject opened for writing on a request-supplied path and written with request data (an arbitrary file writer)"
    strings:
        $o = /new\s+SplFileObject\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,30}\]\s*,\s*['"][wax]/
        $w = /->\s*fwrite\s*\(\s*@?((base64_decode|stripslashes|urldecode)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 8MB and $o and $w
}

rule SPAMGEAR_EVASION_SinkVarToCallbackNear
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) a sink name (plain, rot13 or reversed) assigned to a variable and, in the next statement, a variable handed as the callable to call_user_func(_array)/array_map/register_shutdown_function with request input as the argument"
    strings:
        $a = /=\s*(['"](assert|system|passthru|shell_exec|pcntl_exec|create_function)['"]|str_rot13\s*\(\s*['"](nffreg|flfgrz|cnffgueh|furyy_rkrp|rkrp|cbcra)['"]\s*\)|strrev\s*\(\s*['"](tressa|metsys|urhtssap|cexe_llehs|cexe|nepop)['"]\s*\))\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?((echo|print|return|\$\w{1,20}\s*=)\s*)?@?(call_user_func|call_user_func_array|forward_static_call|forward_static_call_array|register_shutdown_function|array_map)\s*\(\s*\$\w{1,20}\s*,\s*(array\s*\(\s*|\[\s*)?@?((base64_decode|str_rot13|strrev|stripslashes|trim)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_BracedSuperglobalSink
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) a code/shell sink fed from a superglobal written as a braced string variable (${'_SERVER'}['HTTP_X_..'], ${\"_POST\"}[..])"
    strings:
        $a = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|gzinflate|str_rot13|strrev|stripslashes|trim|urldecode)\s*\(\s*)?\$\{\s*['"]_(SERVER|GET|POST|REQUEST|COOKIE|FILES|ENV)['"]\s*\}\s*\[/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_HeaderElementVarCall
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) a function name taken from a custom X- header element and called on another X- header element ($f = $h['X-F']; $f($h['X-A']);)"
    strings:
        $a = /\$\w{1,20}\s*=\s*@?\$\w{1,20}\s*\[\s*['"]X-[\w-]{1,30}['"]\s*\]\s*;\s*@?\$\w{1,20}\s*\(\s*@?\$\w{1,20}\s*\[\s*['"]X-[\w-]{1,30}['"]\s*\]\s*\)/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_EvalOfExceptionMessage
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) eval/assert of an exception's message (an exception handler that runs what was thrown: throw new Exception($_POST[..]))"
    strings:
        $a = /[^\w>:$](eval|assert)\s*\(\s*@?\$\w{1,20}\s*->\s*getMessage\s*\(\s*\)\s*\)/
    condition:
        filesize < 8MB and $a
}

rule SPAMGEAR_EVASION_ExtractThenVarCall
{
    meta:
        score = 100
        family = "evasion"
        description = "(issue 4q) extract() of request input (directly or a copy) followed at once by a call of one extracted variable with another ($a($b))"
    strings:
        $a = /=\s*\$_(GET|POST|REQUEST|COOKIE)\s*;\s*@?extract\s*\(\s*\$\w{1,20}[^;\n]{0,20}\)\s*;\s*@?\$\w{1,20}\s*\(\s*@?\$\w{1,20}\s*\)/
        $b = /extract\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)[^;\n]{0,20}\)\s*;\s*@?\$\w{1,20}\s*\(\s*@?\$\w{1,20}\s*\)/
    condition:
        filesize < 8MB and ($a or $b)
}
