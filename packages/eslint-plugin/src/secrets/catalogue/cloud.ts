/** Cloud providers and hosting platforms. */
import { ALPHABETS, randomLooking, chars, format, gated, hexMix, lit, mixed, prefixed, randomChars, uuid } from "./dsl.js";
import type { FormatDefinition, Validator } from "./types.js";

const { alnum, base32, base64, base64url, digits, hex, hexAnyCase, lowerAlnum, upperAlnum } = ALPHABETS;

/** An Azure SAS signature only counts inside a SAS query (a `sv=` version shortly before it). */
const sasQuery: Validator = (match, text) => text.slice(Math.max(0, match.index - 400), match.index).includes("sv=");

/** Cloud and hosting formats. */
export const CLOUD_FORMATS: readonly FormatDefinition[] = [
  // Amazon Web Services
  format("aws-access-key-id", "AWS access key ID", [
    [lit("AKIA", "ASIA", "ABIA", "ACCA"), chars(base32, 16)],
    [lit("A3T"), chars(upperAlnum, 1), chars(base32, 16)],
  ]),
  gated("aws-secret-access-key", "AWS secret access key", ["aws_secret", "secret_access_key", "secretaccesskey", "aws-secret", "awssecret", "secret-access-key"], [chars(base64, 40)], {
    validate: randomLooking,
  }),
  prefixed("aws-session-token", "AWS session token", "IQoJb3JpZ2luX2Vj", `${base64}=`, 100, 4000, { validate: randomLooking }),
  format("aws-bedrock-api-key", "Amazon Bedrock API key", [
    [lit("ABSKQmVkcm9ja0FQSUtleS"), chars(`${base64}=`, 100, 200)],
    [lit("bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"), chars(`${base64}=`, 100, 4000)],
  ]),
  format("aws-mws-key", "Amazon MWS auth token", [lit("amzn.mws."), ...uuid(hex)]),

  // Google Cloud
  prefixed("gcp-api-key", "Google API key", "AIzaSy", base64url, 33),
  prefixed("gcp-oauth-client-secret", "Google OAuth client secret", "GOCSPX-", base64url, 28),
  prefixed("google-oauth-access-token", "Google OAuth access token", "ya29.", base64url, 50, 2000, { validate: randomLooking }),
  prefixed("google-oauth-refresh-token", "Google OAuth refresh token", "1//0", base64url, 60, 512, { validate: randomLooking, claimable: false }),
  format("firebase-cloud-messaging-key", "Firebase Cloud Messaging server key", [lit("AAAA"), chars(base64url, 7), lit(":APA91b"), chars(base64url, 134)], {
    keywords: [":apa91b"],
  }),

  // Microsoft Azure
  format("azure-storage-account-key", "Azure storage account key", [lit("AccountKey="), chars(base64, 86), lit("==")]),
  format("azure-shared-access-key", "Azure shared access key", [lit("SharedAccessKey="), chars(base64, 43), lit("=")]),
  format("azure-ad-client-secret", "Azure AD client secret", [chars(`${alnum}_~.-`, 3), chars(digits, 1), lit("Q~"), chars(`${alnum}_~.-`, 31, 34)], {
    keywords: ["q~"],
    validate: randomLooking,
  }),
  format("azure-sas-signature", "Azure SAS signature", [lit("&sig=", "?sig="), chars(`${alnum}%`, 40, 120)], {
    keywords: ["sig="],
    validate: sasQuery,
    sample: (random) => `https://acct.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01&sig=${randomChars(random, alnum, 43)}%3D`,
    nearMisses: (random) => [`https://example.org/search?q=a&sig=${randomChars(random, alnum, 43)}%3D`],
  }),
  format("azure-devops-pat", "Azure DevOps personal access token", [chars(alnum, 52), lit("JQQJ9"), chars(alnum, 19), lit("AZDO"), chars(alnum, 4)], {
    keywords: ["jqqj9"],
  }),
  gated("azure-devops-legacy-pat", "Azure DevOps personal access token", ["azure_devops", "azuredevops", "dev.azure.com", "vsts", "ado_pat", "ado_token"], [chars(lowerAlnum, 52)], {
    validate: mixed(2),
  }),

  // Other clouds
  prefixed("alibaba-access-key-id", "Alibaba Cloud access key ID", "LTAI", alnum, 12, 20, { validate: randomLooking }),
  gated("alibaba-secret-key", "Alibaba Cloud access key secret", ["alibaba", "aliyun", "accesskeysecret", "access_key_secret"], [chars(alnum, 30)], { validate: randomLooking }),
  prefixed("tencent-cloud-secret-id", "Tencent Cloud SecretId", "AKID", alnum, 32, 32, { validate: randomLooking }),
  gated("tencent-cloud-secret-key", "Tencent Cloud SecretKey", ["tencent", "secretkey", "secret_key", "qcloud"], [chars(alnum, 32)], { validate: randomLooking }),
  prefixed("yandex-api-key", "Yandex Cloud API key", "AQVN", base64url, 35, 38, { validate: randomLooking }),
  format("yandex-iam-token", "Yandex Cloud IAM token", [lit("t1."), chars(`${alnum}_-`, 20, 200), lit("."), chars(base64url, 86)], { validate: randomLooking }),
  gated("yandex-access-key", "Yandex Cloud static access key", ["yandex", "yc_"], [lit("YC"), chars(base64url, 38)], { validate: randomLooking }),
  gated("ibm-cloud-api-key", "IBM Cloud API key", ["ibm", "bluemix"], [chars(base64url, 44)], { validate: randomLooking }),
  gated("scaleway-secret-key", "Scaleway secret key", ["scaleway", "scw_secret", "scw-secret"], uuid(hex)),
  gated("backblaze-application-key", "Backblaze application key", ["backblaze", "b2_app", "b2_application", "b2-app"], [lit("K"), chars(digits, 3), chars(`${alnum}+/`, 27)], {
    validate: randomLooking,
  }),
  prefixed("digitalocean-token", "DigitalOcean token", ["dop_v1_", "doo_v1_", "dor_v1_"], hex, 64),
  gated("linode-token", "Linode token", ["linode"], [chars(hex, 64)], { validate: hexMix }),
  gated("vultr-api-key", "Vultr API key", ["vultr"], [chars(upperAlnum, 36)], { validate: mixed(2) }),
  gated("hetzner-token", "Hetzner Cloud token", ["hetzner", "hcloud"], [chars(alnum, 64)], { validate: randomLooking }),
  prefixed("openshift-token", "OpenShift user token", "sha256~", base64url, 43, 43, { validate: randomLooking }),

  // Hosting and deployment platforms
  prefixed("heroku-api-key", "Heroku API key", "HRKU-AA", base64url, 58),
  gated("heroku-legacy-api-key", "Heroku API key", ["heroku"], uuid(hexAnyCase)),
  prefixed("scalingo-api-token", "Scalingo API token", ["tk-us-", "tk-osc-"], base64url, 48),
  prefixed("netlify-token", "Netlify access token", "nfp_", alnum, 36, 36, { validate: randomLooking }),
  gated("netlify-legacy-token", "Netlify access token", ["netlify"], [chars(base64url, 43, 45)], { validate: randomLooking }),
  prefixed("render-api-key", "Render API key", "rnd_", alnum, 32, 32, { validate: randomLooking }),
  prefixed("vercel-token", "Vercel token", ["vcp_", "vci_", "vca_", "vcr_", "vck_"], alnum, 24, 64),
  format("flyio-token", "Fly.io token", [
    [lit("fo1_"), chars(base64url, 43)],
    [lit("FlyV1 fm1_", "FlyV1 fm2_", "FlyV1 fm1a_", "FlyV1 fm1r_", "FlyV1 fm2a_", "FlyV1 fm2r_"), chars(`${base64}=_-`, 100, 4000)],
  ]),
  format("cloudflare-api-token", "Cloudflare API token", [lit("cfat_", "cfut_", "cfk_"), chars(alnum, 40), chars(hex, 8)]),
  gated("cloudflare-global-api-key", "Cloudflare global API key", ["cloudflare", "cf_api_key", "x-auth-key"], [chars(hex, 37)], { validate: hexMix }),
  format("cloudflare-origin-ca-key", "Cloudflare Origin CA key", [lit("v1.0-"), chars(hex, 24), lit("-"), chars(hex, 146)]),
  gated("fastly-api-token", "Fastly API token", ["fastly"], [chars(base64url, 32)], { validate: randomLooking }),
  format("akamai-edgegrid-token", "Akamai EdgeGrid token", [lit("akab-"), chars(lowerAlnum, 16), lit("-"), chars(lowerAlnum, 16)], { validate: mixed(2) }),
  format("tailscale-key", "Tailscale key", [lit("tskey-"), chars("abcdefghijklmnopqrstuvwxyz", 3, 12), lit("-"), chars(alnum, 8, 16), lit("-"), chars(alnum, 20, 40)]),
  format("defined-networking-api-token", "Defined Networking API token", [lit("dnkey-"), chars(`${alnum}_-`, 26), lit("-"), chars(`${alnum}_-`, 52)]),
  format("cloudinary-url", "Cloudinary URL", [lit("cloudinary://"), chars(digits, 10, 20), lit(":"), chars(base64url, 27)], { validate: randomLooking }),
  prefixed("aiven-service-password", "Aiven service password", "AVNS_", base64url, 23, 23, { validate: randomLooking }),
  prefixed("neon-api-key", "Neon API key", "napi_", lowerAlnum, 64, 64, { validate: mixed(2) }),
  format("supabase-token", "Supabase key", [
    [lit("sbp_"), chars(hex, 40)],
    [lit("sb_secret_"), chars(base64url, 31, 64)],
  ]),
  format("planetscale-token", "PlanetScale token", [lit("pscale_tkn_", "pscale_pw_", "pscale_oauth_"), chars(`${alnum}_.-`, 32, 64)], { validate: mixed(2) }),
  prefixed("clickhouse-cloud-key", "ClickHouse Cloud key", "4b1d", alnum, 38, 38, { validate: randomLooking }),
];
