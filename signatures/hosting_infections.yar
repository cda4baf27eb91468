/*
 * spamgear: malware a hosting admin finds in hacked customer accounts (issue 4r, session 5).
 *
 * What it catches: WordPress backdoors that create an administrator with fixed (or decoded)
 * credentials or by raw SQL, re-infectors that write back other files and restore their mtime,
 * copy themselves into hidden spots or install a download-and-run cron job, script-tag injectors
 * that append an external <script> to every file or to every post, home-directory walkers that
 * read /etc/passwd to deface every account, reverse shells built on raw sockets or /dev/tcp,
 * loaders that eval an HTTP body read over a bare socket, copy a request-supplied URL to disk,
 * switch on allow_url_include or include an uploaded temp file or an icon/image file, phishing
 * kits that send posted credentials to a Telegram bot, skimmers that encode posted card fields for
 * a remote host, JSON-driven mail relays, and competitor cleaners (shell-name hunters, miner
 * killers, .htaccess lockers).
 *
 * Why it is safe: every score-100 rule needs two independent indicators close together (the
 * family's pair: a write AND a restored mtime, a socket read AND a shell sink, a Telegram endpoint
 * AND a posted credential field, an administrator role AND a literal password), and a PHP open tag
 * so JS bundles and docs do not hit. Real plugins do call wp_create_user, wp_remote_get, mail(),
 * touch() and fsockopen: they take credentials from input that is checked, never ship a literal
 * password, never restore an old mtime after patching another file, never include a .ico file and
 * never hard-code a Telegram bot token next to a posted password. Near-miss legit code for every
 * rule is in tests/rule_samples_4r_variants.py; the clean trees gate all of them.
 */

rule SPAMGEAR_HOSTINF_WpAdminFixedCreds
{
    meta:
        score = 100
        family = "backdoor"
        description = "WordPress backdoor: creates an administrator with a literal password, a fixed login checked by username_exists, decoded credentials or credentials from custom X- request headers"
    strings:
        $php = "<?"
        $lit = /wp_create_user\s{0,3}\(\s{0,3}(\$\w{1,30}|['"][^'"\n]{3,40}['"])\s{0,3},\s{0,3}['"][^'"\n$]{4,64}['"]/
        $ins = /['"]user_pass['"]\s{0,3}=>\s{0,3}((wp_hash_password|md5)\s{0,3}\(\s{0,3})?['"][^'"\n$]{4,64}['"]/
        $exists = /username_exists\s{0,3}\(\s{0,3}['"][A-Za-z0-9_.@-]{3,40}['"]\s{0,3}\)/
        $hdr = /\$_SERVER\s{0,3}\[\s{0,3}['"]HTTP_X_\w{1,30}['"]\s{0,3}\]/
        $dec = /base64_decode\s{0,3}\(\s{0,3}['"][A-Za-z0-9+\/=]{16,400}['"]/
        $create = /wp_(create|insert)_user\s{0,3}\(/
        $admin = /(set_role\s{0,3}\(\s{0,3}['"]administrator['"]|['"]role['"]\s{0,3}=>\s{0,3}['"]administrator['"]|add_role\s{0,3}\(\s{0,3}['"]administrator['"]|capabilities['"]\s{0,3},\s{0,3}array\s{0,3}\(\s{0,3}['"]administrator['"]\s{0,3}=>\s{0,3}(true|1))/
        $test1 = "WP_UnitTestCase"
        $test2 = "PHPUnit"
        $test3 = "->factory"
    condition:
        $php and filesize < 2MB and $admin and not any of ($test*) and (
            for any i in (1..#lit) : (for any k in (1..#admin) : (@admin[k] > @lit[i] - 400 and @admin[k] < @lit[i] + 400)) or
            for any i in (1..#ins) : (for any k in (1..#admin) : (@admin[k] > @ins[i] - 300 and @admin[k] < @ins[i] + 500)) or
            for any i in (1..#create) : (
                for any k in (1..#admin) : (@admin[k] > @create[i] - 400 and @admin[k] < @create[i] + 400) and (
                    for any j in (1..#exists) : (@exists[j] < @create[i] and @exists[j] > @create[i] - 300) or
                    for any j in (1..#dec) : (@dec[j] < @create[i] and @dec[j] > @create[i] - 400) or
                    for any j in (1..#hdr) : (@hdr[j] > @create[i] - 300 and @hdr[j] < @create[i] + 200)))
        )
}

rule SPAMGEAR_HOSTINF_WpAdminSqlInsert
{
    meta:
        score = 100
        family = "backdoor"
        description = "CMS backdoor: raw SQL inserts a user with an MD5 of a literal password and a WordPress administrator capability or a Joomla group mapping"
    strings:
        $php = "<?"
        $ins = /INSERT\s{1,3}INTO\s[^;\n]{0,60}usermeta/
        $cap = /s:13:\\?"administrator\\?";b:1;/
        $md5 = /(MD5|md5)\s{0,2}\(\s{0,2}\\?['"][^'"\n]{3,40}\\?['"]\s{0,2}\)/
        $jmap = /INSERT\s{1,3}INTO\s[^;\n]{0,60}user_usergroup_map/
    condition:
        $php and filesize < 500KB and $md5 and (($ins and $cap) or $jmap)
}

rule SPAMGEAR_HOSTINF_EncodedSinkVarOnInput
{
    meta:
        score = 100
        family = "backdoor"
        description = "eval/assert/system name built by str_rot13/strrev into a variable, with request input next to it"
    strings:
        $php = "<?"
        $name = /\$\w{1,30}\s{0,3}=\s{0,3}(str_rot13\s{0,3}\(\s{0,3}['"](riny|nffreg|flfgrz|cnffgueh)['"]|strrev\s{0,3}\(\s{0,3}['"](lave|tressa|metsys|urhtssap)['"])\s{0,3}\)/
        $in = /\$_(POST|GET|REQUEST|COOKIE|SERVER)\s{0,3}\[/
    condition:
        $php and filesize < 2MB and for any i in (1..#name) : (
            for any j in (1..#in) : (@in[j] > @name[i] - 200 and @in[j] < @name[i] + 300))
}

rule SPAMGEAR_HOSTINF_SocketBodyEval
{
    meta:
        score = 100
        family = "loader"
        description = "remote loader: sends a raw HTTP request over a socket and evals a variable built from the answer"
    strings:
        $php = "<?"
        $sock = /[^\w>:$](fsockopen|pfsockopen|stream_socket_client)\s{0,3}\(/
        $req = /(GET|POST)\s\/[^"'\n]{0,100}\sHTTP\/1\.[01]/
        $eval = /[^\w>:$]eval\s{0,3}\(\s{0,3}(['"]\?>['"]\s{0,3}\.\s{0,3})?(base64_decode\s{0,3}\(\s{0,3}|gzinflate\s{0,3}\(\s{0,3})?\$\w{1,30}/
    condition:
        $php and filesize < 500KB and $req and for any i in (1..#sock) : (
            for any k in (1..#eval) : (@eval[k] > @sock[i] and @eval[k] < @sock[i] + 800) and
            for any j in (1..#req) : (@req[j] > @sock[i] and @req[j] < @sock[i] + 300))
}

rule SPAMGEAR_HOSTINF_CopyFromInputSource
{
    meta:
        score = 100
        family = "dropper"
        description = "copies a request-supplied path or URL to the server (remote uploader)"
    strings:
        $php = "<?"
        $copy = /[^\w>:$]@?copy\s{0,3}\(\s{0,3}(trim\s{0,3}\(\s{0,3}|urldecode\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST)\s{0,3}\[/
    condition:
        $php and filesize < 2MB and $copy
}

rule SPAMGEAR_HOSTINF_AllowUrlIncludeInclude
{
    meta:
        score = 100
        family = "loader"
        description = "switches allow_url_include on at run time and includes a variable (remote file inclusion)"
    strings:
        $php = "<?"
        $ini = /ini_set\s{0,3}\(\s{0,3}['"]allow_url_(include|fopen)['"]\s{0,3},\s{0,3}['"]?(1|on|On|true)['"]?\s{0,3}\)/
        $inc = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}\$\w{1,30}/
    condition:
        $php and filesize < 2MB and for any i in (1..#ini) : (
            for any k in (1..#inc) : (@inc[k] > @ini[i] - 300 and @inc[k] < @ini[i] + 300))
}

rule SPAMGEAR_HOSTINF_WriteBackTimestomp
{
    meta:
        score = 100
        family = "infector"
        description = "re-infector: walks files, writes each back with extra content glued on, then restores the old mtime with touch()"
    strings:
        $php = "<?"
        $walk = /[^\w>:$](opendir|readdir|scandir|glob)\s{0,3}\(|RecursiveDirectoryIterator/
        $write = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}[^;\n]{0,200}\.\s{0,3}(\$\w{1,30}|['"]|@?file_get_contents\s{0,3}\()/
        $stomp = /[^\w>:$]@?touch\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}(\$\w{1,30}\s{0,3}\[\s{0,3}['"]?(mtime|9)['"]?\s{0,3}\]|@?filemtime\s{0,3}\(|@?stat\s{0,3}\(|\$\w{0,20}(mtime|time|stamp|\bt|\bm)\w{0,10}\s{0,3}[,)])/
    condition:
        $php and filesize < 500KB and $walk and for any i in (1..#write) : (
            for any k in (1..#stomp) : (@stomp[k] > @write[i] and @stomp[k] < @write[i] + 300))
}

rule SPAMGEAR_HOSTINF_DecodedWriteTimestomp
{
    meta:
        score = 100
        family = "infector"
        description = "restores a file from an encoded blob and backdates it to another file's mtime (self-healing backdoor)"
    strings:
        $php = "<?"
        $wdec = /[^\w>:$](file_put_contents|fwrite)\s{0,3}\([^;\n]{0,120}(base64_decode|gzinflate|gzuncompress|str_rot13)\s{0,3}\(/
        $stomp = /[^\w>:$]@?touch\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}(@?filemtime\s{0,3}\(|\$\w{1,30}\s{0,3}[,)]|time\s{0,3}\(\s{0,3}\)\s{0,3}-)/
    condition:
        $php and filesize < 2MB and for any i in (1..#wdec) : (
            for any k in (1..#stomp) : (@stomp[k] > @wdec[i] and @stomp[k] < @wdec[i] + 300))
}

rule SPAMGEAR_HOSTINF_SelfCopyHidden
{
    meta:
        score = 100
        family = "infector"
        description = "copies its own source into other places and backdates or write-protects the copies"
    strings:
        $php = "<?"
        $self1 = /file_get_contents\s{0,3}\(\s{0,3}(__FILE__|\$_SERVER\s{0,3}\[\s{0,3}['"]SCRIPT_FILENAME['"]\s{0,3}\])\s{0,3}\)/
        $self2 = /[^\w>:$]copy\s{0,3}\(\s{0,3}(__FILE__|\$_SERVER\s{0,3}\[\s{0,3}['"]SCRIPT_FILENAME['"]\s{0,3}\])\s{0,3},/
        $write = /[^\w>:$](file_put_contents|fwrite)\s{0,3}\(/
        $hide = /([^\w>:$]touch\s{0,3}\([^;\n]{1,80},\s{0,3}(time\s{0,3}\(\s{0,3}\)\s{0,3}-|filemtime\s{0,3}\(|strtotime\s{0,3}\(|\d{9,10}\s{0,3}\))|[^\w>:$]chmod\s{0,3}\([^;\n]{1,80},\s{0,3}0?4[04]4\s{0,3}\))/
    condition:
        $php and filesize < 500KB and (
            for any i in (1..#self2) : (for any k in (1..#hide) : (@hide[k] > @self2[i] and @hide[k] < @self2[i] + 500)) or
            ($self1 and for any j in (1..#write) : (@write[j] > @self1[1] and
                for any k in (1..#hide) : (@hide[k] > @write[j] and @hide[k] < @write[j] + 300))))
}

rule SPAMGEAR_HOSTINF_CronDownloadExec
{
    meta:
        score = 100
        family = "infector"
        description = "installs a crontab line (* * * * * or @reboot) that downloads and runs a script (curl|sh) through a shell call"
    strings:
        $php = "<?"
        $pipe = /(\*\s{1,3}\*\s{1,3}\*\s{1,3}\*|@reboot)\s{1,3}[^'"\n]{0,80}(curl|wget)\s[^'"\n]{0,150}\|\s{0,2}(ba)?sh\b/
        $cron = /crontab\s{1,3}(-[lr]|\$|['"]|\/tmp)/
        $exe = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s{0,3}\(|`crontab/
    condition:
        $php and filesize < 500KB and $pipe and $cron and $exe
}

rule SPAMGEAR_HOSTINF_ScriptTagFileInjector
{
    meta:
        score = 100
        family = "infector"
        description = "JS/link injector: walks files and writes back (or opens in append mode) each one with an external <script> or a hidden link block appended or put before </body>, </head> or </html>"
    strings:
        $php = "<?"
        $walk = /[^\w>:$](opendir|readdir|scandir|glob)\s{0,3}\(|RecursiveDirectoryIterator/
        $tag1 = /<script[^>\n]{0,80}src=\\?['"]?(https?:)?\/\/[^'"\s>]{4,100}/
        $tag2 = /createElement\s{0,2}\(\s{0,2}\\?['"]script\\?['"]\s{0,2}\)[^\n]{0,120}\.src\s{0,2}=/
        $tag3 = /eval\s{0,2}\(\s{0,2}String\.fromCharCode\s{0,2}\(\s{0,2}\d/
        $tag4 = /(position:\s{0,2}absolute;\s{0,2}(left|top):\s{0,2}-\d{3,5}px|display:\s{0,2}none)[^'"\n]{0,40}\\?['"]?>\s{0,3}<a\s{1,3}href=/
        $wrep = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}str_i?replace\s{0,3}\(\s{0,3}['"]<\/(body|head|html)>['"]/
        $repl = /str_i?replace\s{0,3}\(\s{0,3}['"]<\/(body|head|html)>['"]/
        $write = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\.\s{0,3}(\$\w{1,30}|['"])/
        $wvar = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
        $app = /(fopen\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}['"]a\+?b?['"]\s{0,3}\)|file_put_contents\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}FILE_APPEND)/
    condition:
        $php and filesize < 500KB and $walk and any of ($tag*) and ($wrep or
            for any i in (1..#repl) : (for any k in (1..#wvar) : (@wvar[k] > @repl[i] and @wvar[k] < @repl[i] + 400)) or
            for any i in (1..#app) : (
                for any k in (1..#tag1) : (@tag1[k] > @app[i] - 600 and @tag1[k] < @app[i] + 300) or
                for any k in (1..#tag2) : (@tag2[k] > @app[i] - 600 and @tag2[k] < @app[i] + 300)) or
            for any i in (1..#write) : (
                for any k in (1..#tag1) : (@tag1[k] > @write[i] - 600 and @tag1[k] < @write[i] + 300) or
                for any k in (1..#tag2) : (@tag2[k] > @write[i] - 600 and @tag2[k] < @write[i] + 300) or
                for any k in (1..#tag3) : (@tag3[k] > @write[i] - 600 and @tag3[k] < @write[i] + 300)))
}

rule SPAMGEAR_HOSTINF_PostContentScriptAppend
{
    meta:
        score = 100
        family = "infector"
        description = "JS injector: SQL appends an external <script> to the content of every post"
    strings:
        $php = "<?"
        $upd = /post_content\s{0,3}=\s{0,3}(CONCAT\s{0,3}\(\s{0,3}post_content|CONCAT\s{0,3}\(\s{0,3}['"]<script)/
        $tag = /<script[^>\n]{0,80}src=\\?['"]?(https?:)?\/\//
    condition:
        $php and filesize < 2MB and for any i in (1..#upd) : (
            for any k in (1..#tag) : (@tag[k] > @upd[i] - 400 and @tag[k] < @upd[i] + 300))
}

rule SPAMGEAR_HOSTINF_HomeDirWalker
{
    meta:
        score = 100
        family = "toolkit"
        description = "reads /etc/passwd or globs /home/*/ to walk every account's public_html and write, copy or link into it (mass defacer / infector / config grabber)"
    strings:
        $php = "<?"
        $pw = /((file|file_get_contents|fopen|readfile)\s{0,3}\(\s{0,3}['"]\/etc\/passwd['"]|glob\s{0,3}\(\s{0,3}['"]\/home\d?\/\*\/)/
        $home = /['"]\/home\d?\/['"]?/
        $pub = "public_html"
        $w = /[^\w>:$](copy|file_put_contents|fopen|symlink|fwrite)\s{0,3}\(/
    condition:
        $php and filesize < 500KB and $pw and $home and $pub and $w
}

rule SPAMGEAR_HOSTINF_SocketCommandLoop
{
    meta:
        score = 100
        family = "backdoor"
        description = "reverse shell: connects a socket, reads commands from it in a loop and runs them through a shell sink"
    strings:
        $php = "<?"
        $sock = /[^\w>:$](fsockopen|pfsockopen|stream_socket_client|socket_connect|stream_socket_accept|socket_accept)\s{0,3}\(/
        $read = /(while\s{0,3}\(\s{0,3}(\$\w{1,30}\s{0,3}=\s{0,3})?@?|\$\w{1,30}\s{0,3}=\s{0,3}@?)(socket_read|fgets|fread|stream_get_line)\s{0,3}\(\s{0,3}\$\w{1,30}/
        $exe = /[^\w>:$](shell_exec|system|passthru|exec|popen|proc_open)\s{0,3}\(\s{0,3}(trim\s{0,3}\(\s{0,3})?\$\w{1,30}/
    condition:
        $php and filesize < 2MB and for any i in (1..#sock) : (
            for any j in (1..#read) : (@read[j] > @sock[i] and @read[j] < @sock[i] + 600 and
                for any k in (1..#exe) : (@exe[k] > @read[j] and @exe[k] < @read[j] + 300)))
}

rule SPAMGEAR_HOSTINF_DevTcpShell
{
    meta:
        score = 100
        family = "backdoor"
        description = "reverse shell through bash /dev/tcp run by a PHP shell sink"
    strings:
        $php = "<?"
        $tcp = /\/dev\/(tcp|udp)\/['"$\d]/
        $exe = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s{0,3}\(/
    condition:
        $php and filesize < 2MB and for any i in (1..#tcp) : (
            for any k in (1..#exe) : (@exe[k] > @tcp[i] - 200 and @exe[k] < @tcp[i]))
}

rule SPAMGEAR_HOSTINF_JsonBodyMailLoop
{
    meta:
        score = 100
        family = "mailer"
        description = "mail relay: decodes a JSON request body and calls mail() for each recipient it lists, sender taken from the body"
    strings:
        $php = "<?"
        $body = /json_decode\s{0,3}\(\s{0,3}(@?file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input['"]|\$_(POST|REQUEST)\s{0,3}\[)/
        $loop = /foreach\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\[\s{0,3}['"]\w{1,20}['"]\s{0,3}\]\s{1,3}as\s/
        $mail = /[^\w>:$]@?mail\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},/
        $from = /From:\s{0,3}(['"]\s{0,3}\.\s{0,3})?\{?\$\w{1,30}\s{0,3}\[/
    condition:
        $php and filesize < 100KB and $from and for any i in (1..#body) : (
            for any j in (1..#loop) : (@loop[j] > @body[i] and @loop[j] < @body[i] + 300 and
                for any k in (1..#mail) : (@mail[k] > @loop[j] and @mail[k] < @loop[j] + 400)))
}

rule SPAMGEAR_HOSTINF_TelegramCredentialExfil
{
    meta:
        score = 100
        family = "phishing"
        description = "phishing kit: sends posted passwords or card fields to a Telegram bot or a Discord webhook, or posted fields to a hard-coded bot token or a base64-hidden Telegram endpoint"
    strings:
        $php = "<?"
        $tg = "api.telegram.org/bot"
        $tgb = "aHR0cHM6Ly9hcGkudGVsZWdyYW0ub3JnL2JvdD"
        $dc = /discord(app)?\.com\/api\/webhooks\//
        $tok = /bot\d{8,11}:AA[A-Za-z0-9_-]{30,36}/
        $tokv = /['"]\d{8,11}:AA[A-Za-z0-9_-]{30,36}['"]/
        $cred = /\$_(POST|REQUEST|GET|SESSION)\s{0,3}\[\s{0,3}['"]\w{0,12}(pass|pwd|cvv|cvc|ccnum|cc_?num|card|ssn|pin|otp)\w{0,12}['"]\s{0,3}\]/
        $in = /\$_(POST|REQUEST|GET)\s{0,3}\[/
    condition:
        $php and filesize < 500KB and $in and (($tg and ($cred or $tok or $tokv)) or ($dc and $cred) or $tgb)
}

rule SPAMGEAR_HOSTINF_CardFieldsEncodedExfil
{
    meta:
        score = 100
        family = "phishing"
        description = "card skimmer: packs posted card number and CVV into one encoded blob sent to a remote host"
    strings:
        $php = "<?"
        $cvv = /\$_(POST|REQUEST)\s{0,3}\[\s{0,3}['"]\w{0,20}(cvv|cvc|cvv2|csc)\w{0,6}['"]\s{0,3}\]/
        $pack = /base64_encode\s{0,3}\(\s{0,3}(implode|join|serialize|json_encode)\s{0,3}\(/
        $send = /[^\w>:$](stream_context_create|curl_exec|wp_remote_post|file_get_contents)\s{0,3}\(/
    condition:
        $php and filesize < 500KB and for any i in (1..#cvv) : (
            for any j in (1..#pack) : (@pack[j] > @cvv[i] and @pack[j] < @cvv[i] + 600 and
                for any k in (1..#send) : (@send[k] > @pack[j] - 300 and @send[k] < @pack[j] + 300)))
}

rule SPAMGEAR_HOSTINF_IncludeHexPath
{
    meta:
        score = 100
        family = "backdoor"
        description = "include or require of a path written in \\x escapes (hidden payload file)"
    strings:
        $php = "<?"
        $inc = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}["'][^"'\n]{0,10}(\\x[0-9a-fA-F]{2}[^"'\\\n]{0,4}){6}/
    condition:
        $php and filesize < 2MB and $inc
}

rule SPAMGEAR_HOSTINF_IncludeIconFile
{
    meta:
        score = 100
        family = "backdoor"
        description = "include of an .ico file, of a hex-named hidden dotfile, of a hidden or uploaded image, a silenced include of an image file, or a guarded/silenced include of a variable just set to an image path (PHP hidden in a non-code file)"
    strings:
        $php = "<?"
        $ico = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}[^;\n]{0,160}\.ico['"]\s{0,3}\)?\s{0,3};/
        $img = /@\s{0,2}(include|require)(_once)?[\s(]{1,6}[^;\n]{0,160}\.(png|jpe?g|gif|bmp|svg|ttf|woff2?)['"]\s{0,3}\)?\s{0,3};/
        $dot = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}[^;\n]{0,160}\/\.[0-9a-f]{6,16}\.(php|ico|png|gif|jpe?g|txt|css|js)['"]\s{0,3}\)?\s{0,3};/
        $dimg = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}[^;\n]{0,160}(\/\.[A-Za-z0-9_-]{1,40}|uploads\/[^;\n'"]{0,80})\.(png|gif|jpe?g|bmp)['"]\s{0,3}\)?\s{0,3};/
        $set = /\$\w{1,30}\s{0,3}=\s{0,3}[^;\n]{0,200}\.(ico|png|jpe?g|gif)['"]\s{0,3};/
        $incv = /(file_exists\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\)[^;\n]{0,20}|@\s{0,2})(include|require)(_once)?[\s(]{1,6}\$\w{1,30}\s{0,3}\)?\s{0,3};/
    condition:
        $php and filesize < 5MB and ($ico or $img or $dot or $dimg or for any i in (1..#set) : (
            for any k in (1..#incv) : (@incv[k] > @set[i] and @incv[k] < @set[i] + 120)))
}

rule SPAMGEAR_HOSTINF_UploadedFileIncluded
{
    meta:
        score = 100
        family = "backdoor"
        description = "moves an uploaded file to a path and includes that path (run uploaded code)"
    strings:
        $php = "<?"
        $mv = /move_uploaded_file\s{0,3}\(\s{0,3}\$_FILES\s{0,3}\[[^;\n]{0,60}tmp_name['"]\s{0,3}\]\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\)/
        $tmpinc = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}\$_FILES\s{0,3}\[/
        $inc = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}\$\w{1,30}\s{0,3}\)?\s{0,3};/
    condition:
        $php and filesize < 2MB and ($tmpinc or for any i in (1..#mv) : (
            for any k in (1..#inc) : (@inc[k] > @mv[i] and @inc[k] < @mv[i] + 120)))
}

rule SPAMGEAR_HOSTINF_ShellNameHunter
{
    meta:
        score = 100
        family = "toolkit"
        description = "competitor cleaner: searches files for other webshell names and deletes the ones it finds"
    strings:
        $php = "<?"
        $list = /['"](wso|c99|r57|b374k|FilesMan|IndoXploit|alfa|WSO|marijuana|Sh3ll|bypass)['"]\s{0,3},\s{0,3}['"](wso|c99|r57|b374k|FilesMan|IndoXploit|alfa|WSO|marijuana|Sh3ll|bypass)['"]\s{0,3},\s{0,3}['"](wso|c99|r57|b374k|FilesMan|IndoXploit|alfa|WSO|marijuana|Sh3ll|bypass)['"]/
        $del = /[^\w>:$]@?unlink\s{0,3}\(/
    condition:
        $php and filesize < 500KB and for any i in (1..#list) : (
            for any k in (1..#del) : (@del[k] > @list[i] and @del[k] < @list[i] + 800))
}

rule SPAMGEAR_HOSTINF_MinerKiller
{
    meta:
        score = 100
        family = "toolkit"
        description = "competitor cleaner: kills other coin miners by name through a shell call"
    strings:
        $php = "<?"
        $name = /(xmrig|kdevtmpfsi|kinsing|minerd|xmr-stak|cpuminer)/
        $kill = /(kill\s{1,3}-9|pkill\s|killall\s)/
        $exe = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s{0,3}\(/
    condition:
        $php and filesize < 500KB and $name and $kill and $exe
}

rule SPAMGEAR_HOSTINF_HtaccessLocker
{
    meta:
        score = 100
        family = "toolkit"
        description = "locks a site: writes an .htaccess that denies every PHP file but a named few, and write-protects it"
    strings:
        $php = "<?"
        $fm = /<FilesMatch\s{1,3}\\?["'][^"'\n]{0,20}\(\s{0,2}php\s{0,2}\|/
        $allow = /<FilesMatch\s{1,3}\\?["']\^\(?[A-Za-z0-9_.|-]{3,80}\.php/
        $lock = /[^\w>:$]@?chmod\s{0,3}\([^;\n]{0,120},\s{0,3}0?4[04]4\s{0,3}\)/
        $ht = ".htaccess"
    condition:
        $php and filesize < 500KB and $fm and $allow and $lock and $ht
}

rule SPAMGEAR_HOSTINF_WpAdminPasswordFromInput
{
    meta:
        score = 100
        family = "backdoor"
        description = "WordPress backdoor: sets the password of user ID 1 (the first administrator) from request input"
    strings:
        $php = "<?"
        $upd = /['"]ID['"]\s{0,3}=>\s{0,3}1\s{0,3},\s{0,3}['"]user_pass['"]\s{0,3}=>\s{0,3}(trim\s{0,3}\(\s{0,3}|stripslashes\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s{0,3}\[/
        $upd2 = /['"]user_pass['"]\s{0,3}=>\s{0,3}(trim\s{0,3}\(\s{0,3}|stripslashes\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\)?\s{0,3},\s{0,3}['"]ID['"]\s{0,3}=>\s{0,3}1\s{0,3}\)/
        $set = /wp_set_password\s{0,3}\(\s{0,3}\$_(GET|POST|REQUEST|COOKIE|SERVER)\s{0,3}\[[^\]\n]{1,40}\]\s{0,3},\s{0,3}1\s{0,3}\)/
    condition:
        $php and filesize < 2MB and any of ($upd, $upd2, $set)
}

rule SPAMGEAR_HOSTINF_WpOpenAdminRegistration
{
    meta:
        score = 100
        family = "backdoor"
        description = "WordPress backdoor: opens user registration and makes administrator the default role"
    strings:
        $php = "<?"
        $role = /update_option\s{0,3}\(\s{0,3}['"]default_role['"]\s{0,3},\s{0,3}['"]administrator['"]/
        $reg = /update_option\s{0,3}\(\s{0,3}['"]users_can_register['"]\s{0,3},\s{0,3}['"]?(1|true)['"]?\s{0,3}\)/
    condition:
        $php and filesize < 2MB and $role and $reg
}

rule SPAMGEAR_HOSTINF_IncludeDataWrapper
{
    meta:
        score = 100
        family = "loader"
        description = "include of php://input, or of a base64 data:// stream built from a fetched body or request input"
    strings:
        $php = "<?"
        $inin = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}['"]php:\/\/input/
        $b64 = /[^\w>:$](include|require)(_once)?[\s(@]{1,6}['"]data:(\/\/)?text\/plain;base64,/
        $src = /((file_get_contents|curl_exec|wp_remote_retrieve_body|stream_get_contents)\s{0,3}\(|\$_(POST|GET|REQUEST|COOKIE)\s{0,3}\[)/
    condition:
        $php and filesize < 2MB and ($inin or for any i in (1..#b64) : (
            for any k in (1..#src) : (@src[k] > @b64[i] - 300 and @src[k] < @b64[i] + 200)))
}

rule SPAMGEAR_HOSTINF_RemoteCreateFunction
{
    meta:
        score = 100
        family = "loader"
        description = "create_function whose body is fetched from a URL or a remote read"
    strings:
        $php = "<?"
        $cf = /create_function\s{0,3}\(\s{0,3}['"][^'"\n]{0,20}['"]\s{0,3},\s{0,3}@?(file_get_contents|curl_exec|stream_get_contents|wp_remote_retrieve_body)\s{0,3}\(/
    condition:
        $php and filesize < 2MB and $cf
}

rule SPAMGEAR_HOSTINF_OpenTagCodeInjector
{
    meta:
        score = 100
        family = "infector"
        description = "infector: replaces the <?php open tag of another file with one followed by an include or eval, and writes the file back"
    strings:
        $php = "<?"
        $rep = /str_replace\s{0,3}\(\s{0,3}['"]<\?php['"]\s{0,3},\s{0,3}['"]<\?php[^'"\n]{0,10}(\\n|\s)[^'"\n]{0,10}@?(include|require|eval|assert)/
        $w = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(/
    condition:
        $php and filesize < 2MB and for any i in (1..#rep) : (for any k in (1..#w) : (@w[k] > @rep[i] and @w[k] < @rep[i] + 400))
}

rule SPAMGEAR_HOSTINF_HiddenPrependWriter
{
    meta:
        score = 100
        family = "infector"
        description = "writes an auto_prepend_file line into .htaccess or .user.ini that points at a hidden dotfile, a temp or an uploads path"
    strings:
        $php = "<?"
        $pre = /auto_prepend_file[^\n]{0,12}[=\s][^\n]{0,100}(\/\.[A-Za-z0-9_-]{1,30}\.(php|ico|png|txt|jpg|gif)|\/tmp\/|\/uploads\/|\/dev\/shm)/
        $tgt = /\.(htaccess|user\.ini)['"]/
        $w = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\(/
    condition:
        $php and filesize < 2MB and $tgt and for any i in (1..#pre) : (for any k in (1..#w) : (@w[k] > @pre[i] - 300 and @w[k] < @pre[i] + 300))
}

rule SPAMGEAR_HOSTINF_IndexSwapDeface
{
    meta:
        score = 100
        family = "toolkit"
        description = "defacer: renames the site's index.php away and writes an index.html from decoded or request content"
    strings:
        $php = "<?"
        $ren = /rename\s{0,3}\([^;\n]{0,80}index\.php['"]\s{0,3},/
        $wr = /file_put_contents\s{0,3}\([^;\n]{0,80}index\.html?['"]\s{0,3},\s{0,3}(base64_decode|gzinflate|str_rot13|hex2bin|\$_(POST|GET|REQUEST))/
    condition:
        $php and filesize < 500KB and for any i in (1..#ren) : (for any k in (1..#wr) : (@wr[k] > @ren[i] - 400 and @wr[k] < @ren[i] + 400))
}

rule SPAMGEAR_HOSTINF_SocketAsShellDescriptors
{
    meta:
        score = 100
        family = "backdoor"
        description = "reverse shell: a socket opened by the script is passed as stdin/stdout of proc_open"
    strings:
        $php = "<?"
        $sock = /[^\w>:$](fsockopen|pfsockopen|stream_socket_client|stream_socket_accept)\s{0,3}\(/
        $po = /proc_open\s{0,3}\([^;\n]{0,80}(array\s{0,3}\(|\[)\s{0,3}0\s{0,3}=>\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}1\s{0,3}=>\s{0,3}\$\w{1,30}/
    condition:
        $php and filesize < 2MB and for any i in (1..#sock) : (for any k in (1..#po) : (@po[k] > @sock[i] and @po[k] < @sock[i] + 600))
}

rule SPAMGEAR_HOSTINF_WpMailOverPostedList
{
    meta:
        score = 100
        family = "mailer"
        description = "bulk mailer: wp_mail() in a loop over a recipient list split from request input, with subject or body from the request and no capability or nonce check"
    strings:
        $php = "<?"
        $list = /explode\s{0,3}\(\s{0,3}["'](\\n|\\r\\n|,|;)["']\s{0,3},\s{0,3}(trim\s{0,3}\(\s{0,3}|stripslashes\s{0,3}\(\s{0,3})?\$_(POST|REQUEST|GET)\s{0,3}\[/
        $wm = /[^\w>:$]wp_mail\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},[^;\n]{0,40}\$_(POST|REQUEST|GET)\s{0,3}\[/
        $guard = /(current_user_can|wp_verify_nonce|check_admin_referer|check_ajax_referer)\s{0,3}\(/
    condition:
        $php and filesize < 500KB and not $guard and for any i in (1..#list) : (for any k in (1..#wm) : (@wm[k] > @list[i] and @wm[k] < @list[i] + 400))
}


rule SPAMGEAR_HOSTINF_XmlrpcBruteForcer
{
    meta:
        score = 100
        family = "toolkit"
        description = "WordPress brute forcer: posts wp.getUsersBlogs login calls to xmlrpc.php over a request-supplied password list"
    strings:
        $php = "<?"
        $m = "wp.getUsersBlogs"
        $x = "xmlrpc.php"
        $c = /[^\w>:$](curl_init|curl_multi_exec|file_get_contents|fsockopen)\s{0,3}\(/
        $list = /(explode\s{0,3}\(\s{0,3}["'](\\n|\\r\\n|,)["']\s{0,3},\s{0,3}(trim\s{0,3}\(\s{0,3})?\$_(POST|REQUEST|GET)\s{0,3}\[|file\s{0,3}\(\s{0,3}\$_(POST|REQUEST|GET|FILES)\s{0,3}\[)/
    condition:
        $php and filesize < 500KB and $m and $x and $c and $list
}

rule SPAMGEAR_HOSTINF_CvvAndPasswordCapture
{
    meta:
        score = 100
        family = "phishing"
        description = "phishing kit: one script takes a posted card CVV and a posted account password (Portuguese/Spanish names too)"
    strings:
        $php = "<?"
        $cvv = /\$_(POST|REQUEST|GET)\s{0,3}\[\s{0,3}['"]\w{0,12}(cvv|cvc|cvv2|csc|cod_seg)\w{0,6}['"]\s{0,3}\]/
        $pw = /\$_(POST|REQUEST|GET)\s{0,3}\[\s{0,3}['"]\w{0,12}(pass|passwd|password|pwd|senha|contrasena|clave)\w{0,12}['"]\s{0,3}\]/
    condition:
        $php and filesize < 500KB and for any i in (1..#cvv) : (for any k in (1..#pw) : (@pw[k] > @cvv[i] - 1500 and @pw[k] < @cvv[i] + 1500))
}

rule SPAMGEAR_HOSTINF_LoginPasswordLogger
{
    meta:
        score = 100
        family = "backdoor"
        description = "WordPress credential stealer: a login/authenticate hook writes, mails or posts the plain password"
    strings:
        $php = "<?"
        $hook = /add_(action|filter)\s{0,3}\(\s{0,3}['"](wp_authenticate|authenticate|wp_login|wp_authenticate_user|check_password|wp_login_failed)['"]/
        $leak = /[^\w>:$](file_put_contents|fwrite|fputs|mail|wp_mail|wp_remote_post|wp_remote_get|file_get_contents|curl_setopt|error_log)\s{0,3}\([^;\n]{0,200}(\$(password|pass|pwd|passwd|plain_password|user_pass)\b|\$_POST\s{0,3}\[\s{0,3}['"]pwd['"])/
    condition:
        $php and filesize < 2MB and for any i in (1..#hook) : (for any k in (1..#leak) : (@leak[k] > @hook[i] and @leak[k] < @hook[i] + 600))
}

rule SPAMGEAR_HOSTINF_MasterPasswordAuth
{
    meta:
        score = 100
        family = "backdoor"
        description = "WordPress backdoor: an authenticate filter that lets a literal master password log in as any user"
    strings:
        $php = "<?"
        $hook = /add_filter\s{0,3}\(\s{0,3}['"](authenticate|wp_authenticate_user|check_password)['"]/
        $cmp = /(\$(password|pass|pwd|passwd)\s{0,3}===?\s{0,3}['"][^'"\n]{4,64}['"]|['"][^'"\n]{4,64}['"]\s{0,3}===?\s{0,3}\$(password|pass|pwd|passwd)\b|md5\s{0,3}\(\s{0,3}\$(password|pass|pwd|passwd)\s{0,3}\)\s{0,3}===?\s{0,3}['"][0-9a-f]{32}['"])/
        $user = /(get_user_by|wp_set_current_user|new\s{1,3}WP_User)\s{0,3}\(/
    condition:
        $php and filesize < 2MB and for any i in (1..#hook) : (for any j in (1..#cmp) : (@cmp[j] > @hook[i] and @cmp[j] < @hook[i] + 400 and
            for any k in (1..#user) : (@user[k] > @cmp[j] and @user[k] < @cmp[j] + 300)))
}

rule SPAMGEAR_HOSTINF_ConfigCredsSentOut
{
    meta:
        score = 100
        family = "toolkit"
        description = "reads wp-config.php, picks DB_PASSWORD out of it and sends it to a URL or a mailbox"
    strings:
        $php = "<?"
        $rd = /(file_get_contents|file|fopen)\s{0,3}\([^;\n]{0,100}wp-config\.php['"]/
        $pw = "DB_PASSWORD"
        $send = /[^\w>:$](file_get_contents|curl_init|wp_remote_post|wp_remote_get|fsockopen)\s{0,3}\(\s{0,3}['"]https?:\/\/|[^\w>:$]@?mail\s{0,3}\(/
    condition:
        $php and filesize < 500KB and for any i in (1..#rd) : (
            for any j in (1..#pw) : (@pw[j] > @rd[i] and @pw[j] < @rd[i] + 400) and
            for any k in (1..#send) : (@send[k] > @rd[i] and @send[k] < @rd[i] + 800))
}

rule SPAMGEAR_HOSTINF_HiddenOptionLinks
{
    meta:
        score = 100
        family = "seospam"
        description = "spam link injector: stores request input in an option with no nonce or capability check and prints it inside a hidden block of every post"
    strings:
        $php = "<?"
        $hide = /display:\s{0,2}none;?\\?['"]\s{0,3}>['"]\s{0,3}\.\s{0,3}get_option\s{0,3}\(/
        $upd = /update_option\s{0,3}\(\s{0,3}['"][^'"\n]{1,40}['"]\s{0,3},\s{0,3}(stripslashes\s{0,3}\(\s{0,3}|base64_decode\s{0,3}\(\s{0,3})?\$_(POST|GET|REQUEST|COOKIE)\s{0,3}\[/
        $guard = /(current_user_can|wp_verify_nonce|check_admin_referer|check_ajax_referer)\s{0,3}\(/
    condition:
        $php and filesize < 2MB and $hide and $upd and not $guard
}

rule SPAMGEAR_HOSTINF_ScriptedReverseShell
{
    meta:
        score = 100
        family = "backdoor"
        description = "reverse shell run through a PHP shell sink as a python/perl/netcat one-liner that connects a socket to a shell"
    strings:
        $php = "<?"
        $exe = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s{0,3}\(/
        $rs = /(socket\.socket\s{0,3}\(|os\.dup2\s{0,3}\(\s{0,3}s\.fileno|IO::Socket::INET|nc(at)?\s{1,3}-e\s{1,3}\/bin\/(ba)?sh|mkfifo\s[^'"\n]{0,40}\|\s{0,2}\/bin\/(ba)?sh|socat\s[^'"\n]{0,40}exec:)/
    condition:
        $php and filesize < 2MB and for any i in (1..#exe) : (for any k in (1..#rs) : (@rs[k] > @exe[i] and @rs[k] < @exe[i] + 300))
}

rule SPAMGEAR_HOSTINF_OpenRestRouteSink
{
    meta:
        score = 100
        family = "backdoor"
        description = "WordPress REST backdoor: a route registered with an always-true permission check whose callback runs a request parameter through a code or shell sink"
    strings:
        $php = "<?"
        $route = /register_rest_route\s{0,3}\(/
        $open = /['"]permission_callback['"]\s{0,3}=>\s{0,3}['"]__return_true['"]/
        $sink = /[^\w>:$](shell_exec|system|passthru|exec|popen|proc_open|eval|assert)\s{0,3}\(\s{0,3}(base64_decode\s{0,3}\(\s{0,3})?\$\w{1,30}\s{0,3}(\[|->\s{0,3}get_param\s{0,3}\()/
    condition:
        $php and filesize < 2MB and $open and for any i in (1..#route) : (for any k in (1..#sink) : (@sink[k] > @route[i] and @sink[k] < @route[i] + 500))
}

rule SPAMGEAR_HOSTINF_PostDumpMailedRedirect
{
    meta:
        score = 100
        family = "phishing"
        description = "phishing kit: mails a dump of every posted field to a fixed address or stores it in a file, with the visitor IP, then redirects to an outside site"
    strings:
        $php = "<?"
        $dump = /(print_r|var_export|json_encode|implode|serialize)\s{0,3}\(\s{0,3}(['"][^'"\n]{0,6}['"]\s{0,3},\s{0,3})?\$_POST\s{0,3}[,)+]/
        $store = /[^\w>:$](file_put_contents|fwrite|fputs)\s{0,3}\([^;\n]{0,150}(print_r|var_export|json_encode|implode|serialize)\s{0,3}\(\s{0,3}(['"][^'"\n]{0,6}['"]\s{0,3},\s{0,3})?\$_POST\s{0,3}[,)+]/
        $mail = /[^\w>:$]@?mail\s{0,3}\(\s{0,3}['"][^'"@\s]{1,64}@[^'"\s]{3,80}['"]/
        $ip = /REMOTE_ADDR|HTTP_X_FORWARDED_FOR/
        $loc = /header\s{0,3}\(\s{0,3}['"]Location:\s{0,3}https?:\/\//
    condition:
        $php and filesize < 100KB and (($dump and $mail) or $store) and $ip and $loc
}

rule SPAMGEAR_HOSTINF_WpRoleEscalationHook
{
    meta:
        score = 100
        family = "backdoor"
        description = "WordPress backdoor: a user_register hook that makes new users administrators, or a user_has_cap filter that grants admin capabilities after reading a cookie or an X- request header"
    strings:
        $php = "<?"
        $reg = /add_action\s{0,3}\(\s{0,3}['"]user_register['"]/
        $admin = /set_role\s{0,3}\(\s{0,3}['"]administrator['"]|add_role\s{0,3}\(\s{0,3}['"]administrator['"]|add_cap\s{0,3}\(\s{0,3}['"]administrator['"]/
        $cap = /add_filter\s{0,3}\(\s{0,3}['"](user_has_cap|map_meta_cap)['"]/
        $grant = /\$\w{1,30}\s{0,3}\[\s{0,3}['"](manage_options|administrator|edit_plugins|activate_plugins|install_plugins|edit_users|promote_users)['"]\s{0,3}\]\s{0,3}=\s{0,3}(true|1)\b/
        $in = /\$_(COOKIE\s{0,3}\[|SERVER\s{0,3}\[\s{0,3}['"]HTTP_X_)/
    condition:
        $php and filesize < 2MB and (
            for any i in (1..#reg) : (for any k in (1..#admin) : (@admin[k] > @reg[i] and @admin[k] < @reg[i] + 400)) or
            for any i in (1..#cap) : (for any k in (1..#grant) : (@grant[k] > @cap[i] and @grant[k] < @cap[i] + 400 and
                for any j in (1..#in) : (@in[j] > @cap[i] and @in[j] < @grant[k]))))
}

rule SPAMGEAR_HOSTINF_UploadFieldAsFunction
{
    meta:
        score = 100
        family = "backdoor"
        description = "an element of $_FILES (client-chosen name or type) called as a function"
    strings:
        $php = "<?"
        $call = /\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\[[^\]\n]{1,40}\]\s{0,3}\(/
    condition:
        $php and filesize < 2MB and $call
}

rule SPAMGEAR_HOSTINF_RawSqlFromInput
{
    meta:
        score = 100
        family = "toolkit"
        description = "SQL console: a whole request field run as a query through $wpdb, with no capability or nonce check"
    strings:
        $php = "<?"
        $q = /\$wpdb\s{0,3}->\s{0,3}(query|get_results|get_var|get_row|get_col)\s{0,3}\(\s{0,3}(stripslashes\s{0,3}\(\s{0,3}|wp_unslash\s{0,3}\(\s{0,3}|base64_decode\s{0,3}\(\s{0,3})?\$_(POST|GET|REQUEST|COOKIE)\s{0,3}\[/
        $guard = /(current_user_can|wp_verify_nonce|check_admin_referer|check_ajax_referer)\s{0,3}\(/
    condition:
        $php and filesize < 2MB and $q and not $guard
}
