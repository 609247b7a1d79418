// Login tools print what they like; before a line of theirs reaches a terminal, a log or the state file it loses
// terminal control codes and anything that looks like a credential.

// CSI (colours, cursor moves), OSC (titles, links) and lone ESC sequences, then remaining control characters.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|[\x00-\x08\x0b-\x1f\x7f]/g;

export const stripAnsi = (s: string): string => s.replace(ANSI, '');

// AWS access key ids: AKIA (long-term), ASIA (temporary) and the other unique-id prefixes.
const KEY_ID = /\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\b/g;
// `secret=…`, `SessionToken: …`, `password=…`: keep the name, drop the value.
const NAMED = /\b([\w-]*(?:secret|token|password|passwd|credential)[\w-]*["']?\s*[:=]\s*["']?)[^\s"',;]+/gi;
// Secret keys (40 chars) and session tokens (hundreds) are long base64 runs mixing cases and digits; hex ids are not.
const BASE64_RUN = /[A-Za-z0-9+/]{32,}={0,2}/g;
const looksSecret = (s: string) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /[0-9+/]/.test(s);

// A URL's password (`http://user:pw@proxy:3128`, what proxy settings look like): keep the user, drop the password.
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/@:]*):[^\s/@]*@/gi;

export function redactSecrets(s: string): string {
  return s
    .replace(URL_PASSWORD, '$1:***@')
    .replace(KEY_ID, '[redacted key id]')
    .replace(NAMED, '$1[redacted]')
    .replace(BASE64_RUN, (m) => (looksSecret(m) ? '[redacted]' : m));
}

const MAX_LINE = 300;

/** One line of a login tool's output as we may show and store it, or null when nothing is left. */
export function cleanOutputLine(raw: string): string | null {
  const line = redactSecrets(stripAnsi(raw)).trim();
  if (!line) return null;
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
}
