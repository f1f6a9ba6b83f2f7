"use client"

import { useCallback, useEffect, useRef } from "react"

const FOCUSABLE = "button:not(:disabled), a[href], input:not(:disabled)"

interface Place {
  el: HTMLElement
  /** Row and cell index in the table body, or -1 outside it. */
  row: number
  cell: number
}

function placeOf(el: HTMLElement): Place {
  const td = el.closest("tbody td")
  const tr = td?.parentElement
  if (!td || !tr?.parentElement) return { el, row: -1, cell: -1 }
  return {
    el,
    row: Array.from(tr.parentElement.children).indexOf(tr),
    cell: Array.from(tr.children).indexOf(td),
  }
}

/** The control to take over from a vanished one: same cell, same row, else the table. */
function successor(root: HTMLElement, lost: Place): HTMLElement | null {
  const table = root.querySelector("table")
  const rows = table?.tBodies[0]?.rows
  const row = rows?.[Math.min(lost.row, rows.length - 1)]
  if (lost.row >= 0 && row)
    return (
      row.cells[lost.cell]?.querySelector<HTMLElement>(FOCUSABLE) ??
      row.querySelector<HTMLElement>(FOCUSABLE) ??
      table
    )
  return table
}

/**
 * Keeps keyboard focus in the grid when the focused control disappears (a row that
 * leaves the view after an action, the bulk bar once the selection is empty): it moves to
 * the same cell of the row now in that place, else that row's first control, else the
 * table. Focus inside dialogs is not tracked (they live in a portal and return it
 * themselves). Spread the returned handlers on the grid's root.
 */
export function useFocusKeeper(root: React.RefObject<HTMLElement | null>) {
  const last = useRef<Place | null>(null)

  const onFocus = useCallback((e: React.FocusEvent<HTMLElement>) => {
    // React bubbles focus out of portals; only the grid's own DOM counts.
    if (e.currentTarget.contains(e.target)) last.current = placeOf(e.target)
  }, [])

  // Focus moved on to something outside the grid: stop keeping it. (A control that is
  // removed while focused blurs too, with no relatedTarget, and is still kept.)
  const onBlur = useCallback((e: React.FocusEvent<HTMLElement>) => {
    const to = e.relatedTarget
    if (to instanceof Node && !e.currentTarget.contains(to)) last.current = null
  }, [])

  // After every render: did that render remove the control that had focus?
  useEffect(() => {
    const lost = last.current
    if (!lost || !root.current || lost.el.isConnected) return
    if (document.activeElement && document.activeElement !== document.body)
      return
    successor(root.current, lost)?.focus()
  })

  return { onFocus, onBlur }
}
