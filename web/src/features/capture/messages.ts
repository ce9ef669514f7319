// Every string of the capture screens, kept in four parts by what they are about (messages/) and
// merged into one table: the screens share many words, and one `t` serves each of them.
import { defineMessages } from "../../i18n";
import { captureChannelsMessages } from "./messages/channels";
import { captureCommonMessages } from "./messages/common";
import { captureFormsMessages } from "./messages/forms";
import { captureRulesMessages } from "./messages/rules";

export const captureMessages = defineMessages({
  "zh-CN": { ...captureCommonMessages["zh-CN"], ...captureChannelsMessages["zh-CN"], ...captureRulesMessages["zh-CN"], ...captureFormsMessages["zh-CN"] },
  en: { ...captureCommonMessages.en, ...captureChannelsMessages.en, ...captureRulesMessages.en, ...captureFormsMessages.en },
});

export type CaptureMessageKey = keyof (typeof captureMessages)["zh-CN"];
export type CaptureT = (key: CaptureMessageKey, params?: Record<string, string | number>) => string;

/** The API's userErrors in one line each (their messages follow the user's language). */
export function userErrorText(errors: { message: string }[]): string {
  return errors.map((e) => e.message).join("；");
}
