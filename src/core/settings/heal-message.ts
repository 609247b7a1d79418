// The one line the SessionStart self-heal shows in the session (systemMessage). Pure.
import type { Change } from './settings-types.ts';
import { describeWireState, type Wire, type WireState } from './wiring.ts';

export function describeHeal(
  r: { changes: Change[]; backup: string | null } | { error: string },
  version: string,
  stale: readonly { wire: Wire; state: WireState }[],
): string {
  const keys = stale.map((s) => s.wire.key).join(', ');
  const why = stale[0] ? describeWireState(stale[0].state) : 'an old version';
  if ('error' in r) return `cc-aws-keepalive ${version}: settings.json ${why}, and ${keys} could not be re-pointed: ${r.error}. Run /aws-keepalive setup after fixing that.`;
  const backup = r.backup ? ` (backup: ${r.backup})` : '';
  return `cc-aws-keepalive ${version}: settings.json ${why}; re-pointed ${r.changes.map((c) => c.key).join(', ')} at this version${backup}.`;
}

/** Not wired at all: how to wire it (`installScript`: this version's dist/install.cjs). */
export const setupHint = (installScript: string): string =>
  `cc-aws-keepalive is installed but Claude Code is not wired to it yet, so expired AWS credentials are not recovered. Run /aws-keepalive setup, or in a terminal: node "${installScript}"`;
