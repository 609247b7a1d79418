// Installs the shipped login templates (<plugin>/templates/) into our config folder. A copy the user changed is
// never overwritten: we remember the hash of what we installed, so an untouched older copy is updated and an
// edited one is kept.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../system/atomic-write.ts';
import type { Paths } from '../system/paths.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export type TemplateOutcome =
  | { state: 'installed' | 'updated' | 'current' | 'would-install' | 'would-update'; file: string }
  | { state: 'kept'; file: string; shipped: string }
  | { state: 'error'; message: string };

function recordFile(paths: Paths): string {
  return join(paths.stateDir, 'templates.json');
}

function readRecord(paths: Paths): Record<string, string> {
  try {
    const v = JSON.parse(readFileSync(recordFile(paths), 'utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function installTemplate(name: string, root: string, paths: Paths, dryRun: boolean): TemplateOutcome {
  const shipped = join(root, 'templates', name);
  const dest = join(paths.configDir, name);
  let text: string;
  try {
    text = readFileSync(shipped, 'utf8');
  } catch {
    return { state: 'error', message: `${shipped} is missing; reinstall cc-aws-keepalive` };
  }
  let current: string | null = null;
  try {
    current = readFileSync(dest, 'utf8');
  } catch {
    /* not installed yet */
  }
  if (current === text) return { state: 'current', file: dest };
  const record = readRecord(paths);
  if (current !== null && record[name] !== sha(current)) return { state: 'kept', file: dest, shipped };
  if (dryRun) return { state: current === null ? 'would-install' : 'would-update', file: dest };
  try {
    mkdirSync(paths.configDir, { recursive: true, mode: 0o700 });
    chmodSync(paths.configDir, 0o700);
    writeFileAtomic(dest, text, 0o700);
    writeFileAtomic(recordFile(paths), `${JSON.stringify({ ...record, [name]: sha(text) }, null, 2)}\n`);
  } catch (err) {
    return { state: 'error', message: `cannot write ${dest} (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  return { state: current === null ? 'installed' : 'updated', file: dest };
}
