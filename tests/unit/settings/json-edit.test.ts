import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setJson } from '../../../src/core/settings/json-edit.ts';

test('setJson edits text in place, in the file\'s own style', async (t) => {
  const doc = '{\n  "a": 1.0,\n  "b": [1, 2],\n  "c": {}\n}\n';
  const cases: Array<[string, string, Parameters<typeof setJson>[1], unknown, { append?: boolean } | undefined, string]> = [
    ['new top-level key goes last', doc, ['x'], 'y', undefined, '{\n  "a": 1.0,\n  "b": [1, 2],\n  "c": {},\n  "x": "y"\n}\n'],
    ['replace keeps neighbours byte-identical', doc, ['b'], true, undefined, '{\n  "a": 1.0,\n  "b": true,\n  "c": {}\n}\n'],
    ['into an empty object, nested and indented', doc, ['c', 'd'], [1], undefined, '{\n  "a": 1.0,\n  "b": [1, 2],\n  "c": {\n    "d": [\n      1\n    ]\n  }\n}\n'],
    ['missing parents are created', '{\n  "a": 1\n}', ['h', 'U'], 1, undefined, '{\n  "a": 1,\n  "h": {\n    "U": 1\n  }\n}'],
    ['append to a one-line array stays one line', doc, ['b'], 3, { append: true }, '{\n  "a": 1.0,\n  "b": [1, 2, 3],\n  "c": {}\n}\n'],
    ['remove the first key', doc, ['a'], undefined, undefined, '{\n  "b": [1, 2],\n  "c": {}\n}\n'],
    ['remove the last key', doc, ['c'], undefined, undefined, '{\n  "a": 1.0,\n  "b": [1, 2]\n}\n'],
    ['remove the last array element', doc, ['b', 1], undefined, undefined, '{\n  "a": 1.0,\n  "b": [1],\n  "c": {}\n}\n'],
    ['remove the only key', '{"a":1}', ['a'], undefined, undefined, '{}'],
    ['remove something absent is a no-op', doc, ['zz'], undefined, undefined, doc],
    ['minified stays one line', '{"a":1}', ['b', 'c'], 'x', undefined, '{"a":1,"b":{"c":"x"}}'],
    ['empty object', '{}', ['a'], 1, undefined, '{"a":1}'],
    ['CRLF and tabs kept', '{\r\n\t"a": 1\r\n}\r\n', ['b'], { c: 1 }, undefined, '{\r\n\t"a": 1,\r\n\t"b": {\r\n\t\t"c": 1\r\n\t}\r\n}\r\n'],
    ['duplicate key: the last one, as JSON.parse reads it', '{\n  "a": 1,\n  "a": 2\n}', ['a'], 3, undefined, '{\n  "a": 1,\n  "a": 3\n}'],
    ['escapes and big numbers untouched', '{\n  "k\\u00e9": 12345678901234567890,\n  "s": "a\\"b"\n}', ['n'], null, undefined, '{\n  "k\\u00e9": 12345678901234567890,\n  "s": "a\\"b",\n  "n": null\n}'],
  ];
  for (const [name, text, path, value, opts, want] of cases) {
    await t.test(name, () => {
      const got = setJson(text, path, value, opts);
      assert.equal(got, want);
      JSON.parse(got);
    });
  }
});
