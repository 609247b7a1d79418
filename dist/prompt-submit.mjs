import { createRequire as __ccRequire } from 'node:module'; const require = __ccRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require2() {
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

// builtin:url
var require_url = __commonJS({
  "builtin:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

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
  if (!realDateTime(m3[1], m3[2], zone)) return null;
  const t = Date.parse(`${m3[1]}T${m3[2]}${zone}`);
  return Number.isNaN(t) ? null : t;
}
function realDateTime(date, time, zone) {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi, sec = 0] = time.split(":").map(Number);
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || sec >= 60) return false;
  const z = /^[+-](\d{2}):(\d{2})$/.exec(zone);
  return !z || Number(z[1]) <= 23 && Number(z[2]) <= 59;
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
  if (ms > FAR_FUTURE_MS) return "more than a year";
  const totalMin = Math.floor(ms / MIN);
  const h = Math.floor(totalMin / 60);
  const m3 = totalMin % 60;
  if (h === 0) return `${m3}m`;
  if (h >= 48) return `${Math.floor(h / 24)}d${h % 24}h`;
  return `${h}h${String(m3).padStart(2, "0")}m`;
}
var KNOWN_EXPIRY_FIELDS, MIN, FAR_FUTURE_MS;
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
    FAR_FUTURE_MS = 365 * 24 * 36e5;
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
var stripBom, firstLine, CONTROL, stripControl;
var init_text = __esm({
  "src/core/text.ts"() {
    "use strict";
    stripBom = (s) => s.charCodeAt(0) === 65279 ? s.slice(1) : s;
    firstLine = (msg) => (msg.split("\n")[0] ?? "").replace(/\s+in JSON at position \d+.*$/, "").trim();
    CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
    stripControl = (s) => s.replace(CONTROL, "");
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
function rangeOf(key) {
  const f = ConfigFields[key];
  return "range" in f ? f.range : null;
}
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
var MINUTES, minutes, ConfigFields, CONFIG_KEYS;
var init_config = __esm({
  "src/schemas/config.ts"() {
    "use strict";
    init_dist();
    MINUTES = { min: 0, max: 24 * 60 };
    minutes = () => pipe(number(), integer(), minValue(MINUTES.min), maxValue(MINUTES.max));
    ConfigFields = {
      profile: { schema: string(), default: "" },
      expirationField: { schema: string(), default: "" },
      loginCmd: { schema: string(), default: "" },
      autoLoginCmd: { schema: string(), default: "" },
      autoLoginMinutes: { schema: minutes(), default: 30, range: MINUTES },
      warnMinutes: { schema: minutes(), default: 30, range: MINUTES },
      timerWarnMinutes: { schema: minutes(), default: 60, range: MINUTES },
      statusLineCmd: { schema: string(), default: "" },
      // Claude Code kills awsAuthRefresh at 180 s; our whole run must end by 170 s, so a login gets at most 160 s.
      loginTimeoutSeconds: { schema: pipe(number(), integer(), minValue(10), maxValue(160)), default: 150, range: { min: 10, max: 160 } }
    };
    CONFIG_KEYS = Object.keys(ConfigFields);
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
      warnings.push(`${file}: unknown key ${JSON.stringify(key)}${guess ? ` \u2014 did you mean "${guess}"?` : " \u2014 it is ignored"}`);
      continue;
    }
    const k = key;
    const clamped = clampNumber(k, value);
    if (clamped) {
      target[k] = clamped.value;
      if (clamped.note) warnings.push(`${file}: ${clamped.note}`);
      continue;
    }
    const r = safeParse(ConfigFields[k].schema, value);
    if (r.success) target[k] = r.output;
    else warnings.push(`${file}: "${k}" should be ${describeExpected(k)}, got ${describeValue(value)} \u2014 using the default ${JSON.stringify(ConfigFields[k].default)}`);
  }
  return { config, warnings: warnings.map((w) => stripControl(w.replace(/[\r\n]+/g, " "))) };
}
function clampNumber(key, value) {
  const range = rangeOf(key);
  const n = typeof value === "bigint" ? Number(value) : value;
  if (!range || typeof n !== "number" || Number.isNaN(n)) return null;
  const used = Math.min(range.max, Math.max(range.min, Math.round(n)));
  if (used === n) return { value: used, note: null };
  const why = n < range.min || n > range.max ? `outside ${range.min}\u2013${range.max}` : "not a whole number";
  return { value: used, note: `"${key}" is ${String(n)}, ${why} \u2014 using ${used}` };
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

// builtin:fs
var require_fs = __commonJS({
  "builtin:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// src/io/safe-read.ts
function currentStamp(file) {
  try {
    return stampOf((0, import_node_fs.statSync)(file));
  } catch {
    return null;
  }
}
function kindOf(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a named pipe (FIFO)";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a regular file";
}
function readRegularBytes(file, max) {
  let fd;
  try {
    const st = (0, import_node_fs.statSync)(file);
    if (!st.isFile()) return notRegular(file, st);
    if (st.size > max) return tooLarge(file, st.size, max);
    fd = (0, import_node_fs.openSync)(file, OPEN_FLAGS);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    if (code === "EISDIR") return { problem: `${file} is a directory, not a regular file \u2014 replace it with a file or remove it` };
    return { problem: `cannot read ${file} (${code ?? "error"})` };
  }
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (!st.isFile()) return notRegular(file, st);
    const chunks = [];
    let size = 0;
    const buf = Buffer.alloc(64 * 1024);
    for (; ; ) {
      const n = (0, import_node_fs.readSync)(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      size += n;
      if (size > max) return tooLarge(file, size, max);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return { bytes: Buffer.concat(chunks, size), stamp: stampOf(st), mtimeMs: st.mtimeMs };
  } catch (err) {
    return { problem: `cannot read ${file} (${err.code ?? "error"})` };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function readRegularText(file, max) {
  const r = readRegularBytes(file, max);
  return "bytes" in r ? { text: r.bytes.toString("utf8"), stamp: r.stamp, mtimeMs: r.mtimeMs } : r;
}
function readOwnText(file, max = 1024 * 1024) {
  const r = readRegularText(file, max);
  return "text" in r ? r.text : null;
}
var import_node_fs, OPEN_FLAGS, stampOf, notRegular, kib, tooLarge;
var init_safe_read = __esm({
  "src/io/safe-read.ts"() {
    "use strict";
    import_node_fs = __toESM(require_fs(), 1);
    OPEN_FLAGS = import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NONBLOCK ?? 0);
    stampOf = (st) => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
    notRegular = (file, st) => ({ problem: `${file} is ${kindOf(st)}, not a regular file \u2014 replace it with a file or remove it` });
    kib = (n) => `${Math.ceil(n / 1024)} KiB`;
    tooLarge = (file, size, max) => ({ problem: `${file} is too large (${kib(size)}; a file like this stays under ${kib(max)})` });
  }
});

// deferred-toml:@iarna/toml
var toml_exports = {};
__export(toml_exports, {
  parse: () => parse
});
function parse(text2) {
  if (!toml) {
    const m3 = { exports: {} };
    new Function("module", "exports", "require", source)(m3, m3.exports, __require);
    toml = m3.exports;
  }
  return toml.parse(text2);
}
var source, toml;
var init_toml = __esm({
  "deferred-toml:@iarna/toml"() {
    source = '"use strict";var c=(t,e)=>()=>(e||t((e={exports:{}}).exports,e),e.exports);var S=c((Pt,O)=>{"use strict";var p=class t extends Error{constructor(e,s,r){super("[ParserError] "+e,s,r),this.name="ParserError",this.code="ParserError",Error.captureStackTrace&&Error.captureStackTrace(this,t)}},R=class{constructor(e){this.parser=e,this.buf="",this.returned=null,this.result=null,this.resultTable=null,this.resultArr=null}},_=class{constructor(){this.pos=0,this.col=0,this.line=0,this.obj={},this.ctx=this.obj,this.stack=[],this._buf="",this.char=null,this.ii=0,this.state=new R(this.parseStart)}parse(e){if(e.length===0||e.length==null)return;this._buf=String(e),this.ii=-1,this.char=-1;let s;for(;s===!1||this.nextChar();)s=this.runOne();this._buf=null}nextChar(){return this.char===10&&(++this.line,this.col=-1),++this.ii,this.char=this._buf.codePointAt(this.ii),++this.pos,++this.col,this.haveBuffer()}haveBuffer(){return this.ii<this._buf.length}runOne(){return this.state.parser.call(this,this.state.returned)}finish(){this.char=1114112;let e;do e=this.state.parser,this.runOne();while(this.state.parser!==e);return this.ctx=null,this.state=null,this._buf=null,this.obj}next(e){if(typeof e!="function")throw new p("Tried to set state to non-existent state: "+JSON.stringify(e));this.state.parser=e}goto(e){return this.next(e),this.runOne()}call(e,s){s&&this.next(s),this.stack.push(this.state),this.state=new R(e)}callNow(e,s){return this.call(e,s),this.runOne()}return(e){if(this.stack.length===0)throw this.error(new p("Stack underflow"));e===void 0&&(e=this.state.buf),this.state=this.stack.pop(),this.state.returned=e}returnNow(e){return this.return(e),this.runOne()}consume(){if(this.char===1114112)throw this.error(new p("Unexpected end-of-buffer"));this.state.buf+=this._buf[this.ii]}error(e){return e.line=this.line,e.col=this.col,e.pos=this.pos,e}parseStart(){throw new p("Must declare a parseStart method")}};_.END=1114112;_.Error=p;O.exports=_});var U=c((Bt,D)=>{"use strict";D.exports=t=>{let e=new Date(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var d=c((Ft,M)=>{"use strict";M.exports=(t,e)=>{for(e=String(e);e.length<t;)e="0"+e;return e}});var B=c((Kt,P)=>{"use strict";var C=d(),E=class extends Date{constructor(e){super(e+"Z"),this.isFloating=!0}toISOString(){let e=`${this.getUTCFullYear()}-${C(2,this.getUTCMonth()+1)}-${C(2,this.getUTCDate())}`,s=`${C(2,this.getUTCHours())}:${C(2,this.getUTCMinutes())}:${C(2,this.getUTCSeconds())}.${C(3,this.getUTCMilliseconds())}`;return`${e}T${s}`}};P.exports=t=>{let e=new E(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var $=c(($t,K)=>{"use strict";var F=d(),ot=global.Date,b=class extends ot{constructor(e){super(e),this.isDate=!0}toISOString(){return`${this.getUTCFullYear()}-${F(2,this.getUTCMonth()+1)}-${F(2,this.getUTCDate())}`}};K.exports=t=>{let e=new b(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var Q=c((qt,q)=>{"use strict";var g=d(),N=class extends Date{constructor(e){super(`0000-01-01T${e}Z`),this.isTime=!0}toISOString(){return`${g(2,this.getUTCHours())}:${g(2,this.getUTCMinutes())}:${g(2,this.getUTCSeconds())}.${g(3,this.getUTCMilliseconds())}`}};q.exports=t=>{let e=new N(t);if(isNaN(e))throw new TypeError("Invalid Datetime");return e}});var A=c((exports,module)=>{"use strict";module.exports=makeParserClass(S());module.exports.makeParserClass=makeParserClass;var TomlError=class t extends Error{constructor(e){super(e),this.name="TomlError",Error.captureStackTrace&&Error.captureStackTrace(this,t),this.fromTOML=!0,this.wrapped=null}};TomlError.wrap=t=>{let e=new TomlError(t.message);return e.code=t.code,e.wrapped=t,e};module.exports.TomlError=TomlError;var createDateTime=U(),createDateTimeFloat=B(),createDate=$(),createTime=Q(),CTRL_I=9,CTRL_J=10,CTRL_M=13,CTRL_CHAR_BOUNDARY=31,CHAR_SP=32,CHAR_QUOT=34,CHAR_NUM=35,CHAR_APOS=39,CHAR_PLUS=43,CHAR_COMMA=44,CHAR_HYPHEN=45,CHAR_PERIOD=46,CHAR_0=48,CHAR_1=49,CHAR_7=55,CHAR_9=57,CHAR_COLON=58,CHAR_EQUALS=61,CHAR_A=65,CHAR_E=69,CHAR_F=70,CHAR_T=84,CHAR_U=85,CHAR_Z=90,CHAR_LOWBAR=95,CHAR_a=97,CHAR_b=98,CHAR_e=101,CHAR_f=102,CHAR_i=105,CHAR_l=108,CHAR_n=110,CHAR_o=111,CHAR_r=114,CHAR_s=115,CHAR_t=116,CHAR_u=117,CHAR_x=120,CHAR_z=122,CHAR_LCUB=123,CHAR_RCUB=125,CHAR_LSQB=91,CHAR_BSOL=92,CHAR_RSQB=93,CHAR_DEL=127,SURROGATE_FIRST=55296,SURROGATE_LAST=57343,escapes={[CHAR_b]:"\\b",[CHAR_t]:"	",[CHAR_n]:`\n`,[CHAR_f]:"\\f",[CHAR_r]:"\\r",[CHAR_QUOT]:\'"\',[CHAR_BSOL]:"\\\\"};function isDigit(t){return t>=CHAR_0&&t<=CHAR_9}function isHexit(t){return t>=CHAR_A&&t<=CHAR_F||t>=CHAR_a&&t<=CHAR_f||t>=CHAR_0&&t<=CHAR_9}function isBit(t){return t===CHAR_1||t===CHAR_0}function isOctit(t){return t>=CHAR_0&&t<=CHAR_7}function isAlphaNumQuoteHyphen(t){return t>=CHAR_A&&t<=CHAR_Z||t>=CHAR_a&&t<=CHAR_z||t>=CHAR_0&&t<=CHAR_9||t===CHAR_APOS||t===CHAR_QUOT||t===CHAR_LOWBAR||t===CHAR_HYPHEN}function isAlphaNumHyphen(t){return t>=CHAR_A&&t<=CHAR_Z||t>=CHAR_a&&t<=CHAR_z||t>=CHAR_0&&t<=CHAR_9||t===CHAR_LOWBAR||t===CHAR_HYPHEN}var _type=Symbol("type"),_declared=Symbol("declared"),hasOwnProperty=Object.prototype.hasOwnProperty,defineProperty=Object.defineProperty,descriptor={configurable:!0,enumerable:!0,writable:!0,value:void 0};function hasKey(t,e){return hasOwnProperty.call(t,e)?!0:(e==="__proto__"&&defineProperty(t,"__proto__",descriptor),!1)}var INLINE_TABLE=Symbol("inline-table");function InlineTable(){return Object.defineProperties({},{[_type]:{value:INLINE_TABLE}})}function isInlineTable(t){return t===null||typeof t!="object"?!1:t[_type]===INLINE_TABLE}var TABLE=Symbol("table");function Table(){return Object.defineProperties({},{[_type]:{value:TABLE},[_declared]:{value:!1,writable:!0}})}function isTable(t){return t===null||typeof t!="object"?!1:t[_type]===TABLE}var _contentType=Symbol("content-type"),INLINE_LIST=Symbol("inline-list");function InlineList(t){return Object.defineProperties([],{[_type]:{value:INLINE_LIST},[_contentType]:{value:t}})}function isInlineList(t){return t===null||typeof t!="object"?!1:t[_type]===INLINE_LIST}var LIST=Symbol("list");function List(){return Object.defineProperties([],{[_type]:{value:LIST}})}function isList(t){return t===null||typeof t!="object"?!1:t[_type]===LIST}var _custom;try{let utilInspect=eval("require(\'util\').inspect");_custom=utilInspect.custom}catch(t){}var _inspect=_custom||"inspect",BoxedBigInt=class{constructor(e){try{this.value=global.BigInt.asIntN(64,e)}catch{this.value=null}Object.defineProperty(this,_type,{value:INTEGER})}isNaN(){return this.value===null}toString(){return String(this.value)}[_inspect](){return`[BigInt: ${this.toString()}]}`}valueOf(){return this.value}},INTEGER=Symbol("integer");function Integer(t){let e=Number(t);return Object.is(e,-0)&&(e=0),global.BigInt&&!Number.isSafeInteger(e)?new BoxedBigInt(t):Object.defineProperties(new Number(e),{isNaN:{value:function(){return isNaN(this)}},[_type]:{value:INTEGER},[_inspect]:{value:()=>`[Integer: ${t}]`}})}function isInteger(t){return t===null||typeof t!="object"?!1:t[_type]===INTEGER}var FLOAT=Symbol("float");function Float(t){return Object.defineProperties(new Number(t),{[_type]:{value:FLOAT},[_inspect]:{value:()=>`[Float: ${t}]`}})}function isFloat(t){return t===null||typeof t!="object"?!1:t[_type]===FLOAT}function tomlType(t){let e=typeof t;if(e==="object"){if(t===null)return"null";if(t instanceof Date)return"datetime";if(_type in t)switch(t[_type]){case INLINE_TABLE:return"inline-table";case INLINE_LIST:return"inline-list";case TABLE:return"table";case LIST:return"list";case FLOAT:return"float";case INTEGER:return"integer"}}return e}function makeParserClass(t){class e extends t{constructor(){super(),this.ctx=this.obj=Table()}atEndOfWord(){return this.char===CHAR_NUM||this.char===CTRL_I||this.char===CHAR_SP||this.atEndOfLine()}atEndOfLine(){return this.char===t.END||this.char===CTRL_J||this.char===CTRL_M}parseStart(){if(this.char===t.END)return null;if(this.char===CHAR_LSQB)return this.call(this.parseTableOrList);if(this.char===CHAR_NUM)return this.call(this.parseComment);if(this.char===CTRL_J||this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M)return null;if(isAlphaNumQuoteHyphen(this.char))return this.callNow(this.parseAssignStatement);throw this.error(new TomlError(`Unknown character "${this.char}"`))}parseWhitespaceToEOL(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M)return null;if(this.char===CHAR_NUM)return this.goto(this.parseComment);if(this.char===t.END||this.char===CTRL_J)return this.return();throw this.error(new TomlError("Unexpected character, expected only whitespace or comments till end of line"))}parseAssignStatement(){return this.callNow(this.parseAssign,this.recordAssignStatement)}recordAssignStatement(r){let i=this.ctx,h=r.key.pop();for(let n of r.key){if(hasKey(i,n)&&(!isTable(i[n])||i[n][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));i=i[n]=i[n]||Table()}if(hasKey(i,h))throw this.error(new TomlError("Can\'t redefine existing key"));return isInteger(r.value)||isFloat(r.value)?i[h]=r.value.valueOf():i[h]=r.value,this.goto(this.parseWhitespaceToEOL)}parseAssign(){return this.callNow(this.parseKeyword,this.recordAssignKeyword)}recordAssignKeyword(r){return this.state.resultTable?this.state.resultTable.push(r):this.state.resultTable=[r],this.goto(this.parseAssignKeywordPreDot)}parseAssignKeywordPreDot(){if(this.char===CHAR_PERIOD)return this.next(this.parseAssignKeywordPostDot);if(this.char!==CHAR_SP&&this.char!==CTRL_I)return this.goto(this.parseAssignEqual)}parseAssignKeywordPostDot(){if(this.char!==CHAR_SP&&this.char!==CTRL_I)return this.callNow(this.parseKeyword,this.recordAssignKeyword)}parseAssignEqual(){if(this.char===CHAR_EQUALS)return this.next(this.parseAssignPreValue);throw this.error(new TomlError(\'Invalid character, expected "="\'))}parseAssignPreValue(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseValue,this.recordAssignValue)}recordAssignValue(r){return this.returnNow({key:this.state.resultTable,value:r})}parseComment(){do if(this.char===t.END||this.char===CTRL_J)return this.return();while(this.nextChar())}parseTableOrList(){if(this.char===CHAR_LSQB)this.next(this.parseList);else return this.goto(this.parseTable)}parseTable(){return this.ctx=this.obj,this.goto(this.parseTableNext)}parseTableNext(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseKeyword,this.parseTableMore)}parseTableMore(r){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CHAR_RSQB){if(hasKey(this.ctx,r)&&(!isTable(this.ctx[r])||this.ctx[r][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));return this.ctx=this.ctx[r]=this.ctx[r]||Table(),this.ctx[_declared]=!0,this.next(this.parseWhitespaceToEOL)}else if(this.char===CHAR_PERIOD){if(!hasKey(this.ctx,r))this.ctx=this.ctx[r]=Table();else if(isTable(this.ctx[r]))this.ctx=this.ctx[r];else if(isList(this.ctx[r]))this.ctx=this.ctx[r][this.ctx[r].length-1];else throw this.error(new TomlError("Can\'t redefine existing key"));return this.next(this.parseTableNext)}else throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseList(){return this.ctx=this.obj,this.goto(this.parseListNext)}parseListNext(){return this.char===CHAR_SP||this.char===CTRL_I?null:this.callNow(this.parseKeyword,this.parseListMore)}parseListMore(r){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CHAR_RSQB){if(hasKey(this.ctx,r)||(this.ctx[r]=List()),isInlineList(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline array"));if(isList(this.ctx[r])){let i=Table();this.ctx[r].push(i),this.ctx=i}else throw this.error(new TomlError("Can\'t redefine an existing key"));return this.next(this.parseListEnd)}else if(this.char===CHAR_PERIOD){if(!hasKey(this.ctx,r))this.ctx=this.ctx[r]=Table();else{if(isInlineList(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline array"));if(isInlineTable(this.ctx[r]))throw this.error(new TomlError("Can\'t extend an inline table"));if(isList(this.ctx[r]))this.ctx=this.ctx[r][this.ctx[r].length-1];else if(isTable(this.ctx[r]))this.ctx=this.ctx[r];else throw this.error(new TomlError("Can\'t redefine an existing key"))}return this.next(this.parseListNext)}else throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseListEnd(r){if(this.char===CHAR_RSQB)return this.next(this.parseWhitespaceToEOL);throw this.error(new TomlError("Unexpected character, expected whitespace, . or ]"))}parseValue(){if(this.char===t.END)throw this.error(new TomlError("Key without value"));if(this.char===CHAR_QUOT)return this.next(this.parseDoubleString);if(this.char===CHAR_APOS)return this.next(this.parseSingleString);if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)return this.goto(this.parseNumberSign);if(this.char===CHAR_i)return this.next(this.parseInf);if(this.char===CHAR_n)return this.next(this.parseNan);if(isDigit(this.char))return this.goto(this.parseNumberOrDateTime);if(this.char===CHAR_t||this.char===CHAR_f)return this.goto(this.parseBoolean);if(this.char===CHAR_LSQB)return this.call(this.parseInlineList,this.recordValue);if(this.char===CHAR_LCUB)return this.call(this.parseInlineTable,this.recordValue);throw this.error(new TomlError("Unexpected character, expecting string, number, datetime, boolean, inline array or inline table"))}recordValue(r){return this.returnNow(r)}parseInf(){if(this.char===CHAR_n)return this.next(this.parseInf2);throw this.error(new TomlError(\'Unexpected character, expected "inf", "+inf" or "-inf"\'))}parseInf2(){if(this.char===CHAR_f)return this.state.buf==="-"?this.return(-1/0):this.return(1/0);throw this.error(new TomlError(\'Unexpected character, expected "inf", "+inf" or "-inf"\'))}parseNan(){if(this.char===CHAR_a)return this.next(this.parseNan2);throw this.error(new TomlError(\'Unexpected character, expected "nan"\'))}parseNan2(){if(this.char===CHAR_n)return this.return(NaN);throw this.error(new TomlError(\'Unexpected character, expected "nan"\'))}parseKeyword(){return this.char===CHAR_QUOT?this.next(this.parseBasicString):this.char===CHAR_APOS?this.next(this.parseLiteralString):this.goto(this.parseBareKey)}parseBareKey(){do{if(this.char===t.END)throw this.error(new TomlError("Key ended without value"));if(isAlphaNumHyphen(this.char))this.consume();else{if(this.state.buf.length===0)throw this.error(new TomlError("Empty bare keys are not allowed"));return this.returnNow()}}while(this.nextChar())}parseSingleString(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiStringMaybe):this.goto(this.parseLiteralString)}parseLiteralString(){do{if(this.char===CHAR_APOS)return this.return();if(this.atEndOfLine())throw this.error(new TomlError("Unterminated string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}parseLiteralMultiStringMaybe(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiString):this.returnNow()}parseLiteralMultiString(){return this.char===CTRL_M?null:this.char===CTRL_J?this.next(this.parseLiteralMultiStringContent):this.goto(this.parseLiteralMultiStringContent)}parseLiteralMultiStringContent(){do{if(this.char===CHAR_APOS)return this.next(this.parseLiteralMultiEnd);if(this.char===t.END)throw this.error(new TomlError("Unterminated multi-line string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I&&this.char!==CTRL_J&&this.char!==CTRL_M)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}parseLiteralMultiEnd(){return this.char===CHAR_APOS?this.next(this.parseLiteralMultiEnd2):(this.state.buf+="\'",this.goto(this.parseLiteralMultiStringContent))}parseLiteralMultiEnd2(){return this.char===CHAR_APOS?this.return():(this.state.buf+="\'\'",this.goto(this.parseLiteralMultiStringContent))}parseDoubleString(){return this.char===CHAR_QUOT?this.next(this.parseMultiStringMaybe):this.goto(this.parseBasicString)}parseBasicString(){do{if(this.char===CHAR_BSOL)return this.call(this.parseEscape,this.recordEscapeReplacement);if(this.char===CHAR_QUOT)return this.return();if(this.atEndOfLine())throw this.error(new TomlError("Unterminated string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}recordEscapeReplacement(r){return this.state.buf+=r,this.goto(this.parseBasicString)}parseMultiStringMaybe(){return this.char===CHAR_QUOT?this.next(this.parseMultiString):this.returnNow()}parseMultiString(){return this.char===CTRL_M?null:this.char===CTRL_J?this.next(this.parseMultiStringContent):this.goto(this.parseMultiStringContent)}parseMultiStringContent(){do{if(this.char===CHAR_BSOL)return this.call(this.parseMultiEscape,this.recordMultiEscapeReplacement);if(this.char===CHAR_QUOT)return this.next(this.parseMultiEnd);if(this.char===t.END)throw this.error(new TomlError("Unterminated multi-line string"));if(this.char===CHAR_DEL||this.char<=CTRL_CHAR_BOUNDARY&&this.char!==CTRL_I&&this.char!==CTRL_J&&this.char!==CTRL_M)throw this.errorControlCharInString();this.consume()}while(this.nextChar())}errorControlCharInString(){let r="\\\\u00";return this.char<16&&(r+="0"),r+=this.char.toString(16),this.error(new TomlError(`Control characters (codes < 0x1f and 0x7f) are not allowed in strings, use ${r} instead`))}recordMultiEscapeReplacement(r){return this.state.buf+=r,this.goto(this.parseMultiStringContent)}parseMultiEnd(){return this.char===CHAR_QUOT?this.next(this.parseMultiEnd2):(this.state.buf+=\'"\',this.goto(this.parseMultiStringContent))}parseMultiEnd2(){return this.char===CHAR_QUOT?this.return():(this.state.buf+=\'""\',this.goto(this.parseMultiStringContent))}parseMultiEscape(){return this.char===CTRL_M||this.char===CTRL_J?this.next(this.parseMultiTrim):this.char===CHAR_SP||this.char===CTRL_I?this.next(this.parsePreMultiTrim):this.goto(this.parseEscape)}parsePreMultiTrim(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===CTRL_M||this.char===CTRL_J)return this.next(this.parseMultiTrim);throw this.error(new TomlError("Can\'t escape whitespace"))}parseMultiTrim(){return this.char===CTRL_J||this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M?null:this.returnNow()}parseEscape(){if(this.char in escapes)return this.return(escapes[this.char]);if(this.char===CHAR_u)return this.call(this.parseSmallUnicode,this.parseUnicodeReturn);if(this.char===CHAR_U)return this.call(this.parseLargeUnicode,this.parseUnicodeReturn);throw this.error(new TomlError("Unknown escape character: "+this.char))}parseUnicodeReturn(r){try{let i=parseInt(r,16);if(i>=SURROGATE_FIRST&&i<=SURROGATE_LAST)throw this.error(new TomlError("Invalid unicode, character in range 0xD800 - 0xDFFF is reserved"));return this.returnNow(String.fromCodePoint(i))}catch(i){throw this.error(TomlError.wrap(i))}}parseSmallUnicode(){if(isHexit(this.char)){if(this.consume(),this.state.buf.length>=4)return this.return()}else throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"))}parseLargeUnicode(){if(isHexit(this.char)){if(this.consume(),this.state.buf.length>=8)return this.return()}else throw this.error(new TomlError("Invalid character in unicode sequence, expected hex"))}parseNumberSign(){return this.consume(),this.next(this.parseMaybeSignedInfOrNan)}parseMaybeSignedInfOrNan(){return this.char===CHAR_i?this.next(this.parseInf):this.char===CHAR_n?this.next(this.parseNan):this.callNow(this.parseNoUnder,this.parseNumberIntegerStart)}parseNumberIntegerStart(){return this.char===CHAR_0?(this.consume(),this.next(this.parseNumberIntegerExponentOrDecimal)):this.goto(this.parseNumberInteger)}parseNumberIntegerExponentOrDecimal(){return this.char===CHAR_PERIOD?(this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat)):this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.returnNow(Integer(this.state.buf))}parseNumberInteger(){if(isDigit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder);if(this.char===CHAR_E||this.char===CHAR_e)return this.consume(),this.next(this.parseNumberExponentSign);if(this.char===CHAR_PERIOD)return this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseNoUnder(){if(this.char===CHAR_LOWBAR||this.char===CHAR_PERIOD||this.char===CHAR_E||this.char===CHAR_e)throw this.error(new TomlError("Unexpected character, expected digit"));if(this.atEndOfWord())throw this.error(new TomlError("Incomplete number"));return this.returnNow()}parseNoUnderHexOctBinLiteral(){if(this.char===CHAR_LOWBAR||this.char===CHAR_PERIOD)throw this.error(new TomlError("Unexpected character, expected digit"));if(this.atEndOfWord())throw this.error(new TomlError("Incomplete number"));return this.returnNow()}parseNumberFloat(){if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder,this.parseNumberFloat);if(isDigit(this.char))this.consume();else return this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.returnNow(Float(this.state.buf))}parseNumberExponentSign(){if(isDigit(this.char))return this.goto(this.parseNumberExponent);if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.call(this.parseNoUnder,this.parseNumberExponent);else throw this.error(new TomlError("Unexpected character, expected -, + or digit"))}parseNumberExponent(){if(isDigit(this.char))this.consume();else return this.char===CHAR_LOWBAR?this.call(this.parseNoUnder):this.returnNow(Float(this.state.buf))}parseNumberOrDateTime(){return this.char===CHAR_0?(this.consume(),this.next(this.parseNumberBaseOrDateTime)):this.goto(this.parseNumberOrDateTimeOnly)}parseNumberOrDateTimeOnly(){if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnder,this.parseNumberInteger);if(isDigit(this.char))this.consume(),this.state.buf.length>4&&this.next(this.parseNumberInteger);else return this.char===CHAR_E||this.char===CHAR_e?(this.consume(),this.next(this.parseNumberExponentSign)):this.char===CHAR_PERIOD?(this.consume(),this.call(this.parseNoUnder,this.parseNumberFloat)):this.char===CHAR_HYPHEN?this.goto(this.parseDateTime):this.char===CHAR_COLON?this.goto(this.parseOnlyTimeHour):this.returnNow(Integer(this.state.buf))}parseDateTimeOnly(){if(this.state.buf.length<4){if(isDigit(this.char))return this.consume();if(this.char===CHAR_COLON)return this.goto(this.parseOnlyTimeHour);throw this.error(new TomlError("Expected digit while parsing year part of a date"))}else{if(this.char===CHAR_HYPHEN)return this.goto(this.parseDateTime);throw this.error(new TomlError("Expected hyphen (-) while parsing year part of date"))}}parseNumberBaseOrDateTime(){return this.char===CHAR_b?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerBin)):this.char===CHAR_o?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerOct)):this.char===CHAR_x?(this.consume(),this.call(this.parseNoUnderHexOctBinLiteral,this.parseIntegerHex)):this.char===CHAR_PERIOD?this.goto(this.parseNumberInteger):isDigit(this.char)?this.goto(this.parseDateTimeOnly):this.returnNow(Integer(this.state.buf))}parseIntegerHex(){if(isHexit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseIntegerOct(){if(isOctit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseIntegerBin(){if(isBit(this.char))this.consume();else{if(this.char===CHAR_LOWBAR)return this.call(this.parseNoUnderHexOctBinLiteral);{let r=Integer(this.state.buf);if(r.isNaN())throw this.error(new TomlError("Invalid number"));return this.returnNow(r)}}}parseDateTime(){if(this.state.buf.length<4)throw this.error(new TomlError("Years less than 1000 must be zero padded to four characters"));return this.state.result=this.state.buf,this.state.buf="",this.next(this.parseDateMonth)}parseDateMonth(){if(this.char===CHAR_HYPHEN){if(this.state.buf.length<2)throw this.error(new TomlError("Months less than 10 must be zero padded to two characters"));return this.state.result+="-"+this.state.buf,this.state.buf="",this.next(this.parseDateDay)}else if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}parseDateDay(){if(this.char===CHAR_T||this.char===CHAR_SP){if(this.state.buf.length<2)throw this.error(new TomlError("Days less than 10 must be zero padded to two characters"));return this.state.result+="-"+this.state.buf,this.state.buf="",this.next(this.parseStartTimeHour)}else{if(this.atEndOfWord())return this.returnNow(createDate(this.state.result+"-"+this.state.buf));if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}}parseStartTimeHour(){return this.atEndOfWord()?this.returnNow(createDate(this.state.result)):this.goto(this.parseTimeHour)}parseTimeHour(){if(this.char===CHAR_COLON){if(this.state.buf.length<2)throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));return this.state.result+="T"+this.state.buf,this.state.buf="",this.next(this.parseTimeMin)}else if(isDigit(this.char))this.consume();else throw this.error(new TomlError("Incomplete datetime"))}parseTimeMin(){if(this.state.buf.length<2&&isDigit(this.char))this.consume();else{if(this.state.buf.length===2&&this.char===CHAR_COLON)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseTimeSec);throw this.error(new TomlError("Incomplete datetime"))}}parseTimeSec(){if(isDigit(this.char)){if(this.consume(),this.state.buf.length===2)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseTimeZoneOrFraction)}else throw this.error(new TomlError("Incomplete datetime"))}parseOnlyTimeHour(){if(this.char===CHAR_COLON){if(this.state.buf.length<2)throw this.error(new TomlError("Hours less than 10 must be zero padded to two characters"));return this.state.result=this.state.buf,this.state.buf="",this.next(this.parseOnlyTimeMin)}else throw this.error(new TomlError("Incomplete time"))}parseOnlyTimeMin(){if(this.state.buf.length<2&&isDigit(this.char))this.consume();else{if(this.state.buf.length===2&&this.char===CHAR_COLON)return this.state.result+=":"+this.state.buf,this.state.buf="",this.next(this.parseOnlyTimeSec);throw this.error(new TomlError("Incomplete time"))}}parseOnlyTimeSec(){if(isDigit(this.char)){if(this.consume(),this.state.buf.length===2)return this.next(this.parseOnlyTimeFractionMaybe)}else throw this.error(new TomlError("Incomplete time"))}parseOnlyTimeFractionMaybe(){if(this.state.result+=":"+this.state.buf,this.char===CHAR_PERIOD)this.state.buf="",this.next(this.parseOnlyTimeFraction);else return this.return(createTime(this.state.result))}parseOnlyTimeFraction(){if(isDigit(this.char))this.consume();else if(this.atEndOfWord()){if(this.state.buf.length===0)throw this.error(new TomlError("Expected digit in milliseconds"));return this.returnNow(createTime(this.state.result+"."+this.state.buf))}else throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}parseTimeZoneOrFraction(){if(this.char===CHAR_PERIOD)this.consume(),this.next(this.parseDateTimeFraction);else if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.next(this.parseTimeZoneHour);else{if(this.char===CHAR_Z)return this.consume(),this.return(createDateTime(this.state.result+this.state.buf));if(this.atEndOfWord())return this.returnNow(createDateTimeFloat(this.state.result+this.state.buf));throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}}parseDateTimeFraction(){if(isDigit(this.char))this.consume();else{if(this.state.buf.length===1)throw this.error(new TomlError("Expected digit in milliseconds"));if(this.char===CHAR_HYPHEN||this.char===CHAR_PLUS)this.consume(),this.next(this.parseTimeZoneHour);else{if(this.char===CHAR_Z)return this.consume(),this.return(createDateTime(this.state.result+this.state.buf));if(this.atEndOfWord())return this.returnNow(createDateTimeFloat(this.state.result+this.state.buf));throw this.error(new TomlError("Unexpected character in datetime, expected period (.), minus (-), plus (+) or Z"))}}}parseTimeZoneHour(){if(isDigit(this.char)){if(this.consume(),/\\d\\d$/.test(this.state.buf))return this.next(this.parseTimeZoneSep)}else throw this.error(new TomlError("Unexpected character in datetime, expected digit"))}parseTimeZoneSep(){if(this.char===CHAR_COLON)this.consume(),this.next(this.parseTimeZoneMin);else throw this.error(new TomlError("Unexpected character in datetime, expected colon"))}parseTimeZoneMin(){if(isDigit(this.char)){if(this.consume(),/\\d\\d$/.test(this.state.buf))return this.return(createDateTime(this.state.result+this.state.buf))}else throw this.error(new TomlError("Unexpected character in datetime, expected digit"))}parseBoolean(){if(this.char===CHAR_t)return this.consume(),this.next(this.parseTrue_r);if(this.char===CHAR_f)return this.consume(),this.next(this.parseFalse_a)}parseTrue_r(){if(this.char===CHAR_r)return this.consume(),this.next(this.parseTrue_u);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseTrue_u(){if(this.char===CHAR_u)return this.consume(),this.next(this.parseTrue_e);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseTrue_e(){if(this.char===CHAR_e)return this.return(!0);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_a(){if(this.char===CHAR_a)return this.consume(),this.next(this.parseFalse_l);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_l(){if(this.char===CHAR_l)return this.consume(),this.next(this.parseFalse_s);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_s(){if(this.char===CHAR_s)return this.consume(),this.next(this.parseFalse_e);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseFalse_e(){if(this.char===CHAR_e)return this.return(!1);throw this.error(new TomlError("Invalid boolean, expected true or false"))}parseInlineList(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M||this.char===CTRL_J)return null;if(this.char===t.END)throw this.error(new TomlError("Unterminated inline array"));return this.char===CHAR_NUM?this.call(this.parseComment):this.char===CHAR_RSQB?this.return(this.state.resultArr||InlineList()):this.callNow(this.parseValue,this.recordInlineListValue)}recordInlineListValue(r){if(this.state.resultArr){let i=this.state.resultArr[_contentType],h=tomlType(r);if(i!==h)throw this.error(new TomlError(`Inline lists must be a single type, not a mix of ${i} and ${h}`))}else this.state.resultArr=InlineList(tomlType(r));return isFloat(r)||isInteger(r)?this.state.resultArr.push(r.valueOf()):this.state.resultArr.push(r),this.goto(this.parseInlineListNext)}parseInlineListNext(){if(this.char===CHAR_SP||this.char===CTRL_I||this.char===CTRL_M||this.char===CTRL_J)return null;if(this.char===CHAR_NUM)return this.call(this.parseComment);if(this.char===CHAR_COMMA)return this.next(this.parseInlineList);if(this.char===CHAR_RSQB)return this.goto(this.parseInlineList);throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"))}parseInlineTable(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===t.END||this.char===CHAR_NUM||this.char===CTRL_J||this.char===CTRL_M)throw this.error(new TomlError("Unterminated inline array"));return this.char===CHAR_RCUB?this.return(this.state.resultTable||InlineTable()):(this.state.resultTable||(this.state.resultTable=InlineTable()),this.callNow(this.parseAssign,this.recordInlineTableValue))}recordInlineTableValue(r){let i=this.state.resultTable,h=r.key.pop();for(let n of r.key){if(hasKey(i,n)&&(!isTable(i[n])||i[n][_declared]))throw this.error(new TomlError("Can\'t redefine existing key"));i=i[n]=i[n]||Table()}if(hasKey(i,h))throw this.error(new TomlError("Can\'t redefine existing key"));return isInteger(r.value)||isFloat(r.value)?i[h]=r.value.valueOf():i[h]=r.value,this.goto(this.parseInlineTableNext)}parseInlineTableNext(){if(this.char===CHAR_SP||this.char===CTRL_I)return null;if(this.char===t.END||this.char===CHAR_NUM||this.char===CTRL_J||this.char===CTRL_M)throw this.error(new TomlError("Unterminated inline array"));if(this.char===CHAR_COMMA)return this.next(this.parseInlineTable);if(this.char===CHAR_RCUB)return this.goto(this.parseInlineTable);throw this.error(new TomlError("Invalid character, expected whitespace, comma (,) or close bracket (])"))}}return e}});var x=c((Qt,W)=>{"use strict";W.exports=lt;function lt(t,e){if(t.pos==null||t.line==null)return t;let s=t.message;if(s+=` at row ${t.line+1}, col ${t.col+1}, pos ${t.pos}:\n`,e&&e.split){let r=e.split(/\\n/),i=String(Math.min(r.length,t.line+3)).length,h=" ";for(;h.length<i;)h+=" ";for(let n=Math.max(0,t.line-1);n<Math.min(r.length,t.line+2);++n){let a=String(n+1);if(a.length<i&&(a=" "+a),t.line===n){s+=a+"> "+r[n]+`\n`,s+=h+"  ";for(let o=0;o<t.col;++o)s+=" ";s+=`^\n`}else s+=a+": "+r[n]+`\n`}}return t.message=s+`\n`,t}});var Z=c((Wt,J)=>{"use strict";J.exports=ft;var ct=A(),ut=x();function ft(t){global.Buffer&&global.Buffer.isBuffer(t)&&(t=t.toString("utf8"));let e=new ct;try{return e.parse(t),e.finish()}catch(s){throw ut(s,t)}}});var V=c((Jt,v)=>{"use strict";v.exports=mt;var pt=A(),Y=x();function mt(t,e){e||(e={});let s=0,r=e.blocksize||40960,i=new pt;return new Promise((n,a)=>{setImmediate(h,s,r,n,a)});function h(n,a,o,f){if(n>=t.length)try{return o(i.finish())}catch(u){return f(Y(u,t))}try{i.parse(t.slice(n,n+a)),setImmediate(h,n+a,a,o,f)}catch(u){f(Y(u,t))}}}});var j=c((Zt,G)=>{"use strict";G.exports=_t;var Ct=require("stream"),z=A();function _t(t){return t?Tt(t):Rt(t)}function Tt(t){let e=new z;return t.setEncoding("utf8"),new Promise((s,r)=>{let i,h=!1,n=!1;function a(){if(h=!0,!i)try{s(e.finish())}catch(u){r(u)}}function o(u){n=!0,r(u)}t.once("end",a),t.once("error",o),f();function f(){i=!0;let u;for(;(u=t.read())!==null;)try{e.parse(u)}catch(at){return o(at)}if(i=!1,h)return a();n||t.once("readable",f)}})}function Rt(){let t=new z;return new Ct.Transform({objectMode:!0,transform(e,s,r){try{t.parse(e.toString(s))}catch(i){this.emit("error",i)}r()},flush(e){try{this.push(t.finish())}catch(s){this.emit("error",s)}e()}})}});var k=c((Yt,T)=>{"use strict";T.exports=Z();T.exports.async=V();T.exports.stream=j();T.exports.prettyError=x()});var ht=c((vt,I)=>{"use strict";I.exports=dt;I.exports.value=L;function dt(t){if(t===null)throw m("null");if(t===void 0)throw m("undefined");if(typeof t!="object")throw m(typeof t);if(typeof t.toJSON=="function"&&(t=t.toJSON()),t==null)return null;let e=l(t);if(e!=="table")throw m(e);return y("","",t)}function m(t){return new Error("Can only stringify objects, not "+t)}function gt(){return new Error("Array values can\'t have mixed types")}function X(t){return Object.keys(t).filter(e=>tt(t[e]))}function At(t){return Object.keys(t).filter(e=>!tt(t[e]))}function w(t){let e=Array.isArray(t)?[]:Object.prototype.hasOwnProperty.call(t,"__proto__")?{["__proto__"]:void 0}:{};for(let s of Object.keys(t))t[s]&&typeof t[s].toJSON=="function"&&!("toISOString"in t[s])?e[s]=t[s].toJSON():e[s]=t[s];return e}function y(t,e,s){s=w(s);var r,i;r=X(s),i=At(s);var h=[],n=e||"";r.forEach(o=>{var f=l(s[o]);f!=="undefined"&&f!=="null"&&h.push(n+H(o)+" = "+st(s[o],!0))}),h.length>0&&h.push("");var a=t&&r.length>0?e+"  ":"";return i.forEach(o=>{h.push(St(t,a,o,s[o]))}),h.join(`\n`)}function tt(t){switch(l(t)){case"undefined":case"null":case"integer":case"nan":case"float":case"boolean":case"string":case"datetime":return!0;case"array":return t.length===0||l(t[0])!=="table";case"table":return Object.keys(t).length===0;default:return!1}}function l(t){return t===void 0?"undefined":t===null?"null":typeof t=="bigint"||Number.isInteger(t)&&!Object.is(t,-0)?"integer":typeof t=="number"?"float":typeof t=="boolean"?"boolean":typeof t=="string"?"string":"toISOString"in t?isNaN(t)?"undefined":"datetime":Array.isArray(t)?"array":"table"}function H(t){var e=String(t);return/^[-A-Za-z0-9_]+$/.test(e)?e:et(e)}function et(t){return\'"\'+rt(t).replace(/"/g,\'\\\\"\')+\'"\'}function xt(t){return"\'"+t+"\'"}function wt(t,e){for(;e.length<t;)e="0"+e;return e}function rt(t){return t.replace(/\\\\/g,"\\\\\\\\").replace(/[\\b]/g,"\\\\b").replace(/\\t/g,"\\\\t").replace(/\\n/g,"\\\\n").replace(/\\f/g,"\\\\f").replace(/\\r/g,"\\\\r").replace(/([\\u0000-\\u001f\\u007f])/,e=>"\\\\u"+wt(4,e.codePointAt(0).toString(16)))}function Ht(t){let e=t.split(/\\n/).map(s=>rt(s).replace(/"(?="")/g,\'\\\\"\')).join(`\n`);return e.slice(-1)===\'"\'&&(e+=`\\\\\n`),`"""\n`+e+\'"""\'}function st(t,e){let s=l(t);return s==="string"&&(e&&/\\n/.test(t)?s="string-multiline":!/[\\b\\t\\n\\f\\r\']/.test(t)&&/"/.test(t)&&(s="string-literal")),L(t,s)}function L(t,e){switch(e||(e=l(t)),e){case"string-multiline":return Ht(t);case"string":return et(t);case"string-literal":return xt(t);case"integer":return it(t);case"float":return Et(t);case"boolean":return bt(t);case"datetime":return Nt(t);case"array":return It(t.filter(s=>l(s)!=="null"&&l(s)!=="undefined"&&l(s)!=="nan"));case"table":return Ot(t);default:throw m(e)}}function it(t){return String(t).replace(/\\B(?=(\\d{3})+(?!\\d))/g,"_")}function Et(t){if(t===1/0)return"inf";if(t===-1/0)return"-inf";if(Object.is(t,NaN))return"nan";if(Object.is(t,-0))return"-0.0";var e=String(t).split("."),s=e[0],r=e[1]||0;return it(s)+"."+r}function bt(t){return String(t)}function Nt(t){return t.toISOString()}function yt(t){return t==="float"||t==="integer"}function Lt(t){var e=l(t[0]);return t.every(s=>l(s)===e)?e:t.every(s=>yt(l(s)))?"float":"mixed"}function nt(t){let e=Lt(t);if(e==="mixed")throw gt();return e}function It(t){t=w(t);let e=nt(t);var s="[",r=t.map(i=>L(i,e));return r.join(", ").length>60||/\\n/.test(r)?s+=`\n  `+r.join(`,\n  `)+`\n`:s+=" "+r.join(", ")+(r.length>0?" ":""),s+"]"}function Ot(t){t=w(t);var e=[];return Object.keys(t).forEach(s=>{e.push(H(s)+" = "+st(t[s],!1))}),"{ "+e.join(", ")+(e.length>0?" ":"")+"}"}function St(t,e,s,r){var i=l(r);if(i==="array")return Dt(t,e,s,r);if(i==="table")return Ut(t,e,s,r);throw m(i)}function Dt(t,e,s,r){r=w(r),nt(r);var i=l(r[0]);if(i!=="table")throw m(i);var h=t+H(s),n="";return r.forEach(a=>{n.length>0&&(n+=`\n`),n+=e+"[["+h+`]]\n`,n+=y(h+".",e,a)}),n}function Ut(t,e,s,r){var i=t+H(s),h="";return X(r).length>0&&(h+=e+"["+i+`]\n`),h+y(i+".",e,r)}});exports.parse=k();exports.stringify=ht();\n';
  }
});

// src/io/config-file.ts
async function loadConfig(paths) {
  const json = readSmallText(paths.configJson, MAX_CONFIG_BYTES);
  const toml2 = readSmallText(paths.configToml, MAX_CONFIG_BYTES);
  const hasJson = !("missing" in json);
  const hasToml = !("missing" in toml2);
  if (hasJson && hasToml) {
    return {
      config: defaultConfig(),
      file: null,
      warnings: [`both ${paths.configJson} and ${paths.configToml} exist \u2014 keep one of them (using defaults until then)`]
    };
  }
  if (hasJson) return fromRead(json, paths.configJson, "json");
  if (hasToml) {
    if (!("text" in toml2)) return fromRead(toml2, paths.configToml, "toml");
    const { parse: parse2 } = await Promise.resolve().then(() => (init_toml(), toml_exports));
    return { ...parseConfigText(toml2.text, paths.configToml, "toml", parse2), file: paths.configToml };
  }
  return { config: defaultConfig(), file: null, warnings: [] };
}
function fromRead(r, file, kind) {
  if ("problem" in r) return { config: defaultConfig(), file: null, warnings: [`${r.problem} \u2014 using defaults`] };
  if (!("text" in r)) return { config: defaultConfig(), file: null, warnings: [] };
  return { ...parseConfigText(r.text, file, kind), file };
}
var MAX_CONFIG_BYTES, readSmallText;
var init_config_file = __esm({
  "src/io/config-file.ts"() {
    "use strict";
    init_config();
    init_config_parse();
    init_safe_read();
    MAX_CONFIG_BYTES = 1024 * 1024;
    readSmallText = readRegularText;
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

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:path
var require_path = __commonJS({
  "builtin:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

// src/errors.ts
var ok, fail;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    init_text();
    ok = (value) => ({ ok: true, value });
    fail = (code, message, hint) => ({
      ok: false,
      error: { code, message, hint }
    });
  }
});

// node_modules/ini/lib/ini.js
var require_ini = __commonJS({
  "node_modules/ini/lib/ini.js"(exports, module) {
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
    module.exports = {
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
    load = () => m ??= __require("node:crypto");
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
function readOnce(file) {
  const r = readRegularText(file, MAX_CREDENTIALS_BYTES);
  if ("missing" in r) return { ini: fail("CREDS_MISSING", `${file} does not exist`, "log in with your AWS login tool (the loginCmd in the config) so it writes your credentials there"), stamp: null, mtimeMs: 0 };
  if ("problem" in r) return { ini: fail(r.problem.includes("too large") ? "CREDS_TOO_LARGE" : "CREDS_READ", r.problem, "check the file, or point AWS_SHARED_CREDENTIALS_FILE at the right one"), stamp: null, mtimeMs: 0 };
  return { ini: ok(parseAwsIni(r.text)), stamp: r.stamp, mtimeMs: r.mtimeMs };
}
function readCredentialsSettled(file, pick) {
  const until = Date.now() + SETTLE_MS;
  for (; ; ) {
    const { ini, stamp, mtimeMs } = readOnce(file);
    const r = pick(ini);
    if (r.ok || !MID_WRITE.includes(r.error.code) || Date.now() >= until) return r;
    const after = currentStamp(file);
    if (stamp === null && after === null) return r;
    if (after === stamp && Date.now() - mtimeMs >= FRESH_WRITE_MS) return r;
    sleepSync(SETTLE_STEP_MS);
  }
}
var MAX_CREDENTIALS_BYTES, MID_WRITE, SETTLE_MS, SETTLE_STEP_MS, FRESH_WRITE_MS, sleepSync;
var init_aws_credentials_file = __esm({
  "src/io/aws-credentials-file.ts"() {
    "use strict";
    init_errors();
    init_aws_ini();
    init_safe_read();
    MAX_CREDENTIALS_BYTES = 4 * 1024 * 1024;
    MID_WRITE = ["CREDS_MISSING", "PROFILE_NOT_FOUND", "KEYS_MISSING", "NO_SESSION_TOKEN"];
    SETTLE_MS = 200;
    SETTLE_STEP_MS = 5;
    FRESH_WRITE_MS = 1e3;
    sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  }
});

// src/io/profile-source.ts
function loadProfile(ctx) {
  const { paths } = ctx;
  const name = ctx.profile.name;
  const credsFile = paths.awsCredentials;
  const fromFile = readCredentialsSettled(
    credsFile,
    (ini) => ini.ok ? profileCredentials(ini.value, name, credsFile, ctx.loaded.config.expirationField) : ini
  );
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
    import_node_path2 = __toESM(require_path(), 1);
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
    import_node_fs2 = __toESM(require_fs(), 1);
    import_node_path3 = __toESM(require_path(), 1);
    seq = 0;
  }
});

// src/io/state-file.ts
function statePath(paths, profile) {
  return (0, import_node_path4.join)(paths.stateDir, `${profileStem(profile)}.json`);
}
function readState(paths, profile) {
  const text2 = readOwnText(statePath(paths, profile), MAX_STATE_BYTES);
  return text2 === null ? {} : parseState(text2);
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
var import_node_path4, MAX_STATE_BYTES, isObj, isNum;
var init_state_file = __esm({
  "src/io/state-file.ts"() {
    "use strict";
    import_node_path4 = __toESM(require_path(), 1);
    init_profile();
    init_atomic_write();
    init_safe_read();
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
    load2 = () => m2 ??= __require("node:child_process");
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
  let st;
  try {
    st = (0, import_node_fs4.statSync)(file);
  } catch (err) {
    if (err.code === "ENOENT") return { state: "free" };
    return { state: "held", holder: null, reason: `cannot read ${file} (${err.code ?? "error"})` };
  }
  if (!st.isFile()) return { state: "stale", holder: null, reason: `${file} is not a lock file (a directory or other non-file)` };
  const text2 = readOwnText(file, MAX_LOCK_BYTES) ?? "";
  return decideLockState({ text: text2, ageMs: now - st.mtimeMs, now, host: (0, import_node_os2.hostname)(), isAlive: pidAlive });
}
var import_node_fs4, import_node_os2, import_node_path5, MAX_LOCK_BYTES;
var init_lock = __esm({
  "src/io/lock.ts"() {
    "use strict";
    init_crypto();
    import_node_fs4 = __toESM(require_fs(), 1);
    import_node_os2 = __toESM(require_os(), 1);
    import_node_path5 = __toESM(require_path(), 1);
    init_lock_state();
    init_profile();
    init_safe_read();
    MAX_LOCK_BYTES = 64 * 1024;
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
  const entryFile = opts.entryFile ?? (0, import_node_url.fileURLToPath)(new URL("./auth-refresh.mjs", import.meta.url));
  if (!(0, import_node_fs5.existsSync)(entryFile)) return { ok: false, reason: `${entryFile} is missing; reinstall cc-aws-keepalive` };
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
var import_node_fs5, import_node_url;
var init_login_runner = __esm({
  "src/io/login-runner.ts"() {
    "use strict";
    init_child_process();
    import_node_fs5 = __toESM(require_fs(), 1);
    import_node_url = __toESM(require_url(), 1);
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
var import_node_url2 = __toESM(require_url(), 1);

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
init_text();
function renderHookOutput(m3) {
  if (!m3.user && !m3.model) return "";
  const out = {};
  if (m3.user) out.systemMessage = stripControl(m3.user);
  if (m3.model) out.hookSpecificOutput = { hookEventName: "UserPromptSubmit", additionalContext: stripControl(m3.model) };
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
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
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
var import_node_fs3 = __toESM(require_fs(), 1);
var MAX_STDIN_BYTES = 1024 * 1024;
async function readStdin(timeoutMs) {
  let st;
  try {
    st = (0, import_node_fs3.fstatSync)(0);
  } catch {
    return "";
  }
  if (st.isCharacterDevice() || st.isDirectory()) return "";
  if (st.isFile()) return readFileFd(st.size);
  const { Socket } = await import("node:net");
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    let done = false;
    let sock;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock?.destroy();
      resolve(Buffer.concat(chunks).toString("utf8"));
    };
    const timer = setTimeout(finish, timeoutMs);
    try {
      sock = new Socket({ fd: 0, readable: true, writable: false });
    } catch {
      return finish();
    }
    sock.on("data", (c) => {
      chunks.push(c);
      size += c.length;
      if (size >= MAX_STDIN_BYTES) finish();
    });
    sock.on("end", finish);
    sock.on("error", finish);
    sock.on("close", finish);
  });
}
function readFileFd(size) {
  const buf = Buffer.alloc(Math.min(size, MAX_STDIN_BYTES));
  let off = 0;
  try {
    while (off < buf.length) {
      const n = (0, import_node_fs3.readSync)(0, buf, off, buf.length - off, null);
      if (n === 0) break;
      off += n;
    }
  } catch {
  }
  return buf.subarray(0, off).toString("utf8");
}
function writeStdout(text2) {
  const data = Buffer.from(text2, "utf8");
  let off = 0;
  for (let spins = 0; off < data.length && spins < 500; ) {
    try {
      off += (0, import_node_fs3.writeSync)(1, data, off);
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
    const cli = new URL("./cli.mjs", import.meta.url).href;
    const { handleSlashCommand } = await import(cli);
    const root = (0, import_node_url2.fileURLToPath)(new URL("..", import.meta.url)).replace(/[\\/]$/, "");
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
  return renderHookOutput(hookMessages(assessPrompt2(ctx, s, decision, now, [(0, import_node_url2.fileURLToPath)(import.meta.url), STS_PROBE_FLAG])));
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
