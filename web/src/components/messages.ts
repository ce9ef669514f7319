import { defineMessages } from "../i18n";

/** Words the shared components use. */
export const commonMessages = defineMessages({
  "zh-CN": {
    reveal: "查看完整",
    revealed: "已查看（已记入审计日志）",
    failed: "操作失败",
    total: "共 {count} 条",
    prev: "上一页",
    next: "下一页",
    pageSize: "{size} 条/页",
    filters: "筛选",
    filtersCount: "筛选（{count}）",
  },
  en: {
    reveal: "Show in full",
    revealed: "Shown (recorded in the audit trail)",
    failed: "It did not work",
    total: "{count} in all",
    prev: "Previous",
    next: "Next",
    pageSize: "{size} / page",
    filters: "Filters",
    filtersCount: "Filters ({count})",
  },
});
