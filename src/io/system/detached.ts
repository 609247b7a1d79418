// The only code that starts one of our own bundles in the background: `node <script> <args>` fully detached (its own
// process group, no stdio, never waited for), returning at once. The prompt hook's STS probe, the sync run, the
// slash command's login: each has its own deadline inside.
import { spawn } from 'node:child_process';

export function startDetachedNode(args: string[], env: Record<string, string | undefined>): { ok: true; pid: number } | { ok: false; reason: string } {
  try {
    const child = spawn(process.execPath, args, { env, stdio: 'ignore', detached: true, windowsHide: true });
    // Reported through the result it never records; the caller has already returned.
    child.on('error', () => undefined);
    child.unref();
    return child.pid === undefined ? { ok: false, reason: 'node did not start' } : { ok: true, pid: child.pid };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
}
