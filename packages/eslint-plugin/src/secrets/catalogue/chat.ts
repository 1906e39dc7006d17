/** Chat, collaboration and productivity services. */
import { ALPHABETS, randomLooking, chars, decodeBase64Prefix, format, gated, hexMix, lit, mixed, prefixed, randomChars, uuid } from "./dsl.js";
import type { FormatDefinition, Validator } from "./types.js";

const { alnum, base64, base64url, digits, hex, lowerAlnum, upperAlnum } = ALPHABETS;

/** A Discord bot token's first part is the base64 of the bot's numeric id. */
const discordBotId: Validator = (match) => /^[0-9]{15,}/.test(decodeBase64Prefix(match[0].split(".")[0]!, 24));

/** Base64 spellings of an id's first digit pair (`1`→`MT`, ..., `9`→`OT`): every Discord bot token opens with one. */
const DISCORD_OPENINGS = ["mt", "mj", "mz", "nd", "nt", "nj", "nz", "od", "ot"];

/** An Intercom token is the base64 of `tok:` and an id. */
const intercomToken: Validator = (match) => decodeBase64Prefix(match[0], 8).startsWith("tok:");

/** Chat and collaboration formats. */
export const CHAT_FORMATS: readonly FormatDefinition[] = [
  // Slack
  format("slack-app-token", "Slack app token", [lit("xapp-"), chars(digits, 1), lit("-"), chars(upperAlnum, 9, 12), lit("-"), chars(digits, 10, 14), lit("-"), chars(hex, 40, 80)]),
  format("slack-config-token", "Slack configuration token", [
    [lit("xoxe.xoxp-", "xoxe.xoxb-"), chars(digits, 1), lit("-"), chars(upperAlnum, 140, 170)],
    [lit("xoxe-"), chars(digits, 1), lit("-"), chars(upperAlnum, 140, 170)],
  ]),
  format("slack-bot-token", "Slack bot token", [
    [lit("xoxb-"), chars(digits, 8, 14), lit("-"), chars(digits, 8, 14), lit("-"), chars(alnum, 24)],
    [lit("xoxb-"), chars(digits, 8, 14), lit("-"), chars(alnum, 18, 26)],
  ]),
  format("slack-user-token", "Slack user token", [lit("xoxp-", "xoxa-", "xoxr-"), chars(digits, 8, 14), lit("-"), chars(digits, 8, 14), lit("-"), chars(digits, 8, 14), lit("-"), chars(alnum, 24, 64)]),
  format("slack-legacy-token", "Slack legacy token", [
    [lit("xoxo-", "xoxs-"), chars(digits, 8, 14), lit("-"), chars(digits, 8, 14), lit("-"), chars(digits, 8, 14), lit("-"), chars(hex, 24, 64)],
    [lit("xoxa-2-", "xoxr-2-"), chars(alnum, 60, 160)],
  ]),
  format("slack-webhook", "Slack webhook URL", [lit("hooks.slack.com/services/T", "hooks.slack.com/workflows/T", "hooks.slack.com/triggers/T"), chars(upperAlnum, 6, 12), lit("/"), chars(upperAlnum, 6, 14), lit("/"), chars(alnum, 20, 32)], {
    keywords: ["hooks.slack.com"],
  }),

  // Discord, Telegram, Teams and other chat
  format("discord-webhook", "Discord webhook URL", [lit("discord.com/api/webhooks/", "discordapp.com/api/webhooks/"), chars(digits, 17, 20), lit("/"), chars(base64url, 60, 68)], {
    keywords: ["/api/webhooks/"],
  }),
  format("discord-bot-token", "Discord bot token", [chars("MNO", 1), chars(base64url, 23, 27), lit("."), chars(base64url, 6), lit("."), chars(base64url, 27, 38)], {
    keywords: DISCORD_OPENINGS,
    validate: discordBotId,
    sample: (random) => {
      const id = String(1 + Math.floor(random() * 9)) + randomChars(random, digits, 17);
      return `${Buffer.from(id).toString("base64").replace(/=+$/, "")}.${randomChars(random, base64url, 6)}.${randomChars(random, base64url, 38)}`;
    },
    nearMisses: (random) => [`${Buffer.from(`user${randomChars(random, alnum, 14)}`).toString("base64").replace(/=+$/, "")}.${randomChars(random, base64url, 6)}.${randomChars(random, base64url, 38)}`],
  }),
  gated("discord-client-secret", "Discord client secret", ["discord"], [chars(base64url, 32)], { validate: randomLooking }),
  format("telegram-bot-token", "Telegram bot token", [chars(digits, 8, 10), lit(":AA"), chars(base64url, 33)], { keywords: [":aa"] }),
  format("microsoft-teams-webhook", "Microsoft Teams webhook URL", [lit("/IncomingWebhook/"), chars(hex, 32), lit("/"), ...uuid(hex)], { keywords: ["/incomingwebhook/"] }),
  gated("mattermost-token", "Mattermost access token", ["mattermost"], [chars(lowerAlnum, 26)], { validate: mixed(2) }),
  gated("twitch-token", "Twitch API token", ["twitch"], [chars(lowerAlnum, 30)], { validate: mixed(2) }),
  prefixed("twitter-bearer-token", "Twitter bearer token", "AAAAAAAAAAAAAAAAAAAAA", `${alnum}%`, 80, 120, { validate: randomLooking }),
  gated("twitter-access-token", "Twitter access token", ["twitter"], [chars(digits, 15, 25), lit("-"), chars(alnum, 20, 40)], { validate: randomLooking }),
  gated("twitter-api-secret", "Twitter API secret", ["twitter"], [chars(alnum, 50)], { validate: randomLooking }),
  gated("linkedin-client-secret", "LinkedIn client secret", ["linkedin"], [chars(alnum, 16)], { validate: randomLooking }),
  format("facebook-access-token", "Facebook access token", [lit("EAA"), chars("BCDEFGHIJKLMNOPQRSTUVWXYZ", 1), chars(alnum, 90, 400)], { validate: randomLooking }),
  gated("facebook-app-secret", "Facebook app secret", ["facebook", "fb_secret", "fb_app_secret", "fbsecret", "fb-app-secret"], [chars(hex, 32)], { validate: hexMix }),
  gated("facebook-app-token", "Facebook app access token", ["facebook", "graph.facebook", "fb_access", "fb_token"], [chars(digits, 15, 16), lit("|"), chars(base64url, 27, 32)], {
    validate: mixed(2),
  }),
  format("hubspot-private-app-token", "HubSpot private app token", [lit("pat-"), chars(ALPHABETS.lower, 2), chars(digits, 1), lit("-"), ...uuid(hex)], { keywords: ["pat-"] }),
  gated("hubspot-api-key", "HubSpot API key", ["hubspot", "hapikey"], uuid(ALPHABETS.hexAnyCase)),
  gated("sendbird-token", "Sendbird API token", ["sendbird"], [chars(hex, 40)], { validate: hexMix }),
  gated("zendesk-token", "Zendesk API token", ["zendesk"], [chars(alnum, 40)], { validate: randomLooking }),
  format("intercom-access-token", "Intercom access token", [lit("dG9rO"), chars(`${base64}=`, 50, 60)], {
    validate: intercomToken,
    sample: (random) => Buffer.from(`tok:${randomChars(random, hex, 8)}_${randomChars(random, hex, 8)}_${randomChars(random, hex, 8)}_${randomChars(random, hex, 8)}:1:0`).toString("base64").replace(/=+$/, ""),
    nearMisses: (random) => [Buffer.from(`key:${randomChars(random, hex, 8)}_${randomChars(random, hex, 8)}_${randomChars(random, hex, 4)}:1:0`).toString("base64")],
  }),

  // Productivity and project tools
  prefixed("linear-api-key", "Linear API key", ["lin_api_", "lin_oauth_"], alnum, 40, 64),
  format("notion-token", "Notion integration token", [
    [lit("ntn_"), chars(digits, 11), chars(alnum, 35)],
    [lit("secret_"), chars(alnum, 43)],
  ], { validate: randomLooking }),
  prefixed("figma-token", "Figma token", ["figd_", "figu_"], base64url, 40, 64),
  format("airtable-token", "Airtable personal access token", [lit("pat"), chars(alnum, 14), lit("."), chars(hex, 64)], { keywords: ["pat"] }),
  gated("asana-token", "Asana personal access token", ["asana"], [
    [chars(digits, 1), lit("/"), chars(digits, 13, 19), lit(":"), chars(alnum, 32)],
    [chars(digits, 1), lit("/"), chars(digits, 13, 19), lit("/"), chars(digits, 13, 19), lit(":"), chars(alnum, 32)],
  ]),
  gated("trello-token", "Trello token", ["trello"], [chars(`${alnum}`, 64)], { validate: mixed(2) }),
  format("clickup-token", "ClickUp API token", [lit("pk_"), chars(digits, 6, 10), lit("_"), chars(upperAlnum, 32)], { validate: mixed(2) }),
  format("typeform-token", "Typeform token", [lit("tfp_"), chars(`${alnum}_=.-`, 59)], { validate: randomLooking }),
  prefixed("dropbox-access-token", "Dropbox access token", ["sl.", "sl.u."], base64url, 130, 1500, { validate: randomLooking }),
  gated("dropbox-long-lived-token", "Dropbox access token", ["dropbox"], [chars(alnum, 11), lit("AAAAAAAAAA"), chars(base64url, 43)], { validate: randomLooking }),
  format("zapier-webhook", "Zapier webhook URL", [lit("hooks.zapier.com/hooks/catch/"), chars(digits, 5, 10), lit("/"), chars(lowerAlnum, 6, 8)], {
    keywords: ["hooks.zapier.com"],
    validate: mixed(2),
  }),
  gated("monday-token", "monday.com API token", ["monday"], [lit("eyJhbGciOiJIUzI1NiJ9.eyJ0aWQiOj"), chars(base64url, 100, 400), lit("."), chars(base64url, 43)]),
  gated("calendly-token", "Calendly token", ["calendly"], [lit("eyJ"), chars(base64url, 20, 400), lit("."), chars(base64url, 20, 800), lit("."), chars(base64url, 43, 86)]),
  format("miro-token", "Miro access token", [lit("eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_"), chars(base64url, 27)]),
  gated("contentful-delivery-token", "Contentful delivery token", ["contentful"], [chars(base64url, 43)], { validate: randomLooking }),
  prefixed("contentful-token", "Contentful token", "CFPAT-", base64url, 43),
  gated("storyblok-token", "Storyblok token", ["storyblok"], [chars(alnum, 22), lit("tt")], { validate: randomLooking }),
  gated("datocms-token", "DatoCMS API token", ["datocms"], [chars(hex, 30)], { validate: hexMix }),
  gated("sanity-token", "Sanity API token", ["sanity"], [lit("sk"), chars(alnum, 150, 200)], { validate: randomLooking }),
  gated("ghost-admin-key", "Ghost Admin API key", ["ghost"], [chars(hex, 24), lit(":"), chars(hex, 64)], { validate: hexMix }),
  format("riot-games-api-key", "Riot Games API key", [lit("RGAPI-"), ...uuid(hex)]),
  gated("spotify-client-secret", "Spotify client secret", ["spotify"], [chars(hex, 32)], { validate: hexMix }),
  gated("steam-api-key", "Steam Web API key", ["steam"], [chars("0123456789ABCDEF", 32)], { validate: mixed(2) }),
  gated("kakao-api-key", "Kakao API key", ["kakao"], [chars(hex, 32)], { validate: hexMix }),
  gated("etsy-api-key", "Etsy API key", ["etsy"], [chars(lowerAlnum, 24)], { validate: mixed(2) }),
  gated("flickr-api-key", "Flickr API key", ["flickr"], [chars(hex, 32)], { validate: hexMix }),
  gated("bitly-token", "Bitly access token", ["bitly"], [chars(hex, 40)], { validate: hexMix }),
  gated("nytimes-api-key", "New York Times API key", ["nytimes", "nyt_"], [chars(alnum, 32)], { validate: randomLooking }),
];
