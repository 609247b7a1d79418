// Parses ~/.aws/credentials the way the AWS SDK for JavaScript (which Claude Code uses) reads it,
// on top of the `ini` package, whose defaults differ from the SDK on real files:
// a BOM would hide the first section, `[team.dev]` would nest, `[dev] ; note` would not be a section,
// and `a#b` would lose `#b`. We normalise each line first, then let `ini` decode values.
import { decode } from 'ini';
import { stripBom } from '../text.ts';

export interface AwsIni {
  /** Section name → keys. Duplicate sections merge key by key, the later value winning (as the SDK does). */
  sections: Map<string, Record<string, string>>;
  /** aws-sso-cli writes `# Expires: <RFC3339>` above a profile's keys: section name → that text. */
  expiresComments: Map<string, string>;
}

const HEADER = /^\s*\[([^\]]*)\]\s*(?:[;#].*)?$/;
const EXPIRES_COMMENT = /^\s*[#;]\s*expires\s*:\s*(.+?)\s*$/i;
// The SDK cuts a comment only where `#` or `;` starts the value or follows whitespace.
const INLINE_COMMENT = /(^|\s)[;#]/;

// `ini` unescapes only \\, \; and \#; anything else escaped would keep its backslash.
const escapeIni = (s: string) => s.replace(/[\\;#]/g, (c) => `\\${c}`);

const startsWithQuote = (s: string) => s[0] === '"' || s[0] === "'";

/** The text `ini` decodes: sections renamed s0, s1, … in file order, each with its assignments. */
function iniText(sections: number, entries: { section: number; key: string; value: string }[]): string {
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i < sections; i++) {
    out.push(`[s${i}]`);
    for (; next < entries.length && entries[next]!.section === i; next++) {
      const { key, value } = entries[next]!;
      // Quotes stay as they are so `ini` can unquote a fully quoted value; everything else is literal.
      const quoted = /^(["']).*\1$/.test(value);
      out.push(`${escapeIni(key)} = ${quoted ? value : escapeIni(value)}`);
    }
  }
  return out.join('\n');
}

export function parseAwsIni(text: string): AwsIni {
  const names: string[] = [];
  const expiresComments = new Map<string, string>();
  // Section index, key and value of each assignment, as `ini` would get them.
  const entries: { section: number; key: string; value: string }[] = [];
  // Nothing `ini` would change (quotes, escapes, `key[]` arrays, `__proto__`, `null`): then its decode is skipped.
  // It is most of the cost of reading the file, which happens before every prompt and repaint.
  let plain = true;
  let current: string | null = null;
  let pendingExpires: string | null = null;
  const src = stripBom(text);
  // Most files end lines with \n alone: split on that without a regular expression (compiling one costs a hot start).
  for (const line of src.includes('\r') ? src.split(/\r\n|\n|\r/) : src.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#') || trimmed.startsWith(';')) {
      const m = EXPIRES_COMMENT.exec(trimmed);
      if (m) pendingExpires = m[1]!;
      continue;
    }
    const header = trimmed.startsWith('[') ? HEADER.exec(line) : null;
    if (header) {
      current = header[1]!.trim();
      // Index names instead of escaping them: `ini` would split dots, and names are only ever looked up verbatim.
      names.push(current);
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0 || current === null) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1);
    const c = value.includes(';') || value.includes('#') ? INLINE_COMMENT.exec(value) : null;
    if (c) value = value.slice(0, c.index);
    value = value.trim();
    if (pendingExpires !== null) {
      expiresComments.set(current, pendingExpires);
      pendingExpires = null;
    }
    entries.push({ section: names.length - 1, key, value });
    if (plain && (startsWithQuote(key) || startsWithQuote(value) || key.includes('\\') || value.includes('\\') || key.endsWith('[]') || key === '__proto__' || value === 'null')) plain = false;
  }
  const decoded: Record<string, Record<string, unknown>> = plain ? Object.create(null) : (decode(iniText(names.length, entries)) as Record<string, Record<string, unknown>>);
  if (plain) for (const e of entries) (decoded[`s${e.section}`] ??= Object.create(null) as Record<string, unknown>)[e.key] = e.value;
  const sections = new Map<string, Record<string, string>>();
  names.forEach((name, i) => {
    const body = decoded[`s${i}`] ?? {};
    const merged = sections.get(name) ?? {};
    for (const [k, v] of Object.entries(body)) if (typeof v !== 'object') merged[k] = String(v);
    sections.set(name, merged);
  });
  return { sections, expiresComments };
}
