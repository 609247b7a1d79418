// The first setup's proposal: which profile, which login tool, why, and what is left to choose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { proposeSetup, type FoundProfile, type GuideFacts } from '../../../src/core/cli/setup-guide.ts';

const p = (name: string, kind: FoundProfile['kind'], extra: Partial<FoundProfile> = {}): FoundProfile => ({ name, files: ['config'], kind, expiryField: null, process: null, ...extra });
const facts = (over: Partial<GuideFacts>): GuideFacts => ({ profiles: [], toolsOnPath: [], awsProfile: undefined, askedProfile: '', askedLogin: '', ...over });

test('one IAM Identity Center profile among long-lived keys: it, with aws sso login, nothing left open', () => {
  const r = proposeSetup(facts({ profiles: [p('old', 'keys', { files: ['credentials'] }), p('corp', 'sso')], toolsOnPath: ['aws-sso', 'aws-login'] }));
  assert.deepEqual([r.profile, r.login, r.open], ['corp', 'aws-sso', []]);
  assert.match(r.why.join('\n'), /profile "corp": the only one whose credentials expire\n {2}signs in with IAM Identity Center/);
});

test('SAML profile: the tool on PATH that writes its expiry field wins; the others are left open', () => {
  const work = p('work', 'session', { files: ['credentials'], expiryField: 'aws_expiration' });
  const r = proposeSetup(facts({ profiles: [work], toolsOnPath: ['saml2aws', 'aws-azure-login'] }));
  assert.equal(r.login, 'aws-azure-login');
  assert.deepEqual(r.open, []);
  const two = proposeSetup(facts({ profiles: [{ ...work, expiryField: 'x_security_token_expires' }], toolsOnPath: ['gimme-aws-creds', 'saml2aws'] }));
  assert.equal(two.login, 'saml2aws');
  assert.deepEqual(two.open, ['another login tool: --login gimme-aws-creds']);
  const none = proposeSetup(facts({ profiles: [work] }));
  assert.equal(none.login, null);
  assert.match(none.why.join('\n'), /no login tool found on PATH/);
});

test('several expiring profiles: temporary keys first, the rest named; AWS_PROFILE and --profile decide', () => {
  const profiles = [p('corp', 'sso'), p('work', 'session', { files: ['credentials'], expiryField: 'x_security_token_expires' }), p('ci', 'process', { process: 'aws-vault export --format=json ci' })];
  const r = proposeSetup(facts({ profiles, toolsOnPath: ['saml2aws'] }));
  assert.deepEqual([r.profile, r.login], ['work', 'saml2aws']);
  assert.deepEqual(r.open, ['another profile: --profile corp | ci']);
  assert.equal(proposeSetup(facts({ profiles, awsProfile: 'ci' })).login, 'aws-vault');
  assert.deepEqual(proposeSetup(facts({ profiles, askedProfile: 'corp' })).open, []);
});

test('an asked profile not there yet is kept (the login tool makes it); nothing at all: no profile, and why', () => {
  const r = proposeSetup(facts({ askedProfile: 'new', askedLogin: 'saml2aws' }));
  assert.deepEqual([r.profile, r.login], ['new', 'saml2aws']);
  assert.match(r.why[0]!, /not in ~\/\.aws\/config or ~\/\.aws\/credentials yet/);
  const empty = proposeSetup(facts({}));
  assert.equal(empty.profile, null);
  assert.match(empty.why[0]!, /no AWS profile in ~\/\.aws\/config or ~\/\.aws\/credentials yet/);
});
