const date = new Intl.DateTimeFormat("en", { dateStyle: "medium" })
const dateTime = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

export const formatDate = (iso: string | null) =>
  iso ? date.format(new Date(iso)) : "—"

export const formatDateTime = (iso: string | null) =>
  iso ? dateTime.format(new Date(iso)) : "—"

export const whoPays = (isBillToClient: boolean | null) =>
  isBillToClient === null ? "—" : isBillToClient ? "Client" : "Agency"
