/** Jest runs TypeScript through ts-jest; `obsidian` resolves to our in-memory test double. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // Property tests run thousands of cases; on a busy two-core machine that can pass 5 s.
  testTimeout: 30000,
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    "^obsidian$": "<rootDir>/tests/fake-obsidian/index.ts",
  },
};
