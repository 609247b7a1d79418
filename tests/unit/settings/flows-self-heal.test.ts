// The SessionStart self-heal (src/flows/settings/self-heal.ts) on fake adapters: when it re-points settings.json and where,
// when it stays silent, the once-per-version setup hint, and the later nudge on a fake clock. The bundle is tested
// against real settings files in tests/integration/session-start.test.ts and upgrade-pointers.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Wire, WiredKey, WireState } from '../../../src/core/settings/wiring.ts';
import type { Paths } from '../../../src/io/system/paths.ts';
import type { WiringReport } from '../../../src/flows/settings/wiring-report.ts';
import { NUDGE_AFTER_MS, nudgeSettings, selfHeal, type SelfHealIo } from '../../../src/flows/settings/self-heal.ts';
import { VERSION } from '../../../src/version.ts';

const CACHE = '/home/u/.claude/plugins/cache/market/cc-aws-keepalive';
const ROOT = `${CACHE}/${VERSION}`;
const T0 = Date.UTC(2026, 0, 1, 12);

const wire = (key: WiredKey, root: string | null): Wire => ({
  key,
  command: root ? `node "${root}/dist/x.cjs"` : null,
  ref: root ? { start: 0, end: 0, path: `${root}/dist/x.cjs`, root, legacy: false, mjs: false } : null,
});

function world(wires: { wire: Wire; state: WireState }[], opts: { orphaned?: boolean; root?: string; env?: Record<string, string> } = {}) {
  const w = { healed: [] as { root: string; keys: WiredKey[] }[], nudges: 0, marker: null as string | null, healResult: 'ok' as 'ok' | 'error' | 'nothing', live: new Set<string>() };
  const report: WiringReport = { settings: { state: 'ok' }, wires, ownOrphaned: opts.orphaned ?? false, values: {} };
  const io: SelfHealIo = {
    checkWiring: () => report,
    heal: async (root, keys) => {
      w.healed.push({ root, keys });
      if (w.healResult === 'nothing') return null;
      return w.healResult === 'error' ? { error: 'settings.json is read-only' } : { changes: keys.map((key) => ({ key, action: 'update' as const })), backup: '/b/settings.json.1' };
    },
    isLiveVersion: (dir) => w.live.has(dir),
    readHintMarker: () => w.marker,
    writeHintMarker: (text) => void (w.marker = text),
    startNudge: () => void w.nudges++,
  };
  const heal = () => selfHeal({ env: opts.env ?? { CLAUDE_CODE_USE_BEDROCK: '1' }, paths: { home: '/home/u', stateDir: '/s' } as Paths, root: opts.root ?? ROOT, now: () => T0, io });
  return { w, heal };
}

test('a pointer at an older version: re-pointed at this one, told once, and the nudge started', async () => {
  const old = `${CACHE}/0.0.1`;
  const { w, heal } = world([{ wire: wire('awsAuthRefresh', old), state: { state: 'older', root: old, version: '0.0.1' } }, { wire: wire('awsCredentialExport', ROOT), state: { state: 'current' } }]);
  const out = await heal();
  assert.deepEqual(w.healed, [{ root: ROOT, keys: ['awsAuthRefresh'] }]);
  assert.equal(w.nudges, 1);
  assert.match(JSON.parse(out).systemMessage, /re-pointed awsAuthRefresh at this version \(backup: \/b\/settings\.json\.1\)/);
});

test('a failed re-point is said with the fix, and no nudge follows', async () => {
  const old = `${CACHE}/0.0.1`;
  const { w, heal } = world([{ wire: wire('awsAuthRefresh', old), state: { state: 'orphaned', root: old } }]);
  w.healResult = 'error';
  assert.match(JSON.parse(await heal()).systemMessage, /could not be re-pointed: settings\.json is read-only/);
  assert.equal(w.nudges, 0);
});

test("an old session's orphaned copy never re-points anything", async () => {
  const old = `${CACHE}/0.0.1`;
  const { w, heal } = world([{ wire: wire('awsAuthRefresh', old), state: { state: 'orphaned', root: old } }], { orphaned: true });
  assert.equal(await heal(), '');
  assert.deepEqual(w.healed, []);
});

test('run from a directory marketplace: the live version folder in the cache is the target, if it is there', async () => {
  const old = `${CACHE}/0.0.1`;
  const stale = [{ wire: wire('awsAuthRefresh', old), state: { state: 'older', root: old, version: '0.0.1' } as WireState }];
  const gone = world(stale, { root: '/src/cc-aws-keepalive' });
  await gone.heal();
  assert.equal(gone.w.healed[0]!.root, '/src/cc-aws-keepalive');
  const there = world(stale, { root: '/src/cc-aws-keepalive' });
  there.w.live.add(ROOT);
  await there.heal();
  assert.equal(there.w.healed[0]!.root, ROOT);
});

test('not wired on Bedrock: the setup hint once per version; wired, or not on Bedrock: silent', async () => {
  const { w, heal } = world([{ wire: wire('awsAuthRefresh', null), state: { state: 'unset' } }]);
  assert.match(JSON.parse(await heal()).systemMessage, /not wired to it yet.*install\.cjs/);
  assert.equal(w.marker, `${VERSION}\n`);
  assert.equal(await heal(), '');
  assert.equal(await world([{ wire: wire('awsAuthRefresh', null), state: { state: 'unset' } }], { env: {} }).heal(), '');
  assert.equal(await world([{ wire: wire('awsAuthRefresh', ROOT), state: { state: 'current' } }]).heal(), '');
});

test('the nudge rewrites settings.json twice, at the measured delays, on the given clock', async () => {
  let t = 0;
  const touched: number[] = [];
  await nudgeSettings({ sleep: async (ms) => void (t += ms), touch: async () => void touched.push(t) });
  assert.deepEqual(touched, [NUDGE_AFTER_MS[0], NUDGE_AFTER_MS[0]! + NUDGE_AFTER_MS[1]!]);
});
