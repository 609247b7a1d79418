// IAM Identity Center profiles on the hot path: the status line, the prompt hook and a healthy export (role
// credentials still in the CLI's cache) read files only — no child process, no crypto, no network module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, utimesSync } from 'node:fs';
import { makeFakeHome } from '../helpers/fake-home.ts';
import { ROOT, runEntry } from '../helpers/run-entry.ts';

const SPAWN_OR_NETWORK = /^(node:)?(child_process|crypto|https?|net|tls|dns|undici)$/;
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

for (const [entry, stdin, expect] of [
  ['prompt-submit', '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}', /^$/],
  ['statusline', '{}', /^AWS: ≈7h\d\dm\n$/],
  ['export-credentials', '', /"AccessKeyId":"ASIACACHEDROLE000001"/],
] as const) {
  test(`${entry}: an sso-session profile with a healthy sign-in loads no child_process, crypto or network module`, async (t) => {
    const now = Date.now();
    const h = makeFakeHome(t, {
      '.aws/config': '[profile corp]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = r\n[sso-session corp]\nsso_start_url = https://c.awsapps.com/start\nsso_region = us-east-1\n',
      [`.aws/sso/cache/${sha1('corp')}.json`]: JSON.stringify({ startUrl: 'https://c.awsapps.com/start', region: 'us-east-1', accessToken: 'a', expiresAt: iso(now + 50 * 60_000), clientId: 'c', clientSecret: 's', registrationExpiresAt: iso(now + 86400_000), refreshToken: 'r' }),
      [`.aws/cli/cache/${sha1('{"accountId":"1","roleName":"r","sessionName":"corp"}')}.json`]: JSON.stringify({ ProviderType: 'sso', Credentials: { AccessKeyId: 'ASIACACHEDROLE000001', SecretAccessKey: 's', SessionToken: 't', Expiration: iso(now + 50 * 60_000), AccountId: '1' } }),
      '.config/cc-aws-keepalive/config.json': '{"profile":"corp","autoLoginCmd":"aws sso login --profile corp"}',
    });
    utimesSync(h.path(`.aws/sso/cache/${sha1('corp')}.json`), (now - 10 * 60_000) / 1000, (now - 10 * 60_000) / 1000);
    const log = h.write('required.txt', '');
    const r = await runEntry(entry, {
      env: { ...h.env, PATH: '/nonexistent', CLAUDE_CODE_USE_BEDROCK: '1', REQUIRE_GUARD_LOG: log, NODE_OPTIONS: `--require ${ROOT}tests/fixtures/require-guard.cjs` },
      stdin,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, expect);
    const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean);
    assert.ok(loaded.some((m) => /^(node:)?fs$/.test(m)), `the guard saw the bundle's requires: ${loaded.join(', ')}`);
    assert.deepEqual(loaded.filter((m) => SPAWN_OR_NETWORK.test(m)), []);
  });
}
