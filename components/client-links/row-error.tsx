import { helpForCode } from "@/lib/client-links/error-codes"
import type { RowError } from "@/lib/client-links/requests"

/** The API's refusal of one row: a sentence, the code and the TrackingId for support. */
export function RowErrorNote({ errors }: { errors: RowError[] }) {
  return (
    <ul className="text-status-attention mt-1 space-y-0.5 text-xs" role="list">
      {errors.map((e, i) => (
        <li key={i}>
          <span className="font-medium">{helpForCode(e.code, e.message)}</span>{" "}
          <span className="text-fg-muted">
            (code {e.code}
            {e.trackingId ? `, TrackingId ${e.trackingId}` : ""})
          </span>
        </li>
      ))}
    </ul>
  )
}
