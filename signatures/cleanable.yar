// Injected code blocks that `--clean` may cut out of an otherwise legit file.
//
// A rule here sets `cleanable = true` only when its match is a whole, self-contained
// `<?php ... ?>` block (the typical mass-injection: prepended before, or appended after, a site's own
// code). spamgear/clean.py then removes exactly the block that holds the match, and only when that
// block sits at the very start or the very end of the file; anything else is quarantined instead.
// The regex spans the block up to its `?>`, and the payload alphabet (base64) cannot contain `?>`.

rule SPAMGEAR_INJECT_EVAL_BASE64_BLOCK
{
    meta:
        description = "standalone <?php eval(base64_decode('...')); ?> block injected into a PHP file"
        family = "PHP.Injector.EvalBase64"
        score = 100
        cleanable = true
        source = "cleanable.yar:9"
    strings:
        $block = /<\?php[ \t\r\n]{0,20}(@[ \t]{0,5})?eval[ \t]{0,10}\([ \t]{0,10}(@[ \t]{0,5})?base64_decode[ \t]{0,10}\([ \t]{0,10}("[A-Za-z0-9+\/=]{16,}"|'[A-Za-z0-9+\/=]{16,}')[ \t]{0,10}\)[ \t]{0,10}\)[ \t]{0,10};?[ \t\r\n]{0,20}\?>/ nocase  // keep-nocase: injected blocks are also written <?PHP / EVAL(; --clean must find them
    condition:
        $block
}

rule SPAMGEAR_INJECT_EVAL_GZINFLATE_BLOCK
{
    meta:
        description = "standalone <?php eval(gzinflate(base64_decode('...'))); ?> block injected into a PHP file"
        family = "PHP.Injector.EvalGzinflate"
        score = 100
        cleanable = true
        source = "cleanable.yar:24"
    strings:
        $block = /<\?php[ \t\r\n]{0,20}(@[ \t]{0,5})?eval[ \t]{0,10}\([ \t]{0,10}(gzinflate|gzuncompress|str_rot13)[ \t]{0,10}\([ \t]{0,10}base64_decode[ \t]{0,10}\([ \t]{0,10}("[A-Za-z0-9+\/=]{16,}"|'[A-Za-z0-9+\/=]{16,}')[ \t]{0,10}\)[ \t]{0,10}\)[ \t]{0,10}\)[ \t]{0,10};?[ \t\r\n]{0,20}\?>/ nocase  // keep-nocase: injected blocks are also written <?PHP / EVAL(; --clean must find them
    condition:
        $block
}
