import { describe, expect, it } from "vitest";

import { poolProblems } from "./poolErrors";

describe("poolProblems", () => {
  it("names the customer at ids.<index> and marks whole-request problems", () => {
    const customers = [{ id: "Q3VzdG9tZXI6MQ==", name: "成都天府餐饮" }, { id: "Q3VzdG9tZXI6Mg==", name: "武汉长江建材" }];
    expect(
      poolProblems(
        [
          { field: ["input", "ids", "1"], code: "RECLAIM_TOO_SOON", message: "退回公海后 7 天内不能再次领取该客户" },
          { field: ["input", "ids"], code: "CLAIM_LIMIT_DAILY", message: "每天最多领取 10 个客户，今天已领取 10 个" },
          { field: ["input", "reason"], code: "REQUIRED", message: "此项必填" },
        ],
        customers,
      ),
    ).toEqual([
      { name: "武汉长江建材", code: "RECLAIM_TOO_SOON", message: "退回公海后 7 天内不能再次领取该客户" },
      { name: null, code: "CLAIM_LIMIT_DAILY", message: "每天最多领取 10 个客户，今天已领取 10 个" },
      { name: null, code: "REQUIRED", message: "此项必填" },
    ]);
  });
});
