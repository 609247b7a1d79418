// The only code that touches stdin and stdout, through plain fs calls on fds 0 and 1: `process.stdin` and
// `process.stdout` load Node's whole net and streams stack, a measurable share of a hook's start.
// What is on fd 0 decides how it is read, so that a writer that never closes it cannot hold us:
// - a socket is what Claude Code hands a hook or status line (measured on 2.1.197): it writes the JSON and closes
//   at once, so blocking reads to the end cost nothing. A socket held open without an end is ended by the client's
//   hook timeout: a blocked read on the main thread leaves SIGTERM's default action in place, so we die at once;
// - a pipe or FIFO (`sleep 6 | node …`, a wrapper script) is reopened non-blocking through /proc on Linux and polled
//   under the deadline; elsewhere it is read as a non-blocking stream that the deadline closes;
// - a file redirected in is read directly; a terminal, /dev/null or a directory gives nothing.
// Never a read on the thread pool: a read there cannot be cancelled and holds process.exit until the writer closes.
import { closeSync, constants, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/** Hook and status line payloads are a few KiB; past this we stop reading (the rest is not ours to need). */
const MAX_STDIN_BYTES = 1024 * 1024;

export async function readStdin(timeoutMs: number): Promise<string> {
  let st;
  try {
    st = fstatSync(0);
  } catch {
    return ''; // no fd 0 at all
  }
  if (st.isCharacterDevice() || st.isDirectory()) return '';
  if (st.isFile() || st.isSocket()) return readToEnd(0);
  const fd = reopenNonBlocking();
  if (fd !== null) return pollFd(fd, timeoutMs);
  return readAsStream(timeoutMs);
}

/** Blocking reads of `fd` until its end or the size cap. */
function readToEnd(fd: number): string {
  const chunks: Buffer[] = [];
  let size = 0;
  const buf = Buffer.alloc(64 * 1024);
  try {
    while (size < MAX_STDIN_BYTES) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, MAX_STDIN_BYTES - size), null);
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
      size += n;
    }
  } catch {
    /* EOF (Windows reports a closed pipe as an error), or a non-blocking fd with nothing yet: what we have is all */
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Linux: a pipe opened again through /proc is a description of its own, so O_NONBLOCK touches nobody else's. */
function reopenNonBlocking(): number | null {
  if (process.platform !== 'linux') return null;
  try {
    return openSync('/proc/self/fd/0', constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return null;
  }
}

function pollFd(fd: number, timeoutMs: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const buf = Buffer.alloc(64 * 1024);
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const finish = () => {
      closeSync(fd);
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const step = (): void => {
      for (;;) {
        let n: number;
        try {
          n = readSync(fd, buf, 0, buf.length, null);
        } catch (err) {
          // Nothing in the pipe yet: look again shortly, until the deadline.
          if ((err as NodeJS.ErrnoException).code === 'EAGAIN' && Date.now() < deadline) return void setTimeout(step, 5);
          return finish();
        }
        if (n === 0) return finish();
        chunks.push(Buffer.from(buf.subarray(0, n)));
        size += n;
        if (size >= MAX_STDIN_BYTES) return finish();
      }
    };
    step();
  });
}

/** A pipe where /proc cannot help (macOS, Windows): libuv polls it, and the deadline simply closes it. */
async function readAsStream(timeoutMs: number): Promise<string> {
  const { Socket } = await import('node:net');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    let sock: InstanceType<typeof Socket> | undefined;
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
