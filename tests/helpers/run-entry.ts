// Spawns a built dist/<entry>.mjs the way Claude Code does: explicit env, piped stdio, a deadline.
import { spawn } from 'node:child_process';
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
  return `${DIST}/${entry}.mjs`;
}

export function runEntry(
  entry: string,
  opts: {
    env: Record<string, string>;
    args?: string[];
    stdin?: string;
    timeoutMs?: number;
    cwd?: string;
    /** Write `stdin` but never close it, like a writer that keeps the pipe open. */
    holdStdin?: boolean;
  },
): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [entryFile(entry), ...(opts.args ?? [])], {
      env: opts.env,
      cwd: opts.cwd ?? opts.env.HOME,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.on('error', () => undefined);
    if (opts.holdStdin) child.stdin.write(opts.stdin ?? '');
    else child.stdin.end(opts.stdin ?? '');
  });
}
