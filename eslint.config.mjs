import nextVitals from "eslint-config-next/core-web-vitals"
import tseslint from "typescript-eslint"

/** What the layers forbid (README, "Layout"): app → lib/api → domain → lib/ads-api. */
const NOT_FROM_DOMAIN = [
  {
    group: ["@/app/*", "@/lib/api/*", "@/lib/auth", "@/lib/auth/*"],
    message:
      "The domain does not know routes, sessions or HTTP answers: take what you need as a parameter (lib/link-rules/caller.ts) and let lib/api build it.",
  },
  {
    group: ["next/server", "next/headers"],
    message: "The domain does not read requests: lib/api does.",
  },
]
const TEST_FILES = [
  "**/*.test.ts",
  "**/*.test.tsx",
  "**/*.test-support.ts",
  "**/*.reliability.ts",
]

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
    // The domain rooms: never auth, routes, lib/api or an HTTP Request.
    files: [
      "lib/grid/**/*.ts",
      "lib/link-rules/**/*.ts",
      "lib/link-writes/**/*.ts",
      "lib/contract/**/*.ts",
    ],
    ignores: TEST_FILES,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: NOT_FROM_DOMAIN },
      ],
      "@typescript-eslint/no-restricted-types": [
        "error",
        {
          types: {
            Request: "The domain takes parsed values, not an HTTP request.",
            NextRequest: "The domain takes parsed values, not an HTTP request.",
          },
        },
      ],
    },
  },
  {
    // The upstream client sits below the domain.
    files: ["lib/ads-api/**/*.ts"],
    ignores: TEST_FILES,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            ...NOT_FROM_DOMAIN,
            {
              group: ["@/lib/grid/*", "@/lib/link-writes/*"],
              message:
                "lib/ads-api sits below the domain: it imports none of it.",
            },
          ],
        },
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
                "!@/lib/ads-api",
                "@/lib/ads-api/*",
                "!@/lib/ads-api/wire",
                "!@/lib/ads-api/link-statuses",
                "!@/lib/ads-api/service-codes",
                "**/ads-api/*",
                "!**/ads-api/wire",
                "!**/ads-api/link-statuses",
                "!**/ads-api/service-codes",
                "**/link-rules/*",
                "**/client-links/*",
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
