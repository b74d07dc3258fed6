// Lint rules. The one that matters most: src/core stays free of platform and vendor SDKs,
// so the domain can be tested and reused without Telegram, Discord, OpenAI, Pinecone or Prisma.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const VENDOR_PATTERNS = [
  { group: ["grammy", "grammy/*", "@grammyjs/*"], message: "src/core must not import Telegram SDKs: use a port." },
  { group: ["discord.js", "discord.js/*", "@discordjs/*"], message: "src/core must not import Discord SDKs: use a port." },
  { group: ["openai", "openai/*"], message: "src/core must not import OpenAI: use a port." },
  { group: ["@pinecone-database/*"], message: "src/core must not import Pinecone: use a port." },
  { group: ["@prisma/*", "prisma", "**/generated/**", "pg", "@electric-sql/*"], message: "src/core must not touch the database client: use the Store ports." },
  { group: ["**/adapters/**", "**/channels/**"], message: "src/core depends on ports only." },
];

export default tseslint.config(
  { ignores: ["node_modules/", "src/generated/", ".data/", ".tmp/", "coverage/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly", Buffer: "readonly", AbortController: "readonly", fetch: "readonly", TextEncoder: "readonly", TextDecoder: "readonly", structuredClone: "readonly", setInterval: "readonly", clearInterval: "readonly", performance: "readonly", document: "readonly", window: "readonly", EventSource: "readonly", navigator: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through src/config.ts." }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: VENDOR_PATTERNS }] },
  },
  {
    // process.env is read by config.ts only; scripts and tests may set variables for child processes.
    files: ["src/config.ts", "scripts/**", "test/**", "prisma.config.ts", "*.config.*"],
    rules: { "no-restricted-properties": "off" },
  },
);
