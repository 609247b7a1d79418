// Spawns a built dist/<entry>.cjs the way Claude Code does: explicit env, piped stdio, a deadline.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = `${ROOT}dist`;
/** The Node that runs the bundles: this one, or CC_TEST_NODE (e.g. a Node 18 binary) to check the oldest we support. */
export const NODE = process.env.CC_TEST_NODE || process.execPath;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The bundle an entry name stands for: the one place that knows how dist/ names its files. */
export function entryFile(entry: string): string {
  return `${DIST}/${entry}.cjs`;
}

export function runEntry(
  entry: string,
  opts: {
    env: Record<string, string>;
    args?: string[];
    stdin?: string;
    timeoutMs?: number;
    cwd?: string;
    /**
     * Write `stdin` but never close it, like a writer that keeps the pipe open (`sleep 6 | node …`): a FIFO held open
     * for writing. (Node's own 'pipe' is a socket, what Claude Code gives; it always closes it at once.)
     */
    holdStdin?: boolean;
  },
): Promise<RunResult> {
  const started = Date.now();
  const held = opts.holdStdin ? heldPipe(opts.stdin ?? '') : null;
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [entryFile(entry), ...(opts.args ?? [])], {
      env: opts.env,
      cwd: opts.cwd ?? opts.env.HOME,
      stdio: [held ? held.fd : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      held?.close();
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    if (child.stdin) {
      child.stdin.on('error', () => undefined);
      child.stdin.end(opts.stdin ?? '');
    }
  });
}

/** A FIFO with `data` in it, opened read-write so that it never reaches its end while we hold it. */
export function heldPipe(data: string): { fd: number; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-held-stdin-'));
  const fifo = join(dir, 'stdin');
  if (spawnSync('mkfifo', [fifo]).status !== 0) throw new Error('mkfifo failed');
  // Linux opens a FIFO read-write without waiting for a peer.
  const fd = openSync(fifo, 'r+');
  writeSync(fd, data);
  return {
    fd,
    close: () => {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
