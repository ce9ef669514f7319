import { describe, expect, it } from "vitest";

import { readBoardParams, writeBoardParams } from "./boardParams";

describe("board parameters in the address", () => {
  it("reads what the address holds, nothing chosen by default", () => {
    expect(readBoardParams(new URLSearchParams(""))).toEqual({ pipelineId: null, ownerId: null, teamId: null, search: "" });
    expect(readBoardParams(new URLSearchParams("pipeline=p2&owner=u1&q=%E5%8D%8E%E4%BF%A1"))).toEqual({ pipelineId: "p2", ownerId: "u1", teamId: null, search: "华信" });
  });

  it("writes a choice and drops a cleared one, keeping the others", () => {
    const start = new URLSearchParams("pipeline=p2&owner=u1");
    expect(writeBoardParams(start, { teamId: "t1", ownerId: null }).toString()).toBe("pipeline=p2&team=t1");
    expect(writeBoardParams(start, { search: "  华信 " }).get("q")).toBe("华信");
    expect(writeBoardParams(start, { search: "" }).has("q")).toBe(false);
  });
});
