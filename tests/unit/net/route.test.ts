// Which proxy and CA a request uses (core/net/route.ts), and where an AWS call may go (core/aws/endpoints.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpointProblem, noProxyMatch, redactUrl, routeFor } from '../../../src/core/net/route.ts';
import { serviceEndpoint } from '../../../src/core/aws/endpoints.ts';

const U = (s: string) => new URL(s);

test('NO_PROXY the curl way: *, host, .suffix and *.suffix (domain and subdomains), host:port, [::1], case and spaces', () => {
  const portal = U('https://portal.sso.eu-west-1.amazonaws.com/x');
  assert.equal(noProxyMatch(portal, '*'), '*');
  assert.equal(noProxyMatch(portal, 'example.com, amazonaws.com'), 'amazonaws.com');
  assert.equal(noProxyMatch(portal, '.AMAZONAWS.com'), '.amazonaws.com');
  assert.equal(noProxyMatch(portal, '*.amazonaws.com'), '*.amazonaws.com');
  assert.equal(noProxyMatch(portal, 'portal.sso.eu-west-1.amazonaws.com:443'), 'portal.sso.eu-west-1.amazonaws.com:443');
  assert.equal(noProxyMatch(portal, 'portal.sso.eu-west-1.amazonaws.com:8443'), null);
  assert.equal(noProxyMatch(portal, 'zonaws.com,sso'), null, 'a suffix matches whole labels only');
  assert.equal(noProxyMatch(U('https://[::1]:9/'), '[::1]'), '[::1]');
  assert.equal(noProxyMatch(U('https://10.0.0.5/'), '10.0.0.5'), '10.0.0.5');
  assert.equal(noProxyMatch(U('https://amazonaws.com/'), '.amazonaws.com'), '.amazonaws.com');
});

test('proxy choice: https_proxy before HTTPS_PROXY, then ALL_PROXY; http:// requests use HTTP_PROXY; NO_PROXY wins', () => {
  const url = U('https://sts.us-east-1.amazonaws.com/');
  assert.equal(routeFor(url, {}).proxy, null);
  assert.equal(routeFor(url, {}).via, 'direct');
  assert.equal(routeFor(url, { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:2' }).proxy?.host, 'low:1');
  assert.equal(routeFor(url, { HTTPS_PROXY: 'http://up:2' }).via, 'proxy http://up:2 (HTTPS_PROXY)');
  assert.equal(routeFor(url, { ALL_PROXY: 'http://all:3' }).proxy?.host, 'all:3');
  assert.equal(routeFor(url, { HTTP_PROXY: 'http://plain:4' }).proxy, null, 'HTTP_PROXY is for http:// requests');
  assert.equal(routeFor(U('http://127.0.0.1:9/'), { HTTP_PROXY: 'http://plain:4' }).proxy?.host, 'plain:4');
  assert.equal(routeFor(url, { HTTPS_PROXY: 'proxy.corp:3128' }).proxy?.href, 'http://proxy.corp:3128/', 'a bare host:port is an http proxy');
  const bypass = routeFor(url, { HTTPS_PROXY: 'http://up:2', no_proxy: '.amazonaws.com' });
  assert.equal(bypass.proxy, null);
  assert.equal(bypass.via, 'direct (no_proxy: .amazonaws.com)');
});

test('proxy credentials never appear in what is shown', () => {
  const r = routeFor(U('https://a.example/'), { HTTPS_PROXY: 'http://alice:p%40ss-w0rd@proxy.corp:3128' });
  assert.equal(r.via, 'proxy http://alice:***@proxy.corp:3128 (HTTPS_PROXY)');
  assert.equal(r.proxy?.password, 'p%40ss-w0rd', 'the client still gets them');
  assert.equal(redactUrl('http://bob:secret@h:1/'), 'http://bob:***@h:1');
  assert.equal(redactUrl('https://h:1/path'), 'https://h:1/path');
});

test('a proxy we cannot use is a problem that says how to fix it', () => {
  assert.match(routeFor(U('https://a.example/'), { HTTPS_PROXY: 'socks5://alice:pw@h:1080' }).problem ?? '', /names a socks5 proxy; only http:\/\/ and https:\/\//);
  assert.doesNotMatch(routeFor(U('https://a.example/'), { HTTPS_PROXY: 'socks5://alice:pw@h:1080' }).via, /pw/);
  assert.match(routeFor(U('https://a.example/'), { HTTPS_PROXY: 'http://[bad' }).problem ?? '', /HTTPS_PROXY is not a proxy URL/);
});

test('CA bundle: AWS_CA_BUNDLE over the profile\'s ca_bundle; NODE_EXTRA_CA_CERTS carried along', () => {
  const url = U('https://a.example/');
  assert.deepEqual(routeFor(url, { AWS_CA_BUNDLE: '/env.pem' }, '/profile.pem').caBundle, { file: '/env.pem', from: 'AWS_CA_BUNDLE' });
  assert.deepEqual(routeFor(url, {}, '/profile.pem').caBundle, { file: '/profile.pem', from: 'ca_bundle in ~/.aws/config' });
  assert.equal(routeFor(url, {}).caBundle, null);
  assert.equal(routeFor(url, { NODE_EXTRA_CA_CERTS: '/extra.pem' }).nodeExtraCa, '/extra.pem');
});

test('endpoints: regions must be region names; plain http only to this machine', () => {
  assert.equal(endpointProblem(U('http://127.0.0.1:9'), 'X'), null);
  assert.equal(endpointProblem(U('http://localhost:9'), 'X'), null);
  assert.equal(endpointProblem(U('http://[::1]:9'), 'X'), null);
  assert.match(endpointProblem(U('http://10.0.0.1'), 'AWS_ENDPOINT_URL') ?? '', /AWS_ENDPOINT_URL=http:\/\/10\.0\.0\.1 is refused/);
  assert.match(endpointProblem(U('ftp://a.example'), 'X') ?? '', /refused/);
  const ok = serviceEndpoint({}, ['AWS_ENDPOINT_URL_SSO_OIDC'], 'oidc', 'eu-west-1', 'sso_region');
  assert.ok(ok.ok && ok.url.href === 'https://oidc.eu-west-1.amazonaws.com/');
  const bad = serviceEndpoint({ AWS_ENDPOINT_URL_SSO_OIDC: 'https://127.0.0.1:1' }, ['AWS_ENDPOINT_URL_SSO_OIDC'], 'oidc', 'x/#', 'sso_region of [sso-session corp] in /h/.aws/config');
  assert.ok(!bad.ok && /sso_region of \[sso-session corp\] in \/h\/\.aws\/config is "x\/#", not a region name/.test(bad.message));
  const over = serviceEndpoint({ AWS_ENDPOINT_URL_SSO_OIDC: 'https://127.0.0.1:1/base' }, ['AWS_ENDPOINT_URL_SSO_OIDC'], 'oidc', 'eu-west-1', 'r');
  assert.ok(over.ok && over.from === 'AWS_ENDPOINT_URL_SSO_OIDC');
});

test('NO_PROXY: a bare IPv6 address (::1) matches that host, as in NO_PROXY=localhost,127.0.0.1,::1', () => {
  assert.equal(noProxyMatch(new URL('http://[::1]:8080/x'), 'localhost,127.0.0.1,::1'), '::1');
  assert.equal(noProxyMatch(new URL('https://[2001:db8::1]/'), '::1'), null);
});

test('redactUrl: a query or fragment (a presigned token) is never shown, the proxy password neither', () => {
  assert.equal(redactUrl('http://10.0.0.1/x?X-Amz-Security-Token=SECRET#frag'), 'http://10.0.0.1/x');
  assert.equal(redactUrl('http://user:pw@proxy.corp:3128/'), 'http://user:***@proxy.corp:3128');
});
