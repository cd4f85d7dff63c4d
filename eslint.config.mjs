import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

// Layers, as in docs/architecture.md: core <- adapters (office, graph, eml, attachments) <- faces (taskpane, commands, cli, demo).
// The Graph emulator is a tool beside the adapters: tests, the benchmark and `npm start` run it, no product code
// imports it. A face never reaches into another face. Each folder gets one list of patterns, because a later
// no-restricted-imports entry for the same file would replace an earlier one rather than add to it.
const adapters = ["office", "graph", "eml", "attachments"];
const faces = ["taskpane", "commands", "cli", "demo"];
const folder = (name) => [`**/${name}`, `**/${name}/**`];

const noFaces = (who) => ({ group: faces.flatMap(folder), message: `${who} must not import a face.` });
const noOtherFace = (self) => ({
  group: faces.filter((f) => f !== self).flatMap(folder),
  message: `A face must not import another face (${self} is one).`,
});
const noEmulator = (who) => ({
  group: folder("graph-emulator"),
  message: `${who} must not import the Graph emulator: it is a test and demo tool, reached over HTTP.`,
});
const nodeBuiltins = [
  "node:*",
  "fs",
  "fs/*",
  "path",
  "os",
  "child_process",
  "http",
  "https",
  "net",
  "util",
  "crypto",
];
const noNode = (who) => ({
  group: nodeBuiltins,
  message: `${who} runs in Outlook or a browser: no Node built-ins.`,
});
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const layerRules = {
  core: [
    {
      group: [...adapters, "graph-emulator", ...faces, "scripts", "test"].flatMap(folder),
      message:
        "src/core is pure: it imports nothing outside src/core (no adapter, tool, face, script or test).",
    },
    {
      group: [
        ...nodeBuiltins,
        "react",
        "react-dom",
        "@fluentui/*",
        "@microsoft/*",
        "@azure/*",
        "postal-mime",
        "dompurify",
      ],
      message: "src/core is pure: no Node built-ins, DOM or UI libraries, Office, Graph or MIME libraries.",
    },
  ],
  office: [noFaces("An adapter"), noEmulator("An adapter"), noNode("The Office adapter")],
  // The Graph adapter serves the pane (MSAL in the browser) and the CLI (msal-node reads a certificate file).
  graph: [noFaces("An adapter"), noEmulator("An adapter")],
  eml: [noFaces("An adapter"), noEmulator("An adapter")],
  // Reads attachment bytes into text; runs in the pane's worker, the send guard and the CLI alike.
  attachments: [noFaces("An adapter"), noEmulator("An adapter"), noNode("The attachment readers")],
  "graph-emulator": [noFaces("The Graph emulator")],
  taskpane: [noOtherFace("taskpane"), noEmulator("A face"), noNode("The task pane")],
  commands: [noOtherFace("commands"), noEmulator("A face"), noNode("The send guard")],
  cli: [noOtherFace("cli"), noEmulator("A face")],
  demo: [noOtherFace("demo"), noEmulator("The demo (it reaches the emulator over HTTP)"), noNode("The demo")],
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "build/",
      "coverage/",
      "test-results/",
      ".certs/",
      "schemas/",
      // Scratch files in the root (see .gitignore).
      "dev-*-tmp.*",
      "tmp-*",
    ],
  },
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
  ...Object.entries(layerRules).map(([name, patterns]) => ({
    files: [`src/${name}/**`],
    rules: restrict(patterns),
  })),
  prettier,
);
