import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Prisma is reached only through lib/db (see README, "How the code is laid out").
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/client", "@prisma/client/*", "**/db/generated", "**/db/generated/*"],
              message: "Import the database through lib/db, the only door to it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/db/**"],
    rules: { "no-restricted-imports": "off" },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "tests/artifacts/**"]),
]);
