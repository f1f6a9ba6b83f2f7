import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { afterEach, describe, expect, it, vi } from "vitest"

import { createEmulator } from "./handler"
import { SAVE_DELAY_MS } from "./persistence"
import { apiRequest, CM, signIn, testEmulator } from "./harness.test-support"

afterEach(() => {
  vi.useRealTimers()
})

describe("state file", () => {
  it("round-trips links, clock and tokens through the file", async () => {
    const file = join(
      mkdtempSync(join(tmpdir(), "emu-")),
      "nested",
      "state.json",
    )
    const first = testEmulator({ stateFile: file, seed: 3 })
    const t = await signIn(first.emulator)
    await first.emulator.handle(
      apiRequest(`${CM}/ClientLinks`, { ClientLinks: [{}] }, t.access_token),
    )
    first.emulator.state.clock.advance(120)
    first.emulator.flush()
    expect(existsSync(file)).toBe(true)
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
      version: 1,
      seed: 3,
      links: { writes: 1 },
    })

    const second = testEmulator({ stateFile: file })
    expect(second.links().writes).toBe(1)
    expect(second.emulator.state.seed).toBe(3)
    expect(second.emulator.state.clock.offset).toBe(120_000)
    const res = await second.emulator.handle(
      apiRequest(`${CM}/User/Query`, {}, t.access_token),
    )
    expect(res.status).toBe(200)
  })

  it("saves by itself shortly after a write", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "emu-")), "state.json")
    // The save timer is faked; the emulator's clock (Date) keeps running for the tokens.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] })
    const { emulator } = testEmulator({ stateFile: file })
    const t = await signIn(emulator) // tokens are state too: this starts the timer
    await emulator.handle(
      apiRequest(`${CM}/ClientLinks`, { ClientLinks: [{}] }, t.access_token),
    )
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1)
    expect(existsSync(file)).toBe(false)
    vi.advanceTimersByTime(1)
    expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({
      links: { writes: 1 },
    })
  })

  it("starts fresh when the file is missing or unreadable", () => {
    const { emulator } = testEmulator({
      stateFile: "/nonexistent/dir/state.json",
    })
    expect(emulator.state.clock.offset).toBe(0)
    const file = join(mkdtempSync(join(tmpdir(), "emu-")), "state.json")
    const bad = {
      version: 1,
      seed: 5,
      linkCount: 3,
      clockOffsetMs: 9000,
      tokens: null,
      links: {},
    }
    writeFileSync(file, JSON.stringify(bad))
    const error = vi.spyOn(console, "error").mockImplementation(() => {})
    const fresh = testEmulator({ stateFile: file, seed: 2 })
    expect(fresh.emulator.state.seed).toBe(2)
    expect(fresh.emulator.state.clock.offset).toBe(0)
    expect(error).toHaveBeenCalled()
    error.mockRestore()
  })

  it("round-trips the real link service's snapshot", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "emu-")), "state.json")
    const first = createEmulator({ links: 40, stateFile: file })
    const t = await signIn(first)
    const { plan } = first.state
    const invite = {
      ClientEntityId: plan.freeAccountIds[0],
      ManagingCustomerId: plan.agencyCustomerId,
      IsBillToClient: false,
    }
    const before = first.state.links.count()
    const res = await first.handle(
      apiRequest(
        `${CM}/ClientLinks`,
        { ClientLinks: [invite] },
        t.access_token,
      ),
    )
    expect(await res.json()).toEqual({
      OperationErrors: [],
      PartialErrors: [null],
    })
    expect(first.state.links.count()).toBe(before + 1)
    first.flush()
    const second = createEmulator({ stateFile: file })
    expect(second.state.links.count()).toBe(before + 1)
  })
})
