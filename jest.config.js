/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type errors are `npm run typecheck`'s job (CI runs it); here ts-jest only transpiles.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  reporters: ["default", "<rootDir>/test/closingLine.reporter.js"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 60000,
};
