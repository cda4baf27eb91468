"""Must-hit / near-miss samples for the bulk-mailer rules added in issue 4f (`signatures/mailer.yar`).

Small synthetic PHP written for the tests; no corpus excerpts. The near-misses are the legitimate
look-alikes: a captcha-protected tell-a-friend form, a newsletter that mails the subscribers from
its own database, a contact form that sends posted text to the site owner, and a legacy script
that imports the request but mails one fixed address.
"""

from __future__ import annotations

BULK_PROGRESS = (
    b"<?php\n$subj = $_POST['subj']; $body = $_POST['body'];\n"
    b"$addrs = explode(PHP_EOL, $_POST['addresses']);\n"
    b'foreach ($addrs as $a) {\n  if (@mail(trim($a), $subj, $body)) echo "OK $a<br>";\n'
    b"  flush();\n}\n"
)
BULK_TAGGED = (
    b"<?php\n$dest = $_REQUEST['dest']; $msg = $_REQUEST['m'];\n"
    b"$all = preg_split('/[\\s,;]+/', $dest);\n"
    b"for ($k = 0; $k < count($all); $k++) {\n"
    b"  $body = str_replace('%email%', $all[$k], $msg);\n"
    b"  mail($all[$k], 'Hello', $body, 'From: ' . $_REQUEST['f']);\n}\n"
)
BULK_SMTP = (
    b"<?php\nfunction relay($h, $to, $from, $data) {\n  $s = fsockopen($h, 25);\n"
    b'  fputs($s, "HELO x\\r\\nMAIL FROM: <$from>\\r\\n");\n'
    b'  fputs($s, "RCPT TO: <$to>\\r\\nDATA\\r\\n$data\\r\\n.\\r\\n");\n'
    b"}\n$t = explode(\"\\n\", $_POST['mails']);\n"
    b"foreach ($t as $r) { relay($_POST['relay'], trim($r), $_POST['sender'], $_POST['letter']); }\n"
)
BULK_TWO_STEP = (
    b"<?php\n$maillist = $_POST['maillist']; $subject = $_POST['subject'];\n"
    b'$emails = explode("\\n", $maillist);\nforeach ($emails as $e) {\n'
    b"  $mail = new Mailer();\n  $mail->Subject = $subject;\n"
    b"  $mail->AddAddress(trim($e));\n  $mail->Send();\n}\n"
)
BULK_FRIEND_NEAR = (
    b"<?php\nif (!check_captcha($_POST['captcha_code'])) exit('bad captcha');\n"
    b"$friends = explode(',', $_POST['friends']);\n"
    b"foreach (array_slice($friends, 0, 3) as $f) {\n"
    b"  mail(trim($f), 'Look at this page', $page_url, 'From: ' . $_POST['your_email']);\n}\n"
)
BULK_SHARE_PLUGIN_NEAR = (
    b"<?php\nclass Mail extends Plugin {\n  function sendEmail() {\n"
    b"    $addresses = explode(';', $_REQUEST['destination']);\n"
    b"    foreach ($addresses as $a) $this->mailer->AddAddress($a);\n"
    b"    $this->mailer->Subject = $_REQUEST['subject'];\n    $this->mailer->Send();\n  }\n}\n"
)
BULK_NEWSLETTER_NEAR = (
    b"<?php\n$rows = $db->query('SELECT email FROM subscribers WHERE active = 1');\n"
    b"foreach ($rows as $row) {\n"
    b"  mail($row['email'], $issue->subject, $issue->body, 'From: news@example.org');\n}\n"
    b"echo 'sent to ' . count($rows) . ' subscribers for ' . htmlspecialchars($_GET['issue']);\n"
)

RELAY_HEADERS = (
    b"<?php\n$lst = file('list.txt');\n"
    b"for ($j = 0; $j < count($lst); $j++) {\n"
    b"  mail(trim($lst[$j]), $_POST['s'], $_POST['m'], $_POST['h']);\n}\n"
)
RELAY_HEADERS_B64 = (
    b"<?php\n@mail($_POST['to'], \"Notice, \" . date('Y'), $_POST['body'], base64_decode($_POST['hdr']));\n"
)
RELAY_HEADERS_NEAR = (
    b"<?php\n$headers = 'From: web@example.org' . \"\\r\\n\" . 'Reply-To: web@example.org';\n"
    b"mail('owner@example.org', $_POST['subject'], $_POST['message'], $headers);\n"
)

RG_BULK = (
    b"<?php\nextract($_POST);\nif ($action == 'send') {\n"
    b'  $all = split("\\n", $emaillist);\n'
    b"  for ($x = 0; $x < count($all); $x++) {\n    $to = $all[$x];\n"
    b"    $message = str_replace('&email&', $to, $message);\n"
    b'    mail($to, $subject, $message, "From: $realname <$from>\\r\\n");\n  }\n}\n'
)
RG_BULK_NEAR = (
    b'<?php\nextract($_POST);\n$lines = explode("\\n", $comments);\n'
    b"foreach ($lines as $l) { $clean[] = trim($l); }\n"
    b'mail($webmaster, \'Feedback\', implode("\\n", $clean), "From: $name <$email>");\n'
)

COPY_BULK = (
    b"<?php\n$m = $_POST;\n$rcpts = explode(\"\\n\", $m['to']);\n"
    b"foreach ($rcpts as $r) {\n  mail(trim($r), $m['sub'], $m['msg'], 'From: ' . $m['from']);\n}\n"
)
COPY_JSON = (
    b"<?php\n$d = json_decode(file_get_contents('php://input'), true);\n"
    b"foreach ($d['to'] as $t) { @mail($t, $d['s'], $d['b'], $d['h']); }\n"
)
COPY_NEAR = (
    b"<?php\n$form = $_POST;\n$tags = explode(',', $form['tags']);\n"
    b"foreach ($tags as $t) { $clean[] = trim($t); }\n"
    b"mail($owner, $form['subject'], $form['message'], 'From: site@example.org');\n"
)

SORTER = (
    b"<?php\n$ex = explode(\"\\n\", $_POST['res']);\nforeach ($ex as $d) {\n"
    b"  if (stristr($d, 'hotmail') || stristr($d, 'live')) $hot .= $d;\n"
    b"  elseif (stristr($d, 'yahoo')) $yah .= $d;\n  elseif (stristr($d, 'gmail')) $gm .= $d;\n"
    b"  elseif (stristr($d, 'aol')) $aol .= $d;\n  else $other .= $d;\n}\n"
)
SORTER_NEAR = (
    b"<?php\n$free = array('hotmail', 'yahoo', 'gmail', 'aol', 'gmx');\n"
    b"$domains = explode(\"\\n\", $config['blocked']);\n$email = $_POST['email'];\n"
    b"foreach ($free as $p) { if (stripos($email, $p) !== false) $isFree = true; }\n"
)

SMTP_CHECK = (
    b"<?php\n$rows = explode(\"\\n\", $_POST['smtps']);\nforeach ($rows as $r) {\n"
    b"  list($h, $u, $p) = explode('|', trim($r));\n  $s = fsockopen($h, 587, $en, $es, 5);\n"
    b'  fputs($s, "EHLO x\\r\\nAUTH LOGIN\\r\\n" . base64_encode($u) . "\\r\\n");\n'
    b"  echo fgets($s) . '<br>';\n}\n"
)
SMTP_CHECK_NEAR = (
    b"<?php\nclass SmtpTransport {\n  function auth($u, $p) {\n"
    b"    $this->s = fsockopen($this->host, 587);\n"
    b'    fputs($this->s, "EHLO x\\r\\nAUTH LOGIN\\r\\n");\n'
    b"    foreach ($this->lines() as $l) { $this->log($l); }\n  }\n}\n"
)

BCC_LIST = (
    b"<?php\n$list = explode(\"\\n\", $_POST['emails']);\n"
    b'$headers = "From: x@example.org\\r\\nBcc: " . implode(\',\', $list) . "\\r\\n";\n'
    b"mail('x@example.org', $_POST['subject'], $_POST['body'], $headers);\n"
)
BCC_DIRECT = b"<?php\n$h = 'Bcc: ' . $_POST['emails'];\nmail('me@example.org', 'Hi', $_POST['body'], $h);\n"
BCC_NEAR = (
    b"<?php\n$staff = $db->column('SELECT email FROM staff');\n"
    b"$headers = 'Bcc: ' . implode(',', $staff);\n$ids = explode(',', $_POST['ids']);\n"
    b"mail('office@example.org', 'Order ' . count($ids), $summary, $headers);\n"
)
BULK_UPLOADED_HANDLE = (
    b"<?php\n$fh = fopen($_FILES['lst']['tmp_name'], 'r');\nwhile (!feof($fh)) {\n"
    b"  $to = trim(fgets($fh));\n  if ($to) { mail($to, $subject, $body); flush(); }\n}\n"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_MAILER_BulkSendOverInputList", BULK_PROGRESS, True),
    ("SPAMGEAR_MAILER_BulkSendOverInputList", BULK_TAGGED, True),
    ("SPAMGEAR_MAILER_BulkSendOverInputList", BULK_SMTP, True),
    ("SPAMGEAR_MAILER_BulkSendOverInputList", BULK_TWO_STEP, True),
    ("SPAMGEAR_MAILER_BulkSendOverInputList", BULK_FRIEND_NEAR, False),
    ("SPAMGEAR_MAILER_BulkSendOverInputList", BULK_NEWSLETTER_NEAR, False),
    ("SPAMGEAR_MAILER_BulkSendOverInputList", BULK_SHARE_PLUGIN_NEAR, False),
    ("SPAMGEAR_MAILER_RelayHeadersFromInput", RELAY_HEADERS, True),
    ("SPAMGEAR_MAILER_RelayHeadersFromInput", RELAY_HEADERS_B64, True),
    ("SPAMGEAR_MAILER_RelayHeadersFromInput", RELAY_HEADERS_NEAR, False),
    ("SPAMGEAR_MAILER_RegisterGlobalsBulk", RG_BULK, True),
    ("SPAMGEAR_MAILER_RegisterGlobalsBulk", RG_BULK_NEAR, False),
    ("SPAMGEAR_MAILER_BulkSendFromInputCopy", COPY_BULK, True),
    ("SPAMGEAR_MAILER_BulkSendFromInputCopy", COPY_JSON, True),
    ("SPAMGEAR_MAILER_BulkSendFromInputCopy", COPY_NEAR, False),
    ("SPAMGEAR_MAILER_ListSorterByProvider", SORTER, True),
    ("SPAMGEAR_MAILER_ListSorterByProvider", SORTER_NEAR, False),
    ("SPAMGEAR_MAILER_SmtpListChecker", SMTP_CHECK, True),
    ("SPAMGEAR_MAILER_SmtpListChecker", SMTP_CHECK_NEAR, False),
    ("SPAMGEAR_MAILER_BccFromInputList", BCC_LIST, True),
    ("SPAMGEAR_MAILER_BccFromInputList", BCC_DIRECT, True),
    ("SPAMGEAR_MAILER_BccFromInputList", BCC_NEAR, False),
    ("SPAMGEAR_MAILER_BulkSendOverInputList", BULK_UPLOADED_HANDLE, True),
]
