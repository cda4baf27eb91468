/*
 * ui_console.yar - web command consoles of any size (issue 4f).
 *
 * Catches: a shell UI that copies a request field into a command-named variable ($cmd,
 * $command, $komut, ...) and later hands that variable to a process sink (system, exec,
 * shell_exec, passthru, popen, proc_open, backticks), together with one console trait: its own
 * form field of the same kind, stderr folded into the output (2>&1), a chdir() into a posted
 * directory, or two host probes (php_uname, disable_functions, safe_mode, uid). This is the
 * shape of the large console UIs that keep the input in a variable, which the small-file rules
 * and the direct input-to-sink rules do not see.
 *
 * Why it is safe: applications that run programs build the command line themselves (convert,
 * git, sendmail) and never name a variable after a command typed into a form; the rule needs
 * the command variable to be filled from the request AND to reach a process sink AND a console
 * trait, and a PHP open tag so docs and JS stay clean. Run against every clean tree (all file
 * types) with 0 hits.
 */

rule SPAMGEAR_UI_CommandVarConsole
{
    meta:
        score = 100
        family = "shell_ui"
        description = "command console: a request field stored in a command-named variable that reaches a process sink, plus a console trait"
    strings:
        $php = "<?"
        $asg = /\$(cmd|cmnd|cmdr|command|comando|commande|befehl|komut|kmt|execute|exec_?cmd|shell_?cmd|run_?cmd|shellcmd|syscmd|cmd_?str)\s*=\s*[^;\n]{0,60}\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $sink1 = /[^\w>:$.](system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)\s*\(\s*@?\s*(\$\w{1,20}\s*\.\s*)?\$(cmd|cmnd|cmdr|command|comando|commande|befehl|komut|kmt|execute|exec_?cmd|shell_?cmd|run_?cmd|shellcmd|syscmd|cmd_?str)\b/ nocase
        $sink2 = /`\s*\$(cmd|cmnd|command|comando|komut|execute|shellcmd|syscmd)\b[^`\n]{0,30}`/
        $t1a = "name=\"cmd\"" nocase
        $t1b = "name='cmd'"
        $t1c = "name=cmd"
        $t1d = "name=\\\"cmd\\\""
        $t1e = "name=\"command\""
        $t1f = "name='command'"
        $t1g = "name=command"
        $t1h = "name=\\\"command\\\""
        $t2 = "2>&1"
        $t3 = /[^\w>:$.]chdir\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $p1 = /php_uname|posix_uname/
        $p2 = "disable_functions" nocase
        $p3 = "safe_mode"
        $p4 = /posix_getpwuid|getmyuid|get_current_user|posix_geteuid/
        $near = /\$\w{1,20}\s*=\s*[^;\n]{0,60}\$_((POST|GET|REQUEST|COOKIE)\s*\[|SERVER\s*\[\s*['"]HTTP_X_)[^;\n]{0,60};([^;]{0,100};){0,4}[^;`]{0,60}([^\w>:$.](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?\s*(\w{1,20}\s*\(\s*)?\$\w{1,20}[^;\n]{0,30}2>&1|(=|echo|print|return|\(|\.)\s*`\s*\$[a-zA-Z]\w{0,19}[^`\n]{0,30}2>&1[^`\n]{0,10}`)/
    condition:
        $php and filesize < 4MB and (($asg and ($sink1 or $sink2)) or $near) and
        (any of ($t*) or 2 of ($p*))
}

rule SPAMGEAR_UI_ProbedShortVarConsole
{
    meta:
        score = 100
        family = "shell_ui"
        description = "host-probe panel (uname, uid, safe_mode, disable_functions) whose one-letter request variable is run by a process sink"
    strings:
        $php = "<?"
        $asg = /\$[a-z]\s*=\s*[^;\n]{0,40}\$_(POST|GET|REQUEST|COOKIE)\s*\[/
        $sink = /[^\w>:$.](system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?\s*\$[a-z]\s*[,)]/
        $p1 = /php_uname|posix_uname/
        $p2 = "disable_functions" nocase
        $p3 = "safe_mode"
        $p4 = /posix_getpwuid|getmyuid|get_current_user|posix_geteuid/
        $p5 = /disk_free_space|diskfreespace|disk_total_space/
        $p6 = "open_basedir" nocase
    condition:
        $php and filesize < 4MB and $asg and $sink and 3 of ($p*)
}

rule SPAMGEAR_UI_SelfNavFileManager
{
    meta:
        score = 100
        family = "filemanager"
        description = "stand-alone file manager: prints ?dir=/?path= links to itself, takes the path from the request, lists directories and edits, deletes, renames, chmods and uploads files"
    strings:
        $php = "<?"
        $nav = /href\s*=\s*\\?['"]?\s*(\?|['"]\s*\.\s*\$_SERVER\s*\[\s*['"](PHP_SELF|SCRIPT_NAME)['"]\s*\]\s*\.\s*['"]\?|\$(self|me|surl|php_self)\s*\.\s*['"]\?)[^'"\n<>]{0,40}\b(dir|d|path|p|cd|folder|cwd|fm_path|file|f|fname|filename)=/
        $in = /\$(dir|d|path|p|cd|folder|cwd|file|f|fname|filename|target)\s*=\s*[^;\n]{0,40}\$_(GET|POST|REQUEST)\s*\[/
        $list = /[^\w>:$](opendir|scandir|readdir|glob)\s*\(|[^\w>:$]dir\s*\(\s*\$/
        $o1 = /[^\w>:$]unlink\s*\(/
        $o2 = /[^\w>:$]rmdir\s*\(/
        $o3 = /[^\w>:$]chmod\s*\(/
        $o4 = /[^\w>:$]rename\s*\(/
        $o5 = /[^\w>:$]mkdir\s*\(/ nocase
        $o6 = /[^\w>:$]move_uploaded_file\s*\(/
        $o7 = /[^\w>:$](fwrite|fputs|file_put_contents)\s*\(/ nocase
        $o8 = /[^\w>:$](readfile|fpassthru)\s*\(/ nocase
        $o9 = /[^\w>:$]touch\s*\(/
        $ed = /<textarea/
        $cls1 = "\nnamespace "
        $cls2 = "\nclass "
        $cls3 = "\nabstract class "
        $cls4 = "\nfinal class "
    condition:
        $php and filesize < 2MB and $nav and $in and $list and $ed and 5 of ($o*) and not any of ($cls*)
}
