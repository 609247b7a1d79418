// cleanupOmcLegacy (worded by omcCleanupText) on a fake ~/.claude/hud: what the product we replace left there, removed; nothing else touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { makeFakeHome } from '../../helpers/fake-home.ts';
import { cleanupOmcLegacy } from '../../../src/io/settings/omc-hud.ts';
import { omcCleanupText } from '../../../src/core/settings/omc-legacy.ts';

const HUD = '#!/usr/bin/env node\nimport { join } from "node:path";\n\nasync function main() {}\nmain();\n';
// As the old installer wrote it: its block, blank line either side, right after the last import.
const PATCHED = '#!/usr/bin/env node\nimport { join } from "node:path";\n\n// [cc-aws-keepalive:timer-start]\nimport { patchStdout } from "file:///old/omc-timer.mjs";\npatchStdout();\n// [cc-aws-keepalive:timer-end]\n\n\nasync function main() {}\nmain();\n';
const OLD_WRAPPER = '#!/usr/bin/env node\n// AWS timer wrapper: intercepts OMC HUD stdout, appends AWS session timer.\n// Created by cc-aws-keepalive. OMC-update-safe (lives outside omc-hud.mjs).\n';

test('removes the timer patch from omc-hud.mjs (mode kept) and deletes the old wrapper', (t) => {
  const h = makeFakeHome(t, { '.claude/hud/omc-hud.mjs': PATCHED, '.claude/hud/aws-hud-wrapper.mjs': OLD_WRAPPER });
  chmodSync(h.path('.claude/hud/omc-hud.mjs'), 0o755);
  const r = omcCleanupText(cleanupOmcLegacy({ claudeDir: h.path('.claude') }, { statusLineCommand: 'node "/x/dist/statusline.mjs"' }));
  assert.equal(readFileSync(h.path('.claude/hud/omc-hud.mjs'), 'utf8'), HUD);
  assert.equal(statSync(h.path('.claude/hud/omc-hud.mjs')).mode & 0o777, 0o755);
  assert.ok(!existsSync(h.path('.claude/hud/aws-hud-wrapper.mjs')));
  assert.equal(r.done.length, 2);
  assert.match(r.done[0]!, /omc-hud\.mjs: removed the old cc-aws-keepalive timer patch/);
  assert.deepEqual(r.skipped, []);
});

test('keeps the old wrapper while settings.json still runs it', (t) => {
  const h = makeFakeHome(t, { '.claude/hud/aws-hud-wrapper.mjs': OLD_WRAPPER });
  const r = omcCleanupText(cleanupOmcLegacy({ claudeDir: h.path('.claude') }, { statusLineCommand: `node ${h.path('.claude/hud/aws-hud-wrapper.mjs')}` }));
  assert.ok(existsSync(h.path('.claude/hud/aws-hud-wrapper.mjs')));
  assert.match(r.skipped[0]!, /kept, settings\.json statusLine still runs it/);
});

test('dry run changes nothing but says what it would do', (t) => {
  const h = makeFakeHome(t, { '.claude/hud/omc-hud.mjs': PATCHED, '.claude/hud/aws-hud-wrapper.mjs': OLD_WRAPPER });
  const r = omcCleanupText(cleanupOmcLegacy({ claudeDir: h.path('.claude') }, { statusLineCommand: null, dryRun: true }));
  assert.equal(readFileSync(h.path('.claude/hud/omc-hud.mjs'), 'utf8'), PATCHED);
  assert.ok(existsSync(h.path('.claude/hud/aws-hud-wrapper.mjs')));
  assert.equal(r.done.length, 2);
});

test('leaves a clean OMC install, a foreign wrapper and a missing hud folder alone', (t) => {
  const h = makeFakeHome(t, { '.claude/hud/omc-hud.mjs': HUD, '.claude/hud/aws-hud-wrapper.mjs': '// my own\n' });
  assert.deepEqual(omcCleanupText(cleanupOmcLegacy({ claudeDir: h.path('.claude') }, { statusLineCommand: null })), { done: [], skipped: [] });
  assert.equal(readFileSync(h.path('.claude/hud/aws-hud-wrapper.mjs'), 'utf8'), '// my own\n');
  assert.deepEqual(omcCleanupText(cleanupOmcLegacy({ claudeDir: h.path('nowhere') }, { statusLineCommand: null })), { done: [], skipped: [] });
});
