// Why a login failed, from the runner's view only: exit code, deadline, and the tool's own words. Pure.
// The kind decides what happens next (core/login/login-guard.ts): an *auth* failure is never repeated in the
// background (each try is another failed sign-in toward an account lockout), a login that *needs the user* waits
// for them, a *transient* one is tried again later.
import { detectMfa } from './mfa-detect.ts';
import type { LoginPreset } from './login-presets.ts';

export type FailureKind = 'auth' | 'user' | 'transient';

export interface LoginFacts {
  exitCode: number | null;
  timedOut: boolean;
  spawnError: string | null;
  /** The last cleaned (ANSI-stripped, redacted) output lines. */
  tail: string[];
  /** The login asked for a browser sign-in or MFA approval at some point (io/login/login-runner.ts watches every line). */
  challenge: 'browser' | 'push' | null;
}

export interface LoginFailure {
  kind: FailureKind;
  /** The tool's last meaningful line (already redacted by the runner), or what we saw ourselves. */
  line: string;
}

// Words login tools and identity providers use for a refused sign-in. Generic on purpose: the tools wrap their
// IdP's message (saml2aws: "error authenticating to IdP: <the IdP's reason>", cmd/saml2aws/commands/login.go).
const AUTH =
  /\b(?:invalid|incorrect|wrong|bad)\b[^\n]{0,30}\b(?:password|credentials?|user ?name|passcode|otp)\b|\bauthentication (?:failed|failure)|\blogin failed\b|\bsign-?in failed\b|\baccount\b[^\n]{0,20}\b(?:locked|disabled|suspended|deactivated|expired)\b|\blocked out\b|\bpassword (?:has )?expired\b|\bmfa\b[^\n]{0,30}\b(?:denied|rejected|declined|timed? ?out|failed)\b|\bpush\b[^\n]{0,30}\b(?:denied|rejected|declined|timed? ?out)\b|\b(?:refused|rejected) the password\b|\bAADSTS50(?:126|053|057|055)\b|\bunauthori[sz]ed\b|\b401\b|\bwaiting for MFA approval\b/i;
// A person is needed: a browser or device-code flow, a question on a terminal that auto-login cannot answer, or a
// missing keychain entry.
const USER =
  /\bbrowser\b|\bdevice code\b|\buser code\b|\bverification (?:uri|url|code)\b|\bopen the following url\b|\bcannot answer\b|\bno password for\b|\bnot a (?:tty|terminal)\b|\binappropriate ioctl\b|\bnon-?interactive\b|\brole menu\b|\bcannot prompt\b/i;
// The network, a proxy, a crash: worth another try later.
const TRANSIENT =
  /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH)\b|\bgetaddrinfo\b|\bnetwork\b|\bproxy\b|\bconnection (?:refused|reset|timed out)\b|\bcould not (?:connect|resolve)\b|\btemporar(?:y|ily)\b|\b(?:502|503|504)\b|\bthrottl|\brate limit|\bTLS\b|\bcertificate\b|\bpanic\b|\btraceback\b|\bsegmentation fault\b/i;
// Our templates close with a generic "cc-aws-keepalive: <tool> failed (exit code N)"; the line before says why.
const TEMPLATE_GENERIC = /^cc-aws-keepalive: \S+ failed \(exit code \d+\)$/;
const PROMPT_LEFT = /(?:[:?>]\s*|\[[yn]\/[yn]\]\s*|\(y\/n\)\s*|press enter.*)$/i;
const MAX_LINE = 200;

/** The line worth showing: the last one that names a failure, else the last one that is not our template's generic close. */
export function meaningfulLine(tail: string[]): string {
  const lines = tail.map((l) => l.trim()).filter((l) => l !== '' && !TEMPLATE_GENERIC.test(l));
  const named = [...lines].reverse().find((l) => AUTH.test(l) || USER.test(l) || TRANSIENT.test(l));
  const line = named ?? lines[lines.length - 1] ?? '';
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
}

/** null when the login did its part (exit 0): whether the keys are good is the caller's question. */
export function classifyLogin(f: LoginFacts, preset: LoginPreset | null = null): LoginFailure | null {
  if (f.spawnError !== null) return { kind: 'user', line: `could not start the login command: ${f.spawnError}` };
  if (f.exitCode === 0 && !f.timedOut) return null;
  const line = meaningfulLine(f.tail);
  const text = f.tail.join('\n');
  const own = preset?.failures;
  // The tool's own words first: they are more precise than the generic ones.
  if (own?.auth.some((r) => r.test(text))) return { kind: 'auth', line };
  if (own?.user.some((r) => r.test(text))) return { kind: 'user', line };
  if (AUTH.test(text)) return { kind: 'auth', line };
  // An MFA challenge that was never answered counts as a refused sign-in: repeating it is push fatigue.
  if (f.challenge === 'push' || f.tail.some((l) => detectMfa(l))) return { kind: 'auth', line: line || 'the MFA challenge was not answered' };
  if (f.challenge === 'browser' || USER.test(text)) return { kind: 'user', line };
  if (f.timedOut && PROMPT_LEFT.test(f.tail[f.tail.length - 1] ?? '')) return { kind: 'user', line: `a prompt was left waiting: ${line}` };
  if (f.timedOut) return { kind: 'transient', line: line || 'the login did not finish in time' };
  return { kind: 'transient', line: line || (f.exitCode === null ? 'the login was stopped by a signal' : `exit code ${f.exitCode}`) };
}

/** Seen in one output line: the login now waits on a browser tab or an MFA approval. */
export function challengeIn(line: string): 'browser' | 'push' | null {
  if (detectMfa(line)) return 'push';
  return BROWSER.test(line) ? 'browser' : null;
}
// "Attempting to automatically open the SSO authorization page in your default browser" (AWS CLI v2, aws sso login);
// a device-code URL; okta-aws-cli web's "Open the following URL to authenticate" (unverified wording).
const BROWSER = /\bopen(?:ing)?\b[^\n]{0,60}\b(?:browser|url)\b|\bdevice code\b|\bhttps:\/\/device\.sso\.|\/device\?user_code=/i;

/** What the user reads: the kind in words. */
export function kindText(k: FailureKind): string {
  return k === 'auth' ? 'sign-in refused' : k === 'user' ? 'needs you' : 'temporary problem';
}
