// eslint-doc-generator settings: `npm run docs` writes the rule table into README.md and the header of each rule doc;
// `npm run docs:check` (part of `npm test`) fails when they are out of date. It loads the built plugin (dist).
/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
    ["recommended-type-checked", "☑️"],
  ],
  ruleDocTitleFormat: "name",
  // Each rule doc writes its own summary and config line under the title (every rule works without type information
  // and only uses it when present, which the generated "requires type checking" notice would misstate), so the
  // generated header is the title alone (plus a notice, should a rule ever be deprecated).
  ruleDocNotices: ["deprecated"],
  ruleListColumns: ["name", "description", "configsError", "fixable", "hasSuggestions", "options"],
  ruleDocSectionOptions: false,
  // Absolute, so the links work on the npm page as well as on GitHub.
  urlRuleDoc: "https://github.com/credref/credref/blob/main/packages/eslint-plugin/docs/rules/{name}.md",
  urlConfigs: "https://github.com/credref/credref/blob/main/packages/eslint-plugin/README.md#configs",
};

export default config;
