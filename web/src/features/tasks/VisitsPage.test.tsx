import { screen, waitFor } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { Client, type Exchange, makeResult } from "urql";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { map, pipe } from "wonka";

import { operationName, renderWithApi } from "../../test/render";
import { VisitsPage } from "./VisitsPage";

vi.mock("./shared", async (original) => ({ ...(await original<object>()), useZone: () => "Asia/Shanghai" }));

const LIU_YANG = {
  count: 2,
  checkedIn: 1,
  rep: { id: "u1", displayName: "刘洋" },
  visits: [
    {
      id: "c1",
      occurredAt: "2026-11-27T02:05:00Z",
      content: "见了采购经理，看了样品",
      subject: { __typename: "Customer", id: "k1", name: "苏州精工机械有限公司" },
      checkIn: { latitude: 31.2304, longitude: 121.4737, accuracyMeters: 12, address: null, takenAt: "2026-11-27T02:04:30Z", photos: [{ id: "RmlsZTox", name: "门头.jpg" }] },
    },
    { id: "c2", occurredAt: "2026-11-27T06:30:00Z", content: "", subject: { __typename: "Lead", id: "l1", name: "王磊" }, checkIn: null },
  ],
};

function client(reps: unknown[], days: string[]) {
  const answer: Exchange = () => (operations$) =>
    pipe(
      operations$,
      map((operation) => {
        if (operationName(operation.query) === "TeamVisits") days.push((operation.variables as { day: string }).day);
        return makeResult(operation, { data: { visits: reps } });
      }),
    );
  return new Client({ url: "/graphql", exchanges: [answer] });
}

beforeEach(() => {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(new Blob(["jpeg"], { type: "image/jpeg" }), { status: 200 })));
  URL.createObjectURL = vi.fn(() => "blob:visit-photo");
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.unstubAllGlobals());

describe("VisitsPage", { timeout: 30_000 }, () => {
  it("lists each rep's visits of the day: time, whom, accuracy, where on the map, the photos, and those not checked in", async () => {
    const days: string[] = [];
    renderWithApi(
      <MemoryRouter>
        <VisitsPage />
      </MemoryRouter>,
      client([LIU_YANG], days),
    );
    expect(await screen.findByText("拜访 2 次，签到 1 次")).toBeInTheDocument();
    expect(screen.getByText("10:05")).toBeInTheDocument();
    expect(screen.getByText("苏州精工机械有限公司")).toBeInTheDocument();
    expect(screen.getByText("精度 ±12 米")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /31\.23040, 121\.47370/ })).toHaveAttribute("href", "https://uri.amap.com/marker?position=121.4737,31.2304&coordinate=wgs84");
    expect(screen.getByText("见了采购经理，看了样品")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByAltText("门头.jpg")).toHaveAttribute("src", "blob:visit-photo"));
    expect(vi.mocked(fetch).mock.calls.map((call) => call[0])).toEqual(["/api/files/RmlsZTox"]);
    expect(screen.getByText("14:30")).toBeInTheDocument();
    expect(screen.getByText("王磊")).toBeInTheDocument();
    expect(screen.getByText("未签到")).toBeInTheDocument();
    // Today in Shanghai, whatever the machine's zone.
    expect(new Set(days)).toEqual(new Set([new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date())]));
  });

  it("says so when nobody visited anyone that day", async () => {
    renderWithApi(
      <MemoryRouter>
        <VisitsPage />
      </MemoryRouter>,
      client([{ ...LIU_YANG, count: 0, checkedIn: 0, visits: [] }], []),
    );
    expect(await screen.findByText("这一天没有拜访")).toBeInTheDocument();
    expect(screen.queryByText("刘洋")).not.toBeInTheDocument();
  });
});
