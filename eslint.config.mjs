import nextVitals from "eslint-config-next/core-web-vitals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  ...nextVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // The emulator stands on its own (docs/emulator.md): it may share the wire format and
    // the service's code table, never the app's rules, so its answers can catch ours.
    files: ["lib/emulator/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/*",
                "!@/lib",
                "@/lib/*",
                "!@/lib/emulator",
                "!@/lib/client-links",
                "@/lib/client-links/*",
                "!@/lib/client-links/wire",
                "!@/lib/client-links/link-statuses",
                "!@/lib/client-links/service-codes",
                "**/client-links/*",
                "!**/client-links/wire",
                "!**/client-links/link-statuses",
                "!**/client-links/service-codes",
              ],
              message:
                "lib/emulator imports only itself, the wire format and the service's code table.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    ...tseslint.configs.disableTypeChecked,
  },
)
