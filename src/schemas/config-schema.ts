// The valibot schemas of the config keys that are more than a string, a boolean or a number: used by the full
// parser (core/config/config-parse.ts) to say which part of a value is wrong. Loaded only when a config needs explaining.
import * as v from 'valibot';
import { SESSION_HOURS } from './config.ts';

const sessionHours = v.pipe(v.number(), v.minValue(SESSION_HOURS.min), v.maxValue(SESSION_HOURS.max));

export const ProfileOverrideSchema = v.strictObject({
  loginCmd: v.optional(v.string()),
  autoLoginCmd: v.optional(v.string()),
  expirationField: v.optional(v.string()),
  ssoSessionHours: v.optional(sessionHours),
  backgroundLogin: v.optional(v.picklist(['auto', 'once', 'off'])),
});

export const SsoSessionHoursSchema = v.union([sessionHours, v.record(v.string(), sessionHours)]);
