/*
 * mailer.yar - spam senders: mass mailers and mail() driven by request input.
 *
 * Catches: mail() (or an SMTP conversation, or PHPMailer) inside a loop over a recipient list
 * that came from the request (textarea split on newlines, uploaded list), mass-mailer forms
 * (fields for sender name, reply-to, subject, letter and e-mail list next to a mail call),
 * recipients taken straight from input, and raw SMTP sessions (RCPT TO) steered by POST data;
 * also (issue 4h) stand-alone senders that loop mail() over a list file dropped next to them
 * (file('emails.txt'), or an uploaded list) with two bulk-run traits (no time limit, flush,
 * sleep between sends, %email% personalisation, hand-built encoded subject, fixed From);
 * a relay that fills subject, body and headers of mail() from one request structure it decoded
 * (json_decode/unserialize of base64'd POST or php://input); and mail() reached through a
 * variable whose name was glued from quoted fragments (m+ail, ma+il, strrev liam) in a script that
 * reads the request inside a loop; and remote-controlled spam bots that read the request and
 * send both through mail() and through their own SMTP session to port 25, with errors silenced
 * or disable_functions probed.  Issue 4j widened these from 58 self-written variants: loops written
 * as array_map/array_walk closures, mail reached through call_user_func/array_map('mail') or a
 * variable holding 'mail' (also chr()/base64/hex-escaped), a list read from php://input, SMTP
 * checkers over comma-split or uploaded lists, list-file senders whose text comes from the
 * request; and open relays / mail bombs (RelayAllArgsFromInput: request recipient plus request
 * From header or raw headers, or a request recipient mailed with request text inside a loop).
 *
 * Why it is safe: legitimate contact forms send to a fixed address or to one validated user;
 * they do not split a posted list of addresses and loop over it, and application mail libraries
 * do not read $_POST themselves.  Single weak signs (input recipient, mailer vocabulary) score
 * < 100.
 */

rule SPAMGEAR_MAILER_LoopOverInputList
{
    meta:
        score = 100
        family = "mailer"
        description = "mail() (or imap_mail, error_log type 1, call_user_func('mail'), a variable holding 'mail') inside a loop over a recipient list split out of request input or the raw body"
    strings:
        $mail = /[^\w>:$](mail|mb_send_mail|imap_mail)\s*\(/i
        $elog = /[^\w>:$]error_log\s*\([^;]{1,120},\s*1\s*,\s*(trim\s*\(\s*)?\$\w/
        $split1 = /(explode|split|preg_split)\s*\([^;]{0,40}\\[rn][^;]{0,60}(\$_(POST|GET|REQUEST)\b|\$HTTP_(POST|GET)_VARS\b|filter_input\s*\(\s*INPUT_(POST|GET|REQUEST)\b)/
        $split2 = /(explode|split|preg_split)\s*\([^;]{0,60}\$\w{1,30}\s*\)/
        $in = /(\$_(POST|GET|REQUEST)|\$HTTP_(POST|GET)_VARS)\s*\[\s*['"]?(emaillist|email_list|maillist|mail_list|mailist|list|emails|mails|to|recipients?|lista|emailz|targets?|bcc|victims?|leads)['"]?\s*\]/i
        $loop = /(foreach|while)\s*\(|for \(\$|for\(\$|\bgoto\s+\w{1,30}\s*;|array_map\s*\(\s*(static\s+)?(function|fn)\s*\(|array_walk\s*\(\s*\$\w{1,30}\s*,\s*(static\s+)?(function|fn)\s*\(/
        $ind1 = /(call_user_func(_array)?|array_map)\s*\(\s*['"](mail|mb_send_mail)['"]\s*,/
        $ind2 = /\$\w{1,20}\s*=\s*['"](mail|mb_send_mail)['"]\s*;/
        $vcall = /[^\w>:$]\$\w{1,20}\s*\(\s*(trim\s*\(\s*)?\$\w{1,30}(\s*\[[^\]]{1,20}\])?\s*\)?\s*,[^;]{0,120}\$_(POST|GET|REQUEST)\s*\[/
        $mailv = /[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*(trim\s*\(\s*)?\$\w/
        $raw = /\$\w{1,30}\s*=\s*(trim\s*\(\s*)?(@\s*)?file_get_contents\s*\(\s*['"]php:\/\/input['"]\s*\)/
    condition:
        filesize < 2MB and
        (($loop and ($mail or $elog) and ($split1 or ($split2 and $in))) or
         (filesize < 100KB and ($ind1 or ($loop and $ind2 and $vcall)) and $split1) or
         (filesize < 50KB and $loop and $mailv and $raw and $split2))
}

rule SPAMGEAR_MAILER_InputRecipient
{
    meta:
        score = 50
        family = "mailer"
        description = "mail() whose recipient comes straight from request input"
    strings:
        $a = /[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*(trim\s*\(\s*|stripslashes\s*\(\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        $a
}

rule SPAMGEAR_MAILER_MassMailerForm
{
    meta:
        score = 100
        family = "mailer"
        description = "mass-mailer form: sender, subject, letter and list fields read from input with a mail call"
    strings:
        $mail = /[^\w>:$](mail|mb_send_mail)\s*\(|->\s*(send|Send)\s*\(\s*\)|RCPT\s+TO/
        $f1 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](from|realname|sender|from_?name|fromname|nama|de)['"]\s*\]/i
        $f2 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](reply_?to|replyto|return_?path)['"]\s*\]/i
        $f3 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](subject|subj|assunto|sujet|title)['"]\s*\]/
        $f4 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](message|letter|body|msg|mensagem|content|html)['"]\s*\]/
        $f5 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](emaillist|email_list|maillist|mail_list|mailist|list|emails|to|lista|emailz|recipients)['"]\s*\]/i
        $f6 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](contenttype|content_type|type|encode|encoding|charset|xmailer|priority|action|attachment|file)['"]\s*\]/
        $loop = /(foreach|while)\s*\(|for \(\$|for\(\$/
    condition:
        filesize < 2MB and $mail and $loop and $f5 and 3 of ($f1, $f2, $f3, $f4, $f6)
}

rule SPAMGEAR_MAILER_MailerVocabulary
{
    meta:
        score = 40
        family = "mailer"
        description = "mass-mailer vocabulary (e-mail list textarea, spam counters, inbox test)"
    strings:
        $k1 = /(mass|bulk|spam|inbox|priv8|leaf|xleet|pro)[\s_-]?mailer/i
        $k2 = /name\s*=\s*\\?['"]?(emaillist|email_list|maillist|mailist|emails|lista|emailz)\b/i
        $k3 = /(emails?|messages?|mails?)\s+(sent|delivered|enviados?)/i
        $k4 = /<textarea[^>]{0,120}(emaillist|maillist|mailist|emails|lista)/i
        $k5 = /X-Mailer/
        $k6 = /(Return-Path|Reply-To)\s*:\s*["'.\s]{0,4}\$/
    condition:
        filesize < 2MB and 2 of them
}

rule SPAMGEAR_MAILER_SmtpFromInput
{
    meta:
        score = 60
        family = "mailer"
        description = "hand-rolled SMTP session (socket + RCPT TO) in a script that reads POST data"
    strings:
        $sock = /[^\w>:$](fsockopen|stream_socket_client|socket_connect|pfsockopen)\s*\(/
        $rcpt = /RCPT\s+TO\s*:/
        $helo = /(EHLO|HELO)\s/
        $in = /\$_(POST|GET|REQUEST)\s*\[/
        $loop = /(foreach|while)\s*\(|for \(\$|for\(\$/
    condition:
        filesize < 2MB and $sock and $rcpt and $helo and $in and $loop
}

rule SPAMGEAR_MAILER_MailInLoopSmall
{
    meta:
        score = 60
        family = "mailer"
        description = "small script with request input and a mail() call inside a loop"
    strings:
        $mail = /[^\w>:$](mail|mb_send_mail)\s*\(\s*\$/
        $in = /\$_(POST|GET|REQUEST)\s*\[/
        $loop = /(foreach|while)\s*\(|for \(\$|for\(\$/
    condition:
        filesize < 30KB and $mail and $in and $loop
}

rule SPAMGEAR_MAILER_EncodedRelay
{
    meta:
        score = 100
        family = "mailer"
        description = "mail relay: mail() arguments arrive base64-encoded in request fields"
    strings:
        $mail = /[^\w>:$](mail|mb_send_mail)\s*\(/ nocase
        $dec = /(base64_decode|str_rot13|urldecode|hex2bin)\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        (filesize < 20KB and $mail and #dec >= 2) or
        (filesize < 4MB and #dec >= 2 and for any i in (2..#dec) : (@dec[i] - @dec[i-1] < 200 and
            for any j in (1..#mail) : (@mail[j] - @dec[i] < 400 and @dec[i] - @mail[j] < 400)))
}

rule SPAMGEAR_MAILER_CredentialExfil
{
    meta:
        score = 100
        family = "mailer"
        description = "phishing drop: posted credentials plus the visitor IP e-mailed out"
    strings:
        $mail = /[^\w>:$](mail|mb_send_mail)\s*\(/ nocase
        $ip = /\$_SERVER\s*\[\s*['"](REMOTE_ADDR|HTTP_X_FORWARDED_FOR|HTTP_CLIENT_IP)['"]/
        $c1 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](pass|passwd|password|senha|pwd|pass1|pass2|contrase\w{1,4}|motdepasse|mdp|parola)['"]\s*\]/
        $c2 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](cc|ccn|ccnum|cardnumber|card_number|cvv|cvv2|cvc|exp|expiry|expmonth|expyear|pin|ssn|dob|mmn|routing|account)['"]\s*\]/
        $c3 = /\$_(POST|GET|REQUEST)\s*\[\s*['"](login|user|username|usuario|email|e-?mail|userid|cpf|ident)['"]\s*\]/
        $hash = /password_(hash|verify)|[^\w>:$](md5|sha1|crypt|hash|hash_hmac)\s*\(/ nocase
    condition:
        filesize < 50KB and $mail and $ip and ($c1 or $c2) and ($c3 or #c2 > 1) and not $hash
}

rule SPAMGEAR_MAILER_HostBeacon
{
    meta:
        score = 60
        family = "mailer"
        description = "mail() reporting the infected host's paths and addresses"
    strings:
        $mail = /[^\w>:$](mail|mb_send_mail)\s*\(/ nocase
        $s1 = /\$_SERVER\s*\[\s*['"]DOCUMENT_ROOT['"]/
        $s2 = /\$_SERVER\s*\[\s*['"]SCRIPT_FILENAME['"]/
        $s3 = /\$_SERVER\s*\[\s*['"]SERVER_ADDR['"]/
        $s4 = /\$_SERVER\s*\[\s*['"]PATH_TRANSLATED['"]/
        $s5 = /\$_SERVER\s*\[\s*['"]HTTP_HOST['"]/
        $s6 = /get_current_user\s*\(|php_uname\s*\(/
        $free = /@(gmail|hotmail|yahoo|outlook|aol|yandex|mail\.ru|bol\.com\.br|protonmail|live)\.\w{2,3}/
    condition:
        filesize < 200KB and $mail and $free and 3 of ($s*)
}

rule SPAMGEAR_MAILER_PhpinfoExfil
{
    meta:
        score = 100
        family = "mailer"
        description = "captured phpinfo() output e-mailed out (host reconnaissance drop)"
    strings:
        $ob = /ob_start\s*\(/
        $pi = /phpinfo\s*\(/
        $mail = /[^\w>:$](mail|mb_send_mail)\s*\(/ nocase
        $get = /ob_get_(contents|clean)\s*\(/
    condition:
        filesize < 100KB and $ob and $pi and $mail and $get
}

rule SPAMGEAR_MAILER_BulkSendOverInputList
{
    meta:
        score = 100
        family = "mailer"
        description = "mass mailer: a send call in a loop over a recipient list from the request, with sender/subject/body or personalisation also from the request"
    strings:
        $php = "<?"
        $send1 = /[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*(trim\s*\(\s*)?\$\w/
        $send2 = /RCPT\s+TO\s*:/
        $send3 = /->\s*(addAddress|AddAddress|addBCC|AddBCC|addTo|setTo)\s*\(\s*(trim\s*\(\s*)?\$\w/
        $loop = /(foreach|while)\s*\(|for \(\$|for\(\$/
        $list1 = /\b(explode|preg_split|split|spliti|mb_split|str_getcsv)\s*\(\s*(['"](\\r)?\\n['"]|['"][,;|]\s?['"]|PHP_EOL|chr\s*\(\s*1[03]\s*\)|['"]\/[^'"\/\n]{0,20}(\\n|\\s|,)[^'"\/\n]{0,20}\/[a-z]{0,3}['"])\s*,[^;]{0,40}\$_(POST|GET|REQUEST)\s*\[/
        $list2 = /\b(file|file_get_contents)\s*\(\s*\$_(POST|GET|REQUEST|FILES)\s*\[/
        $list3 = /\bforeach\s*\(\s*\$_(POST|GET|REQUEST)\s*\[[^\]]{1,30}\]\s+as\s+\$\w{1,30}\s*\)/
        $list5 = /\bfopen\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]]{1,30}\]\s*\[\s*['"]tmp_name['"]\s*\]/
        $list4 = /\b(explode|split|preg_split)\s*\(\s*(['"](\\r)?\\n['"]|PHP_EOL|chr\s*\(\s*1[03]\s*\)|['"]\/[^'"\/\n]{0,20}(\\n|\\s|,)[^'"\/\n]{0,20}\/[a-z]{0,3}['"])\s*,\s*(trim\s*\(\s*)?\$\w{1,30}\s*\)/
        $m1 = /(From|Reply-To|Return-Path|Sender|X-Mailer)\s*:[^;\n]{0,40}\$_(POST|GET|REQUEST)\s*\[/
        $m2 = /[^\w>:$](mail|mb_send_mail)\s*\([^;]{1,80},\s*@?\s*((stripslashes|trim|base64_decode|urldecode|htmlspecialchars_decode)\s*\(\s*)?\$_(POST|GET|REQUEST)\s*\[/
        $m3 = /str_replace\s*\(\s*['"](%|\[|&|#|\{|!|\[-){1,2}(e?mail|email_?user|emailuser|to|user|recipient|target)(%|\]|&|#|\}|!|-\]){1,2}['"]\s*,\s*\$\w/ nocase
        $m4 = /->\s*(Subject|Body|FromName|From)\s*=\s*(stripslashes\s*\(\s*|trim\s*\(\s*)?\$_(POST|GET|REQUEST)\s*\[/
        $m5 = /->\s*(setFrom|SetFrom|msgHTML|MsgHTML)\s*\(\s*(stripslashes\s*\(\s*|trim\s*\(\s*)?\$_(POST|GET|REQUEST)\s*\[/
        $m6 = /\w\s*\([^;]{0,80}\$_(POST|GET|REQUEST)\s*\[[^\]]{1,30}\]\s*,\s*\$_(POST|GET|REQUEST)\s*\[/
        $m7 = /\bflush\s*\(\s*\)\s*;|\busleep\s*\(/
        $m8 = /\$(e?mail_?list|mailist|e?mails|lista|list|to|recipients?|rcpts?|victims?|leads|targets?|emailz|to_?list|addresses)\s*=\s*(trim\s*\(\s*|stripslashes\s*\(\s*)?\$_(POST|GET|REQUEST)\s*\[/
        $auth1 = "_nonce"
        $auth2 = "current_user_can"
        $auth3 = "csrf" nocase
        $auth4 = "captcha"
        $app = /class\s+\w{1,40}\s+(extends|implements)\s+\\?[\w\\]{0,60}(Plugin|Controller|Handler|Module|Component|Widget|Action|Command|Job|Listener|Mailable|Notification|Model|Service|Extension|Addon|Hook)\b/
    condition:
        $php and filesize < 1MB and not $app and $loop and any of ($send*) and any of ($list*) and
        ($list1 or $list2 or $list3 or $list5 or $m1 or $m2 or $m4 or $m5 or $m8) and
        (any of ($m1, $m2, $m3, $m4, $m5, $m6, $m8) or ($m7 and filesize < 50KB)) and not any of ($auth*) and
        ($send2 or $send3 or for any i in (1..#send1) : (for any j in (1..#loop) : (@send1[i] > @loop[j] and @send1[i] - @loop[j] < 800)))
}

rule SPAMGEAR_MAILER_RelayHeadersFromInput
{
    meta:
        score = 100
        family = "mailer"
        description = "mail relay: the extra-headers argument of mail() is taken straight from the request"
    strings:
        $php = "<?"
        $a = /[^\w>:$](mail|mb_send_mail)\s*\(\s*([^,;()'"]|\([^();]{0,80}\)|'[^'\n]{0,80}'|"[^"\n]{0,80}"){1,20}\s*,\s*([^,;()'"]|\([^();]{0,80}\)|'[^'\n]{0,80}'|"[^"\n]{0,80}"){1,20}\s*,\s*([^,;()'"]|\([^();]{0,80}\)|'[^'\n]{0,80}'|"[^"\n]{0,80}"){1,20}\s*,\s*@?\s*((stripslashes|trim|base64_decode|urldecode|rawurldecode|str_rot13)\s*\(\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[/
    condition:
        $php and $a
}

rule SPAMGEAR_MAILER_RegisterGlobalsBulk
{
    meta:
        score = 100
        family = "mailer"
        description = "register_globals-style mass mailer: request imported as variables, a list split on newlines and mailed inside the loop that walks it"
    strings:
        $php = "<?"
        $rg = /\b(extract\s*\(\s*\$_(POST|GET|REQUEST)\b|import_request_variables\s*\(|\$HTTP_(POST|GET)_VARS\s*\[)/
        $nl = /\b(explode|split|preg_split)\s*\(\s*(['"](\\r)?\\n['"]|PHP_EOL|['"]\/[^'"\/\n]{0,20}\\n[^'"\/\n]{0,20}\/[a-z]{0,3}['"])\s*,\s*(trim\s*\(\s*)?\$\w{1,30}\s*\)[^}]{0,400}\b(for|foreach|while)\s*\([^}]{0,400}[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*(trim\s*\(\s*)?\$\w/
        $m1 = /str_replace\s*\(\s*['"](%|\[|&|#|\{|!|\[-){1,2}(e?mail|email_?user|emailuser|to|user|recipient|target)(%|\]|&|#|\}|!|-\]){1,2}['"]\s*,\s*\$\w/ nocase
        $m2 = /From\s*:\s*\$\w{1,30}\s*<\s*\$\w{1,30}\s*>/
        $m3 = /(Reply-To|Return-Path)\s*:\s*["']?\s*\.?\s*\$\w/
        $auth1 = "_nonce"
        $auth2 = "current_user_can"
        $auth3 = "csrf" nocase
        $auth4 = "captcha"
    condition:
        $php and filesize < 200KB and $rg and $nl and any of ($m*) and not any of ($auth*)
}

rule SPAMGEAR_MAILER_BulkSendFromInputCopy
{
    meta:
        score = 100
        family = "mailer"
        description = "mass mailer working on a copy of the request ($m = $_POST, or a JSON body): mails inside the loop over a list field of the copy, subject and body from the same copy"
    strings:
        $php = "<?"
        $alias = /\$\w{1,20}\s*=\s*(\$_(POST|GET|REQUEST)|json_decode\s*\(\s*(file_get_contents\s*\(\s*['"]php:\/\/input['"]\s*\)|\$_(POST|GET|REQUEST)\s*\[[^\]]{1,20}\])[^;]{0,12})\s*;/
        $alias2 = /\$\w{1,20}\s{0,3}=\s{0,3}@?(json_decode|unserialize)\s{0,3}\(\s{0,3}@?(base64_decode|gzinflate|gzuncompress|str_rot13|urldecode|hex2bin)\s{0,3}\(\s{0,3}@?\$_(POST|GET|REQUEST|COOKIE)\s{0,3}\[[^\]\n]{1,20}\]\s{0,3}\)[^;]{0,12}\)\s{0,3};/
        $alias3 = /\$\w{1,20}\s{0,3}=\s{0,3}@?json_decode\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3}(,\s{0,3}(true|1)\s{0,3})?\)\s{0,3};/
        $raw = /\$\w{1,20}\s{0,3}=\s{0,3}@?file_get_contents\s{0,3}\(\s{0,3}['"]php:\/\/input['"]\s{0,3}\)\s{0,3};/
        $flow1 = /\bforeach\s*\(\s*\$\w{1,20}\s*\[\s*['"]\w{1,20}['"]\s*\]\s+as\s+\$\w{1,20}\s*\)[^}]{0,400}[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*(trim\s*\(\s*)?\$\w{1,20}\s*\)?\s*,[^;,]{0,60}\$\w{1,20}\s*\[/
        $flow2 = /\b(explode|preg_split|split)\s*\(\s*(['"](\\r)?\\n['"]|['"][,;]\s?['"]|PHP_EOL|['"]\/[^'"\/\n]{0,20}(\\n|\\s|,)[^'"\/\n]{0,20}\/[a-z]{0,3}['"])\s*,\s*(trim\s*\(\s*)?\$\w{1,20}\s*\[\s*['"]\w{1,20}['"]\s*\]\s*\)[^}]{0,300}\b(for|foreach|while)\s*\([^}]{0,300}[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*(trim\s*\(\s*)?\$\w{1,20}(\s*\[[^\]]{1,10}\])?\s*\)?\s*,\s*\$\w{1,20}\s*\[/
        $send = /[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*(trim\s*\(\s*)?\$\w{1,20}(\s*\[[^\]]{1,10}\])?\s*\)?\s*,\s*\$\w{1,20}\s*\[\s*['"]\w{1,20}['"]\s*\]\s*,\s*\$\w{1,20}\s*\[\s*['"]\w{1,20}['"]\s*\]/
        $send2 = /[^\w>:$](mail|mb_send_mail)\s{0,3}\(\s{0,3}@?\s{0,3}\$\w{1,20}\s{0,3},[^;,]{0,60}\$\w{1,20}\s{0,3}\[\s{0,3}['"]\w{1,20}['"]\s{0,3}\][^;,]{0,20},\s{0,3}\$\w{1,20}\s{0,3}\[\s{0,3}['"]\w{1,20}['"]\s{0,3}\]/
        $auth1 = "_nonce"
        $auth2 = "current_user_can"
        $auth3 = "csrf" nocase
        $auth4 = "captcha"
    condition:
        $php and filesize < 500KB and ($alias or $alias2 or ($alias3 and $raw)) and ($flow1 or $flow2) and ($send or $send2) and not any of ($auth*)
}

rule SPAMGEAR_MAILER_ListSorterByProvider
{
    meta:
        score = 100
        family = "mailer"
        description = "spam list sorter: a posted address list split into lines and bucketed by free-mail provider (hotmail, yahoo, gmail, aol, ...)"
    strings:
        $php = "<?"
        $prov = /(strstr|stristr|strpos|stripos|preg_match|substr_count)\s*\(\s*\$\w{1,30}(\s*\[[^\]]{1,10}\])?\s*,\s*['"][@.\/]?(hotmail|yahoo|ymail|gmail|googlemail|aol|outlook|live|msn|gmx|mail\.ru|yandex|wanadoo|orange|comcast|att\.net|web\.|free\.fr|laposte|libero|rocketmail|bigpond|verizon|btinternet|ntlworld|sky\.com)/
        $nl = /\b(explode|split|preg_split)\s*\(\s*(['"](\\r)?\\n['"]|PHP_EOL|['"]\/[^'"\/\n]{0,20}\\n[^'"\/\n]{0,20}\/[a-z]{0,3}['"])\s*,/
        $in = /\$_(POST|GET|REQUEST|FILES)\s*\[/
    condition:
        $php and filesize < 200KB and #prov >= 5 and $nl and $in
}

rule SPAMGEAR_MAILER_SmtpListChecker
{
    meta:
        score = 100
        family = "mailer"
        description = "SMTP account checker / address verifier: a posted list split into lines, walked in a loop that opens SMTP sockets and tries AUTH LOGIN or RCPT TO"
    strings:
        $php = "<?"
        $sock = /[^\w>:$](fsockopen|pfsockopen|stream_socket_client|socket_connect)\s*\(/
        $smtp1 = /AUTH\s+LOGIN/
        $smtp2 = /RCPT\s+TO\s*:/
        $smtp3 = /(EHLO|HELO)\s/
        $list = /\b(explode|preg_split|split)\s*\(\s*(['"](\\r)?\\n['"]|['"][,;]\s?['"]|PHP_EOL|['"]\/[^'"\/\n]{0,20}(\\n|\\s|,)[^'"\/\n]{0,20}\/[a-z]{0,3}['"])\s*,\s*(trim\s*\(\s*)?(\$_(POST|GET|REQUEST)\s*\[|file_get_contents\s*\(\s*\$_FILES)/
        $list2 = /\bfile\s*\(\s*\$_FILES\s*\[[^\]]{1,30}\]\s*\[\s*['"]tmp_name['"]\s*\]/
        $loop = /(foreach|while)\s*\(|for \(\$|for\(\$/
    condition:
        $php and filesize < 500KB and $sock and ($smtp1 or $smtp2) and $smtp3 and ($list or $list2) and $loop
}

rule SPAMGEAR_MAILER_BccFromInputList
{
    meta:
        score = 100
        family = "mailer"
        description = "bulk send in one call: a Bcc/Cc header filled from a request-supplied address list"
    strings:
        $php = "<?"
        $mail = /[^\w>:$](mail|mb_send_mail)\s*\(/ nocase
        $b1 = /Bcc\s*:\s*["']?\s*\.\s*(trim\s*\(\s*|stripslashes\s*\(\s*)?\$_(POST|GET|REQUEST)\s*\[/
        $b2 = /Bcc\s*:\s*["']?\s*\.\s*(implode|join)\s*\(\s*['"][,;]\s?['"]\s*,\s*\$\w{1,30}\s*\)/
        $b3 = /Bcc\s*:\s*["']?\s*\.\s*(str_replace|preg_replace)\s*\([^;\n]{0,40}\\n[^;\n]{0,40}\$_(POST|GET|REQUEST)\s*\[/
        $list = /\$_(POST|GET|REQUEST)\s*\[\s*['"](e?mail_?list|mailist|e?mails|lista|list|to|recipients?|bcc|leads|targets?|emailz|addresses|victims?)['"]\s*\]|\bfile\s*\(\s*\$_FILES/ nocase
        $auth1 = "_nonce"
        $auth2 = "current_user_can"
        $auth3 = "csrf" nocase
        $auth4 = "captcha"
    condition:
        $php and filesize < 1MB and $mail and ($b1 or $b3 or ($b2 and $list)) and not any of ($auth*)
}

rule SPAMGEAR_MAILER_FileListBulkSend
{
    meta:
        score = 100
        family = "mailer"
        description = "stand-alone spam sender: mail() to a variable recipient in a loop over a list file (emails.txt / uploaded list), with two bulk-run traits (set_time_limit(0), flush, sleep, %email% tags, encoded subject, hard-coded From address)"
    strings:
        $php = "<?"
        $src1 = /file\((\s|@)?['"][^'"\n]{1,60}\.(txt|csv|lst|list|dat)['"]\s*(,[^)]{1,40})?\)/ nocase
        $src2 = /explode\s*\([^;]{1,20},\s*(@\s*)?file_get_contents\s*\(\s*['"][^'"\n]{1,60}\.(txt|csv|lst|list|dat)['"]/
        $src3 = /file\s*\(\s*\$_FILES\s*\[/
        $mail = /[^\w>:$]mail\(\s*(trim\s*\(\s*)?\$\w{1,30}(\s*\[[^\]]{1,20}\])?\s*(\))?\s*,/
        $t1 = /set_time_limit\s*\(\s*0\s*\)/
        $t2 = /[^\w>:$](flush|ob_flush)\s*\(\s*\)/
        $t3 = /[^\w>:$]u?sleep\s*\(/
        $t4 = /%(email|mail|to|name|rand\w{0,10})%|\[-?(email|mail)-?\]|##(email|mail)##/ nocase
        $t5 = /=\?(UTF-8|iso-8859-1)\?B\?['"]?\s*\./
        $t6 = /From:\s*[^"'\r\n$]{0,60}@[\w-]{2,40}\./
        $t7 = /(From|Reply-To|Return-Path)\s*:[^;\n]{0,40}\$_(POST|GET|REQUEST)\s*\[/
        $t8 = /[^\w>:$]mail\(\s*(trim\s*\(\s*)?\$\w{1,30}(\s*\[[^\]]{1,20}\])?\s*(\))?\s*,[^;]{0,120}\$_(POST|GET|REQUEST)\s*\[/
        $cls = "\nclass "
    condition:
        $php and filesize < 200KB and any of ($src*) and $mail and 2 of ($t*) and not $cls
}

rule SPAMGEAR_MAILER_DecodedRequestRelay
{
    meta:
        score = 100
        family = "mailer"
        description = "remote-controlled relay: mail() whose subject, body and headers are elements of a structure decoded from the request (json_decode/unserialize of base64'd POST or php://input)"
    strings:
        $php = "<?"
        $dec = /(json_decode|unserialize)\s*\(\s*(@\s*)?(base64_decode|gzinflate|gzuncompress|str_rot13|urldecode|hex2bin)\s*\(\s*(@\s*)?(\$_(POST|GET|COOKIE|REQUEST)|file_get_contents\s*\(\s*['"]php:\/\/input)/
        $in = /(json_decode|unserialize)\s*\(\s*(@\s*)?file_get_contents\s*\(\s*['"]php:\/\/input['"]/
        $relay = /[^\w>:$]mail\s*\(\s*\$\w{1,30}(\s*\[[^\]\n]{1,30}\])?\s*,\s*\$\w{1,30}\s*\[[^\]\n]{1,30}\]\s*,\s*\$\w{1,30}\s*\[[^\]\n]{1,30}\]\s*,\s*\$\w{1,30}\s*\[[^\]\n]{1,30}\]/
    condition:
        $php and filesize < 100KB and ($dec or $in) and $relay
}

rule SPAMGEAR_MAILER_HiddenMailName
{
    meta:
        score = 100
        family = "mailer"
        description = "the name 'mail' glued from fragments or reversed/rot13'd in a script that reads request input (hidden spam sender)"
    strings:
        $php = "<?"
        $n1a = "'m'.'ail'"
        $n1b = "\"m\".\"ail\""
        $n1c = "'m' . 'ail'"
        $n1d = "\"m\" . \"ail\""
        $to1 = "'ail'.'to"
        $to2 = "'ail' . 'to"
        $to3 = "\"ail\".\"to"
        $to4 = "\"ail\" . \"to"
        $n2 = { (27|22) 6D 61 (27|22) [0-3] 2E [0-3] (27|22) 69 6C (27|22) [0-3] (3B|2C|29) }
        $n3 = { (27|22) 6D 61 69 (27|22) [0-3] 2E [0-3] (27|22) 6C (27|22) [0-3] (3B|2C|29) }
        $n4 = /'m'\s{0,3}\.\s{0,3}'a'\s{0,3}\.\s{0,3}'i'\s{0,3}\.\s{0,3}'l'\s{0,3}[;,)]/
        $n5 = /"m"\s{0,3}\.\s{0,3}"a"\s{0,3}\.\s{0,3}"i"\s{0,3}\.\s{0,3}"l"\s{0,3}[;,)]/
        $n7 = /strrev\s*\(\s*['"]liam['"]\s*\)/
        $n8 = /str_rot13\s*\(\s*['"]znvy['"]\s*\)/
        $n9 = /chr\s*\(\s*(109|0x6[dD])\s*\)\s*\.\s*chr\s*\(\s*(97|0x61)\s*\)\s*\.\s*chr\s*\(\s*(105|0x69)\s*\)\s*\.\s*chr\s*\(\s*(108|0x6[cC])\s*\)\s*[;,)]/
        $n10 = /base64_decode\s*\(\s*['"]bWFpbA(==)?['"]\s*\)/
        $n11 = /"(\\x6[dD]|\\155)(\\x61|\\141)(\\x69|\\151)(\\x6[cC]|\\154)"/
        $in = /\$_(POST|GET|REQUEST)\s*\[/
    condition:
        $php and filesize < 500KB and any of ($n*) and $in and not any of ($to*)
}

rule SPAMGEAR_MAILER_DualPathSpamBot
{
    meta:
        score = 100
        family = "mailer"
        description = "spam bot: request-driven mail() plus its own SMTP session to port 25 (RCPT TO / DATA) as a fallback, errors silenced or disable_functions probed, no class"
    strings:
        $php = "<?"
        $in = /\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $mail = /[^\w>:$]mail\s*\(\s*\$/
        $sock = /(fsockopen|pfsockopen|stream_socket_client)\s*\([^;]{0,80}(,\s*25\s*[,)]|:25['"])/
        $rcpt = /RCPT TO:\s*<?/
        $data = /['"]DATA\\r\\n['"]/
        $q1 = /error_reporting\s*\(\s*0\s*\)/
        $q2 = "disable_functions"
        $cls = "\nclass "
    condition:
        $php and filesize < 300KB and $in and $mail and $sock and $rcpt and $data and any of ($q*) and not $cls
}

rule SPAMGEAR_MAILER_RelayAllArgsFromInput
{
    meta:
        score = 100
        family = "mailer"
        description = "open relay or mail bomb: mail() takes the recipient from the request plus a From header or the raw extra headers from the request, or mails a request-supplied recipient with request text inside a loop, or (4p) mails inside a for loop whose count comes from the request"
    strings:
        $php = "<?"
        $r1 = /[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*((trim|stripslashes|urldecode|base64_decode)\s*\(\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[[^\]]{1,30}\]\s*\)?\s*,\s*[^;]{0,120}\$_(POST|GET|REQUEST|COOKIE)\s*\[[^;]{0,200}(From|Reply-To|Return-Path|Sender)\s*:[^;]{0,40}\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $r2 = /[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*((trim|stripslashes|urldecode|base64_decode)\s*\(\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[[^\]]{1,30}\]\s*\)?\s*,[^;]{1,200},\s*\$(h|hd|hdr|hdrs|head|header|headers|heads|xheaders|extra)\s*\)/
        $r3 = /\b(for|while)\s*\([^{;]{0,80}(;[^{;]{0,80}){0,2}\{[^}]{0,200}[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*(trim\s*\(\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[[^\]]{1,30}\]\s*\)?\s*,[^;]{0,120}\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $r4 = /[^\w>:$](mail|mb_send_mail)\s*\(\s*@?\s*filter_input\s*\(\s*INPUT_(POST|GET|REQUEST|COOKIE)\s*,[^;]{1,200},\s*filter_input\s*\(\s*INPUT_(POST|GET|REQUEST|COOKIE)\s*,[^;,()]{1,40}\)\s*\)/
        $r5 = /\bfor\s{0,3}\(\s{0,3}\$\w{1,20}\s{0,3}=\s{0,3}\d{1,3}\s{0,3};\s{0,3}\$\w{1,20}\s{0,3}<=?\s{0,3}(\(int\)\s{0,3}|intval\s{0,3}\(\s{0,3})?\$_(POST|GET|REQUEST|COOKIE)\s{0,3}\[[^{;]{0,60};[^{;]{0,40}\{[^}]{0,200}[^\w>:$](mail|mb_send_mail)\s{0,3}\(/
        $hin = /\$(h|hd|hdr|hdrs|head|header|headers|heads|xheaders|extra)\s*=\s*((stripslashes|trim|urldecode|base64_decode)\s*\(\s*)?\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $auth1 = "_nonce"
        $auth2 = "current_user_can"
        $auth3 = "csrf" nocase
        $auth4 = "captcha"
    condition:
        $php and filesize < 200KB and ($r1 or $r3 or $r4 or $r5 or ($r2 and $hin)) and not any of ($auth*)
}

rule SPAMGEAR_MAILER_SmtpEnvelopeFromInput
{
    meta:
        score = 100
        family = "mailer"
        description = "(issue 4p) hand-rolled SMTP session whose envelope (MAIL FROM / RCPT TO) is concatenated straight from request input (raw-socket relay)"
    strings:
        $sock = /[^\w>:$](fsockopen|pfsockopen|stream_socket_client)\s{0,3}\(/
        $env = /(MAIL FROM|RCPT TO)\s{0,3}:\s{0,3}<?\s{0,3}["']\s{0,3}\.\s{0,3}@?(trim\s{0,3}\(\s{0,3})?\$_(GET|POST|REQUEST|COOKIE)\s{0,3}\[/
    condition:
        filesize < 4MB and $sock and $env
}
