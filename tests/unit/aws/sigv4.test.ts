import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalRequest, sha256Hex, signV4, toAmzDate } from '../../../src/core/aws/sigv4.ts';

// AWS Signature Version 4 test suite, "get-vanilla" and "get-vanilla-query-order-key-case".
const SUITE = {
  region: 'us-east-1',
  service: 'service',
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  amzDate: '20150830T123600Z',
  method: 'GET',
  headers: { Host: 'example.amazonaws.com', 'X-Amz-Date': '20150830T123600Z' },
  payloadHash: sha256Hex(''),
};

test('sigv4: get-vanilla matches the published signature', () => {
  assert.equal(
    signV4({ ...SUITE, url: new URL('https://example.amazonaws.com/') }),
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
  );
});

test('sigv4: get-vanilla canonical request is the published one', () => {
  const { text } = canonicalRequest({ ...SUITE, url: new URL('https://example.amazonaws.com/') });
  assert.equal(text, 'GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('sigv4: query parameters are sorted before signing (get-vanilla-query-order-key-case)', () => {
  const auth = signV4({ ...SUITE, url: new URL('https://example.amazonaws.com/?Param2=value2&Param1=value1') });
  assert.match(auth, /Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500$/);
});

test('sigv4: amz date format', () => {
  assert.equal(toAmzDate(Date.UTC(2015, 7, 30, 12, 36, 0, 999)), '20150830T123600Z');
});
