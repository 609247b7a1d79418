// `syncTargets` in our config: where fresh credentials are copied after each renewal. Strict objects, so a typo or
// a field we refuse on purpose (an ssh password) is named in the config warning instead of being ignored.
import * as v from 'valibot';

const name = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const timeoutSeconds = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120));
const profileName = v.pipe(v.string(), v.regex(/^[^\][\r\n]+$/, 'a profile name without brackets or line breaks'));

// Options that would weaken or defeat what the ssh target guarantees: host keys from known_hosts, never a prompt.
const REFUSED_SSH_OPTION = /^(StrictHostKeyChecking|BatchMode|PasswordAuthentication|KbdInteractiveAuthentication|PermitLocalCommand|LocalCommand)\s*[= ]|^UserKnownHostsFile\s*[= ]\s*(\/dev\/null|NUL)\s*$/i;

export const SshTargetSchema = v.strictObject({
  type: v.literal('ssh'),
  name: v.optional(name),
  host: v.pipe(v.string(), v.regex(/^[^\s-][^\s]*$/, 'a host name without spaces, not starting with "-"')),
  user: v.optional(v.pipe(v.string(), v.regex(/^[^\s@-][^\s@]*$/, 'a user name without spaces or "@"'))),
  port: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535))),
  identityFile: v.optional(v.pipe(v.string(), v.minLength(1))),
  remoteProfile: v.optional(profileName),
  remotePath: v.optional(v.pipe(v.string(), v.regex(/^[^\r\n]+$/, 'a path on one line'))),
  sshOptions: v.optional(
    v.array(
      v.pipe(
        v.string(),
        v.regex(/^[A-Za-z]+\s*[= ]\s*\S/, 'an ssh option as "Name=value"'),
        v.check((o) => !REFUSED_SSH_OPTION.test(o), 'an option that keeps host-key checking and never prompts (StrictHostKeyChecking, BatchMode and password options are set by cc-aws-keepalive)'),
      ),
    ),
  ),
  timeoutSeconds: v.optional(timeoutSeconds),
});

export const WebhookTargetSchema = v.strictObject({
  type: v.literal('webhook'),
  name: v.optional(name),
  url: v.pipe(v.string(), v.minLength(1)),
  headers: v.optional(v.record(v.pipe(v.string(), v.regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'a header name')), v.pipe(v.string(), v.regex(/^[^\r\n]*$/, 'a value on one line')))),
  caFile: v.optional(v.pipe(v.string(), v.minLength(1))),
  remoteProfile: v.optional(profileName),
  timeoutSeconds: v.optional(timeoutSeconds),
});

export const CommandTargetSchema = v.strictObject({
  type: v.literal('command'),
  name: v.optional(name),
  command: v.pipe(v.string(), v.minLength(1)),
  remoteProfile: v.optional(profileName),
  timeoutSeconds: v.optional(timeoutSeconds),
});

export const SyncTargetSchema = v.variant('type', [SshTargetSchema, WebhookTargetSchema, CommandTargetSchema]);
export const SyncTargetsSchema = v.pipe(v.array(SyncTargetSchema), v.maxLength(20));

export type SshTarget = v.InferOutput<typeof SshTargetSchema>;
export type WebhookTarget = v.InferOutput<typeof WebhookTargetSchema>;
export type CommandTarget = v.InferOutput<typeof CommandTargetSchema>;
export type SyncTarget = v.InferOutput<typeof SyncTargetSchema>;

/** The first problem of a rejected syncTargets value, as `syncTargets[1].port: …`, for the config warning. */
export function describeTargetIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'not a valid list of targets';
  const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  const key = issue.path?.[issue.path.length - 1]?.key;
  if (issue.kind === 'schema' && issue.type === 'strict_object' && typeof key === 'string') {
    if (/pass(word|phrase)/i.test(key)) return `syncTargets${path}: ssh targets take no password — use a key (identityFile) or your ssh-agent`;
    return `syncTargets${path}: unknown field "${key}"`;
  }
  if (issue.type === 'variant') return `syncTargets${path}: "type" must be "ssh", "webhook" or "command"`;
  return `syncTargets${path}: ${issue.message.replace(/^Invalid \w+: /, '')}`;
}
