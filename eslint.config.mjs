import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", "generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "tests/.tmp/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The database is reached only through the data layer (and seed/scripts).
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/data/**", "lib/db.ts", "lib/db-client.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/lib/db", "@/lib/db-client", "**/generated/prisma/*"], message: "Use the data layer in lib/data/." }] }],
    },
  },
];

export default config;
