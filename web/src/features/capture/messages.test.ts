import { describe, expect, it } from "vitest";

import { captureMessages } from "./messages";
import { captureChannelsMessages } from "./messages/channels";
import { captureCommonMessages } from "./messages/common";
import { captureFormsMessages } from "./messages/forms";
import { captureRulesMessages } from "./messages/rules";

const PARTS = [captureCommonMessages, captureChannelsMessages, captureRulesMessages, captureFormsMessages];

describe("the capture screens' messages", () => {
  it("keep each word in one part only, so merging them loses none", () => {
    const keys = PARTS.flatMap((part) => Object.keys(part["zh-CN"]));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(captureMessages["zh-CN"]).length).toBe(keys.length);
  });

  it("have every word in English too", () => {
    expect(Object.keys(captureMessages.en).sort()).toEqual(Object.keys(captureMessages["zh-CN"]).sort());
    expect(captureMessages.en.tabRouting).toBe("Routing rules");
    expect(captureMessages["zh-CN"].tabRouting).toBe("分配规则");
  });
});
