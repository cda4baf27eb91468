"""Must-hit / near-miss samples for the issue-4h rules in `signatures/mailer.yar`.

Small synthetic PHP written for the tests; no corpus excerpts. The near-misses are the
legitimate look-alikes: a cron job that mails a fixed admin list once, a JSON contact form that
sends to the site owner, and an e-mail obfuscation helper that splits "mailto".
"""

from __future__ import annotations


def php(body: str) -> bytes:
    """A PHP file around `body`."""
    return ("<?php\n" + body + "\n").encode()


FILE_LIST = php(
    "set_time_limit(0);\n"
    "$list = file('emails.txt');\n"
    "foreach ($list as $i => $to) {\n"
    "  $to = trim($to);\n"
    "  mail($to, 'Account notice', str_replace('%email%', $to, $letter),"
    ' "From: Support <help@bank.example>\\r\\n");\n'
    '  echo "$i OK $to<br>"; flush();\n'
    "}"
)
# Near-miss: reads a fixed admin list and mails a report once; no bulk-run traits.
FILE_LIST_NEAR = php(
    "$admins = file(__DIR__ . '/admins.txt', FILE_IGNORE_NEW_LINES);\n"
    "foreach ($admins as $a) { mail($a, 'Nightly report', $report); }"
)

RELAY = php(
    "$d = json_decode(base64_decode($_POST['d']), true);\n"
    "foreach ($d['to'] as $to) { mail($to, $d['s'], $d['b'], $d['h']); }"
)
# Near-miss: a JSON contact form that sends to the owner with its own headers.
RELAY_NEAR = php(
    "$d = json_decode(file_get_contents('php://input'), true);\n"
    "$h = 'From: site@example.org';\n"
    "mail('owner@example.org', $d['subject'], $d['message'], $h);"
)

HIDDEN_NAME = php(
    "$s = 'm' . 'ail';\n"
    "foreach (explode(\"\\n\", $_POST['to']) as $t) { $s(trim($t), $_POST['subject'], $_POST['body']); }"
)
# Near-miss: the classic anti-harvesting helper splits "mailto", not "mail".
HIDDEN_NAME_NEAR = php(
    "$u = $_GET['u'];\n"
    "foreach ($users as $x) { echo '<a href=\"' . 'ma' . 'il' . 'to:' . $x . '\">' . $x . '</a>'; }"
)

SPAM_BOT = php(
    "@error_reporting(0);\n$to = urldecode($_POST['l']); $body = urldecode($_POST['d']);\n"
    "if (!@mail($to, 'Hi', $body)) {\n"
    "  $s = @fsockopen($_POST['m'], 25, $e, $es, 20);\n"
    '  fputs($s, "MAIL FROM:<a@b.example>\\r\\n"); fputs($s, "RCPT TO:<$to>\\r\\n");\n'
    '  fputs($s, "DATA\\r\\n"); fputs($s, $body . "\\r\\n.\\r\\n");\n}'
)
# Near-miss: a mail library class with an SMTP transport and a mail() transport.
SPAM_BOT_NEAR = php(
    "class Mailer {\n  function send($to, $body) {\n"
    "    if (!mail($to, 'Hi', $body)) { $s = fsockopen($this->host, 25);"
    ' fputs($s, "RCPT TO:<$to>\\r\\n"); fputs($s, "DATA\\r\\n"); }\n  }\n}\n'
    "$m = new Mailer(); $m->send('owner@example.org', $_POST['msg']); error_reporting(0);"
)

CASES: list[tuple[str, bytes, bool]] = [
    ("SPAMGEAR_MAILER_DualPathSpamBot", SPAM_BOT, True),
    ("SPAMGEAR_MAILER_DualPathSpamBot", SPAM_BOT_NEAR, False),
    ("SPAMGEAR_MAILER_FileListBulkSend", FILE_LIST, True),
    ("SPAMGEAR_MAILER_FileListBulkSend", FILE_LIST_NEAR, False),
    ("SPAMGEAR_MAILER_DecodedRequestRelay", RELAY, True),
    ("SPAMGEAR_MAILER_DecodedRequestRelay", RELAY_NEAR, False),
    ("SPAMGEAR_MAILER_HiddenMailName", HIDDEN_NAME, True),
    ("SPAMGEAR_MAILER_HiddenMailName", HIDDEN_NAME_NEAR, False),
]
