/**
 * Fake values recognised by their shape rather than by a list of known fakes: keyboard and alphabet runs
 * (`abcdef`, `123456`, `qwerty`), one character or block repeated (`aaaa`, `abcabcabc`), masked values
 * (`****`, `xxxx`), password hashes (bcrypt, argon2, scrypt, PBKDF2 strings: stored digests, not
 * secrets), values whose only random-looking part is a dummy word (`test-123`, `fake_1`), and the default
 * passwords every tutorial uses, leetspeak included (`admin`, `root`, `p@ssw0rd`).
 */

/** Rows people type along when they need "some" value: alphabet, digits, keyboard rows. */
const SEQUENCES = [
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
];

/** For each character, the characters that follow it in some sequence (lower case). */
const NEXT = steps(SEQUENCES);
/** The same for the alphabet and the digits only: runs of three there (`abc`, `789`) are rarely chance. */
const NEXT_ORDERED = steps(SEQUENCES.slice(0, 2));

function steps(rows: readonly string[]): ReadonlyMap<string, ReadonlySet<string>> {
  const next = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    let set = next.get(a);
    if (!set) next.set(a, (set = new Set()));
    set.add(b);
  };
  for (const row of rows) {
    for (let i = 0; i + 1 < row.length; i++) {
      add(row[i]!, row[i + 1]!);
      add(row[i + 1]!, row[i]!); // descending runs too (`987654`)
    }
  }
  add("9", "0"); // `...7890`
  return next;
}

/** `a` lower case, `A` upper case, `0` digit, `-` anything else. */
function caseOf(c: string): string {
  return c >= "a" && c <= "z" ? "a" : c >= "A" && c <= "Z" ? "A" : c >= "0" && c <= "9" ? "0" : "-";
}

/**
 * How many characters of `text` sit in sequential runs of at least `minRun`, typed in order in one case:
 * `abcdef`, `ABCDEF`, `123456`, `qwerty`, `987654`, or one character repeated. A run whose case flips
 * (`aBcDeF`) was made to look random and does not count. Linear in the text.
 */
export function sequentialCharacters(text: string, minRun = 4): number {
  return coveredByRuns(text, minRun, NEXT, true);
}

/**
 * Characters of `text` in runs of the alphabet or the digits, in order either way and in any case, of at
 * least `minRun` (`abc`, `XyZ`, `123`, `987`); no repeats, no keyboard rows.
 */
export function orderedCharacters(text: string, minRun = 3): number {
  return coveredByRuns(text.toLowerCase(), minRun, NEXT_ORDERED, false);
}

function coveredByRuns(text: string, minRun: number, next: ReadonlyMap<string, ReadonlySet<string>>, repeats: boolean): number {
  const lower = text.toLowerCase();
  let covered = 0;
  let run = 1;
  for (let i = 1; i <= lower.length; i++) {
    const prev = lower[i - 1]!;
    const c = lower[i];
    const continues =
      c !== undefined && caseOf(text[i]!) === caseOf(text[i - 1]!) && ((repeats && c === prev) || (next.get(prev)?.has(c) ?? false));
    if (continues) {
      run++;
    } else {
      if (run >= minRun) covered += run;
      run = 1;
    }
  }
  return covered;
}

/**
 * Characters in any kind of run: keyboard rows and repeats of four or more in one case, alphabet and digit
 * runs of three or more in any case (`qwerty345`: all nine).
 */
function runCoverage(text: string): number {
  const covered = new Uint8Array(text.length);
  const lower = text.toLowerCase();
  const mark = (minRun: number, next: ReadonlyMap<string, ReadonlySet<string>>, repeats: boolean, sameCase: boolean): void => {
    let start = 0;
    for (let i = 1; i <= lower.length; i++) {
      const c = lower[i];
      const prev = lower[i - 1]!;
      const continues =
        c !== undefined &&
        (!sameCase || caseOf(text[i]!) === caseOf(text[i - 1]!)) &&
        ((repeats && c === prev) || (next.get(prev)?.has(c) ?? false));
      if (!continues) {
        if (i - start >= minRun) covered.fill(1, start, i);
        start = i;
      }
    }
  };
  mark(4, NEXT, true, true);
  mark(3, NEXT_ORDERED, false, false);
  return covered.reduce((n, c) => n + c, 0);
}

/** Leetspeak read back as letters (`p@ssw0rd` -> `password`), everything but letters dropped. */
function unleet(text: string): string {
  const map: Record<string, string> = { "@": "a", "4": "a", "0": "o", "1": "i", "3": "e", "5": "s", $: "s", "7": "t" };
  return [...text.toLowerCase()].map((c) => map[c] ?? c).join("").replace(/[^a-z]/g, "");
}

/**
 * `abcabcabc`, `1234123412341234`, `deadbeefdeadbeef`: a block of 1 to 8 characters repeated over the
 * whole text, or over most of it (`GR1348941123123123123123123`: at least 60%, from some point to the end).
 */
export function isRepeatedBlock(text: string): boolean {
  const chars = text.replace(/[\s_.:-]/g, "");
  if (chars.length < 4) return false;
  for (let size = 1; size <= 8 && size * 2 <= chars.length; size++) {
    // Walk back from the end while the text repeats with this period.
    let start = chars.length - size;
    while (start > 0 && chars[start - 1] === chars[start - 1 + size]) start--;
    if (chars.length - start >= Math.max(size * 3, chars.length * 0.6) || start === 0) return true;
  }
  return false;
}

/** Whether a piece of a value is typed filler: one block repeated, or runs of the alphabet, digits or keyboard. */
function isFillerPiece(text: string): boolean {
  if (isRepeatedBlock(text)) return true;
  // Typed in order: runs of three or more (`abc`, `123`, `xyz`) cover at least half of it. A random
  // value has such a run at a given place with odds of about one in a thousand.
  const alnum = text.replace(/[^A-Za-z0-9]/g, "");
  return alnum.length >= 4 && (orderedCharacters(alnum) >= alnum.length * 0.5 || runCoverage(alnum) >= alnum.length * 0.75);
}

/**
 * Whether a value is filler someone typed rather than generated: one block repeated (`abcabc`), mostly
 * alphabet, digit or keyboard runs (`abcdef123456`), or two or more of its separator-delimited parts
 * typed that way (`1234-1234-...`: a multi-part token whose ids were made up). Judges only what it is
 * given: a caller passes a token's random body, never a vendor's fixed prefix (Twitter bearer tokens
 * open with a run of `A`s that is part of the format).
 *
 * @example
 * isTypedFiller("abcdefghijklmnopqrstuvwxyz1234567"); // true
 * isTypedFiller("1234-1234-1234-" + "Zq8w2Lp");       // true
 * isTypedFiller("Zq8w2LpR4mT9");                      // false
 */
export function isTypedFiller(text: string): boolean {
  if (isFillerPiece(text)) return true;
  let typed = 0;
  for (const piece of text.split(/[\s_.:/-]+/)) {
    // Each part wholly typed (a random part of four is wholly a run with odds of about one in a thousand).
    const whole = piece.length >= 4 && (isRepeatedBlock(piece) || runCoverage(piece) === piece.length || orderedCharacters(piece) === piece.length);
    if (whole && ++typed >= 2) return true;
  }
  return false;
}

/** Stored password hashes: modular crypt format and the PHC string format. */
const PASSWORD_HASH =
  /^(?:\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}|\$argon2(?:id|i|d)\$(?:v=\d+\$)?m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+|\$scrypt\$\S+|\$(?:pbkdf2|pbkdf2-sha\d+)\$\S+|pbkdf2_sha\d+\$\d+\$\S+|\$[156]\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{22,86}|\{(?:SSHA|SHA|SSHA256|SSHA512|PBKDF2[^}]*)\}[A-Za-z0-9+/=.$]+)$/;

/** Whether a value is a stored password hash (bcrypt, argon2, scrypt, PBKDF2, crypt(3), LDAP `{SSHA}`). */
export function isPasswordHash(value: string): boolean {
  return value.length <= 512 && PASSWORD_HASH.test(value.trim());
}

/** Words that say a value is made up; they excuse a value when nothing random is left beside them. */
const DUMMY_WORD = /example|sample|dummy|fake|mock|test(?:ing)?|change_?me|placeholder|demo|foo|bar|baz|qux|lorem|ipsum/gi;

/** Masking characters: `****`, `xxxx`, `••••`, `####`, `....`. */
const MASK_RUN = /[*•#]{3}|x{4}|X{4}|\.{4}/;

/**
 * Whether a value is a dummy by its shape: masked, a repeated character or block, mostly a keyboard or
 * alphabet run, a password hash, a vendor example key (`...EXAMPLE`), or dummy words with only short
 * counters or runs beside them (`test-secret-123`, `fake_api_key`, `sample1234`).
 *
 * @example
 * isDummyValue("abcdef123456");      // true: runs
 * isDummyValue("test-api-key-42");   // true: words and a counter
 * isDummyValue("Tr0ub4dor&3");       // false
 */
export function isDummyValue(value: string): boolean {
  // Default and self-describing passwords, also in leetspeak (`admin`, `p@ssw0rd`).
  return isDummyShape(value) || PAIR_PLACEHOLDERS.has(unleet(value.trim()));
}

/**
 * The shape part of `isDummyValue`, without the default-password words: for a URL's password, where
 * `user:pass@host` is still reported (a weak password does get deployed in URLs).
 *
 * @example
 * isDummyShape("123456"); // true
 * isDummyShape("pass");   // false
 */
export function isDummyShape(value: string): boolean {
  const text = value.trim();
  if (text.length === 0) return true;
  if (MASK_RUN.test(text) || isPasswordHash(text) || isTypedFiller(text)) return true;
  if (/EXAMPLE(?:KEY)?$|^EXAMPLE/.test(text)) return true;
  // Dummy words with nothing random beside them: what is left must be short runs, separators or counters.
  const rest = text.replace(DUMMY_WORD, " ");
  if (rest === text) return false;
  const left = rest.replace(/[^A-Za-z0-9]/g, "");
  if (left.length === 0) return true;
  const pieces = rest.split(/[^A-Za-z0-9]+/).filter((piece) => piece.length > 0);
  return pieces.every((piece) => piece.length <= 4 || /^\d{1,8}$/.test(piece) || sequentialCharacters(piece) >= piece.length * 0.75);
}

/** Passwords that only say "a password goes here" when written beside a user name. */
const PAIR_PLACEHOLDERS = new Set([
  "pass", "password", "passwd", "pwd", "secret", "user", "username", "admin", "administrator", "root", "guest", "test",
  "demo", "default", "changeit",
]);

/**
 * Whether a `user:password` pair is a dummy: the password repeats the user, is a placeholder word
 * (`user:pass`, `admin:admin`, `user:password`), or is a dummy value by shape.
 *
 * @example
 * isDummyPair("user", "pass");        // true
 * isDummyPair("deploy", "Zq8w2Lp");   // false
 */
export function isDummyPair(user: string, password: string): boolean {
  const lower = password.trim().toLowerCase();
  return lower === user.trim().toLowerCase() || PAIR_PLACEHOLDERS.has(lower) || isDummyValue(password);
}

/**
 * `xoxp-`, `sk_live_`, `ghp_`, `xoxe.xoxp-1-`: a vendor prefix (lower-case letters, then up to two short parts),
 * taken off to judge the rest. A chosen password such as `r3port1ng-Pa55` has no such prefix.
 */
const VENDOR_PREFIX = /^[a-z]{2,8}[-_.](?:[a-z0-9]{1,8}[-_.]){0,2}/;

/**
 * Whether a value, past a vendor prefix (`xyz_`, `xyz_local_`), is hex written in both cases (`9fA3...`):
 * 20 hex digits or more, with at most two other characters in it (`0x`, a separator, a stray letter).
 * Generated hex comes out in one case, and a random alphanumeric or base64 value of 20 or more characters
 * keeps to hex letters but for two with odds below one in ten million (about 231 * (42/64)^2 * (22/64)^20
 * for base64 at 22 characters): such a value was edited by hand, or it is an EIP-55 checksummed address
 * (public). Not for passwords, which people type as they like.
 *
 * @example
 * isMixedCaseHex("svc_" + "9f0Ab31cE27d4F5a6b8C"); // true
 * isMixedCaseHex("9f0ab31ce27d4f5a6b8c");          // false: generated hex
 */
export function isMixedCaseHex(value: string): boolean {
  const prefix = VENDOR_PREFIX.exec(value);
  const body = prefix !== null && prefix[0].length < value.length ? value.slice(prefix[0].length) : value;
  const hex = body.replace(/[^0-9a-fA-F]/g, "");
  return hex.length >= 20 && body.length - hex.length <= 2 && /[a-f]/.test(hex) && /[A-F]/.test(hex);
}

/**
 * Whether a value is a dummy once a vendor prefix is taken off: `xoxp-1234567890`, `ghp_test_token`.
 *
 * @example
 * isDummyAfterPrefix("xoxp-1234567890"); // true
 */
export function isDummyAfterPrefix(value: string): boolean {
  const prefix = VENDOR_PREFIX.exec(value);
  if (prefix === null || prefix[0].length >= value.length) return false;
  const body = value.slice(prefix[0].length);
  // Words in camel case or plain (`SlackAppConfigurationTokenHere`, `initial`) describe the value.
  return isDummyShape(body) || /^[A-Za-z]{3,}$/.test(body) && !/[A-Z]{2}|[a-z][A-Z][a-z]?[A-Z][a-z]?[A-Z]/.test(body);
}
