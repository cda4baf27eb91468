/*
 * spamgear: attacker toolkits by behaviour (issue 4b).
 *
 * What it catches: the small single-purpose tools dropped next to a shell - directory browsers
 * driven by request input, mass defacers (write an index page into every directory of a listing),
 * textarea file editors (list + show + save + delete in one page), stand-alone database dumpers,
 * uploaders that store files under the client's name while looping over $_FILES; (issue 4h)
 * WordPress login bypasses that set an administrator's auth cookie behind a request check with
 * no password/nonce/capability check, and config grabbers that glob other sites' wp-config.php.
 *
 * Why it is safe: each rule needs the tool's whole behaviour in one file, most of them straight on
 * request input ($_GET/$_POST/$_REQUEST/$_COOKIE) with no path checks in between, and a PHP open tag,
 * so JS/docs do not hit. Legitimate file managers and DB tools (Adminer, phpMyAdmin, DokuWiki, the
 * Debian PHP libraries) are large, class-based and never hand raw input to opendir/unlink, and the
 * dumper rule is limited to small class-free scripts. All rules were run against the clean trees
 * (wordpress, mediawiki, phpmyadmin, roundcube, /usr/share/php, dokuwiki, zabbix, icingaweb2,
 * adminer, phpldapadmin; every file type) with 0 hits.
 */

rule SPAMGEAR_TOOLKIT_DirListingOfInput
{
    meta:
        score = 100
        family = "toolkit"
        description = "directory listing opened straight on a request parameter (remote directory browser)"
    strings:
        $php = "<?"
        $direct = /\b(opendir|scandir|glob|dir)\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $call = /\b(\w{0,20}(list|show|scan|walk|read|get|browse|view|print)_?dir\w{0,10}|dir_?(list|tree|browse|walk|scan|show|view)\w{0,10})\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,30}\]\s*[,)]/ nocase
        $od = /\b(opendir|scandir)\s*\(\s*\$\w{1,20}\s*\)/
        $builtin = /\b(dirname|is_dir|mkdir|rmdir|chdir|opendir|readdir|scandir|basename|realpath)\s*\(/
    condition:
        $php and filesize < 200KB and ($direct or ($od and for any i in (1..#call) : (not $builtin at @call[i])))
}

rule SPAMGEAR_TOOLKIT_MassDefacer
{
    meta:
        score = 100
        family = "toolkit"
        description = "writes an index page into every directory of a listing, target from request input (mass defacer)"
    strings:
        $php = "<?"
        $walk = /\b(readdir|scandir|glob)\s*\(/
        $idx = /["']\/?index\.(html?|php)["']/
        $write = /\b(copy|file_put_contents|fopen)\s*\(\s*\$\w{1,30}\s*[.,]/
        $in = /\$_(GET|POST|REQUEST)\s*\[/
        $kw = /mass[ _-]?(deface|index)/ nocase
    condition:
        $php and filesize < 60KB and $walk and $idx and $write and $in and (
            $kw or for any i in (1..#idx) : (for any j in (1..#write) : (@idx[i] > @write[j] - 300 and @idx[i] < @write[j] + 300))
        )
}

rule SPAMGEAR_TOOLKIT_TextareaFileEditor
{
    meta:
        score = 100
        family = "toolkit"
        description = "page that lists directories, shows a file in a textarea, saves it and deletes files from request input"
    strings:
        $php = "<?"
        $ta = "<textarea"
        $show = /\b(file_get_contents|fread|highlight_file|readfile)\s*\(/
        $list = /\b(opendir|scandir)\s*\(/
        $del = /\bunlink\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $save = /\b(file_put_contents|fopen)\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $save2 = /\b(file_put_contents|fwrite)\s*\(\s*\$\w{1,20}\s*,\s*@?\$_(GET|POST|REQUEST)\s*\[/
    condition:
        $php and filesize < 300KB and $ta and $show and $list and ($del or $save or ($save2 and filesize < 20KB))
}

rule SPAMGEAR_TOOLKIT_StandaloneDbDumper
{
    meta:
        score = 100
        family = "toolkit"
        description = "small class-free script that dumps every table (SHOW TABLES + SHOW CREATE + SELECT *) to a file or download"
    strings:
        $php = "<?"
        $st = "show tables" nocase
        $sc = "show create table" nocase
        $sel = /select\s+\*\s+from\s+[`'"]?\$/ nocase
        $conn = /\b(mysql_connect|mysqli_connect|new\s+mysqli|new\s+PDO)\s*\(/
        $out1 = /\b(fopen|file_put_contents|gzopen|fputs)\s*\(/
        $out2 = /Content-Disposition:\s*attachment/ nocase
        $cls = /\n\s*(abstract\s+|final\s+)?class\s+\w/
        $ns = /\bnamespace\s+\w/
    condition:
        $php and filesize < 12KB and $st and $sc and $sel and $conn and ($out1 or $out2) and not $cls and not $ns
}

rule SPAMGEAR_TOOLKIT_FilesLoopClientName
{
    meta:
        score = 100
        family = "toolkit"
        description = "loops over $_FILES and stores each upload under the client's bare file name (issue 4l: or under the client name in a directory taken from the request)"
    strings:
        $loop = /foreach\s*\(\s*\$_FILES\s+as\s+(\$\w{1,20}\s*=>\s*)?\$\w{1,20}\s*\)/
        $mv = /move_uploaded_file\s*\(\s*\$\w{1,20}\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*\$\w{1,20}\s*\[\s*['"]name['"]\s*\]\s*\)/
        $mv2 = /(move_uploaded_file|copy)\s*\(\s*\$\w{1,20}\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*\$\w{1,20}\s*\.\s*['"][\/\\]{1,2}['"]\s*\.\s*\$\w{1,20}\s*\[\s*['"]name['"]\s*\]\s*\)/
        $tin = /\$\w{1,20}\s*=\s*[^;\n]{0,40}\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        $loop and ($mv or ($mv2 and $tin))
}

rule SPAMGEAR_TOOLKIT_HostBeaconDiscarded
{
    meta:
        score = 100
        family = "seo_spam"
        description = "bare statement that requests a bare-IP URL carrying this site's host name and throws the answer away (infection beacon)"
    strings:
        $a = /(<\?php|[;{}])\s*@?(file_get_contents|file|fopen|curl_init)\s*\(\s*["']https?:\/\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(:\d{2,5})?\/[^"'\n]{0,80}["']\s*\.\s*(urlencode\s*\(\s*)?\$_SERVER\s*\[\s*["'](HTTP_HOST|SERVER_NAME)["']\s*\]\s*\)?\s*\)\s*;/
    condition:
        $a
}

rule SPAMGEAR_TOOLKIT_CrawlerCloakRemoteHost
{
    meta:
        score = 100
        family = "seo_spam"
        description = "crawler User-Agent test plus a call that sends this site's host to a hard-coded remote URL (SEO doorway)"
    strings:
        $php = "<?"
        $bot = /(strpos|stripos|stristr|preg_match)\s*\(\s*[^;]{0,60}\$_SERVER\s*\[\s*["']HTTP_USER_AGENT["']\s*\][^;]{0,60}(googlebot|baiduspider|bingbot|yahoo|yandex|sogou|spider)/ nocase
        $bot2 = /(strpos|stripos|stristr|preg_match)\s*\(\s*[^;]{0,80}(googlebot|baiduspider|bingbot|yahoo|yandex|sogou|spider)[^;]{0,60}\$_SERVER\s*\[\s*["']HTTP_USER_AGENT["']\s*\]/
        $remote = /\w\s*\(\s*["']https?:\/\/[a-z0-9.-]{4,80}(:\d{2,5})?\/[^"'\n]{0,80}["']\s*\.[^;]{0,80}\$_SERVER\s*\[\s*["'](HTTP_HOST|SERVER_NAME)["']/
        $uavar = /\$\w{1,30}\s*=\s*(strtolower\s*\(\s*)?@?\$_SERVER\s*\[\s*["']HTTP_USER_AGENT["']\s*\]/
        $bot3 = /['"|(][^'"\n]{0,30}(googlebot|baiduspider|bingbot|yandexbot)/ nocase
    condition:
        $php and filesize < 200KB and ($bot or $bot2 or ($uavar and $bot3)) and $remote
}

rule SPAMGEAR_TOOLKIT_ReverseIpLookup
{
    meta:
        score = 100
        family = "toolkit"
        description = "scrapes a search engine for 'ip:' with a posted address (reverse-IP target finder of shell kits)"
    strings:
        $php = "<?"
        $se = /bing\.com\/search\?q=["']?\s*\.?\s*[^;\n]{0,40}(ip:|ip%3a)/ nocase
        $se2 = /bing\.com\/search\?q=(ip:|ip%3a)/ nocase
        $bing = /bing\.com\/search\?q=/
        $dork = /["'](ip:\s*\$\w|ip:["']\s*\.)/ nocase
        $in = /\$_(GET|POST|REQUEST)\s*\[/
    condition:
        $php and filesize < 300KB and ($se or $se2 or ($bing and $dork)) and $in
}

rule SPAMGEAR_TOOLKIT_RootSymlink
{
    meta:
        score = 100
        family = "toolkit"
        description = "links the filesystem root into the web tree (symlink('/') or 'ln -s /')"
    strings:
        $php = "<?"
        $a = /\bsymlink\s*\(\s*["']\/["']\s*,/
        $b = /["'][^"'\n]{0,20}ln\s+-s\s+\/\s[^"'\n]{0,60}["']/
    condition:
        $php and ($a or $b)
}

rule SPAMGEAR_TOOLKIT_IfsCommandEvasion
{
    meta:
        score = 100
        family = "toolkit"
        description = "rewrites spaces of a command into ${IFS} (shell filter evasion) in PHP"
    strings:
        $php = "<?"
        $a = /str_replace\s*\(\s*["'] ["']\s*,\s*['"]\$\{?IFS\}?['"]/
    condition:
        $php and $a
}

rule SPAMGEAR_TOOLKIT_SelfDeletingDropper
{
    meta:
        score = 100
        family = "toolkit"
        description = "small script that writes files from request input and then deletes itself"
    strings:
        $php = "<?"
        $self = /\bunlink\s*\(\s*(__FILE__|\$_SERVER\s*\[\s*["']SCRIPT_FILENAME["']\s*\])\s*\)/
        $w = /\b(file_put_contents|fwrite|fputs|copy)\s*\(/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        $php and filesize < 60KB and $self and $w and $in
}

rule SPAMGEAR_TOOLKIT_SocketListenerFromInput
{
    meta:
        score = 100
        family = "toolkit"
        description = "web script that opens a listening socket with an address/port taken from the request (bind shell, port forwarder)"
    strings:
        $php = "<?"
        $listen = /\b(socket_listen|socket_accept|stream_socket_server)\s*\(/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[\s*["']\w{0,20}(port|ip|host|addr|listen|lport|lhost)\w{0,20}["']\s*\]/ nocase
    condition:
        $php and filesize < 200KB and $listen and $in
}

rule SPAMGEAR_TOOLKIT_SqlConsoleOnInputCreds
{
    meta:
        score = 100
        family = "toolkit"
        description = "small class-free page that logs in to a database with posted credentials and runs posted SQL (DB manager backdoor)"
    strings:
        $php = "<?"
        $cred = /\$\w{1,30}\s*=\s*@?\$_(POST|GET|REQUEST)\s*\[\s*["']\w{0,12}(host|user|pass|pwd|passwd|password|uname|dbname|port)\w{0,12}["']\s*\]/
        $conn_in = /\b(mysql_connect|mysqli_connect|pg_connect|mssql_connect|oci_connect|new\s+mysqli|new\s+PDO)\s*\([^;]{0,200}\$_(POST|GET|REQUEST)\s*\[/
        $conn = /\b(mysql_connect|mysqli_connect|pg_connect|mssql_connect|oci_connect|new\s+mysqli|new\s+PDO)\s*\(/
        $q_in = /\b(mysql_query|mysqli_query|pg_query|mssql_query|oci_parse|sqlsrv_query)\s*\([^;]{0,60}\$_(POST|GET|REQUEST)\s*\[/
        $q_var = /\$\w{0,12}(sql|query|cmd)\w{0,12}\s*=\s*(stripslashes\s*\(\s*)?@?\$_(POST|GET|REQUEST)\s*\[/
        $cls = /\n\s*(abstract\s+|final\s+)?class\s+\w/
        $ns = /\bnamespace\s+\w/
    condition:
        $php and filesize < 40KB and not $cls and not $ns and
        ($conn_in or (#cred >= 2 and $conn)) and ($q_in or $q_var)
}

rule SPAMGEAR_TOOLKIT_MailedShellLocation
{
    meta:
        score = 100
        family = "mailer"
        description = "mail() to a hard-coded free-mail address whose arguments carry this script's own URL (shell-is-live report)"
    strings:
        $php = "<?"
        $mail = /[^\w>:$]mail\s*\([^;]{0,200}\$_SERVER\s*\[\s*['"](HTTP_HOST|SERVER_NAME)['"]\s*\]\s*\.\s*\$_SERVER\s*\[\s*['"](REQUEST_URI|PHP_SELF|SCRIPT_NAME)['"]/
        $free = /["'][\w.+-]{1,40}@((gmail|hotmail|yahoo|outlook|aol|yandex|protonmail|live|qq|163|126)\.[a-z.]{2,6}|(bol|uol)\.com\.br|mail\.ru)["']/
    condition:
        $php and filesize < 100KB and $mail and $free
}

rule SPAMGEAR_TOOLKIT_MailedHostFingerprint
{
    meta:
        score = 100
        family = "mailer"
        description = "small script that e-mails five or more server facts (paths, addresses, software) to a hard-coded free-mail address"
    strings:
        $php = "<?"
        $mail = /[^\w>:$](mail|mb_send_mail)\s*\(/
        $free = /["'][\w.+-]{1,40}@((gmail|hotmail|yahoo|outlook|aol|yandex|protonmail|live|qq|163|126)\.[a-z.]{2,6}|(bol|uol)\.com\.br|mail\.ru)["']/
        $s1 = /\$_SERVER\s*\[\s*['"]DOCUMENT_ROOT['"]/
        $s2 = /\$_SERVER\s*\[\s*['"]SCRIPT_FILENAME['"]/
        $s3 = /\$_SERVER\s*\[\s*['"]SERVER_ADDR['"]/
        $s4 = /\$_SERVER\s*\[\s*['"]PATH_TRANSLATED['"]/
        $s5 = /\$_SERVER\s*\[\s*['"]HTTP_HOST['"]/
        $s6 = /\$_SERVER\s*\[\s*['"]SERVER_SOFTWARE['"]/
        $s7 = /\$_SERVER\s*\[\s*['"]REMOTE_ADDR['"]/
        $s8 = /\$_SERVER\s*\[\s*['"](PHP_SELF|SCRIPT_NAME|REQUEST_URI)['"]/
        $s9 = /get_current_user\s*\(|php_uname\s*\(/
    condition:
        $php and filesize < 50KB and $mail and $free and 5 of ($s*)
}

rule SPAMGEAR_TOOLKIT_PhpMailerBulkFromList
{
    meta:
        score = 100
        family = "mailer"
        description = "PHPMailer driven in a loop over a recipient list taken from request input, an uploaded file or a .txt list (bulk spam sender)"
    strings:
        $php = "<?"
        $pm = /new\s+(\\?PHPMailer\\PHPMailer\\)?PHPMailer\s*[(;]/
        $add = /->\s*(addAddress|AddAddress|addBCC|AddBCC)\s*\(\s*(trim\s*\(\s*)?\$\w/
        $send = /->\s*[Ss]end\s*\(\s*\)/
        $loop = /\b(foreach|while)\s*\(|\bfor \(\$|\bfor\(\$/
        $list1 = /\b(explode|preg_split)\s*\([^;]{0,40}\$_(POST|GET|REQUEST)\s*\[/
        $list2 = /\bfile\s*\(\s*(\$_(POST|GET|REQUEST|FILES)\s*\[|["'][^"'\n]{1,60}\.(txt|csv|lst)["'])/
        $list3 = /file_get_contents\s*\(\s*\$_FILES\s*\[/
        $smtp = /->\s*(Host|Username|Password)\s*=\s*(trim\s*\(\s*)?\$_(POST|GET|REQUEST)\s*\[/
    condition:
        $php and filesize < 800KB and $pm and $add and $send and $loop and
        (any of ($list*) or #smtp >= 2)
}

rule SPAMGEAR_TOOLKIT_UploadToInputPath
{
    meta:
        score = 100
        family = "toolkit"
        description = "upload moved to a destination path taken straight from request input"
    strings:
        $a = /\b(move_uploaded_file|copy)\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*[^;]{0,40}\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $b = /\$\w{1,20}\s*=\s*(trim\s*\(\s*|urldecode\s*\(\s*|stripslashes\s*\(\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[[^\]\n]{1,30}\]\s*\)?\s*;([^;]{0,100};){0,2}[^;]{0,60}(move_uploaded_file|copy)\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*\$\w{1,20}\s*\)/
    condition:
        $a or $b
}

rule SPAMGEAR_TOOLKIT_RemoteCodeToPhpFile
{
    meta:
        score = 100
        family = "dropper"
        description = "downloads a remote URL straight into a .php file (file_put_contents/copy/curl/wget dropper)"
    strings:
        $php = "<?"
        $a = /\bfile_put_contents\s*\(\s*[^,;]{0,80}\.(php\d?|phtml|inc)["']\s*,\s*@?(file_get_contents|\w{0,20}curl\w{0,20}|\w{0,10}(get|fetch|download)\w{0,20})\s*\(\s*["'](https?|ftp):\/\//
        $b = /\bcopy\s*\(\s*["'](https?|ftp):\/\/[^"'\n]{4,200}["']\s*,\s*[^;]{0,80}\.(php\d?|phtml|inc)["']\s*\)/
        $c = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*['"][^'"\n]{0,60}(wget|curl)\s[^'"\n]{0,200}\s-[oO]\s*[^'"\s]{0,80}\.(php\d?|phtml)\b/
        $curlfile = /CURLOPT_FILE\s*,/
        $curlurl = /CURLOPT_URL\s*,\s*["'](https?|ftp):\/\//
        $phpout = /fopen\s*\([^;]{0,80}\.(php\d?|phtml)["']\s*,\s*["']w/
    condition:
        $php and ($a or $b or $c or ($curlfile and $curlurl and $phpout))
}

rule SPAMGEAR_TOOLKIT_RemoteInclude
{
    meta:
        score = 100
        family = "dropper"
        description = "include/require of a literal http(s)/ftp URL (remote code inclusion)"
    strings:
        $php = "<?"
        $a = /[^\w>:$](include|require)(_once)?\s*\(?\s*["'](https?|ftp):\/\/[^"'\n]{3,200}["']/
    condition:
        $php and $a
}

rule SPAMGEAR_TOOLKIT_WpHiddenAdmin
{
    meta:
        score = 100
        family = "backdoor"
        description = "WordPress backdoor: hides a named user from the user list query, or creates an administrator on a request parameter"
    strings:
        $hook = /add_action\s*\(\s*['"]pre_user_query['"]/
        $hide = /user_login\s*!=\s*['"]/
        $create = /wp_(create|insert)_user\s*\(/
        $admin = /(set_role\s*\(\s*['"]administrator['"]|['"]role['"]\s*=>\s*['"]administrator['"])/
        $in = /(isset\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 2MB and (($hook and $hide) or
        ($create and $admin and for any i in (1..#create) : (for any j in (1..#in) : (@in[j] < @create[i] and @in[j] > @create[i] - 400)) and
         for any k in (1..#admin) : (for any i in (1..#create) : (@admin[k] > @create[i] - 400 and @admin[k] < @create[i] + 400))))
}

rule SPAMGEAR_TOOLKIT_PostedPasswordLogged
{
    meta:
        score = 100
        family = "stealer"
        description = "appends a posted password to a file (credential logger planted in a login page)"
    strings:
        $fpc = /file_put_contents\s*\([^;]{0,240}\$_(POST|REQUEST|GET)\s*\[\s*['"](pass|pwd|password|passwd|senha|pass1|user_pass|passwrd)['"]\s*\][^;]{0,240}FILE_APPEND/
        $fopen = /fopen\s*\([^;]{0,100},\s*['"]a\+?b?['"]\s*\)/
        $fw = /(fwrite|fputs)\s*\([^;]{0,240}\$_(POST|REQUEST|GET)\s*\[\s*['"](pass|pwd|password|passwd|senha|pass1|user_pass|passwrd)['"]\s*\]/
    condition:
        filesize < 2MB and ($fpc or ($fopen and $fw))
}

rule SPAMGEAR_TOOLKIT_SearchRefererRedirect
{
    meta:
        score = 100
        family = "seo_spam"
        description = "visitors from search engines redirected to a hard-coded external URL while crawlers get other content (cloaking doorway)"
    strings:
        $php = "<?"
        $ref = /\$_SERVER\s*\[\s*['"]HTTP_REFERER['"]\s*\][^;]{0,120}(google|bing|yahoo|yandex|baidu|sogou|aol)/
        $ref2 = /(google|bing|yahoo|yandex|baidu|sogou|aol)[^;]{0,120}\$_SERVER\s*\[\s*['"]HTTP_REFERER['"]\s*\]/
        $ua = /\$_SERVER\s*\[\s*['"]HTTP_USER_AGENT['"]\s*\][^;]{0,120}(googlebot|bingbot|slurp|spider|crawler|bot)/ nocase
        $ua2 = /(googlebot|bingbot|slurp|spider|crawler|bot)[^;]{0,120}\$_SERVER\s*\[\s*['"]HTTP_USER_AGENT['"]\s*\]/ nocase
        $uavar = /\$\w{1,30}\s*=\s*(strtolower\s*\(\s*)?@?\$_SERVER\s*\[\s*['"]HTTP_USER_AGENT['"]\s*\]/
        $botname = /(googlebot|bingbot|slurp|baiduspider|yandexbot)/ nocase
        $loc = /header\s*\(\s*["']Location:\s*https?:\/\/[a-z0-9.-]{4,80}/ nocase
        $loc2 = /window\.location(\.href)?\s*=\s*\\?["']https?:\/\/[a-z0-9.-]{4,80}/
    condition:
        $php and filesize < 500KB and ($ref or $ref2) and ($ua or $ua2 or ($uavar and $botname)) and ($loc or $loc2)
}

rule SPAMGEAR_TOOLKIT_FileOpsOnRawInput
{
    meta:
        score = 100
        family = "filemanager"
        description = "two or more file-system operations (delete, chmod, rename, mkdir, touch...) called straight on request parameters (file manager panel)"
    strings:
        $php = "<?"
        $o1 = /[^\w>:$]unlink\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $o2 = /[^\w>:$]rmdir\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $o3 = /[^\w>:$]chmod\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $o4 = /[^\w>:$]rename\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $o5 = /[^\w>:$]mkdir\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $o6 = /[^\w>:$]touch\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $o7 = /[^\w>:$](file_put_contents|fopen)\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $o8 = /[^\w>:$](readfile|file_get_contents|highlight_file|show_source)\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
    condition:
        $php and filesize < 500KB and 2 of ($o*)
}

rule SPAMGEAR_TOOLKIT_LocalCredentialCracker
{
    meta:
        score = 100
        family = "toolkit"
        description = "reads the system user list and tries logins (FTP/SSH/cPanel/MySQL) in a loop (cPanel/FTP cracker)"
    strings:
        $php = "<?"
        $passwd = "/etc/passwd"
        $login = /[^\w>:$](ftp_login|ssh2_auth_password|imap_open|mysql_connect|mysqli_connect)\s*\(/
        $cp = /:208[2367]\b/
        $loop = /\b(foreach|while)\s*\(|\bfor \(\$|\bfor\(\$/
    condition:
        $php and filesize < 500KB and $passwd and ($login or $cp) and $loop
}

rule SPAMGEAR_TOOLKIT_ConfigGrabber
{
    meta:
        score = 100
        family = "toolkit"
        description = "walks other accounts' home directories for many CMS config files (config grabber)"
    strings:
        $php = "<?"
        $home = /(public_html|\/home\d?\/|\/etc\/passwd|\/etc\/named\.conf|\/var\/named)/
        $c1 = "wp-config.php"
        $c2 = "configuration.php"
        $c3 = "app/etc/local.xml"
        $c4 = "config.inc.php"
        $c5 = "sites/default/settings.php"
        $c6 = /(includes|inc|admin|conf)\/config\.php/
        $c7 = "config/settings.inc.php"
        $c8 = /whm|whmcs|submitticket\.php/ nocase
        $c9 = "vb/includes/config.php"
        $c10 = "app/etc/env.php"
    condition:
        $php and filesize < 500KB and $home and 4 of ($c*)
}

rule SPAMGEAR_TOOLKIT_DefacementNotifier
{
    meta:
        score = 100
        family = "toolkit"
        description = "defacement notifier: posts a defacer name and hacked domains to a defacement archive (zone-h style notify form)"
    strings:
        $php = "<?"
        $url = /(zone-h\.(org|com)|zone-hc\.org|mirror-h\.org|hack-mirror\.com|defacer\.id|haxor\.id)\/notify/
        $f1 = /['"&]defacer['"=]/
        $f2 = /['"&]domain\d{0,2}['"=]/
        $send = /[^\w>:$](curl_exec|curl_setopt|fsockopen|file_get_contents|stream_context_create)\s*\(/
    condition:
        $php and filesize < 2MB and $url and $f1 and $f2 and $send
}

rule SPAMGEAR_TOOLKIT_UploadTargetFromInput
{
    meta:
        score = 100
        family = "toolkit"
        description = "upload stored under a path built from a request field plus the client's file name (uploader with a posted target directory)"
    strings:
        $php = "<?"
        $tgt = /\$\w{1,30}\s*=\s*[^;\n]{0,30}\$_(POST|GET|REQUEST|COOKIE)\s*\[[^\]]{1,30}\][^;\n]{0,80}\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,30}\]\s*\[\s*['"]name['"]\s*\]/
        $mv = /[^\w>:$](move_uploaded_file|copy)\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,30}\]\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*\$\w{1,30}\s*\)/
    condition:
        $php and filesize < 2MB and $tgt and $mv
}

rule SPAMGEAR_TOOLKIT_CmsAdminInjector
{
    meta:
        score = 100
        family = "toolkit"
        description = "stand-alone script that reads a CMS config for DB credentials and inserts an administrator account with raw SQL"
    strings:
        $php = "<?"
        $cfg = /['"][^'"\n]{0,60}(wp-config\.php|configuration\.php|app\/etc\/local\.xml|settings\.php|config\/database\.php)['"]/
        $ins1 = /INSERT\s+INTO\s+[`'"]?\w{0,30}(users|user|admin|admins)[`'"]?\s*\(/
        $ins2 = /INSERT\s+INTO\s+[`'"]?\w{0,30}(usermeta|user_usergroup_map|users_roles|admin_role|authorization_role)[`'"]?/
        $role1 = /wp_capabilities|s:13:\\?"administrator\\?"|a:1:\{s:13:/
        $role2 = /user_usergroup_map[^;\n]{0,120}\b8\b|Super\s?Users?/
        $role3 = /users_roles|administrator/ nocase
        $conn = /[^\w>:$](mysql_connect|mysqli_connect|new\s+mysqli|new\s+PDO|mysqli_query|mysql_query)\s*\(/
        $cls = /\n\s*(abstract\s+|final\s+)?class\s+\w{1,40}/
    condition:
        $php and filesize < 200KB and $cfg and $ins1 and $ins2 and $conn and any of ($role*) and not $cls
}

rule SPAMGEAR_TOOLKIT_WpAuthCookieBackdoor
{
    meta:
        score = 100
        family = "toolkit"
        description = "WordPress login bypass: sets the auth cookie of an administrator behind a request check, with no password, nonce or capability check"
    strings:
        $php = "<?"
        $ck = /wp_set_auth_cookie\s*\(/
        $adm1 = /['"]role['"]\s*=>\s*['"]administrator['"]/
        $adm2 = /get_user_by\s*\(\s*['"](login|id|ID)['"]\s*,\s*['"]?(admin|1)['"]?\s*\)/
        $adm3 = /wp_set_auth_cookie\s*\(\s*1\s*[,)]/
        $adm4 = /get_super_admins\s*\(|get_users\s*\(\s*['"]role=administrator/
        $in = /\$_(COOKIE|GET|POST|REQUEST|SERVER)\s*\[/
        $ok1 = "wp_signon"
        $ok2 = "wp_authenticate"
        $ok3 = "wp_check_password"
        $ok4 = "check_admin_referer"
        $ok5 = "wp_verify_nonce"
        $ok6 = "check_ajax_referer"
        $ok7 = "current_user_can"
    condition:
        $php and filesize < 500KB and $ck and any of ($adm*) and $in and not any of ($ok*)
}

rule SPAMGEAR_TOOLKIT_ConfigHarvester
{
    meta:
        score = 100
        family = "toolkit"
        description = "config grabber: globs or builds /home/*/public_html/.../wp-config.php style paths of other sites and pulls their database passwords"
    strings:
        $php = "<?"
        $g1 = /glob\s*\([^;]{0,120}['"][^'"\n]{0,40}\/\*\/(public_html\/|www\/|htdocs\/|httpdocs\/)?(wp-config|configuration|config|settings|LocalSettings)\.(php|inc\.php)['"]/
        $g2 = /['"]\/home\/['"]\s*\.\s*\$\w{1,30}\s*\.\s*['"]\/(public_html|www|htdocs|httpdocs)\/(wp-config|configuration|config)\.php['"]/
        $g3 = /\/home\/\*\/(public_html|www|htdocs)/
        $pw = /DB_PASSWORD|\$password\s*=|db_pass|['"]password['"]\s*\]|\$dbpass/
    condition:
        $php and filesize < 1MB and any of ($g*) and $pw
}

rule SPAMGEAR_TOOLKIT_ActionDispatchFileOps
{
    meta:
        score = 100
        family = "filemanager"
        description = "(issue 4p) file manager panel that copies a request parameter into a variable and dispatches on action words (rm/cat/mv/chmod/dl/put...) to three or more file-system calls on plain variables, with no CSRF/nonce/capability check"
    strings:
        $php = "<?"
        $in = /\$\w{1,20}\s{0,3}=\s{0,3}@?\$_(GET|POST|REQUEST)\s{0,3}\[[^\]\n]{1,20}\]/
        $k1 = /(case\s{1,3}|==\s{0,3}|===\s{0,3})['"](rm|del|delete|remove|unlink)['"]/
        $k2 = /(case\s{1,3}|==\s{0,3}|===\s{0,3})['"](cat|view|read|show|source|open)['"]/
        $k3 = /(case\s{1,3}|==\s{0,3}|===\s{0,3})['"](dl|down|download)['"]/
        $k4 = /(case\s{1,3}|==\s{0,3}|===\s{0,3})['"](mv|move|ren|rename)['"]/
        $k5 = /(case\s{1,3}|==\s{0,3}|===\s{0,3})['"](chmod|perm|perms)['"]/
        $k6 = /(case\s{1,3}|==\s{0,3}|===\s{0,3})['"](mkdir|md|newdir|mkd)['"]/
        $k7 = /(case\s{1,3}|==\s{0,3}|===\s{0,3})['"](put|write|save|edit|upload|up)['"]/
        $k8 = /(case\s{1,3}|==\s{0,3}|===\s{0,3})['"](ls|dir|list)['"]/
        $o1 = /[^\w>:$]unlink\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3}\)/
        $o2 = /[^\w>:$]rmdir\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3}\)/
        $o3 = /[^\w>:$]rename\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3},/
        $o4 = /[^\w>:$]chmod\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3},/
        $o5 = /[^\w>:$](readfile|highlight_file|show_source)\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3}\)/
        $o6 = /[^\w>:$]file_put_contents\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3},\s{0,3}(file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input|\$_(GET|POST|REQUEST)\s{0,3}\[)/
        $o7 = /[^\w>:$]mkdir\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3}\)/
        $a1 = "csrf"
        $a2 = "CSRF"
        $a3 = "_nonce"
        $a4 = "current_user_can"
        $a5 = "check_admin_referer"
    condition:
        $php and filesize < 200KB and $in and 3 of ($k*) and 3 of ($o*) and not any of ($a*)
}

// ---- issue 4s: flooders and file-encrypting ransomware ---------------------------------------------

rule SPAMGEAR_TOOLKIT_UdpFlood
{
    meta:
        score = 100
        family = "toolkit"
        description = "(issue 4s) UDP flooder: a udp:// socket, request input (target/port/time), ignore_user_abort or set_time_limit(0), an endless or clock-bounded loop, and writes to the socket"
    strings:
        $udp = /(fsockopen|pfsockopen|stream_socket_client)\s{0,3}\(\s{0,3}["']udp:\/\//
        $udp2 = /socket_create\s{0,3}\(\s{0,3}AF_INET\s{0,3},\s{0,3}SOCK_DGRAM/
        $abort = /ignore_user_abort\s{0,3}\(|set_time_limit\s{0,3}\(\s{0,3}0\s{0,3}\)/
        $in = /\$_(GET|POST|REQUEST)\s{0,3}\[/
        $loop = /while\s{0,3}\(\s{0,3}(1|true|TRUE)\s{0,3}\)|for\s{0,3}\(\s{0,3};\s{0,3};|time\s{0,3}\(\s{0,3}\)\s{0,3}[<>]=?\s{0,3}\$\w{1,40}|\$\w{1,40}\s{0,3}[<>]=?\s{0,3}time\s{0,3}\(\s{0,3}\)/
        $send = /[^\w>:$](fwrite|fputs|socket_sendto)\s{0,3}\(/
    condition:
        filesize < 1MB and ($udp or $udp2) and $abort and $in and $loop and $send
}

rule SPAMGEAR_TOOLKIT_FileEncryptRansom
{
    meta:
        score = 100
        family = "toolkit"
        description = "(issue 4s) PHP ransomware: walks directories, encrypts file contents (mcrypt/openssl) back into the files, renames them to a new extension and rewrites .htaccess with a DirectoryIndex (ransom note page), keyed from the request"
    strings:
        $walk = /[^\w>:$](scandir|readdir|glob)\s{0,3}\(|RecursiveDirectoryIterator/
        $enc = /[^\w>:$](mcrypt_encrypt|openssl_encrypt)\s{0,3}\(/
        $put = /[^\w>:$]file_put_contents\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},/
        $ren = /[^\w>:$]rename\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3},\s{0,3}\$\w{1,30}\s{0,3}\.\s{0,3}["']\.\w{2,16}["']\s{0,3}\)/
        $ht = /["']\.htaccess["']/
        $di = "DirectoryIndex"
        $in = /\$_(GET|POST|REQUEST)\s{0,3}\[/
    condition:
        filesize < 2MB and all of them
}
