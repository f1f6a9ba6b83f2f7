import { Button } from "@/components/ui/button"

/** "Rows 51–100 of 250" with previous/next; hidden when everything fits on one page. */
export function TablePager({
  page,
  pages,
  pageSize,
  total,
  onPage,
}: {
  page: number
  pages: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}) {
  if (pages <= 1) return null
  const first = page * pageSize + 1
  const last = Math.min(total, (page + 1) * pageSize)
  return (
    <nav
      aria-label="Row pages"
      className="flex items-center justify-between gap-3 text-xs"
    >
      <p className="text-fg-muted tabular-nums">
        Rows {first}–{last} of {total}
      </p>
      <div className="flex gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={page === 0}
          onClick={() => onPage(page - 1)}
        >
          Previous
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={page >= pages - 1}
          onClick={() => onPage(page + 1)}
        >
          Next
        </Button>
      </div>
    </nav>
  )
}
