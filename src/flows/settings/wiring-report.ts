// Is Claude Code wired to this version's scripts? io/settings/wiring-check.ts looks at settings.json and the files it points
// at; core/settings/wiring.ts judges each pointer (current, older, orphaned, someone else's…). Used at every session start
// (self-heal.ts) and by status and doctor.
import { judgeWire, type Wire, type WireState } from '../../core/settings/wiring.ts';
import type { Paths } from '../../io/system/paths.ts';
import { readWiringFacts, type WiringFacts } from '../../io/settings/wiring-check.ts';

export interface WiringReport extends Omit<WiringFacts, 'wires'> {
  wires: { wire: Wire; state: WireState }[];
}

export function checkWiring(paths: Paths, ownRoot: string, platform: NodeJS.Platform): WiringReport {
  const facts = readWiringFacts(paths, ownRoot);
  return { ...facts, wires: facts.wires.map(({ wire, facts: f }) => ({ wire, state: judgeWire(wire, ownRoot, f, platform) })) };
}
