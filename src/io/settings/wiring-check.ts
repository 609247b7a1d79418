// Looks at settings.json and the files it points at, for the question "is Claude Code wired to this version's
// scripts?" (flows/settings/wiring-report.ts asks core/settings/wiring.ts to judge each pointer). Read-only and cheap (one small file
// read, a few stats): it runs at every session start.
import { existsSync } from 'node:fs';
import { expandHome } from '../../core/settings/command-path.ts';
import { parseStrictJson } from '../../core/settings/json-edit.ts';
import { isRecord, readWiring, type RefFacts, type Wire } from '../../core/settings/wiring.ts';
import type { Paths } from '../system/paths.ts';
import { isOrphaned } from './plugin-folders.ts';
import { readRegularText } from '../system/safe-read.ts';

export interface WiringFacts {
  /** 'invalid' carries the one-line parse problem. */
  settings: { state: 'missing' } | { state: 'invalid'; problem: string } | { state: 'ok' };
  /** Each of our keys, with whether the script it points at exists and its folder was orphaned (null: not ours). */
  wires: { wire: Wire; facts: RefFacts | null }[];
  /** This plugin directory was replaced by an update: this is an old session's copy, it must not re-point anything. */
  ownOrphaned: boolean;
  /** The parsed settings (for doctor's other questions), {} when missing or invalid. */
  values: Record<string, unknown>;
}

const MAX_SETTINGS_BYTES = 8 * 1024 * 1024;

export function readWiringFacts(paths: Paths, ownRoot: string): WiringFacts {
  const ownOrphaned = isOrphaned(ownRoot);
  const read = readRegularText(paths.claudeSettings, MAX_SETTINGS_BYTES);
  if ('missing' in read) return { settings: { state: 'missing' }, wires: [], ownOrphaned, values: {} };
  if ('problem' in read) return { settings: { state: 'invalid', problem: read.problem }, wires: [], ownOrphaned, values: {} };
  const { text } = read;
  const parsed = text.trim() === '' ? { ok: true as const, value: {} } : parseStrictJson(text);
  if (!parsed.ok) return { settings: { state: 'invalid', problem: `${paths.claudeSettings}:${parsed.line}:${parsed.col}: ${parsed.reason}` }, wires: [], ownOrphaned, values: {} };
  const settings = isRecord(parsed.value) ? parsed.value : {};
  const wires = readWiring(settings).map((wire) => {
    const facts = wire.ref
      ? {
          exists: existsSync(expandHome(wire.ref.path, paths.home)),
          orphaned: isOrphaned(expandHome(wire.ref.root, paths.home)),
        }
      : null;
    return { wire, facts };
  });
  return { settings: { state: 'ok' }, wires, ownOrphaned, values: settings };
}
