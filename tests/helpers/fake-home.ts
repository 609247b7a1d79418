// A throwaway HOME per test: never the machine's real ~/.aws or ~/.claude.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestContext } from 'node:test';

export interface FakeHome {
  home: string;
  /** A clean env for child processes: only what the test means to pass. */
  env: Record<string, string>;
  write(rel: string, content: string): string;
  path(rel: string): string;
}

export function makeFakeHome(t: TestContext | null, files: Record<string, string> = {}): FakeHome {
  const home = realpathSync(mkdtempSync(join(tmpdir(), 'cckh-')));
  if (t) t.after(() => cleanHome(home));
  const write = (rel: string, content: string) => {
    const p = join(home, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  };
  for (const [rel, content] of Object.entries(files)) write(rel, content);
  const env: Record<string, string> = {
    HOME: home,
    USERPROFILE: home,
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    TZ: 'UTC',
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
    // Every AWS call a test does not point at its own fake goes to a closed local port, never to a real AWS host
    // (doctor's reachability checks, an SSO renewal, an STS probe).
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
  };
  return { home, env, write, path: (rel) => join(home, rel) };
}

/**
 * Stops every process still running with this HOME (a detached background login, an STS probe, a settings nudge
 * that a test caused but did not wait for) and waits until they are gone, then deletes the folder. Without it a
 * detached writer races the delete (ENOTEMPTY) and lives on after the test. Each fake HOME is a fresh mkdtemp,
 * so only processes this test started match.
 */
export async function cleanHome(home: string): Promise<void> {
  const pids = processesWithHome(home);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  for (const until = Date.now() + 5_000; pids.some(running) && Date.now() < until; ) {
    await new Promise((r) => setTimeout(r, 20));
  }
  // Elsewhere than Linux there is no /proc to ask: retries cover a writer finishing its last file.
  rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

/** Still there and not a zombie (a zombie has finished; only its parent has yet to collect it). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Linux: pids whose environment has HOME=<home>. */
function processesWithHome(home: string): number[] {
  if (process.platform !== 'linux') return [];
  const needle = Buffer.from(`\0HOME=${home}\0`);
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      // A leading NUL so HOME=… also matches as the first variable.
      if (Buffer.concat([Buffer.from('\0'), readFileSync(`/proc/${pid}/environ`)]).includes(needle)) out.push(pid);
    } catch {
      /* exited, or not ours to read */
    }
  }
  return out;
}
