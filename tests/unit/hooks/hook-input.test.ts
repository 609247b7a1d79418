import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseHookInput } from '../../../src/schemas/hook-input.ts';
import { parseStatusLineInput } from '../../../src/schemas/statusline-input.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/payloads/${name}`, import.meta.url), 'utf8');

test('parseHookInput reads the payload Claude Code 2.1.197 sends', () => {
  const h = parseHookInput(fixture('user-prompt-submit.json'));
  assert.equal(h.hook_event_name, 'UserPromptSubmit');
  assert.equal(h.prompt, 'hello there');
  assert.equal(h.session_id, '447d1af1-79d7-453c-8ee1-afc8c637bd2f');
  assert.equal(h.cwd, '/home/user/project');
  // Unknown fields are kept, not rejected.
  assert.equal((h as Record<string, unknown>).permission_mode, 'default');
});

test('parseHookInput never throws and loses only what is wrong', async (t) => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['empty', '', {}],
    ['truncated', '{"prompt":"hi', {}],
    ['not an object', '[1,2]', {}],
    ['null', 'null', {}],
    ['a wrongly typed field costs only that field', '{"prompt":42,"cwd":"/x"}', { prompt: undefined, cwd: '/x' }],
  ];
  for (const [name, raw, want] of cases) {
    await t.test(name, () => {
      const h = parseHookInput(raw) as Record<string, unknown>;
      for (const [k, v] of Object.entries(want)) assert.equal(h[k], v);
    });
  }
});

test('parseStatusLineInput reads the session id from real payloads and survives junk', () => {
  assert.equal(parseStatusLineInput(fixture('statusline-start.json')).session_id, '447d1af1-79d7-453c-8ee1-afc8c637bd2f');
  assert.equal(parseStatusLineInput(fixture('statusline-after-turn.json')).session_id, '447d1af1-79d7-453c-8ee1-afc8c637bd2f');
  assert.deepEqual(parseStatusLineInput('garbage'), {});
  assert.equal(parseStatusLineInput('{"session_id":7}').session_id, undefined);
});
