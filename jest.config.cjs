/** Jest runs TypeScript through ts-jest; `obsidian` resolves to our in-memory test double. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: {
    "^obsidian$": "<rootDir>/tests/fake-obsidian/index.ts",
  },
};
