/** E2E settings shared by playwright.config.ts and the specs. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3100)
export const e2eBaseURL = `http://127.0.0.1:${e2ePort}`

/** CI and E2E_PROD=1 test the production build (`npm run build && npm start`). */
export const e2eProduction = !!process.env.CI || process.env.E2E_PROD === "1"
