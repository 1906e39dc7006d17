// Types of the CommonJS entry: `require("@credref/eslint-plugin")` is the plugin itself (see index.cjs).
import type { CredrefPlugin } from "../dist/index.js";

/** The plugin: `const credref = require("@credref/eslint-plugin")`, then `plugins: { "@credref": credref }`. */
declare const plugin: CredrefPlugin;
export = plugin;
