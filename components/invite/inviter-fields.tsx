"use client"

import { Input } from "@/components/ui/input"

import { FormField, FormSection } from "./form-field"
import type { RowField } from "./use-row-field"

/** Who the invitation says it is from: the signed-in user unless changed here. */
export function InviterFields({ f }: { f: RowField }) {
  return (
    <FormSection
      title="Inviter"
      description="Shown to the client as the sender. Changing it here does not change your profile."
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id={f.id("InviterName")}
          label="Inviter name"
          optional
          error={f.error("InviterName")}
        >
          {(p) => (
            <Input {...p} {...f.register("InviterName")} autoComplete="name" />
          )}
        </FormField>
        <FormField
          id={f.id("InviterEmail")}
          label="Inviter email"
          optional
          error={f.error("InviterEmail")}
        >
          {(p) => (
            <Input
              {...p}
              {...f.register("InviterEmail")}
              type="email"
              autoComplete="email"
            />
          )}
        </FormField>
        <FormField
          id={f.id("InviterPhone")}
          label="Inviter phone"
          optional
          error={f.error("InviterPhone")}
        >
          {(p) => (
            <Input
              {...p}
              {...f.register("InviterPhone")}
              type="tel"
              autoComplete="tel"
            />
          )}
        </FormField>
      </div>
    </FormSection>
  )
}
