import lighthouse, { desktopConfig, type Config, type Result } from "lighthouse"
import puppeteer, { type Browser } from "puppeteer-core"

import type { Row } from "./load"

/**
 * Lighthouse on our pages against the blank Next.js page, all in one headless Chromium
 * (the machine's: CHROME_PATH, default /usr/bin/chromium) driven over a pipe, so no
 * debugging port is opened. Desktop config (simulated throttling, so a busy machine moves
 * scores less than with real throttling); each page audited RUNS times, medians reported.
 * `mobileRows` adds Lighthouse's default (mobile) config, 4× simulated CPU slowdown, on
 * /links (as the agency) against /invitations (as the client, who sees the same grid of
 * their invitations there): a TBT ratio that holds on any machine.
 */
const RUNS = 3
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium"

interface Figures {
  performance: number
  accessibility: number
  lcp: number
  tbt: number
  /** Accessibility audits that failed, by id, on any run. */
  failing: string[]
  /** Lighthouse's CPU benchmark of the machine at each run: lower = busier. */
  cpuIndex: number[]
}

const score = (lhr: Result, id: string) => {
  const value = lhr.categories[id]?.score
  if (typeof value !== "number") throw new Error(`no ${id} score`)
  return Math.round(value * 100)
}

const metric = (lhr: Result, id: string) => {
  const value = lhr.audits[id]?.numericValue
  if (typeof value !== "number") throw new Error(`no ${id} value`)
  return value
}

const failingA11y = (lhr: Result) =>
  (lhr.categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score === 0)
    .map((ref) => ref.id)

/** One audit in a fresh tab; throws unless Lighthouse ended on `url` itself. */
async function auditOnce(browser: Browser, url: string, config?: Config) {
  const page = await browser.newPage()
  try {
    const result = await lighthouse(
      url,
      {
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      },
      config,
      page,
    )
    const lhr = result?.lhr
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (lhr.runtimeError)
      throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`)
    // A signed-out visit redirects to /signin: that would audit the wrong page.
    if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`${url} ended on ${lhr.finalDisplayedUrl}`)
    return lhr
  } finally {
    await page.close()
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

async function audit(
  browser: Browser,
  url: string,
  config: Config | undefined = desktopConfig,
): Promise<Figures> {
  const runs: Result[] = []
  for (let i = 0; i < RUNS; i++)
    runs.push(await auditOnce(browser, url, config))
  return {
    performance: median(runs.map((r) => score(r, "performance"))),
    accessibility: median(runs.map((r) => score(r, "accessibility"))),
    lcp: median(runs.map((r) => metric(r, "largest-contentful-paint"))),
    tbt: median(runs.map((r) => metric(r, "total-blocking-time"))),
    failing: [...new Set(runs.flatMap(failingA11y))],
    cpuIndex: runs.map((r) => r.environment.benchmarkIndex),
  }
}

/** The session cookies of a `name=value; …` header, for the browser's own jar. */
function cookies(header: string, url: string) {
  const { hostname } = new URL(url)
  return header
    .split("; ")
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf("=")
      return {
        name: pair.slice(0, eq),
        value: pair.slice(eq + 1),
        domain: hostname,
        path: "/",
        httpOnly: true,
      }
    })
}

async function launch(app: string, cookie: string) {
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    pipe: true,
    args: ["--no-sandbox", "--disable-gpu"],
  })
  await browser.setCookie(...cookies(cookie, app))
  return browser
}

const SHOWN: [string, (f: Figures) => number, string][] = [
  ["performance", (f) => f.performance, ""],
  ["accessibility", (f) => f.accessibility, ""],
  ["LCP", (f) => f.lcp, " ms"],
  ["TBT", (f) => f.tbt, " ms"],
]

const rows = (page: string, ours: Figures, blank: Figures): Row[] =>
  SHOWN.map(([what, pick, unit]) => {
    const delta = pick(ours) - pick(blank)
    return [
      `Lighthouse ${page} ${what}`,
      `${pick(ours).toFixed(0)}${unit}`,
      `${pick(blank).toFixed(0)}${unit} blank`,
      `${delta < 0 ? "−" : "+"}${Math.abs(delta).toFixed(0)}${unit}`,
      "",
    ]
  })

/**
 * Rows for each of `pages` on `app` (signed in with `cookie`) against `blankUrl`, and notes:
 * the settings, and each failing accessibility audit.
 */
export async function lighthouseRows(
  app: string,
  pages: string[],
  blankUrl: string,
  cookie: string,
): Promise<{ rows: Row[]; notes: string[] }> {
  const browser = await launch(app, cookie)
  try {
    const notes = [
      `Lighthouse: desktop config (simulated throttling), each figure the median of ${RUNS} runs; baseline = the blank Next.js page.`,
    ]
    const note = (name: string, figures: Figures) => {
      if (figures.failing.length)
        notes.push(
          `Lighthouse ${name} failing accessibility audits: ${figures.failing.join(", ")}`,
        )
    }
    const blank = await audit(browser, blankUrl)
    note("blank page", blank)
    const out: Row[] = []
    const cpuIndex = [...blank.cpuIndex]
    for (const page of pages) {
      const ours = await audit(browser, `${app}${page}`)
      out.push(...rows(page, ours, blank))
      note(page, ours)
      cpuIndex.push(...ours.cpuIndex)
    }
    notes.push(
      `Lighthouse CPU benchmark index over the runs (lower = busier machine; TBT scales with it): ${Math.min(...cpuIndex).toFixed(0)}–${Math.max(...cpuIndex).toFixed(0)}, median ${median(cpuIndex).toFixed(0)}.`,
    )
    return { rows: out, notes }
  } finally {
    await browser.close()
  }
}

/** /links TBT may be at most this many times /invitations' in the same mobile run. */
export const MOBILE_TBT_RATIO = 1.5
/** /links mobile performance score at least this. */
export const MOBILE_PERFORMANCE = 90

/**
 * Mobile config (Lighthouse's default: 4× simulated CPU slowdown) on /links as the agency
 * and /invitations as the client: the same grid code with a page of rows each (an agency's
 * /invitations would be an empty state, no baseline for a grid). /links' own main-thread
 * work shows as the TBT ratio. `misses` names each target not met.
 */
export async function mobileRows(
  app: string,
  agencyCookie: string,
  clientCookie: string,
): Promise<{ rows: Row[]; notes: string[]; misses: string[] }> {
  const links = await auditAs(app, agencyCookie, "/links")
  const invitations = await auditAs(app, clientCookie, "/invitations")
  // TBT can be 0 on a fast machine; a 1 ms floor keeps the ratio finite.
  const ratio = links.tbt / Math.max(invitations.tbt, 1)
  const misses: string[] = []
  if (ratio > MOBILE_TBT_RATIO)
    misses.push(
      `mobile /links TBT ${ratio.toFixed(2)}× /invitations (target ≤ ${MOBILE_TBT_RATIO}×)`,
    )
  if (links.performance < MOBILE_PERFORMANCE)
    misses.push(
      `mobile /links performance ${links.performance} (target ≥ ${MOBILE_PERFORMANCE})`,
    )
  const rows: Row[] = [
    [
      "Lighthouse mobile /links TBT",
      `${links.tbt.toFixed(0)} ms`,
      `${invitations.tbt.toFixed(0)} ms /invitations`,
      `${ratio.toFixed(2)}×`,
      `≤ ${MOBILE_TBT_RATIO}×`,
    ],
    [
      "Lighthouse mobile /links performance",
      String(links.performance),
      `${invitations.performance} /invitations`,
      `${links.performance - invitations.performance >= 0 ? "+" : "−"}${Math.abs(links.performance - invitations.performance)}`,
      `≥ ${MOBILE_PERFORMANCE}`,
    ],
  ]
  const cpu = [...links.cpuIndex, ...invitations.cpuIndex]
  const notes = [
    `Lighthouse mobile: default config (4× simulated CPU slowdown), median of ${RUNS} runs each; CPU index ${Math.min(...cpu).toFixed(0)}–${Math.max(...cpu).toFixed(0)}.`,
  ]
  return { rows, notes, misses }
}

/** `page` audited in a browser of its own, holding one persona's session cookie. */
async function auditAs(app: string, cookie: string, page: string) {
  const browser = await launch(app, cookie)
  try {
    return await audit(browser, `${app}${page}`, undefined)
  } finally {
    await browser.close()
  }
}
