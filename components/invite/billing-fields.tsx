"use client"

import { useWatch } from "react-hook-form"

import { Select } from "@/components/ui/select"

import { ChoiceCards } from "./choice-cards"
import { FormField, FormSection } from "./form-field"
import type { RowField } from "./use-row-field"

const PAYERS = [
  {
    value: "true",
    title: "Client pays",
    text: "The client keeps paying Microsoft directly.",
  },
  {
    value: "false",
    title: "Agency pays",
    text: "Your agency takes over billing of this account from the start date.",
  },
] as const

/** Who pays (account links) or the permission level (customer links). */
export function BillingFields({ f }: { f: RowField }) {
  const type = useWatch({ control: f.form.control, name: f.name("Type") })
  if (type === "CustomerLink")
    return (
      <FormSection
        title="Access"
        description="What your users may do in the client's accounts."
      >
        <FormField
          id={f.id("CustomerLinkPermission")}
          label="Permission level"
          optional
          error={f.error("CustomerLinkPermission")}
          hint="Standard users manage campaigns; Administrative users also manage users and billing settings."
        >
          {(p) => (
            <Select
              {...p}
              {...f.register("CustomerLinkPermission")}
              className="sm:max-w-xs"
            >
              <option value="">Service default</option>
              <option value="Standard">Standard</option>
              <option value="Administrative">Administrative</option>
            </Select>
          )}
        </FormField>
      </FormSection>
    )
  return (
    <FormSection
      title="Billing"
      description="Billing takeover means your agency, not the client, receives and pays Microsoft's invoices for this account."
    >
      <ChoiceCards
        id={f.id("IsBillToClient")}
        legend="Who pays"
        choices={PAYERS}
        registration={f.register("IsBillToClient")}
        error={f.error("IsBillToClient")}
      />
    </FormSection>
  )
}
