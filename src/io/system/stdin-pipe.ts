// stdin when it is a pipe or FIFO (io/system/stdin.ts has the why): a file of its own, loaded only then, since what
// Claude Code hands a hook is a socket.
import { closeSync, constants, openSync, readSync } from 'node:fs';
import { Socket } from 'node:net';

/** Reads a pipe on fd 0 until its end, `maxBytes` or the deadline, whichever comes first. */
export function readPipe(timeoutMs: number, maxBytes: number): Promise<string> {
  const fd = reopenNonBlocking();
  return fd !== null ? pollFd(fd, timeoutMs, maxBytes) : readAsStream(timeoutMs, maxBytes);
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

function pollFd(fd: number, timeoutMs: number, maxBytes: number): Promise<string> {
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
        if (size >= maxBytes) return finish();
      }
    };
    step();
  });
}

/** A pipe where /proc cannot help (macOS, Windows): libuv polls it, and the deadline simply closes it. */
function readAsStream(timeoutMs: number, maxBytes: number): Promise<string> {
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
      if (size >= maxBytes) finish();
    });
    sock.on('end', finish);
    sock.on('error', finish);
    sock.on('close', finish);
  });
}
