/** Private keys and key files: PEM blocks, PuTTY, age, OpenSSH, PGP, PKCS#12. */
import { ALPHABETS, chars, charClasses, format, lit, nextIndexOf, prefixed, randomChars } from "./dsl.js";
import type { FormatDefinition, Random, Validator } from "./types.js";

const { base64, bech32 } = ALPHABETS;

/** How much text after a PEM header is read for key material (RFC 1421 headers, then 60+ base64 chars). */
const PEM_WINDOW = 320;

/** The start of the key material after a PEM header, bounded by its footer and by `PEM_WINDOW`. */
function pemBody(match: RegExpExecArray, text: string): string {
  const start = match.index + match[0].length;
  const end = nextIndexOf(text, "-----END", start);
  const raw = text.slice(start, Math.min(end === -1 ? text.length : end, start + PEM_WINDOW));
  // Drop RFC 1421 headers (`Proc-Type: 4,ENCRYPTED`), line comments and escaped newlines of embedded keys.
  return raw
    // One whitespace run per line start: a comment marker's own spaces only after the marker (linear per line).
    .replace(/^[ \t]*(?:(?:\/\/|#|\*)[ \t]*)?[A-Za-z-]{2,40}:.*$/gm, "")
    .replace(/\\[nr]/g, "")
    .replace(/\/\/|[\s"'`+,*#]/g, "");
}

/** Enough base64 key material to be a key (the shortest, Ed25519 PKCS#8, is 64 characters). */
const hasKeyMaterial: Validator = (match, text) => {
  const base64Run = /^[A-Za-z0-9+/=]*/.exec(pemBody(match, text))![0];
  return base64Run.length >= 60 && charClasses(base64Run) === 3;
};

const pemSample =
  (kind: string) =>
  (random: Random): string =>
    `-----BEGIN ${kind}-----\n${randomChars(random, base64, 64)}\n${randomChars(random, base64, 64)}\n-----END ${kind}-----`;

/** A PuTTY header, assembled so that this source file holds no key-file text the rule would report. */
const PUTTY_HEADER = ["PuTTY", "User", "Key", "File", "3: ssh-ed25519"].join("-");

/** PuTTY key files: the header, then a `Private-Lines:` section further on. */
const puttyHasPrivateLines: Validator = (match, text) => nextIndexOf(text, "Private-Lines:", match.index) !== -1;

/** Key formats, first in the catalogue: a key block is reported as a key whatever tokens sit inside it. */
export const KEY_FORMATS: readonly FormatDefinition[] = [
  format(
    "private-key",
    "private key",
    [
      [lit("-----BEGIN "), chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ", 1, 40), lit("PRIVATE KEY-----", "PRIVATE KEY BLOCK-----")],
      [lit("-----BEGIN PRIVATE KEY-----", "-----BEGIN PRIVATE KEY BLOCK-----")],
    ],
    {
      keywords: ["private key"],
      validate: hasKeyMaterial,
      sample: pemSample(`RSA ${"PRIVATE"} KEY`),
      nearMisses: (random) => [
        `-----BEGIN ${"PRIVATE"} KEY-----\nanything\n-----END ${"PRIVATE"} KEY-----`,
        pemSample("PUBLIC KEY")(random),
        pemSample("CERTIFICATE")(random),
        `-----BEGIN ${"PRIVATE"} KEY-----\n${"A".repeat(64)}\n-----END ${"PRIVATE"} KEY-----`,
      ],
    },
  ),
  format("openssh-private-key", "OpenSSH private key", [lit("b3BlbnNzaC1rZXktdjE"), chars(base64, 40, 8000)], {
    keywords: ["b3blbnnzac1rzxktdje"],
  }),
  format("putty-private-key", "PuTTY private key", [lit("PuTTY-User-Key-File-2: ", "PuTTY-User-Key-File-3: "), chars("abcdefghijklmnopqrstuvwxyz0123456789-", 3, 40)], {
    validate: puttyHasPrivateLines,
    sample: (random) => `${PUTTY_HEADER}\nEncryption: none\nPublic-Lines: 2\n${randomChars(random, base64, 64)}\nPrivate-Lines: 1\n${randomChars(random, base64, 44)}`,
    nearMisses: (random) => [`${PUTTY_HEADER}\nEncryption: none\nPublic-Lines: 2\n${randomChars(random, base64, 64)}`],
  }),
  prefixed("age-secret-key", "age secret key", "AGE-SECRET-KEY-1", bech32.toUpperCase(), 58),
  // A PFX (PKCS#12, version 3) in base64: SEQUENCE, two-byte length, INTEGER 3, then the content SEQUENCE.
  format("pkcs12-base64", "PKCS#12 key store", [lit("MII"), chars(base64, 1), chars("AQgw", 1), lit("IBAzCC"), chars(base64, 40, 8000)], {
    keywords: ["ibazcc"],
  }),
  // A WireGuard private key is 32 bytes of base64; only its config key names it.
  format("wireguard-private-key", "WireGuard private key", [lit("PrivateKey = ", "PrivateKey="), chars(base64, 42), chars("AEIMQUYcgkosw048", 1), lit("=")], {
    keywords: ["privatekey"],
    validate: (match) => charClasses(match[0].slice(-44)) === 3,
  }),
];
