/**
 * The catalogue of secret formats, in priority order: where two formats match the same text, the one
 * listed first names the finding. Keys come first (a key block is a key whatever it contains), generic
 * formats last (a vendor's JWT-shaped token is that vendor's).
 */
import { AI_FORMATS } from "./ai.js";
import { CHAT_FORMATS } from "./chat.js";
import { CLOUD_FORMATS } from "./cloud.js";
import { CODE_FORMATS } from "./code.js";
import { GENERIC_FORMATS } from "./generic.js";
import { INFRA_FORMATS } from "./infra.js";
import { KEY_FORMATS } from "./keys.js";
import { PAYMENT_FORMATS } from "./payments.js";
import type { FormatDefinition } from "./types.js";

/** Every format definition, most specific first. */
export const CATALOGUE: readonly FormatDefinition[] = [
  ...KEY_FORMATS,
  ...AI_FORMATS,
  ...CODE_FORMATS,
  ...CLOUD_FORMATS,
  ...CHAT_FORMATS,
  ...PAYMENT_FORMATS,
  ...INFRA_FORMATS,
  ...GENERIC_FORMATS,
];
