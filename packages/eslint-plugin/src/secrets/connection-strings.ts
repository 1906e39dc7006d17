/**
 * Credentials written into URLs and connection strings: a password in the user-info of a URL
 * (`postgres://`, `https://`, `redis://` with an empty user) and ADO-style `Server=...;Password=...;`.
 * Placeholders (`:${PASS}@`, `:password@`, `<password>`) and loopback hosts (local development
 * defaults) are not findings; nor, on request (test files), domains reserved for documentation.
 */
import { isPlaceholderCredential } from "./placeholders.js";

/** A credential found in a URL or connection string. */
export interface ConnectionCredential {
  /** `url` for user-info in a URL, `key-value` for a `Password=` field of a connection string. */
  readonly form: "url" | "key-value";
  /** The URL scheme (`postgres`, `https`) for `url` findings. */
  readonly scheme: string | undefined;
  /** Offset and length of the whole credential part in the text. */
  readonly index: number;
  readonly length: number;
}

// scheme://user:password@host — the user part cannot hold `:`. People paste passwords with `@`, `#`
// and `%` unencoded (`p@ss#1`), so the password runs to the LAST `@` before the host; the host cannot
// hold `@`. Both parts are bounded, so a try costs at most a few hundred steps.
const URL_USERINFO =
  /(?<![A-Za-z0-9+.-])(?<scheme>[A-Za-z][A-Za-z0-9+.-]{1,24}):\/\/(?<user>[^\s:@/?#"'`<>\\]{0,128}):(?<pass>[^\s/?"'`<>\\]{1,256})@(?<host>[^\s/?#:@"'`<>\\,;)\]]{1,253})/g;
// `Password=...;` (or `Pwd=`) as one field of a `key=value;` connection string.
const ADO_PASSWORD = /(?:^|;)\s{0,8}(?:password|pwd)\s{0,8}=\s{0,8}(?<pass>[^;\r\n]{1,256})/gi;
const ADO_OTHER_KEY = /(?:^|;)\s{0,8}(?:server|data source|host|address|addr|user id|uid|user(?:name)?|database|initial catalog)\s{0,8}=/i;
const ADO_HOST = /(?:^|;)\s{0,8}(?:server|data source|host|address|addr)\s{0,8}=\s{0,8}(?<host>[^;\r\n]{1,256})/i;

const LOOPBACK = /^(?:localhost|127\.[0-9.]+|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)(?::[0-9]+)?$|^\(local\)|^\.(?:\\|$)/i;
/**
 * Domains reserved for documentation and tests (RFC 2606, RFC 6761): `example.com`, `example.org`,
 * `example.net` and their subdomains, and any name under `.example`, `.test`, `.invalid` or `.localhost`.
 * They never resolve, so a credential for one is not usable anywhere.
 */
const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|[^.]+\.(?:example|test|invalid|localhost))(?::[0-9]+)?$/i;

/** Options of `findConnectionCredentials`. */
export interface ConnectionOptions {
  /**
   * Take credentials for hosts under documentation domains (`example.com`, `*.test`) for examples: set in
   * test files, where URL handling is exercised on such hosts. Elsewhere they are reported.
   */
  readonly reservedHostsAreExamples?: boolean;
}

/**
 * Every credential in a URL or connection string of `text` that is not a placeholder.
 *
 * @example
 * findConnectionCredentials(`postgres://app:${"s3cr3t" + "P4ss"}@db.internal/app`); // one `url` finding
 * findConnectionCredentials("postgres://app:${PASS}@db.internal/app");         // []
 */
export function findConnectionCredentials(text: string, options: ConnectionOptions = {}): ConnectionCredential[] {
  const found: ConnectionCredential[] = [];
  if (text.includes("://") && text.includes("@")) {
    URL_USERINFO.lastIndex = 0;
    for (let match = URL_USERINFO.exec(text); match; match = URL_USERINFO.exec(text)) {
      const { scheme, user, pass, host } = match.groups as Record<string, string>;
      if (isPlaceholderCredential(pass!) || pass === user || LOOPBACK.test(host!)) continue;
      if (options.reservedHostsAreExamples && RESERVED_HOST.test(host!)) continue;
      found.push({ form: "url", scheme: scheme!.toLowerCase(), index: match.index, length: match[0].length });
    }
  }
  if (text.includes("=") && text.includes(";") && /pass|pwd/i.test(text) && ADO_OTHER_KEY.test(text)) {
    const host = ADO_HOST.exec(text)?.groups?.host?.trim();
    if (host === undefined || !LOOPBACK.test(host)) {
      ADO_PASSWORD.lastIndex = 0;
      for (let match = ADO_PASSWORD.exec(text); match; match = ADO_PASSWORD.exec(text)) {
        if (isPlaceholderCredential(match.groups!.pass!)) continue;
        found.push({ form: "key-value", scheme: undefined, index: match.index, length: match[0].length });
      }
    }
  }
  return found;
}
