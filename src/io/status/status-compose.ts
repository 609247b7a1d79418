// Runs the user's own status line command (config `statusLineCmd`) so our timer can join its output.
// It gets exactly the stdin JSON Claude Code gave us, runs through the shell Claude Code would have used (sh on
// Unix; on Windows Git Bash, else PowerShell: io/system/claude-shell.ts), and has a deadline: Claude Code abandons a status line run when the next event arrives, so a slow command
// would otherwise leave the bar empty. When it fails or is too slow we show its last good output instead.
import { join } from 'node:path';
import { statusCmdProblem } from '../../core/status/render-status.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';
import { readOwnText } from '../system/safe-read.ts';
import { killTree } from '../system/kill-tree.ts';
import { statusLineShell } from '../system/claude-shell.ts';

/** Well under the 5 s Claude Code allows a status line run, leaving room for our own start and output. */
export const STATUS_COMMAND_DEADLINE_MS = 3_000;
const MAX_OUTPUT_BYTES = 64 * 1024;
const MAX_CACHED_SESSIONS = 20;

export interface ComposeRun {
  command: string;
  /** The raw stdin text Claude Code sent us, passed through byte for byte. */
  stdin: string;
  env: NodeJS.ProcessEnv;
  cwd?: string;
  sessionId: string | undefined;
  stateDir: string;
  timeoutMs?: number;
  /** Aborted when Claude Code gives up on us (SIGTERM): the command's process group goes down with us. */
  signal?: AbortSignal;
  /** Which platform's shell rules apply (tests model Windows); the running one by default. */
  platform?: NodeJS.Platform;
}

export interface ComposeResult {
  output: string;
  source: 'fresh' | 'last-good' | 'none';
  /** Why the fresh output was not used, for debugging; never shown in the status line. */
  problem: string | null;
}

export function cacheFile(stateDir: string): string {
  return join(stateDir, 'statusline-cache.json');
}

export async function runStatusLineCommand(run: ComposeRun): Promise<ComposeResult> {
  const key = `${fnv1a(run.command)}:${run.sessionId ?? ''}`;
  const r = await execShell(run);
  if (r.ok) {
    // An empty answer is a real answer (the command chose to show nothing); it is not worth remembering.
    if (r.stdout.trim()) remember(run.stateDir, key, r.stdout);
    return { output: r.stdout, source: 'fresh', problem: null };
  }
  const last = readCache(run.stateDir)[key];
  return last ? { output: last.output, source: 'last-good', problem: r.problem } : { output: '', source: 'none', problem: r.problem };
}

type ShellResult = { ok: true; stdout: string } | { ok: false; problem: string };

/** Names the command in the cache without writing the command itself there. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

async function execShell(run: ComposeRun): Promise<ShellResult> {
  const timeoutMs = run.timeoutMs ?? STATUS_COMMAND_DEADLINE_MS;
  const platform = run.platform ?? process.platform;
  const { spawn } = await import('node:child_process');
  const how = statusLineShell(run.command, run.env, platform);
  return new Promise((resolve) => {
    let settled = false;
    const done = (r: ShellResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(how.file, how.args, {
        shell: how.shell,
        cwd: run.cwd,
        env: how.env,
        stdio: ['pipe', 'pipe', 'ignore'],
        windowsHide: true,
        // Its own process group, so the deadline kills the shell and whatever it started.
        detached: process.platform !== 'win32',
      });
    } catch (err) {
      resolve({ ok: false, problem: statusCmdProblem.notStarted((err as Error).message) });
      return;
    }
    const kill = () => killTree(child.pid, 'SIGKILL', spawn, platform);
    const timer = setTimeout(() => {
      kill();
      done({ ok: false, problem: statusCmdProblem.timedOut(timeoutMs) });
    }, timeoutMs);
    run.signal?.addEventListener('abort', () => {
      kill();
      done({ ok: false, problem: 'cancelled' });
    });
    const chunks: Buffer[] = [];
    let size = 0;
    child.stdout!.on('data', (c: Buffer) => {
      if (size < MAX_OUTPUT_BYTES) chunks.push(c);
      size += c.length;
    });
    child.on('error', (err) => done({ ok: false, problem: statusCmdProblem.notStarted(err.message) }));
    child.on('close', (code, signal) => {
      const stdout = Buffer.concat(chunks).toString('utf8').slice(0, MAX_OUTPUT_BYTES);
      if (code === 0) done({ ok: true, stdout });
      else done({ ok: false, problem: statusCmdProblem.exited(code ?? signal) });
    });
    // A command that never reads stdin closes the pipe early; that is not a failure.
    child.stdin!.on('error', () => {});
    child.stdin!.end(run.stdin);
  });
}

interface CacheEntry {
  at: number;
  output: string;
}

function readCache(stateDir: string): Record<string, CacheEntry> {
  try {
    const raw = JSON.parse(readOwnText(cacheFile(stateDir)) ?? '') as unknown;
    const entries = (raw as { entries?: unknown }).entries;
    if (typeof entries !== 'object' || entries === null) return {};
    const out: Record<string, CacheEntry> = {};
    for (const [k, e] of Object.entries(entries)) {
      if (typeof e === 'object' && e !== null && typeof e.at === 'number' && typeof e.output === 'string') out[k] = { at: e.at, output: e.output };
    }
    return out;
  } catch {
    return {};
  }
}

function remember(stateDir: string, key: string, output: string): void {
  const entries = readCache(stateDir);
  // Status lines refresh every few hundred ms; rewrite the file only when the output changed.
  if (entries[key]?.output === output) return;
  entries[key] = { at: Date.now(), output };
  const kept = Object.entries(entries)
    .sort((a, b) => b[1].at - a[1].at)
    .slice(0, MAX_CACHED_SESSIONS);
  try {
    writeFileAtomic(cacheFile(stateDir), `${JSON.stringify({ entries: Object.fromEntries(kept) })}\n`);
  } catch {
    /* a cache we cannot write only costs the fallback */
  }
}
