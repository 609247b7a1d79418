// The AWS event-stream framing Bedrock uses for invoke-with-response-stream, written from the format's definition:
// prelude (total length, headers length, prelude CRC32), string headers, payload, message CRC32. All big-endian.
import * as zlib from 'node:zlib';

/** node:zlib has crc32 from Node 20.15 / 22.2; older runtimes get the classic table version. */
const crc32: (data: Uint8Array) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function'
    ? (data) => (zlib as unknown as { crc32(d: Uint8Array): number }).crc32(data)
    : tableCrc32();

function tableCrc32(): (data: Uint8Array) => number {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return (data) => {
    let c = 0xffffffff;
    for (const byte of data) c = table[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
}

const STRING_HEADER = 7;

/** One event-stream message whose headers are all strings (all Bedrock sends for chunks). */
export function encodeMessage(headers: Record<string, string>, payload: Buffer): Buffer {
  const headerParts: Buffer[] = [];
  for (const [name, value] of Object.entries(headers)) {
    const n = Buffer.from(name, 'utf8');
    const v = Buffer.from(value, 'utf8');
    const h = Buffer.alloc(1 + n.length + 1 + 2 + v.length);
    h.writeUInt8(n.length, 0);
    n.copy(h, 1);
    h.writeUInt8(STRING_HEADER, 1 + n.length);
    h.writeUInt16BE(v.length, 2 + n.length);
    v.copy(h, 4 + n.length);
    headerParts.push(h);
  }
  const headerBytes = Buffer.concat(headerParts);
  const total = 12 + headerBytes.length + payload.length + 4;
  const msg = Buffer.alloc(total);
  msg.writeUInt32BE(total, 0);
  msg.writeUInt32BE(headerBytes.length, 4);
  msg.writeUInt32BE(crc32(msg.subarray(0, 8)), 8);
  headerBytes.copy(msg, 12);
  payload.copy(msg, 12 + headerBytes.length);
  msg.writeUInt32BE(crc32(msg.subarray(0, total - 4)), total - 4);
  return msg;
}

/** A Bedrock stream chunk carrying one Anthropic streaming event. */
export function chunkMessage(event: unknown): Buffer {
  const bytes = Buffer.from(JSON.stringify(event), 'utf8').toString('base64');
  return encodeMessage(
    { ':event-type': 'chunk', ':content-type': 'application/json', ':message-type': 'event' },
    Buffer.from(JSON.stringify({ bytes }), 'utf8'),
  );
}

/** Decodes a buffer of messages (for the self-check test): headers and payload of each. */
export function decodeMessages(buf: Buffer): { headers: Record<string, string>; payload: Buffer }[] {
  const out: { headers: Record<string, string>; payload: Buffer }[] = [];
  let off = 0;
  while (off < buf.length) {
    const total = buf.readUInt32BE(off);
    const hlen = buf.readUInt32BE(off + 4);
    if (buf.readUInt32BE(off + 8) !== crc32(buf.subarray(off, off + 8))) throw new Error('prelude CRC mismatch');
    if (buf.readUInt32BE(off + total - 4) !== crc32(buf.subarray(off, off + total - 4))) throw new Error('message CRC mismatch');
    const headers: Record<string, string> = {};
    let h = off + 12;
    while (h < off + 12 + hlen) {
      const nlen = buf.readUInt8(h);
      const name = buf.toString('utf8', h + 1, h + 1 + nlen);
      const vlen = buf.readUInt16BE(h + 2 + nlen);
      headers[name] = buf.toString('utf8', h + 4 + nlen, h + 4 + nlen + vlen);
      h += 4 + nlen + vlen;
    }
    out.push({ headers, payload: buf.subarray(off + 12 + hlen, off + total - 4) });
    off += total;
  }
  return out;
}

export const crc32ForTest = crc32;
export const tableCrc32ForTest = tableCrc32();
