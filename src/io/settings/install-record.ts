// What an install replaced in settings.json (a user's own command, a status line), so --uninstall can put it
// back exactly. Kept in our state folder, keyed by settings file, because several CLAUDE_CONFIG_DIRs can exist.
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsRecord } from '../../core/settings/settings-plan.ts';
import { isRecord } from '../../core/settings/wiring.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';
import { readOwnText } from '../system/safe-read.ts';

const recordFile = (stateDir: string) => join(stateDir, 'settings-record.json');

function readAll(stateDir: string): Record<string, SettingsRecord> {
  try {
    const v: unknown = JSON.parse(readOwnText(recordFile(stateDir)) ?? '');
    return isRecord(v) ? (v as Record<string, SettingsRecord>) : {};
  } catch {
    // No record (the common case) or a damaged one: uninstall then falls back to statusLineCmd.
    return {};
  }
}

export function readInstallRecord(stateDir: string, settingsFile: string): SettingsRecord | null {
  const r = readAll(stateDir)[settingsFile];
  return isRecord(r) ? r : null;
}

export function writeInstallRecord(stateDir: string, settingsFile: string, record: SettingsRecord | null): void {
  const all = readAll(stateDir);
  if (record && Object.keys(record).length) all[settingsFile] = record;
  else delete all[settingsFile];
  if (Object.keys(all).length) {
    writeFileAtomic(recordFile(stateDir), `${JSON.stringify(all, null, 2)}\n`);
    return;
  }
  try {
    unlinkSync(recordFile(stateDir));
  } catch {
    /* already gone */
  }
}
