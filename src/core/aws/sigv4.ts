// AWS Signature Version 4 for one small request (STS GetCallerIdentity), with node:crypto only: pulling in the
// AWS SDK would cost every run of the hook megabytes of parsing. Deterministic: the date is passed in.
import { createHash, createHmac } from 'node:crypto';

export interface SignInput {
  method: string;
  url: URL;
  /** Headers to sign; must include host and x-amz-date (and x-amz-security-token when there is a session token). */
  headers: Record<string, string>;
  /** Hex SHA-256 of the body. */
  payloadHash: string;
  region: string;
  service: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `YYYYMMDDTHHMMSSZ` */
  amzDate: string;
}

export const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');

const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** `20150830T123600Z` for an epoch-ms time. */
export function toAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

// RFC 3986 unreserved characters stay; everything else is %XX, uppercase (encodeURIComponent leaves !'()* alone).
const uriEncode = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalQuery(url: URL): string {
  const pairs = [...url.searchParams].map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  pairs.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

export function canonicalRequest(i: Pick<SignInput, 'method' | 'url' | 'headers' | 'payloadHash'>): { text: string; signedHeaders: string } {
  const entries = Object.entries(i.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')] as const);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const signedHeaders = entries.map(([k]) => k).join(';');
  const text = [
    i.method.toUpperCase(),
    i.url.pathname || '/',
    canonicalQuery(i.url),
    entries.map(([k, v]) => `${k}:${v}\n`).join(''),
    signedHeaders,
    i.payloadHash,
  ].join('\n');
  return { text, signedHeaders };
}

/** The Authorization header value for the request. */
export function signV4(i: SignInput): string {
  const date = i.amzDate.slice(0, 8);
  const scope = `${date}/${i.region}/${i.service}/aws4_request`;
  const { text, signedHeaders } = canonicalRequest(i);
  const stringToSign = ['AWS4-HMAC-SHA256', i.amzDate, scope, sha256Hex(text)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${i.secretAccessKey}`, date), i.region), i.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
