// Runs a profile's `credential_process` for the export, as the AWS SDK does (through the shell), so a
// credential_process profile needs no AWS CLI: stdin closed, stdout read as the process JSON, stderr passed on line
// by line with secrets redacted, the whole process group killed at the deadline. Its `Expiration` is kept by
// io/aws/process-expiry.ts, so the status line and prompt hook can count down without running it.
import { spawn } from 'node:child_process';
import { fail, ok, type Result } from '../../core/errors.ts';
import { expiryReason, parseProcessCredentials } from '../../core/aws/aws-config.ts';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import type { Expiry } from '../../core/aws/expiry.ts';
import { cleanOutputLine } from '../../core/redact.ts';
import { killTree as killProcessTree } from '../system/kill-tree.ts';

/** Long enough for a helper that opens a browser for an OIDC sign-in; Claude Code itself waits forever. */
export const CREDENTIAL_PROCESS_DEADLINE_MS = 60_000;
const MAX_STDOUT = 1024 * 1024;
/** After the process exits, a background child may still hold our pipes: we read this long more, then answer. */
const DRAIN_MS = 300;

export function runCredentialProcess(
  command: string,
  profile: string,
  env: Record<string, string | undefined>,
  hint: string,
  onStderr: (line: string) => void,
  timeoutMs = CREDENTIAL_PROCESS_DEADLINE_MS,
): Promise<Result<ProfileCredentials>> {
  const who = `credential_process of profile "${profile}"`;
  return new Promise((resolve) => {
    let stdout = '';
    let partial = '';
    let lastErr = '';
    const child = spawn(command, { shell: true, env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', windowsHide: true });
    const killTree = () => killProcessTree(child.pid, 'SIGKILL', spawn);
    const timer = setTimeout(() => {
      killTree();
      finish(fail('CREDENTIAL_PROCESS', `${who} did not finish within ${Math.round(timeoutMs / 1000)} s`, hint));
    }, timeoutMs);
    let done = false;
    const finish = (r: Result<ProfileCredentials>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve(r);
    };
    const line = (raw: string) => {
      const l = cleanOutputLine(raw);
      if (l === null) return;
      lastErr = l;
      onStderr(l);
    };
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (c: string) => {
      if (stdout.length < MAX_STDOUT) stdout += c;
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (c: string) => {
      const parts = (partial + c).split(/\r\n|\n|\r/);
      partial = parts.pop() ?? '';
      parts.forEach(line);
    });
    child.on('error', (err) => finish(fail('CREDENTIAL_PROCESS', `${who} could not be started (${err.message})`, hint)));
    // The answer comes at the process's exit, not when its pipes close: a child it left running (a token-refresh
    // daemon, a `.cmd` shim's node) may hold them open for minutes. A short drain collects output still in flight.
    let exitCode: number | null = null;
    let drain: NodeJS.Timeout | undefined;
    const answer = () => {
      clearTimeout(drain);
      if (done) return;
      if (partial) line(partial);
      // A background grandchild keeping the group alive must not outlive our answer. POSIX only: the group outlives
      // its leader there, while on Windows the exited pid may already name another process (taskkill only at the
      // deadline, while the tree's root still lives).
      if (process.platform !== 'win32') killTree();
      const code = exitCode;
      if (code !== 0) return finish(fail('CREDENTIAL_PROCESS', `${who} failed (${lastErr || `exit code ${code}`})`, hint));
      const parsed = parseProcessCredentials(stdout, who);
      if (typeof parsed === 'string') return finish(fail('CREDENTIAL_PROCESS', parsed, hint));
      const { expiresAt, ...keys } = parsed;
      const expiry: Expiry = expiresAt === null
        ? { expiresAt: null, source: { kind: 'none' }, reason: expiryReason.processNoExpiration }
        : { expiresAt, source: { kind: 'field', name: 'credential_process Expiration' }, reason: expiryReason.processOutput };
      finish(ok({ ...keys, expiry }));
    };
    child.on('exit', (code) => {
      exitCode = code;
      drain = setTimeout(answer, DRAIN_MS);
    });
    child.on('close', (code) => {
      exitCode = code;
      answer();
    });
  });
}
