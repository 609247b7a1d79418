// Scenario client-differences, on both pinned clients (2.1.197, the oldest we support, and 2.1.332, the latest we
// verified): the user logs in again in another terminal while a `claude -p` turn is being refused with 403.
// - Without the plugin, 2.1.197 keeps signing with the dead key it cached; 2.1.332 (and every client from 2.1.207,
//   bisected in tests/e2e/README.md) re-reads ~/.aws/credentials after the 403 and answers with the new key.
// - With the plugin, both clients recover the same way, and on 2.1.332 the plugin costs nothing: no extra 403, no
//   login of its own (the user already logged in), the refresh → export call order unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENTS, DEBUG, ROOT, debugLines, withSandbox, type Client, type Sandbox } from './harness.ts';

const KEY_A = 'AKIDE2EAAAAAAAAAAAAA';
const KEY_B = 'AKIDE2EBBBBBBBBBBBBB';
const FAKE_LOGIN = join(ROOT, 'tests', 'fixtures', 'bin', 'fake-login.mjs');
const NATIVE_REREAD: Record<Client, boolean> = { oldest: false, latest: true };

/** Key A dies on the server; on its first refused turn, key B lands in ~/.aws/credentials ("another terminal"). */
function userLogsInOnFirst403(sb: Sandbox): () => void {
  sb.bedrock.setKey(KEY_A, 'expired');
  let done = false;
  const timer = setInterval(() => {
    if (done || !sb.bedrock.log().some((e) => e.akid === KEY_A && e.status === 403 && e.turn)) return;
    done = true;
    sb.bedrock.setKey(KEY_B, 'valid');
    sb.writeCredentials({ akid: KEY_B });
  }, 10);
  return () => clearInterval(timer);
}

const turns = (sb: Sandbox) => sb.bedrock.log().filter((e) => e.turn).map((e) => `${e.akid === KEY_A ? 'A' : e.akid === KEY_B ? 'B' : e.akid}:${e.status}`);
const logins = (sb: Sandbox) => (existsSync(sb.path('logins.txt')) ? readFileSync(sb.path('logins.txt'), 'utf8').trim().split('\n').length : 0);

for (const client of Object.keys(CLIENTS) as Client[]) {
  test(`client-differences (${client}): without the plugin, a 403 ${NATIVE_REREAD[client] ? 'makes the client re-read the file: the turn is answered with the new key' : 'is retried with the dead cached key until the turn fails'}`, async (t) => {
    await withSandbox(t, { scenario: `client-differences-noplugin-${client}`, client, credentials: { akid: KEY_A }, config: null, maxRetries: 2 }, async (sb) => {
      const stop = userLogsInOnFirst403(sb);
      const r = await sb.claudePrint('hello', { timeoutMs: 90_000 });
      stop();
      if (NATIVE_REREAD[client]) {
        assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
        assert.deepEqual(turns(sb), ['A:403', 'B:200']);
      } else {
        assert.notEqual(r.code, 0);
        assert.deepEqual(turns(sb), ['A:403', 'A:403', 'A:403'], 'one try and two retries, all with the cached dead key');
      }
    });
  });

  test(`client-differences (${client}): with the plugin the turn is answered after one 403, with no login of ours and refresh before export`, async (t) => {
    await withSandbox(t, { scenario: `client-differences-plugin-${client}`, client, credentials: { akid: KEY_A }, maxRetries: 2 }, async (sb) => {
      await sb.installPlugin();
      // An auto-login that would write key B too, counted: the user's own login must make it unnecessary.
      const env = `FAKE_LOGIN_PROFILE=${sb.profile} FAKE_LOGIN_KEY=${KEY_B} FAKE_LOGIN_COUNT="$HOME/logins.txt"`;
      sb.write('.config/cc-aws-keepalive/config.json', `${JSON.stringify({ profile: sb.profile, autoLoginCmd: `${env} "${process.execPath}" "${FAKE_LOGIN}"` })}\n`);
      const stop = userLogsInOnFirst403(sb);
      const r = await sb.claudePrint('hello', { timeoutMs: 90_000 });
      stop();
      assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`);
      assert.deepEqual(turns(sb), ['A:403', 'B:200'], 'exactly one 403, then the new key: no extra round trip');
      assert.equal(logins(sb), 0, 'no login of ours: the user had logged in');
      // The client asks awsAuthRefresh (or its STS gate) first, then awsCredentialExport, after the 403.
      const after403 = sb.bedrock.log().find((e) => e.status === 403 && e.turn)!.t;
      const refresh = debugLines(r.debugFile, new RegExp(`${DEBUG.refreshRun.source}|${DEBUG.refreshSkipped.source}`)).find((l) => l.t >= after403 - 5);
      const exportRun = debugLines(r.debugFile, DEBUG.exportRun).find((l) => l.t >= after403 - 5);
      assert.ok(exportRun, 'the export ran after the 403');
      if (refresh) assert.ok(refresh.t <= exportRun.t, 'refresh (or its STS gate) before export');
      t.diagnostic(`${client}: after the 403, ${refresh ? refresh.text : 'no refresh step logged'}; then ${exportRun.text}`);
    });
  });
}
