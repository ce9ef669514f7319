// The deal the opportunity page's section tests show: open, in no stage, with the fields a test
// cares about given by the test.
import type { Deal } from "./DealOverview";

export const TEST_DEAL_ID = "T3Bwb3J0dW5pdHk6MQ==";
export const TEST_CUSTOMER_ID = "Q3VzdG9tZXI6MQ==";

export function testDeal(fields: Partial<Deal> = {}): Deal {
  return {
    __typename: "Opportunity",
    id: TEST_DEAL_ID,
    name: "华信 CRM 升级",
    amount: "53640.00",
    currency: "CNY",
    expectedCloseDate: "2026-12-31",
    competitor: null,
    source: null,
    description: null,
    status: "OPEN",
    amountFromLineItems: true,
    stageEnteredAt: "2026-11-01T08:00:00+08:00",
    closedAt: null,
    closeNote: "",
    createdAt: "2026-10-20T09:30:00+08:00",
    timeInStage: 86_400,
    weightedAmount: "16092.00",
    customer: { id: TEST_CUSTOMER_ID, name: "深圳华信科技有限公司" },
    pipeline: null,
    stage: null,
    owner: { id: "VXNlcjox", displayName: "刘洋" },
    team: null,
    closeReason: null,
    lineItems: [],
    stageHistory: [],
    ...fields,
  };
}
