// Types of the CommonJS entry: `require("@credref/eslint-plugin")` is the plugin itself (see index.cjs).
import type { CredrefPlugin } from "./types.cjs";

/** The plugin: `const credref = require("@credref/eslint-plugin")`, then `plugins: { "@credref": credref }`. */
declare const plugin: CredrefPlugin;
export = plugin;
