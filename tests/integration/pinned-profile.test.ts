// A run we start in the background (the STS probe, the background login, a sync run, the slash command's login) is
// told its profile on its command line (--pinned-profile=<name>) by the session that started it, and acts for that
// profile whatever the environment or the config say by the time it runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { makeFakeHome } from '../helpers/fake-home.ts';
import { runEntry } from '../helpers/run-entry.ts';

const keys = (name: string, id: string) => `[${name}]\naws_access_key_id = ${id}\naws_secret_access_key = s\naws_session_token = t\n`;

test('the STS probe acts for the profile on its command line, not the one in env or config', async (t) => {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end('<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:sts::1:assumed-role/Dev/me</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => {
    server.closeAllConnections();
    server.close();
  });
  const h = makeFakeHome(t, {
    '.aws/credentials': keys('a', 'ASIAPROFILEA00000001') + keys('b', 'ASIAPROFILEB00000001'),
    '.config/cc-aws-keepalive/config.json': '{"profile":"a"}',
  });
  const env = { ...h.env, CC_KEEPALIVE_PROFILE: 'a', AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  const r = await runEntry('prompt-submit', { env, args: ['--sts-probe', '--pinned-profile=b'] });
  assert.equal(r.code, 0, r.stderr);
  const state = JSON.parse(readFileSync(h.path('.local/state/cc-aws-keepalive/b.json'), 'utf8'));
  assert.equal(state.sts.valid, true);
  assert.equal(existsSync(h.path('.local/state/cc-aws-keepalive/a.json')), false);
});

test('a command run for a profile says where its profile came from', async (t) => {
  const h = makeFakeHome(t, { '.aws/credentials': keys('a', 'ASIAPROFILEA00000001') + keys('b', 'ASIAPROFILEB00000001'), '.config/cc-aws-keepalive/config.json': '{"profile":"a"}' });
  const r = await runEntry('cli', { env: { ...h.env, AWS_PROFILE: 'a' }, args: ['status', '--pinned-profile=b'] });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /profile {6}b \(from the session that started this run\)/);
});
