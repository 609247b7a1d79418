var __ccSelfUrl = require('url').pathToFileURL(require('path').join(__dirname, '..', "prompt-submit.cjs")).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/core/expiry.ts
function parseExpiryValue(raw) {
  const s = raw.trim().replace(/^["']|["']$/g, "");
  if (/^\d{9,11}(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1e3);
  if (/^\d{12,14}$/.test(s)) return Number(s);
  const m3 = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|z|UTC|[+-]\d{2}(?::?\d{2})?)?$/.exec(s);
  if (!m3) return null;
  let zone = m3[3] ?? "";
  if (zone === "") return null;
  if (/^(z|utc)$/i.test(zone)) zone = "Z";
  else if (/^[+-]\d{2}$/.test(zone)) zone = `${zone}:00`;
  else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const t = Date.parse(`${m3[1]}T${m3[2]}${zone}`);
  return Number.isNaN(t) ? null : t;
}
function findExpiry(keys, configuredField, comment) {
  const lower = new Map(Object.entries(keys).map(([k, v]) => [k.toLowerCase(), { k, v }]));
  const candidates = configuredField ? [configuredField] : KNOWN_EXPIRY_FIELDS;
  for (const name of candidates) {
    const hit = lower.get(name.toLowerCase());
    if (!hit) continue;
    const at = parseExpiryValue(hit.v);
    if (at === null) {
      return {
        expiresAt: null,
        source: { kind: "none" },
        reason: `${hit.k} = ${JSON.stringify(hit.v.slice(0, 40))} is not a time we understand (unix seconds, milliseconds or RFC 3339 with a zone)`
      };
    }
    return { expiresAt: at, source: { kind: "field", name: hit.k }, reason: `from ${hit.k}` };
  }
  if (!configuredField && comment !== void 0) {
    const at = parseExpiryValue(comment);
    if (at !== null) return { expiresAt: at, source: { kind: "comment" }, reason: 'from the "# Expires:" comment' };
  }
  return {
    expiresAt: null,
    source: { kind: "none" },
    reason: configuredField ? `the profile has no "${configuredField}" (expirationField in the config)` : "the profile has no expiry field (your login tool writes none; set expirationField if it uses another name)"
  };
}
function decideExpiry(i) {
  if (i.expiresAt === null) return { action: "unknown", reason: "expiry unknown", remainingMs: null };
  const remainingMs = i.expiresAt - i.now;
  if (remainingMs <= 0) return { action: "expired", reason: `expired ${formatDuration(-remainingMs)} ago`, remainingMs };
  if (i.hasAutoLogin && i.autoLoginMinutes > 0 && remainingMs <= i.autoLoginMinutes * MIN) {
    return { action: "login", reason: `${formatDuration(remainingMs)} left, inside autoLoginMinutes (${i.autoLoginMinutes})`, remainingMs };
  }
  if (remainingMs <= i.warnMinutes * MIN) {
    return { action: "warn", reason: `${formatDuration(remainingMs)} left, inside warnMinutes (${i.warnMinutes})`, remainingMs };
  }
  return { action: "ok", reason: `${formatDuration(remainingMs)} left`, remainingMs };
}
function formatDuration(ms) {
  if (ms < MIN) return "<1m";
  const totalMin = Math.floor(ms / MIN);
  const h = Math.floor(totalMin / 60);
  const m3 = totalMin % 60;
  if (h === 0) return `${m3}m`;
  if (h >= 48) return `${Math.floor(h / 24)}d${h % 24}h`;
  return `${h}h${String(m3).padStart(2, "0")}m`;
}
var KNOWN_EXPIRY_FIELDS, MIN;
var init_expiry = __esm({
  "src/core/expiry.ts"() {
    "use strict";
    KNOWN_EXPIRY_FIELDS = [
      "x_security_token_expires",
      // saml2aws, gimme-aws-creds, okta-aws-cli
      "aws_session_expiration",
      // aws-google-auth
      "aws_expiration",
      // aws-azure-login
      "aws_credential_expiration",
      // aws-vault export --format=ini
      "x-expiration",
      // AWS's Claude Code with Bedrock credential provider
      "awsmyid_session_expiration",
      "expiration"
    ];
    MIN = 6e4;
  }
});

// node_modules/valibot/dist/index.js
// @__NO_SIDE_EFFECTS__
function getGlobalConfig(config2) {
  return {
    lang: config2?.lang ?? store?.lang,
    message: config2?.message,
    abortEarly: config2?.abortEarly ?? store?.abortEarly,
    abortPipeEarly: config2?.abortPipeEarly ?? store?.abortPipeEarly
  };
}
// @__NO_SIDE_EFFECTS__
function getGlobalMessage(lang) {
  return store2?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSchemaMessage(lang) {
  return store3?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function getSpecificMessage(reference, lang) {
  return store4?.get(reference)?.get(lang);
}
// @__NO_SIDE_EFFECTS__
function _stringify(input) {
  const type = typeof input;
  if (type === "string") {
    return `"${input}"`;
  }
  if (type === "number" || type === "bigint" || type === "boolean") {
    return `${input}`;
  }
  if (type === "object" || type === "function") {
    return (input && Object.getPrototypeOf(input)?.constructor?.name) ?? "null";
  }
  return type;
}
function _addIssue(context, label, dataset, config2, other) {
  const input = other && "input" in other ? other.input : dataset.value;
  const expected = other?.expected ?? context.expects ?? null;
  const received = other?.received ?? /* @__PURE__ */ _stringify(input);
  const issue = {
    kind: context.kind,
    type: context.type,
    input,
    expected,
    received,
    message: `Invalid ${label}: ${expected ? `Expected ${expected} but r` : "R"}eceived ${received}`,
    requirement: context.requirement,
    path: other?.path,
    issues: other?.issues,
    lang: config2.lang,
    abortEarly: config2.abortEarly,
    abortPipeEarly: config2.abortPipeEarly
  };
  const isSchema = context.kind === "schema";
  const message2 = other?.message ?? context.message ?? /* @__PURE__ */ getSpecificMessage(context.reference, issue.lang) ?? (isSchema ? /* @__PURE__ */ getSchemaMessage(issue.lang) : null) ?? config2.message ?? /* @__PURE__ */ getGlobalMessage(issue.lang);
  if (message2 !== void 0) {
    issue.message = typeof message2 === "function" ? (
      // @ts-expect-error
      message2(issue)
    ) : message2;
  }
  if (isSchema) {
    dataset.typed = false;
  }
  if (dataset.issues) {
    dataset.issues.push(issue);
  } else {
    dataset.issues = [issue];
  }
}
// @__NO_SIDE_EFFECTS__
function _getStandardProps(context) {
  return {
    version: 1,
    vendor: "valibot",
    validate(value2) {
      return context["~run"]({ value: value2 }, /* @__PURE__ */ getGlobalConfig());
    }
  };
}
// @__NO_SIDE_EFFECTS__
function _isValidObjectKey(object2, key) {
  return Object.hasOwn(object2, key) && key !== "__proto__" && key !== "prototype" && key !== "constructor";
}
// @__NO_SIDE_EFFECTS__
function integer(message2) {
  return {
    kind: "validation",
    type: "integer",
    reference: integer,
    async: false,
    expects: null,
    requirement: Number.isInteger,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !this.requirement(dataset.value)) {
        _addIssue(this, "integer", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function maxValue(requirement, message2) {
  return {
    kind: "validation",
    type: "max_value",
    reference: maxValue,
    async: false,
    expects: `<=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !(dataset.value <= this.requirement)) {
        _addIssue(this, "value", dataset, config2, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value)
        });
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function minValue(requirement, message2) {
  return {
    kind: "validation",
    type: "min_value",
    reference: minValue,
    async: false,
    expects: `>=${requirement instanceof Date ? requirement.toJSON() : /* @__PURE__ */ _stringify(requirement)}`,
    requirement,
    message: message2,
    "~run"(dataset, config2) {
      if (dataset.typed && !(dataset.value >= this.requirement)) {
        _addIssue(this, "value", dataset, config2, {
          received: dataset.value instanceof Date ? dataset.value.toJSON() : /* @__PURE__ */ _stringify(dataset.value)
        });
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getFallback(schema, dataset, config2) {
  return typeof schema.fallback === "function" ? (
    // @ts-expect-error
    schema.fallback(dataset, config2)
  ) : (
    // @ts-expect-error
    schema.fallback
  );
}
// @__NO_SIDE_EFFECTS__
function fallback(schema, fallback2) {
  return {
    ...schema,
    fallback: fallback2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      const outputDataset = schema["~run"](dataset, config2);
      return outputDataset.issues ? { typed: true, value: /* @__PURE__ */ getFallback(this, outputDataset, config2) } : outputDataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function getDefault(schema, dataset, config2) {
  return typeof schema.default === "function" ? (
    // @ts-expect-error
    schema.default(dataset, config2)
  ) : (
    // @ts-expect-error
    schema.default
  );
}
// @__NO_SIDE_EFFECTS__
function looseObject(entries2, message2) {
  return {
    kind: "schema",
    type: "loose_object",
    reference: looseObject,
    expects: "Object",
    async: false,
    entries: entries2,
    message: message2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      const input = dataset.value;
      if (input && typeof input === "object") {
        dataset.typed = true;
        dataset.value = {};
        for (const key in this.entries) {
          const valueSchema = this.entries[key];
          if (key in input || (valueSchema.type === "exact_optional" || valueSchema.type === "optional" || valueSchema.type === "nullish") && // @ts-expect-error
          valueSchema.default !== void 0) {
            const value2 = key in input ? (
              // @ts-expect-error
              input[key]
            ) : /* @__PURE__ */ getDefault(valueSchema);
            const valueDataset = valueSchema["~run"]({ value: value2 }, config2);
            if (valueDataset.issues) {
              const pathItem = {
                type: "object",
                origin: "value",
                input,
                key,
                value: value2
              };
              for (const issue of valueDataset.issues) {
                if (issue.path) {
                  issue.path.unshift(pathItem);
                } else {
                  issue.path = [pathItem];
                }
                dataset.issues?.push(issue);
              }
              if (!dataset.issues) {
                dataset.issues = valueDataset.issues;
              }
              if (config2.abortEarly) {
                dataset.typed = false;
                break;
              }
            }
            if (!valueDataset.typed) {
              dataset.typed = false;
            }
            dataset.value[key] = valueDataset.value;
          } else if (valueSchema.fallback !== void 0) {
            dataset.value[key] = /* @__PURE__ */ getFallback(valueSchema);
          } else if (valueSchema.type !== "exact_optional" && valueSchema.type !== "optional" && valueSchema.type !== "nullish") {
            _addIssue(this, "key", dataset, config2, {
              input: void 0,
              expected: `"${key}"`,
              path: [
                {
                  type: "object",
                  origin: "key",
                  input,
                  key,
                  // @ts-expect-error
                  value: input[key]
                }
              ]
            });
            if (config2.abortEarly) {
              break;
            }
          }
        }
        if (!dataset.issues || !config2.abortEarly) {
          for (const key in input) {
            if (/* @__PURE__ */ _isValidObjectKey(input, key) && !(key in this.entries)) {
              dataset.value[key] = input[key];
            }
          }
        }
      } else {
        _addIssue(this, "type", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function number(message2) {
  return {
    kind: "schema",
    type: "number",
    reference: number,
    expects: "number",
    async: false,
    message: message2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      if (typeof dataset.value === "number" && !isNaN(dataset.value)) {
        dataset.typed = true;
      } else {
        _addIssue(this, "type", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function optional(wrapped, default_) {
  return {
    kind: "schema",
    type: "optional",
    reference: optional,
    expects: `(${wrapped.expects} | undefined)`,
    async: false,
    wrapped,
    default: default_,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      if (dataset.value === void 0) {
        if (this.default !== void 0) {
          dataset.value = /* @__PURE__ */ getDefault(this, dataset, config2);
        }
        if (dataset.value === void 0) {
          dataset.typed = true;
          return dataset;
        }
      }
      return this.wrapped["~run"](dataset, config2);
    }
  };
}
// @__NO_SIDE_EFFECTS__
function string(message2) {
  return {
    kind: "schema",
    type: "string",
    reference: string,
    expects: "string",
    async: false,
    message: message2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      if (typeof dataset.value === "string") {
        dataset.typed = true;
      } else {
        _addIssue(this, "type", dataset, config2);
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function pipe(...pipe2) {
  return {
    ...pipe2[0],
    pipe: pipe2,
    get "~standard"() {
      return /* @__PURE__ */ _getStandardProps(this);
    },
    "~run"(dataset, config2) {
      for (const item of pipe2) {
        if (item.kind !== "metadata") {
          if (dataset.issues && (item.kind === "schema" || item.kind === "transformation")) {
            dataset.typed = false;
            break;
          }
          if (!dataset.issues || !config2.abortEarly && !config2.abortPipeEarly) {
            dataset = item["~run"](dataset, config2);
          }
        }
      }
      return dataset;
    }
  };
}
// @__NO_SIDE_EFFECTS__
function safeParse(schema, input, config2) {
  const dataset = schema["~run"]({ value: input }, /* @__PURE__ */ getGlobalConfig(config2));
  return {
    typed: dataset.typed,
    success: !dataset.issues,
    output: dataset.value,
    issues: dataset.issues
  };
}
var store, store2, store3, store4, EMOJI_REGEX;
var init_dist = __esm({
  "node_modules/valibot/dist/index.js"() {
    EMOJI_REGEX = // eslint-disable-next-line redos-detector/no-unsafe-regex, regexp/no-dupe-disjunctions -- false positives
    new RegExp("^(?:[\\u{1F1E6}-\\u{1F1FF}]{2}|\\u{1F3F4}[\\u{E0061}-\\u{E007A}]{2}[\\u{E0030}-\\u{E0039}\\u{E0061}-\\u{E007A}]{1,3}\\u{E007F}|(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation})(?:\\u200D(?:\\p{Emoji}\\uFE0F\\u20E3?|\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}?|\\p{Emoji_Presentation}))*)+$", "u");
  }
});

// src/core/profile.ts
function resolveProfile(env, configProfile2) {
  const pick = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  const fromEnv = pick(env.CC_KEEPALIVE_PROFILE);
  if (fromEnv) return { name: fromEnv, source: "CC_KEEPALIVE_PROFILE" };
  const fromConfig = pick(configProfile2);
  if (fromConfig) return { name: fromConfig, source: "config" };
  const fromAws = pick(env.AWS_PROFILE);
  if (fromAws) return { name: fromAws, source: "AWS_PROFILE" };
  return { name: "default", source: "default" };
}
function profileStem(name) {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 40);
  if (safe === name) return safe;
  let h = 2166136261;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return `${safe}-${h.toString(16).padStart(8, "0")}`;
}
var init_profile = __esm({
  "src/core/profile.ts"() {
    "use strict";
  }
});

// src/schemas/config.ts
function defaultConfig() {
  const out = {};
  for (const k of CONFIG_KEYS) out[k] = ConfigFields[k].default;
  return out;
}
function describeExpected(key) {
  const d = ConfigFields[key].default;
  if (typeof d === "string") return "a string";
  if (key === "loginTimeoutSeconds") return "a whole number of seconds from 10 to 160";
  return "a whole number of minutes from 0 to 1440";
}
var minutes, ConfigFields, CONFIG_KEYS;
var init_config = __esm({
  "src/schemas/config.ts"() {
    "use strict";
    init_dist();
    minutes = (max) => pipe(number(), integer(), minValue(0), maxValue(max));
    ConfigFields = {
      profile: { schema: string(), default: "" },
      expirationField: { schema: string(), default: "" },
      loginCmd: { schema: string(), default: "" },
      autoLoginCmd: { schema: string(), default: "" },
      autoLoginMinutes: { schema: minutes(24 * 60), default: 30 },
      warnMinutes: { schema: minutes(24 * 60), default: 30 },
      timerWarnMinutes: { schema: minutes(24 * 60), default: 60 },
      statusLineCmd: { schema: string(), default: "" },
      // Claude Code kills awsAuthRefresh at 180 s; our whole run must end by 170 s, so a login gets at most 160 s.
      loginTimeoutSeconds: { schema: pipe(number(), integer(), minValue(10), maxValue(160)), default: 150 }
    };
    CONFIG_KEYS = Object.keys(ConfigFields);
  }
});

// src/core/text.ts
function lineCol(text2, pos) {
  const before = text2.slice(0, Math.max(0, pos));
  const lines = before.split(/\r\n|\n|\r/);
  return { line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
function jsonErrorPosition(text2, err) {
  const msg = err instanceof Error ? err.message : String(err);
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) return { line: Number(lc[1]), col: Number(lc[2]) };
  const pos = /position (\d+)/.exec(msg);
  if (pos) return lineCol(text2, Number(pos[1]));
  if (/end of (JSON )?input/i.test(msg)) return lineCol(text2, text2.length);
  return null;
}
function editDistance(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
function closest(word, candidates) {
  let best = null;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : null;
}
function describeValue(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}\u2026` : v)}`;
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}
var stripBom, firstLine;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    stripBom = (s) => s.charCodeAt(0) === 65279 ? s.slice(1) : s;
    firstLine = (msg) => (msg.split("\n")[0] ?? "").replace(/\s+in JSON at position \d+.*$/, "").trim();
  }
});

// src/core/config-parse.ts
function parseConfigText(text2, file, kind, parseToml) {
  const config = defaultConfig();
  const body = stripBom(text2);
  if (body.trim() === "") return { config, warnings: [`${file} is empty \u2014 using defaults; copy config.example.json there to start`] };
  let raw;
  try {
    raw = kind === "json" ? JSON.parse(body) : parseToml(body);
  } catch (err) {
    return { config, warnings: [describeParseError(body, file, kind, err)] };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return { config, warnings: [`${file}: expected an object of settings, got ${describeValue(raw)} \u2014 using defaults`] };
  }
  const warnings = [];
  const target = config;
  for (const [key, value] of Object.entries(raw)) {
    if (!CONFIG_KEYS.includes(key)) {
      const guess = closest(key, CONFIG_KEYS);
      warnings.push(`${file}: unknown key "${key}"${guess ? ` \u2014 did you mean "${guess}"?` : " \u2014 it is ignored"}`);
      continue;
    }
    const k = key;
    const r = safeParse(ConfigFields[k].schema, value);
    if (r.success) target[k] = r.output;
    else warnings.push(`${file}: "${k}" should be ${describeExpected(k)}, got ${describeValue(value)} \u2014 using the default ${JSON.stringify(ConfigFields[k].default)}`);
  }
  return { config, warnings };
}
function describeParseError(text2, file, kind, err) {
  const msg = err instanceof Error ? err.message : String(err);
  let where;
  if (kind === "json") where = jsonErrorPosition(text2, err);
  else {
    const e = err;
    where = typeof e.line === "number" && typeof e.col === "number" ? { line: e.line + 1, col: e.col + 1 } : null;
  }
  const reason = firstLine(msg).replace(/ at row \d+, col \d+, pos \d+:?$/, "");
  const pos = where ? `:${where.line}:${where.col}` : "";
  return `${file}${pos}: not valid ${kind.toUpperCase()} (${reason}) \u2014 fix that line; using defaults until then`;
}
var init_config_parse = __esm({
  "src/core/config-parse.ts"() {
    "use strict";
    init_dist();
    init_config();
    init_text();
  }
});

// separate-toml:toml
var require_toml = __commonJS({
  "separate-toml:toml"(exports2, module2) {
    module2.exports = require("./toml.cjs");
  }
});

// src/io/config-file.ts
function readSmallText(file, max) {
  try {
    const st = (0, import_node_fs.statSync)(file, { throwIfNoEntry: false });
    if (!st) return { missing: true };
    if (st.isDirectory()) return { problem: `${file} is a directory, not a file` };
    if (st.size > max) return { problem: `${file} is ${Math.round(st.size / 1024)} KiB, too large to be what we expect` };
    return { text: (0, import_node_fs.readFileSync)(file, "utf8") };
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { problem: `cannot read ${file} (${code ?? "error"})` };
  }
}
async function loadConfig(paths) {
  const json = readSmallText(paths.configJson, MAX_CONFIG_BYTES);
  const toml = readSmallText(paths.configToml, MAX_CONFIG_BYTES);
  const hasJson = !("missing" in json);
  const hasToml = !("missing" in toml);
  if (hasJson && hasToml) {
    return {
      config: defaultConfig(),
      file: null,
      warnings: [`both ${paths.configJson} and ${paths.configToml} exist \u2014 keep one of them (using defaults until then)`]
    };
  }
  if (hasJson) return fromRead(json, paths.configJson, "json");
  if (hasToml) {
    if (!("text" in toml)) return fromRead(toml, paths.configToml, "toml");
    const { parse } = await Promise.resolve().then(() => __toESM(require_toml(), 1));
    return { ...parseConfigText(toml.text, paths.configToml, "toml", parse), file: paths.configToml };
  }
  return { config: defaultConfig(), file: null, warnings: [] };
}
function fromRead(r, file, kind) {
  if ("problem" in r) return { config: defaultConfig(), file: null, warnings: [`${r.problem} \u2014 using defaults`] };
  if (!("text" in r)) return { config: defaultConfig(), file: null, warnings: [] };
  return { ...parseConfigText(r.text, file, kind), file };
}
var import_node_fs, MAX_CONFIG_BYTES;
var init_config_file = __esm({
  "src/io/config-file.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
    init_config();
    init_config_parse();
    MAX_CONFIG_BYTES = 1024 * 1024;
  }
});

// src/io/context.ts
async function loadContext(env, paths) {
  const loaded = await loadConfig(paths);
  return { paths, loaded, profile: resolveProfile(env, loaded.config.profile) };
}
function loginHint(ctx, fallbackCmd = null) {
  const cmd = ctx.loaded.config.loginCmd.trim() || fallbackCmd;
  if (cmd) return `run: ${cmd}`;
  return `log in again for AWS profile "${ctx.profile.name}" (set "loginCmd" in ${ctx.loaded.file ?? ctx.paths.configJson} to show the exact command here)`;
}
var init_context = __esm({
  "src/io/context.ts"() {
    "use strict";
    init_profile();
    init_config_file();
  }
});

// src/errors.ts
var ok, fail;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ok = (value) => ({ ok: true, value });
    fail = (code, message, hint) => ({
      ok: false,
      error: { code, message, hint }
    });
  }
});

// node_modules/ini/lib/ini.js
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports2, module2) {
    var { hasOwnProperty } = Object.prototype;
    var encode = (obj, opt = {}) => {
      if (typeof opt === "string") {
        opt = { section: opt };
      }
      opt.align = opt.align === true;
      opt.newline = opt.newline === true;
      opt.sort = opt.sort === true;
      opt.whitespace = opt.whitespace === true || opt.align === true;
      opt.platform = opt.platform || typeof process !== "undefined" && process.platform;
      opt.bracketedArray = opt.bracketedArray !== false;
      const eol = opt.platform === "win32" ? "\r\n" : "\n";
      const separator = opt.whitespace ? " = " : "=";
      const children = [];
      const keys = opt.sort ? Object.keys(obj).sort() : Object.keys(obj);
      let padToChars = 0;
      if (opt.align) {
        padToChars = safe(
          keys.filter((k) => obj[k] === null || Array.isArray(obj[k]) || typeof obj[k] !== "object").map((k) => Array.isArray(obj[k]) ? `${k}[]` : k).concat([""]).reduce((a, b) => safe(a).length >= safe(b).length ? a : b)
        ).length;
      }
      let out = "";
      const arraySuffix = opt.bracketedArray ? "[]" : "";
      for (const k of keys) {
        const val = obj[k];
        if (val && Array.isArray(val)) {
          for (const item of val) {
            out += safe(`${k}${arraySuffix}`).padEnd(padToChars, " ") + separator + safe(item) + eol;
          }
        } else if (val && typeof val === "object") {
          children.push(k);
        } else {
          out += safe(k).padEnd(padToChars, " ") + separator + safe(val) + eol;
        }
      }
      if (opt.section && out.length) {
        out = "[" + safe(opt.section) + "]" + (opt.newline ? eol + eol : eol) + out;
      }
      for (const k of children) {
        const nk = splitSections(k, ".").join("\\.");
        const section = (opt.section ? opt.section + "." : "") + nk;
        const child = encode(obj[k], {
          ...opt,
          section
        });
        if (out.length && child.length) {
          out += eol;
        }
        out += child;
      }
      return out;
    };
    function splitSections(str, separator) {
      var lastMatchIndex = 0;
      var lastSeparatorIndex = 0;
      var nextIndex = 0;
      var sections = [];
      do {
        nextIndex = str.indexOf(separator, lastMatchIndex);
        if (nextIndex !== -1) {
          lastMatchIndex = nextIndex + separator.length;
          if (nextIndex > 0 && str[nextIndex - 1] === "\\") {
            continue;
          }
          sections.push(str.slice(lastSeparatorIndex, nextIndex));
          lastSeparatorIndex = nextIndex + separator.length;
        }
      } while (nextIndex !== -1);
      sections.push(str.slice(lastSeparatorIndex));
      return sections;
    }
    var decode2 = (str, opt = {}) => {
      opt.bracketedArray = opt.bracketedArray !== false;
      const out = /* @__PURE__ */ Object.create(null);
      let p = out;
      let section = null;
      const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i;
      const lines = str.split(/[\r\n]+/g);
      const duplicates = {};
      for (const line of lines) {
        if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) {
          continue;
        }
        const match = line.match(re);
        if (!match) {
          continue;
        }
        if (match[1] !== void 0) {
          section = unsafe(match[1]);
          if (section === "__proto__") {
            p = /* @__PURE__ */ Object.create(null);
            continue;
          }
          p = out[section] = out[section] || /* @__PURE__ */ Object.create(null);
          continue;
        }
        const keyRaw = unsafe(match[2]);
        let isArray;
        if (opt.bracketedArray) {
          isArray = keyRaw.length > 2 && keyRaw.slice(-2) === "[]";
        } else {
          duplicates[keyRaw] = (duplicates?.[keyRaw] || 0) + 1;
          isArray = duplicates[keyRaw] > 1;
        }
        const key = isArray && keyRaw.endsWith("[]") ? keyRaw.slice(0, -2) : keyRaw;
        if (key === "__proto__") {
          continue;
        }
        const valueRaw = match[3] ? unsafe(match[4]) : true;
        const value = valueRaw === "true" || valueRaw === "false" || valueRaw === "null" ? JSON.parse(valueRaw) : valueRaw;
        if (isArray) {
          if (!hasOwnProperty.call(p, key)) {
            p[key] = [];
          } else if (!Array.isArray(p[key])) {
            p[key] = [p[key]];
          }
        }
        if (Array.isArray(p[key])) {
          p[key].push(value);
        } else {
          p[key] = value;
        }
      }
      const remove = [];
      for (const k of Object.keys(out)) {
        if (!hasOwnProperty.call(out, k) || typeof out[k] !== "object" || Array.isArray(out[k])) {
          continue;
        }
        const parts = splitSections(k, ".");
        p = out;
        const l = parts.pop();
        const nl = l.replace(/\\\./g, ".");
        for (const part of parts) {
          if (part === "__proto__") {
            continue;
          }
          if (!hasOwnProperty.call(p, part) || typeof p[part] !== "object") {
            p[part] = /* @__PURE__ */ Object.create(null);
          }
          p = p[part];
        }
        if (p === out && nl === l) {
          continue;
        }
        p[nl] = out[k];
        remove.push(k);
      }
      for (const del of remove) {
        delete out[del];
      }
      return out;
    };
    var isQuoted = (val) => {
      return val.startsWith('"') && val.endsWith('"') || val.startsWith("'") && val.endsWith("'");
    };
    var safe = (val) => {
      if (typeof val !== "string" || val.match(/[=\r\n]/) || val.match(/^\[/) || val.length > 1 && isQuoted(val) || val !== val.trim()) {
        return JSON.stringify(val);
      }
      return val.split(";").join("\\;").split("#").join("\\#");
    };
    var unsafe = (val) => {
      val = (val || "").trim();
      if (isQuoted(val)) {
        if (val.charAt(0) === "'") {
          val = val.slice(1, -1);
        }
        try {
          val = JSON.parse(val);
        } catch {
        }
      } else {
        let esc = false;
        let unesc = "";
        for (let i = 0, l = val.length; i < l; i++) {
          const c = val.charAt(i);
          if (esc) {
            if ("\\;#".indexOf(c) !== -1) {
              unesc += c;
            } else {
              unesc += "\\" + c;
            }
            esc = false;
          } else if (";#".indexOf(c) !== -1) {
            break;
          } else if (c === "\\") {
            esc = true;
          } else {
            unesc += c;
          }
        }
        if (esc) {
          unesc += "\\";
        }
        return unesc.trim();
      }
      return val;
    };
    module2.exports = {
      parse: decode2,
      decode: decode2,
      stringify: encode,
      encode,
      safe,
      unsafe
    };
  }
});

// src/core/aws-ini.ts
function parseAwsIni(text2) {
  const out = [];
  const names = [];
  const expiresComments = /* @__PURE__ */ new Map();
  let current = null;
  let pendingExpires = null;
  for (const line of stripBom(text2).split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
      const m3 = EXPIRES_COMMENT.exec(trimmed);
      if (m3) pendingExpires = m3[1];
      continue;
    }
    const header = HEADER.exec(line);
    if (header) {
      current = header[1].trim();
      names.push(current);
      out.push(`[s${names.length - 1}]`);
      continue;
    }
    const eq = line.indexOf("=");
    if (eq <= 0 || current === null) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1);
    const c = INLINE_COMMENT.exec(value);
    if (c) value = value.slice(0, c.index);
    value = value.trim();
    if (pendingExpires !== null) {
      expiresComments.set(current, pendingExpires);
      pendingExpires = null;
    }
    const quoted = /^(["']).*\1$/.test(value);
    out.push(`${escapeIni(key)} = ${quoted ? value : escapeIni(value)}`);
  }
  const decoded = (0, import_ini.decode)(out.join("\n"));
  const sections = /* @__PURE__ */ new Map();
  names.forEach((name, i) => {
    const body = decoded[`s${i}`] ?? {};
    const merged = sections.get(name) ?? {};
    for (const [k, v] of Object.entries(body)) if (typeof v !== "object") merged[k] = String(v);
    sections.set(name, merged);
  });
  return { sections, expiresComments };
}
var import_ini, HEADER, EXPIRES_COMMENT, INLINE_COMMENT, escapeIni;
var init_aws_ini = __esm({
  "src/core/aws-ini.ts"() {
    "use strict";
    import_ini = __toESM(require_ini(), 1);
    init_text();
    HEADER = /^\s*\[([^\]]*)\]\s*(?:[;#].*)?$/;
    EXPIRES_COMMENT = /^\s*[#;]\s*expires\s*:\s*(.+?)\s*$/i;
    INLINE_COMMENT = /(^|\s)[;#]/;
    escapeIni = (s) => s.replace(/[\\;#]/g, (c) => `\\${c}`);
  }
});

// builtin:crypto
function createHash(...a) {
  return new.target ? Reflect.construct(load().createHash, a, new.target) : load().createHash(...a);
}
function createHmac(...a) {
  return new.target ? Reflect.construct(load().createHmac, a, new.target) : load().createHmac(...a);
}
var m, load, crypto_default;
var init_crypto = __esm({
  "builtin:crypto"() {
    load = () => m ??= require("node:crypto");
    crypto_default = new Proxy({}, { get: (_, k) => load()[k] });
  }
});

// src/core/aws-config.ts
function configProfile(ini, profile) {
  const keys = lowerKeys(ini.sections.get(`profile ${profile}`)) ?? (profile === "default" ? lowerKeys(ini.sections.get("default")) : void 0);
  if (!keys) return null;
  const tokenKey = keys.sso_session || keys.sso_start_url || "";
  const ssoTokenFile = tokenKey ? `${createHash("sha1").update(tokenKey, "utf8").digest("hex")}.json` : null;
  const kind = ssoTokenFile ? "sso" : keys.login_session ? "login" : keys.credential_process ? "process" : keys.role_arn ? "role" : "other";
  return { keys, ssoTokenFile, kind };
}
function ssoTokenExpiry(tokenText, tokenFile) {
  const none = (reason) => ({ expiresAt: null, source: { kind: "none" }, reason });
  if (tokenText === null) return none(`no SSO token cached (${tokenFile}); run aws sso login`);
  let token;
  try {
    token = JSON.parse(tokenText);
  } catch {
    return none(`SSO token cache ${tokenFile} is not valid JSON; run aws sso login`);
  }
  const t = token;
  const at = typeof t.expiresAt === "string" ? Date.parse(t.expiresAt) : NaN;
  if (Number.isNaN(at)) return none(`SSO token cache ${tokenFile} has no expiresAt`);
  if (typeof t.refreshToken === "string" && t.refreshToken) {
    return none("SSO token renews itself until your IAM Identity Center session ends (not recorded on disk)");
  }
  return { expiresAt: at, source: { kind: "field", name: "SSO token expiresAt" }, reason: "from the SSO token cache" };
}
var lowerKeys;
var init_aws_config = __esm({
  "src/core/aws-config.ts"() {
    "use strict";
    init_crypto();
    lowerKeys = (o) => o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v.trim()])) : void 0;
  }
});

// src/core/credentials.ts
function profileCredentials(ini, profile, file, expirationField) {
  const keys = ini.sections.get(profile);
  if (!keys) {
    const names = [...ini.sections.keys()];
    const guess = closest(profile, names);
    return fail(
      "PROFILE_NOT_FOUND",
      `profile "${profile}" is not in ${file}`,
      guess ? `did you mean "${guess}"? Set "profile" in the cc-aws-keepalive config or CC_KEEPALIVE_PROFILE` : names.length ? `profiles there: ${names.slice(0, 8).join(", ")}; log in with your tool for "${profile}" or set "profile" in the config` : `log in with your tool so it writes the "${profile}" profile`
    );
  }
  const get = (k) => {
    const hit = Object.entries(keys).find(([name]) => name.toLowerCase() === k);
    return hit ? hit[1].trim() : "";
  };
  const accessKeyId = get("aws_access_key_id");
  const secretAccessKey = get("aws_secret_access_key");
  const sessionToken = get("aws_session_token") || get("aws_security_token");
  if (!accessKeyId || !secretAccessKey) {
    return fail("KEYS_MISSING", `profile "${profile}" in ${file} has no aws_access_key_id/aws_secret_access_key`, "log in again with your login tool");
  }
  if (!sessionToken) {
    return fail(
      "NO_SESSION_TOKEN",
      `profile "${profile}" in ${file} has no aws_session_token`,
      "Claude Code rejects exported credentials without one; use a profile written by your SSO/SAML login tool, or remove awsCredentialExport for long-term keys"
    );
  }
  return ok({ accessKeyId, secretAccessKey, sessionToken, expiry: findExpiry(keys, expirationField, ini.expiresComments.get(profile)) });
}
var init_credentials = __esm({
  "src/core/credentials.ts"() {
    "use strict";
    init_errors();
    init_text();
    init_expiry();
  }
});

// src/io/aws-credentials-file.ts
function readAwsCredentials(file) {
  const r = readSmallText(file, MAX_CREDENTIALS_BYTES);
  if ("missing" in r) return fail("CREDS_MISSING", `${file} does not exist`, "log in with your AWS login tool (the loginCmd in the config) so it writes your credentials there");
  if ("problem" in r) return fail(r.problem.includes("too large") ? "CREDS_TOO_LARGE" : "CREDS_READ", r.problem, "check the file, or point AWS_SHARED_CREDENTIALS_FILE at the right one");
  return ok(parseAwsIni(r.text));
}
var MAX_CREDENTIALS_BYTES;
var init_aws_credentials_file = __esm({
  "src/io/aws-credentials-file.ts"() {
    "use strict";
    init_errors();
    init_aws_ini();
    init_config_file();
    MAX_CREDENTIALS_BYTES = 4 * 1024 * 1024;
  }
});

// src/io/profile-source.ts
function loadProfile(ctx) {
  const { paths } = ctx;
  const name = ctx.profile.name;
  const credsFile = paths.awsCredentials;
  const ini = readAwsCredentials(credsFile);
  const fromFile = ini.ok ? profileCredentials(ini.value, name, credsFile, ctx.loaded.config.expirationField) : ini;
  if (fromFile.ok) return ok({ kind: "file", file: credsFile, creds: fromFile.value, expiry: fromFile.value.expiry });
  if (!["CREDS_MISSING", "PROFILE_NOT_FOUND", "KEYS_MISSING"].includes(fromFile.error.code)) return fromFile;
  const cfgText = readSmallText(paths.awsConfig, 4 * 1024 * 1024);
  const cfg = "text" in cfgText ? configProfile(parseAwsIni(cfgText.text), name) : null;
  if (!cfg || cfg.kind === "other") return fromFile;
  let expiry;
  if (cfg.ssoTokenFile) {
    const token = readSmallText((0, import_node_path2.join)(paths.awsSsoCache, cfg.ssoTokenFile), 1024 * 1024);
    expiry = ssoTokenExpiry("text" in token ? token.text : null, (0, import_node_path2.join)(paths.awsSsoCache, cfg.ssoTokenFile));
  } else {
    expiry = { expiresAt: null, source: { kind: "none" }, reason: `profile "${name}" gets credentials through the AWS CLI (${cfg.kind}); expiry known only after an export` };
  }
  return ok({ kind: "config", file: paths.awsConfig, config: cfg, expiry });
}
function defaultLoginFor(p, profile) {
  if (p.kind !== "config") return null;
  if (p.config.kind === "sso") return `aws sso login --profile ${profile}`;
  if (p.config.kind === "login") return `aws login --profile ${profile}`;
  return null;
}
var import_node_path2;
var init_profile_source = __esm({
  "src/io/profile-source.ts"() {
    "use strict";
    import_node_path2 = require("node:path");
    init_errors();
    init_aws_ini();
    init_aws_config();
    init_credentials();
    init_aws_credentials_file();
    init_config_file();
  }
});

// src/io/atomic-write.ts
function writeFileAtomic(file, data, mode = 384) {
  const dir = (0, import_node_path3.dirname)(file);
  (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
  const tmp = (0, import_node_path3.join)(dir, `.${(0, import_node_path3.basename)(file)}.${process.pid}.${Date.now().toString(36)}.${(seq++).toString(36)}.tmp`);
  const fd = (0, import_node_fs2.openSync)(tmp, "wx", mode);
  try {
    (0, import_node_fs2.writeSync)(fd, data);
    (0, import_node_fs2.fsyncSync)(fd);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  try {
    (0, import_node_fs2.renameSync)(tmp, file);
  } catch (err) {
    try {
      (0, import_node_fs2.unlinkSync)(tmp);
    } catch {
    }
    throw err;
  }
}
var import_node_fs2, import_node_path3, seq;
var init_atomic_write = __esm({
  "src/io/atomic-write.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_node_path3 = require("node:path");
    seq = 0;
  }
});

// src/io/state-file.ts
function statePath(paths, profile) {
  return (0, import_node_path4.join)(paths.stateDir, `${profileStem(profile)}.json`);
}
function readState(paths, profile) {
  let text2;
  try {
    const file = statePath(paths, profile);
    if (!(0, import_node_fs3.statSync)(file, { throwIfNoEntry: false })) return {};
    text2 = (0, import_node_fs3.readFileSync)(file, "utf8");
  } catch {
    return {};
  }
  return parseState(text2);
}
function updateState(paths, profile, fn) {
  const next = fn(readState(paths, profile));
  try {
    writeFileAtomic(statePath(paths, profile), `${JSON.stringify(next, null, 2)}
`);
  } catch {
  }
  return next;
}
function parseState(text2) {
  if (text2.length > MAX_STATE_BYTES) return {};
  let raw;
  try {
    raw = JSON.parse(text2);
  } catch {
    return {};
  }
  if (!isObj(raw)) return {};
  const out = {};
  const sts = raw.sts;
  if (isObj(sts) && isNum(sts.checkedAt) && typeof sts.valid === "boolean" && typeof sts.reason === "string") {
    out.sts = { checkedAt: sts.checkedAt, valid: sts.valid, reason: sts.reason };
    if (isNum(sts.expiresAt) || sts.expiresAt === null) out.sts.expiresAt = sts.expiresAt;
    if (typeof sts.key === "string") out.sts.key = sts.key;
  }
  const l = raw.lastLogin;
  if (isObj(l) && (l.trigger === "refresh" || l.trigger === "hook" || l.trigger === "cli") && isNum(l.startedAt) && isNum(l.endedAt) && (isNum(l.exitCode) || l.exitCode === null) && typeof l.timedOut === "boolean") {
    out.lastLogin = {
      trigger: l.trigger,
      startedAt: l.startedAt,
      endedAt: l.endedAt,
      exitCode: l.exitCode,
      timedOut: l.timedOut,
      durationMs: isNum(l.durationMs) ? l.durationMs : l.endedAt - l.startedAt,
      outputTail: Array.isArray(l.outputTail) ? l.outputTail.filter((x) => typeof x === "string").slice(-10) : [],
      expiresBefore: isNum(l.expiresBefore) ? l.expiresBefore : null,
      expiresAfter: isNum(l.expiresAfter) ? l.expiresAfter : null
    };
  }
  if (isNum(raw.lastProactiveLoginAt)) out.lastProactiveLoginAt = raw.lastProactiveLoginAt;
  return out;
}
var import_node_fs3, import_node_path4, MAX_STATE_BYTES, isObj, isNum;
var init_state_file = __esm({
  "src/io/state-file.ts"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path4 = require("node:path");
    init_profile();
    init_atomic_write();
    MAX_STATE_BYTES = 256 * 1024;
    isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
    isNum = (v) => typeof v === "number" && Number.isFinite(v);
  }
});

// src/io/session-status.ts
function readSessionStatus(ctx) {
  const state = readState(ctx.paths, ctx.profile.name);
  const p = loadProfile(ctx);
  if (!p.ok) return { expiry: { expiresAt: null, source: { kind: "none" }, reason: p.error.message }, creds: null, defaultLogin: null, state };
  return {
    expiry: p.value.expiry,
    creds: p.value.kind === "file" ? p.value.creds : null,
    defaultLogin: defaultLoginFor(p.value, ctx.profile.name),
    state
  };
}
var init_session_status = __esm({
  "src/io/session-status.ts"() {
    "use strict";
    init_profile_source();
    init_state_file();
  }
});

// builtin:child_process
function spawn(...a) {
  return new.target ? Reflect.construct(load2().spawn, a, new.target) : load2().spawn(...a);
}
var m2, load2, child_process_default;
var init_child_process = __esm({
  "builtin:child_process"() {
    load2 = () => m2 ??= require("node:child_process");
    child_process_default = new Proxy({}, { get: (_, k) => load2()[k] });
  }
});

// src/core/sigv4.ts
function toAmzDate(ms) {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}
function canonicalQuery(url) {
  const pairs = [...url.searchParams].map(([k, v]) => [uriEncode(k), uriEncode(v)]);
  pairs.sort(([a, av], [b, bv]) => a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0);
  return pairs.map(([k, v]) => `${k}=${v}`).join("&");
}
function canonicalRequest(i) {
  const entries = Object.entries(i.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, " ")]);
  entries.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const signedHeaders = entries.map(([k]) => k).join(";");
  const text2 = [
    i.method.toUpperCase(),
    i.url.pathname || "/",
    canonicalQuery(i.url),
    entries.map(([k, v]) => `${k}:${v}
`).join(""),
    signedHeaders,
    i.payloadHash
  ].join("\n");
  return { text: text2, signedHeaders };
}
function signV4(i) {
  const date = i.amzDate.slice(0, 8);
  const scope = `${date}/${i.region}/${i.service}/aws4_request`;
  const { text: text2, signedHeaders } = canonicalRequest(i);
  const stringToSign = ["AWS4-HMAC-SHA256", i.amzDate, scope, sha256Hex(text2)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${i.secretAccessKey}`, date), i.region), i.service), "aws4_request");
  const signature = createHmac("sha256", key).update(stringToSign, "utf8").digest("hex");
  return `AWS4-HMAC-SHA256 Credential=${i.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
var sha256Hex, hmac, uriEncode;
var init_sigv4 = __esm({
  "src/core/sigv4.ts"() {
    "use strict";
    init_crypto();
    sha256Hex = (data) => createHash("sha256").update(data, "utf8").digest("hex");
    hmac = (key, data) => createHmac("sha256", key).update(data, "utf8").digest();
    uriEncode = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
});

// src/core/sts-plan.ts
function regionFromAwsConfig(ini, profile) {
  if (!ini) return null;
  const names = profile === "default" ? ["default", "profile default"] : [`profile ${profile}`, profile];
  for (const name of names) {
    const keys = ini.sections.get(name);
    const hit = keys && Object.entries(keys).find(([k]) => k.toLowerCase() === "region");
    if (hit && hit[1].trim()) return hit[1].trim();
  }
  return null;
}
function stsTarget(env, configIni, profile) {
  const fromConfig = regionFromAwsConfig(configIni, profile);
  const [region, regionFrom] = nonEmpty2(env.AWS_REGION) ? [env.AWS_REGION.trim(), "AWS_REGION"] : nonEmpty2(env.AWS_DEFAULT_REGION) ? [env.AWS_DEFAULT_REGION.trim(), "AWS_DEFAULT_REGION"] : fromConfig ? [fromConfig, `region of profile "${profile}" in ~/.aws/config`] : ["us-east-1", "no region configured, us-east-1"];
  for (const name of ["AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL"]) {
    const v = env[name];
    if (!nonEmpty2(v)) continue;
    try {
      return { url: new URL(v.trim()), region, reason: `${name}, region from ${regionFrom}` };
    } catch {
    }
  }
  const suffix = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
  return { url: new URL(`https://sts.${region}.${suffix}/`), region, reason: `regional endpoint, region from ${regionFrom}` };
}
function classifyStsResponse(status, body) {
  if (status === 200 && /<GetCallerIdentityResult>/.test(body)) return { verdict: "valid", reason: "STS accepted the credentials" };
  const code = /<Code>([^<]{1,80})<\/Code>/.exec(body)?.[1];
  if (code && REJECTED.has(code)) return { verdict: "invalid", reason: `STS rejected the credentials (${code})` };
  if ((status === 403 || status === 401) && !code) return { verdict: "invalid", reason: `STS rejected the credentials (HTTP ${status})` };
  return { verdict: "unknown", reason: `STS answered HTTP ${status}${code ? ` ${code}` : ""}` };
}
function credentialFingerprint(accessKeyId) {
  return createHash("sha256").update(`cc-aws-keepalive:${accessKeyId}`).digest("hex").slice(0, 16);
}
function cachedStsVerdict(state, now, accessKeyId) {
  const v = state.sts;
  if (!v) return null;
  if (v.checkedAt > now + 5e3 || now - v.checkedAt > STS_CACHE_TTL_MS) return null;
  if (accessKeyId !== void 0 && v.key !== credentialFingerprint(accessKeyId)) return null;
  return v;
}
var STS_CACHE_TTL_MS, nonEmpty2, REJECTED;
var init_sts_plan = __esm({
  "src/core/sts-plan.ts"() {
    "use strict";
    init_crypto();
    STS_CACHE_TTL_MS = 2 * 6e4;
    nonEmpty2 = (v) => typeof v === "string" && v.trim() !== "";
    REJECTED = /* @__PURE__ */ new Set([
      "ExpiredToken",
      "ExpiredTokenException",
      "InvalidClientTokenId",
      "UnrecognizedClientException",
      "SignatureDoesNotMatch",
      "InvalidAccessKeyId",
      "AccessDenied",
      "TokenRefreshRequired"
    ]);
  }
});

// src/io/sts.ts
function resolveStsTarget(env, paths, profile) {
  const r = readSmallText(paths.awsConfig, 1024 * 1024);
  return stsTarget(env, "text" in r ? parseAwsIni(r.text) : null, profile);
}
async function probeSts(creds, target, timeoutMs) {
  if (timeoutMs <= 0) return { verdict: "unknown", reason: "no time left to ask STS" };
  const headers = {
    "content-type": "application/x-www-form-urlencoded; charset=utf-8",
    host: target.url.host,
    "x-amz-date": toAmzDate(Date.now())
  };
  if (creds.sessionToken) headers["x-amz-security-token"] = creds.sessionToken;
  const authorization = signV4({
    method: "POST",
    url: target.url,
    headers,
    payloadHash: sha256Hex(BODY),
    region: target.region,
    service: "sts",
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.secretAccessKey,
    amzDate: headers["x-amz-date"]
  });
  const { host: _host, ...sent } = headers;
  try {
    const res = await fetch(target.url, {
      method: "POST",
      headers: { ...sent, authorization },
      body: BODY,
      signal: AbortSignal.timeout(timeoutMs)
    });
    const text2 = (await res.text()).slice(0, 64 * 1024);
    return classifyStsResponse(res.status, text2);
  } catch (err) {
    const name = err instanceof Error ? err.name : "";
    if (name === "TimeoutError" || name === "AbortError") {
      return { verdict: "unknown", reason: `STS at ${target.url.host} did not answer within ${Math.round(timeoutMs / 100) / 10} s` };
    }
    const cause = err.cause?.code;
    return { verdict: "unknown", reason: `STS at ${target.url.host} is unreachable${cause ? ` (${cause})` : ""}` };
  }
}
async function probeAndCache(paths, profile, creds, env, timeoutMs) {
  const answer = await probeSts(creds, resolveStsTarget(env, paths, profile), timeoutMs);
  if (answer.verdict !== "unknown") {
    const verdict = { checkedAt: Date.now(), valid: answer.verdict === "valid", reason: answer.reason, key: credentialFingerprint(creds.accessKeyId) };
    updateState(paths, profile, (s) => ({ ...s, sts: verdict }));
  }
  return answer;
}
var BODY;
var init_sts = __esm({
  "src/io/sts.ts"() {
    "use strict";
    init_aws_ini();
    init_sigv4();
    init_sts_plan();
    init_config_file();
    init_state_file();
    init_sts_plan();
    BODY = "Action=GetCallerIdentity&Version=2011-06-15";
  }
});

// src/io/sts-background.ts
var sts_background_exports = {};
__export(sts_background_exports, {
  runProbe: () => runProbe,
  startDetachedProbe: () => startDetachedProbe
});
function startDetachedProbe(probeArgs, profile, env) {
  try {
    const child = spawn(process.execPath, probeArgs, {
      // Pin the profile the hook looked at, whatever the config says by the time the probe runs.
      env: { ...env, CC_KEEPALIVE_PROFILE: profile },
      stdio: "ignore",
      detached: true,
      windowsHide: true
    });
    child.on("error", () => {
    });
    child.unref();
  } catch {
  }
}
async function runProbe(ctx, env) {
  const s = readSessionStatus(ctx);
  if (s.creds) await probeAndCache(ctx.paths, ctx.profile.name, s.creds, env, PROBE_TIMEOUT_MS);
}
var PROBE_TIMEOUT_MS;
var init_sts_background = __esm({
  "src/io/sts-background.ts"() {
    "use strict";
    init_child_process();
    init_session_status();
    init_sts();
    PROBE_TIMEOUT_MS = 5e3;
  }
});

// src/core/refresh-plan.ts
var RECENT_FAILURE_MS;
var init_refresh_plan = __esm({
  "src/core/refresh-plan.ts"() {
    "use strict";
    init_expiry();
    RECENT_FAILURE_MS = 15e3;
  }
});

// src/core/proactive-plan.ts
function planProactiveLogin(i) {
  if (!i.autoLoginCmd.trim() || i.autoLoginMinutes <= 0) return { kind: "off" };
  const a = i.decision.action;
  const needed = a === "login" || a === "expired" || a === "unknown" && i.stsValid === false;
  if (!needed || a === "login" && freshFromLogin(i)) return { kind: "idle" };
  if (i.lockHeldSince !== null) return { kind: "running", since: i.lockHeldSince };
  const last = i.lastProactiveLoginAt;
  if (last !== void 0 && last <= i.now && i.now - last < PROACTIVE_LOGIN_INTERVAL_MS) {
    return { kind: "waiting", startedAt: last, nextAt: last + PROACTIVE_LOGIN_INTERVAL_MS };
  }
  const l = i.lastLogin;
  if (l && (l.exitCode !== 0 || l.timedOut) && l.endedAt <= i.now && i.now - l.endedAt < RECENT_FAILURE_MS) {
    return { kind: "waiting", startedAt: l.endedAt, nextAt: l.endedAt + RECENT_FAILURE_MS };
  }
  return { kind: "start" };
}
function freshFromLogin(i) {
  const l = i.lastLogin;
  if (!l || l.exitCode !== 0 || l.timedOut || l.expiresAfter === null || i.decision.remainingMs === null) return false;
  if (l.expiresAfter === l.expiresBefore || l.expiresAfter !== i.expiresAt) return false;
  return i.decision.remainingMs > (l.expiresAfter - l.endedAt) / 2;
}
var PROACTIVE_LOGIN_INTERVAL_MS;
var init_proactive_plan = __esm({
  "src/core/proactive-plan.ts"() {
    "use strict";
    init_refresh_plan();
    PROACTIVE_LOGIN_INTERVAL_MS = 5 * 6e4;
  }
});

// src/core/lock-state.ts
function parseLockRecord(text2) {
  let raw;
  try {
    raw = JSON.parse(text2);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw;
  const int = (v) => typeof v === "number" && Number.isSafeInteger(v);
  if (!int(r.pid) || r.pid <= 0 || !int(r.startedAt) || !int(r.deadline)) return null;
  if (typeof r.host !== "string" || typeof r.profile !== "string" || typeof r.nonce !== "string") return null;
  const rec = { pid: r.pid, host: r.host, profile: r.profile, startedAt: r.startedAt, deadline: r.deadline, nonce: r.nonce };
  if (typeof r.trigger === "string") rec.trigger = r.trigger;
  return rec;
}
function decideLockState(i) {
  if (i.text === null) return { state: "free" };
  const holder = parseLockRecord(i.text);
  if (!holder) {
    return i.ageMs < LOCK_WRITE_GRACE_MS ? { state: "held", holder: null, reason: "lock file is being written" } : { state: "stale", holder: null, reason: "lock file is unreadable" };
  }
  if (holder.startedAt > i.now + LOCK_FUTURE_SKEW_MS) {
    return { state: "stale", holder, reason: `lock start time is ${Math.round((holder.startedAt - i.now) / 1e3)} s in the future` };
  }
  if (holder.deadline - holder.startedAt > LOCK_MAX_SPAN_MS || holder.deadline < holder.startedAt) {
    return { state: "stale", holder, reason: "lock deadline is out of range" };
  }
  if (i.now > holder.deadline) {
    return { state: "stale", holder, reason: `holder (pid ${holder.pid}) is ${Math.round((i.now - holder.deadline) / 1e3)} s past its deadline` };
  }
  if (holder.host === i.host && !i.isAlive(holder.pid)) {
    return { state: "stale", holder, reason: `holder (pid ${holder.pid}) is no longer running` };
  }
  return { state: "held", holder, reason: `held by pid ${holder.pid} on ${holder.host}` };
}
var LOCK_WRITE_GRACE_MS, LOCK_FUTURE_SKEW_MS, LOCK_MAX_SPAN_MS;
var init_lock_state = __esm({
  "src/core/lock-state.ts"() {
    "use strict";
    LOCK_WRITE_GRACE_MS = 2e3;
    LOCK_FUTURE_SKEW_MS = 5e3;
    LOCK_MAX_SPAN_MS = 18e4;
  }
});

// src/io/lock.ts
function lockPath(paths, profile) {
  return (0, import_node_path5.join)(paths.stateDir, `${profileStem(profile)}.lock`);
}
function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function inspectLock(paths, profile, now = Date.now()) {
  const file = lockPath(paths, profile);
  return { ...readLock(file, now), file };
}
function readLock(file, now) {
  let text2;
  let ageMs;
  try {
    ageMs = now - (0, import_node_fs5.statSync)(file).mtimeMs;
    text2 = (0, import_node_fs5.readFileSync)(file, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return { state: "free" };
    return { state: "held", holder: null, reason: `cannot read ${file} (${err.code ?? "error"})` };
  }
  return decideLockState({ text: text2, ageMs, now, host: (0, import_node_os2.hostname)(), isAlive: pidAlive });
}
var import_node_fs5, import_node_os2, import_node_path5;
var init_lock = __esm({
  "src/io/lock.ts"() {
    "use strict";
    init_crypto();
    import_node_fs5 = require("node:fs");
    import_node_os2 = require("node:os");
    import_node_path5 = require("node:path");
    init_lock_state();
    init_profile();
  }
});

// src/core/redact.ts
var init_redact = __esm({
  "src/core/redact.ts"() {
    "use strict";
  }
});

// src/io/login-runner.ts
function startDetachedLogin(opts) {
  const entryFile = opts.entryFile ?? (0, import_node_url.fileURLToPath)(new URL("./auth-refresh.cjs", __ccSelfUrl));
  if (!(0, import_node_fs6.existsSync)(entryFile)) return { ok: false, reason: `${entryFile} is missing; reinstall cc-aws-keepalive` };
  try {
    const child = spawn(process.execPath, [entryFile, "--background"], {
      // Pin the profile: the background run must log in for the session that asked, whatever the config says later.
      env: { ...opts.env, CC_KEEPALIVE_PROFILE: opts.profile },
      stdio: "ignore",
      detached: true,
      windowsHide: true
    });
    child.on("error", () => {
    });
    child.unref();
    return child.pid === void 0 ? { ok: false, reason: "could not start node" } : { ok: true, pid: child.pid };
  } catch (err) {
    return { ok: false, reason: `could not start the background login: ${err.message}` };
  }
}
var import_node_fs6, import_node_url;
var init_login_runner = __esm({
  "src/io/login-runner.ts"() {
    "use strict";
    init_child_process();
    import_node_fs6 = require("node:fs");
    import_node_url = require("node:url");
    init_redact();
  }
});

// src/io/prompt-flow.ts
var prompt_flow_exports = {};
__export(prompt_flow_exports, {
  assessPrompt: () => assessPrompt
});
function assessPrompt(ctx, s, decision, now, probeArgs) {
  const cfg = ctx.loaded.config;
  const profile = ctx.profile.name;
  const expiresAt = s.expiry.expiresAt;
  let sts = null;
  if (decision.action === "unknown" && s.creds) {
    sts = cachedStsVerdict(s.state, now, s.creds.accessKeyId);
    if (!sts) startDetachedProbe(probeArgs, profile, process.env);
  }
  const lastLogin = s.state.lastLogin ?? null;
  const needsLock = decision.action === "login" || decision.action === "expired" || decision.action === "unknown" && sts?.valid === false;
  const lock = needsLock ? inspectLock(ctx.paths, profile, now) : null;
  const plan = planProactiveLogin({
    now,
    decision,
    expiresAt,
    stsValid: sts ? sts.valid : null,
    autoLoginCmd: cfg.autoLoginCmd,
    autoLoginMinutes: cfg.autoLoginMinutes,
    lastProactiveLoginAt: s.state.lastProactiveLoginAt,
    lastLogin,
    lockHeldSince: lock?.state === "held" ? lock.holder?.startedAt ?? now : null
  });
  let autoLogin;
  if (plan.kind === "start") {
    updateState(ctx.paths, profile, (st) => ({ ...st, lastProactiveLoginAt: now }));
    const r = startDetachedLogin({ profile, env: process.env });
    if (r.ok) autoLogin = { kind: "started" };
    else {
      updateState(ctx.paths, profile, ({ lastProactiveLoginAt: _, ...st }) => st);
      autoLogin = { kind: "start-failed", reason: r.reason };
    }
  } else {
    autoLogin = plan;
  }
  return {
    now,
    profile,
    decision,
    expiresAt,
    sts,
    autoLogin,
    lastLogin,
    loginHint: loginHint(ctx, s.defaultLogin),
    configWarnings: ctx.loaded.warnings
  };
}
var init_prompt_flow = __esm({
  "src/io/prompt-flow.ts"() {
    "use strict";
    init_proactive_plan();
    init_sts_plan();
    init_context();
    init_lock();
    init_login_runner();
    init_state_file();
    init_sts_background();
  }
});

// src/entries/prompt-submit.ts
var import_node_url2 = require("node:url");

// src/core/cli-args.ts
function slashCommandWords(prompt) {
  const m3 = /^\s*\/(?:cc-aws-keepalive:)?aws-keepalive(?:\s+([\s\S]*))?$/.exec(prompt);
  if (!m3) return null;
  return (m3[1] ?? "").trim().split(/\s+/).filter(Boolean);
}

// src/entries/prompt-submit.ts
init_expiry();

// src/core/hook-message.ts
init_expiry();
var UNKNOWN_EXPIRY_RELEVANCE_MS = 30 * 6e4;
var FORCE_HINT = "many login tools do nothing while the old session is still valid, so add their force flag to autoLoginCmd (saml2aws login --force, aws-azure-login --force-refresh)";
function hookMessages(s) {
  const notes = s.configWarnings.map((w) => `cc-aws-keepalive: ${w}`);
  const head = describeState(s);
  if (!head) return { user: notes.length ? notes.join("\n") : null, model: null };
  const remedy = describeRemedy(s);
  return {
    user: [`${head} \u2014 ${remedy}`, ...notes].join("\n"),
    model: `cc-aws-keepalive notice for the user (not a task): ${head}; ${remedy}.`
  };
}
function describeState(s) {
  const who = `AWS session (profile ${s.profile})`;
  const { action, remainingMs } = s.decision;
  if (action === "login" && s.autoLogin.kind === "idle") return null;
  if ((action === "warn" || action === "login") && remainingMs !== null) return `${who} expires in ${formatDuration(remainingMs)}`;
  if (action === "expired" && remainingMs !== null) return `${who} expired ${formatDuration(-remainingMs)} ago`;
  if (action === "unknown" && s.sts && !s.sts.valid) return `${who} was refused by AWS ${ago(s.now - s.sts.checkedAt)} (${s.sts.reason})`;
  return null;
}
function describeRemedy(s) {
  const recovery = s.decision.action === "expired" || s.decision.action === "unknown" ? "; Claude Code then picks up the new credentials through awsAuthRefresh, no restart needed" : "";
  const failed = relevantFailure(s);
  const a = s.autoLogin;
  switch (a.kind) {
    case "started":
      return `auto-login started in the background${failed ? ` (the previous one ${failed})` : ""}${recovery}`;
    case "running":
      return `auto-login in progress (started ${ago(s.now - a.since)})${recovery}`;
    case "waiting": {
      const retry = `next try in ${formatDuration(Math.max(a.nextAt - s.now, 6e4))}`;
      const outcome = s.lastLogin && s.lastLogin.endedAt >= a.startedAt ? s.lastLogin : null;
      if (failed) return `auto-login ${failed}; ${retry} \u2014 or ${s.loginHint}${recovery}`;
      if (outcome && expiryDidNotMove(s)) return `auto-login ran but the expiry did not move: ${FORCE_HINT} \u2014 or ${s.loginHint}${recovery}`;
      return `auto-login started ${ago(s.now - a.startedAt)}; ${retry} \u2014 or ${s.loginHint}${recovery}`;
    }
    case "start-failed":
      return `could not start auto-login (${a.reason}) \u2014 ${s.loginHint}${recovery}`;
    case "off":
    case "idle":
      return `${failed ? `auto-login ${failed} \u2014 ` : ""}${s.loginHint}${recovery}`;
  }
}
function relevantFailure(s) {
  const l = s.lastLogin;
  if (!l || l.exitCode === 0 && !l.timedOut) return null;
  const sameCreds = s.expiresAt !== null ? l.expiresBefore === s.expiresAt : s.now - l.endedAt < UNKNOWN_EXPIRY_RELEVANCE_MS;
  if (!sameCreds) return null;
  const what = l.timedOut ? `timed out after ${seconds(l.durationMs)}` : `exit ${l.exitCode ?? "by signal"} after ${seconds(l.durationMs)}`;
  const last = l.outputTail.filter((x) => x.trim()).pop();
  return `failed (${what}${last ? `: "${last.length > 100 ? `${last.slice(0, 100)}\u2026` : last}"` : ""})`;
}
function expiryDidNotMove(s) {
  const l = s.lastLogin;
  return !!l && l.exitCode === 0 && !l.timedOut && l.expiresBefore !== null && l.expiresAfter === l.expiresBefore && s.expiresAt === l.expiresAfter;
}
var seconds = (ms) => ms < 6e4 ? `${Math.max(1, Math.round(ms / 1e3))}s` : formatDuration(ms);
var ago = (ms) => ms < 6e4 ? `${Math.max(0, Math.round(ms / 1e3))}s ago` : `${formatDuration(ms)} ago`;

// src/core/hook-output.ts
function renderHookOutput(m3) {
  if (!m3.user && !m3.model) return "";
  const out = {};
  if (m3.user) out.systemMessage = m3.user;
  if (m3.model) out.hookSpecificOutput = { hookEventName: "UserPromptSubmit", additionalContext: m3.model };
  return `${JSON.stringify(out)}
`;
}

// src/schemas/hook-input.ts
init_dist();
var text = fallback(optional(string()), void 0);
var HookInputSchema = looseObject({
  session_id: text,
  transcript_path: text,
  cwd: text,
  hook_event_name: text,
  /** The raw prompt; for a slash command the client knows, its literal text (`/cc-aws-keepalive:aws-keepalive status`). */
  prompt: text
});
function parseHookInput(raw) {
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    return {};
  }
  const r = safeParse(HookInputSchema, json);
  return r.success ? r.output : {};
}

// src/entries/prompt-submit.ts
init_context();

// src/io/paths.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var nonEmpty = (v) => typeof v === "string" && v.trim() !== "";
function resolvePaths({ env, home, platform }) {
  const p = platform === "win32" ? import_node_path.win32 : import_node_path.posix;
  const expand = (v) => v === "~" || /^~[\\/]/.test(v) ? p.join(home, v.slice(1)) : v;
  const configRoot = platform === "win32" ? nonEmpty(env.APPDATA) ? env.APPDATA : p.join(home, "AppData", "Roaming") : nonEmpty(env.XDG_CONFIG_HOME) ? expand(env.XDG_CONFIG_HOME) : p.join(home, ".config");
  const stateRoot = platform === "win32" ? nonEmpty(env.LOCALAPPDATA) ? env.LOCALAPPDATA : p.join(home, "AppData", "Local") : nonEmpty(env.XDG_STATE_HOME) ? expand(env.XDG_STATE_HOME) : p.join(home, ".local", "state");
  const configDir = p.join(configRoot, "cc-aws-keepalive");
  const claudeDir = nonEmpty(env.CLAUDE_CONFIG_DIR) ? expand(env.CLAUDE_CONFIG_DIR) : p.join(home, ".claude");
  return {
    home,
    configDir,
    configJson: p.join(configDir, "config.json"),
    configToml: p.join(configDir, "config.toml"),
    stateDir: p.join(stateRoot, "cc-aws-keepalive"),
    claudeDir,
    claudeSettings: p.join(claudeDir, "settings.json"),
    awsCredentials: nonEmpty(env.AWS_SHARED_CREDENTIALS_FILE) ? expand(env.AWS_SHARED_CREDENTIALS_FILE) : p.join(home, ".aws", "credentials"),
    awsConfig: nonEmpty(env.AWS_CONFIG_FILE) ? expand(env.AWS_CONFIG_FILE) : p.join(home, ".aws", "config"),
    awsSsoCache: p.join(home, ".aws", "sso", "cache")
  };
}
function processPaths() {
  return resolvePaths({ env: process.env, home: (0, import_node_os.homedir)(), platform: process.platform });
}

// src/entries/prompt-submit.ts
init_session_status();

// src/io/stdin.ts
var import_node_fs4 = require("node:fs");
var MAX_STDIN_BYTES = 1024 * 1024;
function readStdin(timeoutMs) {
  try {
    if ((0, import_node_fs4.fstatSync)(0).isCharacterDevice()) return Promise.resolve("");
  } catch {
    return Promise.resolve("");
  }
  const chunks = [];
  let size = 0;
  const buf = Buffer.alloc(64 * 1024);
  for (; ; ) {
    let n;
    try {
      n = (0, import_node_fs4.readSync)(0, buf, 0, buf.length, null);
    } catch (err) {
      if (err.code === "EAGAIN") return pollStdin(timeoutMs, chunks, size);
      break;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    size += n;
    if (size >= MAX_STDIN_BYTES) break;
  }
  return Promise.resolve(Buffer.concat(chunks).toString("utf8"));
}
function pollStdin(timeoutMs, chunks, size) {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString("utf8"));
    };
    const timer = setTimeout(finish, timeoutMs);
    const buf = Buffer.alloc(64 * 1024);
    const next = () => (0, import_node_fs4.read)(0, buf, 0, buf.length, null, (err, n) => {
      if (done) return;
      if (err && err.code === "EAGAIN") return void setTimeout(next, 5);
      if (err || n === 0) return finish();
      chunks.push(Buffer.from(buf.subarray(0, n)));
      size += n;
      if (size >= MAX_STDIN_BYTES) finish();
      else next();
    });
    next();
  });
}
function writeStdout(text2) {
  const data = Buffer.from(text2, "utf8");
  let off = 0;
  for (let spins = 0; off < data.length && spins < 500; ) {
    try {
      off += (0, import_node_fs4.writeSync)(1, data, off);
    } catch (err) {
      if (err.code !== "EAGAIN") return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
      spins++;
    }
  }
}

// src/entries/prompt-submit.ts
var STS_PROBE_FLAG = "--sts-probe";
var onBedrock = (v) => ["1", "true", "yes", "on"].includes((v ?? "").trim().toLowerCase());
async function main() {
  if (process.argv.includes(STS_PROBE_FLAG)) {
    const { runProbe: runProbe2 } = await Promise.resolve().then(() => (init_sts_background(), sts_background_exports));
    await runProbe2(await loadContext(process.env, processPaths()), process.env);
    return "";
  }
  const input = parseHookInput(await readStdin(1e3));
  if (input.hook_event_name && input.hook_event_name !== "UserPromptSubmit") return "";
  if (typeof input.prompt === "string" && slashCommandWords(input.prompt)) {
    const cli = new URL("./cli.cjs", __ccSelfUrl).href;
    const { handleSlashCommand } = await import(cli);
    const root = (0, import_node_url2.fileURLToPath)(new URL("..", __ccSelfUrl)).replace(/[\\/]$/, "");
    const r = await handleSlashCommand(input.prompt, { env: process.env, paths: processPaths(), root, platform: process.platform, cwd: input.cwd ?? process.cwd() });
    if (r) return `${JSON.stringify({ decision: "block", reason: r.reason })}
`;
  }
  if (!onBedrock(process.env.CLAUDE_CODE_USE_BEDROCK)) return "";
  const ctx = await loadContext(process.env, processPaths());
  const cfg = ctx.loaded.config;
  const now = Date.now();
  const s = readSessionStatus(ctx);
  const decision = decideExpiry({
    now,
    expiresAt: s.expiry.expiresAt,
    warnMinutes: cfg.warnMinutes,
    autoLoginMinutes: cfg.autoLoginMinutes,
    hasAutoLogin: cfg.autoLoginCmd.trim() !== ""
  });
  if (decision.action === "ok" && ctx.loaded.warnings.length === 0) return "";
  const { assessPrompt: assessPrompt2 } = await Promise.resolve().then(() => (init_prompt_flow(), prompt_flow_exports));
  return renderHookOutput(hookMessages(assessPrompt2(ctx, s, decision, now, [(0, import_node_url2.fileURLToPath)(__ccSelfUrl), STS_PROBE_FLAG])));
}
main().then(
  (out) => {
    writeStdout(out);
    process.exit(0);
  },
  (err) => {
    const msg = `cc-aws-keepalive: unexpected error in the prompt hook: ${err instanceof Error ? err.message : String(err)}`;
    writeStdout(`${JSON.stringify({ systemMessage: msg })}
`);
    process.exit(0);
  }
);
