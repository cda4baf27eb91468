/*
 * loaders.yar - obfuscated loaders and decoders that stage their payload through renamed
 * builtins or a home-made cipher before evaluating it.
 *
 * Catches: builtins parked in variables named after themselves ($eval = 'eval';
 * $gzuncompress = 'gzuncompress'; ...) so that no "eval(gzuncompress(" text appears,
 * character-shift ciphers (chr(ord($s[$i]) + N)) whose output is evaluated straight from a
 * call with a string literal, and sink/decoder names written with blanks in them that are
 * stripped at run time (preg_filter('/\s+/', '', 'base 64 _ deco de')).
 *
 * Why it is safe: each rule needs two independent indicators - a hidden decoder or sink name
 * AND a dynamic call or eval of the result - plus a PHP open tag, so JavaScript bundles and
 * docs never match.  Ordinary libraries call builtins by name; they do not alias a decoder and
 * an evaluator to variables of the same name, nor evaluate a deciphered literal.  Every rule is
 * checked against ten clean trees (all file types) with 0 hits >= 100.
 */

rule SPAMGEAR_LOADER_SelfNamedBuiltinVars
{
    meta:
        score = 100
        family = "loader"
        description = "a decoder AND an evaluator stored in variables named after themselves ($gzuncompress = 'gzuncompress'; $eval = 'eval') and called through a variable"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $d1 = /\$base64_decode\s*=\s*['"]base64_decode['"]/
        $d2 = /\$gzuncompress\s*=\s*['"]gzuncompress['"]/
        $d3 = /\$gzinflate\s*=\s*['"]gzinflate['"]/
        $d4 = /\$str_rot13\s*=\s*['"]str_rot13['"]/
        $d5 = /\$gzdecode\s*=\s*['"]gzdecode['"]/
        $d6 = /\$strrev\s*=\s*['"]strrev['"]/
        $s1 = /\$eval\s*=\s*['"]eval['"]/
        $s2 = /\$assert\s*=\s*['"]assert['"]/
        $s3 = /\$preg_replace\s*=\s*['"]preg_replace['"]/
        $s4 = /\$create_function\s*=\s*['"]create_function['"]/
        $s5 = /\$system\s*=\s*['"]system['"]/
        $c = /\$(base64_decode|gzuncompress|gzinflate|gzdecode|str_rot13|strrev|preg_replace|assert|create_function|system)\s*\(/
    condition:
        filesize < 2MB and $php and any of ($d*) and any of ($s*) and $c
}

rule SPAMGEAR_LOADER_ShiftCipherEval
{
    meta:
        score = 100
        family = "loader"
        description = "character-shift or keyed-XOR cipher (.= chr(ord($s[$i]) +/- N), chr(ord($s[$i]) ^ ord($k[..]))) AND eval of a function called on a string literal"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $dec = /\.=\s*chr\s*\(\s*\(?\s*ord\s*\(\s*\$\w{1,40}\[\s*\$\w{1,40}\s*\]\s*\)\s*[-+^]\s*\d{1,3}\s*\)?\s*\)/
        $xor = /\.=\s*chr\s*\(\s*ord\s*\(\s*\$\w{1,40}\[\s*\$\w{1,40}\s*\]\s*\)\s*\^\s*ord\s*\(\s*\$\w{1,40}\[/
        $ev = /\beval\s*\(\s*[A-Za-z_]\w{0,40}\s*\(\s*['"]/
    condition:
        filesize < 2MB and $php and ($dec or $xor) and $ev
}

rule SPAMGEAR_LOADER_SpacedNameStripped
{
    meta:
        score = 100
        family = "loader"
        description = "decoder/sink name written with blanks and stripped at run time (preg_filter('/\\s+/','','base 64 _ deco de')) AND a dynamic call or eval of a variable"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $strip = /\b(preg_filter|preg_replace|str_replace)\s*\(\s*['"][^'"\n]{1,12}['"]\s*,\s*['"]['"]\s*,\s*['"](b\s+a|ba\s+s|bas\s+e|base\s+6|base6\s+4|base64\s*_\s*d\s|base64\s+_|base64_de\s+co|base64_dec\s+o|base64_deco\s+de|a\s+s\s*s|as\s+s|ass\s+e|asse\s+r|asser\s+t|e\s+v\s*a|ev\s+a|eva\s+l|s\s+y\s*s|sy\s+s|sys\s+t|syst\s+e|syste\s+m|g\s*z\s+i|gz\s*in\s+f|gzinf\s+l|str_\s*r\s*o\s+t|create\s+_|cre\s+ate)[a-z0-9_\s]{0,16}['"]/
        $ev = /\beval\s*\(\s*\$\w{1,40}\s*\)/
        $vc = /=\s?\$[a-zA-Z_]\w{0,20}\(\$[a-zA-Z_]\w{0,30}\);/
    condition:
        filesize < 1MB and $php and $strip and ($ev or $vc)
}

rule SPAMGEAR_LOADER_UrlEncodedShellPayload
{
    meta:
        score = 100
        family = "loader"
        description = "URL-encoded PHP payload that runs request input (system(\\$_GET%5b...) %3b): a staged shell being injected into a remote target"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $u = /(system|eval|assert|passthru|shell_exec|exec|popen)\s*\(\s*\\?\$_(GET|POST|REQUEST|COOKIE)%5[bB]%2[27]/
        $semi = /%5[dD]\s*\)\s*%3[bB]/
    condition:
        filesize < 1MB and $php and $u and $semi
}

rule SPAMGEAR_LOADER_RegisterGlobalsSink
{
    meta:
        score = 100
        family = "loader"
        description = "register_globals era shell: a form field named cmd/command/code, the same bare variable unescaped with stripslashes AND passed to a shell/code sink"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $field = /name\s*=\s*\\?['"]?(cmd|command|code|php)\\?['"]?[\s>\/]/
        $self = /\$(cmd|command|code|php)\s*=\s*stripslashes\s*\(\s*\$(cmd|command|code|php)\s*\)/
        $sink = /\b(system|passthru|shell_exec|eval|exec|popen|proc_open)\s*\(\s*\$(cmd|command|code|php)\s*[,)]/
    condition:
        filesize < 500KB and $php and $field and $self and $sink
}

rule SPAMGEAR_LOADER_TernaryInputCommand
{
    meta:
        score = 100
        family = "loader"
        description = "a command variable filled from request input through an isset() ternary AND that variable handed to a process sink (proc_open/system/passthru/shell_exec/popen)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $in = /\$(cmd|command|execute|shellcmd)\s*=\s*isset\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\[\s*['"]\w{1,20}['"]\s*\]\s*\)\s*\?\s*\$_(GET|POST|REQUEST|COOKIE)\[/
        $sink = /\b(proc_open|system|passthru|shell_exec|popen|exec)\s*\(\s*\$(cmd|command|execute|shellcmd)\s*[,)]/
    condition:
        filesize < 1MB and $php and $in and $sink
}

rule SPAMGEAR_LOADER_HeaderDrivenSocketTunnel
{
    meta:
        score = 100
        family = "loader"
        description = "HTTP-to-TCP tunnel steered by custom request headers (X-CMD/X-TARGET/X-PORT, reGeorg style) AND a raw socket connect"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $h1 = /["'](X-CMD|HTTP_X_CMD)["']/
        $h2 = /["'](X-TARGET|HTTP_X_TARGET)["']/
        $h3 = /["'](X-PORT|HTTP_X_PORT)["']/
        $sock = /\b(socket_connect|fsockopen|stream_socket_client)\s*\(/
    condition:
        filesize < 1MB and $php and 2 of ($h*) and $sock
}

rule SPAMGEAR_LOADER_AnonLambdaOfDecodedVar
{
    meta:
        score = 100
        family = "loader"
        description = "create_function shape reached through variables ($f = $g('', $dec($code))) AND the resulting lambda invoked bare ($f();)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $lam = /=\s*\$[A-Za-z_]\w{0,30}\s*\(\s*(''|"")\s*,\s*\$[A-Za-z_]\w{0,30}\s*\(\s*\$[A-Za-z_]\w{0,30}\s*\)\s*\)\s*;/
        $call = /[;}\n]\s{0,8}@?\$[A-Za-z_]\w{0,30}\(\);/
    condition:
        filesize < 2MB and $php and $lam and $call
}

rule SPAMGEAR_LOADER_MysqlUdfDropper
{
    meta:
        score = 100
        family = "loader"
        description = "MySQL UDF privilege escalation: a library written with INTO DUMPFILE AND a CREATE FUNCTION ... SONAME (sys_exec/cmdshell) to run OS commands"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $dump = /into\s+dumpfile/ nocase
        $soname = /create\s+function\s+\w{1,40}\s+returns\s+\w{1,20}\s+soname/ nocase
    condition:
        filesize < 4MB and $php and $dump and $soname
}

rule SPAMGEAR_LOADER_EvalOfReferenceAssign
{
    meta:
        score = 100
        family = "loader"
        description = "eval of a reference assignment (eval($d=&$c)) used to hide the evaluated variable AND a decoder call in the same file"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $ev = /\b(eval|assert)\s*\(\s*\$\w{1,40}\s*=\s*&\s*\$\w{1,40}\s*\)/
        $dec = /\b(base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin|convert_uudecode)\s*\(/
    condition:
        filesize < 2MB and $php and $ev and $dec
}

rule SPAMGEAR_LOADER_CwdTrackingShellExec
{
    meta:
        score = 100
        family = "loader"
        description = "shell sink run as \"cd <dir>; <cmd>\" built from variables (a shell that keeps its own working directory) AND request or session input in the file"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $a = /\b(shell_exec|system|passthru|exec|popen|proc_open)\s*\(\s*["']cd\s*["']?\s*\.\s*\$[^;]{1,60}\.\s*["']\s*(;|&&)\s*["']\s*\.\s*\$/
        $b = /\b(shell_exec|system|passthru|exec|popen|proc_open)\s*\(\s*"cd\s+\{?\$[^"]{1,60}(;|&&)\s*\{?\$/
        $in = /\$_(GET|POST|REQUEST|COOKIE|SESSION)\[/
    condition:
        filesize < 1MB and $php and ($a or $b) and $in
}
