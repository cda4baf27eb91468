/*
 * large_kits.yar - larger attack kits and their parts (issue 4h): encoder-wrapped loaders with
 * non-ASCII names, mass droppers, shell-kit templates, upload-and-browse panels and web-form
 * exploit launchers.
 *
 * Catches:
 *  - encoder output whose functions, parameters and constants are named with raw high-bit bytes
 *    (PHP-shield / jiami style: `function \xb3\xa1(&$\xc4...)` next to define('\xd2..') or
 *    function_exists('\xe1..') and a decoder or eval), or guarded by a random lower-case
 *    constant set to __FILE__ with errors silenced and eval in the file;
 *  - a remote list dropper: a URL from the request is fetched, each listed URL downloaded,
 *    saved under its own base name and chmod-ed executable;
 *  - the b374k kit layout template (module registry rendered with the kit's resource helpers);
 *  - a stand-alone panel that lists any directory named in the request, downloads any file
 *    named in the request, and either stores uploads under the client's file name or links to
 *    the file-system root;
 *  - a web page that takes a target site from the request and POSTs an SQL-injection payload
 *    to it (CMS exploit launchers hosted on compromised accounts).
 *
 * Why it is safe: each rule needs a PHP open tag and two or more independent behaviours that
 * legitimate applications do not combine: identifiers made of raw high-bit bytes AND an
 * encoder's self-check AND a decoder; fetch-from-request-URL AND save-under-URL-name AND chmod
 * in a loop; browse-any-dir AND download-any-file AND client-named upload or a root link, in a
 * file without a class or namespace; a request-chosen target AND a POST AND an SQL-injection
 * string AND a success message. Run against every Debian PHP tree on the build host (all file
 * types) with 0 hits.
 */

rule SPAMGEAR_LARGE_HighBitNameEncoder
{
    meta:
        score = 100
        family = "loader"
        description = "encoder output with functions and parameters named in raw high-bit bytes, an encoder self-check (define/function_exists/global of such a name) and a decoder or eval"
    strings:
        $php = "<?"
        $fn = /function\s{1,3}[\x80-\xff][\w\x80-\xff]{0,40}\s*\(\s*&?\$[\x80-\xff]/
        $def = /define\s*\(\s*['"][\x80-\xff]/
        $fex = /function_exists\s*\(\s*['"]\s*[\x80-\xff]/
        $glob = /global\s*\$[\x80-\xff]/
        $dec = /[^\w>:$](base64_decode|gzinflate|gzuncompress|str_rot13|strrev|eval|assert)\s*\(/
    condition:
        $php and filesize < 5MB and $fn and ($def or $fex or $glob) and $dec
}

rule SPAMGEAR_LARGE_EncoderSelfGuard
{
    meta:
        score = 100
        family = "loader"
        description = "encoder stub: errors silenced, a random lower-case constant defined to __FILE__ behind !defined(), a function_exists() check and eval"
    strings:
        $php = "<?"
        $g = /if\s*\(\s*!\s*defined\s*\(\s*['"][a-z]{6,12}['"]\s*\)\s*\)\s*\{?\s*define\s*\(\s*['"][a-z]{6,12}['"]\s*,\s*__FILE__\s*\)/
        $silent = /error_reporting\s*\(\s*0\s*\)/
        $fex = /function_exists\s*\(\s*['"]/
        $ev = /[^\w>:$]eval\s*\(/
    condition:
        $php and filesize < 2MB and $g and $silent and $fex and $ev
}

rule SPAMGEAR_LARGE_RemoteListDropper
{
    meta:
        score = 100
        family = "dropper"
        description = "URL taken from the request is fetched, each listed file downloaded and saved under its URL base name, then chmod-ed (mass dropper)"
    strings:
        $php = "<?"
        $url = /\$\w{1,20}\s*=\s*(trim\s*\(\s*)?\$_(GET|POST|REQUEST)\s*\[\s*['"]\w{1,20}['"]\s*\]/
        $fetch = /[^\w>:$](curl_exec|file_get_contents)\s*\(/
        $name1 = /end\s*\(\s*explode\s*\(\s*['"]\/['"]\s*,\s*\$/
        $name2 = /basename\s*\(\s*\$(url|link|src|remote|value|values|u)\b/
        $w = /[^\w>:$](file_put_contents|fwrite)\s*\(/
        $ch = /chmod\s*\([^;]{1,80},\s*0?7[0-7][0-7]\s*\)/
    condition:
        $php and filesize < 100KB and $url and $fetch and any of ($name*) and $w and $ch
}

rule SPAMGEAR_LARGE_B374kLayout
{
    meta:
        score = 100
        family = "b374k"
        description = "b374k kit layout template: module_to_load registry rendered with the kit's resource/server-info helpers"
    strings:
        $m = "$GLOBALS['module_to_load']"
        $mk = /\$GLOBALS\s*\[\s*['"]module['"]\s*\]\s*\[\s*\$\w{1,10}\s*\]\s*\[\s*['"](content|id|title)['"]\s*\]/
        $h = /get_resource\s*\(|get_server_info\s*\(|html_safe\s*\(|get_self\s*\(/
    condition:
        filesize < 2MB and $m and #mk >= 2 and #h >= 2
}

rule SPAMGEAR_LARGE_UploadBrowsePanel
{
    meta:
        score = 100
        family = "filemanager"
        description = "stand-alone panel: lists a directory named in the request, downloads a file named in the request, and stores uploads under the client's name or links to the file-system root"
    strings:
        $php = "<?"
        $in = /\$(dir|path|cd|folder|folder_name|folder_path|cwd|curdir|current_dir)\s*=\s*[^;\n]{0,40}\$_(GET|POST|REQUEST)\s*\[/
        $list = /[^\w>:$](opendir|scandir|readdir|glob)\s*\(/
        $cn1 = /=\s*['"]\.?\/?['"]\s*\.\s*\$\w{1,20}(\s*\[\s*['"]\w{1,20}['"]\s*\])?\s*\[\s*['"]name['"]\s*\]/
        $cn2 = /move_uploaded_file\s*\([^;]{1,120}\[\s*['"]name['"]\s*\]\s*\)/
        $dlin = /\$(file|fname|filename|dname|dfilename|download|dl)\s*=\s*[^;\n]{0,40}\$_(GET|POST|REQUEST)\s*\[/
        $dl1 = /Content-Disposition:\s*attachment/ nocase
        $dl2 = /[^\w>:$](readfile|fpassthru)\s*\(\s*\$/
        $root = /\?(dir|d|path|p|cd|folder)=\/\\?['"]/
        $cls1 = "\nnamespace "
        $cls2 = "\nclass "
    condition:
        $php and filesize < 500KB and $in and $list and $dlin and any of ($dl*) and (any of ($cn*) or $root) and not any of ($cls*)
}

rule SPAMGEAR_LARGE_SqliExploitLauncher
{
    meta:
        score = 100
        family = "exploit"
        description = "web page that takes a target site from the request and POSTs an SQL-injection payload to it (CMS exploit launcher)"
    strings:
        $php = "<?"
        $tgt = /\$\w{1,20}\s*=\s*['"]?(https?:\/\/['"]\s*\.\s*)?\$_(GET|POST|REQUEST)\s*\[\s*['"](url|site|target|host|domain|victim|web)['"]\s*\]/
        $req = /stream_context_create|curl_setopt\s*\([^;]{1,40}CURLOPT_POSTFIELDS/
        $sq1 = /update(\s|%20|\+)+users(\s|%20|\+)+set(\s|%20|\+)+\w{1,20}(\s|%20|\+)*%3D/
        $sq2 = /union(%20|\+|\/\*\*\/|\/\*!\d{0,5})+(all(%20|\+|\/\*\*\/)+)?select/
        $sq3 = /concat\s*\(\s*0x/
    condition:
        $php and filesize < 200KB and $tgt and $req and any of ($sq*)
}
