// Runs the user's autoLoginCmd: through the platform shell, stdin closed, no TTY, in its own process group so a
// deadline kills the whole tree (an `expect` script and the login tool it drives), with output streamed line by line.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pinArg } from '../../core/aws/profile.ts';
import { cleanOutputLine } from '../../core/redact.ts';
import { challengeIn } from '../../core/login/login-failure.ts';
import { backgroundLogin } from '../../core/login/login-text.ts';
import { sendNotification, watchForMfa } from './notify.ts';
import { killTree as killProcessTree } from '../system/kill-tree.ts';

export interface LoginOptions {
  /** Run as `/bin/sh -c <command>` on Unix, `cmd.exe /d /s /c "<command>"` on Windows; with `args`, the program itself. */
  command: string;
  /** Arguments for `command`, run without a shell (nothing in them is ever interpreted). */
  args?: string[];
  /** Written to the process's stdin, then closed (default: no stdin). Never shown or stored. */
  input?: string;
  env: Record<string, string | undefined>;
  /** The process tree is killed this long after the start. */
  timeoutMs: number;
  /** Each output line (stdout and stderr), ANSI stripped and secrets redacted. */
  onLine?: (line: string) => void;
  /** Aborting kills the tree as the deadline would (our own process is being stopped). */
  signal?: AbortSignal;
  cwd?: string;
  /** Config `notify`: one desktop notification when the output asks for MFA approval (push or a number to pick). */
  notifyProfile?: string | null;
}

export interface LoginResult {
  startedAt: number;
  endedAt: number;
  durationMs: number;
  /** null when killed by a signal or never started. */
  exitCode: number | null;
  timedOut: boolean;
  /** The last TAIL_LINES cleaned output lines. */
  tail: string[];
  /** Set when the shell itself could not be started. */
  spawnError: string | null;
  /** Some line asked for a browser sign-in or MFA approval (a push outranks a browser tab). */
  challenge: 'browser' | 'push' | null;
}

export const TAIL_LINES = 5;
/** Between SIGTERM and SIGKILL: lets a login tool restore its terminal state and exit. */
const KILL_GRACE_MS = 1_500;
/** After the shell exits, a background grandchild may hold our pipes; we stop reading after this. */
const DRAIN_MS = 300;

export function runLogin(opts: LoginOptions): Promise<LoginResult> {
  const startedAt = Date.now();
  const tail: string[] = [];
  const profile = opts.notifyProfile;
  const mfa = profile == null ? null : watchForMfa((p) => sendNotification(p, profile, opts.env));
  let challenge: LoginResult['challenge'] = null;
  const emit = (raw: string) => {
    const line = cleanOutputLine(raw);
    // Spinners repaint one line with \r; show each distinct state once.
    if (line === null || line === tail[tail.length - 1]) return;
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    const c = challengeIn(line);
    // One notification for a browser tab, as for a push: the person has to know what waits and who asks.
    if (c === 'browser' && challenge === null && profile != null) sendNotification({ kind: 'browser' }, profile, opts.env);
    if (c && challenge !== 'push') challenge = c;
    mfa?.line(line);
    opts.onLine?.(line);
  };
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      const options = {
        env: opts.env,
        cwd: opts.cwd,
        stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] as ('ignore' | 'pipe')[],
        detached: process.platform !== 'win32', // own process group: kill(-pid) reaches every descendant
        windowsHide: true,
      };
      // shell: /bin/sh -c on Unix; %ComSpec% /d /s /c on Windows
      child = opts.args ? spawn(opts.command, opts.args, options) : spawn(opts.command, { ...options, shell: true });
      if (opts.input !== undefined) {
        child.stdin?.on('error', () => undefined); // a program that exits without reading: EPIPE is not our failure
        child.stdin?.end(opts.input);
      }
    } catch (err) {
      const now = Date.now();
      resolve({ startedAt, endedAt: now, durationMs: now - startedAt, exitCode: null, timedOut: false, tail, spawnError: (err as Error).message, challenge });
      return;
    }
    const splitters = [child.stdout, child.stderr].map((stream) => {
      let partial = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const parts = (partial + chunk).split(/\r\n|\n|\r/);
        partial = parts.pop() ?? '';
        parts.forEach(emit);
      });
      return () => {
        if (partial) emit(partial);
        partial = '';
      };
    });

    let timedOut = false;
    let done = false;
    let exitCode: number | null = null;
    let spawnError: string | null = null;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(deadline);
      clearTimeout(hardStop);
      opts.signal?.removeEventListener('abort', onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      splitters.forEach((flush) => flush());
      mfa?.stop();
      const endedAt = Date.now();
      resolve({ startedAt, endedAt, durationMs: endedAt - startedAt, exitCode, timedOut, tail, spawnError, challenge });
    };
    let stopping = false;
    const stop = () => {
      if (stopping || done) return;
      stopping = true;
      killTree(child, 'SIGTERM');
      // Answer only once the whole tree is gone: SIGKILL whatever ignored SIGTERM when the grace runs out.
      const termAt = Date.now();
      const poll = setInterval(() => {
        const graceOver = Date.now() - termAt >= KILL_GRACE_MS;
        if (graceOver) killTree(child, 'SIGKILL');
        if (graceOver || !treeAlive(child)) {
          clearInterval(poll);
          setTimeout(finish, 50);
        }
      }, 100);
    };
    let exited = false;
    const deadline = setTimeout(() => {
      if (exited) return; // finished just in time; only the pipes are still draining
      timedOut = true;
      stop();
    }, Math.max(0, opts.timeoutMs));
    const onAbort = () => {
      stop();
      clearTimeout(hardStop);
      hardStop = setTimeout(finish, KILL_GRACE_MS + 2 * DRAIN_MS);
    };
    if (opts.signal?.aborted) queueMicrotask(onAbort);
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    // Even if signals cannot be delivered, the caller gets an answer.
    let hardStop = setTimeout(finish, Math.max(0, opts.timeoutMs) + KILL_GRACE_MS + 2 * DRAIN_MS);

    child.on('error', (err) => {
      spawnError = err.message;
      finish();
    });
    child.on('exit', (code) => {
      exitCode = code;
      exited = true;
      if (!stopping) setTimeout(finish, DRAIN_MS);
    });
    child.on('close', () => {
      if (!stopping) finish();
    });
  });
}

/** Whether any process of the login's group is left (Unix); on Windows taskkill /F is synchronous enough. */
function treeAlive(child: ChildProcess): boolean {
  if (child.pid === undefined || process.platform === 'win32') return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killTree(child: ChildProcess, signal: NodeJS.Signals): void {
  killProcessTree(child.pid, signal, spawn);
}

/**
 * For the prompt-submit hook: starts `node <dist>/auth-refresh.cjs --background` fully detached and returns at
 * once. The background run takes the profile's login lock (does nothing if another login holds it), runs
 * autoLoginCmd, records `lastLogin` (trigger 'hook') in the state file, releases the lock, and prints nothing.
 * `entryFile` defaults to auth-refresh.cjs next to the calling bundle (dist/).
 */
export function startDetachedLogin(opts: {
  profile: string;
  env: Record<string, string | undefined>;
  entryFile?: string;
}): { ok: true; pid: number } | { ok: false; reason: string } {
  const entryFile = opts.entryFile ?? fileURLToPath(new URL('./auth-refresh.cjs', import.meta.url));
  if (!existsSync(entryFile)) return { ok: false, reason: `${entryFile} is missing; reinstall cc-aws-keepalive` };
  try {
    // Told its profile (core/aws/profile.ts): the background run logs in for the session that asked, whatever the
    // config says later.
    const child = spawn(process.execPath, [entryFile, '--background', pinArg(opts.profile)], {
      env: opts.env,
      stdio: 'ignore',
      detached: true,
      windowsHide: true,
    });
    child.on('error', () => {
      /* reported through the missing lastLogin; the hook has already returned */
    });
    child.unref();
    return child.pid === undefined ? { ok: false, reason: backgroundLogin.noNode } : { ok: true, pid: child.pid };
  } catch (err) {
    return { ok: false, reason: backgroundLogin.detachFailed((err as Error).message) };
  }
}

/**
 * `/aws-keepalive login` in a terminal with only loginCmd set: the user's command with our terminal (it may ask for a
 * password or MFA code), stopped with SIGTERM at the deadline. The exit code; null when it could not start or a signal ended it.
 */
export function runInteractiveLogin(command: string, env: Record<string, string | undefined>, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: 'inherit', env });
    // Unix: the login shares our terminal's process group, so only it is signalled. Windows: a .cmd shim's node would
    // outlive child.kill(), so the tree goes.
    const timer = setTimeout(() => (process.platform === 'win32' ? killProcessTree(child.pid, 'SIGTERM', spawn) : child.kill('SIGTERM')), timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
