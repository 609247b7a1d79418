// Surgical edits of a JSON document's text: the bytes of every key we do not touch stay exactly as they were
// (order, number spelling like 1.0 or 1e3, big integers, escapes, indentation, line endings). A parse and
// re-stringify would quietly change all of those.
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser/lib/esm/main.js';
import { firstLine, jsonErrorPosition, stripBom } from './text.ts';

export type { JSONPath };

/** Parses strictly, as Claude Code does (JSON.parse: no comments, no trailing commas). */
export function parseStrictJson(text: string): { ok: true; value: unknown } | { ok: false; line: number; col: number; reason: string } {
  const body = stripBom(text);
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const where = jsonErrorPosition(body, err) ?? { line: 1, col: 1 };
    return { ok: false, ...where, reason: firstLine(err instanceof Error ? err.message : String(err)) };
  }
}

/** Indentation and line ending as the file already uses them, so inserted lines look like their neighbours. */
export function detectFormatting(text: string): FormattingOptions | undefined {
  // A one-line (minified) file stays one line: formatting the touched line would pretty-print all of it.
  if (!/\n/.test(text.trim())) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)["{[\]}]/m.exec(text)?.[1] ?? '  ';
  if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent.length, eol };
}

/**
 * Sets (or with `undefined` removes) the value at `path`, creating missing parent objects. `append: true` with an
 * array path inserts a new last element. The input must be valid JSON without a BOM.
 */
export function setJson(text: string, path: JSONPath, value: unknown, opts: { append?: boolean } = {}): string {
  if (value === undefined) return removeJson(text, path);
  const formattingOptions = detectFormatting(text);
  const target = opts.append ? [...path, -1] : path;
  const edits = modify(text, target, value, { formattingOptions });
  return applyEdits(text, edits);
}

/**
 * Removes a property or array element with the separator that belongs to it, touching nothing else.
 * (jsonc-parser 3.3.1 leaves a stray character when removing the last element of an array.)
 */
function removeJson(text: string, path: JSONPath): string {
  const node = findNodeAtLocation(parseTree(text)!, path);
  if (!node) return text;
  // For a property the unit is the key+value pair, else the element itself.
  const unit = node.parent?.type === 'property' ? node.parent : node;
  const parent = unit.parent!;
  const siblings = parent.children!;
  const i = siblings.indexOf(unit);
  const end = (n: Node) => n.offset + n.length;
  let from: number;
  let to: number;
  if (siblings.length === 1) [from, to] = [parent.offset + 1, end(parent) - 1];
  else if (i > 0) [from, to] = [end(siblings[i - 1]!), end(unit)];
  else [from, to] = [unit.offset, siblings[1]!.offset];
  return text.slice(0, from) + text.slice(to);
}

/** Keys that appear more than once in the top-level object: an edit there would be ambiguous. */
export function duplicateTopLevelKeys(text: string, keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  let depth = 0;
  let expectKey = false;
  const re = /"(?:[^"\\]|\\.)*"|[{}[\],:]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const tok = m[0];
    if (tok === '{' || tok === '[') {
      depth++;
      expectKey = tok === '{' && depth === 1;
    } else if (tok === '}' || tok === ']') depth--;
    else if (tok === ',') expectKey = depth === 1;
    else if (tok === ':') expectKey = false;
    else if (expectKey && depth === 1) {
      const k = JSON.parse(tok) as string;
      seen.set(k, (seen.get(k) ?? 0) + 1);
      expectKey = false;
    }
  }
  return keys.filter((k) => (seen.get(k) ?? 0) > 1);
}
