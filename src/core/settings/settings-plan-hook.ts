// Our prompt-submit hook entry in settings.json's hooks.UserPromptSubmit: only for a git-clone install that is not also
// an enabled plugin (the plugin runs the hook itself from hooks/hooks.json). Pure.
import { fail, ok, type Result } from '../errors.ts';
import { findScript, repointCommand, scriptCommand } from './command-path.ts';
import { setJson } from './json-edit.ts';
import { parseCacheDir } from './plugin-dir.ts';
import type { Change, PlanOptions, SettingsRecord } from './settings-types.ts';
import { isRecord } from './wiring.ts';

/** Our prompt-submit hook inside settings.json: only for a git-clone install that is not also an enabled plugin. */
export function planHook(text: string, o: PlanOptions, record: SettingsRecord | null): Result<{ text: string; changes: Change[]; record: SettingsRecord | null }> {
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
