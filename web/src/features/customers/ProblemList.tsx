// Every reason a batch (claim, assign, release) was refused, one line each, the customer's name
// first when the reason is about one customer.
import { Alert } from "antd";

import { useT } from "../../i18n";
import { customerMessages } from "./messages";
import type { PoolProblem } from "./poolErrors";

export function ProblemList({ problems, testId }: { problems: PoolProblem[]; testId?: string }) {
  const t = useT(customerMessages);
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid={testId ?? "customer-problems"}
      title={t("notDone")}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {problems.map((p, index) => (
            <li key={`${index}-${p.code}`}>{p.name ?? t("wholeRequest")}{t("colon")}{p.message}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 12 }}
    />
  );
}
