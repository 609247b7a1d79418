// The plain-JavaScript SHA-1 and SHA-256 that name the AWS CLI's cache files on the hot path must agree with
// node:crypto byte for byte, or the status line looks for a file that is not there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { sha1Hex } from '../../../src/core/aws/sha1.ts';
import { sha256Hex } from '../../../src/core/aws/sha256.ts';

const samples = ['', 'abc', 'my-sso', 'https://example.awsapps.com/start', 'ünïcødé ✓ 日本', ...Array.from({ length: 130 }, (_, n) => 'x'.repeat(n))];

test('sha1Hex and sha256Hex match node:crypto, across the 55/56/64-byte padding edges and non-ASCII text', () => {
  for (const s of samples) {
    assert.equal(sha1Hex(s), createHash('sha1').update(s, 'utf8').digest('hex'), `sha1 of ${JSON.stringify(s)}`);
    assert.equal(sha256Hex(s), createHash('sha256').update(s, 'utf8').digest('hex'), `sha256 of ${JSON.stringify(s)}`);
  }
  assert.equal(sha1Hex('abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
