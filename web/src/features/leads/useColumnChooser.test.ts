import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { useColumnChooser } from "./useColumnChooser";

const ALL = ["name", "company", "phone", "email"] as const;
const KEY = "test.columns";

describe("useColumnChooser", () => {
  beforeEach(() => localStorage.clear());

  it("starts from the defaults", () => {
    const { result } = renderHook(() => useColumnChooser(KEY, ALL, ["name", "phone"]));
    expect(result.current.visible).toEqual(["name", "phone"]);
  });

  it("remembers the choice in localStorage, in the columns' order", () => {
    const { result } = renderHook(() => useColumnChooser(KEY, ALL, ["name"]));
    act(() => result.current.setVisible(["email", "name"]));
    expect(result.current.visible).toEqual(["name", "email"]);
    expect(localStorage.getItem(KEY)).toBe('["name","email"]');
    const again = renderHook(() => useColumnChooser(KEY, ALL, ["name"]));
    expect(again.result.current.visible).toEqual(["name", "email"]);
  });

  it("drops columns that no longer exist and survives unreadable storage", () => {
    localStorage.setItem(KEY, '["company","gone"]');
    expect(renderHook(() => useColumnChooser(KEY, ALL, ["name"])).result.current.visible).toEqual(["company"]);
    localStorage.setItem(KEY, "{not json");
    expect(renderHook(() => useColumnChooser(KEY, ALL, ["name"])).result.current.visible).toEqual(["name"]);
  });
});
