/*
 * obfuscation.yar - layers that hide PHP code from readers and scanners.
 *
 * Catches: eval/assert of decoder chains (gzinflate/gzuncompress/base64_decode/str_rot13/
 * strrev/hex2bin/convert_uudecode ...), sink names written backwards or in rot13, sink names
 * spelled with \x or octal escapes or chr() chains, function names built by concatenation and
 * called through variables, long base64/hex blobs next to a decoder, XOR string decoding,
 * non-alphanumeric "$_" variable soups and packed high-entropy payloads; (issue 4h) names
 * spelled by indexing a $GLOBALS-held alphabet string one character at a time, many times over;
 * (issue 4m) decoder results held in a variable and eval'd in the next statement, decoders reached
 * through array elements/call_user_func/wrappers/XOR loops, chr()-array code, goto spaghetti, names
 * built (chr/picks/fragments/escapes) and called on input in the next statement, escaped
 * superglobal keys. The 4m rules need the pieces to be adjacent statements, so a lone decoder,
 * blob or dynamic call in legit code does not reach 100.
 *
 * Why it is safe: legitimate applications do not execute code they had to decode first, and
 * they have no reason to hide the names of eval/system/base64_decode.  Direct eval-of-decoder
 * is scored 100; generic signs (long blobs, escapes, chr chains, entropy) score < 100 and need
 * a second signal, so embedded fonts, images and test vectors in libraries stay clean.
 */

import "math"

rule SPAMGEAR_OBFUSC_EvalDecoder
{
    meta:
        score = 100
        family = "obfuscation"
        description = "eval/assert/create_function of a decoded or decompressed string"
    strings:
        $a = /[^\w>:$](eval|assert|create_function)\s*\(\s*\(?\s*((['"]{0,2}|null)\s*,\s*|['"]\s*\?>\s*['"]\s*\.\s*)?@?\s*(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin|rawurldecode|urldecode|pack|bzdecompress|lzf_decompress|gzip_inflate|unserialize|htmlspecialchars_decode|stripslashes)\s*\(/i
        $b = /[^\w>:$](eval|assert)\s*\(\s*@?\s*(gzinflate|gzuncompress|base64_decode|str_rot13|strrev)\s*\(\s*@?\s*(gzinflate|gzuncompress|base64_decode|str_rot13|strrev|gzdecode)\s*\(/
        $c = /[^\w>:$]create_function\s*\(\s*['"][^'"]{0,30}['"]\s*,\s*@?\s*(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin|rawurldecode|urldecode)\s*\(/
    condition:
        any of them
}

rule SPAMGEAR_OBFUSC_EvalRemoteOrFile
{
    meta:
        score = 100
        family = "obfuscation"
        description = "eval of code fetched from a URL, socket or another file"
    strings:
        $a = /[^\w>:$](eval|assert)\s*\(\s*(['"]\s*\?>\s*['"]\s*\.\s*)?@?\s*(\w{1,20}\s*\(\s*@?){0,3}(file_get_contents|fopen|file|readfile|curl_init)\s*\(\s*['"](https?|ftp|data|php):/
        $b = /[^\w>:$](eval|assert)\s*\(\s*(['"]\s*\?>\s*['"]\s*\.\s*)?@?\s*(\w{1,20}\s*\(\s*@?){1,3}(file_get_contents|curl_exec|fread|stream_get_contents|fgets)\s*\(/
        // (issue 4q) eval straight on curl_exec(), or on the variable curl_exec() was stored in a few lines earlier.
        $c = /[^\w>:$](eval|assert)\s*\(\s*(['"]\s*\?>\s*['"]\s*\.\s*)?@?\s*curl_exec\s*\(/
        $d = /\$\w{1,30}\s*=\s*@?curl_exec\s*\(\s*\$\w{1,30}\s*\)\s*;[^\x00]{0,200}[^\w>:$](eval|assert)\s*\(\s*(['"]\s*\?>\s*['"]\s*\.\s*)?\$\w{1,30}\s*\)/
    condition:
        any of them
}

rule SPAMGEAR_OBFUSC_ReversedOrRot13Sink
{
    meta:
        score = 70
        family = "obfuscation"
        description = "names of code sinks or decoders spelled backwards or in rot13"
    strings:
        $r1 = "edoced_46esab"
        $r2 = "etalfnizg"
        $r3 = "sserpmocnuzg"
        $r4 = "\"tressa\""
        $r5 = "'tressa'"
        $r6 = "noitcnuf_etaerc"
        $r7 = "cexe_llehs"
        $r8 = "urhtssap"
        $t1 = "onfr64_qrpbqr"
        $t2 = "tmvasyngr"
        $t3 = "pers_shapgvba"
        $t4 = "\"nffreg\""
        $t5 = "'nffreg'"
        $t6 = "furyy_rkrp"
        $t7 = "tmhapbzcerff"
        $e1 = "'lave'"
        $e2 = "\"lave\""
        $e3 = "'riny'"
        $e4 = "\"riny\""
    condition:
        filesize < 2MB and any of them
}

rule SPAMGEAR_OBFUSC_EscapedSinkName
{
    meta:
        score = 100
        family = "obfuscation"
        description = "eval/assert/system/base64_decode/create_function spelled with \\x or octal escapes"
    strings:
        // eval / assert / system / base64 / create / gzinflate with at least the first letters escaped
        $x1 = /\\(x65|145)\\(x76|166)\\(x61|141)\\(x6c|154)/ nocase
        $x2 = /\\(x61|141)\\(x73|163)\\(x73|163)\\(x65|145)\\(x72|162)\\(x74|164)/
        $x3 = /\\(x73|163)\\(x79|171)\\(x73|163)\\(x74|164)\\(x65|145)\\(x6d|155)/
        $x4 = /\\(x62|142)\\(x61|141)\\(x73|163)\\(x65|145)\\(x36|66)\\(x34|64)/
        $x5 = /\\(x63|143)\\(x72|162)\\(x65|145)\\(x61|141)\\(x74|164)\\(x65|145)\\(x5f|137)/
        $x6 = /\\(x67|147)\\(x7a|172)\\(x69|151)\\(x6e|156)\\(x66|146)/ nocase
        $x7 = /\\(x5f|137)\\(x50|120)\\(x4f|117)\\(x53|123)\\(x54|124)/
        $x8 = /\\(x73|163)\\(x74|164)\\(x72|162)\\(x5f|137)\\(x72|162)\\(x6f|157)\\(x74|164)/
        $x9 = /\\(x70|160)\\(x61|141)\\(x73|163)\\(x73|163)\\(x74|164)\\(x68|150)/
        $x10 = /\\(x73|163)\\(x68|150)\\(x65|145)\\(x6c|154)\\(x6c|154)\\(x5f|137)/
        $x11 = /\\(x5f|137)\\(x47|107)\\(x45|105)\\(x54|124)/
        $x12 = /\\(x5f|137)\\(x52|122)\\(x45|105)\\(x51|121)\\(x55|125)/
        $x13 = /\\(x5f|137)\\(x43|103)\\(x4f|117)\\(x4f|117)\\(x4b|113)/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_OBFUSC_EscapeSoup
{
    meta:
        score = 40
        family = "obfuscation"
        description = "many long runs of \\x escapes in string literals"
    strings:
        $x = /(\\x[0-9a-fA-F]{2}){12}/
    condition:
        filesize < 3MB and #x > 3
}

rule SPAMGEAR_OBFUSC_ChrChain
{
    meta:
        score = 40
        family = "obfuscation"
        description = "strings assembled from long chr() chains"
    strings:
        $c = /chr\s*\(\s*\d{1,3}\s*\)\s*\.\s*chr\s*\(\s*\d{1,3}\s*\)\s*\.\s*chr\s*\(\s*\d{1,3}\s*\)\s*\.\s*chr\s*\(\s*\d{1,3}\s*\)/
    condition:
        filesize < 3MB and #c > 1
}

rule SPAMGEAR_OBFUSC_ConcatSinkName
{
    meta:
        score = 100
        family = "obfuscation"
        description = "sink or decoder name assembled from quoted fragments"
    strings:
        $a1 = /['"](as|ass|asse|asser)['"]\s*\.\s*(['\"][a-z_]{1,8}['\"]\s{0,3}\.\s{0,3}){0,4}['"](ssert|sert|ert|rt|t)['"]/
        $a3 = /['"](cr|cre|crea|creat|create|create_|create_f|create_fu)['"]\s*\.\s*(['"][a-z_]{1,8}['"]\s{0,3}\.\s{0,3}){0,4}['"](eate_function|ate_function|te_function|e_function|_function|function|unction|nction|ction)['"]/
        $a5 = /['"](sy|sys|syst|syste)['"]\s*\.\s*(['\"][a-z_]{1,8}['\"]\s{0,3}\.\s{0,3}){0,4}['"](stem|tem|em|m)['"]/
        $a6 = /['"]ev['"]\s*\.\s*['"]al['"]/
        $a6b = /['"]e['"]\s*\.\s*['"]val['"]/
        $a6c = /['"]eva['"]\s*\.\s*['"]l['"]/
        $a8 = /['"](sh|she|shel|shell|shell_|shell_e|shell_ex)['"]\s*\.\s*(['\"][a-z_]{1,8}['\"]\s{0,3}\.\s{0,3}){0,4}['"](ell_exec|ll_exec|l_exec|_exec|exec|xec|ec)['"]/
        $a9 = /['"](p|pa|pas|pass|passt|passth|passthr)['"]\s*\.\s*(['\"][a-z_]{1,8}['\"]\s{0,3}\.\s{0,3}){0,4}['"](ssthru|sthru|thru|hru|ru)['"]/
        $a10 = /['"]_P['"]\s*\.\s*['"]OST['"]/
        $a10b = /['"]_PO['"]\s*\.\s*['"]ST['"]/
        $a10c = /['"]_POS['"]\s*\.\s*['"]T['"]/
        $a11 = /['"]_G['"]\s*\.\s*['"]ET['"]/
        $a11b = /['"]_GE['"]\s*\.\s*['"]T['"]/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_OBFUSC_VariableFunctionCall
{
    meta:
        score = 40
        family = "obfuscation"
        description = "calls through a variable holding a function name, fed with a decoded string or input"
    strings:
        $v2 = /[;{}\s@=]\$(_{1,5}|[a-zA-Z]\w{0,29})\s*\(\s*@?\s*\$_(GET|POST|REQUEST|COOKIE)\b/
        $v3 = /\$\{\s*['"][^'"]{1,20}['"]\s*\}\s*\[[^\]]{1,40}\]\s*\(/
        $v4 = /\$GLOBALS\s*\[\s*['"][^'"]{1,30}['"]\s*\]\s*\(\s*\$GLOBALS/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_OBFUSC_InputToVariableFunction
{
    meta:
        score = 100
        family = "obfuscation"
        description = "request input passed to a function whose name is held in a variable"
    strings:
        $v = /[;{}\s@=(.]\$\{?(_{1,5}|[a-zA-Z]\w{0,29})\}?\s*\(\s*@?\s*((urldecode|rawurldecode|base64_decode|trim|stripslashes|str_rot13|gzinflate|hex2bin|strrev)\s*\(\s*@?\s*){0,3}(\$_(GET|POST|REQUEST|COOKIE|FILES)\b|\$\{\s*['"]_(GET|POST|REQUEST|COOKIE))/
        $m = "$this->"
    condition:
        filesize < 200KB and $v and #m < 30
}

rule SPAMGEAR_OBFUSC_LongBlob
{
    meta:
        score = 40
        family = "obfuscation"
        description = "very long (1000+ characters) base64 or hex string literal"
    strings:
        $b64 = /(base64_decode|gzinflate|gzuncompress|str_rot13|strrev|gzdecode|convert_uudecode)\s*\(\s*['"][A-Za-z0-9+\/]{1000}/
        $hex = /(\\x[0-9a-fA-F]{2}){240}/
        $hex2 = /(hex2bin|pack)\s*\(\s*['"](H\*['"]\s*,\s*['"])?[0-9a-fA-F]{1000}/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_OBFUSC_BlobWithDecoderSink
{
    meta:
        score = 100
        family = "obfuscation"
        description = "long encoded blob together with decoder and an eval/variable-call sink"
    strings:
        $b64 = /(base64_decode|gzinflate|gzuncompress|str_rot13|strrev|gzdecode|convert_uudecode)\s*\(\s*['"][A-Za-z0-9+\/]{600}/
        $hex = /(\\x[0-9a-fA-F]{2}){150}/
        $dec = /(base64_decode|gzinflate|gzuncompress|str_rot13|strrev|hex2bin|gzdecode|convert_uudecode)\s*\(/i
        $sink1 = /[^\w>:$](eval|assert|create_function)\s*\(/i
        $sink2 = /preg_replace\s*\(\s*['"][^'"\n]{0,60}\/[a-zA-Z]{0,6}e[a-zA-Z]{0,6}['"]/
    condition:
        filesize < 8MB and ($b64 or $hex) and $dec and any of ($sink*)
}

rule SPAMGEAR_OBFUSC_XorDecode
{
    meta:
        score = 25
        family = "obfuscation"
        description = "string literals XOR-ed together to build names"
    strings:
        $a1 = "'^\""
        $a2 = "'^'"
        $a3 = "\"^\""
        $a4 = "\"^'"
        $a5 = "' ^ '"
        $a6 = "\" ^ \""
        $a7 = "' ^ \""
        $a8 = "\" ^ '"
    condition:
        filesize < 1MB and any of them
}

rule SPAMGEAR_OBFUSC_UnderscoreSoup
{
    meta:
        score = 60
        family = "obfuscation"
        description = "non-alphanumeric PHP: variables named only with underscores called as functions"
    strings:
        $a = /\$_{1,6}\s*=\s*['"\[(]/
        $call = /\$_{1,6}\s*\(\s*\$_{1,6}/
        $call2 = /\$\{\s*['"]_{1,6}['"]\s*\}/
    condition:
        filesize < 100KB and #a > 2 and ($call or $call2)
}

rule SPAMGEAR_OBFUSC_PackedEntropy
{
    meta:
        score = 60
        family = "obfuscation"
        description = "small PHP file whose body is almost all high-entropy data next to a decoder"
    strings:
        $php = "<?php" nocase
        $dec = /[^\w>:$](eval|assert|create_function)\s*\(/i
    condition:
        filesize > 2KB and filesize < 1MB and $php and $dec and math.entropy(0, filesize) > 5.6
}

rule SPAMGEAR_OBFUSC_JunkTokenReassembly
{
    meta:
        score = 80
        family = "obfuscation"
        description = "code split over many variables with a junk token, reassembled by str_replace"
    strings:
        $a = /str_replace\s*\(\s*['"][^'"\n]{1,6}['"]\s*,\s*['"]['"]\s*,\s*\$\w{1,20}(\s*\.\s*\$\w{1,20}){3,}/
        $b = /str_replace\s*\(\s*['"][^'"\n]{1,4}['"]\s*,\s*['"]['"]\s*,\s*['"]\w{0,6}(c|C)\w{0,6}(r|R)\w{0,6}(e|E)\w{0,6}(a|A)\w{0,6}(t|T)\w{0,6}(e|E)\w{0,6}_\w{0,6}(f|F)\w{0,6}(u|U)\w{0,6}(n|N)\w{0,6}(c|C)\w{0,6}['"]/
    condition:
        filesize < 1MB and any of them
}

rule SPAMGEAR_OBFUSC_LambdaFromVariable
{
    meta:
        score = 40
        family = "obfuscation"
        description = "function built at run time through a variable holding create_function"
    strings:
        $a1 = /\(''\s?,\s?\$\w{1,20}\);\s{0,4}@?\$\w{1,20}\(/
        $a2 = /\(""\s?,\s?\$\w{1,20}\);\s{0,4}@?\$\w{1,20}\(/
    condition:
        filesize < 1MB and any of them
}

rule SPAMGEAR_OBFUSC_ConfusableNames
{
    meta:
        score = 100
        family = "obfuscation"
        description = "obfuscator output: many variables or functions named only with O/0 or I/l/1"
    strings:
        $o = /\$(OOO|OO0|O0O|O00)[O0]{3,}[^O0\w]/
        $i = /\$(III|IIl|II1|IlI|Ill|Il1|I1I|I1l|I11|lII|lIl|lI1|llI|lll|ll1|l1I|l1l|l11)[Il1]{4,}[^Il1\w]/
        $f = /function\s+[O0_]{6,}\s*\(|function\s+[Il1_]{7,}\s*\(/
    condition:
        filesize < 8MB and (#o + #i + #f) >= 6
}

rule SPAMGEAR_OBFUSC_EscapedGlobals
{
    meta:
        score = 80
        family = "obfuscation"
        description = "$GLOBALS or a superglobal name written with escapes inside ${\"...\"}"
    strings:
        $a = /\$\{\s*['"](\\x47|G|\\107)(\\x4[cC]|L|\\114)(\\x4[fF]|O|\\117)(\\x42|B|\\102)(\\x41|A|\\101)(\\x4[cC]|L|\\114)(\\x53|S|\\123)['"]\s*\}/
        $b = /\$\{\s*['"](\\x5[fF]|_|\\137)(\\x50|P|\\120|\\x47|G|\\107|\\x52|R|\\122|\\x43|C|\\103)[^'"\n]{0,40}['"]\s*\}/
    condition:
        filesize < 8MB and (#a > 2 or $b)
}

rule SPAMGEAR_OBFUSC_EscapedGlobalsMany
{
    meta:
        score = 100
        family = "obfuscation"
        description = "dozens of $GLOBALS accesses written with escapes (obfuscator output)"
    strings:
        $a = /\$\{\s*['"](\\x47|G|\\107)(\\x4[cC]|L|\\114)(\\x4[fF]|O|\\117)(\\x42|B|\\102)(\\x41|A|\\101)(\\x4[cC]|L|\\114)(\\x53|S|\\123)['"]\s*\}/
        $esc = /\$\{\s*['"][A-Z]{0,3}\\x[0-9a-fA-F]{2}/
    condition:
        filesize < 8MB and #a > 10 and #esc > 5
}

rule SPAMGEAR_OBFUSC_PasteSiteDropper
{
    meta:
        score = 100
        family = "obfuscation"
        description = "code fetched from a paste/raw-file site and written to disk or evaluated"
    strings:
        $u = /https?:\/\/(www\.)?(pastebin\.com\/raw|ghostbin\.(com|co)\/paste|hastebin\.com\/raw|paste\.ee\/r|pastie\.org|transfer\.sh|controlc\.com|rentry\.co|paste\.c-net\.org|0bin\.net|termbin\.com)/
        $w = /[^\w>:$](file_put_contents|fwrite|fputs|eval|assert|copy|include|require)\s*\(/ nocase
        $f = /file_get_contents|curl_exec|fopen|file\s*\(|readfile|copy\s*\(/ nocase
    condition:
        filesize < 2MB and $u and $w and $f
}

rule SPAMGEAR_OBFUSC_ReversedSinkStrong
{
    meta:
        score = 100
        family = "obfuscation"
        description = "long sink/decoder names spelled backwards or in rot13 (no legitimate use)"
    strings:
        $r1 = "edoced_46esab"
        $r2 = "etalfnizg"
        $r3 = "sserpmocnuzg"
        $r6 = "noitcnuf_etaerc"
        $r7 = "cexe_llehs"
        $t1 = "onfr64_qrpbqr"
        $t2 = "tmvasyngr"
        $t3 = "pers_shapgvba"
        $t6 = "furyy_rkrp"
        $t7 = "tmhapbzcerff"
        $g1 = /['"](TSOP|TEG|TSEUQER|EIKOOC|SELIF)_['"]/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_OBFUSC_SplitSuperglobal
{
    meta:
        score = 100
        family = "obfuscation"
        description = "superglobal name assembled from pieces inside ${...}"
    strings:
        $a = /\$\{\s*['"]_[A-Z]{0,4}['"]\s*\./
        $b = /\$\{\s*['"]_['"]\s*\.\s*['"]?(P|G|R|C)/
    condition:
        any of them
}

rule SPAMGEAR_OBFUSC_Base64CodeLiteral
{
    meta:
        score = 60
        family = "obfuscation"
        description = "base64 literal that decodes to a PHP open tag, a superglobal or a sink call"
    strings:
        $a = /['"](PD9waHA|PD89|PD8gcGhw|JF9QT1NU|JF9HRVQ|JF9SRVFVRVNU|JF9DT09LSUU|ZXZhbC|QGV2YWwo|YXNzZXJ0|c3lzdGVtKC|cGFzc3RocnUo|c2hlbGxfZXhlYy|Y3JlYXRlX2Z1bmN0aW9u|YmFzZTY0X2RlY29kZS|Z3ppbmZsYXRlK|IyEvdXNyL2Jpbi9wZXJs|IyEvdXNyL2Jpbi9weXRob2|IyEvYmluL3No|IyEvYmluL2Jhc2)/
        $b = /= ?"J[EFGH][A-Za-z0-9+\/]{200}/
        $b2 = /= ?'J[EFGH][A-Za-z0-9+\/]{200}/
        $dec = /base64_decode\s*\(/ nocase
    condition:
        filesize < 8MB and ($a or $b or $b2) and $dec
}

rule SPAMGEAR_OBFUSC_Base64CodeDropper
{
    meta:
        score = 100
        family = "obfuscation"
        description = "base64-encoded PHP/Perl code decoded and written to a file or executed"
    strings:
        $a = /['"](PD9waHA|PD89|PD8gcGhw|IyEvdXNyL2Jpbi9wZXJs|IyEvdXNyL2Jpbi9weXRob2|IyEvYmluL3No|IyEvYmluL2Jhc2|I2luY2x1ZGUg)/
        $dec = /base64_decode\s*\(/ nocase
        $w = /[^\w>:$](file_put_contents|fwrite|fputs|eval|assert|include|require)\s*\(/ nocase
    condition:
        filesize < 8MB and $a and $dec and $w
}

rule SPAMGEAR_OBFUSC_IncrementSoup
{
    meta:
        score = 100
        family = "obfuscation"
        description = "non-alphanumeric PHP that builds names by incrementing underscore variables"
    strings:
        $inc = /\$_{1,12}\+\+/
    condition:
        filesize < 200KB and #inc > 8
}

rule SPAMGEAR_OBFUSC_CharPicking
{
    meta:
        score = 50
        family = "obfuscation"
        description = "names assembled by picking single characters out of a scrambled string"
    strings:
        $b = /\]\.\$\w{1,20}\[\d{1,3}\]\.\$\w{1,20}\[\d{1,3}\]\.\$/
        $b2 = /\] \. \$\w{1,20}\[\d{1,3}\] \. \$\w{1,20}\[\d{1,3}\] \. \$/
    condition:
        filesize < 3MB and (#b + #b2) > 4
}

rule SPAMGEAR_OBFUSC_CurlyCharPicking
{
    meta:
        score = 60
        family = "obfuscation"
        description = "names picked letter by letter with the removed $str{N} offset syntax"
    strings:
        $a = /\}\.\$\w{1,20}\{\d{1,3}\}\.\$\w{1,20}\{\d{1,3}\}/
        $a2 = /\} \. \$\w{1,20}\{\d{1,3}\} \. \$\w{1,20}\{\d{1,3}\}/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_OBFUSC_JunkCharLiteral
{
    meta:
        score = 40
        family = "obfuscation"
        description = "a junk character stripped out of a literal to reveal a name"
    strings:
        $a = /str_replace\s*\(\s*['"][^'"\n]{1,8}['"]\s*,\s*['"]['"]\s*,\s*['"][^'"\n]{8,200}['"]\s*\)/
        $b = /explode\s*\(\s*['"][^'"\n]{1,3}['"]\s*,\s*['"][a-z]{1,3}([^'"\n][a-z]{1,3}){4,30}['"]\s*\)/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_OBFUSC_XorLambda
{
    meta:
        score = 100
        family = "obfuscation"
        description = "XOR-decoded name called like create_function (empty argument list + code)"
    strings:
        $x1 = "'^\"\\x"
        $x2 = "' ^ \"\\x"
        $x3 = "\"^\"\\x"
        $x4 = "\" ^ \"\\x"
        $l1 = /\$\w{1,20}\(''\s?,/
        $l2 = /\$\w{1,20}\(""\s?,/
    condition:
        filesize < 100KB and any of ($x*) and any of ($l*)
}

rule SPAMGEAR_OBFUSC_EvalWrapper
{
    meta:
        score = 80
        family = "obfuscation"
        description = "a one-line function that only returns eval/assert of its parameter"
    strings:
        $a = /n\s+\w{1,40}\s*\(\s*\$\w{1,30}\s*\)\s*\{\s*(return\s+)?@?(eval|assert)\s*\(\s*\$\w{1,30}\s*\)\s*;?\s*\}/
    condition:
        filesize < 3MB and $a
}

rule SPAMGEAR_OBFUSC_DecoderWrappers
{
    meta:
        score = 40
        family = "obfuscation"
        description = "one-line functions that only return a decoder applied to their parameter"
    strings:
        $a = /n\s+\w{1,40}\s*\(\s*\$\w{1,30}\s*\)\s*\{\s*(return\s+)?@?(base64_decode|gzinflate|gzuncompress|str_rot13|strrev|gzdecode|hex2bin)\s*\(\s*\$\w{1,30}/
    condition:
        filesize < 3MB and #a > 1
}

rule SPAMGEAR_OBFUSC_EvalOfCustomDecoder
{
    meta:
        score = 100
        family = "obfuscation"
        description = "eval/assert of a function applied to a long encoded literal"
    strings:
        $a = /[^\w>:$](eval|assert)\s*\(\s*@?\$?\w{1,30}\s*\(\s*['"][A-Za-z0-9+\/=\\%]{200}/
        $php = /<\?(php|=|\s)/ nocase
    condition:
        filesize < 8MB and $a and $php
}

rule SPAMGEAR_OBFUSC_EmbeddedExecutable
{
    meta:
        score = 100
        family = "obfuscation"
        description = "ELF or Windows PE executable embedded in PHP (hex escapes or base64) and written out"
    strings:
        $elf = "\\x7f\\x45\\x4c\\x46"
        $elf2 = "\\x7fELF"
        $pe = /['"]TVqQAAMAAAAEAAAA/
        $elf3 = /['"]f0VMRg[EI]BAQ/
        $w = /[^\w>:$](file_put_contents|fwrite|fputs)\s*\(/ nocase
    condition:
        filesize < 8MB and any of ($elf, $elf2, $pe, $elf3) and $w
}

rule SPAMGEAR_OBFUSC_ConcatDecoderName
{
    meta:
        score = 60
        family = "obfuscation"
        description = "decoder name (base64_decode, gzinflate, str_rot13) assembled from quoted fragments"
    strings:
        $a2 = /['"](ba|bas|base|base6|base64|base64_|base64_d|base64_de|base64_dec|base64_deco)['"]\s*\.\s*['"](se64_decode|e64_decode|64_decode|4_decode|_decode|decode|ecode|code|ode|de)['"]/
        $a4 = /['"](gz|gzi|gzin|gzinf|gzinfl|gzinfla)['"]\s*\.\s*['"](inflate|nflate|flate|late|ate)['"]/
        $a7 = /['"](st|str|str_|str_r|str_ro|str_rot)['"]\s*\.\s*['"](r_rot13|_rot13|rot13|ot13|t13|13)['"]/
        $a8 = /['"]base['"]\s*\.\s*\(\s*\d{1,3}\s*\*\s*\d{1,3}\s*\)\s*\.\s*['"]_de/
        $a9 = /['"](gz|gzu|gzun|gzunc|gzunco|gzuncom|gzuncomp|gzde|gzdec)['"]\s{0,3}\.\s{0,3}['"](uncompress|ncompress|compress|ompress|mpress|press|ress|code|ode)['"]/
    condition:
        filesize < 3MB and any of them
}

rule SPAMGEAR_OBFUSC_CharXorChain
{
    meta:
        score = 100
        family = "obfuscation"
        description = "name assembled from XOR-ed single-character pairs (non-alphanumeric shell)"
    strings:
        $a = /\(["'][^"'\\]{1,2}["']\^["'][^"'\\]{1,2}["']\)\./
    condition:
        filesize < 200KB and #a > 2
}

rule SPAMGEAR_OBFUSC_CommentInterleaved
{
    meta:
        score = 60
        family = "obfuscation"
        description = "inline comments wedged between concatenated fragments to break up names"
    strings:
        $a = /\.\s*\/\*[^\n]{0,16}\*\/["'$]/
        $a2 = /\.\s*\/\*[^\n]{0,16}\*\/ ["'$]/
    condition:
        filesize < 1MB and #a + #a2 > 4
}

rule SPAMGEAR_OBFUSC_SingleCharConcat
{
    meta:
        score = 60
        family = "obfuscation"
        description = "a name spelled as a chain of one-letter string literals"
    strings:
        $a = /"[a-z_]"\."[a-z_]"\."[a-z_]"\."[a-z_]"/ nocase
        $b = /'[a-z_]'\.'[a-z_]'\.'[a-z_]'\.'[a-z_]'/
    condition:
        filesize < 1MB and any of them
}

rule SPAMGEAR_OBFUSC_VariableVariableCall
{
    meta:
        score = 80
        family = "obfuscation"
        description = "an element of a variable-variable (${$x}[...]) called as a function"
    strings:
        $a = /\$\{\$\w{1,20}\}\s*\[[^\]]{1,20}\]\s*\(/
    condition:
        filesize < 1MB and $a
}

rule SPAMGEAR_OBFUSC_SuperglobalAliasCall
{
    meta:
        score = 60
        family = "obfuscation"
        description = "whole superglobal copied to a variable whose elements are called as functions"
    strings:
        $alias = /=\s*\$_(COOKIE|POST|GET|REQUEST)\s*;/
        $call1 = /\$\w{1,20}\(''\s?,/
        $call2 = /\$\w{1,20}\(""\s?,/
    condition:
        filesize < 20KB and $alias and any of ($call*)
}

rule SPAMGEAR_OBFUSC_EvalPatternViaVariable
{
    meta:
        score = 100
        family = "obfuscation"
        description = "function held in a variable called with an /e pattern and request input (preg_replace in disguise)"
    strings:
        $a = /\$\w{1,30}\s*\(\s*['"][^'"\n]{0,60}\/[a-zA-Z]{0,4}e[a-zA-Z]{0,4}['"]\s*,\s*@?\$_(GET|POST|REQUEST|COOKIE)/
        $exif = /exif_read_data\s*\(/
        $pr = /preg_replace\s*\(\s*\$\w{1,30}\s*\[/
    condition:
        filesize < 1MB and ($a or ($exif and $pr))
}

rule SPAMGEAR_OBFUSC_OneLinerInLiteral
{
    meta:
        score = 100
        family = "obfuscation"
        description = "a PHP one-liner backdoor (open tag + eval/assert/system of input) held in a string and written out"
    strings:
        $a = /['"]<\?(php)?\s{0,3}@?(eval|assert|system|passthru|shell_exec)\s*\(\s*['"]?\s*\.?\s*['"]?\s*\$?['"]?\s*\.?\s*['"]?_?(POST|GET|REQUEST|COOKIE)/
        $w = /[^\w>:$](file_put_contents|fwrite|fputs)\s*\(/ nocase
    condition:
        filesize < 2MB and $a and $w
}

rule SPAMGEAR_OBFUSC_PackedEvalPayload
{
    meta:
        score = 100
        family = "obfuscation"
        description = "high-entropy PHP file that evaluates decoded data (packed payload)"
    strings:
        $php = "<?"
        $eval = /[^\w>:$](eval|assert|create_function)\s*\(/ nocase
        $dec = /(base64_decode|gzinflate|gzuncompress|str_rot13|strrev|gzdecode|convert_uudecode)\s*\(/ nocase
    condition:
        filesize > 2KB and filesize < 4MB and $php and $eval and $dec and math.entropy(0, filesize) > 5.5
}

rule SPAMGEAR_OBFUSC_JunkLiteralLambda
{
    meta:
        score = 100
        family = "obfuscation"
        description = "name revealed by stripping junk characters, then called like create_function"
    strings:
        $a = /str_replace\s*\(\s*['"][^'"\n]{1,3}['"]\s*,\s*['"]['"]\s*,\s*['"][^'"\n]{8,200}['"]\s*\)/
        $l1 = /\$\w{1,20}\s?\(''\s?,/
        $l2 = /\$\w{1,20}\s?\(""\s?,/
    condition:
        filesize < 100KB and $a and ($l1 or $l2)
}

rule SPAMGEAR_OBFUSC_SubstitutionDecoderEval
{
    meta:
        score = 100
        family = "obfuscation"
        description = "character-substitution decoder loop (isset($map[$s[$i]]) ? ...) feeding eval"
    strings:
        $sub = /isset\s*\(\s*\$\w{1,30}\s*\[\s*\$\w{1,30}\s*\[\s*\$\w{1,10}\s*\]\s*\]\s*\)\s*\?\s*\$\w{1,30}\s*\[\s*\$\w{1,30}\s*\[/
        $eval = /[^\w>:$](eval|assert|create_function)\s*\(/ nocase
        $dec = /base64_decode|gzinflate|str_rot13|['"]base['"]\s*\./ nocase
    condition:
        filesize < 4MB and $sub and $eval and $dec
}

rule SPAMGEAR_OBFUSC_MixedEscapeChr
{
    meta:
        score = 60
        family = "obfuscation"
        description = "strings built by mixing \\x escapes with chr() calls"
    strings:
        $a = /["']\\x[0-9a-fA-F]{2}["']\s*\.\s*chr\s*\(\s*\d{1,3}\s*\)\s*\.\s*["']\\x[0-9a-fA-F]{2}/
        $b = /chr\s*\(\s*\d{1,3}\s*\)\s*\.\s*["']\\x[0-9a-fA-F]{2}["']\s*\.\s*chr\s*\(/
    condition:
        filesize < 3MB and (#a + #b) > 1
}

rule SPAMGEAR_OBFUSC_HexCodeLiteral
{
    meta:
        score = 100
        family = "obfuscation"
        description = "hex literal (pack H* / hex2bin) that decodes to eval/assert/system/base64_decode or a PHP tag"
    strings:
        $a = /(pack\s*\(\s*['"]H\*['"]\s*,|hex2bin\s*\()\s*['"](406576616c|6576616c28|61737365727428|73797374656d28|6261736536345f6465636f6465|3c3f(706870|3d|40|20|0a|0d)|7061737374687275|7368656c6c5f65786563|6372656174655f66756e6374696f6e)/
    condition:
        filesize < 4MB and $a
}

rule SPAMGEAR_OBFUSC_HexUrlLiteral
{
    meta:
        score = 60
        family = "obfuscation"
        description = "URL hidden as a hex literal (pack H* / hex2bin of http...)"
    strings:
        $a = /(pack\s*\(\s*['"]H\*['"]\s*,|hex2bin\s*\()\s*['"]687474703a2f2f|(pack\s*\(\s*['"]H\*['"]\s*,|hex2bin\s*\()\s*['"]68747470733a2f2f/
    condition:
        filesize < 4MB and $a
}

rule SPAMGEAR_OBFUSC_VarChrChain
{
    meta:
        score = 60
        family = "obfuscation"
        description = "strings built from chr() held in a variable ($c(98).$c(97)...)"
    strings:
        $a = /\$\w{1,10}\(\d{2,3}\)\.\$\w{1,10}\(\d{2,3}\)\.\$/
    condition:
        filesize < 3MB and #a > 1
}

rule SPAMGEAR_OBFUSC_UrlencodedCodeLiteral
{
    meta:
        score = 60
        family = "obfuscation"
        description = "PHP statements hidden in a URL-encoded string literal (%24var%20%3D ...)"
    strings:
        $a = /['"]%24[A-Za-z_][A-Za-z0-9_]{0,30}(%20)?%3D/
        $b = /['"]%3C%3Fphp/
    condition:
        filesize < 4MB and any of them
}

rule SPAMGEAR_OBFUSC_UrlencodedCodeDropper
{
    meta:
        score = 100
        family = "obfuscation"
        description = "URL-encoded PHP code decoded and written to files or executed (injector/dropper)"
    strings:
        $a = /['"]%24[A-Za-z_][A-Za-z0-9_]{0,30}(%20)?%3D/
        $b = /['"]%3C%3Fphp/
        $dec = /(urldecode|rawurldecode)\s*\(/
        $w = /[^\w>:$](file_put_contents|fwrite|fputs|eval|assert|create_function)\s*\(/ nocase
    condition:
        filesize < 4MB and ($a or $b) and $dec and $w
}

rule SPAMGEAR_OBFUSC_HexCodeBlob
{
    meta:
        score = 80
        family = "obfuscation"
        description = "hex string literal that decodes to PHP assignments ($name = ...)"
    strings:
        $a = /['"]24([46][0-9a-fA-F]|[57][0-9aA]|5[fF]){1,24}203[dD]20/
        $sink = /assert_options|[^\w>:$](eval|assert|create_function)\s*\(|pack\s*\(\s*['"]H/ nocase
    condition:
        filesize < 8MB and $a and $sink
}

rule SPAMGEAR_OBFUSC_HexLoopDecoderEval
{
    meta:
        score = 100
        family = "obfuscation"
        description = "hand-written hex decoder loop (hexdec(substr(...,2))) whose output is evaluated"
    strings:
        $h = /(chr|pack\s*\(\s*['"]C['"]\s*,)\s*\(?\s*hexdec\s*\(\s*substr\s*\(/
        $eval = /[^\w>:$](eval|assert|create_function)\s*\(/ nocase
    condition:
        filesize < 4MB and $h and $eval
}

rule SPAMGEAR_OBFUSC_HexNamedSinks
{
    meta:
        score = 100
        family = "obfuscation"
        description = "several sink/probe function names stored as hex literals"
    strings:
        $a = /['"](7068705f756e616d65|7368656c6c5f65786563|73797374656d|7061737374687275|70726f635f6f70656e|706f70656e|6d6f76655f75706c6f616465645f66696c65|6261736536345f6465636f6465|6576616c|617373657274|6372656174655f66756e6374696f6e|66696c655f7075745f636f6e74656e7473|676574637764|6368646972)['"]/
    condition:
        filesize < 4MB and #a > 1
}

rule SPAMGEAR_OBFUSC_GlobalsFromAlphabet
{
    meta:
        score = 100
        family = "obfuscation"
        description = "$GLOBALS entries assembled character by character from a scrambled alphabet string"
    strings:
        $a = /\$GLOBALS\s*\[\s*['"]\w{1,30}['"]\s*\]\s*=\s*\$\w{1,20}\s*\[\s*\d{1,3}\s*\]\s*\.\s*\$\w{1,20}\s*\[\s*\d{1,3}\s*\]\s*\./
    condition:
        filesize < 4MB and #a > 2
}

rule SPAMGEAR_OBFUSC_EvalOfLiteralSink
{
    meta:
        score = 100
        family = "obfuscation"
        description = "eval/assert of a string literal that itself calls a shell sink or is built from sink-name fragments"
    strings:
        $a = /[^\w>:$](eval|assert)\s*\(\s*["'][^"'\n]{0,80}[^\w>:$.](system|exec|passthru|shell_exec|popen|proc_open)\s*\(/
        $b = /[^\w>:$](eval|assert)\s*\(\s*["'](e|ev|eva|as|ass|asse|sys|syst|ba|bas|base)["']\s*\./
        $php = /<\?(php|=|\s)/ nocase
    condition:
        filesize < 4MB and $php and ($a or $b)
}

rule SPAMGEAR_OBFUSC_SmallRemoteEval
{
    meta:
        score = 100
        family = "obfuscation"
        description = "small script that fetches code from a URL and evaluates the fetched variable"
    strings:
        $url = /['"](https?|ftp):\/\//
        $fetch = /[^\w>:$](file_get_contents|curl_exec|fread|stream_get_contents|fgets)\s*\(/
        $eval = /[^\w>:$](eval|assert)\s*\(\s*@?\s*\$\w{1,30}\s*\)/
    condition:
        filesize < 5KB and $url and $fetch and $eval
}

rule SPAMGEAR_OBFUSC_SpacedPayload
{
    meta:
        score = 100
        family = "obfuscation"
        description = "encoded payload spelled with spaces between characters, stripped by str_replace"
    strings:
        $a = /str_replace\s*\(\s*["'] ["']\s*,\s*["']["']\s*,\s*["']\s?([A-Za-z0-9+\/=] ){20}/
    condition:
        filesize < 4MB and $a
}

rule SPAMGEAR_OBFUSC_CommentBeforeParen
{
    meta:
        score = 100
        family = "obfuscation"
        description = "a code/shell sink name separated from its argument list by an inline comment (eval/*x*/(...))"
    strings:
        $a = /[^\w>:$.](eval|assert|system|passthru|shell_exec|create_function|base64_decode|gzinflate|str_rot13|preg_replace|move_uploaded_file|is_uploaded_file|file_put_contents)\s*\/\*[^\n]{0,40}\*\/\s*\(/
        $b = /\$\w{1,30}\/\*[^\n]{0,40}\*\/\(/
        $b2 = /\$\w{1,30}\/\*[^\n]{0,40}\*\/ \(/
        // (issue 4u) a line comment (# or //) between the sink name and its '(' on the next line: assert # x\n($_REQUEST[..])
        $c = /[^\w>:$.](eval|assert|system|passthru|shell_exec|create_function|base64_decode|gzinflate|str_rot13|preg_replace)[ \t]{0,8}(#|\/\/)[^\n]{0,60}\n\s{0,20}\(/
    condition:
        filesize < 8MB and ($a or #b + #b2 > 1 or $c)
}

rule SPAMGEAR_OBFUSC_VowelDigitCipher
{
    meta:
        score = 100
        family = "obfuscation"
        description = "PHP source with vowels swapped for digits (f3nct42n, r5t3rn ...), decoded with strtr at run time"
    strings:
        $k1 = "f3nct42n"
        $k2 = "r5t3rn"
        $k3 = "5rr2r_r5p2rt4ng"
        $k4 = "s5t_t4m5_l4m4t"
        $k5 = "b1s564_d5c2d5"
        $k6 = "f4l5_g5t_c2nt5nts"
        $k7 = "4ss5t("
        $k8 = "str_r5pl1c5"
    condition:
        filesize < 4MB and 3 of them
}

rule SPAMGEAR_OBFUSC_VarCallOnFragments
{
    meta:
        score = 80
        family = "obfuscation"
        description = "a function held in a variable repeatedly called on names glued from short fragments"
    strings:
        $a = /\$\w{1,20}\("[a-z_]{1,4}"\."[a-z_]{1,4}"\."/
        $b = /\$\w{1,20}\('[a-z_]{1,4}'\.'[a-z_]{1,4}'\.'/
    condition:
        filesize < 1MB and (#a + #b) > 2
}

rule SPAMGEAR_OBFUSC_Base64SinkLiteral
{
    meta:
        score = 100
        family = "obfuscation"
        description = "base64 literal that decodes to eval/assert/system/passthru/create_function or a superglobal, next to base64_decode"
    strings:
        $a = /['"](JF9QT1NU|JF9HRVQ|JF9SRVFVRVNU|JF9DT09LSUU|ZXZhbC|QGV2YWwo|YXNzZXJ0|c3lzdGVtKC|cGFzc3RocnUo|c2hlbGxfZXhlYy|Y3JlYXRlX2Z1bmN0aW9u)/
        $b = /['"](c3lzdGVt|c2hlbGxfZXhlYw==|cGFzc3RocnU=|ZXhlYw==|cG9wZW4=|cHJvY19vcGVu|YXNzZXJ0|ZXZhbA==)['"]/
        $dec = /base64_decode\s*\(/ nocase
    condition:
        filesize < 8MB and ($a or $b) and $dec
}

rule SPAMGEAR_OBFUSC_CurlyCharPickingMany
{
    meta:
        score = 100
        family = "obfuscation"
        description = "several names picked letter by letter with the removed $str{N} offset syntax"
    strings:
        $a = /\}\.\$\w{1,20}\{\d{1,3}\}\.\$\w{1,20}\{\d{1,3}\}/
        $a2 = /\} \. \$\w{1,20}\{\d{1,3}\} \. \$\w{1,20}\{\d{1,3}\}/
    condition:
        filesize < 3MB and (#a + #a2) > 2
}

rule SPAMGEAR_OBFUSC_NonAlnumIndex
{
    meta:
        score = 100
        family = "obfuscation"
        description = "non-alphanumeric PHP indexing underscore variables with +\"\" / +$_ to build strings"
    strings:
        $a = /\$_{1,12}\[\+(""|''|\$_{1,12})\]/
    condition:
        filesize < 200KB and #a > 1
}

rule SPAMGEAR_OBFUSC_GlobalsAlphabetIndexChain
{
    meta:
        score = 100
        family = "obfuscation"
        description = "ten or more names spelled by indexing a $GLOBALS-held alphabet one character at a time ($GLOBALS['k'][37].$GLOBALS['k'][42]. ...)"
    strings:
        $php = "<?"
        $c = /\$GLOBALS\s*\[\s*['"]\w{1,20}['"]\s*\]\s*\[\s*\d{1,3}\s*\]\s*\.\s*\$GLOBALS\s*\[\s*['"]\w{1,20}['"]\s*\]\s*\[\s*\d{1,3}\s*\]\s*\.\s*\$GLOBALS\s*\[/
    condition:
        $php and filesize < 8MB and #c >= 10
}

rule SPAMGEAR_OBFUSC_SplitSuperglobalName
{
    meta:
        score = 100
        family = "obfuscation"
        description = "superglobal name (_REQUEST, _COOKIE, _SERVER, _GET, _POST) glued from quoted fragments"
    strings:
        $s = /'_(G|GE|P|PO|POS|R|RE|REQ|REQU|REQUE|REQUES|C|CO|COO|COOK|COOKI|S|SE|SER|SERV|SERVE)'\s{0,3}\.\s{0,3}('[A-Z]{1,5}'\s{0,3}\.\s{0,3}){0,4}'(ET|T|OST|ST|EQUEST|QUEST|UEST|EST|OOKIE|OKIE|KIE|IE|E|ERVER|RVER|VER|ER|R)'/
        $u = /['"]_['"]\s{0,3}\.\s{0,3}['"](GET|POST|REQUEST|COOKIE|SERVER|FILES)['"]/
        $d = /"_(G|GE|P|PO|POS|R|RE|REQ|REQU|REQUE|REQUES|C|CO|COO|COOK|COOKI|S|SE|SER|SERV|SERVE)"\s{0,3}\.\s{0,3}("[A-Z]{1,5}"\s{0,3}\.\s{0,3}){0,4}"(ET|T|OST|ST|EQUEST|QUEST|UEST|EST|OOKIE|OKIE|KIE|IE|E|ERVER|RVER|VER|ER|R)"/
    condition:
        filesize < 3MB and ($s or $d or $u)
}

rule SPAMGEAR_OBFUSC_DecodedVarEval
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4m) a decoder result (base64_decode/gzinflate/str_rot13/... of a variable or of an encoded literal, or a variable-held function on an encoded literal or on request input) stored in a variable and eval'd/assert'ed (or made into a create_function body) in the very next statement"
    strings:
        $d1 = /=\s*@?(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin)\s*\(\s*@?(\w{1,20}\s*\(\s*){0,3}\$\w{1,30}[^;\n]{0,30};\s*((\/\/|#)[^\n]{0,60}\n\s*)?(\$\w{1,30}\s*=\s*)?@?(eval\s*\(|assert\s*\(|create_function\s*\(\s*['"][^'"\n]{0,20}['"]\s*,)\s*(\$\w{1,30}|"\?>\s*\$\w{1,30}"|'\?>'\s*\.\s*\$\w{1,30})\s*\)/
        $d3 = /=\s*@?\$\w{1,30}\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*\)\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?(eval|assert)\s*\(\s*\$\w{1,30}\s*\)/
        $d2 = /=\s*@?(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin|\$\w{1,30})\s*\(\s*@?((gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin|\$\w{1,30})\s*\(\s*){0,3}['"][A-Za-z0-9+\/=]{16,800}['"]\s*(\)\s*){1,4};\s*((\/\/|#)[^\n]{0,60}\n\s*)?(\$\w{1,30}\s*=\s*)?@?(eval\s*\(|assert\s*\(|create_function\s*\(\s*['"][^'"\n]{0,20}['"]\s*,)\s*(\$\w{1,30}|"\?>\s*\$\w{1,30}"|'\?>'\s*\.\s*\$\w{1,30})\s*\)/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_OBFUSC_BuiltNameCalledOnInput
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4m) a function name built from chr() chains, picked characters, literal fragments, a bare sink-name literal, implode() of letters, array_keys() of input, escapes or a decoder of a literal, and in the very next statement a call through that variable on request input; any size (injected at the top of a class file)"
    strings:
        $chr = /(chr\s*\(\s*[0-9a-fA-FxX+\-*\/ ]{1,12}\)\s*\.\s*){2,12}chr\s*\(\s*[0-9a-fA-FxX+\-*\/ ]{1,12}\)\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+|\$\w{1,30}\s*=\s*)?@?\$\w{1,30}\s*\(\s*(['"][^'"\n]{0,20}['"]\s*,\s*)?@?((trim|stripslashes|base64_decode|urldecode|rawurldecode|str_rot13|strrev|hex2bin)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s*\[/
        $pick = /((\$\w{1,30}(\[\d{1,3}\]|\{\d{1,3}\})|\w{1,20}\(\d{1,3}\))\s*\.\s*){2,12}(\$\w{1,30}(\[\d{1,3}\]|\{\d{1,3}\})|\w{1,20}\(\d{1,3}\))\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+|\$\w{1,30}\s*=\s*)?@?\$\w{1,30}\s*\(\s*(['"][^'"\n]{0,20}['"]\s*,\s*)?@?((trim|stripslashes|base64_decode|urldecode|rawurldecode|str_rot13|strrev|hex2bin)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s*\[/
        $frag = /\$\w{1,30}\s*\.=\s*['"][a-z_]{1,8}['"]\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+|\$\w{1,30}\s*=\s*)?@?\$\w{1,30}\s*\(\s*(['"][^'"\n]{0,20}['"]\s*,\s*)?@?((trim|stripslashes|base64_decode|urldecode|rawurldecode|str_rot13|strrev|hex2bin)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s*\[/
        $lit = /\$\w{1,30}\s*=\s*(['"][a-z_]{1,10}['"](\s*\.\s*['"][a-z_]{1,10}['"]){1,6}|"[a-z_]{0,6}(\\x[0-9a-fA-F]{2}|\\[0-7]{3})(\\x[0-9a-fA-F]{2}|\\[0-7]{3}|[a-z_]){2,30}"|(substr|str_replace|strrev|str_rot13|base64_decode|hex2bin|pack|sprintf|implode|join|strtolower|ucfirst)\s*\(\s*(['"][^'"\n]{1,40}['"](\s*,\s*(['"][^'"\n]{0,40}['"]|-?\d{1,3})){0,4}|\$\w{1,30}(\s*,\s*-?\d{1,3}){1,2})\s*\))\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+|\$\w{1,30}\s*=\s*)?@?\$\w{1,30}\s*\(\s*(['"][^'"\n]{0,20}['"]\s*,\s*)?@?((trim|stripslashes|base64_decode|urldecode|rawurldecode|str_rot13|strrev|hex2bin)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s*\[/
        $lit2 = /\$\w{1,30}\s*=\s*(['"](system|assert|passthru|shell_exec|exec|popen|proc_open|create_function|pcntl_exec)['"]|(implode|join)\s*\(\s*(['"]['"]\s*,\s*)?((array\s*\(|\[)[^;()\n]{1,120}(\)|\])|\$\w{1,30}|array_map\s*\(\s*['"](chr|strrev|str_rot13)['"][^;\n]{1,200})\s*\)|array_keys\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\s*\)\s*\[\s*\d\s*\])\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+|\$\w{1,30}\s*=\s*)?@?\$\w{1,30}\s*\(\s*(['"][^'"\n]{0,20}['"]\s*,\s*)?@?((trim|stripslashes|base64_decode|urldecode|rawurldecode|str_rot13|strrev|hex2bin)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s*\[/
        $arrcb = /=\s*(array\s*\(|\[)\s*['"](system|assert|passthru|shell_exec|exec|popen|proc_open|create_function)['"]\s*(\)|\])\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?@?(array_map|call_user_func|call_user_func_array|register_shutdown_function)\s*\(\s*\$\w{1,30}\s*\[\s*\d\s*\]\s*,\s*(array\s*\(|\[)?\s*@?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s*\[/
        $arr = /=\s*(array\s*\(|\[)\s*(base64_decode|str_rot13|strrev|hex2bin)\s*\(\s*['"][^'"\n]{2,40}['"]\s*\)\s*(\)|\])\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?(echo\s+|print\s+)?@?\$\w{1,30}\s*\[\s*\d\s*\]\s*\(\s*@?((trim|stripslashes|base64_decode|urldecode|rawurldecode|str_rot13|strrev|hex2bin)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER)\s*\[/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_OBFUSC_GotoSpaghettiSink
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4m) goto-spaghetti: statements shuffled behind goto jumps, with a jump label directly in front of eval/assert/system or of a decoder of request input"
    strings:
        $g = /goto\s+\w{1,30}\s*;/
        $lab = /goto\s+\w{1,30}\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?\w{1,30}\s*:\s*(\$\w{1,30}\s*=\s*)?@?(eval|assert|system|passthru|shell_exec|popen|proc_open)\s*\(/
        $labraw = /goto\s+\w{1,30}\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?\w{1,30}\s*:\s*\$\w{1,30}\s*=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $sink = /[^\w>:$](eval|assert|system|passthru|shell_exec|popen|proc_open)\s*\(/
        $labin = /goto\s+\w{1,30}\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?\w{1,30}\s*:\s*\$\w{1,30}\s*=\s*@?(base64_decode|gzinflate|str_rot13|strrev|gzuncompress|hex2bin)\s*\(\s*@?\$_(GET|POST|REQUEST|COOKIE|SERVER)\b/
    condition:
        filesize < 8MB and #g > 2 and ($lab or $labin or ($labraw and $sink))
}

rule SPAMGEAR_OBFUSC_ChrMapEval
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4m) code spelled as character codes and eval'd: eval(implode(array_map('chr', ...))) or a chr() loop appending to a variable that is eval'd next"
    strings:
        $m = /(eval|assert)\s*\(\s*@?(implode|join)\s*\(\s*(['"]['"]\s*,\s*)?array_map\s*\(\s*['"]chr['"]/
        $l = /\.=\s*chr\s*\(\s*\$\w{1,30}\s*(\^\s*[^;)\n]{1,20})?\)\s*;\s*((\/\/|#)[^\n]{0,60}\n\s*)?\}?\s*@?(eval|assert)\s*\(\s*\$\w{1,30}\s*\)/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_OBFUSC_EvalIndirectDecoder
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4m) eval/assert of a decoder reached indirectly: through an array element or $GLOBALS entry holding the function, call_user_func('base64_decode', ..), a wrapper call around a decoder, a code literal that itself decodes or has junk characters stripped by str_replace/strtr, openssl/mcrypt decryption, or a chr()/XOR loop whose result is eval'd next"
    strings:
        $arr = /[^\w>:$](eval|assert)\s*\(\s*@?\$\w{1,30}\s*\[[^\]\n]{1,20}\]\s*\(/
        $cuf = /[^\w>:$](eval|assert)\s*\(\s*@?call_user_func(_array)?\s*\(\s*['"](base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|strrev|hex2bin|convert_uudecode)['"]/
        $wrap = /[^\w>:$](eval|assert)\s*\(\s*@?\w{1,20}\s*\([^;\n]{0,40}[^\w>:$](base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|hex2bin|convert_uudecode)\s*\(/
        $lit = /[^\w>:$](eval|assert)\s*\(\s*"[^"\n]{0,40}(base64_decode|gzinflate|gzuncompress|str_rot13)\s*\(/
        $crypt = /[^\w>:$](eval|assert)\s*\(\s*@?(openssl_decrypt|mcrypt_decrypt|mdecrypt_generic|sodium_crypto_secretbox_open)\s*\(/
        $junk = /[^\w>:$](eval|assert)\s*\(\s*@?(str_replace|str_ireplace|strtr)\s*\(\s*['"][^'"\n]{1,10}['"]\s*,\s*['"][^'"\n]{0,10}['"]\s*,\s*['"]/
        $loop = /\.=\s*[^;\n]{0,60}(chr\s*\(|\^)[^;\n]{0,60};\s*((\/\/|#)[^\n]{0,60}\n\s*)?\}?\s*@?(eval|assert)\s*\(\s*\$\w{1,30}\s*\)/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_OBFUSC_EscapedSuperglobalKey
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4m) a superglobal reached through $GLOBALS[..] or ${..} with its name written with \\x / octal escapes (_GET as \\x5fGET), whose element is called or passed to eval/assert/system"
    strings:
        $k = /(\$GLOBALS\s*\[\s*|\$\{\s*)"[A-Z_]{0,6}(\\x[0-9a-fA-F]{2}|\\[0-7]{3})([A-Z_]|\\x[0-9a-fA-F]{2}|\\[0-7]{3}){0,10}"\s*(\]|\})\s*\[[^\]\n]{1,40}\]\s*\(/
        $s = /[^\w>:$](eval|assert|system|passthru|shell_exec|exec|popen|create_function)\s*\(\s*@?((base64_decode|str_rot13|gzinflate|strrev|stripslashes|trim)\s*\(\s*)?(\$GLOBALS\s*\[\s*|\$\{\s*)"[A-Z_]{0,6}(\\x[0-9a-fA-F]{2}|\\[0-7]{3})([A-Z_]|\\x[0-9a-fA-F]{2}|\\[0-7]{3}){0,10}"\s*(\]|\})\s*\[/
    condition:
        filesize < 8MB and any of them
}

rule SPAMGEAR_OBFUSC_ConcatDecoderThenEval
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4p) a decoder name glued from quoted fragments and, within 1 KB, eval/assert of a plain variable (hidden loader: decode through the glued name, then run it)"
    strings:
        $a2 = /['"](ba|bas|base|base6|base64|base64_|base64_d|base64_de|base64_dec|base64_deco)['"]\s{0,3}\.\s{0,3}['"](se64_decode|e64_decode|64_decode|4_decode|_decode|decode|ecode|code|ode|de)['"]/
        $a4 = /['"](gz|gzi|gzin|gzinf|gzinfl|gzinfla)['"]\s{0,3}\.\s{0,3}['"](inflate|nflate|flate|late|ate)['"]/
        $a7 = /['"](st|str|str_|str_r|str_ro|str_rot)['"]\s{0,3}\.\s{0,3}['"](r_rot13|_rot13|rot13|ot13|t13|13)['"]/
        $a9 = /['"](gz|gzu|gzun|gzunc|gzunco|gzuncom|gzuncomp|gzde|gzdec)['"]\s{0,3}\.\s{0,3}['"](uncompress|ncompress|compress|ompress|mpress|press|ress|code|ode)['"]/
        $ev = /[^\w>:$](eval|assert)\s{0,3}\(\s{0,3}\$\w{1,30}\s{0,3}\)\s{0,3};/
    condition:
        filesize < 4MB and $ev and for any i in (1..#ev) : (
            for any j in (1..#a2) : (@ev[i] > @a2[j] and @ev[i] - @a2[j] < 1000) or
            for any j in (1..#a4) : (@ev[i] > @a4[j] and @ev[i] - @a4[j] < 1000) or
            for any j in (1..#a7) : (@ev[i] > @a7[j] and @ev[i] - @a7[j] < 1000) or
            for any j in (1..#a9) : (@ev[i] > @a9[j] and @ev[i] - @a9[j] < 1000))
}

rule SPAMGEAR_OBFUSC_ChrChainCalled
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4p) a function name assembled from a chr() chain into a variable, then that variable called on another chr() chain or on request input"
    strings:
        $v = /\$\w{1,30}\s{0,3}=\s{0,3}chr\s{0,3}\(\s{0,3}\d{1,3}\s{0,3}\)(\s{0,3}\.\s{0,3}chr\s{0,3}\(\s{0,3}\d{1,3}\s{0,3}\)){3,12}\s{0,3};/
        $call = /[;{}]\s{0,6}@?\$\w{1,30}\s{0,3}\(\s{0,3}(chr\s{0,3}\(\s{0,3}\d{1,3}\s{0,3}\)\s{0,3}\.|\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[)/
    condition:
        filesize < 4MB and for any i in (1..#v) : (for any j in (1..#call) : (@call[j] > @v[i] and @call[j] - @v[i] < 600))
}

rule SPAMGEAR_OBFUSC_CharArraySinkName
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4p) a sink or decoder name (system, assert, passthru, shell_exec, eval, exec, popen, base64_decode) spelled as an array of one-letter strings and joined with implode/join"
    strings:
        $a = /(implode|join)\s{0,3}\(\s{0,3}(['"]['"]\s{0,3},\s{0,3})?(array\s{0,3}\(|\[)\s{0,3}(['"]s['"]\s{0,3},\s{0,3}['"]y['"]\s{0,3},\s{0,3}['"]s['"]\s{0,3},\s{0,3}['"]t['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]m['"]|['"]a['"]\s{0,3},\s{0,3}['"]s['"]\s{0,3},\s{0,3}['"]s['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]r['"]\s{0,3},\s{0,3}['"]t['"]|['"]p['"]\s{0,3},\s{0,3}['"]a['"]\s{0,3},\s{0,3}['"]s['"]\s{0,3},\s{0,3}['"]s['"]\s{0,3},\s{0,3}['"]t['"]\s{0,3},\s{0,3}['"]h['"]\s{0,3},\s{0,3}['"]r['"]\s{0,3},\s{0,3}['"]u['"]|['"]s['"]\s{0,3},\s{0,3}['"]h['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]l['"]\s{0,3},\s{0,3}['"]l['"]\s{0,3},\s{0,3}['"]_['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]x['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]c['"]|['"]e['"]\s{0,3},\s{0,3}['"]v['"]\s{0,3},\s{0,3}['"]a['"]\s{0,3},\s{0,3}['"]l['"]|['"]e['"]\s{0,3},\s{0,3}['"]x['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]c['"]|['"]p['"]\s{0,3},\s{0,3}['"]o['"]\s{0,3},\s{0,3}['"]p['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]n['"]|['"]b['"]\s{0,3},\s{0,3}['"]a['"]\s{0,3},\s{0,3}['"]s['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]6['"]\s{0,3},\s{0,3}['"]4['"]\s{0,3},\s{0,3}['"]_['"]\s{0,3},\s{0,3}['"]d['"]\s{0,3},\s{0,3}['"]e['"]\s{0,3},\s{0,3}['"]c['"]\s{0,3},\s{0,3}['"]o['"]\s{0,3},\s{0,3}['"]d['"]\s{0,3},\s{0,3}['"]e['"])\s{0,3}[\])]/
    condition:
        filesize < 4MB and $a
}

// ---- issue 4s: packed shells that glue decoder and sink names from many short fragments ----------
// ConcatDecoderName above knows a name cut once ('base64_'.'decode'); the packers below cut it at
// every second letter ('b'.'a'.'se'.'6'.'4_'.'d'.'ec'.'ode') and glue create_function the same way.
// Each string spells the name letter by letter with an optional glue (same quote style) between
// letters; the first fragment (1-4 letters) must be closed by a glue written '.' or ' . ' (so every
// string has a literal atom of 5+ bytes), which also means the plain quoted name never matches.
// eval/assert may also run straight into the call's parenthesis inside a code string ('ev'.'al(').
// Clean PHP does not spell a decoder or a code sink this way (0 hits over /usr/share, 30 gated trees).

rule SPAMGEAR_OBFUSC_GluedDecoderMulti
{
    meta:
        score = 60
        family = "obfuscation"
        description = "(issue 4s) a decoder name glued from three or more quoted fragments ('ba'.'se'.'64_d'.'ecode')"
    strings:
        // base64_decode
        $d1q0 = /'b'\.'a('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?6('\s?\.\s?')?4('\s?\.\s?')?_('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d1q1 = /'ba'\.'s('\s?\.\s?')?e('\s?\.\s?')?6('\s?\.\s?')?4('\s?\.\s?')?_('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d1q2 = /'bas'\.'e('\s?\.\s?')?6('\s?\.\s?')?4('\s?\.\s?')?_('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d1q3 = /'base'\.'6('\s?\.\s?')?4('\s?\.\s?')?_('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d1q4 = /'b' \. 'a('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?6('\s?\.\s?')?4('\s?\.\s?')?_('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d1q5 = /'ba' \. 's('\s?\.\s?')?e('\s?\.\s?')?6('\s?\.\s?')?4('\s?\.\s?')?_('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d1q6 = /'bas' \. 'e('\s?\.\s?')?6('\s?\.\s?')?4('\s?\.\s?')?_('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d1q7 = /'base' \. '6('\s?\.\s?')?4('\s?\.\s?')?_('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d1w0 = /"b"\."a("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?6("\s?\.\s?")?4("\s?\.\s?")?_("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d1w1 = /"ba"\."s("\s?\.\s?")?e("\s?\.\s?")?6("\s?\.\s?")?4("\s?\.\s?")?_("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d1w2 = /"bas"\."e("\s?\.\s?")?6("\s?\.\s?")?4("\s?\.\s?")?_("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d1w3 = /"base"\."6("\s?\.\s?")?4("\s?\.\s?")?_("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d1w4 = /"b" \. "a("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?6("\s?\.\s?")?4("\s?\.\s?")?_("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d1w5 = /"ba" \. "s("\s?\.\s?")?e("\s?\.\s?")?6("\s?\.\s?")?4("\s?\.\s?")?_("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d1w6 = /"bas" \. "e("\s?\.\s?")?6("\s?\.\s?")?4("\s?\.\s?")?_("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d1w7 = /"base" \. "6("\s?\.\s?")?4("\s?\.\s?")?_("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        // gzinflate
        $d2q0 = /'g'\.'z('\s?\.\s?')?i('\s?\.\s?')?n('\s?\.\s?')?f('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e'/
        $d2q1 = /'gz'\.'i('\s?\.\s?')?n('\s?\.\s?')?f('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e'/
        $d2q2 = /'gzi'\.'n('\s?\.\s?')?f('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e'/
        $d2q3 = /'gzin'\.'f('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e'/
        $d2q4 = /'g' \. 'z('\s?\.\s?')?i('\s?\.\s?')?n('\s?\.\s?')?f('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e'/
        $d2q5 = /'gz' \. 'i('\s?\.\s?')?n('\s?\.\s?')?f('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e'/
        $d2q6 = /'gzi' \. 'n('\s?\.\s?')?f('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e'/
        $d2q7 = /'gzin' \. 'f('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e'/
        $d2w0 = /"g"\."z("\s?\.\s?")?i("\s?\.\s?")?n("\s?\.\s?")?f("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e"/
        $d2w1 = /"gz"\."i("\s?\.\s?")?n("\s?\.\s?")?f("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e"/
        $d2w2 = /"gzi"\."n("\s?\.\s?")?f("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e"/
        $d2w3 = /"gzin"\."f("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e"/
        $d2w4 = /"g" \. "z("\s?\.\s?")?i("\s?\.\s?")?n("\s?\.\s?")?f("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e"/
        $d2w5 = /"gz" \. "i("\s?\.\s?")?n("\s?\.\s?")?f("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e"/
        $d2w6 = /"gzi" \. "n("\s?\.\s?")?f("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e"/
        $d2w7 = /"gzin" \. "f("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e"/
        // gzuncompress
        $d3q0 = /'g'\.'z('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?m('\s?\.\s?')?p('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?s('\s?\.\s?')?s'/
        $d3q1 = /'gz'\.'u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?m('\s?\.\s?')?p('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?s('\s?\.\s?')?s'/
        $d3q2 = /'gzu'\.'n('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?m('\s?\.\s?')?p('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?s('\s?\.\s?')?s'/
        $d3q3 = /'gzun'\.'c('\s?\.\s?')?o('\s?\.\s?')?m('\s?\.\s?')?p('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?s('\s?\.\s?')?s'/
        $d3q4 = /'g' \. 'z('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?m('\s?\.\s?')?p('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?s('\s?\.\s?')?s'/
        $d3q5 = /'gz' \. 'u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?m('\s?\.\s?')?p('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?s('\s?\.\s?')?s'/
        $d3q6 = /'gzu' \. 'n('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?m('\s?\.\s?')?p('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?s('\s?\.\s?')?s'/
        $d3q7 = /'gzun' \. 'c('\s?\.\s?')?o('\s?\.\s?')?m('\s?\.\s?')?p('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?s('\s?\.\s?')?s'/
        $d3w0 = /"g"\."z("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?m("\s?\.\s?")?p("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?s("\s?\.\s?")?s"/
        $d3w1 = /"gz"\."u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?m("\s?\.\s?")?p("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?s("\s?\.\s?")?s"/
        $d3w2 = /"gzu"\."n("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?m("\s?\.\s?")?p("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?s("\s?\.\s?")?s"/
        $d3w3 = /"gzun"\."c("\s?\.\s?")?o("\s?\.\s?")?m("\s?\.\s?")?p("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?s("\s?\.\s?")?s"/
        $d3w4 = /"g" \. "z("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?m("\s?\.\s?")?p("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?s("\s?\.\s?")?s"/
        $d3w5 = /"gz" \. "u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?m("\s?\.\s?")?p("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?s("\s?\.\s?")?s"/
        $d3w6 = /"gzu" \. "n("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?m("\s?\.\s?")?p("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?s("\s?\.\s?")?s"/
        $d3w7 = /"gzun" \. "c("\s?\.\s?")?o("\s?\.\s?")?m("\s?\.\s?")?p("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?s("\s?\.\s?")?s"/
        // str_rot13
        $d4q0 = /'s'\.'t('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?o('\s?\.\s?')?t('\s?\.\s?')?1('\s?\.\s?')?3'/
        $d4q1 = /'st'\.'r('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?o('\s?\.\s?')?t('\s?\.\s?')?1('\s?\.\s?')?3'/
        $d4q2 = /'str'\.'_('\s?\.\s?')?r('\s?\.\s?')?o('\s?\.\s?')?t('\s?\.\s?')?1('\s?\.\s?')?3'/
        $d4q3 = /'str_'\.'r('\s?\.\s?')?o('\s?\.\s?')?t('\s?\.\s?')?1('\s?\.\s?')?3'/
        $d4q4 = /'s' \. 't('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?o('\s?\.\s?')?t('\s?\.\s?')?1('\s?\.\s?')?3'/
        $d4q5 = /'st' \. 'r('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?o('\s?\.\s?')?t('\s?\.\s?')?1('\s?\.\s?')?3'/
        $d4q6 = /'str' \. '_('\s?\.\s?')?r('\s?\.\s?')?o('\s?\.\s?')?t('\s?\.\s?')?1('\s?\.\s?')?3'/
        $d4q7 = /'str_' \. 'r('\s?\.\s?')?o('\s?\.\s?')?t('\s?\.\s?')?1('\s?\.\s?')?3'/
        $d4w0 = /"s"\."t("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?o("\s?\.\s?")?t("\s?\.\s?")?1("\s?\.\s?")?3"/
        $d4w1 = /"st"\."r("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?o("\s?\.\s?")?t("\s?\.\s?")?1("\s?\.\s?")?3"/
        $d4w2 = /"str"\."_("\s?\.\s?")?r("\s?\.\s?")?o("\s?\.\s?")?t("\s?\.\s?")?1("\s?\.\s?")?3"/
        $d4w3 = /"str_"\."r("\s?\.\s?")?o("\s?\.\s?")?t("\s?\.\s?")?1("\s?\.\s?")?3"/
        $d4w4 = /"s" \. "t("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?o("\s?\.\s?")?t("\s?\.\s?")?1("\s?\.\s?")?3"/
        $d4w5 = /"st" \. "r("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?o("\s?\.\s?")?t("\s?\.\s?")?1("\s?\.\s?")?3"/
        $d4w6 = /"str" \. "_("\s?\.\s?")?r("\s?\.\s?")?o("\s?\.\s?")?t("\s?\.\s?")?1("\s?\.\s?")?3"/
        $d4w7 = /"str_" \. "r("\s?\.\s?")?o("\s?\.\s?")?t("\s?\.\s?")?1("\s?\.\s?")?3"/
        // gzdecode
        $d5q0 = /'g'\.'z('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d5q1 = /'gz'\.'d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d5q2 = /'gzd'\.'e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d5q3 = /'gzde'\.'c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d5q4 = /'g' \. 'z('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d5q5 = /'gz' \. 'd('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d5q6 = /'gzd' \. 'e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d5q7 = /'gzde' \. 'c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d5w0 = /"g"\."z("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d5w1 = /"gz"\."d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d5w2 = /"gzd"\."e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d5w3 = /"gzde"\."c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d5w4 = /"g" \. "z("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d5w5 = /"gz" \. "d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d5w6 = /"gzd" \. "e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d5w7 = /"gzde" \. "c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        // convert_uudecode
        $d6q0 = /'c'\.'o('\s?\.\s?')?n('\s?\.\s?')?v('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?u('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d6q1 = /'co'\.'n('\s?\.\s?')?v('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?u('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d6q2 = /'con'\.'v('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?u('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d6q3 = /'conv'\.'e('\s?\.\s?')?r('\s?\.\s?')?t('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?u('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d6q4 = /'c' \. 'o('\s?\.\s?')?n('\s?\.\s?')?v('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?u('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d6q5 = /'co' \. 'n('\s?\.\s?')?v('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?u('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d6q6 = /'con' \. 'v('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?u('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d6q7 = /'conv' \. 'e('\s?\.\s?')?r('\s?\.\s?')?t('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?u('\s?\.\s?')?d('\s?\.\s?')?e('\s?\.\s?')?c('\s?\.\s?')?o('\s?\.\s?')?d('\s?\.\s?')?e'/
        $d6w0 = /"c"\."o("\s?\.\s?")?n("\s?\.\s?")?v("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?u("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d6w1 = /"co"\."n("\s?\.\s?")?v("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?u("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d6w2 = /"con"\."v("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?u("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d6w3 = /"conv"\."e("\s?\.\s?")?r("\s?\.\s?")?t("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?u("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d6w4 = /"c" \. "o("\s?\.\s?")?n("\s?\.\s?")?v("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?u("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d6w5 = /"co" \. "n("\s?\.\s?")?v("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?u("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d6w6 = /"con" \. "v("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?u("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
        $d6w7 = /"conv" \. "e("\s?\.\s?")?r("\s?\.\s?")?t("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?u("\s?\.\s?")?d("\s?\.\s?")?e("\s?\.\s?")?c("\s?\.\s?")?o("\s?\.\s?")?d("\s?\.\s?")?e"/
    condition:
        filesize < 3MB and (
            for any i in (1..#d1q0) : (!d1q0[i] >= 21) or
            for any i in (1..#d1q1) : (!d1q1[i] >= 21) or
            for any i in (1..#d1q2) : (!d1q2[i] >= 21) or
            for any i in (1..#d1q3) : (!d1q3[i] >= 21) or
            for any i in (1..#d1q4) : (!d1q4[i] >= 21) or
            for any i in (1..#d1q5) : (!d1q5[i] >= 21) or
            for any i in (1..#d1q6) : (!d1q6[i] >= 21) or
            for any i in (1..#d1q7) : (!d1q7[i] >= 21) or
            for any i in (1..#d1w0) : (!d1w0[i] >= 21) or
            for any i in (1..#d1w1) : (!d1w1[i] >= 21) or
            for any i in (1..#d1w2) : (!d1w2[i] >= 21) or
            for any i in (1..#d1w3) : (!d1w3[i] >= 21) or
            for any i in (1..#d1w4) : (!d1w4[i] >= 21) or
            for any i in (1..#d1w5) : (!d1w5[i] >= 21) or
            for any i in (1..#d1w6) : (!d1w6[i] >= 21) or
            for any i in (1..#d1w7) : (!d1w7[i] >= 21) or
            for any i in (1..#d2q0) : (!d2q0[i] >= 17) or
            for any i in (1..#d2q1) : (!d2q1[i] >= 17) or
            for any i in (1..#d2q2) : (!d2q2[i] >= 17) or
            for any i in (1..#d2q3) : (!d2q3[i] >= 17) or
            for any i in (1..#d2q4) : (!d2q4[i] >= 17) or
            for any i in (1..#d2q5) : (!d2q5[i] >= 17) or
            for any i in (1..#d2q6) : (!d2q6[i] >= 17) or
            for any i in (1..#d2q7) : (!d2q7[i] >= 17) or
            for any i in (1..#d2w0) : (!d2w0[i] >= 17) or
            for any i in (1..#d2w1) : (!d2w1[i] >= 17) or
            for any i in (1..#d2w2) : (!d2w2[i] >= 17) or
            for any i in (1..#d2w3) : (!d2w3[i] >= 17) or
            for any i in (1..#d2w4) : (!d2w4[i] >= 17) or
            for any i in (1..#d2w5) : (!d2w5[i] >= 17) or
            for any i in (1..#d2w6) : (!d2w6[i] >= 17) or
            for any i in (1..#d2w7) : (!d2w7[i] >= 17) or
            for any i in (1..#d3q0) : (!d3q0[i] >= 20) or
            for any i in (1..#d3q1) : (!d3q1[i] >= 20) or
            for any i in (1..#d3q2) : (!d3q2[i] >= 20) or
            for any i in (1..#d3q3) : (!d3q3[i] >= 20) or
            for any i in (1..#d3q4) : (!d3q4[i] >= 20) or
            for any i in (1..#d3q5) : (!d3q5[i] >= 20) or
            for any i in (1..#d3q6) : (!d3q6[i] >= 20) or
            for any i in (1..#d3q7) : (!d3q7[i] >= 20) or
            for any i in (1..#d3w0) : (!d3w0[i] >= 20) or
            for any i in (1..#d3w1) : (!d3w1[i] >= 20) or
            for any i in (1..#d3w2) : (!d3w2[i] >= 20) or
            for any i in (1..#d3w3) : (!d3w3[i] >= 20) or
            for any i in (1..#d3w4) : (!d3w4[i] >= 20) or
            for any i in (1..#d3w5) : (!d3w5[i] >= 20) or
            for any i in (1..#d3w6) : (!d3w6[i] >= 20) or
            for any i in (1..#d3w7) : (!d3w7[i] >= 20) or
            for any i in (1..#d4q0) : (!d4q0[i] >= 17) or
            for any i in (1..#d4q1) : (!d4q1[i] >= 17) or
            for any i in (1..#d4q2) : (!d4q2[i] >= 17) or
            for any i in (1..#d4q3) : (!d4q3[i] >= 17) or
            for any i in (1..#d4q4) : (!d4q4[i] >= 17) or
            for any i in (1..#d4q5) : (!d4q5[i] >= 17) or
            for any i in (1..#d4q6) : (!d4q6[i] >= 17) or
            for any i in (1..#d4q7) : (!d4q7[i] >= 17) or
            for any i in (1..#d4w0) : (!d4w0[i] >= 17) or
            for any i in (1..#d4w1) : (!d4w1[i] >= 17) or
            for any i in (1..#d4w2) : (!d4w2[i] >= 17) or
            for any i in (1..#d4w3) : (!d4w3[i] >= 17) or
            for any i in (1..#d4w4) : (!d4w4[i] >= 17) or
            for any i in (1..#d4w5) : (!d4w5[i] >= 17) or
            for any i in (1..#d4w6) : (!d4w6[i] >= 17) or
            for any i in (1..#d4w7) : (!d4w7[i] >= 17) or
            for any i in (1..#d5q0) : (!d5q0[i] >= 16) or
            for any i in (1..#d5q1) : (!d5q1[i] >= 16) or
            for any i in (1..#d5q2) : (!d5q2[i] >= 16) or
            for any i in (1..#d5q3) : (!d5q3[i] >= 16) or
            for any i in (1..#d5q4) : (!d5q4[i] >= 16) or
            for any i in (1..#d5q5) : (!d5q5[i] >= 16) or
            for any i in (1..#d5q6) : (!d5q6[i] >= 16) or
            for any i in (1..#d5q7) : (!d5q7[i] >= 16) or
            for any i in (1..#d5w0) : (!d5w0[i] >= 16) or
            for any i in (1..#d5w1) : (!d5w1[i] >= 16) or
            for any i in (1..#d5w2) : (!d5w2[i] >= 16) or
            for any i in (1..#d5w3) : (!d5w3[i] >= 16) or
            for any i in (1..#d5w4) : (!d5w4[i] >= 16) or
            for any i in (1..#d5w5) : (!d5w5[i] >= 16) or
            for any i in (1..#d5w6) : (!d5w6[i] >= 16) or
            for any i in (1..#d5w7) : (!d5w7[i] >= 16) or
            for any i in (1..#d6q0) : (!d6q0[i] >= 24) or
            for any i in (1..#d6q1) : (!d6q1[i] >= 24) or
            for any i in (1..#d6q2) : (!d6q2[i] >= 24) or
            for any i in (1..#d6q3) : (!d6q3[i] >= 24) or
            for any i in (1..#d6q4) : (!d6q4[i] >= 24) or
            for any i in (1..#d6q5) : (!d6q5[i] >= 24) or
            for any i in (1..#d6q6) : (!d6q6[i] >= 24) or
            for any i in (1..#d6q7) : (!d6q7[i] >= 24) or
            for any i in (1..#d6w0) : (!d6w0[i] >= 24) or
            for any i in (1..#d6w1) : (!d6w1[i] >= 24) or
            for any i in (1..#d6w2) : (!d6w2[i] >= 24) or
            for any i in (1..#d6w3) : (!d6w3[i] >= 24) or
            for any i in (1..#d6w4) : (!d6w4[i] >= 24) or
            for any i in (1..#d6w5) : (!d6w5[i] >= 24) or
            for any i in (1..#d6w6) : (!d6w6[i] >= 24) or
            for any i in (1..#d6w7) : (!d6w7[i] >= 24)
        )
}

rule SPAMGEAR_OBFUSC_GluedSinkAndDecoder
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4s) a code sink name (create_function, call_user_func, shell_exec, passthru, eval, assert, system, preg_replace) glued together from quoted fragments AND a decoder name glued too (GluedDecoderMulti or ConcatDecoderName)"
    strings:
        // create_function
        $s1q0 = /'c'\.'r('\s?\.\s?')?e('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?t('\s?\.\s?')?i('\s?\.\s?')?o('\s?\.\s?')?n'/
        $s1q1 = /'cr'\.'e('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?t('\s?\.\s?')?i('\s?\.\s?')?o('\s?\.\s?')?n'/
        $s1q2 = /'cre'\.'a('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?t('\s?\.\s?')?i('\s?\.\s?')?o('\s?\.\s?')?n'/
        $s1q3 = /'crea'\.'t('\s?\.\s?')?e('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?t('\s?\.\s?')?i('\s?\.\s?')?o('\s?\.\s?')?n'/
        $s1q4 = /'c' \. 'r('\s?\.\s?')?e('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?t('\s?\.\s?')?i('\s?\.\s?')?o('\s?\.\s?')?n'/
        $s1q5 = /'cr' \. 'e('\s?\.\s?')?a('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?t('\s?\.\s?')?i('\s?\.\s?')?o('\s?\.\s?')?n'/
        $s1q6 = /'cre' \. 'a('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?t('\s?\.\s?')?i('\s?\.\s?')?o('\s?\.\s?')?n'/
        $s1q7 = /'crea' \. 't('\s?\.\s?')?e('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c('\s?\.\s?')?t('\s?\.\s?')?i('\s?\.\s?')?o('\s?\.\s?')?n'/
        $s1w0 = /"c"\."r("\s?\.\s?")?e("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?t("\s?\.\s?")?i("\s?\.\s?")?o("\s?\.\s?")?n"/
        $s1w1 = /"cr"\."e("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?t("\s?\.\s?")?i("\s?\.\s?")?o("\s?\.\s?")?n"/
        $s1w2 = /"cre"\."a("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?t("\s?\.\s?")?i("\s?\.\s?")?o("\s?\.\s?")?n"/
        $s1w3 = /"crea"\."t("\s?\.\s?")?e("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?t("\s?\.\s?")?i("\s?\.\s?")?o("\s?\.\s?")?n"/
        $s1w4 = /"c" \. "r("\s?\.\s?")?e("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?t("\s?\.\s?")?i("\s?\.\s?")?o("\s?\.\s?")?n"/
        $s1w5 = /"cr" \. "e("\s?\.\s?")?a("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?t("\s?\.\s?")?i("\s?\.\s?")?o("\s?\.\s?")?n"/
        $s1w6 = /"cre" \. "a("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?t("\s?\.\s?")?i("\s?\.\s?")?o("\s?\.\s?")?n"/
        $s1w7 = /"crea" \. "t("\s?\.\s?")?e("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c("\s?\.\s?")?t("\s?\.\s?")?i("\s?\.\s?")?o("\s?\.\s?")?n"/
        // call_user_func
        $s2q0 = /'c'\.'a('\s?\.\s?')?l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c'/
        $s2q1 = /'ca'\.'l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c'/
        $s2q2 = /'cal'\.'l('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c'/
        $s2q3 = /'call'\.'_('\s?\.\s?')?u('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c'/
        $s2q4 = /'c' \. 'a('\s?\.\s?')?l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c'/
        $s2q5 = /'ca' \. 'l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c'/
        $s2q6 = /'cal' \. 'l('\s?\.\s?')?_('\s?\.\s?')?u('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c'/
        $s2q7 = /'call' \. '_('\s?\.\s?')?u('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?_('\s?\.\s?')?f('\s?\.\s?')?u('\s?\.\s?')?n('\s?\.\s?')?c'/
        $s2w0 = /"c"\."a("\s?\.\s?")?l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c"/
        $s2w1 = /"ca"\."l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c"/
        $s2w2 = /"cal"\."l("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c"/
        $s2w3 = /"call"\."_("\s?\.\s?")?u("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c"/
        $s2w4 = /"c" \. "a("\s?\.\s?")?l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c"/
        $s2w5 = /"ca" \. "l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c"/
        $s2w6 = /"cal" \. "l("\s?\.\s?")?_("\s?\.\s?")?u("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c"/
        $s2w7 = /"call" \. "_("\s?\.\s?")?u("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?_("\s?\.\s?")?f("\s?\.\s?")?u("\s?\.\s?")?n("\s?\.\s?")?c"/
        // shell_exec
        $s3q0 = /'s'\.'h('\s?\.\s?')?e('\s?\.\s?')?l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?e('\s?\.\s?')?x('\s?\.\s?')?e('\s?\.\s?')?c'/
        $s3q1 = /'sh'\.'e('\s?\.\s?')?l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?e('\s?\.\s?')?x('\s?\.\s?')?e('\s?\.\s?')?c'/
        $s3q2 = /'she'\.'l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?e('\s?\.\s?')?x('\s?\.\s?')?e('\s?\.\s?')?c'/
        $s3q3 = /'shel'\.'l('\s?\.\s?')?_('\s?\.\s?')?e('\s?\.\s?')?x('\s?\.\s?')?e('\s?\.\s?')?c'/
        $s3q4 = /'s' \. 'h('\s?\.\s?')?e('\s?\.\s?')?l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?e('\s?\.\s?')?x('\s?\.\s?')?e('\s?\.\s?')?c'/
        $s3q5 = /'sh' \. 'e('\s?\.\s?')?l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?e('\s?\.\s?')?x('\s?\.\s?')?e('\s?\.\s?')?c'/
        $s3q6 = /'she' \. 'l('\s?\.\s?')?l('\s?\.\s?')?_('\s?\.\s?')?e('\s?\.\s?')?x('\s?\.\s?')?e('\s?\.\s?')?c'/
        $s3q7 = /'shel' \. 'l('\s?\.\s?')?_('\s?\.\s?')?e('\s?\.\s?')?x('\s?\.\s?')?e('\s?\.\s?')?c'/
        $s3w0 = /"s"\."h("\s?\.\s?")?e("\s?\.\s?")?l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?e("\s?\.\s?")?x("\s?\.\s?")?e("\s?\.\s?")?c"/
        $s3w1 = /"sh"\."e("\s?\.\s?")?l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?e("\s?\.\s?")?x("\s?\.\s?")?e("\s?\.\s?")?c"/
        $s3w2 = /"she"\."l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?e("\s?\.\s?")?x("\s?\.\s?")?e("\s?\.\s?")?c"/
        $s3w3 = /"shel"\."l("\s?\.\s?")?_("\s?\.\s?")?e("\s?\.\s?")?x("\s?\.\s?")?e("\s?\.\s?")?c"/
        $s3w4 = /"s" \. "h("\s?\.\s?")?e("\s?\.\s?")?l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?e("\s?\.\s?")?x("\s?\.\s?")?e("\s?\.\s?")?c"/
        $s3w5 = /"sh" \. "e("\s?\.\s?")?l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?e("\s?\.\s?")?x("\s?\.\s?")?e("\s?\.\s?")?c"/
        $s3w6 = /"she" \. "l("\s?\.\s?")?l("\s?\.\s?")?_("\s?\.\s?")?e("\s?\.\s?")?x("\s?\.\s?")?e("\s?\.\s?")?c"/
        $s3w7 = /"shel" \. "l("\s?\.\s?")?_("\s?\.\s?")?e("\s?\.\s?")?x("\s?\.\s?")?e("\s?\.\s?")?c"/
        // passthru
        $s4q0 = /'p'\.'a('\s?\.\s?')?s('\s?\.\s?')?s('\s?\.\s?')?t('\s?\.\s?')?h('\s?\.\s?')?r('\s?\.\s?')?u'/
        $s4q1 = /'pa'\.'s('\s?\.\s?')?s('\s?\.\s?')?t('\s?\.\s?')?h('\s?\.\s?')?r('\s?\.\s?')?u'/
        $s4q2 = /'pas'\.'s('\s?\.\s?')?t('\s?\.\s?')?h('\s?\.\s?')?r('\s?\.\s?')?u'/
        $s4q3 = /'pass'\.'t('\s?\.\s?')?h('\s?\.\s?')?r('\s?\.\s?')?u'/
        $s4q4 = /'p' \. 'a('\s?\.\s?')?s('\s?\.\s?')?s('\s?\.\s?')?t('\s?\.\s?')?h('\s?\.\s?')?r('\s?\.\s?')?u'/
        $s4q5 = /'pa' \. 's('\s?\.\s?')?s('\s?\.\s?')?t('\s?\.\s?')?h('\s?\.\s?')?r('\s?\.\s?')?u'/
        $s4q6 = /'pas' \. 's('\s?\.\s?')?t('\s?\.\s?')?h('\s?\.\s?')?r('\s?\.\s?')?u'/
        $s4q7 = /'pass' \. 't('\s?\.\s?')?h('\s?\.\s?')?r('\s?\.\s?')?u'/
        $s4w0 = /"p"\."a("\s?\.\s?")?s("\s?\.\s?")?s("\s?\.\s?")?t("\s?\.\s?")?h("\s?\.\s?")?r("\s?\.\s?")?u"/
        $s4w1 = /"pa"\."s("\s?\.\s?")?s("\s?\.\s?")?t("\s?\.\s?")?h("\s?\.\s?")?r("\s?\.\s?")?u"/
        $s4w2 = /"pas"\."s("\s?\.\s?")?t("\s?\.\s?")?h("\s?\.\s?")?r("\s?\.\s?")?u"/
        $s4w3 = /"pass"\."t("\s?\.\s?")?h("\s?\.\s?")?r("\s?\.\s?")?u"/
        $s4w4 = /"p" \. "a("\s?\.\s?")?s("\s?\.\s?")?s("\s?\.\s?")?t("\s?\.\s?")?h("\s?\.\s?")?r("\s?\.\s?")?u"/
        $s4w5 = /"pa" \. "s("\s?\.\s?")?s("\s?\.\s?")?t("\s?\.\s?")?h("\s?\.\s?")?r("\s?\.\s?")?u"/
        $s4w6 = /"pas" \. "s("\s?\.\s?")?t("\s?\.\s?")?h("\s?\.\s?")?r("\s?\.\s?")?u"/
        $s4w7 = /"pass" \. "t("\s?\.\s?")?h("\s?\.\s?")?r("\s?\.\s?")?u"/
        // eval (a closing quote or an opening parenthesis after the name)
        $s5q0 = /'e'\.'v('\s?\.\s?')?a('\s?\.\s?')?l('|('\s?\.\s?')?\()/
        $s5q1 = /'ev'\.'a('\s?\.\s?')?l('|('\s?\.\s?')?\()/
        $s5q2 = /'eva'\.'l('|('\s?\.\s?')?\()/
        $s5q3 = /'e' \. 'v('\s?\.\s?')?a('\s?\.\s?')?l('|('\s?\.\s?')?\()/
        $s5q4 = /'ev' \. 'a('\s?\.\s?')?l('|('\s?\.\s?')?\()/
        $s5q5 = /'eva' \. 'l('|('\s?\.\s?')?\()/
        $s5w0 = /"e"\."v("\s?\.\s?")?a("\s?\.\s?")?l("|("\s?\.\s?")?\()/
        $s5w1 = /"ev"\."a("\s?\.\s?")?l("|("\s?\.\s?")?\()/
        $s5w2 = /"eva"\."l("|("\s?\.\s?")?\()/
        $s5w3 = /"e" \. "v("\s?\.\s?")?a("\s?\.\s?")?l("|("\s?\.\s?")?\()/
        $s5w4 = /"ev" \. "a("\s?\.\s?")?l("|("\s?\.\s?")?\()/
        $s5w5 = /"eva" \. "l("|("\s?\.\s?")?\()/
        // assert (a closing quote or an opening parenthesis after the name)
        $s6q0 = /'a'\.'s('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('|('\s?\.\s?')?\()/
        $s6q1 = /'as'\.'s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('|('\s?\.\s?')?\()/
        $s6q2 = /'ass'\.'e('\s?\.\s?')?r('\s?\.\s?')?t('|('\s?\.\s?')?\()/
        $s6q3 = /'asse'\.'r('\s?\.\s?')?t('|('\s?\.\s?')?\()/
        $s6q4 = /'a' \. 's('\s?\.\s?')?s('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('|('\s?\.\s?')?\()/
        $s6q5 = /'as' \. 's('\s?\.\s?')?e('\s?\.\s?')?r('\s?\.\s?')?t('|('\s?\.\s?')?\()/
        $s6q6 = /'ass' \. 'e('\s?\.\s?')?r('\s?\.\s?')?t('|('\s?\.\s?')?\()/
        $s6q7 = /'asse' \. 'r('\s?\.\s?')?t('|('\s?\.\s?')?\()/
        $s6w0 = /"a"\."s("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("|("\s?\.\s?")?\()/
        $s6w1 = /"as"\."s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("|("\s?\.\s?")?\()/
        $s6w2 = /"ass"\."e("\s?\.\s?")?r("\s?\.\s?")?t("|("\s?\.\s?")?\()/
        $s6w3 = /"asse"\."r("\s?\.\s?")?t("|("\s?\.\s?")?\()/
        $s6w4 = /"a" \. "s("\s?\.\s?")?s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("|("\s?\.\s?")?\()/
        $s6w5 = /"as" \. "s("\s?\.\s?")?e("\s?\.\s?")?r("\s?\.\s?")?t("|("\s?\.\s?")?\()/
        $s6w6 = /"ass" \. "e("\s?\.\s?")?r("\s?\.\s?")?t("|("\s?\.\s?")?\()/
        $s6w7 = /"asse" \. "r("\s?\.\s?")?t("|("\s?\.\s?")?\()/
        // system
        $s7q0 = /'s'\.'y('\s?\.\s?')?s('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?m'/
        $s7q1 = /'sy'\.'s('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?m'/
        $s7q2 = /'sys'\.'t('\s?\.\s?')?e('\s?\.\s?')?m'/
        $s7q3 = /'syst'\.'e('\s?\.\s?')?m'/
        $s7q4 = /'s' \. 'y('\s?\.\s?')?s('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?m'/
        $s7q5 = /'sy' \. 's('\s?\.\s?')?t('\s?\.\s?')?e('\s?\.\s?')?m'/
        $s7q6 = /'sys' \. 't('\s?\.\s?')?e('\s?\.\s?')?m'/
        $s7q7 = /'syst' \. 'e('\s?\.\s?')?m'/
        $s7w0 = /"s"\."y("\s?\.\s?")?s("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?m"/
        $s7w1 = /"sy"\."s("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?m"/
        $s7w2 = /"sys"\."t("\s?\.\s?")?e("\s?\.\s?")?m"/
        $s7w3 = /"syst"\."e("\s?\.\s?")?m"/
        $s7w4 = /"s" \. "y("\s?\.\s?")?s("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?m"/
        $s7w5 = /"sy" \. "s("\s?\.\s?")?t("\s?\.\s?")?e("\s?\.\s?")?m"/
        $s7w6 = /"sys" \. "t("\s?\.\s?")?e("\s?\.\s?")?m"/
        $s7w7 = /"syst" \. "e("\s?\.\s?")?m"/
        // preg_replace
        $s8q0 = /'p'\.'r('\s?\.\s?')?e('\s?\.\s?')?g('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?p('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?c('\s?\.\s?')?e'/
        $s8q1 = /'pr'\.'e('\s?\.\s?')?g('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?p('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?c('\s?\.\s?')?e'/
        $s8q2 = /'pre'\.'g('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?p('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?c('\s?\.\s?')?e'/
        $s8q3 = /'preg'\.'_('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?p('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?c('\s?\.\s?')?e'/
        $s8q4 = /'p' \. 'r('\s?\.\s?')?e('\s?\.\s?')?g('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?p('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?c('\s?\.\s?')?e'/
        $s8q5 = /'pr' \. 'e('\s?\.\s?')?g('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?p('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?c('\s?\.\s?')?e'/
        $s8q6 = /'pre' \. 'g('\s?\.\s?')?_('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?p('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?c('\s?\.\s?')?e'/
        $s8q7 = /'preg' \. '_('\s?\.\s?')?r('\s?\.\s?')?e('\s?\.\s?')?p('\s?\.\s?')?l('\s?\.\s?')?a('\s?\.\s?')?c('\s?\.\s?')?e'/
        $s8w0 = /"p"\."r("\s?\.\s?")?e("\s?\.\s?")?g("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?p("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?c("\s?\.\s?")?e"/
        $s8w1 = /"pr"\."e("\s?\.\s?")?g("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?p("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?c("\s?\.\s?")?e"/
        $s8w2 = /"pre"\."g("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?p("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?c("\s?\.\s?")?e"/
        $s8w3 = /"preg"\."_("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?p("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?c("\s?\.\s?")?e"/
        $s8w4 = /"p" \. "r("\s?\.\s?")?e("\s?\.\s?")?g("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?p("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?c("\s?\.\s?")?e"/
        $s8w5 = /"pr" \. "e("\s?\.\s?")?g("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?p("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?c("\s?\.\s?")?e"/
        $s8w6 = /"pre" \. "g("\s?\.\s?")?_("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?p("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?c("\s?\.\s?")?e"/
        $s8w7 = /"preg" \. "_("\s?\.\s?")?r("\s?\.\s?")?e("\s?\.\s?")?p("\s?\.\s?")?l("\s?\.\s?")?a("\s?\.\s?")?c("\s?\.\s?")?e"/
    condition:
        filesize < 3MB and any of ($s*) and (SPAMGEAR_OBFUSC_GluedDecoderMulti or SPAMGEAR_OBFUSC_ConcatDecoderName)
}

rule SPAMGEAR_OBFUSC_EvalOfCallResultWithB64Blob
{
    meta:
        score = 60
        family = "obfuscation"
        description = "(issue 4s) a base64 literal that decodes to PHP code (Base64CodeLiteral) next to base64_decode($var) and eval() of a no-argument function call's result (the eval string is built by a helper to hide it)"
    strings:
        $ev = /[^\w>:$]eval\s{0,3}\(\s{0,3}[A-Za-z_]\w{0,40}\s{0,3}\(\s{0,3}\)\s{0,3}\)/
        $dec = /base64_decode\s{0,3}\(\s{0,3}\$\w{1,40}\s{0,3}\)/
    condition:
        filesize < 3MB and $ev and $dec and SPAMGEAR_OBFUSC_Base64CodeLiteral
}

rule SPAMGEAR_OBFUSC_XorPairsCalledByUnderscoreVar
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4q) the 'no letters' shell: names built from four or more XOR-ed short literals ('%01'^'`') and an underscore-only variable called as a function ($_($___[_])); clean code neither builds names from XOR pairs nor calls $_/$__"
    strings:
        $x1 = /'\^'[^'"\n]{1,6}['"]\s{0,2}\)/
        $x2 = /"\^"[^'"\n]{1,6}['"]\s{0,2}\)/
        $x3 = /'\^"[^'"\n]{1,6}['"]\s{0,2}\)/
        $x4 = /"\^'[^'"\n]{1,6}['"]\s{0,2}\)/
        $call = /\$_{1,6}\s{0,2}\(\s{0,2}@?\$_{1,6}\b/
    condition:
        filesize < 8MB and (#x1 + #x2 + #x3 + #x4) >= 4 and $call
}

rule SPAMGEAR_OBFUSC_SplitAssignSinkNameCall
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4q) a sink name split over two adjacent assignments ($a = 'as'; $b = 'sert';) and the two variables concatenated as the callable of a callback-taking call (call_user_func($a . $b, ...))"
    strings:
        $s1 = /\$\w{1,20}\s*=\s*['"](as|ass|asse)['"]\s*;\s*\$\w{1,20}\s*=\s*['"](sert|ert|rt)['"]\s*;/
        $s2 = /\$\w{1,20}\s*=\s*['"](sy|sys|syst)['"]\s*;\s*\$\w{1,20}\s*=\s*['"](stem|tem|em)['"]\s*;/
        $s3 = /\$\w{1,20}\s*=\s*['"](pas|pass|passt)['"]\s*;\s*\$\w{1,20}\s*=\s*['"](sthru|thru|hru)['"]\s*;/
        $s4 = /\$\w{1,20}\s*=\s*['"](shel|shell|shell_)['"]\s*;\s*\$\w{1,20}\s*=\s*['"](l_exec|_exec|exec)['"]\s*;/
        $c = /(call_user_func|call_user_func_array|array_map|array_filter|register_shutdown_function|forward_static_call)\s*\(\s*\$\w{1,20}\s*\.\s*\$\w{1,20}\s*,/
    condition:
        filesize < 8MB and any of ($s*) and $c
}

rule SPAMGEAR_OBFUSC_ChrSuperglobalName
{
    meta:
        score = 100
        family = "obfuscation"
        description = "(issue 4q) a superglobal name spelled with chr() (chr(95).chr(71)... = '_GET') and read through a variable-variable ($$k)"
    strings:
        $c = /chr\s*\(\s*95\s*\)\s*\.\s*chr\s*\(\s*(71|80|82|67|83)\s*\)\s*\.\s*chr\s*\(/
        $v = /\$\$\w{1,20}|\$\{\s*\$\w{1,20}\s*\}/
    condition:
        filesize < 8MB and $c and $v
}
