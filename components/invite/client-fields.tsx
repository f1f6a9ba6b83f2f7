"use client"

import { useWatch } from "react-hook-form"

import { Input } from "@/components/ui/input"
import { Select } from "@/components/ui/select"

import { FormField, FormSection } from "./form-field"
import { LinkTypeField } from "./link-type-field"
import type { RowField } from "./use-row-field"

export interface CustomerOption {
  id: string
  name: string
  number: string | null
}

/** Link type, the client (id or number) and the managing customer. */
export function ClientFields({
  f,
  customers,
  canInviteCustomers,
}: {
  f: RowField
  customers: CustomerOption[]
  canInviteCustomers: boolean
}) {
  const [type, managerId, managerNumber] = useWatch({
    control: f.form.control,
    name: [
      f.name("Type"),
      f.name("ManagingCustomerId"),
      f.name("ManagingCustomerNumber"),
    ],
  }).map((v) => (typeof v === "string" ? v : ""))
  const customer = type === "CustomerLink"
  const noun = customer ? "customer" : "account"
  const known = customers.some((c) => c.id === managerId)
  return (
    <FormSection
      title="Client"
      description="Who you are inviting, and which of your customers will manage them."
    >
      <LinkTypeField f={f} canInviteCustomers={canInviteCustomers} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id={f.id("ClientEntityId")}
          label={`Client ${noun} ID`}
          optional={customer}
          error={f.error("ClientEntityId")}
          hint={
            customer ? undefined : "Fill in the ID or the number, not both."
          }
        >
          {(p) => (
            <Input
              {...p}
              {...f.register("ClientEntityId")}
              inputMode="numeric"
              autoComplete="off"
              className="font-mono"
            />
          )}
        </FormField>
        <FormField
          id={f.id("ClientEntityNumber")}
          label={
            customer ? "Client customer number" : "or client account number"
          }
          error={f.error("ClientEntityNumber")}
          hint={
            customer ? "Customer links are sent by customer number." : undefined
          }
        >
          {(p) => (
            <Input
              {...p}
              {...f.register("ClientEntityNumber")}
              autoComplete="off"
              className="font-mono"
            />
          )}
        </FormField>
      </div>
      {customer ? null : (
        <FormField
          id={f.id("ClientEntityCustomerNumber")}
          label="Number of the customer that owns the account"
          optional
          error={f.error("ClientEntityCustomerNumber")}
        >
          {(p) => (
            <Input
              {...p}
              {...f.register("ClientEntityCustomerNumber")}
              autoComplete="off"
              className="font-mono sm:max-w-xs"
            />
          )}
        </FormField>
      )}
      <FormField
        id={f.id("ManagingCustomerId")}
        label="Managed by"
        error={f.error("ManagingCustomerId")}
        hint="One of your customers; it will see and manage the client."
      >
        {(p) => (
          <Select
            {...p}
            {...f.register("ManagingCustomerId")}
            className="sm:max-w-sm"
          >
            {managerNumber ? (
              <option value="">By number: {managerNumber}</option>
            ) : null}
            {customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.number ? ` (${c.number})` : ""}
              </option>
            ))}
            {managerId && !known ? (
              <option value={managerId}>Customer {managerId}</option>
            ) : null}
          </Select>
        )}
      </FormField>
    </FormSection>
  )
}
