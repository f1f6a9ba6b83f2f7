import { Spinner } from "@/components/ui/spinner"

export default function Loading() {
  return (
    <div className="flex min-h-64 items-center justify-center">
      <Spinner label="Loading page" />
    </div>
  )
}
