// The POSIX sh program an ssh sync target runs on the remote machine: replace one `[section]` of an AWS credentials
// file and keep every other byte (other sections, comments, CRLF lines, a last line without a newline), written
// atomically (temp file in the same folder + mv, mode 0600 by umask, a missing folder created 0700).
// It needs only `sh` (with its builtins read/printf/test) plus `mkdir` and `mv`: no node, no python, no rm.
// Written as ONE line with no `'`, `!`, newline or double backslash, so any login shell (bash, zsh, fish, tcsh)
// hands it to `sh -c` unchanged inside single quotes. Nothing of the user's is on the command line: the section name,
// the path and the credentials come on stdin, where no remote shell parses them (fish reads `\'` inside single
// quotes as a quote, so a quoted name ending in `\` used to end the quoting). Patterns name $nl/$cr unquoted: some
// shells (posh) do not match a quoted variable inside ${x%%…}, and neither character is special in a pattern.
//
// Argument: $1 mode (`write` | `check`). stdin: line 1 the section name inside the brackets (`work`, or `profile
// work` for a config file), line 2 the path (`~/` is the remote HOME), then in `write` mode the section's key lines.
// stdout: `cc-aws-keepalive-sync: replaced|added|created <path>` (write) or `… ok exists|create <path>` (check).
// stderr: `cc-aws-keepalive-sync-error: <reason>`, with a distinct exit code per reason.

const LINES = [
  'umask 077',
  'mode=$1',
  'cr=$(printf "\\r"); nl=$(printf "\\n_"); nl=${nl%_}; tab=$(printf "\\t")',
  'say() { printf "%s\\n" "cc-aws-keepalive-sync: $*"; }',
  'die() { printf "%s\\n" "cc-aws-keepalive-sync-error: $2" >&2; exit "$1"; }',
  'IFS= read -r hdr && IFS= read -r f && [ -n "$hdr" ] && [ -n "$f" ] || die 2 "no section name and path on stdin"',
  'case $f in "~") f=$HOME;; "~/"*) f="$HOME/${f#??}";; esac',
  'case $f in */*) d=${f%/*};; *) d=.;; esac; [ -n "$d" ] || d=/',
  '[ -L "$f" ] && die 3 "$f is a symbolic link; set remotePath to the file it points to"',
  '[ -e "$f" ] && { [ -f "$f" ] || die 4 "$f is not a regular file"; }',
  // check: may we read and replace the file, or create it (its nearest existing folder writable)? Sends nothing.
  'if [ "$mode" = check ]; then' +
    ' if [ -e "$f" ]; then { [ -r "$f" ] && [ -w "$f" ]; } || die 5 "$f is not readable and writable"; [ -w "$d" ] || die 6 "cannot create files in $d (needed to replace $f atomically)"; say "ok exists $f"; exit 0; fi;' +
    ' p=$d; while :; do [ -d "$p" ] && break; case $p in */*) p=${p%/*}; [ -n "$p" ] || p=/;; *) p=.;; esac; done;' +
    ' [ -w "$p" ] || die 6 "cannot create $f: $p is not writable"; say "ok create $f"; exit 0; fi',
  'new=""; while IFS= read -r l || [ -n "$l" ]; do new="$new${l%$cr}$nl"; done',
  '[ -n "$new" ] || die 7 "no credentials received on stdin; $f left as it was"',
  'mkdir -p -- "$d" 2>/dev/null; [ -d "$d" ] || die 8 "cannot create the folder $d"',
  'tmp="$d/.${f##*/}.cc-aws-keepalive.$$"',
  'set -C; { : > "$tmp"; } 2>/dev/null || die 9 "cannot create a temporary file in $d"; set +C',
  // Cut off mid-write (ssh killed at its deadline): the temporary file is emptied, so no key stays behind in it.
  'wipe() { : > "$tmp"; exit 12; }; trap wipe HUP INT TERM PIPE',
  // One section: the header, then the key lines, each ending like the section it replaces (CRLF or LF).
  'sect() { printf "[%s]%s\\n" "$hdr" "$1"; r=$new; while [ -n "$r" ]; do printf "%s%s\\n" "${r%%$nl*}" "$1"; r=${r#*$nl}; done; }',
  'trim() { t=$1; while :; do case $t in " "*|"$tab"*) t=${t#?};; *" "|*"$tab") t=${t%?};; *) break;; esac; done; }',
  // skip: inside an old copy of our section (its key lines go; its trailing comments and blank lines, which lead
  // into the next section, are held in buf and kept). The first copy is replaced in place, later copies dropped.
  // A UTF-8 byte-order mark before the first header (Windows editors) is not part of the header, as for the SDK.
  'how=added; skip=0; buf=""; style=""; first=1; any=0; endnl=1; lastblank=1; bom=$(printf "\\357\\273\\277"); lead=""',
  'body() { [ -f "$f" ] || { how=created; return 0; }; while :; do' +
    ' if IFS= read -r line; then eol=$nl; elif [ -n "$line" ]; then eol=""; else break; fi;' +
    ' s=${line%$cr}; lead=""; [ "$first" = 1 ] && { [ "$s" = "$line" ] || style=$cr; first=0; case $s in "$bom"*) lead=$bom; s=${s#$bom};; esac; };' +
    ' trim "$s"; s=$t;' +
    ' case $s in' +
    ' "["*"]"*) n=${s#?}; trim "${n%%]*}";' +
    ' if [ "$t" = "$hdr" ]; then if [ "$how" = added ]; then printf "%s" "$lead"; if [ "${line%$cr}" = "$line" ]; then sect ""; else sect "$cr"; fi; how=replaced; fi; skip=1; buf=""; any=1; endnl=1; lastblank=0; continue; fi;' +
    ' [ "$skip" = 1 ] && { printf "%s" "$buf"; buf=""; skip=0; };;' +
    ' "#"*|";"*|"") [ "$skip" = 1 ] && { buf="$buf$line$eol"; continue; };;' +
    ' *) [ "$skip" = 1 ] && { buf=""; continue; };;' +
    ' esac;' +
    ' printf "%s%s" "$line" "$eol"; any=1; if [ -n "$eol" ]; then endnl=1; else endnl=0; fi; if [ -n "$s" ]; then lastblank=0; else lastblank=1; fi;' +
    ' done < "$f"; printf "%s" "$buf";' +
    ' if [ "$how" = added ]; then if [ "$any" = 1 ]; then [ "$endnl" = 1 ] || printf "%s\\n" "$style"; [ "$lastblank" = 1 ] || printf "%s\\n" "$style"; fi; sect "$style"; fi; }',
  'body >> "$tmp" || { : > "$tmp"; die 10 "cannot write $tmp"; }',
  '[ "$how" = created ] && sect "" >> "$tmp"',
  'mv -f -- "$tmp" "$f" 2>/dev/null || { : > "$tmp"; die 11 "cannot replace $f (rename from $tmp failed)"; }',
  'trap - HUP INT TERM PIPE',
  'say "$how $f"',
];

export const REMOTE_INI_SCRIPT = LINES.join('; ');

/**
 * The command line ssh asks the remote login shell to run: our fixed script and the mode, nothing of the user's and
 * no secret. Single quotes around a text with no `'` and no double backslash mean the same in sh, bash, zsh, fish
 * and tcsh.
 */
export function remoteCommand(mode: 'write' | 'check'): string {
  return `sh -c '${REMOTE_INI_SCRIPT}' cc-aws-keepalive-sync ${mode}`;
}

/**
 * The script's stdin: the section name and the path on a line each, then the key lines (none for `check`). A name or
 * path with a control character cannot be one line: refused, named in the message.
 */
export function remoteInput(header: string, path: string, body: string | null): { ok: true; text: string } | { ok: false; message: string } {
  for (const [what, v] of [['the section name', header], ['remotePath', path]] as const) {
    if (/[\x00-\x1f\x7f]/.test(v)) return { ok: false, message: `${what} ${JSON.stringify(v)} contains a control character — remove it` };
  }
  return { ok: true, text: `${header}\n${path}\n${body ?? ''}` };
}

/** Exit codes of the script that mean "the remote refused", as opposed to ssh's own 255. */
export const REMOTE_MARK = 'cc-aws-keepalive-sync:';
export const REMOTE_ERROR_MARK = 'cc-aws-keepalive-sync-error:';
