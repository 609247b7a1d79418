// A throwaway HOME per test: never the machine's real ~/.aws or ~/.claude.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, realpathSync } from 'node:fs';
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
  if (t) t.after(() => rmSync(home, { recursive: true, force: true }));
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
  };
  return { home, env, write, path: (rel) => join(home, rel) };
}
