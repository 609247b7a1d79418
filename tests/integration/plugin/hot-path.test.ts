// The prompt hook and the status line run on every prompt and repaint: with a known, healthy expiry they must not
// load what a child process or the network needs (the bundles load those builtins lazily, on first call).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';

// os too: the home directory comes from HOME, and loading node:os is a measurable share of a start.
const SPAWN_OR_NETWORK = /^(node:)?(child_process|crypto|https?|net|tls|dns|os)$/;

for (const [entry, stdin] of [
  ['prompt-submit', '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}'],
  ['statusline', readFileSync(new URL('../../fixtures/payloads/statusline-after-turn.json', import.meta.url), 'utf8')],
  ['export-credentials', ''],
] as const) {
  test(`${entry}: a healthy session loads no child_process, crypto, os or network module and reads no file twice`, async (t) => {
    const h = makeFakeHome(t, {
      '.aws/credentials': `[work]\naws_access_key_id = ASIAHOTPATH000000001\naws_secret_access_key = s\naws_session_token = t\nx_security_token_expires = ${new Date(Date.now() + 4 * 3600_000).toISOString()}\n`,
      '.config/cc-aws-keepalive/config.json': '{"profile":"work","autoLoginCmd":"true","autoLoginMinutes":30}',
    });
    const log = h.path('required.txt');
    h.write('required.txt', '');
    const reads = h.write('reads.txt', '');
    const r = await runEntry(entry, {
      env: { ...h.env, CLAUDE_CODE_USE_BEDROCK: '1', REQUIRE_GUARD_LOG: log, READ_GUARD_LOG: reads, NODE_OPTIONS: `--require ${ROOT}tests/fixtures/require-guard.cjs` },
      stdin,
    });
    assert.equal(r.code, 0, r.stderr);
    const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    assert.ok(loaded.some((m) => /^(node:)?fs$/.test(m)), `the guard saw the bundle's requires: ${loaded.join(', ')}`);
    assert.deepEqual(loaded.filter((m) => SPAWN_OR_NETWORK.test(m)), []);
    // Nor any of the files build.mjs set apart for what a healthy start never does (login, STS, the full config
    // parser and valibot, a ~/.aws/config profile, warnings, TOML).
    assert.deepEqual(loaded.filter((m) => /[\\/]code[\\/](lazy[\\/]|toml\.cjs)/.test(m)), []);
    // Each file once: config, credentials, state (the loader's own reads of our bundle count too, on Nodes that
    // use readFileSync for them).
    const files = readFileSync(reads, 'utf8').split('\n').filter(Boolean);
    assert.ok(files.some((f) => f.endsWith('/.aws/credentials')), `the guard saw the reads: ${files.join(', ')}`);
    assert.deepEqual(files.filter((f, i) => files.indexOf(f) !== i), [], 'no file read twice');
  });
}
