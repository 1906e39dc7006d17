"use strict";
// The CommonJS entry. `require("@credref/eslint-plugin")` returns the plugin object itself, the same object
// `import credref from "@credref/eslint-plugin"` gives: the shared configs register that object as `@credref`, and
// ESLint rejects a second, different object under the same name ("Cannot redefine plugin"). Node's require of the ES
// module (Node ^20.19 || >=22.12) returns its namespace, so the default export is taken from it here.
module.exports = require("../dist/index.js").default;
