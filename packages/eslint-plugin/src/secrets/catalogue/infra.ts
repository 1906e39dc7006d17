/** Infrastructure, observability, databases, secrets managers and identity providers. */
import { ALPHABETS, randomLooking, base64Json, base64JsonBody, chars, format, gated, hexMix, lit, mixed, prefixed, randomChars, uuid } from "./dsl.js";
import type { FormatDefinition } from "./types.js";

const { alnum, base64, base64url, digits, hex, hexAnyCase, letters, lowerAlnum, upper, upperAlnum } = ALPHABETS;

/** Infrastructure and observability formats. */
export const INFRA_FORMATS: readonly FormatDefinition[] = [
  // Secrets managers and identity
  format("onepassword-service-account-token", "1Password service account token", [lit("ops_eyJ"), chars(`${base64}_-`, 100, 2000)], {
    validate: base64JsonBody,
    sample: (random) => `ops_${base64Json({ signInAddress: "my.1password.com", userAuth: randomChars(random, alnum, 120) }, false)}`,
    nearMisses: (random) => [`ops_eyJ${randomChars(random, "_", 120)}`],
  }),
  format("onepassword-secret-key", "1Password secret key", [
    [lit("A3-"), chars(upperAlnum, 6), lit("-"), chars(upperAlnum, 11), lit("-"), chars(upperAlnum, 5), lit("-"), chars(upperAlnum, 5), lit("-"), chars(upperAlnum, 5)],
    [lit("A3-"), chars(upperAlnum, 6), lit("-"), chars(upperAlnum, 6), lit("-"), chars(upperAlnum, 5), lit("-"), chars(upperAlnum, 5), lit("-"), chars(upperAlnum, 5), lit("-"), chars(upperAlnum, 5)],
  ], { validate: mixed(2) }),
  format("hashicorp-vault-token", "HashiCorp Vault token", [lit("hvs.", "hvb.", "hvr."), chars(base64url, 90, 300)]),
  format("doppler-token", "Doppler token", [lit("dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."), chars(alnum, 40, 44)]),
  gated("okta-api-token", "Okta API token", ["okta"], [lit("00"), chars(base64url, 40)], { validate: randomLooking }),
  gated("auth0-client-secret", "Auth0 client secret", ["auth0"], [chars(base64url, 64)], { validate: randomLooking }),
  gated("onelogin-secret", "OneLogin client secret", ["onelogin"], [chars(hex, 64)], { validate: hexMix }),
  gated("duo-secret-key", "Duo secret key", ["duo_skey", "duo_secret", "duo-secret", "duosecret"], [chars(alnum, 40)], { validate: randomLooking }),
  format("authress-key", "Authress service client key", [lit("sc_", "ext_", "scauth_", "authress_"), chars(lowerAlnum, 5, 30), lit("."), chars(lowerAlnum, 4, 6), lit(".acc_"), chars(`${lowerAlnum}-`, 10, 32), lit("."), chars(`${alnum}+/_=-`, 30, 120)], {
    keywords: [".acc_"],
    claimable: false,
  }),
  format("infisical-token", "Infisical token", [lit("st."), ...uuid(hex), lit("."), chars(hex, 32), lit("."), chars(hex, 32)]),
  prefixed("nightfall-api-key", "Nightfall API key", "NF-", alnum, 32, 32, { validate: randomLooking }),
  format("maxmind-license-key", "MaxMind license key", [chars(alnum, 6), lit("_"), chars(alnum, 29), lit("_mmk")], { keywords: ["_mmk"] }),
  format("intra42-client-secret", "42 Intra client secret", [lit("s-s4t2ud-", "s-s4t2af-"), chars(hex, 64)]),
  prefixed("adobe-client-secret", "Adobe client secret", "p8e-", alnum, 32, 32, { validate: mixed(2) }),
  format("salesforce-access-token", "Salesforce access token", [lit("00D"), chars(alnum, 12, 15), lit("!"), chars(`${alnum}._`, 96)], { validate: randomLooking }),
  gated("okta-client-secret", "Okta client secret", ["okta"], [chars(`${alnum}_-`, 40)], { validate: randomLooking }),
  gated("recaptcha-secret", "reCAPTCHA secret key", ["recaptcha"], [lit("6L"), chars(base64url, 38)], { validate: randomLooking }),

  // Infrastructure
  format("databricks-token", "Databricks token", [lit("dapi"), chars(hexAnyCase, 32)], { validate: hexMix }),
  format("grafana-token", "Grafana token", [
    [lit("glc_eyJ"), chars(`${base64}_-`, 20, 400)],
    [lit("glsa_"), chars(alnum, 32), lit("_"), chars(hexAnyCase, 8)],
  ], {
    validate: (match, text) => (match[0].startsWith("glc_") ? base64JsonBody(match, text) : true),
    sample: (random) => `glc_${base64Json({ o: "12345", n: "stack", k: randomChars(random, alnum, 24) }, false)}`,
    nearMisses: () => [`glc_${"1".repeat(44)}`, `glc_eyJ${"_".repeat(40)}`],
  }),
  prefixed("grafana-api-key", "Grafana API key", "eyJrIjoi", `${base64}=`, 70, 400, { validate: randomLooking }),
  format("new-relic-key", "New Relic key", [lit("NRAK-", "NRII-"), chars(upperAlnum, 27, 32)], { validate: mixed(2) }),
  format("new-relic-license-key", "New Relic license key", [chars(hex, 36), lit("NRAL")], { keywords: ["nral"], validate: hexMix }),
  gated("datadog-api-key", "Datadog API key", ["datadog", "dd_api_key", "dd-api-key", "dd_app_key", "dd-application-key"], [
    [chars(hex, 32)],
    [chars(hex, 40)],
  ], { validate: hexMix }),
  format("dynatrace-token", "Dynatrace token", [lit("dt0c01.", "dt0s01.", "dt0s02.", "dt0a01."), chars(upperAlnum, 24), lit("."), chars(upperAlnum, 64)]),
  gated("honeycomb-api-key", "Honeycomb API key", ["honeycomb"], [[chars(alnum, 22)], [lit("hcaik_"), chars(lowerAlnum, 58)]], { validate: mixed(2) }),
  gated("sumo-logic-access-id", "Sumo Logic access ID", ["sumo"], [lit("su"), chars(alnum, 12)], { validate: randomLooking }),
  gated("sumo-logic-access-key", "Sumo Logic access key", ["sumo"], [chars(alnum, 64)], { validate: randomLooking }),
  gated("rollbar-token", "Rollbar access token", ["rollbar"], [chars(hex, 32)], { validate: hexMix }),
  gated("bugsnag-api-key", "Bugsnag API key", ["bugsnag"], [chars(hex, 32)], { validate: hexMix }),
  gated("pagerduty-api-key", "PagerDuty API key", ["pagerduty"], [chars(`${alnum}+_-`, 20)], { validate: randomLooking }),
  gated("opsgenie-api-key", "Opsgenie API key", ["opsgenie"], uuid(hex)),
  gated("splunk-hec-token", "Splunk HEC token", ["splunk"], uuid(hexAnyCase)),
  gated("loggly-token", "Loggly token", ["loggly"], uuid(hex)),
  gated("logzio-token", "Logz.io token", ["logz"], [chars(letters, 32)], { validate: mixed(2) }),
  gated("papertrail-token", "Papertrail API token", ["papertrail"], [chars(alnum, 20)], { validate: randomLooking }),
  gated("coralogix-key", "Coralogix private key", ["coralogix"], [lit("cxtp_"), chars(alnum, 30)]),
  gated("launchdarkly-token", "LaunchDarkly token", ["launchdarkly", "launch_darkly", "ld_sdk", "ld_api"], [lit("api-", "sdk-", "mob-"), ...uuid(hex)]),
  gated("confluent-secret", "Confluent API secret", ["confluent", "kafka"], [chars(`${alnum}+/`, 64)], { validate: randomLooking }),
  gated("elastic-cloud-api-key", "Elastic Cloud API key", ["elastic"], [chars(base64url, 22), lit(":"), chars(base64url, 22)], { validate: randomLooking }),
  gated("mongodb-atlas-private-key", "MongoDB Atlas private key", ["atlas", "mongodb"], uuid(hex)),
  gated("redis-cloud-key", "Redis Cloud API key", ["redislabs", "redis_cloud", "rediscloud"], [chars(lowerAlnum, 50)], { validate: mixed(2) }),
  gated("upstash-token", "Upstash token", ["upstash"], [lit("A"), chars(base64url, 60, 100)], { validate: randomLooking }),
  gated("snowflake-password", "Snowflake key", ["snowflake"], [chars(`${upper}${digits}`, 40)], { validate: mixed(2) }),
  gated("consul-token", "Consul ACL token", ["consul"], uuid(hex)),
  gated("nomad-token", "Nomad ACL token", ["nomad"], uuid(hex)),
  gated("railway-token", "Railway token", ["railway"], uuid(hex)),
  gated("sentry-dsn-secret", "Sentry DSN secret", ["sentry"], [lit("https://"), chars(hex, 32), lit(":"), chars(hex, 32), lit("@")]),
  prefixed("prefect-token", "Prefect API key", "pnu_", alnum, 36),
  gated("mux-token-secret", "Mux token secret", ["mux_token", "mux-token", "mux_secret"], [chars(`${alnum}+/`, 75)], { validate: randomLooking }),
  gated("ngrok-token", "ngrok auth token", ["ngrok"], [chars(digits, 1), chars(alnum, 26), lit("_"), chars(alnum, 21)], { validate: randomLooking }),
  gated("docusign-secret", "DocuSign secret", ["docusign"], uuid(hex)),
  gated("shodan-api-key", "Shodan API key", ["shodan"], [chars(alnum, 32)], { validate: randomLooking }),
  gated("virustotal-api-key", "VirusTotal API key", ["virustotal"], [chars(hex, 64)], { validate: hexMix }),
  gated("ipinfo-token", "IPinfo token", ["ipinfo"], [chars(hex, 14)], { validate: hexMix }),
  gated("abuseipdb-key", "AbuseIPDB API key", ["abuseipdb"], [chars(hex, 80)], { validate: hexMix }),
  gated("beamer-api-key", "Beamer API key", ["beamer"], [lit("b_"), chars(`${alnum}=_-`, 44)], { validate: randomLooking }),
  gated("looker-client-secret", "Looker client secret", ["looker"], [chars(alnum, 24)], { validate: randomLooking }),
];
