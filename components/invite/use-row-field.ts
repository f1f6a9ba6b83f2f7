"use client"

import { type FieldErrors, useFormContext } from "react-hook-form"

import type { FormField } from "@/lib/invite/form-row"
import type { InviteFormValues } from "@/lib/invite/form-schema"

/**
 * Rules that span fields report on one of them ("id or number, not both" on the id): when
 * a field changes, the fields whose message may depend on it are checked again too.
 */
const DEPENDENTS: Partial<Record<FormField, FormField[]>> = {
  Type: ["ClientEntityId", "ClientEntityNumber", "IsBillToClient"],
  ClientEntityId: ["ClientEntityNumber"],
  ClientEntityNumber: ["ClientEntityId"],
  ManagingCustomerId: ["ManagingCustomerNumber"],
  ManagingCustomerNumber: ["ManagingCustomerId"],
}

/** Ids, errors and registration for the fields of row `index`; one editor shows at a time. */
export function useRowField(index: number) {
  const form = useFormContext<InviteFormValues>()
  const rowErrors = form.formState.errors.rows?.[index]
  return {
    form,
    id: (field: FormField) => `invite-${field}`,
    error: (field: FormField): string | undefined =>
      rowErrors?.[field]?.message,
    register: (field: FormField) =>
      form.register(`rows.${index}.${field}`, {
        deps: (DEPENDENTS[field] ?? []).map(
          (d) => `rows.${index}.${d}` as const,
        ),
      }),
    name: (field: FormField) => `rows.${index}.${field}` as const,
  }
}

export type RowField = ReturnType<typeof useRowField>

/** The first error message of row `index`, for its badge in the table and the panel. */
export function firstRowError(
  errors: FieldErrors<InviteFormValues>,
  index: number | null,
): string | undefined {
  const row = index === null ? undefined : errors.rows?.[index]
  if (!row) return undefined
  for (const v of Object.values(row))
    if (
      v &&
      typeof v === "object" &&
      "message" in v &&
      typeof v.message === "string"
    )
      return v.message
  return undefined
}
