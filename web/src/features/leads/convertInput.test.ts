import { describe, expect, it } from "vitest";

import { convertInput } from "./convertInput";

describe("convertInput", () => {
  it("creates a customer named as typed, a contact, and a deal with its amount as a decimal string", () => {
    expect(
      convertInput("TGVhZDox", {
        customerMode: "new", customerName: " 深圳华信 ", customerId: "ignored", contact: "CREATE", withOpportunity: true,
        opportunityName: "", amount: 50000, expectedCloseDate: "2027-03-31", reason: "需求匹配",
      }, "k1"),
    ).toEqual({
      leadId: "TGVhZDox", customerId: null, customerName: "深圳华信", createDespiteDuplicates: false, contact: "CREATE",
      contactId: null, opportunity: { name: null, amount: "50000.00", expectedCloseDate: "2027-03-31" }, reason: "需求匹配",
      idempotencyKey: "k1",
    });
  });

  it("links a customer and one of its contacts, with no deal", () => {
    expect(
      convertInput("TGVhZDox", { customerMode: "link", customerId: "Q3VzdDox", customerName: "x", contact: "LINK", contactId: "Q29udDox", withOpportunity: false, createDespiteDuplicates: true }, "k2"),
    ).toEqual({
      leadId: "TGVhZDox", customerId: "Q3VzdDox", customerName: null, createDespiteDuplicates: false, contact: "LINK",
      contactId: "Q29udDox", opportunity: null, reason: null, idempotencyKey: "k2",
    });
  });

  it("never links a contact to a new customer, and sends no contact id without LINK", () => {
    expect(convertInput("L", { customerMode: "new", contact: "LINK", contactId: "C", withOpportunity: false }, "k").contact).toBe("CREATE");
    expect(convertInput("L", { customerMode: "link", customerId: "X", contact: "NONE", contactId: "C", withOpportunity: false }, "k").contactId).toBeNull();
  });
});
