import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

// Layers, as in docs/architecture.md: core <- office, graph <- faces. A face never reaches into another face.
const faces = ["taskpane", "commands", "cli", "demo"];
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });
const otherFaces = (self) =>
  faces
    .filter((f) => f !== self)
    .map((f) => ({
      group: [`**/${f}/**`, `../${f}`],
      message: `A face must not import another face (${f}).`,
    }));

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test-results/", ".certs/", "schemas/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "*.mjs", "scripts/*.mjs", "bin/*.cjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**"],
    rules: restrict([
      {
        group: [
          "**/office/**",
          "**/graph/**",
          "**/graph-emulator/**",
          "**/eml/**",
          ...faces.map((f) => `**/${f}/**`),
        ],
        message: "src/core is pure: it imports no adapter or face.",
      },
      {
        group: [
          "node:*",
          "fs",
          "path",
          "os",
          "child_process",
          "react",
          "react-dom",
          "@fluentui/*",
          "@microsoft/*",
        ],
        message: "src/core is pure: no Node built-ins, DOM frameworks or Office/Graph libraries.",
      },
    ]),
  },
  {
    files: ["src/office/**", "src/graph/**", "src/eml/**"],
    rules: restrict([{ group: faces.map((f) => `**/${f}/**`), message: "Adapters must not import faces." }]),
  },
  {
    // A Node dev/test tool at adapter level: it may use core, the eml reader and graph's property ids, never a face.
    files: ["src/graph-emulator/**"],
    rules: restrict([
      { group: faces.map((f) => `**/${f}/**`), message: "The Graph emulator must not import faces." },
    ]),
  },
  ...faces.map((face) => ({ files: [`src/${face}/**`], rules: restrict(otherFaces(face)) })),
  prettier,
);
