import { defineConfig } from "vitest/config"

import { shared } from "./vitest.config"

// `npm run test:reliability`: the long fault runs (`*.reliability.ts`), kept out of `npm test`.
export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    environment: "node",
    include: ["**/*.reliability.ts"],
    testTimeout: 60_000,
  },
})
