// IAM Identity Center profiles on the hot path: the status line, the prompt hook and a healthy export (role
// credentials still in the CLI's cache) read files only — no child process, no crypto, no network module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, utimesSync } from 'node:fs';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { ROOT, runEntry } from '../../helpers/run-entry.ts';

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

const LOGIN_SESSION = 'arn:aws:iam::111122223333:user/me';
const idToken = (iatMs: number) => ['e30', Buffer.from(JSON.stringify({ iat: Math.floor(iatMs / 1000) })).toString('base64url'), 's'].join('.');

for (const kind of ['aws login', 'credential_process'] as const) {
  for (const [entry, stdin] of [
    ['prompt-submit', '{"hook_event_name":"UserPromptSubmit","prompt":"hi","session_id":"s"}'],
    ['statusline', '{}'],
  ] as const) {
    test(`${entry}: a ${kind} profile with a known expiry loads no child_process, crypto or network module`, async (t) => {
      const now = Date.now();
      const h = makeFakeHome(t, { '.config/cc-aws-keepalive/config.json': '{"profile":"p"}' });
      if (kind === 'aws login') {
        h.write('.aws/config', `[profile p]\nlogin_session = ${LOGIN_SESSION}\n`);
        h.write(`.aws/login/cache/${createHash('sha256').update(LOGIN_SESSION).digest('hex')}.json`, JSON.stringify({ accessToken: { expiresAt: iso(now + 600_000) }, idToken: idToken(now - 3600_000), refreshToken: 'r' }));
      } else {
        h.write('.aws/config', '[profile p]\ncredential_process = /bin/false\n');
        h.write('.local/state/cc-aws-keepalive/process-p.json', JSON.stringify({ expiresAt: now + 4 * 3600_000, recordedAt: now, command: (await import('../../../src/core/aws/sso-session.ts')).refreshKeyOf('/bin/false') }));
      }
      const log = h.write('required.txt', '');
      const r = await runEntry(entry, {
        env: { ...h.env, PATH: '/nonexistent', CLAUDE_CODE_USE_BEDROCK: '1', REQUIRE_GUARD_LOG: log, NODE_OPTIONS: `--require ${ROOT}tests/fixtures/require-guard.cjs` },
        stdin,
      });
      assert.equal(r.code, 0, r.stderr);
      if (entry === 'statusline') assert.match(r.stdout, kind === 'aws login' ? /^AWS: 10h59m\n$/ : /^AWS: 3h59m\n$/);
      else assert.equal(r.stdout, '');
      const loaded = readFileSync(log, 'utf8').split('\n').filter(Boolean);
      assert.deepEqual(loaded.filter((m) => SPAWN_OR_NETWORK.test(m)), []);
    });
  }
}
