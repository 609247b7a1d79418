// The real client must accept our manifests in strict mode (marketplace users would see the same errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { ROOT } from '../../helpers/run-entry.ts';

test('claude plugin validate --strict . passes', (t) => {
  const h = makeFakeHome(t);
  const r = spawnSync(`${ROOT}node_modules/@anthropic-ai/claude-code/bin/claude.exe`, ['plugin', 'validate', '--strict', '.'], {
    cwd: ROOT,
    env: { ...h.env, DISABLE_AUTOUPDATER: '1', DISABLE_TELEMETRY: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /Validation passed/);
  assert.doesNotMatch(r.stdout + r.stderr, /warning/i);
});
