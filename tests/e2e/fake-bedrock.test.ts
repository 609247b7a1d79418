// The fake Bedrock itself, checked fast and without Claude Code: the scenarios are only as honest as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { request } from 'node:http';
import { chunkMessage, crc32ForTest, decodeMessages, encodeMessage, tableCrc32ForTest } from './eventstream.ts';
import { parseAuthorization, startFakeBedrock, SIDE_REPLY } from './fake-bedrock.ts';

const auth = (akid: string, service = 'bedrock') =>
  `AWS4-HMAC-SHA256 Credential=${akid}/20261124/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=00`;

function call(url: string, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const u = new URL(url);
    const req = request({ host: u.hostname, port: u.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (d: Buffer) => parts.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end(opts.body ?? '');
  });
}

test('CRC32: the table version matches the check value and node:zlib', () => {
  assert.equal(tableCrc32ForTest(Buffer.from('123456789')), 0xcbf43926);
  assert.equal(crc32ForTest(Buffer.from('123456789')), 0xcbf43926);
});

test('event-stream frames round-trip with valid prelude and message CRCs', () => {
  const frames = Buffer.concat([encodeMessage({ a: 'b' }, Buffer.from('xyz')), chunkMessage({ type: 'message_stop' })]);
  const [first, second] = decodeMessages(frames);
  assert.deepEqual(first?.headers, { a: 'b' });
  assert.equal(first?.payload.toString(), 'xyz');
  assert.deepEqual(second?.headers, { ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' });
  const bytes = JSON.parse(second!.payload.toString()).bytes as string;
  assert.deepEqual(JSON.parse(Buffer.from(bytes, 'base64').toString()), { type: 'message_stop' });
  frames[frames.length - 1]! ^= 1;
  assert.throws(() => decodeMessages(frames), /CRC/);
});

test('parseAuthorization reads the key id and the service from SigV4', () => {
  assert.deepEqual(parseAuthorization(auth('AKIDX', 'sts')), { akid: 'AKIDX', service: 'sts' });
  assert.equal(parseAuthorization(undefined), null);
});

test('model requests: valid key streams a PONG, expired key gets 403 ExpiredTokenException, side requests get no PONG', async (t) => {
  const fb = await startFakeBedrock({ validKeys: ['AKIDOK'] });
  t.after(() => fb.close());
  const body = (tools: boolean) => JSON.stringify({ max_tokens: 100, messages: [{ role: 'user', content: 'hi' }], ...(tools ? { tools: [{ name: 'x' }] } : {}) });
  const path = '/model/us.anthropic.claude-sonnet-4-5-20250929-v1%3A0/invoke-with-response-stream';
  const ok = await call(fb.url, { method: 'POST', path, headers: { authorization: auth('AKIDOK') }, body: body(true) });
  assert.equal(ok.status, 200);
  assert.equal(ok.headers['content-type'], 'application/vnd.amazon.eventstream');
  const events = decodeMessages(ok.body).map((m) => JSON.parse(Buffer.from(JSON.parse(m.payload.toString()).bytes, 'base64').toString()) as { type: string; delta?: { text?: string } });
  assert.deepEqual(events.map((e) => e.type), ['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop']);
  assert.equal(events[2]?.delta?.text, 'PONG-1');

  const side = await call(fb.url, { method: 'POST', path, headers: { authorization: auth('AKIDOK') }, body: body(false) });
  assert.equal(side.status, 200);
  assert.equal(fb.replies(), 1, 'a request without tools is not a turn');
  assert.equal(fb.log().at(-1)?.note, SIDE_REPLY);

  fb.setKey('AKIDOK', 'expired');
  const dead = await call(fb.url, { method: 'POST', path, headers: { authorization: auth('AKIDOK') }, body: body(true) });
  assert.equal(dead.status, 403);
  assert.equal(dead.headers['x-amzn-errortype'], 'ExpiredTokenException');
  assert.deepEqual(JSON.parse(dead.body.toString()), { message: 'The security token included in the request is expired' });
  assert.deepEqual(fb.answered().map((e) => e.akid), ['AKIDOK']);
});

test('STS GetCallerIdentity: XML identity for a valid key, 403 ExpiredToken otherwise', async (t) => {
  const fb = await startFakeBedrock({ validKeys: ['AKIDOK'] });
  t.after(() => fb.close());
  const form = { 'content-type': 'application/x-www-form-urlencoded' };
  const ok = await call(fb.url, { method: 'POST', path: '/', headers: { ...form, authorization: auth('AKIDOK', 'sts') }, body: 'Action=GetCallerIdentity&Version=2011-06-15' });
  assert.equal(ok.status, 200);
  assert.match(ok.body.toString(), /<GetCallerIdentityResponse[\s\S]*<Account>123456789012<\/Account>/);
  const bad = await call(fb.url, { method: 'POST', path: '/', headers: { ...form, authorization: auth('AKIDGONE', 'sts') }, body: 'Action=GetCallerIdentity&Version=2011-06-15' });
  assert.equal(bad.status, 403);
  assert.match(bad.body.toString(), /<Code>ExpiredToken<\/Code>/);
  assert.deepEqual(fb.log().map((e) => [e.kind, e.status, e.akid]), [['sts', 200, 'AKIDOK'], ['sts', 403, 'AKIDGONE']]);
});

test('as a proxy it fails stray requests at once and logs them', async (t) => {
  const fb = await startFakeBedrock();
  t.after(() => fb.close());
  const stray = await call(fb.url, { path: 'http://example.com/x' });
  assert.equal(stray.status, 502);
  const reply = await new Promise<string>((resolve) => {
    const s = connect(fb.port, '127.0.0.1', () => s.write('CONNECT api.anthropic.com:443 HTTP/1.1\r\nhost: api.anthropic.com:443\r\n\r\n'));
    let text = '';
    s.on('data', (d) => (text += d));
    s.on('close', () => resolve(text));
  });
  assert.match(reply, /^HTTP\/1\.1 403/);
  assert.deepEqual(fb.log().map((e) => [e.kind, e.method, e.path]), [['stray', 'GET', 'http://example.com/x'], ['stray', 'CONNECT', 'api.anthropic.com:443']]);
});

test('control API over HTTP: set keys, read the log', async (t) => {
  const fb = await startFakeBedrock();
  t.after(() => fb.close());
  const set = await call(fb.url, { method: 'POST', path: '/__control/keys', body: JSON.stringify({ AKIDNEW: 'valid' }) });
  assert.equal(set.status, 200);
  assert.equal(fb.keyState('AKIDNEW'), 'valid');
  await call(fb.url, { path: '/inference-profiles?type=SYSTEM_DEFINED', headers: { authorization: auth('AKIDNEW') } });
  const log = JSON.parse((await call(fb.url, { path: '/__control/log' })).body.toString()) as { kind: string; status: number }[];
  assert.deepEqual(log.map((e) => [e.kind, e.status]), [['inference-profiles', 200]]);
});
