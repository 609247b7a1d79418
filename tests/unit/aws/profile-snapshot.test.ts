// Reads return facts; writing is a step of its own (flows/aws/profile-snapshot.ts): the plain profile read learns
// about an IAM Identity Center sign-in without writing, and the snapshot every run uses saves what it learned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { sha1Hex } from '../../../src/core/aws/sha1.ts';
import { loadContext } from '../../../src/io/config/context.ts';
import { resolvePaths } from '../../../src/io/system/paths.ts';
import { readProfileFacts, readProfileSnapshot } from '../../../src/flows/aws/profile-snapshot.ts';
import { makeFakeHome } from '../../helpers/fake-home.ts';

const SSO_CONFIG = '[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = BedrockUser\n[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n';
const token = JSON.stringify({ startUrl: 'https://corp.awsapps.com/start', region: 'eu-west-1', accessToken: 'at-1', expiresAt: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z'), refreshToken: 'rt-1' });

async function ssoContext(t: Parameters<typeof makeFakeHome>[0]) {
  const h = makeFakeHome(t, { '.aws/config': SSO_CONFIG, [`.aws/sso/cache/${sha1Hex('corp')}.json`]: token, '.config/cc-aws-keepalive/config.json': '{"profile":"corp"}' });
  const paths = resolvePaths({ env: h.env, home: h.home, platform: 'linux' });
  return { ctx: await loadContext(h.env, paths), stateDir: paths.stateDir };
}

test('the plain profile read writes nothing: the sign-in it saw comes back unsaved, with the estimate', async (t) => {
  const { ctx, stateDir } = await ssoContext(t);
  const s = readProfileFacts(ctx);
  assert.ok(s.profile.ok && s.profile.value.kind === 'config');
  assert.equal(s.profile.value.expiry.estimate, true);
  assert.equal(s.profile.value.unsaved?.session, 'corp');
  assert.equal(s.profile.value.unsaved?.record.how, 'first-sight');
  assert.equal(existsSync(stateDir), false, 'a read made our state folder');
});

test('the run\'s snapshot saves the sign-in record as a step of its own; the next read finds nothing new', async (t) => {
  const { ctx, stateDir } = await ssoContext(t);
  const first = readProfileSnapshot(ctx);
  assert.ok(first.profile.ok && first.profile.value.kind === 'config' && first.profile.value.unsaved);
  assert.deepEqual(readdirSync(stateDir), ['sso-session-corp.json']);
  const again = readProfileFacts(ctx);
  assert.ok(again.profile.ok && again.profile.value.kind === 'config');
  assert.equal(again.profile.value.unsaved, null);
});
