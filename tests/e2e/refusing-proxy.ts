// Starts tests/fixtures/bin/refusing-proxy.mjs (a proxy that refuses and counts everything) in a process of its
// own: the harness runs `claude plugin install` synchronously, and an in-process server would not answer then.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness.ts';

export interface RefusingProxy {
  url: string;
  /** `CONNECT host:port` or `GET http://…`, one line per refused request so far. */
  refused(): string[];
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'cck-proxy-'));
  const log = join(dir, 'refused.log');
  writeFileSync(log, '');
  const child = spawn(process.execPath, [join(ROOT, 'tests', 'fixtures', 'bin', 'refusing-proxy.mjs'), log], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('refusing proxy did not start within 10 s')), 10_000);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    child.on('error', reject);
  }).catch((err: unknown) => {
    child.kill('SIGKILL');
    throw err;
  });
  return {
    url,
    refused: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
