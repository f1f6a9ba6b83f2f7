"use client"

import { Controller, useWatch } from "react-hook-form"

import { Checkbox } from "@/components/ui/checkbox"
import { Input } from "@/components/ui/input"
import { Label } from "@/components/ui/label"
import { Textarea } from "@/components/ui/textarea"
import { NAME_MAX_LENGTH } from "@/lib/link-rules/add"
import { cn } from "@/lib/utils"

import { FormField, FormSection } from "./form-field"
import type { RowField } from "./use-row-field"

const todayUtc = () => new Date().toISOString().slice(0, 10)

/** Name (with a live counter), note, start date and whether the client gets an email. */
export function DetailsFields({ f }: { f: RowField }) {
  const name = useWatch({ control: f.form.control, name: f.name("Name") })
  const length = typeof name === "string" ? name.length : 0
  const counterId = `${f.id("Name")}-count`
  return (
    <FormSection
      title="Invitation"
      description="What the client sees in the invitation."
    >
      <FormField
        id={f.id("Name")}
        label="Link name"
        optional
        error={f.error("Name")}
        aside={
          <span
            id={counterId}
            className={cn(
              "text-2xs tabular-nums",
              length > NAME_MAX_LENGTH
                ? "text-danger font-medium"
                : "text-fg-muted",
            )}
          >
            {length}/{NAME_MAX_LENGTH}
            <span className="sr-only"> characters</span>
          </span>
        }
      >
        {(p) => (
          <Input
            {...p}
            aria-describedby={[p["aria-describedby"], counterId]
              .filter(Boolean)
              .join(" ")}
            {...f.register("Name")}
            autoComplete="off"
          />
        )}
      </FormField>
      <FormField
        id={f.id("Note")}
        label="Note to the client"
        optional
        error={f.error("Note")}
      >
        {(p) => <Textarea {...p} {...f.register("Note")} rows={2} />}
      </FormField>
      <FormField
        id={f.id("StartDate")}
        label="Start date"
        optional
        error={f.error("StartDate")}
        hint="Leave empty to start as soon as the client accepts. Dates are in UTC."
      >
        {(p) => (
          <Input
            {...p}
            {...f.register("StartDate")}
            type="date"
            min={todayUtc()}
            className="sm:max-w-48"
          />
        )}
      </FormField>
      <Controller
        control={f.form.control}
        name={f.name("SuppressNotification")}
        render={({ field }) => (
          <div className="flex items-start gap-2.5">
            <Checkbox
              id={f.id("SuppressNotification")}
              checked={field.value === true}
              onCheckedChange={(v) => field.onChange(v === true)}
              onBlur={field.onBlur}
              ref={field.ref}
              disabled={field.disabled}
              aria-describedby={`${f.id("SuppressNotification")}-hint`}
              className="mt-0.5"
            />
            <div className="grid gap-0.5">
              <Label htmlFor={f.id("SuppressNotification")}>
                Don&apos;t email the client
              </Label>
              <p
                id={`${f.id("SuppressNotification")}-hint`}
                className="text-fg-muted text-xs"
              >
                Microsoft normally emails the client&apos;s primary user about
                the invitation.
              </p>
            </div>
          </div>
        )}
      />
    </FormSection>
  )
}
