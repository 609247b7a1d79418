// `syncTargets` in our config: where fresh credentials are copied after each renewal. Checked strictly, so a typo
// or a field we refuse on purpose (an ssh password) is named in the config warning instead of being ignored.
// Hand-written rather than built from valibot's object/variant schemas: the config schema is in every hot bundle
// (prompt hook, status line), and those schemas would add about 14 KB to each.

interface Common {
  name?: string;
  remoteProfile?: string;
  timeoutSeconds?: number;
}

export interface SshTarget extends Common {
  type: 'ssh';
  host: string;
  user?: string;
  port?: number;
  identityFile?: string;
  remotePath?: string;
  sshOptions?: string[];
}

export interface WebhookTarget extends Common {
  type: 'webhook';
  url: string;
  headers?: Record<string, string>;
  caFile?: string;
}

export interface CommandTarget extends Common {
  type: 'command';
  command: string;
}

export type SyncTarget = SshTarget | WebhookTarget | CommandTarget;

type Check = (v: unknown) => string | null;
const str = (re: RegExp, what: string): Check => (v) => (typeof v === 'string' && re.test(v) ? null : `should be ${what}`);
const int = (min: number, max: number): Check => (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : `should be a whole number from ${min} to ${max}`);

// Options that would weaken what the ssh target guarantees: host keys from known_hosts, never a prompt.
const REFUSED_SSH_OPTION = /^(StrictHostKeyChecking|BatchMode|PasswordAuthentication|KbdInteractiveAuthentication|PermitLocalCommand|LocalCommand)\s*[= ]|^UserKnownHostsFile\s*[= ]\s*(\/dev\/null|NUL)\s*$/i;
/** Why an `sshOptions` entry is not usable (wrong shape, or refused on purpose), or null. */
export const sshOptionProblem: Check = (v) =>
  typeof v !== 'string' || !/^[A-Za-z]+\s*[= ]\s*\S/.test(v)
    ? 'should be an ssh option as "Name=value"'
    : REFUSED_SSH_OPTION.test(v)
      ? 'is refused: cc-aws-keepalive sets StrictHostKeyChecking, BatchMode and the password options itself, so host keys are checked and nothing prompts'
      : null;

const COMMON: Record<string, Check> = {
  name: str(/^.{1,80}$/, 'a name of 1 to 80 characters'),
  remoteProfile: str(/^[^\][\x00-\x1f\x7f]+$/, 'a profile name without brackets, line breaks or control characters'),
  timeoutSeconds: int(1, 120),
};
const FIELDS: Record<SyncTarget['type'], { required: string[]; checks: Record<string, Check> }> = {
  ssh: {
    required: ['host'],
    checks: {
      host: str(/^[^\s-]\S*$/, 'a host name without spaces, not starting with "-"'),
      user: str(/^[^\s@-][^\s@]*$/, 'a user name without spaces or "@", not starting with "-"'),
      port: int(1, 65535),
      identityFile: str(/^.+$/, 'a file path'),
      remotePath: str(/^[^\x00-\x1f\x7f]+$/, 'a path on one line, without control characters'),
      sshOptions: (v) => (Array.isArray(v) ? v.map((o, i) => (sshOptionProblem(o) ? `[${i}] ${sshOptionProblem(o)}` : null)).find(Boolean) ?? null : 'should be a list of "Name=value" strings'),
    },
  },
  webhook: {
    required: ['url'],
    checks: {
      url: str(/^\S+$/, 'a URL (https://…)'),
      caFile: str(/^.+$/, 'a file path'),
      headers: (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'should be an object of header names and values';
        for (const [k, x] of Object.entries(v)) {
          if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(k)) return `"${k}" is not a header name`;
          if (typeof x !== 'string' || /[\r\n]/.test(x)) return `"${k}" should be a string on one line`;
        }
        return null;
      },
    },
  },
  command: { required: ['command'], checks: { command: str(/\S/, 'a command line') } },
};

/** The first problem in a syncTargets value, as `syncTargets[1].port should be …`; null when it is valid. */
export function syncTargetsProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return 'syncTargets should be a list of targets ([{"type": "ssh", …}])';
  if (value.length > 20) return 'syncTargets: at most 20 targets';
  for (const [i, t] of value.entries()) {
    const at = `syncTargets[${i}]`;
    if (typeof t !== 'object' || t === null || Array.isArray(t)) return `${at} should be an object with a "type"`;
    const type = (t as { type?: unknown }).type;
    if (type !== 'ssh' && type !== 'webhook' && type !== 'command') return `${at}.type must be "ssh", "webhook" or "command"`;
    const spec = FIELDS[type];
    for (const req of spec.required) if (!(req in t)) return `${at}: "${req}" is missing`;
    for (const [k, v] of Object.entries(t)) {
      if (k === 'type') continue;
      const check = spec.checks[k] ?? COMMON[k];
      if (!check) {
        if (/pass(word|phrase)/i.test(k)) return `${at}.${k}: ${type} targets take no password — use a key (identityFile) or your ssh-agent`;
        return `${at}: unknown field "${k}"`;
      }
      const p = check(v);
      if (p) return `${at}.${k}${p.startsWith('[') ? '' : ' '}${p}`;
    }
  }
  return null;
}
