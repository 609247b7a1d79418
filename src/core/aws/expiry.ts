// Finds when a profile's credentials expire and decides what to do about it. Pure: `now` is passed in.

/** Fields real login tools write, in the order we try them (see docs/configuration.md, "Where the expiry comes from"). */
export const KNOWN_EXPIRY_FIELDS = [
  'x_security_token_expires', // saml2aws, gimme-aws-creds, okta-aws-cli
  'aws_session_expiration', // aws-google-auth
  'aws_expiration', // aws-azure-login
  'aws_credential_expiration', // aws-vault export --format=ini
  'x-expiration', // AWS's Claude Code with Bedrock credential provider
  'awsmyid_session_expiration',
  'expiration',
] as const;

/** `derived`: computed from a cache rather than read from a field (a sign-in time plus a session length, a refusal). */
export type ExpirySource = { kind: 'field'; name: string } | { kind: 'comment' } | { kind: 'derived'; what: string } | { kind: 'none' };

export interface Expiry {
  /** Epoch ms, or null when unknown. */
  expiresAt: number | null;
  source: ExpirySource;
  /** Why the expiry is unknown, or where it came from, in words. */
  reason: string;
  /** An estimate rather than a recorded time (IAM Identity Center sessions): shown as `≈3h10m`. */
  estimate?: boolean;
}

/** Parses unix seconds, unix milliseconds, and RFC 3339 / ISO 8601 with Z, ±hh:mm or ±hhmm. */
// This runs before every prompt and repaint: one regular expression per form, the rest by length (the pattern has
// already said what each length can be).
export function parseExpiryValue(raw: string): number | null {
  let s = raw.trim();
  if (s[0] === '"' || s[0] === "'") s = s.slice(1);
  if (s.endsWith('"') || s.endsWith("'")) s = s.slice(0, -1);
  // A date has its first dash at index 4; unix times are digits throughout.
  if (s[4] !== '-') {
    if (/^\d{9,11}(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000);
    return /^\d{12,14}$/.test(s) ? Number(s) : null;
  }
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  if (!m) return null;
  let zone = m[3] ?? '';
  if (zone === '') return null; // no zone: local time of which machine? refuse rather than guess
  if (zone.length === 1 || zone === 'UTC') zone = 'Z';
  else if (zone.length === 3) zone = `${zone}:00`;
  else if (zone.length === 5) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  if (!realDateTime(m[1]!, m[2]!, zone)) return null;
  const t = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(t) ? null : t;
}

/** Date.parse rolls 30 February over into March; a field no calendar has is a broken file, not a time. */
function realDateTime(date: string, time: string, zone: string): boolean {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi, sec = 0] = time.split(':').map(Number) as [number, number, number?];
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || sec >= 60) return false;
  // `Z` or `±hh:mm` by now.
  return zone === 'Z' || (Number(zone.slice(1, 3)) <= 23 && Number(zone.slice(4, 6)) <= 59);
}

/** Looks for the expiry of one profile: the configured field, else the known ones, else aws-sso-cli's comment. */
export function findExpiry(keys: Record<string, string>, configuredField: string, comment: string | undefined): Expiry {
  const lower = new Map(Object.entries(keys).map(([k, v]) => [k.toLowerCase(), { k, v }]));
  const candidates = configuredField ? [configuredField] : KNOWN_EXPIRY_FIELDS;
  for (const name of candidates) {
    const hit = lower.get(name.toLowerCase());
    if (!hit) continue;
    const at = parseExpiryValue(hit.v);
    if (at === null) {
      return {
        expiresAt: null,
        source: { kind: 'none' },
        reason: `${hit.k} = ${JSON.stringify(hit.v.slice(0, 40))} is not a time we understand (unix seconds, milliseconds or RFC 3339 with a zone)`,
      };
    }
    return { expiresAt: at, source: { kind: 'field', name: hit.k }, reason: `from ${hit.k}` };
  }
  if (!configuredField && comment !== undefined) {
    const at = parseExpiryValue(comment);
    if (at !== null) return { expiresAt: at, source: { kind: 'comment' }, reason: 'from the "# Expires:" comment' };
  }
  return {
    expiresAt: null,
    source: { kind: 'none' },
    reason: configuredField
      ? `the profile has no "${configuredField}" (expirationField in the config)`
      : 'the profile has no expiry field (your login tool writes none; set expirationField if it uses another name)',
  };
}

export type Action = 'ok' | 'warn' | 'login' | 'expired' | 'unknown';

export interface Decision {
  action: Action;
  reason: string;
  /** ms until expiry (negative once past), or null when unknown. */
  remainingMs: number | null;
}

export interface DecideInput {
  now: number;
  expiresAt: number | null;
  warnMinutes: number;
  /** 0 disables the login window. */
  autoLoginMinutes: number;
  hasAutoLogin: boolean;
}

const MIN = 60_000;

export function decideExpiry(i: DecideInput): Decision {
  if (i.expiresAt === null) return { action: 'unknown', reason: 'expiry unknown', remainingMs: null };
  const remainingMs = i.expiresAt - i.now;
  if (remainingMs <= 0) return { action: 'expired', reason: `expired ${formatDuration(-remainingMs)} ago`, remainingMs };
  if (i.hasAutoLogin && i.autoLoginMinutes > 0 && remainingMs <= i.autoLoginMinutes * MIN) {
    return { action: 'login', reason: `${formatDuration(remainingMs)} left, inside autoLoginMinutes (${i.autoLoginMinutes})`, remainingMs };
  }
  if (remainingMs <= i.warnMinutes * MIN) {
    return { action: 'warn', reason: `${formatDuration(remainingMs)} left, inside warnMinutes (${i.warnMinutes})`, remainingMs };
  }
  return { action: 'ok', reason: `${formatDuration(remainingMs)} left`, remainingMs };
}

/** No login tool issues sessions this long: an expiry further ahead is a broken field, shown as such, not as days. */
export const FAR_FUTURE_MS = 365 * 24 * 3_600_000;

/** `4h23m`, `45m`, `<1m`, `more than a year`; whole minutes rounded down so the display never promises time we do not have. */
export function formatDuration(ms: number): string {
  if (ms < MIN) return '<1m';
  if (ms > FAR_FUTURE_MS) return 'more than a year';
  const totalMin = Math.floor(ms / MIN);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (h === 0) return `${m}m`;
  if (h >= 48) return `${Math.floor(h / 24)}d${h % 24}h`;
  return `${h}h${String(m).padStart(2, '0')}m`;
}

/** What the timer shows: a duration, `far future`, or EXPIRED. */
export function formatRemaining(remainingMs: number): string {
  if (remainingMs > FAR_FUTURE_MS) return 'far future';
  return remainingMs <= 0 ? 'EXPIRED' : formatDuration(remainingMs);
}
