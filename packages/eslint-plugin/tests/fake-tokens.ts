/**
 * Fake tokens for tests, assembled at run time so that no test file contains anything a secret
 * scanner (or a reader) could take for a real credential. Bodies come from a fixed pseudo-random
 * sequence: mixed case and digits, never filler or placeholder words.
 */

const ALNUM = "ABCDEFGHJKLMNPQRSTUVWYZabcdefghijkmnopqrstuvwyz23456789";
const HEX = "0123456789abcdef";
const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWYZ234567";

/** `length` characters from `alphabet`, deterministic for a given `seed`. */
export function fakeChars(length: number, seed = 1, alphabet = ALNUM): string {
  let state = seed * 2654435761 + 12345;
  let out = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[Math.floor(state / 65536) % alphabet.length];
  }
  return out;
}

export const fakeHex = (length: number, seed = 1): string => fakeChars(length, seed, HEX);

const b64url = (json: object): string => Buffer.from(JSON.stringify(json)).toString("base64url");

/** A structurally valid JWT with a made-up payload and signature. */
export function fakeJwt(seed = 1): string {
  return [b64url({ alg: "HS256", typ: "JWT" }), b64url({ sub: `user-${seed}`, iat: 1700000000 }), fakeChars(43, seed)].join(".");
}

/**
 * Hand-made fake tokens for rule tests, keyed by a format name (not always a catalogue id). The catalogue's
 * own tests generate every format's cases from its declaration (`src/secrets/catalogue/samples.ts`).
 */
export const FAKE_TOKENS: Record<string, string> = {
  "private-key": `-----BEGIN RSA ${"PRIVATE"} KEY-----\n${fakeChars(64, 2)}\n${fakeChars(64, 3)}\n-----END RSA ${"PRIVATE"} KEY-----`,
  "putty-private-key": `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\n${fakeChars(64, 4)}\nPrivate-Lines: 1\n${fakeChars(44, 5)}`,
  "age-secret-key": "AGE-SECRET-KEY-1" + fakeChars(58, 6, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
  "aws-access-key-id": "AKIA" + fakeChars(16, 7, BASE32),
  "aws-secret-access-key": "aws_secret_access_key = " + fakeChars(40, 8),
  "gcp-api-key": "AIza" + "Sy" + fakeChars(33, 9),
  "gcp-oauth-client-secret": "GOCSPX-" + fakeChars(28, 10),
  "azure-storage-account-key": "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=" + fakeChars(86, 11) + "==;EndpointSuffix=core.windows.net",
  "azure-shared-access-key": "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=" + fakeChars(43, 12) + "=",
  "azure-ad-client-secret": fakeChars(3, 13) + "8Q~" + fakeChars(34, 14),
  "alibaba-access-key-id": "LTAI" + fakeChars(20, 15),
  "digitalocean-token": "dop_v1_" + fakeHex(64, 16),
  "github-token": "ghp_" + fakeChars(36, 17),
  "github-fine-grained-token": "github_pat_" + fakeChars(22, 18) + "_" + fakeChars(59, 19),
  "gitlab-token": "glpat-" + fakeChars(20, 20),
  "gitlab-runner-registration-token": "GR1348941" + fakeChars(20, 21),
  "npm-token": "npm_" + fakeChars(36, 22),
  "pypi-token": "pypi-AgEIcHlwaS5vcmc" + fakeChars(70, 23),
  "rubygems-token": "rubygems_" + fakeHex(48, 24),
  "nuget-api-key": "oy2" + fakeChars(43, 25, "abcdefghijkmnopqrstuvwyz23456789"),
  "docker-hub-token": "dckr_pat_" + fakeChars(27, 26),
  "bitbucket-app-password": "ATBB" + fakeChars(32, 27),
  "atlassian-api-token": "ATATT3" + fakeChars(180, 28),
  "sourcegraph-token": "sgp_" + fakeHex(16, 29) + "_" + fakeHex(40, 30),
  "slack-app-token": "xapp-1-A" + fakeChars(10, 31, "ABCDEFGHJKLMNPQRSTUVWYZ23456789") + "-" + "1234567890123" + "-" + fakeHex(64, 32),
  "slack-config-token": "xoxe.xoxp-1-" + fakeChars(150, 33, "ABCDEFGHJKLMNPQRSTUVWYZ23456789"),
  "slack-token": "xoxb-" + "2398475486" + "3-" + "2348975623000-" + fakeChars(24, 34),
  "slack-webhook": "https://hooks.slack.com/services/T" + fakeChars(8, 35, "ABCDEFGHJKLMNPQRSTUVWYZ23456789") + "/B" + fakeChars(9, 36, "ABCDEFGHJKLMNPQRSTUVWYZ23456789") + "/" + fakeChars(24, 37),
  "discord-webhook": "https://discord.com/api/webhooks/123456789012345678/" + fakeChars(68, 38),
  "discord-bot-token": Buffer.from("123456789012345678").toString("base64").replace(/=+$/, "") + "." + fakeChars(6, 39) + "." + fakeChars(27, 40),
  "telegram-bot-token": "123456789:AA" + fakeChars(33, 41),
  "linear-api-key": "lin_api_" + fakeChars(40, 42),
  "notion-token": "ntn_" + "12345678901" + fakeChars(35, 43),
  "figma-token": "figd_" + fakeChars(40, 44),
  "stripe-secret-key": "sk_" + "live_" + fakeChars(24, 45),
  "stripe-webhook-secret": "whsec_" + fakeChars(32, 46),
  "square-token": "EAAA" + fakeChars(60, 47),
  "shopify-token": "shpat_" + fakeHex(32, 48),
  "twilio-api-key": "SK" + fakeHex(32, 49),
  "sendgrid-api-key": "SG." + fakeChars(22, 50) + "." + fakeChars(43, 51),
  "mailgun-api-key": "key-" + fakeHex(32, 52),
  "mailchimp-api-key": fakeHex(32, 53) + "-us12",
  "postman-api-key": "PMAK-" + fakeHex(24, 54) + "-" + fakeHex(34, 55),
  "anthropic-api-key": "sk-ant-api03-" + fakeChars(93, 56) + "AA",
  "openai-api-key": "sk-proj-" + fakeChars(74, 57) + "T3Blbk" + "FJ" + fakeChars(74, 58),
  "openrouter-api-key": "sk-or-v1-" + fakeHex(64, 59),
  "groq-api-key": "gsk_" + fakeChars(52, 60),
  "huggingface-token": "hf_" + fakeChars(34, 61, "ABCDEFGHJKLMNPQRSTUVWYZabcdefghijkmnopqrstuvwyz"),
  "perplexity-api-key": "pplx-" + fakeChars(48, 62),
  "replicate-api-token": "r8_" + fakeChars(37, 63),
  "xai-api-key": "xai-" + fakeChars(80, 64),
  "databricks-token": "dapi" + fakeHex(32, 65),
  "hashicorp-vault-token": "hvs." + fakeChars(95, 66),
  "terraform-cloud-token": fakeChars(14, 67) + ".atlasv1." + fakeChars(67, 68),
  "grafana-token": "glc_" + Buffer.from(JSON.stringify({ o: "12345", n: "stack", k: fakeChars(24, 69) })).toString("base64"),
  "onepassword-service-account-token": "ops_" + Buffer.from(JSON.stringify({ signInAddress: "my.1password.com", userAuth: fakeChars(120, 70) })).toString("base64"),
  "cloudflare-api-token": "cfut_" + fakeChars(40, 71) + fakeHex(8, 72),
  "tailscale-key": "tskey-auth-" + fakeChars(12, 73) + "-" + fakeChars(24, 74),
  "vercel-token": "vcp_" + fakeChars(40, 75),
  "sentry-token": "sntryu_" + fakeHex(64, 76),
  "new-relic-key": "NRAK-" + fakeChars(27, 77, "ABCDEFGHJKLMNPQRSTUVWYZ23456789"),
  "doppler-token": "dp.pt." + fakeChars(43, 78),
  "pulumi-token": "pul-" + fakeHex(40, 79),
  "flyio-token": "fo1_" + fakeChars(43, 80),
  "prefect-token": "pnu_" + fakeChars(36, 81),
  "readme-api-key": "rdme_" + fakeChars(70, 82, "abcdefghijkmnopqrstuvwyz23456789"),
  "supabase-token": "sbp_" + fakeHex(40, 83),
  "planetscale-token": "pscale_tkn_" + fakeChars(43, 84),
  "contentful-token": "CFPAT-" + fakeChars(43, 85),
  "dynatrace-token": "dt0c01." + fakeChars(24, 86, "ABCDEFGHJKLMNPQRSTUVWYZ23456789") + "." + fakeChars(64, 87, "ABCDEFGHJKLMNPQRSTUVWYZ23456789"),
  "mapbox-secret-token": "sk." + Buffer.from(JSON.stringify({ u: "someone", a: "ckabc" })).toString("base64url") + "." + fakeChars(22, 88),
  "airtable-token": "pat" + fakeChars(14, 89) + "." + fakeHex(64, 90),
  jwt: fakeJwt(91),
};
