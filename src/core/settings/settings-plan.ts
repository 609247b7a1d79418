// From the text of settings.json to the text we would write, and the list of changes to show. Pure.
// We own awsCredentialExport, awsAuthRefresh, our statusLine and our prompt-submit hook entry (core/settings/wiring.ts); each
// has its planner (settings-plan-commands, -statusline, -hook); every other byte of the file is left as it was
// (see json-edit.ts).
import { fail, ok, type Result } from '../errors.ts';
import { displayCommand } from './command-path.ts';
import { duplicateTopLevelKeys, parseStrictJson, setJson, type JSONPath } from './json-edit.ts';
import { planCommandKeys } from './settings-plan-commands.ts';
import { planHook } from './settings-plan-hook.ts';
import { planStatusLine } from './settings-plan-statusline.ts';
import { stripBom } from '../text.ts';
import { isRecord, OWNED_TOP_LEVEL_KEYS } from './wiring.ts';
import type { Change, KeyPlan, PlanOptions, SettingsRecord } from './settings-types.ts';

export type { Change, KeyPlan, PlanOptions, SettingsRecord };

export interface Plan {
  text: string;
  changes: Change[];
  record: SettingsRecord | null;
  /** A new statusLineCmd for our config (the status line we moved aside), or null for no change. */
  statusLineCmd: string | null;
}

const SETTINGS_SKELETON = '{\n}\n';

export function planSettings(original: string | null, file: string, o: PlanOptions): Result<Plan> {
  const bom = original !== null && original.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  // Missing and empty files are what Claude Code itself reads as {}.
  let text = original === null || stripBom(original).trim() === '' ? SETTINGS_SKELETON : stripBom(original);
  const parsed = parseStrictJson(text);
  if (!parsed.ok) {
    if (parsed.tooDeep) return fail('SETTINGS_PARSE', `${file}:${parsed.line}:${parsed.col}: ${parsed.reason}`, 'flatten it by hand; nothing was changed');
    return fail('SETTINGS_PARSE', `${file}:${parsed.line}:${parsed.col}: not valid JSON (${parsed.reason})`, 'fix that line (Claude Code cannot read the file either); nothing was changed');
  }
  if (!isRecord(parsed.value)) {
    return fail('SETTINGS_NOT_OBJECT', `${file} holds ${Array.isArray(parsed.value) ? 'an array' : typeof parsed.value}, not an object of settings`, 'make it an object ({ … }); nothing was changed');
  }
  const dupes = duplicateTopLevelKeys(text, OWNED_TOP_LEVEL_KEYS);
  if (dupes.length) {
    return fail('SETTINGS_DUPLICATE', `${file} has "${dupes[0]}" more than once`, 'keep one of them; nothing was changed');
  }
  const settings = parsed.value;
  const changes: Change[] = [];
  let record: SettingsRecord | null = o.record ? structuredClone(o.record) : null;
  let statusLineCmd: string | null = null;
  const set = (path: JSONPath, value: unknown, opts?: { append?: boolean }) => {
    text = setJson(text, path, value, opts);
  };

  const keys = planCommandKeys(settings, file, o, record);
  if (!keys.ok) return keys;
  for (const [path, value] of keys.value.edits) set(path, value);
  changes.push(...keys.value.changes);
  record = keys.value.record;

  const sl = planStatusLine(settings, o, record);
  for (const [path, value] of sl.edits) set(path, value);
  changes.push(...sl.changes);
  record = sl.record;
  statusLineCmd = sl.statusLineCmd;

  if (o.mode !== 'heal') {
    const hooks = planHook(text, o, record);
    if (!hooks.ok) return hooks;
    text = hooks.value.text;
    changes.push(...hooks.value.changes);
    record = hooks.value.record;
  }
  if (o.mode === 'uninstall') record = null;

  const unchanged = changes.length === 0;
  return ok({ text: unchanged ? (original ?? '') : bom + text, changes, record, statusLineCmd });
}

/** The lines `--dry-run` and the installer print, one per change. */
export function describeChange(c: Change): string {
  const show = (v: unknown) => (typeof v === 'string' ? displayCommand(v) : JSON.stringify(v));
  const note = c.note ? `  (${c.note})` : '';
  switch (c.action) {
    case 'add':
      return `+ ${c.key}: ${show(c.after)}${note}`;
    case 'remove':
      return `- ${c.key}: ${show(c.before)}${note}`;
    case 'update':
    case 'restore':
      return `~ ${c.key}: ${show(c.before)}\n    → ${show(c.after)}${note}`;
  }
}
