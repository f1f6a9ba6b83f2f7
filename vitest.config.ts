import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

/** What every Vitest run shares (also `vitest.reliability.config.ts`). */
export const shared = {
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
  },
  test: {
    exclude: ["node_modules/**", ".next/**", ".next-*/**", "e2e/**"],
    // `server-only` throws outside a React Server bundle; in unit tests the
    // server modules are exercised directly, so stub it.
    alias: {
      "server-only": fileURLToPath(
        new URL("./test/server-only-stub.test-support.ts", import.meta.url),
      ),
    },
  },
}

export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    projects: [
      // Server and shared code runs in node.
      {
        extends: true,
        test: { name: "node", environment: "node", include: ["**/*.test.ts"] },
      },
      // Browser code (hooks, components, fetch wrappers): `.test.tsx` runs in happy-dom.
      {
        extends: true,
        test: {
          name: "dom",
          environment: "happy-dom",
          include: ["**/*.test.tsx"],
          setupFiles: ["./test/dom-setup.test-support.ts"],
        },
      },
    ],
  },
})
