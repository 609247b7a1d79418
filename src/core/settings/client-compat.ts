// What the Claude Code client does by itself, by version, and so what the plugin adds on it. Measured against a
// fake Bedrock (tests/e2e/client-differences.test.ts, bisected over the registry's releases).
import { compareVersions } from './plugin-dir.ts';

/** The oldest client CI proves the plugin on (pinned in devDependencies). */
export const OLDEST_VERIFIED = '2.1.197';
/** The newest client CI proves the plugin on (the `claude-code-latest` npm alias). */
export const LATEST_VERIFIED = '2.1.332';
/** The first client that re-reads ~/.aws/credentials after a Bedrock 403 on its own. */
export const NATIVE_REREAD_SINCE = '2.1.207';

export interface ClientCheck {
  status: 'ok' | 'warn';
  title: string;
  fix?: string;
}

/** `claude --version` prints `2.1.332 (Claude Code)`; null when it printed nothing like a version. */
export function parseClientVersion(output: string): string | null {
  return /^\s*(\d+\.\d+\.\d+)\b/.exec(output)?.[1] ?? null;
}

export function describeClient(version: string | null): ClientCheck {
  if (version === null) {
    return { status: 'warn', title: 'Claude Code version unknown (`claude --version` gave none)', fix: 'put the claude you run on PATH, so doctor can say what your client does by itself' };
  }
  const adds = 'a login before expiry (no 403), one login for all sessions, the warning and the countdown, and recovery when nobody logged in';
  const native = (compareVersions(version, NATIVE_REREAD_SINCE) ?? 0) >= 0;
  const head = native
    ? `Claude Code ${version} re-reads ~/.aws/credentials after a 403 by itself (since ${NATIVE_REREAD_SINCE}); the plugin adds ${adds}`
    : `Claude Code ${version} keeps its cached keys after a 403 (before ${NATIVE_REREAD_SINCE}); the plugin makes it pick up a new login, and adds ${adds}`;
  if ((compareVersions(version, OLDEST_VERIFIED) ?? 0) < 0) {
    return { status: 'warn', title: `${head}; older than ${OLDEST_VERIFIED}, the oldest client tested`, fix: 'update Claude Code (claude update)' };
  }
  return { status: 'ok', title: head };
}
