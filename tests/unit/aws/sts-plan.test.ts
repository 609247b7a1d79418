import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAwsIni } from '../../../src/core/aws/aws-ini.ts';
import { regionFromAwsConfig } from '../../../src/core/aws/aws-config.ts';
import { cachedStsVerdict, classifyStsResponse, credentialFingerprint, STS_CACHE_TTL_MS, stsTarget } from '../../../src/core/aws/sts-plan.ts';

const cfg = parseAwsIni('[default]\nregion = ap-south-1\n[profile dev]\nregion = eu-west-3\n[profile cn]\nregion = cn-north-1\n');

test('sts target: endpoint and region precedence', () => {
  const t = (env: Record<string, string>, profile = 'dev', ini: typeof cfg | null = cfg) => {
    const r = stsTarget(env, regionFromAwsConfig(ini, profile), profile);
    return `${r.url.href} ${r.region}`;
  };
  assert.equal(t({}), 'https://sts.eu-west-3.amazonaws.com/ eu-west-3');
  assert.equal(t({}, 'default'), 'https://sts.ap-south-1.amazonaws.com/ ap-south-1');
  assert.equal(t({}, 'nosuch', null), 'https://sts.us-east-1.amazonaws.com/ us-east-1');
  assert.equal(t({}, 'cn'), 'https://sts.cn-north-1.amazonaws.com.cn/ cn-north-1');
  assert.equal(t({ AWS_DEFAULT_REGION: 'us-west-1' }), 'https://sts.us-west-1.amazonaws.com/ us-west-1');
  assert.equal(t({ AWS_REGION: 'us-east-2', AWS_DEFAULT_REGION: 'us-west-1' }), 'https://sts.us-east-2.amazonaws.com/ us-east-2');
  assert.equal(t({ AWS_ENDPOINT_URL: 'http://127.0.0.1:5000' }), 'http://127.0.0.1:5000/ eu-west-3');
  assert.equal(t({ AWS_ENDPOINT_URL: 'http://127.0.0.1:5000', AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:6000/' }), 'http://127.0.0.1:6000/ eu-west-3');
  assert.equal(t({ AWS_ENDPOINT_URL_STS: 'not a url' }), 'https://sts.eu-west-3.amazonaws.com/ eu-west-3');
});

test('sts answers: valid, rejected credentials, and "cannot tell"', () => {
  const err = (code: string) => `<ErrorResponse><Error><Code>${code}</Code></Error></ErrorResponse>`;
  assert.equal(classifyStsResponse(200, '<GetCallerIdentityResponse><GetCallerIdentityResult/></GetCallerIdentityResponse>').verdict, 'unknown');
  assert.equal(classifyStsResponse(200, '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>x</Arn></GetCallerIdentityResult></GetCallerIdentityResponse>').verdict, 'valid');
  for (const code of ['ExpiredToken', 'InvalidClientTokenId', 'SignatureDoesNotMatch']) assert.equal(classifyStsResponse(403, err(code)).verdict, 'invalid', code);
  assert.equal(classifyStsResponse(400, err('RequestExpired')).verdict, 'unknown', 'clock skew is not a credentials problem');
  assert.equal(classifyStsResponse(503, err('Throttling')).verdict, 'unknown');
  assert.equal(classifyStsResponse(403, 'Forbidden').verdict, 'invalid');
  assert.equal(classifyStsResponse(200, '<html>captive portal</html>').verdict, 'unknown');
});

test('cached verdict: fresh, about these credentials, else null', () => {
  const now = 1_700_000_000_000;
  const sts = { checkedAt: now - 1_000, valid: true, reason: 'ok', key: credentialFingerprint('ASIAKEY') };
  assert.equal(cachedStsVerdict({ sts }, now)?.valid, true);
  assert.equal(cachedStsVerdict({ sts }, now, 'ASIAKEY')?.valid, true);
  assert.equal(cachedStsVerdict({ sts }, now, 'ASIAOTHER'), null);
  assert.equal(cachedStsVerdict({ sts }, now + STS_CACHE_TTL_MS), null);
  assert.equal(cachedStsVerdict({ sts: { ...sts, checkedAt: now + 60_000 } }, now), null);
  assert.equal(cachedStsVerdict({}, now), null);
  assert.ok(!credentialFingerprint('ASIAKEY').includes('ASIA'));
});
