// The only code that touches stdin and stdout. Output goes through plain fs calls on fd 1 (`process.stdout` on a
// pipe loads Node's whole net and streams stack for one small write).
// Claude Code writes its JSON and closes the pipe at once; a terminal (someone running the script by hand) or a
// writer that keeps the pipe open must never hang a hook. A read of fd 0 on the thread pool cannot be cancelled:
// it outlives any deadline and even holds up process.exit, which waits for the pool. So a pipe or socket is read
// as a non-blocking stream (libuv polls it, no thread waits on it) that the deadline simply closes.
import { fstatSync, readSync, writeSync } from 'node:fs';

/** Hook and status line payloads are a few KiB; past this we stop reading (the rest is not ours to need). */
const MAX_STDIN_BYTES = 1024 * 1024;

export async function readStdin(timeoutMs: number): Promise<string> {
  let st;
  try {
    st = fstatSync(0);
  } catch {
    return ''; // no fd 0 at all
  }
  // A terminal or /dev/null is a character device: nothing is coming. A directory cannot be read.
  if (st.isCharacterDevice() || st.isDirectory()) return '';
  // A file redirected in (`< payload.json`) never blocks.
  if (st.isFile()) return readFileFd(st.size);
  const { Socket } = await import('node:net');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    let sock: InstanceType<typeof Socket>;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock?.destroy();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const timer = setTimeout(finish, timeoutMs);
    try {
      sock = new Socket({ fd: 0, readable: true, writable: false });
    } catch {
      return finish();
    }
    sock.on('data', (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size >= MAX_STDIN_BYTES) finish();
    });
    sock.on('end', finish);
    sock.on('error', finish);
    sock.on('close', finish);
  });
}

function readFileFd(size: number): string {
  const buf = Buffer.alloc(Math.min(size, MAX_STDIN_BYTES));
  let off = 0;
  try {
    while (off < buf.length) {
      const n = readSync(0, buf, off, buf.length - off, null);
      if (n === 0) break;
      off += n;
    }
  } catch {
    /* what we have is what there is */
  }
  return buf.subarray(0, off).toString('utf8');
}

/** Writes all of `text` to fd 1 before returning, so the entry may exit right after. */
export function writeStdout(text: string): void {
  const data = Buffer.from(text, 'utf8');
  let off = 0;
  for (let spins = 0; off < data.length && spins < 500; ) {
    try {
      off += writeSync(1, data, off);
    } catch (err) {
      // A full non-blocking pipe: the reader drains it in a moment.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
      spins++;
    }
  }
}
