// Claude Code's stdin payloads, read loosely by hand: every field optional, unknown fields kept, a field of the
// wrong type costs only that field, and nothing throws. (A schema library would be compiled and run before
// every prompt and repaint for these few string checks.)

/** The JSON object in `raw`, with each of `fields` a string or undefined; `{}` for anything that is not an object. */
export function looseStringFields<K extends string>(raw: string, fields: readonly K[]): Partial<Record<K, string>> & Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return {};
  const out: Record<string, unknown> = { ...json };
  for (const f of fields) if (out[f] !== undefined && typeof out[f] !== 'string') out[f] = undefined;
  return out as Partial<Record<K, string>> & Record<string, unknown>;
}
