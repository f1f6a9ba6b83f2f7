import { buttonClassName } from "@/components/ui/button"

/** What the user menu's button shows and how it looks, before and after the menu loads. */
export const userMenuTriggerClassName = buttonClassName({
  variant: "ghost",
  className: "gap-2",
})

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean)
  return parts
    .slice(0, 2)
    .map((p) => p[0]?.toUpperCase() ?? "")
    .join("")
}

export function UserMenuFace({ name }: { name: string }) {
  return (
    <>
      <span
        aria-hidden="true"
        className="bg-subtle text-fg grid size-6 place-items-center rounded-full text-[11px] font-semibold"
      >
        {initials(name) || "?"}
      </span>
      <span className="hidden max-w-40 truncate sm:inline">{name}</span>
    </>
  )
}
