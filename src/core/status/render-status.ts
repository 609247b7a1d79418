// The AWS part of the status line, and how it joins the output of the user's own status line command.
// Pure: remaining time, the cached STS verdict and the colour switch come in, text goes out.
import { formatRemaining } from '../aws/expiry.ts';
import { isOmcHudCommand } from '../settings/omc-legacy.ts';

/** `segment` is our standalone look (`AWS: 4h23m`); `inline` matches oh-my-claudecode's HUD (`aws:4h23m`). */
export type StatusStyle = 'segment' | 'inline';

export interface StatusInput {
  /** ms until expiry, negative once past; null when the credentials file gives no expiry. */
  remainingMs: number | null;
  /** remainingMs is an estimate (IAM Identity Center sessions): shown as `≈3h10m`. */
  estimate?: boolean;
  /** The cached STS verdict, used only when remainingMs is null. */
  sts: { valid: boolean } | null;
  timerWarnMinutes: number;
  color: boolean;
  style: StatusStyle;
  /** The last login for these credentials failed: said here too, so a failed background login is never silent. */
  loginFailed?: boolean;
}

const YELLOW = '\x1b[33m';
const RED = '\x1b[31m';
const RESET = '\x1b[0m';

/** '' when there is nothing worth showing: an unknown state is left out, never printed as an error. */
export function renderAwsStatus(i: StatusInput): string {
  const label = i.style === 'inline' ? 'aws:' : 'AWS: ';
  let text: string;
  let tint = '';
  if (i.remainingMs !== null) {
    text = `${i.estimate ? '≈' : ''}${formatRemaining(i.remainingMs)}`;
    if (i.remainingMs <= 0) tint = RED;
    else if (i.remainingMs <= i.timerWarnMinutes * 60_000) tint = YELLOW;
  } else if (i.sts) {
    text = i.sts.valid ? 'ok' : 'EXPIRED';
    if (!i.sts.valid) tint = RED;
  } else if (i.loginFailed) {
    text = '?';
  } else {
    return '';
  }
  if (i.loginFailed) {
    text += i.style === 'inline' ? ' login failed' : ' · login failed';
    tint = RED;
  }
  return i.color && tint ? `${tint}${label}${text}${RESET}` : `${label}${text}`;
}

/** A "valid" STS verdict older than this no longer proves anything about now; a refusal stands until the keys change. */
export const STATUS_STS_VALID_FOR_MS = 15 * 60_000;

/** The cached verdict the status line may show: about the keys on disk, and a `valid` one only while recent. */
export function displayVerdict(v: { valid: boolean; checkedAt: number } | null, now: number): { valid: boolean } | null {
  if (!v || v.checkedAt > now + 5_000) return null;
  return !v.valid || now - v.checkedAt <= STATUS_STS_VALID_FOR_MS ? { valid: v.valid } : null;
}

/** oh-my-claudecode's HUD gets our timer in its own style, inside its first line. */
export const styleFor = (statusLineCmd: string): StatusStyle => (isOmcHudCommand(statusLineCmd) ? 'inline' : 'segment');

/** NO_COLOR (https://no-color.org): any non-empty value turns colour off. */
export const colorEnabled = (env: Record<string, string | undefined>): boolean => !env.NO_COLOR;

/**
 * Appends our part to the first non-blank line of the other command's output, so multi-line status lines
 * (oh-my-claudecode's agent tree) keep their shape; with no other output our part stands alone.
 */
export function composeStatus(base: string, ours: string): string {
  const lines = base.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (!ours) return lines.join('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1) return ours;
  // Close any colour the other command left open, so it does not bleed into our text.
  const reset = lines[first]!.includes('\x1b[') ? RESET : '';
  lines[first] = `${lines[first]}${reset} | ${ours}`;
  return lines.join('\n');
}

/** Why the user's own statusLineCmd gave no fresh line (io/status/status-compose.ts), shown by status and doctor. */
export const statusCmdProblem = {
  notStarted: (error: string): string => `could not start statusLineCmd: ${error}`,
  timedOut: (timeoutMs: number): string => `statusLineCmd did not finish within ${timeoutMs} ms`,
  /** `how`: the exit code, else the signal that stopped it. */
  exited: (how: string | number | null): string => `statusLineCmd exited with ${how}`,
};
