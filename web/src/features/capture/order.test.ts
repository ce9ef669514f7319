import { describe, expect, it } from "vitest";

import { move, moveTo, moveToTop } from "./order";

describe("move", () => {
  it("swaps neighbours and leaves the ends alone", () => {
    expect(move(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(move(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
    expect(moveToTop(["a", "b", "c"], 2)).toEqual(["c", "a", "b"]);
  });

  it("drops a dragged item where it lands", () => {
    expect(moveTo(["a", "b", "c", "d"], 3, 1)).toEqual(["a", "d", "b", "c"]);
    expect(moveTo(["a", "b", "c", "d"], 0, 2)).toEqual(["b", "c", "a", "d"]);
    expect(moveTo(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });
});
