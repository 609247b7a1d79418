import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLegacyWrapper, isOmcHudCommand, stripLegacyPatch, unwrapLegacyHudCommand } from '../../../src/core/settings/omc-legacy.ts';

// omc-hud.mjs as OMC writes it (shortened), and as the old cc-aws-keepalive installer patched it.
const OMC_HUD = [
  '#!/usr/bin/env node',
  'import { existsSync, readdirSync } from "node:fs";',
  'import { pathToFileURL } from "node:url";',
  '',
  'async function main() {}',
  'main();',
  '',
].join('\n');
const PATCH = [
  '',
  '// [cc-aws-keepalive:timer-start]',
  'import { patchStdout } from "file:///home/u/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.3.0/omc-timer.mjs";',
  'patchStdout();',
  '// [cc-aws-keepalive:timer-end]',
  '',
].join('\n');
const patched = (hud: string) => {
  const lines = hud.split('\n');
  lines.splice(3, 0, PATCH);
  return lines.join('\n');
};

test('stripLegacyPatch restores omc-hud.mjs byte for byte', () => {
  assert.notEqual(patched(OMC_HUD), OMC_HUD);
  assert.equal(stripLegacyPatch(patched(OMC_HUD)), OMC_HUD);
});

test('stripLegacyPatch keeps CRLF line endings', () => {
  const crlf = OMC_HUD.replace(/\n/g, '\r\n');
  assert.equal(stripLegacyPatch(patched(OMC_HUD).replace(/\n/g, '\r\n')), crlf);
});

test('stripLegacyPatch: the oldest patch had no end marker (two lines after the start)', () => {
  const old = patched(OMC_HUD).replace('// [cc-aws-keepalive:timer-end]\n', '');
  assert.equal(stripLegacyPatch(old), OMC_HUD);
});

test('stripLegacyPatch: null when there is nothing to remove', () => {
  assert.equal(stripLegacyPatch(OMC_HUD), null);
  assert.equal(stripLegacyPatch(''), null);
});

test('unwrapLegacyHudCommand turns the old wrapper back into the OMC command', () => {
  assert.equal(unwrapLegacyHudCommand('node /home/u/.claude/hud/aws-hud-wrapper.mjs'), 'node /home/u/.claude/hud/omc-hud.mjs');
  assert.equal(unwrapLegacyHudCommand('node "C:/Users/a b/.claude/hud/aws-hud-wrapper.mjs"'), 'node "C:/Users/a b/.claude/hud/omc-hud.mjs"');
  assert.equal(unwrapLegacyHudCommand('node /home/u/.claude/hud/omc-hud.mjs'), null);
});

test('isOmcHudCommand matches what OMC itself treats as its status line', () => {
  assert.ok(isOmcHudCommand('node $HOME/.claude/hud/omc-hud.mjs'));
  assert.ok(isOmcHudCommand('sh $HOME/.claude/hud/find-node.sh $HOME/.claude/hud/omc-hud.mjs'));
  assert.ok(isOmcHudCommand('sh ${CLAUDE_CONFIG_DIR:-$HOME/.claude}/hud/omc-hud-cache.sh ${CLAUDE_CONFIG_DIR:-$HOME/.claude}/hud/omc-hud.mjs'));
  // Our own status line command must never look like OMC's, or OMC's installer would take it back.
  assert.ok(!isOmcHudCommand('node "/home/u/.claude/plugins/cache/cc-aws-keepalive/cc-aws-keepalive/0.1.0/dist/statusline.mjs"'));
});

test('isLegacyWrapper: only a file the old product wrote is ours to delete', () => {
  assert.ok(isLegacyWrapper('// AWS timer wrapper\n// Created by cc-aws-keepalive. OMC-update-safe\n'));
  assert.ok(!isLegacyWrapper('#!/usr/bin/env node\n// my own wrapper\n'));
});
