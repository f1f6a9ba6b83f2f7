/** On every page of a production demo (LINKDESK_DEMO=1): what this server is not for. */
export function DemoBanner() {
  return (
    <p
      role="note"
      aria-label="Demo"
      className="bg-warning/15 text-fg border-b px-4 py-1.5 text-center text-sm font-medium"
    >
      Demo mode: built-in emulator, sessions signed with a public key — not for
      real data
    </p>
  )
}
