import { Badge } from "@/components/ui/badge"
import { Spinner } from "@/components/ui/spinner"
import type { RowOutcome } from "@/lib/invite/outcomes"

export type RowState = "ready" | "invalid" | "sending" | "sent" | "failed"

export function rowState(
  outcome: RowOutcome | undefined,
  error: string | undefined,
): RowState {
  if (outcome?.state === "sent" || outcome?.state === "sending")
    return outcome.state
  if (error) return "invalid"
  return outcome?.state === "failed" ? "failed" : "ready"
}

/** The row's state as a badge, then what a person needs: the reason, the code, the TrackingId. */
export function RowStatus({
  outcome,
  error,
}: {
  outcome: RowOutcome | undefined
  error: string | undefined
}) {
  const state = rowState(outcome, error)
  if (state === "sending")
    return <Spinner label="Sending" className="text-xs" />
  if (state === "sent")
    return (
      <div className="grid justify-items-start gap-0.5">
        <Badge tone="active" dot>
          Sent
        </Badge>
        {outcome?.state === "sent" && outcome.note ? (
          <p className="text-fg-muted max-w-72 text-xs">{outcome.note}</p>
        ) : null}
      </div>
    )
  if (state === "invalid")
    return (
      <div className="grid justify-items-start gap-0.5">
        <Badge tone="attention">Needs fixing</Badge>
        <p className="text-fg-muted max-w-72 text-xs">{error}</p>
      </div>
    )
  if (state === "failed" && outcome?.state === "failed")
    return (
      <div className="grid justify-items-start gap-0.5">
        <Badge tone="attention" dot>
          Failed{outcome.retryable ? " · retryable" : ""}
        </Badge>
        {outcome.local ? (
          <p className="max-w-80 text-xs">
            {outcome.local.message}
            {outcome.local.trackingId ? (
              <span className="text-fg-muted block font-mono text-[11px]">
                TrackingId {outcome.local.trackingId}
              </span>
            ) : null}
          </p>
        ) : null}
        {outcome.errors.map((e, i) => (
          <p key={i} className="max-w-80 text-xs">
            <span className="text-fg-muted font-mono">{e.code}</span>{" "}
            {e.message}
            {e.trackingId ? (
              <span className="text-fg-muted block font-mono text-[11px]">
                TrackingId {e.trackingId}
              </span>
            ) : null}
          </p>
        ))}
      </div>
    )
  return <Badge tone="neutral">Ready</Badge>
}
