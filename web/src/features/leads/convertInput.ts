// What the convert form holds, and the convertLead input it makes (docs/api.md, 线索转化): a new
// customer or a linked one, a new contact, a linked one (only with a linked customer) or none,
// and an optional opportunity.
import type { ConvertLeadInput, LeadConversionStepKind, LeadContactChoice } from "../../gql/graphql";

export interface ConvertValues {
  customerMode: "new" | "link";
  customerName?: string;
  customerId?: string;
  contact: LeadContactChoice;
  contactId?: string;
  withOpportunity: boolean;
  opportunityName?: string;
  amount?: number | null;
  /** YYYY-MM-DD. */
  expectedCloseDate?: string | null;
  reason?: string;
  createDespiteDuplicates?: boolean;
}

const blank = (value?: string | null) => (value?.trim() ? value.trim() : null);

export function convertInput(leadId: string, values: ConvertValues, idempotencyKey: string): ConvertLeadInput {
  const linking = values.customerMode === "link";
  const contact: LeadContactChoice = !linking && values.contact === "LINK" ? "CREATE" : values.contact;
  return {
    leadId,
    customerId: linking ? (values.customerId ?? null) : null,
    customerName: linking ? null : blank(values.customerName),
    createDespiteDuplicates: !linking && Boolean(values.createDespiteDuplicates),
    contact,
    contactId: contact === "LINK" ? (values.contactId ?? null) : null,
    opportunity: values.withOpportunity
      ? {
          name: blank(values.opportunityName),
          amount: values.amount === null || values.amount === undefined ? null : values.amount.toFixed(2),
          expectedCloseDate: values.expectedCloseDate ?? null,
        }
      : null,
    reason: blank(values.reason),
    idempotencyKey,
  };
}

/** The steps a user ticks by hand; CONVERT is done by converting. */
export const MANUAL_STEPS: LeadConversionStepKind[] = ["VERIFY", "CONFIRM_NEED", "PROPOSE", "CONTRACT"];
