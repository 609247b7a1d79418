// A copy of the built plugin where Claude Code would install it (<config>/plugins/cache/<mkt>/<plugin>/<version>),
// or anywhere else (a git clone), so entries run with the plugin directory they will really have.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { NODE, ROOT, type RunResult } from './run-entry.ts';

export function cachePluginDir(claudeDir: string, version: string, marketplace = 'cc-aws-keepalive'): string {
  return join(claudeDir, 'plugins', 'cache', marketplace, 'cc-aws-keepalive', version);
}

/** Copies dist/, config.example.json, the manifests and the login templates into `dir`. */
export function copyPlugin(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const p of ['dist', 'config.example.json', '.claude-plugin', 'hooks', 'commands', 'templates']) {
    try {
      cpSync(join(ROOT, p), join(dir, p), { recursive: true });
    } catch {
      /* not every checkout has every folder */
    }
  }
  return dir;
}

export function runScript(
  file: string,
  opts: { env: Record<string, string>; args?: string[]; stdin?: string; timeoutMs?: number; cwd?: string },
): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    // CC_TEST_NODE, like runEntry: install, session-start and cli run on the Node under test too.
    const child = spawn(NODE, [file, ...(opts.args ?? [])], { env: opts.env, cwd: opts.cwd ?? opts.env.HOME, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    // A script that exits before reading its stdin (most do) must not fail the test with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.stdin ?? '');
  });
}
