// `/aws-keepalive login` in a terminal (dist/cli.cjs login) and the profile's record of failed sign-ins (issue 20):
// the user's own login is never blocked, not by a refused sign-in nor by the hourly ceiling; its failure counts
// toward the ceiling like any other, and a good login clears the record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { runEntry } from '../../helpers/run-entry.ts';

const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const STATE = '.local/state/cc-aws-keepalive/work.json';

test('/aws-keepalive login runs past a refused sign-in and the hourly ceiling; its failure counts, its success clears the record', async (t) => {
  const expiresAt = Date.now() + 5 * MIN;
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ASIACLILOGINGUARD001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${iso(expiresAt)}\n`,
    '.config/cc-aws-keepalive/config.json': '{}',
  });
  mkdirSync(h.path('bin'));
  const tool = h.path('bin/corp-login');
  writeFileSync(h.path('.config/cc-aws-keepalive/config.json'), JSON.stringify({ profile: 'work', autoLoginCmd: tool, loginTimeoutSeconds: 10 }));
  const now = Date.now();
  const blocked = { kind: 'auth', line: 'Invalid password', at: now - MIN, trigger: 'hook', mark: `exp:${Date.parse(iso(expiresAt))}`, cmd: tool, streak: 1, nextAt: null };
  mkdirSync(h.path('.local/state/cc-aws-keepalive'), { recursive: true });
  writeFileSync(h.path(STATE), JSON.stringify({ guard: { failedAt: [now - 30 * MIN, now - 20 * MIN, now - MIN], last: blocked } }));
  const state = () => JSON.parse(readFileSync(h.path(STATE), 'utf8'));

  writeFileSync(tool, `#!/bin/sh\necho ran >> "${h.path('runs.log')}"\necho "Error authenticating to IdP.: Invalid username or password" >&2\nexit 1\n`);
  chmodSync(tool, 0o755);
  const r = await runEntry('cli', { env: h.env, args: ['login'] });
  assert.equal(r.code, 1, r.stdout);
  assert.equal(readFileSync(h.path('runs.log'), 'utf8').trim().split('\n').length, 1, 'the user\'s login ran');
  assert.equal(state().guard.failedAt.length, 4, 'and its failure counts');
  assert.equal(state().guard.last.trigger, 'cli');

  writeFileSync(tool, `#!/bin/sh\nprintf '[work]\\naws_access_key_id = ASIACLILOGINGUARD002\\naws_secret_access_key = s\\naws_session_token = t\\nx_security_token_expires = ${iso(Date.now() + 60 * MIN)}\\n' > "${h.path('.aws/credentials')}"\n`);
  const ok = await runEntry('cli', { env: h.env, args: ['login'] });
  assert.equal(ok.code, 0, ok.stdout);
  assert.deepEqual(state().guard, { failedAt: [] });
});
