// Our statusLine in settings.json: put in with --statusline (the user's own moves into statusLineCmd and keeps
// running inside ours), re-pointed on upgrade, and put back by --uninstall. Pure.
import { findScript, repointCommand, scriptCommand } from './command-path.ts';
import { unwrapLegacyHudCommand } from './omc-legacy.ts';
import type { KeyPlan, PlanOptions, SettingsRecord } from './settings-types.ts';
import { commandOf, isRecord, type WiredKey } from './wiring.ts';

export function planStatusLine(settings: Record<string, unknown>, o: PlanOptions, record: SettingsRecord | null): KeyPlan & { statusLineCmd: string | null } {
  const key: WiredKey = 'statusLine';
  const out: KeyPlan & { statusLineCmd: string | null } = { edits: [], changes: [], record, statusLineCmd: null };
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
    // The plugin we replace's own status line: what --uninstall puts back.
    if (findScript(cmd, 'statusline')!.legacy && !(record && 'statusLineBefore' in record)) out.record = { ...record, statusLineBefore: cur };
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

export function describeStatusLine(v: unknown): unknown {
  return isRecord(v) && typeof v.command === 'string' ? v.command : v;
}
