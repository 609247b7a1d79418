// Surgical edits of a JSON document's text: the bytes of every key we do not touch stay exactly as they were
// (order, number spelling like 1.0 or 1e3, big integers, escapes, indentation, line endings). A parse and
// re-stringify would quietly change all of those. Inputs are strict JSON already validated by parseStrictJson.
import { firstLine, jsonErrorPosition, lineCol, stripBom } from '../text.ts';

export type JSONPath = Array<string | number>;

interface Span {
  start: number;
  end: number;
}
interface Prop extends Span {
  key: string;
  value: JValue;
}
export interface JValue extends Span {
  kind: 'object' | 'array' | 'scalar';
  props?: Prop[];
  items?: JValue[];
}

/** Parses strictly, as Claude Code does (JSON.parse: no comments, no trailing commas). */
export function parseStrictJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; line: number; col: number; reason: string; tooDeep?: true } {
  const body = stripBom(text);
  // Our editor walks the tree recursively; refuse depths no settings file has before it runs out of stack.
  const deep = nestingBeyond(body, MAX_DEPTH);
  if (deep !== null) return { ok: false, ...lineCol(body, deep), reason: `nested more than ${MAX_DEPTH} levels deep, which we do not edit`, tooDeep: true };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (err) {
    const where = jsonErrorPosition(body, err) ?? { line: 1, col: 1 };
    return { ok: false, ...where, reason: firstLine(err instanceof Error ? err.message : String(err)) };
  }
}

export const MAX_DEPTH = 256;

/** Offset of the first bracket that opens level `max` + 1, skipping strings; null when the text stays shallower. */
function nestingBeyond(text: string, max: number): number | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string, escapes included.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return null;
}

const WS = /[ \t\r\n]*/y;
const STRING = /"(?:[^"\\]|\\.)*"/y;
const SCALAR = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** A tree of offsets over valid JSON text. */
export function parseTree(text: string): JValue {
  let pos = 0;
  const skip = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const match = (re: RegExp): string => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) throw new Error(`invalid JSON at offset ${pos}`);
    pos = re.lastIndex;
    return m[0];
  };
  const value = (): JValue => {
    skip();
    const start = pos;
    const c = text[pos];
    if (c === '{') {
      pos++;
      const props: Prop[] = [];
      skip();
      if (text[pos] === '}') pos++;
      else
        for (;;) {
          skip();
          const keyStart = pos;
          const key = JSON.parse(match(STRING)) as string;
          skip();
          pos++; // ':'
          const v = value();
          props.push({ key, start: keyStart, end: v.end, value: v });
          skip();
          if (text[pos++] === '}') break;
        }
      return { kind: 'object', start, end: pos, props };
    }
    if (c === '[') {
      pos++;
      const items: JValue[] = [];
      skip();
      if (text[pos] === ']') pos++;
      else
        for (;;) {
          items.push(value());
          skip();
          if (text[pos++] === ']') break;
        }
      return { kind: 'array', start, end: pos, items };
    }
    match(c === '"' ? STRING : SCALAR);
    return { kind: 'scalar', start, end: pos };
  };
  return value();
}

/** The unit at `path` (a property, or an array element) with its parent, or null. Duplicate keys: the last, as JSON.parse. */
function locate(root: JValue, path: JSONPath): { unit: Span; value: JValue; parent: JValue | null } | null {
  let cur: JValue = root;
  let unit: Span = root;
  let parent: JValue | null = null;
  for (const seg of path) {
    parent = cur;
    if (typeof seg === 'number') {
      const item = cur.items?.[seg];
      if (!item) return null;
      unit = cur = item;
    } else {
      const prop = cur.props?.filter((p) => p.key === seg).pop();
      if (!prop) return null;
      unit = prop;
      cur = prop.value;
    }
  }
  return { unit, value: cur, parent };
}

export interface Formatting {
  indent: string;
  eol: string;
}

/** Indentation and line ending as the file already uses them; null for a one-line (minified) file, which stays one line. */
export function detectFormatting(text: string): Formatting | null {
  if (!/\n/.test(text.trim())) return null;
  return { indent: /^([ \t]+)["{[\]}]/m.exec(text)?.[1] ?? '  ', eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

const lineIndent = (text: string, offset: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1))![0];

function render(value: unknown, fmt: Formatting | null, base: string): string {
  if (!fmt) return JSON.stringify(value);
  return JSON.stringify(value, null, fmt.indent).replace(/\n/g, `${fmt.eol}${base}`);
}

/**
 * Sets (or with `undefined` removes) the value at `path`, creating missing parent objects. `append: true` with an
 * array path inserts a new last element. The input must be valid JSON without a BOM.
 */
export function setJson(text: string, path: JSONPath, value: unknown, opts: { append?: boolean } = {}): string {
  const root = parseTree(text);
  if (value === undefined) return removeAt(text, root, path);
  const fmt = detectFormatting(text);
  // Walk down as far as the path exists; what is missing below that is built as one nested value.
  let depth = path.length;
  while (depth > 0 && !locate(root, path.slice(0, depth))) depth--;
  const at = locate(root, path.slice(0, depth))!;
  if (depth === path.length && !opts.append) {
    return text.slice(0, at.value.start) + render(value, fmt, lineIndent(text, at.value.start)) + text.slice(at.value.end);
  }
  let nested: unknown = opts.append && depth === path.length ? value : opts.append ? [value] : value;
  for (let i = path.length - 1; i > depth; i--) nested = { [path[i] as string]: nested };
  const container = at.value;
  const childIndent = fmt ? lineIndent(text, container.start) + fmt.indent : '';
  const element =
    container.kind === 'object'
      ? `${JSON.stringify(path[depth])}:${fmt ? ' ' : ''}${render(nested, fmt, childIndent)}`
      : render(nested, fmt, childIndent);
  const children: Span[] = container.props ?? container.items ?? [];
  // A container written on one line (`[1, 2]`) stays on one line.
  const oneLine = children.length > 0 && !text.slice(container.start, container.end).includes('\n');
  const sep = !fmt ? '' : oneLine ? ' ' : `${fmt.eol}${childIndent}`;
  if (children.length === 0) {
    const close = fmt ? `${fmt.eol}${lineIndent(text, container.start)}` : '';
    return `${text.slice(0, container.start + 1)}${sep}${element}${close}${text.slice(container.end - 1)}`;
  }
  const last = children[children.length - 1]!;
  return `${text.slice(0, last.end)},${sep}${element}${text.slice(last.end)}`;
}

/** Removes a property or array element with the separator that belongs to it, touching nothing else. */
function removeAt(text: string, root: JValue, path: JSONPath): string {
  const at = locate(root, path);
  if (!at || !at.parent) return text;
  const siblings: Span[] = at.parent.props ?? at.parent.items ?? [];
  const i = siblings.indexOf(at.unit);
  let from: number;
  let to: number;
  if (siblings.length === 1) [from, to] = [at.parent.start + 1, at.parent.end - 1];
  else if (i > 0) [from, to] = [siblings[i - 1]!.end, at.unit.end];
  else [from, to] = [at.unit.start, siblings[1]!.start];
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
