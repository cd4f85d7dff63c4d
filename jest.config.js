/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/test/unit/**/*.test.ts?(x)", "**/test/integration/**/*.test.ts?(x)"],
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
  },
  setupFiles: ["<rootDir>/test/setup.ts"],
};
