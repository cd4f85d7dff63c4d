/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: [
    "**/test/unit/**/*.test.ts?(x)",
    "**/test/integration/**/*.test.ts?(x)",
    "**/test/privacy/**/*.test.ts?(x)",
  ],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type errors are tsc's job (npm run typecheck); with isolatedModules ts-jest only transpiles, which keeps
        // jest fast.
        tsconfig: {
          module: "commonjs",
          jsx: "react-jsx",
          esModuleInterop: true,
          resolveJsonModule: true,
          isolatedModules: true,
        },
      },
    ],
    "pdfjs-dist/.+\\.mjs$": "<rootDir>/test/esm-to-cjs.cjs",
  },
  // pdf.js is an ES module; it alone in node_modules goes through a transform (test/esm-to-cjs.cjs).
  transformIgnorePatterns: ["/node_modules/(?!pdfjs-dist/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  setupFiles: ["<rootDir>/test/setup.ts"],
  globalSetup: "<rootDir>/test/build-cli.cjs",
  // The pane's jsdom tests render Fluent UI and take a few seconds each on a loaded 2-core machine; jest's 5 s default
  // then fails them for the machine's load, not for what they check. Time is measured in npm run bench, not here.
  testTimeout: 30000,
};
