/*
 * filemanager.yar - web shell user interfaces: file managers, command consoles, uploaders,
 * reverse/bind shells and host reconnaissance panels.
 *
 * Catches: a script that combines a shell/command sink with request input and with file
 * management (upload + directory listing + chmod/unlink/rename) or host probes (php_uname,
 * safe_mode, disable_functions, posix_getpwuid, /etc/passwd); socket-to-shell reverse and bind
 * shells; bare uploaders that store an uploaded file under the client's chosen name with no
 * checks; privilege-escalation command menus; (issue 4h) an uploaded archive unpacked into a
 * directory the request names; (issue 4l) probe-free managers that list, upload, delete/rename
 * and run a request command (UploadListExecPanel), function-name tables kept as base64 literals,
 * class-based toolboxes called by a request-named method, and client-named uploads written by
 * copying bytes or in two steps.
 *
 * Why it is safe: a legitimate application may list directories, or accept uploads, or call
 * exec() - but it does not offer all of these together to the browser, does not probe
 * safe_mode/disable_functions next to a command box, and never wires a socket to /bin/sh.
 * Single signals (probes, listings) score < 100. The command-plus-file-manager rule also needs a
 * form/input/textarea (or a file under 20 KB), so large function libraries (Cacti) stay clean.
 * The issue-4l rules each need four or more of these behaviours together (upload + listing +
 * self-link or upload form + file operations + a request-fed command), or an encoding no
 * application uses for its own function names; all were run over every file of the 30 Debian
 * trees with 0 hits.
 */

rule SPAMGEAR_SHELLUI_CommandFileManager
{
    meta:
        score = 100
        family = "filemanager"
        description = "command execution plus request input plus file management and host probes"
    strings:
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?\s*[$"]/i
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $f1 = /[^\w>:$]move_uploaded_file\s*\(/
        $f2 = /[^\w>:$](opendir|scandir|readdir|glob)\s*\(/
        $f3 = /[^\w>:$](chmod|unlink|rename|rmdir|touch)\s*\(/
        $f4 = /[^\w>:$](fileperms|fileowner|filemtime|is_writable|is_writeable)\s*\(/
        $p1 = /php_uname|posix_uname|uname\s+-a/
        $p2 = "disable_functions" nocase
        $p3 = "safe_mode"
        $p4 = /posix_getpwuid|posix_getgrgid|getmyuid|get_current_user|posix_geteuid/
        $p5 = /disk_free_space|diskfreespace|disk_total_space/
        $p6 = "/etc/passwd"
        $p7 = "open_basedir" nocase
        $p8 = /\bwhoami\b|\bnetstat\b|ps\s+aux|\bifconfig\b/
        $ui = /<(form|input|textarea)\b/
    condition:
        filesize < 4MB and $sink and $in and 3 of ($f*) and 2 of ($p*) and (#in >= 2 or filesize < 64KB or $ui)
}

rule SPAMGEAR_SHELLUI_HostProbes
{
    meta:
        score = 40
        family = "filemanager"
        description = "several host reconnaissance probes (uname, safe_mode, disable_functions, uid)"
    strings:
        $p1 = /php_uname|posix_uname|uname\s+-a/
        $p2 = "disable_functions" nocase
        $p3 = "safe_mode"
        $p4 = /posix_getpwuid|posix_getgrgid|getmyuid|get_current_user|posix_geteuid/
        $p5 = /disk_free_space|diskfreespace|disk_total_space/
        $p6 = "/etc/passwd"
        $p7 = "open_basedir" nocase
        $p8 = /\bwhoami\b|\bnetstat\b|ps\s+aux|\bifconfig\b/
    condition:
        filesize < 4MB and 4 of them
}

rule SPAMGEAR_SHELLUI_ReverseShell
{
    meta:
        score = 100
        family = "filemanager"
        description = "network socket wired to a system shell (reverse or bind shell)"
    strings:
        $sock = /[^\w>:$](fsockopen|pfsockopen|socket_create|stream_socket_client|stream_socket_server|socket_bind)\s*\(/
        $sh1 = /\/bin\/(ba)?sh\b/
        $sh2 = "cmd.exe"
        $sh3 = /sh\s+-i\b/
        $exe = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(/i
    condition:
        filesize < 2MB and $sock and $exe and any of ($sh*)
}

rule SPAMGEAR_SHELLUI_EmbeddedBackconnect
{
    meta:
        score = 100
        family = "filemanager"
        description = "PHP that drops a Perl/Python/C back-connect or bind-port helper"
    strings:
        $perl = /#!\/usr\/bin\/perl[^\n]{0,40}\n/
        $sock1 = /use\s+Socket|IO::Socket|socket\s*\(\s*SOCKET|import\s+socket|sys\/socket\.h/
        $sh = /\/bin\/(ba)?sh|cmd\.exe/
        $php = "<?"
        $w = /[^\w>:$](fwrite|fputs|file_put_contents|base64_decode)\s*\(/i
    condition:
        filesize < 4MB and $php and $w and $sock1 and $sh and ($perl or #sock1 > 0)
}

rule SPAMGEAR_SHELLUI_BareUploader
{
    meta:
        score = 60
        family = "filemanager"
        description = "small script that stores uploads under the client's file name without any check"
    strings:
        $mv = /[^\w>:$](move_uploaded_file\s*\(|(copy|rename)\s*\(\s*\$(_FILES\s*\[|\w{1,30}\s{0,3}\[\s{0,3}['"]tmp_name['"]))/
        $name = /\$_FILES\s*\[[^\]]{1,40}\]\s*\[\s*['"]?name['"]?\s*\]|\$\w{1,30}\s{0,3}=\s{0,3}\$_FILES\s{0,3}\[[^\]\n]{1,40}\]\s{0,3};|foreach\s{0,3}\(\s{0,3}\$_FILES\s{1,3}as\s|=\s{0,3}(reset|current|end|array_shift|array_pop|array_values)\s{0,3}\(\s{0,3}\$_FILES\s{0,3}\)/
        $chk1 = /in_array|pathinfo|getimagesize|finfo_|mime_content_type|exif_imagetype|preg_match|strrchr|wp_|current_user_can|nonce|getExtension|allowed/i
    condition:
        filesize < 6KB and $mv and $name and not $chk1
}

rule SPAMGEAR_SHELLUI_UploadForm
{
    meta:
        score = 40
        family = "filemanager"
        description = "a script printing its own multipart upload form next to move_uploaded_file"
    strings:
        $form = /enctype\s*=\s*\\?['"]?multipart\/form-data/i
        $mv = /[^\w>:$](move_uploaded_file\s*\(|copy\s*\(\s*\$_FILES)/
        $cn1 = /(move_uploaded_file|copy)\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]name['"]\s*\]\s*\)/
        $cn2 = /\$\w{1,20}\s*=\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]name['"]\s*\]\s*;([^;]{0,100};)?\s*[^;]{0,40}(move_uploaded_file|copy)\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*\$\w{1,20}\s*\)/
    condition:
        (filesize < 20KB and $form and $mv) or ($form and any of ($cn*))
}

rule SPAMGEAR_SHELLUI_PrivescMenu
{
    meta:
        score = 80
        family = "filemanager"
        description = "menu of privilege-escalation / credential-hunting shell commands"
    strings:
        $c1 = /find\s+\/\s+-type\s+f\s+-perm\s+-0?4000/
        $c2 = /find\s+\/\s+-type\s+f\s+-perm\s+-0?2000/
        $c3 = /find\s+[\/.]\s+-type\s+f\s+-name\s+\\?['"]?\.?(config|htpasswd|bash_history|fetchmail)/
        $c4 = /find\s+[\/.]\s+-perm\s+-0?2\s+-type\s+[fd]/
        $c5 = /locate\s+(httpd\.conf|vhosts\.conf|proftpd\.conf|psybnc\.conf|my\.conf|admin\.php|cfg\.php|conf\.php|config\.dat|config\.php|config\.inc|config\.inc\.php|config\.default\.php|\.conf|\.pwd|\.sql|\.htpasswd|\.bash_history|\.mysql_history|backup|dump|priv)/
        $c6 = /lsattr\s+-va/
        $c7 = /cat\s+\/etc\/(passwd|shadow|hosts)/
        $c8 = /netstat\s+-an?\s*\|?\s*grep/
        $c9 = /ls\s+-la\s+\/etc\//
    condition:
        filesize < 4MB and 3 of them
}

rule SPAMGEAR_SHELLUI_ShellKeywords
{
    meta:
        score = 50
        family = "filemanager"
        description = "web-shell panel vocabulary (back-connect, bind port, self remove, mass deface, symlink bypass)"
    strings:
        $k1 = /back[\s_-]?connect/i
        $k2 = /bind[\s_-]?(port|shell)/i
        $k3 = /self[\s_-]?(remove|kill|destroy|delete)/i
        $k4 = /mass[\s_-]?(deface|defacer|mailer|upload)/i
        $k5 = /symlink\s*(bypass|sym)/i
        $k6 = /safe[\s_-]?mode\s*(bypass|:\s*(on|off))/i
        $k7 = /(bypass|fake)\s*(disable_functions|open_basedir|safe_mode)/
        $k8 = /zone-h/i
        $k9 = /\bweb\s?shell\b|\bsh[3e]ll\s*(by|v\d)|\bhacked\s+by\b|\bc0ded\s+by\b|\bcoded\s+by\b/i
        $k10 = /brute[\s_-]?force/i
        $k11 = /(port|server)[\s_-]?scan/i
        $k12 = /\bdeface\b/i
        $k13 = /reverse\s?shell/i
    condition:
        filesize < 4MB and 3 of them
}

rule SPAMGEAR_SHELLUI_FeatureRichShell
{
    meta:
        score = 100
        family = "filemanager"
        description = "several distinct shell sinks plus file management plus host probes in one script"
    strings:
        $s1 = /[^\w>:$.]system\s*\(\s*@?\s*\$/
        $s2 = /[^\w>:$.]passthru\s*\(\s*@?\s*\$/
        $s3 = /[^\w>:$.]shell_exec\s*\(\s*@?\s*\$/ nocase
        $s4 = /[^\w>:$.]exec\s*\(\s*@?\s*\$/
        $s5 = /[^\w>:$.]popen\s*\(\s*@?\s*\$/
        $s6 = /[^\w>:$.]proc_open\s*\(\s*@?\s*\$/
        $f1 = /[^\w>:$]move_uploaded_file\s*\(/
        $f2 = /[^\w>:$](opendir|scandir|readdir)\s*\(/
        $f3 = /[^\w>:$](chmod|unlink|rename|rmdir)\s*\(/
        $f4 = /[^\w>:$](fileperms|fileowner|filegroup)\s*\(/
        $p1 = /php_uname|posix_uname|uname\s+-a/
        $p2 = "disable_functions" nocase
        $p3 = "safe_mode"
        $p4 = /posix_getpwuid|posix_getgrgid|getmyuid|get_current_user/
    condition:
        filesize < 4MB and 3 of ($s*) and 3 of ($f*) and 2 of ($p*)
}

rule SPAMGEAR_SHELLUI_WindowsComShell
{
    meta:
        score = 100
        family = "filemanager"
        description = "WScript.Shell/Shell.Application COM object driven by request input"
    strings:
        $com = /new\s+COM\s*\(/
        $w1 = /WScript['". ]{0,8}\.?\s*['"]?\s*\.?\s*['"]?shell/ nocase
        $w2 = /Shell['". ]{0,6}Application/
        $w3 = /->\s*(exec|run|ShellExecute)\s*\(/
        $in = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        filesize < 4MB and $com and $in and $w3 and ($w1 or $w2 or #w3 > 0)
}

rule SPAMGEAR_SHELLUI_PasswdAndSymlink
{
    meta:
        score = 100
        family = "filemanager"
        description = "reads /etc/passwd and plants symlinks to other users' files (symlink attack)"
    strings:
        $p = /(file|fopen|file_get_contents|readfile|popen|exec|system|shell_exec)\s*\(\s*['"]\/etc\/(passwd|named\.conf|valiases)/
        $p2 = /\/etc\/passwd/
        $s = /[^\w>:$.]symlink\s*\(/
        $s2 = /ln\s+-s\b/
        $php = /<\?(php|=|\s)/ nocase
    condition:
        filesize < 4MB and $php and ($p or $p2) and ($s or $s2) and ($p or #s > 1 or $s2)
}

rule SPAMGEAR_SHELLUI_ScriptDropper
{
    meta:
        score = 60
        family = "filemanager"
        description = "writes a Perl/Python/CGI/shell script file from a literal or decoded blob"
    strings:
        $a = /fopen\s*\(\s*['"][^'"\n]{1,60}\.(pl|py|cgi|sh|izo|alfa)['"]\s*,\s*['"][wa]/
        $b = /file_put_contents\s*\(\s*['"][^'"\n]{1,60}\.(pl|py|cgi|sh|izo|alfa)['"]/
        $dec = /base64_decode\s*\(|gzinflate\s*\(|str_rot13\s*\(/ nocase
    condition:
        filesize < 4MB and ($a or $b) and $dec
}

rule SPAMGEAR_SHELLUI_DownloadAndRun
{
    meta:
        score = 100
        family = "filemanager"
        description = "shell sink that downloads a payload (wget/curl/lwp-download) and runs or chmods it"
    strings:
        $dl = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*['"][^'"\n]{0,60}(wget\s|curl\s+-[oOsL]|lwp-download\s|fetch\s+-o|GET\s+http)/
        $run = /[;&|'"]\s*(perl|python[0-9.]{0,4}|php|sh|bash)\s+[\w.\/-]{1,40}|chmod\s+(\+x|[0-7]{3,4})\s|[;&|'"]\s*\.\/[\w.-]{1,30}|nohup\s/
    condition:
        filesize < 2MB and $dl and $run
}

rule SPAMGEAR_SHELLUI_IrcBot
{
    meta:
        score = 100
        family = "filemanager"
        description = "IRC bot: socket + IRC protocol verbs + command execution"
    strings:
        $sock = /[^\w>:$](fsockopen|pfsockopen|socket_create|stream_socket_client)\s*\(/
        $i1 = "PRIVMSG"
        $i2 = /NICK\s/
        $i3 = /JOIN\s/
        $i4 = /USER\s/
        $i5 = "PING"
        $sink = /[^\w>:$](system|passthru|shell_exec|exec|popen|proc_open|mail)\s*\(/ nocase
    condition:
        filesize < 2MB and $sock and $sink and $i1 and 2 of ($i2, $i3, $i4, $i5)
}

rule SPAMGEAR_SHELLUI_LogWiper
{
    meta:
        score = 100
        family = "filemanager"
        description = "list of system login/shell history logs to wipe (covering tracks)"
    strings:
        $l1 = "/var/log/lastlog"
        $l2 = "/var/log/wtmp"
        $l3 = "/var/run/utmp"
        $l4 = "/.bash_history"
        $l5 = "/var/log/secure"
        $l6 = "/var/log/messages"
        $l7 = "/var/log/auth.log"
        $l8 = "/var/log/xferlog"
        $l9 = "/etc/wtmp"
        $w = /[^\w>:$](unlink|fopen|file_put_contents|system|exec|shell_exec|passthru)\s*\(/ nocase
    condition:
        filesize < 2MB and 4 of ($l*) and $w
}

rule SPAMGEAR_SHELLUI_UploadToClientName
{
    meta:
        score = 80
        family = "filemanager"
        description = "upload moved straight to the client-supplied file name (no directory, no renaming)"
    strings:
        $a = /(move_uploaded_file|copy)\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]?tmp_name['"]?\s*\]\s*,\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]?name['"]?\s*\]\s*\)/
        $b = /\$\w{1,20}\s*=\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]name['"]\s*\]\s*;([^;]{0,100};)?\s*[^;]{0,40}(move_uploaded_file|copy)\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,40}\]\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*\$\w{1,20}\s*\)/
    condition:
        $a or $b
}

rule SPAMGEAR_SHELLUI_ArchiveExtractToInputPath
{
    meta:
        score = 100
        family = "filemanager"
        description = "uploaded archive unpacked into a directory named in the request (ZipArchive::extractTo / PclZip PCLZIP_OPT_PATH of input): drops whole kits anywhere on the account"
    strings:
        $php = "<?"
        $x1 = /->extractTo\s*\(\s*(\$_(POST|GET|REQUEST)\s*\[|\$(dir|path|to|dest|target|d|p|folder|destination)\s*[,)])/
        $x2 = /PCLZIP_OPT_PATH\s*,\s*\$_(POST|GET|REQUEST)\s*\[/
        $in = /\$(dir|path|to|dest|target|d|p|folder|destination)\s*=\s*[^;\n]{0,40}\$_(POST|GET|REQUEST)\s*\[/
        $direct = /->extractTo\s*\(\s*\$_(POST|GET|REQUEST)\s*\[/
        $up = /\$_FILES\s*\[/
    condition:
        $php and filesize < 1MB and $up and ($direct or $x2 or ($x1 and $in))
}

rule SPAMGEAR_SHELLUI_UploadListExecPanel
{
    meta:
        score = 100
        family = "filemanager"
        description = "generic file-manager shell without host probes (issue 4l): stores uploads, lists a directory, links to itself with a ?param=, deletes/renames/chmods files and runs a request-supplied command"
    strings:
        $php = "<?"
        $up = /[^\w>:$](move_uploaded_file\s*\(|copy\s*\(\s*\$_FILES\s*\[|file_get_contents\s*\(\s*\$_FILES\s*\[)/
        $ls = /[^\w>:$](opendir|scandir|glob)\s*\(\s*["$]|new\s+(Recursive)?DirectoryIterator\s*\(\s*\$|[^\w>:$]dir\s*\(\s*\$/
        $nav1 = /href\s*=\s*\\?['"]?\?\w{1,12}=/
        $nav2 = /['"]\?\w{1,12}=['"]\s*\.\s*(urlencode|rawurlencode)\s*\(/
        $nav3 = /(\. '\?|\.'\?|\. "\?|\."\?)\w{1,12}=/
        $o1 = /[^\w>:$]unlink\s*\(/
        $o2 = /[^\w>:$]rename\s*\(/
        $o3 = /[^\w>:$]chmod\s*\(/
        $o4 = /[^\w>:$]rmdir\s*\(/
        $cin = /(system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?[^;\n]{0,80}\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $cadj = /\$\w{1,20}\s*=\s*[^;\n]{0,60}\$_(POST|GET|REQUEST|COOKIE)\s*\[[^;\n]{0,40};([^;]{0,80};){0,3}[^;]{0,40}([^\w>:$.](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?\s*\$\w{1,20}|`\s*\$\w{1,20}\s*`)/
        $tick = /`\$\w{1,20}`|` \$\w{1,20} `/
        $esc = /escapeshellarg\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)/
        $form = /enctype\s*=\s*\\?['"]?multipart\/form-data/
    condition:
        $php and filesize < 2MB and $up and $ls and (any of ($nav*) or $form) and (($cin and not $esc) or $cadj) and (2 of ($o*) or (1 of ($o*) and $form) or ($form and $tick))
}

rule SPAMGEAR_SHELLUI_Base64NameTable
{
    meta:
        score = 100
        family = "filemanager"
        description = "file-manager shell whose function names are kept as whole base64 literals (a table of shell_exec/system/move_uploaded_file/scandir/unlink/... decoded at run time, issue 4l)"
    strings:
        $php = "<?"
        $s = /['"](c2hlbGxfZXhlYw|c3lzdGVt|cGFzc3RocnU|ZXhlYw|cG9wZW4|cHJvY19vcGVu|bW92ZV91cGxvYWRlZF9maWxl)={0,2}['"]/
        $f = /['"](cGhwX3VuYW1l|c2NhbmRpcg|dW5saW5r|Z2V0Y3dk|ZmlsZV9wdXRfY29udGVudHM|Y2htb2Q|cmVuYW1l|cG9zaXhfZ2V0cHd1aWQ|b3BlbmRpcg|ZmlsZV9nZXRfY29udGVudHM)={0,2}['"]/
        $dec = /base64_decode|['"]base64_['"]|['"]base['"]\s*\.\s*['"]64/
    condition:
        $php and filesize < 4MB and $dec and #s >= 1 and (#s + #f) >= 4
}

rule SPAMGEAR_SHELLUI_ProbedUploadForm
{
    meta:
        score = 40
        family = "filemanager"
        description = "own multipart upload form next to a host probe (php_uname/uid/disable_functions) and the client file name: adds to UploadToClientName for Priv8-style uploaders inside larger files (issue 4l)"
    strings:
        $php = "<?"
        $form = /enctype\s*=\s*\\?['"]?multipart\/form-data/
        $p = /php_uname\s*\(|posix_getpwuid\s*\(|get_current_user\s*\(|ini_get\s*\(\s*['"]disable_functions/
        $name = /\$_FILES\s*\[[^\]]{1,40}\]\s*\[\s*['"]name['"]\s*\]/
    condition:
        $php and filesize < 4MB and $form and $p and $name
}

rule SPAMGEAR_SHELLUI_UploadContentCopy
{
    meta:
        score = 80
        family = "filemanager"
        description = "upload stored by copying its bytes (file_put_contents of file_get_contents(tmp_name)) under the client's file name: the move_uploaded_file-free form of UploadToClientName (issue 4l)"
    strings:
        $a = /file_put_contents\s*\([^;\n]{0,80}\$_FILES\s*\[[^\]]{1,40}\]\s*\[\s*['"]name['"]\s*\][^;\n]{0,20},\s*(@\s*)?file_get_contents\s*\(\s*\$_FILES\s*\[[^\]]{1,40}\]\s*\[\s*['"]tmp_name['"]\s*\]/
    condition:
        $a
}

rule SPAMGEAR_SHELLUI_RequestMethodToolbox
{
    meta:
        score = 100
        family = "filemanager"
        description = "class-based shell: a request-named method is called on an object whose class has a method that only runs its argument through shell_exec/system, move_uploaded_file, unlink/rename and a directory listing (issue 4l)"
    strings:
        $php = "<?"
        $dyn = /->\s*\$\w{1,20}\s*\(/
        $min = /\$\w{1,20}\s*=\s*[^;\n]{0,40}\$_(GET|POST|REQUEST)\s*\[/
        $sink = /function\s+\w{1,30}\s*\(\s*\$\w{1,20}\s*\)\s*\{\s*(return\s+)?@?(shell_exec|system|passthru|exec|popen)\s*\(\s*\$\w{1,20}\s*\)/
        $up = /[^\w>:$]move_uploaded_file\s*\(/
        $o1 = /[^\w>:$]unlink\s*\(/
        $o2 = /[^\w>:$]rename\s*\(/
        $ls = /[^\w>:$](opendir|scandir|glob)\s*\(/
        $cls = /\bclass\s+\w{1,40}/
    condition:
        $php and filesize < 1MB and $cls and $dyn and $min and $sink and $up and $o1 and $o2 and $ls
}

rule SPAMGEAR_FILEMANAGER_TinyArbitraryDownload
{
    meta:
        score = 100
        family = "filemanager"
        description = "(issue 4s) a tiny (< 2 KB) download script that opens the request value itself as a path (no directory in front, no basename/realpath/whitelist check, no session) and sends it as an attachment: reads any file the web user can"
    strings:
        $in = /\$\w{1,30}\s{0,3}=\s{0,3}\$_(GET|POST|REQUEST)\s{0,3}\[\s{0,3}["']?\w{1,30}["']?\s{0,3}\]\s{0,3};/
        $open = /[^\w>:$](fopen|readfile|file_get_contents)\s{0,3}\(\s{0,3}"?\$\w{1,30}"?\s{0,3}[,)]/
        $cd = /[Cc]ontent-[Dd]isposition:\s{0,3}attachment/
        $chk = /basename\s{0,3}\(|realpath\s{0,3}\(|in_array\s{0,3}\(|preg_match\s{0,3}\(|strpos\s{0,3}\(|str_replace\s{0,3}\(|\.\.|is_user_logged_in|current_user_can|\$_SESSION|session_start|DIRECTORY_SEPARATOR|__DIR__|dirname\s{0,3}\(|array_key_exists|isset\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\[/
        $dir1 = /\/'\s{0,3}\.\s{0,3}\$\w/
        $dir2 = /\/"\s{0,3}\.\s{0,3}\$\w/
        $dir3 = /\/\$\w{1,30}/
        $dir4 = /\/\{\$\w/
    condition:
        filesize < 2KB and $in and $open and $cd and not $chk and not any of ($dir*)
}
