import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"

import {
  PHASE_DEVELOPMENT_SERVER,
  PHASE_PRODUCTION_BUILD,
} from "next/constants"
import { afterEach, describe, expect, it, vi } from "vitest"

import { EMULATOR_MARKER as HANDLER_MARKER } from "@/lib/emulator/handler"

import nextConfig, { emulatorBuiltIn } from "../next.config.mjs"
import { EMULATOR_MARKER, filesWithMarker } from "./check-no-emulator.mjs"

afterEach(() => vi.unstubAllEnvs())

describe("the emulator in the build (next.config.mjs)", () => {
  it("is built in under next dev, and in a production build only with LINKDESK_DEMO=1", () => {
    expect(emulatorBuiltIn(PHASE_DEVELOPMENT_SERVER, {})).toBe(true)
    expect(emulatorBuiltIn(PHASE_PRODUCTION_BUILD, {})).toBe(false)
    expect(
      emulatorBuiltIn(PHASE_PRODUCTION_BUILD, { LINKDESK_DEMO: "0" }),
    ).toBe(false)
    expect(
      emulatorBuiltIn(PHASE_PRODUCTION_BUILD, { LINKDESK_DEMO: "1" }),
    ).toBe(true)
  })

  it("makes route.emulator.ts a route, and says so to lib/env.ts, only when built in", () => {
    vi.stubEnv("LINKDESK_DEMO", "")
    const real = nextConfig(PHASE_PRODUCTION_BUILD)
    expect(real.pageExtensions).not.toContain("emulator.ts")
    expect(real.env).toEqual({ LINKDESK_EMULATOR_BUILT: "0" })
    const dev = nextConfig(PHASE_DEVELOPMENT_SERVER)
    expect(dev.pageExtensions).toContain("emulator.ts")
    expect(dev.env).toEqual({ LINKDESK_EMULATOR_BUILT: "1" })
  })
})

describe("scripts/check-no-emulator.mjs", () => {
  let dir = ""
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it("looks for the marker the emulator's handler really uses", () => {
    expect(EMULATOR_MARKER).toBe(HANDLER_MARKER)
  })

  it("finds the marker in built chunks, skipping node_modules", () => {
    dir = mkdtempSync(path.join(tmpdir(), "no-emulator-"))
    mkdirSync(path.join(dir, "chunks"))
    mkdirSync(path.join(dir, "node_modules"))
    writeFileSync(path.join(dir, "chunks", "a.js"), "console.log(1)")
    writeFileSync(path.join(dir, "node_modules", "b.js"), EMULATOR_MARKER)
    expect(filesWithMarker([dir, path.join(dir, "absent")])).toEqual([])
    writeFileSync(path.join(dir, "chunks", "c.js"), `x="${EMULATOR_MARKER}"`)
    expect(filesWithMarker([dir])).toEqual([path.join(dir, "chunks", "c.js")])
  })
})
