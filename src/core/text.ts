// Small text helpers shared by the parsers of users' files.

/** Drops a UTF-8 byte-order mark, which editors on Windows add and JSON.parse / ini choke on. */
export const stripBom = (s: string): string => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/** 1-based line and column of a character offset, for "file:line:col" messages. */
export function lineCol(text: string, pos: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, pos));
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Where JSON.parse failed, whatever Node version worded the error. */
export function jsonErrorPosition(text: string, err: unknown): { line: number; col: number } | null {
  const msg = err instanceof Error ? err.message : String(err);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), col: Number(lc[2]) };
  const pos = /position (\d+)/.exec(msg);
  if (pos) return lineCol(text, Number(pos[1]));
  if (/end of (JSON )?input/i.test(msg)) return lineCol(text, text.length);
  return null;
}

/** The first line of a parser's message, without a position we report ourselves. */
export const firstLine = (msg: string): string => (msg.split('\n')[0] ?? '').replace(/\s+in JSON at position \d+.*$/, '').trim();

/** Levenshtein distance, for "did you mean" hints on mistyped keys. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}

/** How a value looks in a message: type and a short preview, never more than a few characters of it. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

// C0 controls except tab and newline, DEL, and C1 controls (CSI, OSC…): what turns text into terminal commands.
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** A user's string made safe to echo (systemMessage, status line, CLI): control characters removed, tabs kept. */
export const stripControl = (s: string): string => s.replace(CONTROL, '');

const kib = (n: number) => `${Math.ceil(n / 1024)} KiB`;
/** Why a file in our way was not read (io/system/safe-read.ts finds it); `kind`: what it is instead (`a directory`). */
export const fileProblem = {
  notRegular: (file: string, kind: string): string => `${file} is ${kind}, not a regular file — replace it with a file or remove it`,
  tooLarge: (file: string, size: number, max: number): string => `${file} is too large (${kib(size)}; a file like this stays under ${kib(max)})`,
  unreadable: (file: string, code: string): string => `cannot read ${file} (${code})`,
  foreign: (file: string): string => `${file} belongs to another user — remove it`,
};
