/*
 * polyglot.yar - PHP hidden in images and web-server configuration that executes it.
 *
 * Catches: GIF/JPEG/PNG/BMP/ICO files (by magic bytes at offset 0) that carry a PHP open tag,
 * and .htaccess files that map image/text extensions to the PHP handler, set
 * auto_prepend/append_file, or carry PHP code themselves; (issue 4h) php.ini/.user.ini lines that
 * auto-prepend an image/text file, a temp path or a URL.
 *
 * Why it is safe: a real image never contains "<?php" with code; a real .htaccess maps .php
 * (not .jpg/.gif/.txt) to PHP.  .php files that legitimately start with binary bytes do not exist
 * in applications.
 */

rule SPAMGEAR_POLYGLOT_ImageWithPhp
{
    meta:
        score = 100
        family = "polyglot"
        description = "image magic bytes at offset 0 followed by PHP code"
    strings:
        $php = /<\?(php|=)[\s(@$]/ nocase
        $code = /(\$_(GET|POST|REQUEST|COOKIE|FILES|SERVER)|eval\s*\(|assert\s*\(|system\s*\(|exec\s*\(|passthru\s*\(|base64_decode|file_put_contents|fopen\s*\(|move_uploaded_file|include|require|echo|print|phpinfo)/
        $jfif = /JFIF|Exif/
        $short = /<\?(php)?\s*phpinfo\s*\(\s*\)/
    condition:
        filesize < 20MB and
        (uint32be(0) == 0x47494638 or (uint16be(0) == 0xFFD8 and uint8(2) == 0xFF) or uint32be(0) == 0x89504E47 or uint16be(0) == 0x424D or uint32be(0) == 0x00000100 or $jfif in (0..40))
        and (($php and $code) or $short)
}

rule SPAMGEAR_POLYGLOT_HtaccessHandler
{
    meta:
        score = 100
        family = "polyglot"
        description = ".htaccess that hands image/text extensions to PHP or prepends a file"
    strings:
        $t1 = /(AddType|AddHandler|addtype|addhandler|ADDTYPE|ADDHANDLER|Addtype|Addhandler)\s+['"]?(application\/x-httpd-(ea-|alt-|ls)?php[0-9._a-z-]{0,12}|x-httpd-(ls)?php[0-9]{0,2}|php[0-9]{0,2}-script|application\/x-httpd-php-source|cgi-script|fcgid-script)['"]?\s+[^\n]{0,80}\.(jpe?g|gif|png|ico|bmp|txt|htaccess|html?|css|js|pdf|zip|dat|log|xml)\b/
        $t2 = /<(Files|files|FILES)(Match|match|MATCH)?\s+[^>]{0,80}(jpe?\??g|gif|png|ico|bmp|txt|htaccess|html?)[^>]{0,40}>\s*(\r?\n[^\n<]{0,80}){0,4}\s*(SetHandler|ForceType|sethandler|forcetype|SETHANDLER|FORCETYPE)\s+['"]?(application\/x-httpd-(ea-|alt-|ls)?php|x-httpd-(ls)?php|php[0-9]?-script|proxy:(unix|fcgi):|cgi-script|fcgid-script)/
        $t3 = /php_value\s+auto_(prepend|append)_file\s+['"]?(data:|https?:|ftp:|php:|\/tmp\/|\/dev\/shm|[^\s'"]{0,80}\.(jpe?g|gif|png|ico|txt|htaccess)|[^\s'";]{0,120}\.([^pi\s'";\/.][^\s'";\/.]{0,9}|p[^h\s'";\/.][^\s'";\/.]{0,8}|i[^n\s'";\/.][^\s'";\/.]{0,8})['"]?[ \t]*(\r?\n|;|$))/
        $t4 = /<Files\s+~?\s*['"]\^\\?\.ht['"]?>[^<]{0,120}(Allow\s+from\s+all|Require\s+all\s+granted)/
        $php = /<\?(php|=)?\s/
        $ah = /(AddHandler|addhandler)\s+[\w-]{1,30}\s+[^\n]{0,60}\.(jpe?g|gif|png|ico|bmp|txt)\b/
        $act = /(Action|action)\s+[\w-]{1,30}\s+['"]?[^\s'"]{0,80}php/
    condition:
        filesize < 200KB and ($t1 or $t2 or $t3 or ($t4 and $php) or ($ah and $act))
}

rule SPAMGEAR_POLYGLOT_PhpAfterBinaryHeader
{
    meta:
        score = 60
        family = "polyglot"
        description = "PHP open tag in a file whose first bytes are an image header"
    strings:
        $php = "<?php" nocase
    condition:
        filesize < 20MB and $php and @php[1] > 5 and
        (uint32be(0) == 0x47494638 or (uint16be(0) == 0xFFD8 and uint8(2) == 0xFF) or uint32be(0) == 0x89504E47)
}

rule SPAMGEAR_POLYGLOT_IniPrependNonPhp
{
    meta:
        score = 100
        family = "polyglot"
        description = "php.ini/.user.ini line that auto-prepends or appends an image/text file, a temp path or a URL (hidden PHP loaded into every page)"
    strings:
        $i = /(^|\n)[ \t]*auto_(prepend|append)_file[ \t]*=[ \t]*['"]?(data:|https?:|ftp:|php:|zip:|phar:|\/tmp\/|\/dev\/shm|\/var\/tmp\/|[^\s'";]{0,160}\.(jpe?g|gif|png|ico|bmp|svg|txt|css|js|log|dat|woff2?|ttf|pdf|zip|htaccess)|[^\s'";]{0,160}\.([^pi\s'";\/.][^\s'";\/.]{0,9}|p[^h\s'";\/.][^\s'";\/.]{0,8}|i[^n\s'";\/.][^\s'";\/.]{0,8})['"]?[ \t]*(\r?\n|;|$))/
    condition:
        filesize < 100KB and $i
}
