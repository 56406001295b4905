import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "data/", "coverage/", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  // Scripts served to browsers (progressive enhancement only).
  { files: ["src/server/assets/**/*.js"], languageOptions: { globals: { ...globals.browser } } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
      // The record store is driven by record specs at run time (table names are data), so its
      // Kysely handle is untyped by design; types come from the TypeBox schemas at the edges.
      "@typescript-eslint/no-explicit-any": "off",
      "max-lines": ["warn", { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
);
