/**
 * A catalogue of secret formats that identify themselves: a vendor prefix, a fixed shape, sometimes an
 * embedded marker. A match here is a finding wherever the text sits (string, template, comment).
 *
 * Every regular expression is compiled once, at module load, and is linear-time: an anchoring literal
 * prefix, a look-behind boundary, character classes with bounded repetition and no nested or
 * overlapping quantifiers. `tests/secrets/token-patterns.test.ts` runs each one against long adversarial
 * inputs. Matching texts are then checked against placeholder conventions by the caller.
 */

/** One known secret format. */
export interface TokenPattern {
  /** Stable identifier, kebab-case (`github-token`). */
  readonly id: string;
  /** What the finding is called in messages (`GitHub token`); never includes the value. */
  readonly label: string;
  /**
   * Literal strings of which at least one occurs in every match (case-sensitive); a text containing
   * none of them is skipped without running the regex.
   */
  readonly keywords: readonly string[];
  /** The format, with the `g` flag; a `body` group marks the random part when there is a fixed prefix. */
  readonly regex: RegExp;
  /** Extra structural check of a match (charset mix, embedded JSON, key material length). */
  readonly validate?: (match: RegExpExecArray, text: string) => boolean;
}

/** A token format found in a text. */
export interface TokenMatch {
  readonly pattern: TokenPattern;
  /** Offset of the match in the text. */
  readonly index: number;
  readonly length: number;
  /** The random part of the token (the whole match when the format has no fixed prefix). */
  readonly body: string;
}

// Token boundaries: not glued to a preceding letter or digit (a leading `_` or `-` is allowed, as in
// `MY_TOKEN=` concatenations), and not running on into more token characters.
const B = "(?<![A-Za-z0-9])";
const E = "(?![A-Za-z0-9_])";
const E_DASH = "(?![A-Za-z0-9_-])";

function re(source: string, flags = ""): RegExp {
  return new RegExp(source, `g${flags}`);
}

/** Upper case, lower case and digits: how many of the three classes a string uses. */
function charClasses(text: string): number {
  return Number(/[A-Z]/.test(text)) + Number(/[a-z]/.test(text)) + Number(/[0-9]/.test(text));
}

/** A random body mixes character classes; words and counters do not. */
const mixed =
  (minClasses: number) =>
  (match: RegExpExecArray): boolean =>
    charClasses(match.groups?.body ?? match[0]) >= minClasses;

/** Decodes a base64 / base64url prefix to text, for checking embedded JSON or ids. */
function decodeBase64Prefix(text: string, chars: number): string {
  const slice = text.slice(0, chars - (chars % 4)).replace(/-/g, "+").replace(/_/g, "/");
  return Buffer.from(slice, "base64").toString("latin1");
}

/** The base64 text encodes a JSON object whose first key is printable (`{"alg":...`). */
function isBase64Json(text: string): boolean {
  return /^\{"[\x20-\x7e]{2,}/.test(decodeBase64Prefix(text, 24));
}

const JWT_PARTS = /^([^.]+)\.([^.]+)\.([^.]*)$/;

/** A JWT: a JSON header naming an algorithm, a JSON payload, and a signature of real length. */
function isJwt(token: string): boolean {
  const parts = JWT_PARTS.exec(token);
  if (!parts) return false;
  const header = decodeBase64Prefix(parts[1]!, parts[1]!.length);
  return /"alg"\s*:/.test(header) && isBase64Json(parts[2]!) && parts[3]!.length >= 22;
}

/** The key material between a PEM header and its footer (or the next 4k characters when cut). */
function pemBody(match: RegExpExecArray, text: string): string {
  const start = match.index + match[0].length;
  const end = text.indexOf("-----END", start);
  const raw = text.slice(start, end === -1 ? Math.min(text.length, start + 4096) : end);
  // Drop RFC 1421 headers (`Proc-Type: 4,ENCRYPTED`) and escaped newlines of JSON-embedded keys.
  return raw.replace(/^[A-Za-z-]+:.*$/gm, "").replace(/\\[nr]/g, "").replace(/[\s"'+,]/g, "");
}

/** Enough base64 key material to be a key (the shortest, Ed25519 PKCS#8, is 64 characters). */
function hasKeyMaterial(match: RegExpExecArray, text: string): boolean {
  const body = pemBody(match, text);
  const base64 = /^[A-Za-z0-9+/=]*/.exec(body)![0];
  return base64.length >= 60 && charClasses(base64) === 3;
}

/** A Discord bot token's first part is the base64 of the bot's numeric id. */
function isDiscordToken(match: RegExpExecArray): boolean {
  const id = decodeBase64Prefix(match[0].split(".")[0]!, 24);
  return /^[0-9]{15,}/.test(id);
}

function p(
  id: string,
  label: string,
  keywords: readonly string[],
  regex: RegExp,
  validate?: TokenPattern["validate"],
): TokenPattern {
  return validate ? { id, label, keywords, regex, validate } : { id, label, keywords, regex };
}

/**
 * Every known token format, most specific first (the first match in a text names the finding).
 *
 * @example
 * for (const pattern of TOKEN_PATTERNS) pattern.regex.lastIndex = 0; // callers use findTokens instead
 */
export const TOKEN_PATTERNS: readonly TokenPattern[] = [
  // Private keys
  p(
    "private-key",
    "private key",
    ["PRIVATE KEY"],
    re("-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----"),
    hasKeyMaterial,
  ),
  p("putty-private-key", "PuTTY private key", ["PuTTY-User-Key-File"], re("PuTTY-User-Key-File-[23]: [a-z0-9-]{3,40}"), (m, text) =>
    text.includes("Private-Lines:", m.index),
  ),
  p("age-secret-key", "age secret key", ["AGE-SECRET-KEY-1"], re(`${B}AGE-SECRET-KEY-1(?<body>[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})${E}`)),

  // Cloud providers
  p("aws-access-key-id", "AWS access key ID", ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"], re(`${B}(?<body>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})${E}`)),
  p(
    "aws-secret-access-key",
    "AWS secret access key",
    ["secret", "Secret", "SECRET"],
    re(`(?:aws)?_?secret_?(?:access)?_?key["']?\\s{0,4}[:=]{1,2}>?\\s{0,4}["'\`]?(?<body>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`, "i"),
    mixed(3),
  ),
  p("gcp-api-key", "Google API key", ["AIza"], re(`${B}AIzaSy(?<body>[0-9A-Za-z_-]{33})${E_DASH}`)),
  p("gcp-oauth-client-secret", "Google OAuth client secret", ["GOCSPX-"], re(`${B}GOCSPX-(?<body>[A-Za-z0-9_-]{28})${E_DASH}`)),
  p("azure-storage-account-key", "Azure storage account key", ["AccountKey="], re("AccountKey=(?<body>[A-Za-z0-9+/]{86}==)")),
  p("azure-shared-access-key", "Azure shared access key", ["SharedAccessKey="], re("SharedAccessKey=(?<body>[A-Za-z0-9+/]{42,44}=)")),
  p(
    "azure-ad-client-secret",
    "Azure AD client secret",
    ["Q~"],
    re("(?<![A-Za-z0-9_~.-])(?<body>[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])"),
    mixed(3),
  ),
  p("alibaba-access-key-id", "Alibaba Cloud access key ID", ["LTAI"], re(`${B}LTAI(?<body>[A-Za-z0-9]{12,20})${E}`), mixed(3)),
  p("digitalocean-token", "DigitalOcean token", ["do"], re(`${B}do[opr]_v1_(?<body>[a-f0-9]{64})${E}`)),

  // Source hosts and package registries
  p("github-token", "GitHub token", ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"], re(`${B}gh[pousr]_(?<body>[A-Za-z0-9]{36,251}|[0-9]{1,12}_eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{16,2000})${E}`)),
  p("github-fine-grained-token", "GitHub fine-grained token", ["github_pat_"], re(`${B}github_pat_(?<body>[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${E}`)),
  p(
    "gitlab-token",
    "GitLab token",
    ["glpat-", "gldt-", "glrt-", "glft-", "glsoat-", "glcbt-", "gloas-", "glimt-", "glagent-", "glptt-"],
    re(`${B}gl(?:pat|dt|rt|ft|soat|cbt|oas|imt|agent|ptt)-(?<body>[A-Za-z0-9_-]{20,80}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{7,9})?)${E_DASH}`),
  ),
  p("gitlab-runner-registration-token", "GitLab runner registration token", ["GR1348941"], re(`${B}GR1348941(?<body>[A-Za-z0-9_-]{20})${E_DASH}`), mixed(2)),
  p("npm-token", "npm token", ["npm_"], re(`${B}npm_(?<body>[A-Za-z0-9]{36})${E}`)),
  p("pypi-token", "PyPI token", ["pypi-AgE"], re(`${B}pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)(?<body>[A-Za-z0-9_-]{50,1000})${E_DASH}`)),
  p("rubygems-token", "RubyGems API key", ["rubygems_"], re(`${B}rubygems_(?<body>[a-f0-9]{48})${E}`)),
  p("nuget-api-key", "NuGet API key", ["oy2"], re(`${B}oy2(?<body>[a-z0-9]{43})${E}`), mixed(2)),
  p("docker-hub-token", "Docker Hub token", ["dckr_"], re(`${B}dckr_(?:pat|oat)_(?<body>[A-Za-z0-9_-]{27,32})${E_DASH}`)),
  p("bitbucket-app-password", "Bitbucket app password", ["ATBB"], re(`${B}ATBB(?<body>[A-Za-z0-9_=.-]{32,40})${E_DASH}`), mixed(3)),
  p("atlassian-api-token", "Atlassian API token", ["ATATT3", "ATCTT3"], re(`${B}AT[AC]TT3(?<body>[A-Za-z0-9_=-]{150,250})${E_DASH}`)),
  p("sourcegraph-token", "Sourcegraph access token", ["sgp_"], re(`${B}sgp_(?:[a-f0-9]{16}_|local_)?(?<body>[a-f0-9]{40})${E}`)),

  // Chat and collaboration
  p("slack-app-token", "Slack app token", ["xapp-"], re(`${B}xapp-[0-9]-(?<body>[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{40,80})${E}`)),
  p("slack-config-token", "Slack configuration token", ["xoxe"], re(`${B}xoxe(?:\\.xox[bp])?-[0-9]-(?<body>[A-Z0-9]{140,170})${E}`)),
  p("slack-token", "Slack token", ["xox"], re(`${B}xox[abposr]-(?<body>[0-9]{8,14}-[0-9]{8,14}(?:-[A-Za-z0-9]{6,64}){0,2})${E_DASH}`)),
  p(
    "slack-webhook",
    "Slack webhook URL",
    ["hooks.slack.com"],
    re("hooks\\.slack\\.com/(?:services|workflows|triggers)/(?<body>T[A-Z0-9]{6,12}/[A-Z0-9]{6,14}/[A-Za-z0-9]{20,32})(?![A-Za-z0-9])"),
  ),
  p(
    "discord-webhook",
    "Discord webhook URL",
    ["/api/webhooks/"],
    re("discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/(?<body>[A-Za-z0-9_-]{60,68})(?![A-Za-z0-9_-])"),
  ),
  p(
    "discord-bot-token",
    "Discord bot token",
    ["."],
    re(`${B}[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.(?<body>[A-Za-z0-9_-]{27,38})${E_DASH}`),
    isDiscordToken,
  ),
  p("telegram-bot-token", "Telegram bot token", [":AA"], re(`${B}[0-9]{8,10}:AA(?<body>[A-Za-z0-9_-]{33})${E_DASH}`)),
  p("linear-api-key", "Linear API key", ["lin_"], re(`${B}lin_(?:api|oauth)_(?<body>[A-Za-z0-9]{40,64})${E}`)),
  p("notion-token", "Notion integration token", ["ntn_", "secret_"], re(`${B}(?:ntn_(?<body>[0-9]{11}[A-Za-z0-9]{35})|secret_(?<legacy>[A-Za-z0-9]{43}))${E}`), (m) =>
    charClasses(m.groups?.body ?? m.groups?.legacy ?? "") === 3,
  ),
  p("figma-token", "Figma token", ["figd_", "figu_"], re(`${B}fig[du]_(?<body>[A-Za-z0-9_-]{40,64})${E_DASH}`)),

  // Payments and messaging APIs
  p("stripe-secret-key", "Stripe secret key", ["sk_live_", "sk_test_", "rk_live_", "rk_test_"], re(`${B}[sr]k_(?:live|test)_(?<body>[A-Za-z0-9]{24,247})${E}`)),
  p("stripe-webhook-secret", "Stripe webhook secret", ["whsec_"], re(`${B}whsec_(?<body>[A-Za-z0-9+/]{32,64})${E}`), mixed(2)),
  p("square-token", "Square access token", ["EAAA", "sq0"], re(`${B}(?:EAAA(?<body>[A-Za-z0-9_-]{60})|sq0(?:atp|csp)-(?<b2>[A-Za-z0-9_-]{22,43}))${E_DASH}`), (m) =>
    charClasses(m.groups?.body ?? m.groups?.b2 ?? "") === 3,
  ),
  p("shopify-token", "Shopify token", ["shpat_", "shpca_", "shppa_", "shpss_"], re(`${B}shp(?:at|ca|pa|ss)_(?<body>[A-Za-z0-9]{32,40})${E}`)),
  p("twilio-api-key", "Twilio API key", ["SK"], re(`${B}SK(?<body>[0-9a-f]{32})${E}`), mixed(2)),
  p("sendgrid-api-key", "SendGrid API key", ["SG."], re(`${B}SG\\.(?<body>[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${E_DASH}`)),
  p("mailgun-api-key", "Mailgun API key", ["key-"], re(`${B}key-(?<body>[0-9a-f]{32})${E}`), mixed(2)),
  p("mailchimp-api-key", "Mailchimp API key", ["-us"], re(`${B}(?<body>[0-9a-f]{32})-us[0-9]{1,2}${E}`), mixed(2)),
  p("postman-api-key", "Postman API key", ["PMAK-"], re(`${B}PMAK-(?<body>[a-f0-9]{24}-[a-f0-9]{34})${E}`)),

  // AI providers
  p("anthropic-api-key", "Anthropic API key", ["sk-ant-"], re(`${B}sk-ant-(?:api|admin)[0-9]{2}-(?<body>[A-Za-z0-9_-]{93}AA)${E_DASH}`)),
  p(
    "openai-api-key",
    "OpenAI API key",
    ["T3BlbkFJ"],
    re(`${B}sk-(?:(?:proj|svcacct|admin)-)?(?<body>[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})${E_DASH}`),
    mixed(3),
  ),
  p("openrouter-api-key", "OpenRouter API key", ["sk-or-"], re(`${B}sk-or-v1-(?<body>[a-f0-9]{64})${E}`)),
  p("groq-api-key", "Groq API key", ["gsk_"], re(`${B}gsk_(?<body>[A-Za-z0-9]{52})${E}`)),
  p("huggingface-token", "Hugging Face token", ["hf_", "api_org_"], re(`${B}(?:hf|api_org)_(?<body>[A-Za-z]{34})${E}`), mixed(2)),
  p("perplexity-api-key", "Perplexity API key", ["pplx-"], re(`${B}pplx-(?<body>[A-Za-z0-9]{48})${E}`)),
  p("replicate-api-token", "Replicate API token", ["r8_"], re(`${B}r8_(?<body>[A-Za-z0-9]{37})${E}`), mixed(2)),
  p("xai-api-key", "xAI API key", ["xai-"], re(`${B}xai-(?<body>[A-Za-z0-9]{80})${E}`)),

  // Infrastructure, observability and SaaS
  p("databricks-token", "Databricks token", ["dapi"], re(`${B}dapi(?<body>[a-fA-F0-9]{32})(?:-[0-9]{1,2})?${E}`)),
  p("hashicorp-vault-token", "HashiCorp Vault token", ["hvs.", "hvb.", "hvr."], re(`${B}hv[sbr]\\.(?<body>[A-Za-z0-9_-]{90,300})${E_DASH}`)),
  p("terraform-cloud-token", "Terraform Cloud token", [".atlasv1."], re(`${B}[A-Za-z0-9]{14}\\.atlasv1\\.(?<body>[A-Za-z0-9_=-]{60,70})${E_DASH}`)),
  p("grafana-token", "Grafana token", ["glc_", "glsa_"], re(`${B}(?:glc_(?<body>eyJ[A-Za-z0-9+/_-]{20,400}={0,2})|glsa_(?<sa>[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}))${E}`), (m) =>
    m.groups?.body ? isBase64Json(m.groups.body) : true,
  ),
  p("onepassword-service-account-token", "1Password service account token", ["ops_eyJ"], re(`${B}ops_(?<body>eyJ[A-Za-z0-9+/_-]{100,2000}={0,2})${E}`), (m) =>
    isBase64Json(m.groups!.body!),
  ),
  p("cloudflare-api-token", "Cloudflare API token", ["cfat_", "cfut_", "cfk_"], re(`${B}(?:cfat|cfut|cfk)_(?<body>[A-Za-z0-9]{40}[a-f0-9]{8})${E}`)),
  p("tailscale-key", "Tailscale key", ["tskey-"], re(`(?<![A-Za-z0-9])tskey-[a-z]{3,12}-(?<body>[A-Za-z0-9]{8,16}-[A-Za-z0-9]{20,40})${E_DASH}`)),
  p("vercel-token", "Vercel token", ["vcp_", "vci_", "vca_", "vcr_", "vck_"], re(`${B}vc[pikar]_(?<body>[A-Za-z0-9]{24,64})${E}`)),
  p("sentry-token", "Sentry auth token", ["sntrys_", "sntryu_"], re(`${B}(?:sntrys_(?<body>eyJ[A-Za-z0-9+/_=-]{30,400})|sntryu_(?<u>[a-f0-9]{64}))${E}`)),
  p("new-relic-key", "New Relic key", ["NRAK-", "NRII-"], re(`${B}NR(?:AK|II)-(?<body>[A-Z0-9]{27,32})${E}`), mixed(2)),
  p("doppler-token", "Doppler token", ["dp."], re(`${B}dp\\.(?:pt|st|sa|ct|scim|audit)\\.(?<body>[A-Za-z0-9]{40,44})${E}`)),
  p("pulumi-token", "Pulumi access token", ["pul-"], re(`${B}pul-(?<body>[a-f0-9]{40})${E}`)),
  p("flyio-token", "Fly.io token", ["fo1_", "FlyV1 "], re(`${B}(?:fo1_(?<body>[A-Za-z0-9_-]{43})|FlyV1 fm[12][ar]?_(?<v1>[A-Za-z0-9+/=_-]{100,}))${E_DASH}`)),
  p("prefect-token", "Prefect API key", ["pnu_"], re(`${B}pnu_(?<body>[A-Za-z0-9]{36})${E}`)),
  p("readme-api-key", "ReadMe API key", ["rdme_"], re(`${B}rdme_(?<body>[a-z0-9]{70})${E}`)),
  p("supabase-token", "Supabase access token", ["sbp_"], re(`${B}sbp_(?<body>[a-f0-9]{40})${E}`)),
  p("planetscale-token", "PlanetScale token", ["pscale_"], re(`${B}pscale_(?:tkn|pw|oauth)_(?<body>[A-Za-z0-9_.-]{32,64})${E_DASH}`), mixed(2)),
  p("contentful-token", "Contentful token", ["CFPAT-"], re(`${B}CFPAT-(?<body>[A-Za-z0-9_-]{43})${E_DASH}`)),
  p("dynatrace-token", "Dynatrace token", ["dt0c01."], re(`${B}dt0c01\\.(?<body>[A-Z0-9]{24}\\.[A-Z0-9]{64})${E}`)),
  p("mapbox-secret-token", "Mapbox secret token", ["sk.eyJ"], re(`${B}sk\\.(?<body>eyJ[A-Za-z0-9_-]{20,200}\\.[A-Za-z0-9_-]{20,100})${E_DASH}`)),
  p("airtable-token", "Airtable personal access token", ["pat"], re(`${B}pat[A-Za-z0-9]{14}\\.(?<body>[a-f0-9]{64})${E}`)),

  // Generic self-describing formats last: a more specific vendor format wins.
  p(
    "jwt",
    "JSON Web Token",
    ["eyJ"],
    re(`${B}(?<body>eyJ[A-Za-z0-9_-]{8,2000}\\.eyJ[A-Za-z0-9_-]{8,8000}\\.[A-Za-z0-9_-]{16,2000})${E_DASH}`),
    (m) => isJwt(m.groups!.body!),
  ),
];

/** Shortest text any pattern can match; shorter texts are not scanned. */
export const MIN_TOKEN_TEXT_LENGTH = 20;

/**
 * Every token format found in `text`, in text order, without overlaps (at a given place the
 * first pattern of the catalogue wins).
 *
 * @example
 * findTokens(`token: ${"ghp_" + "Ab1".repeat(12)}`)[0]?.pattern.label; // "GitHub token"
 */
export function findTokens(text: string, patterns: readonly TokenPattern[] = TOKEN_PATTERNS): TokenMatch[] {
  if (text.length < MIN_TOKEN_TEXT_LENGTH) return [];
  const found: TokenMatch[] = [];
  for (const pattern of patterns) {
    if (!pattern.keywords.some((keyword) => text.includes(keyword))) continue;
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match; match = pattern.regex.exec(text)) {
      if (match[0].length === 0) {
        pattern.regex.lastIndex++;
        continue;
      }
      if (pattern.validate && !pattern.validate(match, text)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.index + other.length && other.index < end)) continue;
      const groups = match.groups ?? {};
      const body = Object.values(groups).find((value) => value !== undefined) ?? match[0];
      found.push({ pattern, index: start, length: match[0].length, body });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Keywords that occur anywhere in a token rather than opening it, or that open ordinary words too. */
const NOT_A_PREFIX = new Set([".", "-us", "Q~", "SK", "key-", "pat", "do", ":AA", "secret", "Secret", "SECRET", "eyJ", "T3BlbkFJ", "PRIVATE KEY", "xox"]);

const CLAIM_PREFIXES: readonly { prefix: string; pattern: TokenPattern }[] = TOKEN_PATTERNS.flatMap((pattern) =>
  pattern.keywords
    .filter((keyword) => keyword.length >= 3 && !NOT_A_PREFIX.has(keyword))
    .map((keyword) => ({ prefix: keyword.toLowerCase(), pattern })),
);

/**
 * The token format a value claims by its opening (`glpat-`, `AIza`, `xoxb-`, case-insensitive), if any.
 * A value that claims a format but does not match it is a truncated, mangled or made-up example.
 *
 * @example
 * claimedTokenFormat("glpat-abc")?.label; // "GitLab token"
 */
export function claimedTokenFormat(value: string): TokenPattern | undefined {
  const lower = value.trimStart().slice(0, 16).toLowerCase();
  if (/^xox[a-z]-|^xoxe\./.test(lower)) return TOKEN_PATTERNS.find((pattern) => pattern.id === "slack-token");
  return CLAIM_PREFIXES.find(({ prefix }) => lower.startsWith(prefix))?.pattern;
}
