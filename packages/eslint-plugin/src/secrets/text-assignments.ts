/**
 * Secrets written as text inside a string, template or comment: the assignment shapes of shell,
 * dotenv, INI/properties, YAML, JSON, XML, `.npmrc`, `.netrc`, docker `auths`, `curl -u` / `-H` and HTTP
 * `Authorization` headers (`Basic` decoded to its `user:password`). Each finding pairs a key (what the
 * text calls the value) with the value and its place, for the caller to judge with the same evidence it
 * uses for named literals.
 *
 * Every regular expression is linear-time: bounded repetitions of disjoint character classes, and each
 * pattern anchored to a position where its key can start. A text is read once per pattern.
 */

/** One value that text assigns to a key. */
export interface TextAssignment {
  /** The key as written (`SNYK_TOKEN`, `password`, `ClearTextPassword`, `_authToken`). */
  readonly key: string;
  /** The value, unquoted (for `Authorization: Basic`, the decoded password). */
  readonly value: string;
  /** Offset and length in the text of the value as written (the encoded credential for `Basic`). */
  readonly index: number;
  readonly length: number;
  /** How the text assigns it. */
  readonly form: "key-value" | "xml-attribute" | "xml-element" | "netrc" | "curl-user" | "authorization";
  /** For `authorization`: the scheme (`basic`, `bearer`, `token`). */
  readonly scheme?: string;
  /** For `curl -u` and `Basic` credentials: the user name beside the password. */
  readonly user?: string;
}

/** Options of `findTextAssignments`. */
export interface TextAssignmentOptions {
  /** Only pairs whose key matches (a cheap filter that keeps ordinary `key=value` text from being collected). */
  readonly keys?: RegExp;
}

/** Longest text read; beyond it only the first part is read (a bound on time for huge strings). */
export const MAX_TEXT_LENGTH = 200_000;

// KEY [:=|:=] VALUE, the key optionally quoted and prefixed (`export`, `set`, `$env:`, `--`), the value
// quoted or a bare run. The key cannot follow a key character, so each position starts at most one try.
const KEY = String.raw`(?<![A-Za-z0-9_.\-$])(?:export\s{1,4}|set\s{1,4}|\$env:|--?)?(?<q>["']?)(?<key>[A-Za-z_][A-Za-z0-9_.\-]{0,63})\k<q>`;
const VALUE = String.raw`(?:"(?<dq>[^"\r\n]{1,512})"|'(?<sq>[^'\r\n]{1,512})'|(?<bare>(?:[^\s"'<>,;&|)(\]\[{}\`]|&(?![A-Za-z_][\w.-]{0,63}=)){1,512}))`;
const KEY_VALUE = new RegExp(String.raw`${KEY}[ \t]{0,8}(?::=|=>|=|:)[ \t]{0,8}${VALUE}`, "g");

// A start tag with attributes: its text cannot hold `<` or `>`, so tags never overlap.
const XML_TAG = /<[A-Za-z][\w:.-]{0,63}\s(?<attributes>[^<>]{1,1024})>/g;
const XML_ATTRIBUTE = /(?<![\w:.-])(?<name>[A-Za-z_][\w:.-]{0,63})\s{0,4}=\s{0,4}(?<q>["'])(?<value>[^"'<>\r\n]{0,512})\k<q>/g;
// <password>...</password>, <secret>...</secret>
const XML_ELEMENT = /<(?<key>[A-Za-z][\w.-]{0,63})(?:\s[^<>]{0,256})?>(?<value>[^<>\r\n]{1,512})<\/\k<key>>/g;
// .netrc: machine host login user password VALUE
const NETRC = /\b(?:login|machine)\s{1,8}\S{1,256}\s{1,8}(?:login\s{1,8}\S{1,256}\s{1,8})?(?<key>password|passwd)\s{1,8}(?<value>[^\s"'`]{1,512})/g;
// curl -u user:password, --user user:password
const CURL_USER = /(?:^|\s)(?:-u|--user)[\s=]{1,4}(?<q>["']?)(?<user>[^\s"':]{1,128}):(?<value>[^\s"']{1,256})\k<q>/g;
// Authorization: Basic|Bearer|Token VALUE (in headers, curl -H, YAML, JSON)
const AUTHORIZATION = /\b(?:Proxy-)?Authorization["']?\s{0,4}[:=,]\s{0,4}["']?(?<scheme>Basic|Bearer|Token|Bot|ApiKey)\s{1,4}(?<value>[A-Za-z0-9+/=._~-]{4,2048})/gi;

/** The base64 of `user:password` (standard or URL alphabet); undefined when it is not that. */
export function decodeBasicCredentials(encoded: string): { user: string; password: string } | undefined {
  if (encoded.length < 8 || encoded.length > 2048 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) return undefined;
  const text = Buffer.from(encoded.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1 || !/^[\x20-\x7e]+$/.test(text)) return undefined;
  return { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

/**
 * Every key/value pair the text writes in one of the common assignment shapes, in text order. Values
 * inside `${...}` interpolations or that hold one are the caller's to skip (they are not literal).
 *
 * @example
 * findTextAssignments('export SNYK_TOKEN="q7..."');          // [{ key: "SNYK_TOKEN", value: "q7...", form: "key-value", ... }]
 * findTextAssignments("curl -u deploy:Zq8w2Lp https://x");   // [{ key: "password", value: "Zq8w2Lp", form: "curl-user", ... }]
 */
export function findTextAssignments(text: string, options: TextAssignmentOptions = {}): TextAssignment[] {
  const source = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const found: TextAssignment[] = [];
  const wanted = options.keys;
  const push = (assignment: TextAssignment): void => {
    if (wanted === undefined || wanted.test(assignment.key)) found.push(assignment);
  };
  // Where each `Authorization` header read with its scheme starts, so the key-value pass skips it.
  const headers = new Set<number>();

  if (/auth/i.test(source)) {
    for (const match of source.matchAll(AUTHORIZATION)) {
      headers.add(match.index + match[0].search(/Authorization/i));
      const scheme = match.groups!.scheme!.toLowerCase();
      const raw = match.groups!.value!;
      const index = match.index + match[0].length - raw.length;
      if (scheme === "basic") {
        const decoded = decodeBasicCredentials(raw);
        if (decoded) push({ key: "password", value: decoded.password, index, length: raw.length, form: "authorization", scheme, user: decoded.user });
      } else {
        push({ key: "authorization", value: raw, index, length: raw.length, form: "authorization", scheme });
      }
    }
  }
  if (/-u|--user/.test(source)) {
    for (const match of source.matchAll(CURL_USER)) {
      const value = match.groups!.value!;
      const index = match.index + match[0].length - value.length - match.groups!.q!.length;
      push({ key: "password", value, index, length: value.length, form: "curl-user", user: match.groups!.user! });
    }
  }
  if (/login|machine/.test(source)) {
    for (const match of source.matchAll(NETRC)) {
      const value = match.groups!.value!;
      push({ key: match.groups!.key!, value, index: match.index + match[0].length - value.length, length: value.length, form: "netrc" });
    }
  }
  if (source.includes("<")) {
    // <add key="ClearTextPassword" value="..."/>, <entry name="password" value="..."/>
    for (const tag of source.matchAll(XML_TAG)) {
      const attributesAt = tag.index + tag[0].indexOf(tag.groups!.attributes!);
      let key: string | undefined;
      let value: { text: string; index: number } | undefined;
      for (const attribute of tag.groups!.attributes!.matchAll(XML_ATTRIBUTE)) {
        const name = attribute.groups!.name!.toLowerCase();
        const text = attribute.groups!.value!;
        if (name === "key" || name === "name") key = text;
        else if (name === "value") value = { text, index: attributesAt + attribute.index + attribute[0].length - text.length - 1 };
      }
      if (key && value) push({ key, value: value.text, index: value.index, length: value.text.length, form: "xml-attribute" });
    }
    for (const match of source.matchAll(XML_ELEMENT)) {
      const value = match.groups!.value!;
      const index = match.index + match[0].indexOf(">") + 1;
      push({ key: match.groups!.key!, value, index, length: value.length, form: "xml-element" });
    }
  }
  if (/[=:]/.test(source)) {
    for (const match of source.matchAll(KEY_VALUE)) {
      const groups = match.groups!;
      const value = groups.dq ?? groups.sq ?? groups.bare!;
      const quoted = groups.dq !== undefined || groups.sq !== undefined;
      const index = match.index + match[0].length - value.length - (quoted ? 1 : 0);
      // `Authorization: Basic ...` was read above, with its scheme.
      if (headers.has(match.index + match[0].indexOf(groups.key!))) continue;
      push({ key: groups.key!, value, index, length: value.length, form: "key-value" });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
