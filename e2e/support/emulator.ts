/** The standalone emulator the e2e app signs in against and calls over HTTP. */
export const e2eEmulatorPort = Number(process.env.E2E_EMULATOR_PORT ?? 4010)
export const e2eEmulatorURL = `http://127.0.0.1:${e2eEmulatorPort}`
