import type { Config } from "tailwindcss"
import plugin from "tailwindcss/plugin"

// Raw palette: cool neutrals, tuned for dense tables on white and near-black.
const neutral = {
  0: "#ffffff",
  50: "#f8f9fa",
  100: "#f1f3f5",
  200: "#e4e7eb",
  300: "#d0d5dc",
  400: "#9aa3ae",
  // 4.5:1 or better for muted text on white, canvas and subtle (axe color-contrast).
  500: "#636b76",
  600: "#4b535d",
  700: "#343a42",
  800: "#22272d",
  850: "#1a1e23",
  900: "#131619",
  950: "#0b0d0f",
}

/** Semantic tokens as CSS variables, so dark mode swaps values, not class names. */
const light = {
  "--ld-canvas": neutral[50],
  "--ld-surface": neutral[0],
  "--ld-subtle": neutral[100],
  "--ld-border": neutral[200],
  "--ld-border-strong": neutral[300],
  "--ld-fg": neutral[900],
  "--ld-fg-muted": neutral[500],
  "--ld-accent": "#4f46e5",
  "--ld-accent-fg": "#ffffff",
  "--ld-danger": "#dc2626",
  "--ld-ring": "#6366f1",
  "--ld-pending": "#b45309",
  "--ld-pending-bg": "#fef3c7",
  "--ld-active": "#15803d",
  "--ld-active-bg": "#dcfce7",
  "--ld-progress": "#1d4ed8",
  "--ld-progress-bg": "#dbeafe",
  "--ld-attention": "#b91c1c",
  "--ld-attention-bg": "#fee2e2",
  "--ld-inactive": "#4b5563",
  "--ld-inactive-bg": "#f3f4f6",
}

const dark: typeof light = {
  "--ld-canvas": neutral[950],
  "--ld-surface": neutral[900],
  "--ld-subtle": neutral[850],
  "--ld-border": neutral[800],
  "--ld-border-strong": neutral[700],
  "--ld-fg": neutral[100],
  "--ld-fg-muted": neutral[400],
  "--ld-accent": "#6366f1",
  "--ld-accent-fg": "#ffffff",
  "--ld-danger": "#ef4444",
  "--ld-ring": "#818cf8",
  "--ld-pending": "#fbbf24",
  "--ld-pending-bg": "#451a0388",
  "--ld-active": "#4ade80",
  "--ld-active-bg": "#05261388",
  "--ld-progress": "#60a5fa",
  "--ld-progress-bg": "#17255488",
  "--ld-attention": "#f87171",
  "--ld-attention-bg": "#450a0a88",
  "--ld-inactive": "#9ca3af",
  "--ld-inactive-bg": "#1f293788",
}

const token = (name: keyof typeof light) => `var(${name})`

const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        neutral,
        canvas: token("--ld-canvas"),
        surface: token("--ld-surface"),
        subtle: token("--ld-subtle"),
        border: {
          DEFAULT: token("--ld-border"),
          strong: token("--ld-border-strong"),
        },
        fg: { DEFAULT: token("--ld-fg"), muted: token("--ld-fg-muted") },
        accent: { DEFAULT: token("--ld-accent"), fg: token("--ld-accent-fg") },
        danger: token("--ld-danger"),
        ring: token("--ld-ring"),
        // Link statuses: pending amber, active green, in progress blue, attention red, inactive gray.
        status: {
          pending: {
            DEFAULT: token("--ld-pending"),
            bg: token("--ld-pending-bg"),
          },
          active: {
            DEFAULT: token("--ld-active"),
            bg: token("--ld-active-bg"),
          },
          progress: {
            DEFAULT: token("--ld-progress"),
            bg: token("--ld-progress-bg"),
          },
          attention: {
            DEFAULT: token("--ld-attention"),
            bg: token("--ld-attention-bg"),
          },
          inactive: {
            DEFAULT: token("--ld-inactive"),
            bg: token("--ld-inactive-bg"),
          },
        },
      },
      fontFamily: {
        sans: [
          "Inter",
          "ui-sans-serif",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Helvetica Neue",
          "Arial",
          "sans-serif",
        ],
        mono: [
          "ui-monospace",
          "SFMono-Regular",
          "Menlo",
          "Consolas",
          "Liberation Mono",
          "monospace",
        ],
      },
      fontSize: { "2xs": ["0.6875rem", { lineHeight: "1rem" }] },
    },
  },
  plugins: [
    plugin((api) => {
      api.addBase({
        ":root": { ...light, colorScheme: "light" },
        "@media (prefers-color-scheme: dark)": {
          ":root": { ...dark, colorScheme: "dark" },
        },
      })
    }),
  ],
}

export default config
