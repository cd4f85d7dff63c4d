/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/test/unit/**/*.test.ts?(x)", "**/test/integration/**/*.test.ts?(x)"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        // Type errors are tsc's job (npm run typecheck); ts-jest only transpiles, which keeps jest fast.
        isolatedModules: true,
        tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true, resolveJsonModule: true },
      },
    ],
  },
  setupFiles: ["<rootDir>/test/setup.ts"],
};
