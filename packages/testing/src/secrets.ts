/*
 * The secrets a test provided, the forms each can take on its way out of a task, and the search for them in text.
 * Nothing here ever returns a secret: a match is reported by its label (`ref.field`) and the form it took.
 */

/** The shortest secret the leak check accepts: shorter test values would match ordinary text by chance. */
export const MIN_SECRET_LENGTH = 8;

/**
 * How a secret appeared where it leaked.
 *
 * @example
 * const form: LeakForm = "base64";
 */
export type LeakForm =
  | "raw"
  | "URL-encoded"
  | "form-encoded"
  | "JSON-escaped"
  | "base64"
  | "base64url"
  | "base64 of username:password"
  | "a line of the multi-line value"
  | "the resolved credential object"
  | "the Atlan client holding the credential";

/** One secret the runtime knows: where it came from and the texts it can appear as. */
export interface SecretEntry {
  /** Who added it: the key of the provided credential or named secret, so providing it again replaces it. */
  readonly owner: string;
  /** The ref's name, or the secret's name for `secret(name, value)`. */
  readonly ref: string;
  /** The credential field; undefined for a named secret. */
  readonly field: string | undefined;
  /** Every text the secret can appear as, longest first. */
  readonly forms: readonly { readonly text: string; readonly form: LeakForm }[];
}

/** What one search found: the secret's origin and the form it took. */
export interface SecretMatch {
  readonly ref: string;
  readonly field: string | undefined;
  readonly form: LeakForm;
}

/** `ref.field`, or the secret's name: the label reports and redaction markers use. */
export function labelOf(entry: { readonly ref: string; readonly field: string | undefined }): string {
  return entry.field === undefined ? entry.ref : `${entry.ref}.${entry.field}`;
}

/**
 * The base64 characters that depend on `bytes` alone, for each of the three positions `bytes` can start at inside a
 * longer encoded text (`Basic <base64(user:password)>`, a base64 JSON blob holding the secret).
 */
function base64Cores(bytes: Buffer, encoding: "base64" | "base64url"): string[] {
  const cores: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString(encoding);
    const start = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    const core = encoded.slice(start, end);
    if (core.length >= MIN_SECRET_LENGTH) cores.push(core);
  }
  return cores;
}

/** Every form `value` can leak in, the raw text first and then the longest encodings. */
export function formsOf(value: string, basicUser?: string): SecretEntry["forms"] {
  const forms: { text: string; form: LeakForm }[] = [];
  const add = (text: string, form: LeakForm): void => {
    if (text.length > 0 && !forms.some((f) => f.text === text)) forms.push({ text, form });
  };
  add(value, "raw");
  if (basicUser !== undefined) add(Buffer.from(`${basicUser}:${value}`).toString("base64"), "base64 of username:password");
  add(encodeURIComponent(value), "URL-encoded");
  add(new URLSearchParams({ v: value }).toString().slice(2), "form-encoded");
  add(JSON.stringify(value).slice(1, -1), "JSON-escaped");
  // A PEM key or other multi-line value leaks line by line too: truncated, or printed one line per log record.
  if (value.includes("\n")) {
    for (const line of value.split(/\r?\n/)) {
      const body = line.trim();
      if (body.length >= 2 * MIN_SECRET_LENGTH && !body.startsWith("-----")) add(body, "a line of the multi-line value");
    }
  }
  const bytes = Buffer.from(value);
  for (const core of base64Cores(bytes, "base64")) add(core, "base64");
  for (const core of base64Cores(bytes, "base64url")) add(core, "base64url");
  // Longest first, so redaction replaces `base64(user:password)` before the password's own base64 core inside it.
  return forms.sort((a, b) => b.text.length - a.text.length);
}

/** The secrets of one runtime, searched for in text and replaced by `<redacted:ref.field>`. */
export class SecretCatalog {
  readonly #entries: SecretEntry[] = [];

  /** Adds a secret; an empty value (an unset optional field) is not searched for. */
  add(owner: string, ref: string, field: string | undefined, value: string, basicUser?: string): void {
    if (value === "") return;
    this.#entries.push({ owner, ref, field, forms: formsOf(value, basicUser) });
  }

  /** Forgets what `owner` added, before it is provided again. */
  removeOwner(owner: string): void {
    for (let i = this.#entries.length - 1; i >= 0; i--) {
      if (this.#entries[i]!.owner === owner) this.#entries.splice(i, 1);
    }
  }

  /** Each secret found in `text`, once, with the first form it was found in. */
  search(text: string): SecretMatch[] {
    const matches: SecretMatch[] = [];
    for (const entry of this.#entries) {
      const hit = entry.forms.find((f) => text.includes(f.text));
      if (hit !== undefined) matches.push({ ref: entry.ref, field: entry.field, form: hit.form });
    }
    return matches;
  }

  /** `text` with every form of every secret replaced by `<redacted:ref.field>`. */
  redact(text: string): string {
    const all = this.#entries.flatMap((entry) => entry.forms.map((f) => ({ text: f.text, label: labelOf(entry) })));
    all.sort((a, b) => b.text.length - a.text.length);
    let out = text;
    for (const { text: secret, label } of all) {
      if (out.includes(secret)) out = out.split(secret).join(`<redacted:${label}>`);
    }
    return out;
  }
}
