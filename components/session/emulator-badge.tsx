import { Badge } from "@/components/ui/badge"

export function EmulatorBadge() {
  return (
    <Badge
      tone="attention"
      title="Signed in against the local Microsoft Advertising emulator, not the real service"
    >
      Emulator
    </Badge>
  )
}
