/*
 * families.yar - structure of well-known web-shell families.
 *
 * Catches: WSO/FilesMan (action* dispatcher + wso* helpers + FilesMan default action),
 * c99/r57 style panels (act=/cmd dispatch with alias command menus), b374k (module loader with
 * its s_* helper API), China Chopper (one-line eval of a POST field, also through
 * assert/preg_replace with an /e modifier/create_function; issue 4l: at any size, a loop or
 * closure that evals every element of a superglobal, extract() of input then a variable call,
 * current()/reset() of a superglobal eval-ed, request field names decoded with array_map),
 * Weevely (php://input or cookie key fenced by marker strings, XOR loop, gz(un)compress, base64;
 * issue 4l: sink/decoder names spelled with junk characters that a str_replace strips, header
 * input XOR-decoded and eval-ed at once, a lambda of a decoded literal, at any file size), p0wny
 * (feature* JSON API behind a terminal UI; issue 4l: also the same JSON terminal API under other
 * names: a request-chosen cwd is chdir-ed, a command is run and the reply is json_encode() of
 * output plus getcwd()) and alfa (alfa* helper API with a GLOBALS-held shell code; issue 4l:
 * also other __X_Y GLOBALS prefixes holding encoded literals); Laudanum (pen-test injectables:
 * the project banner together with its client-IP gate that answers strangers with a fake 404,
 * its ipcheck.php include, or its WordPress wrapper class). Issue 4l adds kits wrapped in one
 * encoder layer whose decoders are called through variables or whose decoded blob is included
 * from a temp stream, and command runners that walk a list of sink names.

 * Why it is safe: the rules need several family-specific helper or action names together, or a
 * family's code structure (marker-fenced input + XOR + compression); names alone from one
 * version are not used, and no single generic word is enough.
 */

rule SPAMGEAR_FAMILY_WSO_FilesMan
{
    meta:
        score = 100
        family = "wso"
        description = "WSO/FilesMan dispatcher: several action* handlers and wso* helpers"
    strings:
        $a1 = /function\s+action(FilesMan|FilesTools|Console|SecInfo|Sql|Network|Bruteforce|SelfRemove|StringTools|Php|Logout|RC|Infect|Safemode|ls|Phpinfo)\s*\(/
        $h1 = /function\s+(wso|fm_|wsl)\w{2,20}\s*\(/
        $fm = /['"]FilesMan['"]/ nocase
        $da = /\$default_action\s*=/
        $p = /\$_POST\s*\[\s*['"](a|c|p1|p2|p3|charset)['"]\s*\]/
    condition:
        filesize < 4MB and (#a1 >= 3 or (#h1 >= 3 and #p >= 3) or ($fm and $da) or ($fm and #a1 >= 1 and #p >= 2))
}

rule SPAMGEAR_FAMILY_C99R57Panel
{
    meta:
        score = 100
        family = "c99_r57"
        description = "c99/r57-style panel: act= dispatch, command aliases and command execution"
    strings:
        $act = /\$act\s*==\s*['"](ls|cmd|f|search|fsbuff|upload|phpinfo|security|sql|eval|encoder|bind|ftpquickbrute|selfremove|processes|tools|feedback|img|about|mkdir|mkfile|chmod|sec|d|cmdexe)['"]/
        $alias = /['"](find\s+\/|locate\s+|lsattr|netstat\s+-an|ls\s+-la|cat\s+\/etc|ps\s+-?aux|id;|uname\s+-a)/
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(/ nocase
        $surl = /\$surl\s*\.\s*['"]\??act=/
    condition:
        filesize < 4MB and $sink and ((#act >= 4) or (#surl >= 3) or (#act >= 2 and #alias >= 3))
}

rule SPAMGEAR_FAMILY_B374k
{
    meta:
        score = 100
        family = "b374k"
        description = "b374k shell: s_/GLOBALS module helpers with command execution and file manager"
    strings:
        $f = /function\s+(s_|b374k_)\w{2,20}\s*\(/
        $g = /\$GLOBALS\s*\[\s*['"](module|module_to_load|resources|packer|s_self|cwd|pass|s_pass|login|rs|simple_cipher)['"]\s*\]/
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(/ nocase
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 4MB and $in and (($sink and #f >= 6) or #g >= 4)
}

rule SPAMGEAR_FAMILY_ChinaChopper
{
    meta:
        score = 100
        family = "china_chopper"
        description = "China Chopper style one-liner: a POST/GET/COOKIE field run as code in a tiny file"
    strings:
        $a = /@?(eval|assert)\s*\(\s*(\$_(POST|GET|REQUEST|COOKIE)|\$\{\s*['"]_(POST|GET|REQUEST|COOKIE))/
        $b = /(preg_replace|mb_ereg_replace|create_function)\s*\(\s*(['"][^'"\n]{0,60}['"]\s*,\s*)?@?\s*(\w{1,20}\s*\(\s*){0,2}\$_(POST|GET|REQUEST|COOKIE)/
        $e = /preg_replace\s*\(\s*['"][\/|#~!@%{][^'"\n]{0,60}[\/|#~!@%}][a-zA-Z]{0,6}(e|\\x65|\\145)[a-zA-Z]{0,6}['"]\s*,[^;]{0,60}\$_(POST|GET|REQUEST|COOKIE)/
        $fe = /foreach\s*\(\s*\$_(POST|GET|REQUEST|COOKIE|SERVER)\s+as\s+(\$\w{1,20}\s*=>\s*)?\$\w{1,20}\s*\)\s*\{?\s*(if\s*\([^)\n]{0,60}\)\s*\{?\s*)?@?(eval|assert|system|passthru|shell_exec)\s*\(\s*\$\w{1,20}\s*\)/
        $aw = /(array_walk|array_map|array_filter)\s*\(\s*(\$_(POST|GET|REQUEST|COOKIE)|\$\w{1,20})\s*,\s*function\s*\(\s*\$\w{1,20}[^)\n]{0,20}\)\s*\{\s*(return\s+)?@?(eval|assert|system|passthru|shell_exec)\s*\(\s*\$\w{1,20}\s*\)/
        $whole = /\$\w{1,20}\s*=\s*\$_(POST|GET|REQUEST|COOKIE)\s*;|(array_walk|array_map|array_filter)\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\s*,/
        $elcall = /=\s*\$_(GET|POST|REQUEST|COOKIE)\s*;([^;]{0,100};){0,4}[^;]{0,60}\$\w{1,20}\s*\(\s*\$\w{1,20}\s*\[\s*['"]\w{1,20}['"]\s*\]\s*\)/
        $ael = /\$\w{1,20}\s*=\s*@?(current|reset|end|array_pop|array_shift)\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\s*\)\s*;[^;]{0,60}(eval|assert)\s*\(\s*\$\w{1,20}\s*\)/
        $dk = /array_map\s*\(\s*['"](base64_decode|str_rot13|strrev|hex2bin)['"]\s*,\s*array_keys\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\s*\)/
        $ext = /extract\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\s*\)\s*;\s*@?((die|exit|echo|print)\s*\(?\s*)?@?\$\w{1,20}\s*\(\s*@?\$\w{1,20}\s*\)/
    condition:
        (filesize < 2KB and ($a or $b or $e)) or
        (filesize < 4MB and ($fe or $ext or $elcall or $ael or ($aw and $whole) or $dk))
}

rule SPAMGEAR_FAMILY_Weevely
{
    meta:
        score = 100
        family = "weevely"
        description = "Weevely-style agent: marker-fenced input, XOR loop and gz compression"
    strings:
        $in = /php:\/\/input|\$_COOKIE|\$_SERVER\s*\[\s*['"]HTTP_(ACCEPT_LANGUAGE|REFERER)/
        $pm = /preg_match(_all)?\s*\(/
        $gz = /gz(un)?compress|gzdeflate|gzinflate/
        $b64 = /base64_(en|de)code/
        $xor1 = "}^$"
        $xor2 = "} ^ $"
        $xor3 = "]^$"
        $xor4 = "] ^ $"
        $ob = /ob_start|ob_get_contents|ob_get_clean|ob_end_clean/
        $sr = /str_replace\s*\(\s*['"][^'"\n]{1,8}['"]\s*,\s*['"]['"]\s*,/
        $cf1 = "create_function" nocase
        $cf2 = "('',$"
        $cf3 = "(\"\",$"
        $cf4 = "('', $"
        $jn = /(','',\s?'|', '', '|","",\s?"|", "", ")(b[^'"\n]{0,4}a[^'"\n]{0,4}s[^'"\n]{0,4}e[^'"\n]{0,4}6[^'"\n]{0,4}4[^'"\n]{0,4}_[^'"\n]{0,4}d[^'"\n]{0,4}e[^'"\n]{0,4}c[^'"\n]{0,4}o[^'"\n]{0,4}d[^'"\n]{0,4}e|c[^'"\n]{0,4}r[^'"\n]{0,4}e[^'"\n]{0,4}a[^'"\n]{0,4}t[^'"\n]{0,4}e[^'"\n]{0,4}_[^'"\n]{0,4}f[^'"\n]{0,4}u[^'"\n]{0,4}n[^'"\n]{0,4}c[^'"\n]{0,4}t[^'"\n]{0,4}i[^'"\n]{0,4}o[^'"\n]{0,4}n|a[^'"\n]{0,4}s[^'"\n]{0,4}s[^'"\n]{0,4}e[^'"\n]{0,4}r[^'"\n]{0,4}t|g[^'"\n]{0,4}z[^'"\n]{0,4}i[^'"\n]{0,4}n[^'"\n]{0,4}f[^'"\n]{0,4}l[^'"\n]{0,4}a[^'"\n]{0,4}t[^'"\n]{0,4}e|g[^'"\n]{0,4}z[^'"\n]{0,4}u[^'"\n]{0,4}n[^'"\n]{0,4}c[^'"\n]{0,4}o[^'"\n]{0,4}m[^'"\n]{0,4}p[^'"\n]{0,4}r[^'"\n]{0,4}e[^'"\n]{0,4}s[^'"\n]{0,4}s|s[^'"\n]{0,4}t[^'"\n]{0,4}r[^'"\n]{0,4}_[^'"\n]{0,4}r[^'"\n]{0,4}o[^'"\n]{0,4}t[^'"\n]{0,4}1[^'"\n]{0,4}3|s[^'"\n]{0,4}h[^'"\n]{0,4}e[^'"\n]{0,4}l[^'"\n]{0,4}l[^'"\n]{0,4}_[^'"\n]{0,4}e[^'"\n]{0,4}x[^'"\n]{0,4}e[^'"\n]{0,4}c|s[^'"\n]{0,4}y[^'"\n]{0,4}s[^'"\n]{0,4}t[^'"\n]{0,4}e[^'"\n]{0,4}m|p[^'"\n]{0,4}a[^'"\n]{0,4}s[^'"\n]{0,4}s[^'"\n]{0,4}t[^'"\n]{0,4}h[^'"\n]{0,4}r[^'"\n]{0,4}u)['"]\s*\)/
        $lam = /\$\w{1,20}(\('',\s?|\("",\s?)@?\$\w{1,20}\s*\(\s*@?\$\w{1,20}\s*\./
        $vnest = /@?\$\w{1,20}\s*\(\s*@?\$\w{1,20}\s*\(\s*(implode|join)\s*\(\s*['"]['"]\s*,\s*\$\w{1,20}\s*\)\s*\)\s*\)/
        $hin = /getallheaders\s*\(|php:\/\/input|\$_SERVER\s*\[\s*['"]HTTP_|\$_COOKIE/
        $lam2 = /\$\w{1,20}(\('',\s?|\("",\s?)@?\$\w{1,20}\s*\(\s*(@?\$\w{1,20}\s*\(\s*)?['"][A-Za-z0-9+\/]{16}/
        $chararr = /array\s*\(\s*(['"]\w['"]\s*,\s*){5,30}['"]\w['"]\s*\)/
        $imp = /implode\s*\(\s*['"]['"]\s*,/
        $noarg = /\$\w{1,20}\(\);/
        $decname = /base64_decode|gzinflate|gzuncompress|str_rot13|create_function/
        $xev = /\^\s*[\w$\[\]'"]{1,30}\s*\)*\s*;([^;]{0,100};){0,2}[^;]{0,40}[^\w>:$.]eval\s*\(\s*\$\w{1,20}\s*\)/
    condition:
        (filesize < 30KB and (($in and $pm and $gz and $b64 and any of ($xor*) and $ob) or (#sr >= 3 and any of ($cf*)))) or
        (filesize < 4MB and (#jn >= 2 or ($jn and ($lam or $vnest)))) or
        (filesize < 4MB and $xev and $hin and $b64) or
        (filesize < 4MB and $lam2 and $noarg and ($decname or ($chararr and $imp)))
}

rule SPAMGEAR_FAMILY_P0wny
{
    meta:
        score = 100
        family = "p0wny"
        description = "p0wny-style shell: feature* JSON API (shell/pwd/hint/upload/download) with command execution"
    strings:
        $f = /function\s+feature(Shell|Pwd|Hint|Download|Upload)\s*\(/
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(/ nocase
        $php = "<?"
        $gcwd1 = /['"](cwd|pwd|dir|wd|path|curdir)['"]\s*=>\s*(base64_encode\s*\(\s*|realpath\s*\(\s*)?getcwd\s*\(\s*\)/
        $gcwd2 = /\[\s*['"](cwd|pwd|dir|wd|path|curdir)['"]\s*\]\s*=\s*(base64_encode\s*\(\s*|realpath\s*\(\s*)?getcwd\s*\(\s*\)/
        $cd = /[^\w>:$.]chdir\s*\(\s*(\$_(POST|GET|REQUEST)\s*\[|\$\w{1,20}\s*\[\s*['"](cwd|pwd|dir|wd|path|curdir)['"]\s*\]|\$(cwd|pwd|dir|wd|path|curdir)\s*\))/
        $json = "json_encode("
        $in = /\$_(POST|GET|REQUEST)\s*\[|php:\/\/input/
    condition:
        (filesize < 1MB and #f >= 2 and $sink) or
        ($php and filesize < 2MB and $sink and any of ($gcwd*) and $cd and $json and $in)
}

rule SPAMGEAR_FAMILY_Alfa
{
    meta:
        score = 100
        family = "alfa"
        description = "alfa-team shell: alfa* helper API and GLOBALS-held shell code"
    strings:
        $f = /function\s+(alfa|__alfa)\w{2,30}\s*\(/
        $g = /__ALFA_\w{2,30}/
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open|eval)\s*\(/ nocase
        $g2 = /\$GLOBALS\s*\[\s*['"]__[A-Z]{2,12}_[A-Z_]{2,20}['"]\s*\]\s*=\s*['"][A-Za-z0-9+\/]{8,400}={0,2}['"]/
        $probe = /php_uname|posix_getpwuid|disable_functions|is_writable\s*\(/
    condition:
        (filesize < 8MB and (#f >= 3 or #g >= 2) and ($sink or #g >= 2)) or
        (filesize < 8MB and #g2 >= 2 and $sink and $probe)
}

rule SPAMGEAR_FAMILY_ExecFallbackChain
{
    meta:
        score = 80
        family = "generic_shell"
        description = "command runner that tries system/exec/passthru/shell_exec/popen in turn"
    strings:
        $fe1 = /(function_exists|is_callable)\s*\(\s*['"](system|passthru|shell_exec|exec|popen|proc_open)['"]\s*\)/
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?\s*\$/ nocase
    condition:
        filesize < 4MB and #fe1 >= 3 and #sink >= 3
}

rule SPAMGEAR_FAMILY_ExecFallbackSmall
{
    meta:
        score = 100
        family = "generic_shell"
        description = "small command runner that tries system/exec/passthru/shell_exec/popen in turn"
    strings:
        $fe1 = /(function_exists|is_callable)\s*\(\s*['"](system|passthru|shell_exec|exec|popen|proc_open)['"]\s*\)/
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?\s*\$/ nocase
    condition:
        filesize < 20KB and #fe1 >= 3 and #sink >= 3
}

rule SPAMGEAR_FAMILY_B374kModule
{
    meta:
        score = 100
        family = "b374k"
        description = "b374k module/resource file: GLOBALS['module'|'resources'] registry with tab hooks"
    strings:
        $m = /\$GLOBALS\s*\[\s*['"](module|resources)['"]\s*\]\s*\[/
        $tab = /\[\s*['"](js_ontabselected|content|title|id)['"]\s*\]\s*=/
        $hook = "js_ontabselected"
    condition:
        filesize < 2MB and #m >= 3 and #tab >= 3 and $hook
}

rule SPAMGEAR_FAMILY_ExecFallbackOfInput
{
    meta:
        score = 100
        family = "generic_shell"
        description = "command runner that tries system/exec/passthru/shell_exec/popen in turn, in a script that reads a command-named request field (any file size)"
    strings:
        $fe1 = /(function_exists|is_callable)\s*\(\s*['"](system|passthru|shell_exec|exec|popen|proc_open)['"]\s*\)/
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?\s*\$/ nocase
        $in = /\$_(POST|GET|REQUEST|COOKIE|SERVER)\s*\[\s*['"](cmd|cmnd|command|komut|comando|commande|exec|execute|shell|run|c|x|e|cm|ex|z0|HTTP_CMD|HTTP_X_CMD)['"]\s*\]/ nocase
        $php = "<?"
    condition:
        $php and filesize < 4MB and #fe1 >= 3 and #sink >= 3 and $in
}

rule SPAMGEAR_FAMILY_Laudanum
{
    meta:
        score = 100
        family = "laudanum"
        description = "Laudanum injectable (shell, proxy, DNS, file browser, WordPress wrapper): project banner AND its client-IP gate, ipcheck include or WP wrapper class"
    strings:
        $php = "<?"
        $ban1 = "laudanum.secureideas.net"
        $ban2 = "Laudanum Project"
        $gate1 = /\$allowedIPs\s*=\s*array\s*\(/
        $gate2 = /(include|require)(_once)?\s*\(?\s*['"]([\w\/]{0,40}\/)?ipcheck\.php['"]/
        $gate3 = /header\s*\(\s*['"]HTTP\/1\.[01]\s+404\s+Not\s+Found['"]/
        $gate4 = /\$_SERVER\s*\[\s*['"]REMOTE_ADDR['"]\s*\]\s*==\s*\$\w{1,20}/
        $wp = /class\s+WP_Laudanum\b|Plugin\s+Name:\s*Laudanum/
    condition:
        $php and filesize < 1MB and any of ($ban*) and ($gate2 or $wp or ($gate1 and ($gate3 or $gate4)))
}

rule SPAMGEAR_FAMILY_VarDecoderWrappedKit
{
    meta:
        score = 100
        family = "wrapped_kit"
        description = "a kit wrapped in one encoder layer whose decoders are called through variables ($z($d('<long blob>'))) and the result is eval-ed, or a variable decoded through two decoders and eval-ed in the next statement (issue 4l)"
    strings:
        $php = "<?"
        $nest = /(eval\(|= |=)\$\w{1,20}\(\$\w{1,20}\(['"][A-Za-z0-9+\/=]{300}/
        $ev1 = /[^\w>:$.](eval|assert)\s*\(\s*\$\w{1,20}\s*\)/
        $ev2 = /[^\w>:$.](eval|assert)\s*\(\s*@?\$\w{1,20}\s*\(\s*@?\$\w{1,20}\s*\(/
        $ev3 = /[^\w>:$.]eval\s*\(\s*['"]\?>['"]\s*\.\s*\$\w{1,20}\s*(\(|\))/
        $dv = /=\s*@?(gzinflate|gzuncompress|gzdecode|str_rot13|strrev)\s*\(\s*@?(base64_decode|str_rot13|gzinflate|gzuncompress|strrev|hex2bin)\s*\(\s*\$\w{1,20}\s*\)\s*\)\s*;\s*@?(eval|assert)\s*\(\s*\$\w{1,20}\s*\)/
    condition:
        $php and filesize < 4MB and (($nest and any of ($ev*)) or $dv)
}

rule SPAMGEAR_FAMILY_DecodedBlobTempInclude
{
    meta:
        score = 100
        family = "wrapped_kit"
        description = "a decoded blob written to a temp/stream file that is included at once (kit wrapped in one encoder layer without eval, issue 4l)"
    strings:
        $php = "<?"
        $w = /(fwrite|fputs|file_put_contents)\s*\([^;\n]{0,60}(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|hex2bin)\s*\(/
        $inc = /(include|require)(_once)?\s*\(?\s*stream_get_meta_data\s*\(/
    condition:
        $php and filesize < 4MB and $w and $inc
}

rule SPAMGEAR_FAMILY_ExecFallbackList
{
    meta:
        score = 100
        family = "generic_shell"
        description = "command runner that walks a list of sink names ('system','exec','shell_exec','passthru'...), checks each with function_exists/is_callable and calls the name held in a variable within the next statements, in a small script with request input (issue 4l)"
    strings:
        $php = "<?"
        $lst1 = /(array\s*\(|\[)\s*['"](system|exec|shell_exec|passthru|popen|proc_open)['"]\s*,\s*['"](system|exec|shell_exec|passthru|popen|proc_open)['"]\s*,\s*['"](system|exec|shell_exec|passthru|popen|proc_open)['"]/
        $lst2 = /['"](system|exec|shell_exec|passthru|popen|proc_open)\s*,\s*(system|exec|shell_exec|passthru|popen|proc_open)\s*,\s*(system|exec|shell_exec|passthru|popen|proc_open)/
        $chk = /(function_exists|is_callable)\s*\(\s*\$\w{1,20}\s*\)[^;]{0,200}(;[^;]{0,120}){0,3}\$\w{1,20}\s*\(\s*\$\w{1,20}\s*[,)]/
        $in = /\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        $php and filesize < 100KB and any of ($lst*) and $chk and $in
}
