// What `/aws-keepalive login --test` concludes from one run of autoLoginCmd, and the fix to show. Pure.
import { formatDuration } from '../aws/expiry.ts';

export interface LoginTestFacts {
  exitCode: number | null;
  timedOut: boolean;
  spawnError: string | null;
  durationMs: number;
  timeoutMs: number;
  /** The last cleaned output lines (the last one may be a prompt left without a newline). */
  tail: string[];
  now: number;
  /** The profile's expiry before and after the run (null: not known), and whether the keys changed. */
  before: number | null;
  after: number | null;
  keysChanged: boolean;
  profile: string;
}

export interface LoginTestVerdict {
  ok: boolean;
  lines: string[];
}

/** How the shipped templates start the line that explains why they stopped. */
const TEMPLATE_SAYS = 'cc-aws-keepalive:';
// Questions a tool leaves on the screen when it waits for typed input.
const PROMPT = /(?:[:?>]\s*|\[[yn]\/[yn]\]\s*|\(y\/n\)\s*|press enter.*)$/i;
const NO_TTY = /not a (?:tty|terminal)|inappropriate ioctl|no tty|stdin is not|cannot prompt|non-?interactive/i;

export function diagnoseLoginTest(f: LoginTestFacts): LoginTestVerdict {
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines: string[] = [];
  const finished = f.spawnError === null && !f.timedOut && f.exitCode !== null;
  lines.push(
    f.spawnError
      ? `✗ could not start: ${f.spawnError}`
      : f.timedOut
        ? `✗ still running after ${secs(f.timeoutMs)}: stopped, as Claude Code would (loginTimeoutSeconds)`
        : `${f.exitCode === 0 ? '✓' : '✗'} exit code ${f.exitCode ?? 'none (stopped by a signal)'} after ${secs(f.durationMs)} (deadline ${secs(f.timeoutMs)})`,
  );
  const moved = f.after !== null && (f.before === null || f.after > f.before);
  const left = (t: number) => (t > f.now ? `${formatDuration(t - f.now)} left` : 'expired');
  const expiryLine =
    f.after === null
      ? `! expiry of profile "${f.profile}" not known${f.keysChanged ? ' (the keys did change)' : ''}`
      : `${moved && f.after > f.now ? '✓' : '✗'} expiry of profile "${f.profile}": ${f.before === null ? 'unknown' : left(f.before)} → ${left(f.after)}${moved ? '' : ' (unchanged)'}`;
  lines.push(expiryLine);

  const last = [...f.tail].reverse().find((l) => l.trim() !== '') ?? '';
  const waiting = !finished || f.exitCode !== 0 ? (PROMPT.test(last) ? last : null) : null;
  if (waiting) lines.push(`✗ a prompt was left waiting for input: "${waiting}"`);

  let fix: string | null = null;
  if (f.spawnError) fix = 'check that the shell and the program in autoLoginCmd exist (use full paths: hooks may have a shorter PATH)';
  else if (waiting && /pass(word|code)/i.test(waiting)) fix = 'the tool asks for a password on a terminal, which auto-login has not: /aws-keepalive setup --login <your tool> drives it through the expect template with the password from your keychain';
  else if (waiting || f.tail.some((l) => NO_TTY.test(l))) fix = "the tool wants a person at a terminal: add its non-interactive flags (docs/login-tools.md, \"Pick your tool\"), pre-select the role, or use /aws-keepalive setup --login <your tool>";
  else if (f.timedOut) fix = 'it never finished: was the MFA push approved in time? Raise loginTimeoutSeconds (up to 160) or check the tool in a terminal';
  else if (f.exitCode !== 0 && last.startsWith(TEMPLATE_SAYS)) fix = last.slice(TEMPLATE_SAYS.length).trim();
  else if (f.exitCode !== 0) fix = 'run autoLoginCmd in a terminal to see why it fails; the output above is what Claude Code would log';
  else if (f.after === null && !f.keysChanged) fix = `nothing shows that it logged in: set "expirationField" to the field your tool writes, and check that it writes profile "${f.profile}"`;
  else if (f.after !== null && !moved) fix = `the command succeeded but profile "${f.profile}" still has the old credentials: it writes another profile, or keeps a still-valid session (add the tool's force flag, e.g. saml2aws --force, aws-azure-login --force-refresh)`;
  else if (f.after !== null && f.after <= f.now) fix = 'the new credentials are already expired: check the clock and the tool';
  const ok = fix === null;
  lines.push(ok ? '✓ autoLoginCmd works the way Claude Code runs it' : `fix: ${fix}`);
  return { ok, lines };
}
