import { defineConfig } from "vitest/config"

import base from "./vitest.config"

// `npm run test:reliability`: the long fault runs (`*.reliability.ts`), kept out of `npm test`.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["**/*.reliability.ts"],
    testTimeout: 60_000,
  },
})
