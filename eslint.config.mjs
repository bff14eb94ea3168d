import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const DATABASE_ONLY_IN_DATA_LAYER = { group: ["@/lib/db", "@/lib/db-client", "**/generated/prisma/*"], message: "Use the data layer in lib/data/." };
const DOMAIN_IS_PURE = "lib/domain is pure computation: pass data in from lib/data; keep React, Next and server-only code out.";

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
      "no-restricted-imports": ["error", { patterns: [DATABASE_ONLY_IN_DATA_LAYER] }],
    },
  },
  {
    // The domain is pure computation: no database, no data layer, no React or Next, nothing
    // server-only, so the pages, the API, the exports, the seed and the tests share it as it is.
    // This block replaces the rule's options above for these files, so it forbids the database too.
    files: ["lib/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["react", "react-dom", "next", "server-only"].map((name) => ({ name, message: DOMAIN_IS_PURE })),
          patterns: [
            {
              group: ["@/lib/data", "@/lib/data/*", "@/lib/db*", "@/generated/*", "**/generated/*", "**/lib/data/*", "../data", "../data/*", "../../data", "../../data/*", "../db*", "../../db*", "react/*", "react-dom/*", "next/*"],
              message: DOMAIN_IS_PURE,
            },
          ],
        },
      ],
    },
  },
];

export default config;
