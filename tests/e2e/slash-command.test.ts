// Scenario slash-command: `/aws-keepalive status` typed in the interactive TUI shows our status on screen at once,
// without a model turn: the bare name resolves because the command file's frontmatter says `name: aws-keepalive`,
// and the plugin's prompt hook answers the raw slash-command text with decision:block + reason.
// Baseline: the same plugin without that frontmatter line — the client does not know the bare command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSandbox } from './harness.ts';

const dropName = (dir: string) => {
  const f = join(dir, 'commands', 'aws-keepalive.md');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^name: aws-keepalive\n/m, ''));
};

test('slash-command baseline: without `name:` in the frontmatter, bare /aws-keepalive is unknown', async (t) => {
  await withSandbox(t, { scenario: 'slash-command-baseline' }, async (sb) => {
    await sb.installPlugin({ mutate: dropName });
    const tui = await sb.startTui();
    await tui.submit('/aws-keepalive status');
    await tui.waitForText(/Unknown command: \/aws-keepalive/, 15_000, 'the unknown-command notice');
    tui.snapshot('after-command');
    assert.doesNotMatch(tui.screen({ scrollback: true }), /login lock/);
  });
});

test('slash-command: /aws-keepalive status and the namespaced doctor show on screen, no model turn', async (t) => {
  await withSandbox(t, { scenario: 'slash-command' }, async (sb) => {
    await sb.installPlugin();
    const tui = await sb.startTui();
    const turnsBefore = sb.bedrock.log().filter((e) => e.turn).length;

    await tui.submit('/aws-keepalive status');
    const screen = await tui.waitForText(/awsAuthRefresh +this version ✓/, 15_000, 'the status');
    tui.snapshot('after-status');
    assert.match(screen, /cc-aws-keepalive \d+\.\d+\.\d+/);
    assert.match(screen, new RegExp(`profile +${sb.profile} \\(from config "profile"\\)`));
    assert.match(screen, /expiry +\d+m left \(.*from field x_security_token_expires\)/);
    assert.match(screen, /awsCredentialExport +this version ✓/);

    await tui.submit('/cc-aws-keepalive:aws-keepalive doctor');
    const doc = await tui.waitForText(/✓ login lock free/, 15_000, 'the doctor checks');
    tui.snapshot('after-doctor');
    assert.match(doc, /✓ profile "work" found in .*\.aws\/credentials/);
    assert.match(doc, /✓ awsCredentialExport wired to this version/);

    assert.equal(sb.bedrock.log().filter((e) => e.turn).length, turnsBefore, `no model request for our commands:\n${sb.bedrock.formatLog()}`);
  });
});
