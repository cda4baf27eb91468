/*
 * spamgear: small webshells, one-liners and backdoor fragments (issue 4d).
 *
 * What it catches: the console parts of shell kits (the WSO-style `'action' . $_POST[...]`
 * dispatcher, the "php console" that evals `"?".">$code"`), one-liners that hand request input to
 * eval through an encoder/decoder held in a variable, droppers that write a base64 blob into a
 * Perl/Python/CGI script and run it, host probes that show phpinfo() on a request switch together
 * with uname/safe_mode, and WordPress backdoors that switch off two different security plugins;
 * (issue 4h) mass infectors that glue request-supplied code onto every .php file they walk.
 *
 * Why it is safe: every score-100 rule needs two independent indicators in one file (request input
 * AND a code/shell sink, or a UI/probe structure AND a second probe), a PHP open tag so JS bundles
 * and docs do not hit, and most are limited to small files. Legitimate apps validate an action name
 * before dispatch, never split the closing tag inside eval, and never patch other vendors' security
 * plugin settings. All rules were run against the clean trees (wordpress, mediawiki, phpmyadmin,
 * roundcube, /usr/share/php, dokuwiki, zabbix, icingaweb2, adminer, phpldapadmin, javascript,
 * nginx; every file type) with 0 hits.
 */

rule SPAMGEAR_SHELL_ActionDispatchFromInput
{
    meta:
        score = 100
        family = "shell"
        description = "function name built from 'action' . request input and called (WSO-style console dispatcher)"
    strings:
        $php = "<?"
        $disp = /\b(call_user_func|function_exists)\s*\(\s*['"]action['"]\s*\.\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $stderr = /\$_(POST|GET|REQUEST)\s*\[\s*['"]\w{1,10}['"]\s*\]\s*\.=\s*['"]\s*2>&1/
        $p1 = /\$_(POST|GET|REQUEST)\s*\[\s*['"]p[1-3]['"]\s*\]/
    condition:
        $php and #disp >= 1 and ($stderr or #p1 >= 2 or #disp >= 2)
}

rule SPAMGEAR_SHELL_EvalSplitCloseTag
{
    meta:
        score = 100
        family = "shell"
        description = "eval of a split closing tag plus a code variable (php console of shell kits)"
    strings:
        $php = "<?"
        $ev = /\beval\s*\(\s*["']\?["']\s*\.\s*["']>\s*\$\w{1,30}/
        $wrap = /\$\w{1,30}\s*=\s*["']<\?php\s*(\\n)*\s*\{?\$\w{1,30}\}?/
        $pvars = /\$\{\s*['"]p['"]\s*\.\s*\$\w{1,5}\s*\}/
    condition:
        $php and filesize < 200KB and $ev and ($wrap or $pvars)
}

rule SPAMGEAR_SHELL_CodecOfInputEval
{
    meta:
        score = 100
        family = "shell"
        description = "request input stored in a variable, then eval(codec($var)) in a small file"
    strings:
        $php = "<?"
        $in = /\$\w{1,30}\s*=\s*@?\$_(GET|POST|REQUEST|COOKIE|GP)\s*\[/
        $indec = /\$\w{1,30}\s*=\s*@?(base64_decode|str_rot13|gzinflate|gzuncompress|hex2bin|urldecode|rawurldecode)\s*\(\s*\$_?\w{1,20}\s*\[\s*['"][^'"]{1,20}['"]\s*\]\s*\)/
        $evc = /\b(eval|assert)\s*\(\s*(base64_(en|de)code|str_rot13|gzinflate|gzuncompress|hex2bin|urldecode|rawurldecode|strrev)\s*\(\s*\$\w{1,30}\s*\)\s*\)/
        $evv = /\beval\s*\(\s*\$\w{1,30}\s*\)\s*;/
    condition:
        $php and filesize < 4KB and (($in and $evc) or ($indec and $evv))
}

rule SPAMGEAR_SHELL_ScriptDropperRun
{
    meta:
        score = 100
        family = "shell"
        description = "writes a decoded blob into a .pl/.py/.cgi/.sh file and runs a shell command (back-connect dropper)"
    strings:
        $php = "<?"
        $open = /\b(fopen|file_put_contents)\s*\(\s*["'][\w.\/-]{0,60}\.(pl|py|cgi|sh)["']/
        $dec = /\b(base64_decode|gzinflate|str_rot13|hex2bin)\s*\(/ nocase
        $sink = /\b(system|passthru|shell_exec|exec|popen|proc_open)\s*\(/ nocase
        $tick = /`\s*(perl|python|sh|bash)\s/
    condition:
        $php and filesize < 100KB and $open and $dec and ($sink or $tick)
}

rule SPAMGEAR_SHELL_SwitchedHostProbe
{
    meta:
        score = 100
        family = "shell"
        description = "phpinfo() behind a request switch plus uname and safe_mode echoed (host probe left by a shell kit)"
    strings:
        $php = "<?"
        $sw = /if\s*\(\s*(isset\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,20}\]\s*\)?\s*\)\s*\{?\s*phpinfo\s*\(\s*\)/
        $uname = /\bphp_uname\s*\(/
        $safe = /ini_get\s*\(\s*['"]safe_mode['"]\s*\)/
    condition:
        $php and filesize < 30KB and $sw and $uname and $safe
}

rule SPAMGEAR_SHELL_SecurityPluginKiller
{
    meta:
        score = 100
        family = "backdoor"
        description = "one file disables two different WordPress security plugins (Wordfence tables plus iThemes/Sucuri settings)"
    strings:
        $php = "<?"
        $wf = /(truncate|delete\s+from|update)\s*["']?\s*\.?\s*[\w\s."']{0,30}wf(Issues|Status|Config|Hoover|Scanners)\b/
        $itsec = /update_option\s*\(\s*["'](itsec_\w{1,40}|sucuriscan_\w{1,40})["']/
        $itoff = /\[\s*['"](enabled|notify_admin|email)['"]\s*\]\s*=\s*(FALSE|0|['"]0?['"])/
    condition:
        $php and filesize < 100KB and $wf and $itsec and $itoff
}

rule SPAMGEAR_SHELL_EncodedExecutableDropper
{
    meta:
        score = 100
        family = "shell"
        description = "base64 literal of a #! script or double-encoded ELF, plus a file write and a command sink (back-connect dropper)"
    strings:
        $php = "<?"
        $blob = /['"](IyEv[A-Za-z0-9+\/]{40}|ZjBWTVJnRU[A-Za-z0-9+\/]{40})/
        $write = /\b(fopen|fwrite|fputs|file_put_contents)\s*\(/ nocase
        $sink = /\b(system|passthru|shell_exec|exec|popen|proc_open)\s*\(/ nocase
    condition:
        $php and filesize < 300KB and $blob and $write and $sink
}

rule SPAMGEAR_SHELL_SelfAppendFromInput
{
    meta:
        score = 100
        family = "shell"
        description = "request input appended/written into the running PHP file itself (self-injecting page)"
    strings:
        $php = "<?"
        $fo = /\bfopen\s*\(\s*__FILE__\s*,\s*['"][aw]/
        $fpc = /\bfile_put_contents\s*\(\s*__FILE__\s*,/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $w = /\b(fwrite|fputs)\s*\(/ nocase
    condition:
        $php and filesize < 50KB and $in and (($fo and $w) or $fpc)
}

rule SPAMGEAR_SHELL_MysqlUdfEscalation
{
    meta:
        score = 100
        family = "shell"
        description = "MySQL UDF privilege escalation: library written INTO DUMPFILE and loaded with CREATE FUNCTION ... SONAME, driven by request input"
    strings:
        $php = "<?"
        $soname = /\bsoname\s+\\?['"][^'"]{1,60}\.(dll|so)\\?['"]/ nocase
        $dump = /\binto\s+dumpfile\b/ nocase
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        $php and $soname and $dump and $in
}

rule SPAMGEAR_SHELL_WpRemoteContentBackdoor
{
    meta:
        score = 100
        family = "backdoor"
        description = "raw request password compared to a hash literal, then request actions that rewrite WordPress posts"
    strings:
        $php = "<?"
        $gate = /\$_(GET|POST|REQUEST|COOKIE)\s*\[\s*['"]\w{1,20}['"]\s*\]\s*===?\s*['"][0-9a-f]{32}['"]/
        $act = /switch\s*\(\s*\$_(GET|POST|REQUEST)\s*\[/
        $wp = /\$wpdb\s*->\s*(query|get_results|get_row|insert|update)\s*\(/
        $in = /\$_(GET|POST|REQUEST)\s*\[\s*['"]data['"]\s*\]/
    condition:
        $php and filesize < 100KB and $gate and $act and $wp and $in
}

rule SPAMGEAR_SHELL_EvalOfVarVarElement
{
    meta:
        score = 100
        family = "shell"
        description = "eval/assert of ${$name}['key'] - a superglobal reached through a computed variable name"
    strings:
        $php = "<?"
        $ev = /\b(eval|assert)\s*\(\s*(\$\{\s*\$\w{1,30}\s*\}|\$\$\w{1,30})\s*\[/
    condition:
        $php and filesize < 200KB and $ev
}

rule SPAMGEAR_SHELL_TinyShellWrapper
{
    meta:
        score = 100
        family = "shell"
        description = "a whole file of a few lines that prints or captures a shell command held in a variable"
    strings:
        $php = "<?"
        $print = /\b(echo|print)\s*\(?\s*@?(shell_exec|system|passthru|exec)\s*\(\s*\$\w{1,20}\s*\)/ nocase
        $silent = /@(system|passthru|shell_exec|exec)\s*\(\s*\$\w{1,20}\s*\)/
        $ob = /\bob_get_(contents|clean)\s*\(/
        $obs = /\bob_start\s*\(/
    condition:
        $php and filesize < 400 and ($print or ($silent and $ob and $obs))
}

rule SPAMGEAR_SHELL_ForkBomb
{
    meta:
        score = 100
        family = "shell"
        description = "pcntl_fork() in an endless loop (fork bomb)"
    strings:
        $php = "<?"
        $fb = /\b(while\s*\(\s*(1|true)\s*\)|for\s*\(\s*;\s*;\s*\))\s*\{?\s*@?pcntl_fork\s*\(\s*\)\s*;\s*\}?/
    condition:
        $php and $fb
}

rule SPAMGEAR_SHELL_DriveLetterBrowser
{
    meta:
        score = 100
        family = "shell"
        description = "enumerates Windows drive letters and lists directories chosen by request input (shell file browser)"
    strings:
        $php = "<?"
        $range = /\brange\s*\(\s*['"][a-c]['"]\s*,\s*['"]z['"]\s*\)/ nocase
        $drive = /\bis_dir\s*\(\s*\$\w{1,20}\s*\.\s*['"]:(\\\\|\/)?['"]\s*\)/
        $od = /\b(opendir|scandir|readdir)\s*\(/
        $in = /\$_(GET|POST|REQUEST)\s*\[/
    condition:
        $php and filesize < 60KB and $range and $drive and $od and $in
}

rule SPAMGEAR_MAILER_ObfuscatedDirectMx
{
    meta:
        score = 100
        family = "mailer"
        description = "hash-renamed identifiers ($Vxxxxxxxx/Fxxxxxxxx) plus MX lookup and raw SMTP on port 25 (obfuscated direct-to-MX spam mailer)"
    strings:
        $php = "<?"
        $v = /\$V[0-9a-f]{8}\b/
        $f = /\bfunction\s+F[0-9a-f]{8}\s*\(/
        $mx = /(\bgetmxrr\s*\(|-type=MX\b|\bdns_get_record\s*\([^)]{1,40}DNS_MX)/
        $sock = /\bfsockopen\s*\(\s*\$\w{1,20}\s*,\s*25\s*,/
    condition:
        $php and filesize < 200KB and #v > 20 and #f >= 3 and $mx and $sock
}

rule SPAMGEAR_SHELL_TimestompedInfector
{
    meta:
        score = 100
        family = "infector"
        description = "infector: walks directories for .php files, prepends or appends PHP code to their content, writes them back and restores the old mtime with touch()"
    strings:
        $php = /<\?php|<\?=/ nocase
        $stomp = /[^\w>:$]touch\s*\(\s*\$\w{1,30}\s*,\s*(\$\w{1,30}\s*\[\s*['"]?(mtime|9)['"]?\s*\]|@?filemtime\s*\(|@?stat\s*\(|\$\w{0,20}(mtime|time|stamp)\w{0,10}\s*[,)])/
        $pre1 = /['"]<\?php[^'"\n]{0,20}['"]\s*\.[^;\n]{0,160}\.\s*\$\w{1,30}\s*;/
        $pre2 = /=\s*\$\w{1,30}\s*\.\s*['"][^'"\n]{0,10}<\?php[^;\n]{0,160};/
        $walk = /[^\w>:$](opendir|readdir|scandir|glob)\s*\(|RecursiveDirectoryIterator/
        $ext = /['"]\.php['"]|\\\.php\b|\*\.php/
        $read = /[^\w>:$](file_get_contents|fread)\s*\(/
        $write = /[^\w>:$](file_put_contents|fwrite|fputs)\s*\(/ nocase
    condition:
        $php and filesize < 500KB and $stomp and ($pre1 or $pre2) and $walk and $ext and $read and $write
}

rule SPAMGEAR_SHELL_InputDrivenInfector
{
    meta:
        score = 100
        family = "infector"
        description = "mass infector: walks .php files, reads each and writes it back with request-supplied code glued in front or behind"
    strings:
        $php = "<?"
        $walk = /glob\s*\([^;]{0,80}\*\.php['"]|\.php['"]\s*\)\s*[!=]==?|pathinfo\s*\([^;]{0,60}\)\s*[!=]==?\s*['"]php['"]|RecursiveDirectoryIterator/
        $rd = /file_get_contents\s*\(\s*\$\w{1,30}\s*\)/
        $wr = /file_put_contents\s*\(\s*\$\w{1,30}\s*,\s*\$\w{1,30}\s*\.\s*\$\w{1,30}\s*\)|fwrite\s*\(\s*\$\w{1,30}\s*,\s*\$\w{1,30}\s*\.\s*\$\w{1,30}\s*\)/
        $in = /\$\w{1,30}\s*=\s*(stripslashes\s*\(\s*|base64_decode\s*\(\s*)?\$_(POST|GET|REQUEST)\s*\[/
        $loop = /foreach\s*\(|while\s*\(/
    condition:
        $php and filesize < 200KB and $walk and $rd and $wr and $in and $loop
}
