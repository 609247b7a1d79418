// With syncTargets configured, a prompt whose credentials did not change since the last sync stays on the hot
// path: one stat of the credentials file, no child process, no crypto, no network module loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';

const SPAWN_OR_NETWORK = /^(node:)?(child_process|crypto|https?|net|tls|dns)$/;

test('prompt-submit with syncTargets and unchanged credentials loads no child_process, crypto or network module', async (t) => {
  const h = makeFakeHome(t, {
    '.aws/credentials': `[work]\naws_access_key_id = ASIAHOTPATH000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 4 * 3600_000).toISOString()}\n`,
    '.config/cc-aws-keepalive/config.json': JSON.stringify({ profile: 'work', syncTargets: [{ type: 'command', name: 'box', command: 'cat > /dev/null' }] }),
  });
  const env = { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1' };
  const log = h.write('required.txt', '');
  const guarded = { ...env, REQUIRE_GUARD_LOG: log, NODE_OPTIONS: `--require ${ROOT}tests/fixtures/require-guard.cjs` };
  const prompt = () => runEntry('prompt-submit', { env: guarded, stdin: '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}' });
  const loaded = () => readFileSync(log, 'utf8').split('\n').filter((m) => SPAWN_OR_NETWORK.test(m));

  // Never synced: this prompt starts the run (and so loads child_process): the guard sees what it should.
  assert.equal((await prompt()).code, 0);
  assert.ok(loaded().some((m) => /child_process/.test(m)), 'the first prompt started a sync run');
  const statePath = h.path('.local/state/cc-aws-keepalive/work.json');
  const end = Date.now() + 30_000;
  for (;;) {
    const s = (() => { try { return JSON.parse(readFileSync(statePath, 'utf8')).sync; } catch { return null; } })();
    if (s?.targets?.box && s.doneAt >= s.startedAt) break;
    if (Date.now() > end) throw new Error('the sync run did not finish');
    await new Promise((r) => setTimeout(r, 100));
  }
  h.write('required.txt', '');
  assert.equal((await prompt()).code, 0);
  assert.deepEqual(loaded(), []);
});
