// From the text of settings.json to the text we would write, and the list of changes to show. Pure.
// We own awsCredentialExport, awsAuthRefresh, our statusLine and our prompt-submit hook entry; every other byte of
// the file is left as it was (see json-edit.ts).
import { fail, ok, type Result } from '../errors.ts';
import { displayCommand, findScript, repointCommand, scriptCommand } from './command-path.ts';
import { duplicateTopLevelKeys, parseStrictJson, setJson, type JSONPath } from './json-edit.ts';
import { unwrapLegacyHudCommand } from './omc-legacy.ts';
import { parseCacheDir } from './plugin-dir.ts';
import { stripBom } from './text.ts';
import { commandOf, isRecord, SCRIPT_OF, type WiredKey } from './wiring.ts';

type CommandKey = 'awsCredentialExport' | 'awsAuthRefresh';
const COMMAND_KEYS: readonly CommandKey[] = ['awsCredentialExport', 'awsAuthRefresh'];

/** What an install replaced, kept outside settings.json so `--uninstall` can put it back exactly. */
export interface SettingsRecord {
  replaced?: Partial<Record<CommandKey, unknown>>;
  /** The statusLine object the user had before ours (absent: we never moved one). */
  statusLineBefore?: unknown;
  /** The container our prompt-submit hook entry made, removed again with the entry when left empty. */
  hookContainer?: 'hooks' | 'hooks.UserPromptSubmit';
}

export interface PlanOptions {
  mode: 'install' | 'uninstall' | 'heal';
  /** This version's plugin directory (where dist/ is). */
  root: string;
  platform: NodeJS.Platform;
  /** --statusline: put our status line in, moving the user's into statusLineCmd. */
  statusLine: boolean;
  /** --force: replace awsCredentialExport / awsAuthRefresh commands that are not ours. */
  force: boolean;
  record: SettingsRecord | null;
  /** statusLineCmd from our config: what --uninstall restores when no record says better. */
  statusLineCmd: string;
  refreshIntervalSeconds: number;
  hookTimeoutSeconds: number;
  /** heal: only these keys are re-pointed (a working pointer elsewhere is the user's choice). */
  healKeys?: readonly WiredKey[];
}

export interface Change {
  key: string;
  action: 'add' | 'update' | 'remove' | 'restore';
  before?: unknown;
  after?: unknown;
  note?: string;
}

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
  const dupes = duplicateTopLevelKeys(text, ['awsCredentialExport', 'awsAuthRefresh', 'statusLine', 'hooks']);
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

  // awsCredentialExport / awsAuthRefresh
  const conflicts: string[] = [];
  for (const key of COMMAND_KEYS) {
    if (o.mode === 'heal' && o.healKeys && !o.healKeys.includes(key)) continue;
    const cur = settings[key];
    const cmd = commandOf(settings, key);
    const mine = cmd !== null && findScript(cmd, SCRIPT_OF[key]) !== null;
    if (o.mode === 'uninstall') {
      if (!mine) continue;
      const before = record?.replaced?.[key];
      set([key], before);
      changes.push(before === undefined ? { key, action: 'remove', before: cur } : { key, action: 'restore', before: cur, after: before });
    } else if (mine) {
      const next = repointCommand(cmd, SCRIPT_OF[key], o.root, o.platform)!;
      if (next !== cmd) {
        set([key], next);
        changes.push({ key, action: 'update', before: cmd, after: next });
      }
    } else if (o.mode === 'heal') {
      continue;
    } else if (cur === undefined || cur === null || cur === '') {
      const next = scriptCommand(o.root, SCRIPT_OF[key], o.platform);
      // An explicit "" or null is still the user's: --uninstall puts it back rather than deleting the key.
      if (cur !== undefined) record = { ...record, replaced: { ...record?.replaced, [key]: cur } };
      set([key], next);
      changes.push({ key, action: 'add', after: next });
    } else if (o.force) {
      const next = scriptCommand(o.root, SCRIPT_OF[key], o.platform);
      record = { ...record, replaced: { ...record?.replaced, [key]: cur } };
      set([key], next);
      changes.push({ key, action: 'update', before: cur, after: next, note: 'yours is saved; --uninstall puts it back' });
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

interface StatusLinePlan {
  edits: [JSONPath, unknown][];
  changes: Change[];
  record: SettingsRecord | null;
  statusLineCmd: string | null;
}

function planStatusLine(settings: Record<string, unknown>, o: PlanOptions, record: SettingsRecord | null): StatusLinePlan {
  const key: WiredKey = 'statusLine';
  const out: StatusLinePlan = { edits: [], changes: [], record, statusLineCmd: null };
  if (o.mode === 'heal' && o.healKeys && !o.healKeys.includes(key)) return out;
  const cur = settings[key];
  const cmd = commandOf(settings, key);
  const mine = cmd !== null && findScript(cmd, 'statusline') !== null;
  const ours = scriptCommand(o.root, 'statusline', o.platform);
  if (o.mode === 'uninstall') {
    if (!mine) return out;
    let before: unknown = record && 'statusLineBefore' in record ? record.statusLineBefore : undefined;
    if (before === undefined && o.statusLineCmd.trim()) before = { type: 'command', command: o.statusLineCmd.trim() };
    out.edits.push([[key], before]);
    out.changes.push(before === undefined ? { key, action: 'remove', before: cmd } : { key, action: 'restore', before: cmd, after: describeStatusLine(before) });
    return out;
  }
  if (mine) {
    const next = repointCommand(cmd, 'statusline', o.root, o.platform)!;
    if (next !== cmd) {
      out.edits.push([[key, 'command'], next]);
      out.changes.push({ key, action: 'update', before: cmd, after: next });
    }
    // The client repaints only on events unless refreshInterval is set: an idle session's countdown would freeze.
    if (o.mode === 'install' && o.statusLine && isRecord(cur) && cur.refreshInterval === undefined) {
      out.edits.push([[key, 'refreshInterval'], o.refreshIntervalSeconds]);
      out.changes.push({ key: 'statusLine.refreshInterval', action: 'add', after: o.refreshIntervalSeconds });
    }
    return out;
  }
  // The original cc-aws-keepalive's OMC wrapper: its timer is ours now, and the OMC command it wrapped moves inside.
  const unwrapped = cmd === null ? null : unwrapLegacyHudCommand(cmd);
  if (o.mode !== 'install' || (!o.statusLine && unwrapped === null)) return out;
  if (cur === undefined || cur === null) {
    const next = { type: 'command', command: ours, refreshInterval: o.refreshIntervalSeconds };
    out.edits.push([[key], next]);
    if (cur === null) out.record = { ...record, statusLineBefore: null };
    out.changes.push({ key, action: 'add', after: ours });
    return out;
  }
  // Someone else's status line: ours takes its place and runs theirs (statusLineCmd), so nothing disappears.
  const base = isRecord(cur) ? cur : {};
  const next = { ...base, type: 'command', command: ours, refreshInterval: typeof base.refreshInterval === 'number' ? base.refreshInterval : o.refreshIntervalSeconds };
  out.edits.push([[key], next]);
  // What --uninstall restores; never the legacy wrapper, which setup deletes.
  out.record = { ...record, statusLineBefore: unwrapped === null ? cur : { ...base, command: unwrapped } };
  const inner = unwrapped ?? cmd;
  if (inner !== null && inner.trim() !== o.statusLineCmd.trim()) out.statusLineCmd = inner;
  out.changes.push({
    key,
    action: 'update',
    before: cmd ?? cur,
    after: ours,
    note: unwrapped !== null ? `the old cc-aws-keepalive HUD wrapper; ${unwrapped} keeps running inside ours, via statusLineCmd` : cmd !== null ? 'yours keeps running inside ours, via statusLineCmd in our config' : undefined,
  });
  return out;
}

function describeStatusLine(v: unknown): unknown {
  return isRecord(v) && typeof v.command === 'string' ? v.command : v;
}

/** Our prompt-submit hook inside settings.json: only for a git-clone install that is not also an enabled plugin. */
function planHook(text: string, o: PlanOptions, record: SettingsRecord | null): Result<{ text: string; changes: Change[]; record: SettingsRecord | null }> {
  const changes: Change[] = [];
  const settings = JSON.parse(text) as Record<string, unknown>;
  const hooks = settings.hooks;
  if (hooks !== undefined && !isRecord(hooks)) {
    return fail('SETTINGS_NOT_OBJECT', `"hooks" in settings.json is ${Array.isArray(hooks) ? 'an array' : typeof hooks}, not an object`, 'fix or remove it; nothing was changed');
  }
  const groups = hooks?.UserPromptSubmit;
  if (groups !== undefined && !Array.isArray(groups)) {
    return fail('SETTINGS_NOT_OBJECT', '"hooks.UserPromptSubmit" in settings.json is not an array', 'fix or remove it; nothing was changed');
  }
  // [group index, hook index, command] of every hook entry that runs our prompt-submit script.
  const found: [number, number, string][] = [];
  (groups ?? []).forEach((g, gi) => {
    if (!isRecord(g) || !Array.isArray(g.hooks)) return;
    g.hooks.forEach((h, hi) => {
      if (isRecord(h) && typeof h.command === 'string' && findScript(h.command, 'prompt-submit')) found.push([gi, hi, h.command]);
    });
  });
  const pluginProvides = parseCacheDir(o.root) !== null || pluginEnabled(settings);
  const wanted = o.mode === 'install' && !pluginProvides;
  if (wanted && found.length === 0) {
    const command = scriptCommand(o.root, 'prompt-submit', o.platform);
    const entry = { hooks: [{ type: 'command', command, timeout: o.hookTimeoutSeconds }] };
    text = setJson(text, ['hooks', 'UserPromptSubmit'], groups ? entry : [entry], { append: groups !== undefined });
    changes.push({ key: 'hooks.UserPromptSubmit', action: 'add', after: command });
    const made = hooks === undefined ? 'hooks' : groups === undefined ? 'hooks.UserPromptSubmit' : null;
    return ok({ text, changes, record: made ? { ...record, hookContainer: made } : record });
  }
  if (wanted) {
    for (const [gi, hi, cmd] of found) {
      const next = repointCommand(cmd, 'prompt-submit', o.root, o.platform)!;
      if (next === cmd) continue;
      text = setJson(text, ['hooks', 'UserPromptSubmit', gi, 'hooks', hi, 'command'], next);
      changes.push({ key: 'hooks.UserPromptSubmit', action: 'update', before: cmd, after: next });
    }
    return ok({ text, changes, record });
  }
  // Uninstall, or the plugin itself now runs the hook: a second copy in settings.json would run it twice.
  for (const [gi, hi, cmd] of [...found].reverse()) {
    const group = (groups as Record<string, unknown>[])[gi]!;
    const alone = (group.hooks as unknown[]).length === 1;
    text = setJson(text, alone ? ['hooks', 'UserPromptSubmit', gi] : ['hooks', 'UserPromptSubmit', gi, 'hooks', hi], undefined);
    changes.push({ key: 'hooks.UserPromptSubmit', action: 'remove', before: cmd, note: o.mode === 'uninstall' ? undefined : 'the plugin runs this hook itself' });
  }
  // Containers go only when we made them (the record says so) or, without a record, when we leave them empty.
  const made = record ? record.hookContainer : 'hooks';
  if (found.length && made) {
    const after = JSON.parse(text) as { hooks: Record<string, unknown> };
    if (Array.isArray(after.hooks.UserPromptSubmit) && after.hooks.UserPromptSubmit.length === 0) text = setJson(text, ['hooks', 'UserPromptSubmit'], undefined);
    if (made === 'hooks' && Object.keys((JSON.parse(text) as { hooks: object }).hooks).length === 0) text = setJson(text, ['hooks'], undefined);
  }
  if (record?.hookContainer) {
    const { hookContainer: _, ...rest } = record;
    record = rest;
  }
  return ok({ text, changes, record });
}

function pluginEnabled(settings: Record<string, unknown>): boolean {
  const enabled = settings.enabledPlugins;
  return isRecord(enabled) && Object.entries(enabled).some(([id, on]) => id.startsWith('cc-aws-keepalive@') && on === true);
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
