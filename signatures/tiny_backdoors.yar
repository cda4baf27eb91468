/*
 * tiny_backdoors.yar - family "backdoor": planted one-liners and droppers that move request
 * input (or a hidden payload) into a sink through an indirection the input_to_sink rules do not
 * spell out: the whole superglobal copied into a variable and its elements used as both the path
 * and the body of a file write; a file written from two request-filled variables; a sink name
 * stored as its exact base64 text and decoded through a function held in a variable; an include
 * path or a fetch location hidden in pack('H*')/hex2bin/base64; request input written to a file
 * that the same script then includes; a string assembled by three or more `.=` appends and then
 * evaluated; sendmail's -X traffic-log option (the mail() log-file webshell drop); and a tiny file
 * whose only job is to print a site's database configuration or /etc/passwd.
 *
 * Why it is safe: each rule needs a PHP open tag and a combination that application code does not
 * write: a copied superglobal AND a write whose path and body are both array elements; two raw
 * request assignments AND an unguarded write of two plain variables in a file under 1 KB; an
 * exact base64 sink name passed to a variable function; a decoder inside include()/eval(); etc.
 * The looser shapes are limited to small files (under 1-3 KB), the size of a planted script, in
 * which a real application never keeps such a pairing.  Checked against the default and extra
 * clean Debian trees (WordPress, MediaWiki, phpMyAdmin, Roundcube, /usr/share/php, DokuWiki,
 * Zabbix, Icinga Web 2, Adminer, phpLDAPadmin, PostfixAdmin, Tiny Tiny RSS) with 0 hits.
 */

rule SPAMGEAR_TINY_AliasedInputFileWrite
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that copies a whole superglobal into a variable and writes a file whose path and body are both elements of such copies ($r=$_REQUEST; file_put_contents($r['f'],$r['d']))"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $alias = /=\s{0,3}&?\s{0,3}(\$_(GET|POST|REQUEST|COOKIE)|\$GLOBALS\s{0,3}\[\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]\s{0,3}\])\s{0,3};/
        $fpc = /file_put_contents\s{0,3}\(\s{0,3}@?\$\w{1,20}\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,20}\s{0,3}\[/
        $fop = /fopen\s{0,3}\(\s{0,3}@?\$\w{1,20}\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}['"][wax]/
        $fwr = /(fwrite|fputs)\s{0,3}\([^;\n]{1,60},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,20}\s{0,3}\[/
    condition:
        filesize < 3KB and $php and $alias and ($fpc or ($fop and $fwr))
}

rule SPAMGEAR_TINY_InputVarsPathAndBodyWrite
{
    meta:
        score = 100
        family = "backdoor"
        description = "file under 1 KB that fills two or more variables from raw request input and writes a file whose path and body are plain variables, with no path check"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $as = /=\s{0,3}@?((trim|base64_decode|stripslashes|urldecode|rawurldecode|str_rot13|hex2bin)\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)?\s{0,3};/
        $fpc = /file_put_contents\s{0,3}\(\s{0,3}@?\$\w{1,20}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,20}\s{0,3}\)/
        $fop = /fopen\s{0,3}\(\s{0,3}@?\$\w{1,20}\s{0,3},\s{0,3}['"][wx]/
        $fwr = /(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,20}\s{0,3}\)/
        $g0 = "basename("
        $g1 = "realpath("
        $g2 = "preg_match("
        $g3 = "in_array("
        $g4 = "pathinfo("
        $g5 = "is_writable("
        $g6 = "file_exists("
        $g7 = "array_key_exists("
        $g8 = "FILE_APPEND"
        $g9 = "session_start("
        $g10 = "wp_verify_nonce("
        $g11 = "current_user_can("
        $g12 = "htmlspecialchars("
        // The path is a variable with a fixed data extension ("drafts/$id.txt"): no PHP file comes of it.
        $g13 = /(["'][^"'\n;]{0,60}\$\w{1,30}\}?|\$\w{1,30}\s{0,3}\.\s{0,3}['"])\.(txt|json|log|csv|xml|md|dat)['"]\s{0,3};/
        $fixed = /=\s{0,3}['"][^'"\n$]{1,80}\.(txt|log|csv|json|dat|xml|html?)['"]\s{0,3};/
    condition:
        filesize < 1KB and $php and #as >= 2 and ($fpc or ($fop and $fwr)) and not any of ($g*) and not $fixed
}

rule SPAMGEAR_TINY_Base64SinkNameCall
{
    meta:
        score = 100
        family = "backdoor"
        description = "a function held in a variable applied to the exact base64 text of a code/shell sink name ($b('YXNzZXJ0') = assert)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $call = /\$\w{1,30}\s{0,3}\(\s{0,3}['"](YXNzZXJ0|ZXZhbA|c3lzdGVt|cGFzc3RocnU|c2hlbGxfZXhlYw|Y3JlYXRlX2Z1bmN0aW9u|cHJvY19vcGVu|cG9wZW4|cGNudGxfZXhlYw|ZXhlYw|cHJlZ19yZXBsYWNl|Y2FsbF91c2VyX2Z1bmM)={0,2}['"]\s{0,3}\)/
    condition:
        filesize < 1MB and $php and $call
}

rule SPAMGEAR_TINY_HiddenPathLoad
{
    meta:
        score = 100
        family = "backdoor"
        description = "include/require of a path, or eval of a file/URL, whose location is hidden in pack('H*')/hex2bin/base64/rot13/strrev"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $inc = /(include|require)(_once)?\s{0,3}\(?\s{0,3}@?\s{0,3}(pack\s{0,3}\(\s{0,3}['"]H\*?['"]|hex2bin\s{0,3}\(|base64_decode\s{0,3}\(|str_rot13\s{0,3}\(|strrev\s{0,3}\(|gzinflate\s{0,3}\(|convert_uudecode\s{0,3}\()/
        $ev = /(eval|assert)\s{0,3}\(\s{0,3}@?\s{0,3}(file_get_contents|implode\s{0,3}\(\s{0,3}['"]{2}\s{0,3},\s{0,3}@?file|join\s{0,3}\(\s{0,3}['"]{2}\s{0,3},\s{0,3}@?file)\s{0,3}\(\s{0,3}@?(pack\s{0,3}\(\s{0,3}['"]H|hex2bin\s{0,3}\(|base64_decode\s{0,3}\(|str_rot13\s{0,3}\(|strrev\s{0,3}\(|urldecode\s{0,3}\(|rawurldecode\s{0,3}\()/
    condition:
        filesize < 1MB and $php and ($inc or $ev)
}

rule SPAMGEAR_TINY_WrittenInputIncluded
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that writes raw or decoded request input to a file (directly or through a variable) and includes a file (stage-two code through the file system)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $wr = /(file_put_contents|fwrite|fputs)\s{0,3}\([^;\n]{0,80},\s{0,3}@?((base64_decode|gzinflate|gzuncompress|str_rot13|urldecode|rawurldecode|stripslashes|hex2bin)\s{0,3}\(\s{0,3}){0,2}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $dec = /\$\w{1,30}\s{0,3}=\s{0,3}@?(base64_decode|gzinflate|gzuncompress|str_rot13|urldecode|rawurldecode|hex2bin)\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
        $wrv = /(file_put_contents|fwrite|fputs)\s{0,3}\([^;\n]{0,80},\s{0,3}\$\w{1,30}\s{0,3}[,)]/
        $inc = /[^\w>:$](include|require)(_once)?\s{0,3}\(?\s{0,3}@?(\$\w{1,30}|['"][^'"\n]{1,80}['"])\s{0,3}\)?\s{0,3};/
    condition:
        // Stage two is included AFTER the write; an editor that requires its auth/config file at the
        // top and then saves a template is no dropper.
        filesize < 2KB and $php and $inc and (
            for any j in (1..#wr) : (for any i in (1..#inc) : (@inc[i] > @wr[j])) or
            ($dec and for any j in (1..#wrv) : (for any i in (1..#inc) : (@inc[i] > @wrv[j])))
        )
}

rule SPAMGEAR_TINY_AppendedPiecesEval
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that assembles a string from three or more `.=` literal appends and evaluates a variable (eval/assert, possibly through a decoder)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $p1 = ".='"
        $p2 = ".= '"
        $p3 = ".=\""
        $p4 = ".= \""
        $ev = /[^\w>:$](eval|assert)\s{0,3}\(\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,3}\$\w{1,20}\s{0,3}\)/
    condition:
        filesize < 3KB and $php and (#p1 + #p2 + #p3 + #p4) >= 3 and $ev
}

rule SPAMGEAR_TINY_SendmailLogOption
{
    meta:
        score = 100
        family = "backdoor"
        description = "mail() given sendmail's -X traffic-log option with a path (writes the message, i.e. PHP code, into a file)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $x = /['"]\s{0,3}(-f\s{0,2}\S{1,60}\s{1,3})?(-O\s{0,2}QueueDirectory=\S{1,60}\s{1,3})?-X\s{0,3}[\/.$]/
        $mail = /[^\w>:$](mail|mb_send_mail)\s{0,3}\(/
    condition:
        filesize < 50KB and $php and $x and $mail
}

rule SPAMGEAR_TINY_SecretFileDump
{
    meta:
        score = 100
        family = "backdoor"
        description = "tiny file whose job is to print another site's database config or /etc/passwd"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $s1 = "wp-config.php"
        $s2 = "configuration.php"
        $s3 = "config.php"
        $s4 = "config.inc.php"
        $s5 = "database.php"
        $s6 = "settings.php"
        $s7 = "/etc/passwd"
        $s8 = "/etc/shadow"
        $s9 = "config_global.php"
        $s10 = "cfg_database.php"
        $e1 = "echo file_get_contents("
        $e2 = "echo @file_get_contents("
        $e3 = "echo(file_get_contents("
        $e4 = "print file_get_contents("
        $e5 = "print(file_get_contents("
        $e6 = "readfile("
        $e7 = "show_source("
        $e8 = "highlight_file("
        $e9 = "echo file_get_contents ("
    condition:
        filesize < 400 and $php and any of ($s*) and any of ($e*)
}

rule SPAMGEAR_TINY_EvalOfSinkCallString
{
    meta:
        score = 100
        family = "backdoor"
        description = "eval/assert of a string that opens another sink call and splices variables into it (eval('eval(' . $a . $b . ');'))"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $a = /[^\w>:$](eval|assert)\s{0,3}\(\s{0,3}['"]\s{0,3}@?(eval|assert|system|passthru|shell_exec|exec|popen|base64_decode|gzinflate|str_rot13)\s{0,3}\(\s{0,3}['"]\s{0,3}\.\s{0,3}\$\w{1,30}/
    condition:
        filesize < 1MB and $php and $a
}

rule SPAMGEAR_TINY_InputNamedInputWrite
{
    meta:
        score = 100
        family = "backdoor"
        description = "file_put_contents whose path expression contains raw request input (after a directory prefix) and whose body is raw or decoded request input, in a small script"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $a = /file_put_contents\s{0,3}\(\s{0,3}@?[^,;\n]{0,60}\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)?\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}(\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[|file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input)/
        $safe = /file_put_contents\s{0,3}\(\s{0,3}[^,;\n]{0,60}(basename|intval|preg_replace|md5|sha1|uniqid)\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST|COOKIE)/
    condition:
        filesize < 10KB and $php and #a > #safe
}

rule SPAMGEAR_TINY_IniPrependWriter
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that writes a .user.ini/.htaccess auto_prepend_file/auto_append_file directive (every page of the site then loads the attacker's file)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $ini = /(\.user\.ini|\.htaccess|php\.ini)['"]/
        $dir = /auto_(prepend|append)_file/
        $wr = /(file_put_contents|fwrite|fputs)\s{0,3}\(/
    condition:
        filesize < 2KB and $php and $ini and $dir and $wr
}

rule SPAMGEAR_TINY_InputFileEditor
{
    meta:
        score = 100
        family = "backdoor"
        description = "small file editor: reads and rewrites a file whose path and new content are request fields, with no path check"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $as = /=\s{0,3}@?((trim|stripslashes|urldecode|base64_decode)\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)?\s{0,3};/
        $read = /(file_get_contents|readfile|highlight_file|show_source)\s{0,3}\(\s{0,3}@?\$\w{1,30}\s{0,3}\)/
        $fpc = /file_put_contents\s{0,3}\(\s{0,3}@?\$\w{1,20}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,20}\s{0,3}\)/
        $fop = /fopen\s{0,3}\(\s{0,3}@?\$\w{1,20}\s{0,3},\s{0,3}['"][wx]/
        $fwr = /(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3},\s{0,3}@?(\w{1,20}\s{0,3}\(\s{0,3}){0,2}\$\w{1,20}\s{0,3}\)/
        $ta = "<textarea"
        $g0 = "basename("
        $g1 = "realpath("
        $g2 = "preg_match("
        $g3 = "in_array("
        $g4 = "array_key_exists("
        $g5 = "wp_verify_nonce("
        $g6 = "current_user_can("
        $g7 = "check_admin_referer("
        $g8 = "csrf"
    condition:
        filesize < 5KB and $php and #as >= 2 and $read and ($fpc or ($fop and $fwr)) and $ta and not any of ($g*)
}

rule SPAMGEAR_TINY_EvalOfFileContents
{
    meta:
        score = 100
        family = "backdoor"
        description = "web script under 400 bytes that evaluates the contents of another file or stream (the payload lives beside it under an innocent name)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $a = /[^\w>:$](eval|assert)\s{0,3}\(\s{0,3}@?\s{0,3}(file_get_contents|fread|stream_get_contents|implode\s{0,3}\(\s{0,3}['"]{2}\s{0,3},\s{0,3}@?file|join\s{0,3}\(\s{0,3}['"]{2}\s{0,3},\s{0,3}@?file)\s{0,3}\(/
    condition:
        filesize < 400 and $php and $a and not (uint16(0) == 0x2123)
}

rule SPAMGEAR_TINY_IncludeOfNonCodeFile
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that includes a file named like an image, icon, font or text file (PHP hidden in a non-code file)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $img = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}[^;\n]{0,120}\.(ico|png|jpe?g|gif|bmp|svg|ttf|woff2?|eot|otf|mp3|zip|dat|tmp|swp|bak|log)['"]\s{0,3}\)?\s{0,3};/
        $txt = /[^\w>:$](include|require)(_once)?\s{0,3}\(?\s{0,3}@?\s{0,3}['"][^'"\n]{0,120}\.txt['"]/
    condition:
        $php and ((filesize < 2KB and $img) or (filesize < 200 and $txt))
}

rule SPAMGEAR_TINY_YamlCallbackSink
{
    meta:
        score = 100
        family = "backdoor"
        description = "yaml_parse with a tag callback mapped to a code sink (preg_replace /e, assert, system, ...)"
    strings:
        $a = /yaml_parse(_file|_url)?\s{0,3}\([^;]{0,300}=>\s{0,3}['"](preg_replace|assert|system|eval|exec|passthru|shell_exec|create_function|call_user_func|popen|proc_open)['"]/
    condition:
        filesize < 1MB and $a
}

rule SPAMGEAR_TINY_BuiltVarVarCall
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that calls a variable-variable (${$a}(...)) and names a variable by gluing variables (${$p.$o.$s.$t}), hiding both the function and the superglobal"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $call = /\$\{\s{0,3}\$\w{1,30}\s{0,3}\}\s{0,3}\(/
        $built = /\$\{\s{0,3}\$\w{1,30}\s{0,3}\.\s{0,3}\$\w{1,30}/
    condition:
        filesize < 5KB and $php and $call and $built
}

rule SPAMGEAR_TINY_RemotePhpSavedByName
{
    meta:
        score = 100
        family = "backdoor"
        description = "small dropper that downloads a remote .php/.txt URL and saves it under the URL's own file name"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $h1 = "http://"
        $h2 = "https://"
        $x1 = ".php\")"
        $x2 = ".php')"
        $x3 = ".txt\")"
        $x4 = ".txt')"
        $x5 = ".php\";"
        $x6 = ".php';"
        $bn = /(pathinfo\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}PATHINFO_BASENAME|basename\s{0,3}\(\s{0,3}\$url)/
        $get1 = "curl_exec("
        $get2 = "file_get_contents("
        $w1 = "file_put_contents("
        $w2 = "fwrite("
        $w3 = "copy("
    condition:
        filesize < 3KB and $php and any of ($h*) and any of ($x*) and $bn and (any of ($get*) or $w3) and any of ($w*)
}

rule SPAMGEAR_TINY_AliasedInputCall
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that copies a whole superglobal into a variable and, within a few lines, calls a variable (or an element) with an element of such a copy as the argument ($_=$_POST; $__=$_['a']; $__($_['b']))"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $a = /=\s{0,3}&?\s{0,3}(\$_(GET|POST|REQUEST|COOKIE)|\$GLOBALS\s{0,3}\[\s{0,3}['"]_(GET|POST|REQUEST|COOKIE)['"]\s{0,3}\]|get_defined_vars\s{0,3}\(\s{0,3}\))\s{0,3};[^\x00]{0,300}\$\w{1,30}\s{0,3}(\[[^\]\n]{1,40}\]\s{0,3})?\(\s{0,3}@?\$\w{1,30}\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)\s{0,3};/
    condition:
        filesize < 2KB and $php and $a
}

rule SPAMGEAR_TINY_InputVarToPhpFile
{
    meta:
        score = 100
        family = "backdoor"
        description = "file under 1 KB that fills a variable from raw request input and writes a plain variable into a literal .php file (no generated PHP text around it)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $as = /=\s{0,3}@?((trim|base64_decode|stripslashes|urldecode|rawurldecode|str_rot13|hex2bin|gzinflate)\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)?\s{0,3};/
        $fpc = /file_put_contents\s{0,3}\(\s{0,3}['"][^'"\n]{1,80}\.(php\d?|phtml|inc)['"]\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}[,)]/
        $fop = /fopen\s{0,3}\(\s{0,3}['"][^'"\n]{1,80}\.(php\d?|phtml|inc)['"]\s{0,3},\s{0,3}['"][wax]/
        $fwr = /(fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
        $gen = /['"]<\?(php|=)/
    condition:
        filesize < 1KB and $php and $as and ($fpc or ($fop and $fwr)) and not $gen
}

rule SPAMGEAR_TINY_WpAdminCreate
{
    meta:
        score = 100
        family = "backdoor"
        description = "small stand-alone script that creates a WordPress user and gives it the administrator role, with no capability or nonce check"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $create = /(wp_create_user|wp_insert_user)\s{0,3}\(/
        $admin = /(set_role\s{0,3}\(\s{0,3}['"]administrator['"]|['"]role['"]\s{0,3}=>\s{0,3}['"]administrator['"]|add_role\s{0,3}\(\s{0,3}['"]administrator['"])/
        $guard = /(current_user_can|wp_verify_nonce|check_admin_referer|check_ajax_referer|is_super_admin|WP_CLI|defined\s{0,3}\(\s{0,3}['"]WP_INSTALLING)/
    condition:
        filesize < 5KB and $php and $create and $admin and not $guard
}

rule SPAMGEAR_TINY_RawSqlConsole
{
    meta:
        score = 100
        family = "backdoor"
        description = "small script that runs a request field as the whole SQL query (a database console using the site's stored credentials)"
    strings:
        $php = /<\?(php|=|\s)/ nocase
        $q = /(mysql_query|mysqli_query|pg_query|sqlite_query|mssql_query|->\s{0,3}(query|exec))\s{0,3}\(\s{0,3}(\$\w{1,30}\s{0,3},\s{0,3})?@?(stripslashes\s{0,3}\(\s{0,3}|base64_decode\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
    condition:
        filesize < 5KB and $php and $q
}
