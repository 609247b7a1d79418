// `setup --migrate` (and every setup): a config.json written for the plugin we replace is rewritten as ours, after a
// timestamped backup. Its state files (`.last-sync`, `.auto-login.lock` next to the config) are left alone.
import { join } from 'node:path';
import { formatError } from '../../core/errors.ts';
import { parseStrictJson } from '../../core/settings/json-edit.ts';
import { migrateUpstream } from '../../core/config/upstream-config.ts';
import { stripBom } from '../../core/text.ts';
import { migrateText, setupText } from '../../core/settings/setup-text.ts';
import type { Paths } from '../../io/system/paths.ts';
import { readTextFile, writeTextFile } from '../../io/system/text-file.ts';

export interface MigrateResult {
  lines: string[];
  error: string | null;
}

/** Nothing to say when the file is absent, TOML, or already ours; `explicit` (--migrate) says so instead. */
export function migrateConfigFile(paths: Paths, o: { dryRun: boolean; now: Date; explicit: boolean }): MigrateResult {
  const quiet = (why: string): MigrateResult => ({ lines: o.explicit ? [migrateText.nothing(paths.configJson, why)] : [], error: null });
  const cur = readTextFile(paths.configJson);
  if (!cur.ok) return { lines: [], error: formatError(cur.error) };
  if (cur.value.text === null || !cur.value.text.trim()) return quiet('no such file');
  const parsed = parseStrictJson(stripBom(cur.value.text));
  if (!parsed.ok) {
    return { lines: [], error: o.explicit ? setupText.badJson(paths.configJson, parsed) : null };
  }
  const raw = parsed.value;
  const m = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? migrateUpstream(raw as Record<string, unknown>) : null;
  if (!m) return quiet('already in our format');
  const lines = migrateText.rewritten(paths.configJson, o.dryRun, m.changes, m.refused);
  if (o.dryRun) return { lines, error: null };
  const w = writeTextFile(cur.value, `${JSON.stringify(m.raw, null, 2)}\n`, { backupDir: join(paths.stateDir, 'backups'), now: o.now });
  if (!w.ok) return { lines, error: formatError(w.error) };
  lines.push(migrateText.backup(w.value.backup));
  if (m.refused.some((r) => r.includes('.sshPassword '))) lines.push(migrateText.sshPasswordKept);
  return { lines, error: null };
}
