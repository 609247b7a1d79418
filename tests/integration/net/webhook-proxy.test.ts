// Webhook sync through the corporate proxy: the POST goes through tinyproxy (its log), NO_PROXY bypasses it, and the
// target's caFile is what trusts its certificate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { fakeAws, makeCa, OPENSSL, startTinyproxy, TINYPROXY } from '../../helpers/net-fakes.ts';
import { runWebhookTarget } from '../../../src/io/sync/sync-webhook.ts';
import type { WebhookTarget } from '../../../src/schemas/sync-target.ts';

const skip = !TINYPROXY || !OPENSSL ? 'needs tinyproxy and openssl' : false;

test('webhook: delivered through HTTPS_PROXY with basic auth; NO_PROXY goes direct', { skip }, async (t) => {
  const h = makeFakeHome(t);
  const tls = makeCa(h.path('ca'));
  const hook = await fakeAws(t, tls);
  const proxy = await startTinyproxy(t, h.path('proxy'));
  const target = { type: 'webhook', name: 'vault', url: `${hook.url}/hook`, caFile: tls.caFile, headers: { Authorization: 'Bearer ${HOOK_TOKEN}' } } as WebhookTarget;
  const env = { HOME: h.home, HTTPS_PROXY: proxy.url, HOOK_TOKEN: 'hook-secret' };
  const sent = await runWebhookTarget(target, '{"k":1}', env, 10_000);
  assert.deepEqual(sent, { ok: true, message: `delivered to 127.0.0.1:${hook.port} (HTTP 200)` });
  assert.equal(proxy.connects(`127.0.0.1:${hook.port}`), 1, proxy.log());
  assert.equal(hook.requests[0]?.headers.authorization, 'Bearer hook-secret');
  const direct = await runWebhookTarget(target, '{"k":2}', { ...env, NO_PROXY: '127.0.0.1' }, 10_000);
  assert.equal(direct.ok, true, direct.message);
  assert.equal(proxy.connects(`127.0.0.1:${hook.port}`), 1, 'the second went direct');
  const doctor = await runWebhookTarget(target, null, env, 10_000);
  assert.match(doctor.message, /^reachable, certificate of 127\.0\.0\.1:\d+ trusted — proxy http:\/\/alice:\*\*\*@127\.0\.0\.1:\d+ \(HTTPS_PROXY\)$/);
});
