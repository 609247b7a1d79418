// One word for the shell Claude Code runs commands with (/bin/sh on Unix, cmd.exe on Windows). Pure.

/** The word as-is when the shell would not change it, else quoted so it reaches the program unchanged. */
export function quoteArg(word: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return /^[A-Za-z0-9_\\/.,:=@+-]+$/.test(word) ? word : `"${word.replace(/"/g, '""')}"`;
  if (/^[A-Za-z0-9_\/.,:=@%+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Why cmd.exe would change `word` even inside quoteArg's double quotes, or null. cmd expands `%NAME%` before it
 * looks at quotes (and `!NAME!` where delayed expansion is on in the registry), and no escape works inside quotes
 * on a `cmd /c` line; a line break ends the command. Such a word is refused, never written into a command.
 */
export function cmdQuoteProblem(word: string, platform: NodeJS.Platform): string | null {
  if (platform !== 'win32') return null;
  if (/[\u0000-\u001f\u007f]/.test(word)) return 'holds a control character';
  if (/[%!]/.test(word)) return 'holds % or !, which cmd.exe expands even inside quotes';
  return null;
}

/** What `setup --login` says when a word of the command would be rewritten by cmd.exe (cmdQuoteProblem). */
export const cmdQuoteRefusal = (what: string, word: string, problem: string): string =>
  `cc-aws-keepalive: the ${what} ${JSON.stringify(word)} ${problem} — autoLoginCmd cannot carry it safely; rename it (or move the tool to a folder without it) and run setup --login again`;
