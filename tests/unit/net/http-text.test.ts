// What a failed request says, worded in core from io/net/http.ts's facts: the host, the proxy (never its URL), the fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { httpText } from '../../../src/core/net/http-text.ts';

test('a redirect names the Location host, its absence, or that it does not parse', () => {
  const tail = ': not followed (the request carries credentials)';
  assert.equal(httpText.redirect('STS at sts.x', 302, { host: 'evil.example' }), `STS at sts.x answered HTTP 302 redirecting to evil.example${tail}`);
  assert.equal(httpText.redirect('h', 301, 'none'), `h answered HTTP 301 redirecting to no Location${tail}`);
  assert.equal(httpText.redirect('h', 307, 'unparsable'), `h answered HTTP 307 redirecting to an unparsable Location${tail}`);
});

test('direct or through the proxy; the proxy refusing names the fix for 401/407 only', () => {
  assert.equal(httpText.where('STS', 'sts.amazonaws.com'), 'STS at sts.amazonaws.com');
  assert.equal(httpText.timeout('h', 2500, null), 'h did not answer within 2.5 s');
  assert.equal(httpText.unreachable('h', 'proxy proxy.corp:3128 (HTTPS_PROXY)', 'ECONNREFUSED'), 'h is unreachable through proxy proxy.corp:3128 (HTTPS_PROXY) (ECONNREFUSED)');
  assert.equal(httpText.proxyRefused('proxy p:1', 'h', 407, 'Proxy Authentication Required'), 'the proxy p:1 refused to connect to h (HTTP 407 Proxy Authentication Required) — check the user and password in the proxy URL');
  assert.equal(httpText.proxyRefused('proxy p:1', 'h', 403, undefined), 'the proxy p:1 refused to connect to h (HTTP 403)');
  assert.equal(httpText.untrusted('h', 'SELF_SIGNED_CERT_IN_CHAIN', null, { file: '/ca.pem', from: 'AWS_CA_BUNDLE' }, undefined), 'the certificate of h is not trusted (SELF_SIGNED_CERT_IN_CHAIN) — AWS_CA_BUNDLE does not hold the CA that signed it (/ca.pem)');
});
