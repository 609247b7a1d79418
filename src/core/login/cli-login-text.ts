// What `/aws-keepalive login` and `login --test` print in a terminal, built from the facts their flows gather:
// why no login runs, the command being run, how it ended and what the credentials look like afterwards.
import { formatDuration, type Expiry } from '../aws/expiry.ts';
import { describeExpirySource } from '../status/status-report.ts';

const seconds = (ms: number) => Math.round(ms / 1000);
const pidOf = (pid: number | null) => (pid !== null ? ` (pid ${pid})` : '');

/** `/aws-keepalive login`: the lines around a login run in the foreground. */
export const cliLogin = {
  /** `manualShown`: the user's loginCmd as displayed, when set. */
  notSet: (configFile: string, manualShown: string | null): string =>
    `cc-aws-keepalive: autoLoginCmd is not set in ${configFile}${manualShown ? ` — or run this in a terminal: ${manualShown}` : ' (set it, or "loginCmd" to log in interactively from here)'}`,
  busy: (profile: string, pid: number | null): string =>
    `cc-aws-keepalive: a login for profile "${profile}" is already running${pidOf(pid)} — wait for it, then /aws-keepalive status`,
  runningAuto: (profile: string, timeoutMs: number, shown: string): string =>
    `Running autoLoginCmd for AWS profile "${profile}" (up to ${seconds(timeoutMs)} s): ${shown}`,
  notStarted: (error: string): string => `cc-aws-keepalive: autoLoginCmd could not be started (${error})`,
  timedOut: (timeoutMs: number, configFile: string): string =>
    `cc-aws-keepalive: autoLoginCmd did not finish within ${seconds(timeoutMs)} s and was stopped (loginTimeoutSeconds in ${configFile})`,
  failed: (exitCode: number | null): string => `cc-aws-keepalive: autoLoginCmd failed (exit code ${exitCode})`,
  runningManual: (profile: string, shown: string): string => `Running loginCmd for AWS profile "${profile}": ${shown}`,
  /** `code`: null when the interactive login was stopped. */
  manualFailed: (code: number | null): string => `cc-aws-keepalive: loginCmd ${code === null ? 'was stopped' : `failed (exit code ${code})`}`,
  notUsable: (error: { message: string; hint: string }): string => `cc-aws-keepalive: the login finished, but ${error.message} — ${error.hint}`,
  /** `leftMs` ≤ 0: the file still holds expired keys. */
  expiry: (leftMs: number, e: Expiry): string =>
    leftMs > 0
      ? `Logged in: credentials valid for ${formatDuration(leftMs)} (${describeExpirySource(e)}).`
      : 'cc-aws-keepalive: the login finished, but the credentials on disk are still expired — is autoLoginCmd writing this profile?',
  fromCli: 'Logged in (the AWS CLI produces the credentials; their expiry shows after the next export).',
  /** `reason`: why STS did not accept the keys; null when it did. */
  sts: (reason: string | null): string => (reason === null ? 'Logged in: STS accepts the new credentials.' : `cc-aws-keepalive: the login finished; STS: ${reason}`),
};

/** `/aws-keepalive login --test`: why the test does not run, and the line that starts it. */
export const loginTest = {
  notSet: (configFile: string): string => `cc-aws-keepalive: autoLoginCmd is not set in ${configFile} — /aws-keepalive setup --login <your tool> writes one`,
  refused: (problem: string): string => `cc-aws-keepalive: ${problem}; autoLoginCmd was not run`,
  /** From the slash command, where the prompt hook cannot wait: the terminal command that runs the test. */
  inTerminal: (timeoutSeconds: number, cliBundle: string): string =>
    `login --test runs autoLoginCmd for up to ${timeoutSeconds} s; run it in a terminal: node ${cliBundle} login --test`,
  busy: (profile: string, pid: number | null): string => `cc-aws-keepalive: a login for profile "${profile}" is running${pidOf(pid)} — test again when it is done`,
  starting: (profile: string, timeoutSeconds: number, shown: string): string =>
    `Testing autoLoginCmd for AWS profile "${profile}" as Claude Code runs it (no terminal, stdin closed, up to ${timeoutSeconds} s): ${shown}`,
};
