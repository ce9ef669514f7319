import { defineMessages } from "../i18n";

/** Words the shared components use. */
export const commonMessages = defineMessages({
  "zh-CN": {
    reveal: "查看完整",
    revealed: "已查看（已记入审计日志）",
    failed: "操作失败",
  },
  en: {
    reveal: "Show in full",
    revealed: "Shown (recorded in the audit trail)",
    failed: "It did not work",
  },
});
