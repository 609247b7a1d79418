// awsCredentialExport and awsAuthRefresh in settings.json: add ours, re-point ours, put back what --uninstall
// should, and refuse (without --force) to replace a command that is someone else's. Pure.
import { fail, ok, type Result } from '../errors.ts';
import { displayCommand, findScript, repointCommand, scriptCommand } from './command-path.ts';
import type { JSONPath } from './json-edit.ts';
import type { KeyPlan, PlanOptions, SettingsRecord } from './settings-types.ts';
import { COMMAND_KEYS, commandOf, SCRIPT_OF } from './wiring.ts';

export function planCommandKeys(settings: Record<string, unknown>, file: string, o: PlanOptions, record: SettingsRecord | null): Result<KeyPlan> {
  const out: KeyPlan = { edits: [], changes: [], record };
  const set = (path: JSONPath, value: unknown) => void out.edits.push([path, value]);
  const conflicts: string[] = [];
  for (const key of COMMAND_KEYS) {
    if (o.mode === 'heal' && o.healKeys && !o.healKeys.includes(key)) continue;
    const cur = settings[key];
    const cmd = commandOf(settings, key);
    const mine = cmd !== null && findScript(cmd, SCRIPT_OF[key]) !== null;
    if (o.mode === 'uninstall') {
      if (!mine) continue;
      const before = out.record?.replaced?.[key];
      set([key], before);
      out.changes.push(before === undefined ? { key, action: 'remove', before: cur } : { key, action: 'restore', before: cur, after: before });
    } else if (mine) {
      // The plugin we replace left this pointer: kept, so --uninstall can hand the key back to it.
      if (findScript(cmd, SCRIPT_OF[key])!.legacy && out.record?.replaced?.[key] === undefined) {
        out.record = { ...out.record, replaced: { ...out.record?.replaced, [key]: cur } };
      }
      const next = repointCommand(cmd, SCRIPT_OF[key], o.root, o.platform)!;
      if (next !== cmd) {
        set([key], next);
        out.changes.push({ key, action: 'update', before: cmd, after: next });
      }
    } else if (o.mode === 'heal') {
      continue;
    } else if (cur === undefined || cur === null || cur === '') {
      const next = scriptCommand(o.root, SCRIPT_OF[key], o.platform);
      // An explicit "" or null is still the user's: --uninstall puts it back rather than deleting the key.
      if (cur !== undefined) out.record = { ...out.record, replaced: { ...out.record?.replaced, [key]: cur } };
      set([key], next);
      out.changes.push({ key, action: 'add', after: next });
    } else if (o.force) {
      const next = scriptCommand(o.root, SCRIPT_OF[key], o.platform);
      out.record = { ...out.record, replaced: { ...out.record?.replaced, [key]: cur } };
      set([key], next);
      out.changes.push({ key, action: 'update', before: cur, after: next, note: 'yours is saved; --uninstall puts it back' });
    } else {
      conflicts.push(key);
    }
  }
  if (conflicts.length) {
    const key = conflicts[0]!;
    const shown = JSON.stringify(typeof settings[key] === 'string' ? displayCommand(settings[key]) : settings[key]);
    return fail(
      'SETTINGS_CONFLICT',
      `${file}: ${conflicts.join(' and ')} already ${conflicts.length > 1 ? 'run commands' : `runs ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}`} that are not cc-aws-keepalive's`,
      key === 'awsAuthRefresh' || conflicts.length > 1
        ? 'to keep your login command, put it in "autoLoginCmd" of our config (we run it when a login is needed); then re-run with --force to replace them (saved, and --uninstall puts them back); nothing was changed'
        : 're-run with --force to replace it (saved, and --uninstall puts it back); nothing was changed',
    );
  }
  return ok(out);
}
