// Desktop notifications for a login waiting on MFA: osascript (macOS), notify-send (Linux), a toast through
// PowerShell (Windows). The text travels as arguments or environment, never through a script's source, so
// nothing a login tool prints can inject code; a missing notifier fails silently (doctor warns about it).
import { spawn } from 'node:child_process';
import { detectMfa, mfaMessage, notifierProgram, type MfaPrompt } from '../../core/login/mfa-detect.ts';

const NOTIFY_DEADLINE_MS = 10_000;
/** A push line is often followed by the number to pick: wait this long for it before notifying the push alone. */
export const PUSH_WAIT_MS = 1_500;

const TOAST = [
  "[Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime] > $null",
  '$x = [Windows.UI.Notifications.ToastNotificationManager]::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02)',
  "$t = $x.GetElementsByTagName('text')",
  '$t.Item(0).AppendChild($x.CreateTextNode($env:CC_KEEPALIVE_NOTIFY_TITLE)) > $null',
  '$t.Item(1).AppendChild($x.CreateTextNode($env:CC_KEEPALIVE_NOTIFY_BODY)) > $null',
  // PowerShell's own app id: toasts from an unregistered id are dropped silently.
  "[Windows.UI.Notifications.ToastNotificationManager]::CreateToastNotifier('{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe').Show([Windows.UI.Notifications.ToastNotification]::new($x))",
].join('; ');

export function sendNotification(p: MfaPrompt, profile: string, env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform): void {
  const { title, body } = mfaMessage(p, profile);
  const program = notifierProgram(platform);
  const args =
    platform === 'darwin'
      ? ['-e', 'on run argv', '-e', 'display notification (item 2 of argv) with title (item 1 of argv) sound name "default"', '-e', 'end run', title, body]
      : platform === 'win32'
        ? ['-NoProfile', '-NonInteractive', '-Command', TOAST]
        : ['-u', 'critical', '-a', 'cc-aws-keepalive', title, body];
  try {
    const child = spawn(program, args, {
      env: platform === 'win32' ? { ...env, CC_KEEPALIVE_NOTIFY_TITLE: title, CC_KEEPALIVE_NOTIFY_BODY: body } : env,
      stdio: 'ignore',
      windowsHide: true,
      timeout: NOTIFY_DEADLINE_MS,
    });
    child.on('error', () => undefined);
  } catch {
    /* no notifier: the login goes on */
  }
}

/**
 * Feeds a login's output lines; notifies once per login: at once for a number, or PUSH_WAIT_MS after a push line
 * when no number followed. `stop()` when the login ends (a pending push is then moot).
 */
export function watchForMfa(send: (p: MfaPrompt) => void, pushWaitMs = PUSH_WAIT_MS): { line: (l: string) => void; stop: () => void } {
  let sent = false;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (pending) clearTimeout(pending);
    pending = null;
  };
  return {
    line(l) {
      if (sent) return;
      const p = detectMfa(l);
      if (!p) return;
      if (p.kind === 'number') {
        stop();
        sent = true;
        send(p);
      } else if (!pending) {
        pending = setTimeout(() => {
          pending = null;
          sent = true;
          send(p);
        }, pushWaitMs);
      }
    },
    stop,
  };
}
