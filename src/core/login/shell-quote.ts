// One word for the shell Claude Code runs commands with (/bin/sh on Unix, cmd.exe on Windows). Pure.

/** The word as-is when the shell would not change it, else quoted so it reaches the program unchanged. */
export function quoteArg(word: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return /^[A-Za-z0-9_\\/.,:=@+-]+$/.test(word) ? word : `"${word.replace(/"/g, '""')}"`;
  if (/^[A-Za-z0-9_\/.,:=@%+-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
