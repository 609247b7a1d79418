// Ends a child process and everything it started. On Unix the child leads its own process group (spawned with
// `detached`), so one signal to -pid reaches the tree. Windows has no process groups and `child.kill()` ends one
// process: an npm `.cmd` shim's node and the browser it opened would survive, so there `taskkill /T /F` walks the tree.
import type { spawn as Spawn } from 'node:child_process';

/** How long taskkill itself may take before we stop waiting for it. */
const TASKKILL_DEADLINE_MS = 5_000;

/**
 * `spawn` is passed in so a caller that loads node:child_process lazily (the status line) keeps doing so; `platform`
 * so tests can model Windows here.
 */
export function killTree(pid: number | undefined, signal: NodeJS.Signals, spawn: typeof Spawn, platform: NodeJS.Platform = process.platform): void {
  if (pid === undefined) return;
  try {
    if (platform === 'win32') {
      const tk = spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true, timeout: TASKKILL_DEADLINE_MS });
      tk.on('error', () => undefined); // no taskkill: nothing better to try
    } else {
      process.kill(-pid, signal);
    }
  } catch {
    /* already gone */
  }
}
