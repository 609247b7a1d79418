// Hostile processes (issue 22, finding 5): programs of the user's that misbehave in ways a real one does — here a
// credential_process that prints its answer and exits but leaves a child holding its stdout (a token daemon, a
// `.cmd` shim's node). The export must answer at the process's exit, and the child must not outlive the answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeFakeHome } from '../helpers/fake-home.ts';
import { runEntry } from '../helpers/run-entry.ts';

const running = (pid: number): boolean => {
  try {
    // A zombie waiting for a reaper that never comes (PID 1 in some containers) is not running either.
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
};

test('credential_process that exits 0 but leaves `sleep 30` holding stdout: answered at its exit, the child killed', { skip: process.platform === 'win32' }, async (t) => {
  const h = makeFakeHome(t);
  const exp = new Date(Date.now() + 50 * 60_000).toISOString();
  const pidFile = h.path('lingering.pid');
  const json = JSON.stringify({ Version: 1, AccessKeyId: 'ASIALINGER000000001', SecretAccessKey: 'lingerSecret', SessionToken: 'LingerToken==', Expiration: exp });
  const helper = h.write('helper.sh', `#!/bin/sh\nsleep 30 &\necho $! > '${pidFile}'\nprintf '%s\\n' '${json}'\nexit 0\n`);
  h.write('.aws/config', `[profile proc]\ncredential_process = sh '${helper}'\n`);
  h.write('.config/cc-aws-keepalive/config.json', '{"profile":"proc"}');
  const r = await runEntry('export-credentials', { env: { ...h.env, PATH: `/nonexistent-bin:${h.env.PATH}` }, timeoutMs: 40_000 });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).Credentials.AccessKeyId, 'ASIALINGER000000001');
  assert.ok(r.ms < 8_000, `answered in ${r.ms} ms, not when the lingering child ended`);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  await new Promise((res) => setTimeout(res, 300));
  assert.ok(!running(pid), 'the lingering child was killed with the process group');
});
