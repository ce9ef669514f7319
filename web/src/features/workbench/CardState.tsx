// Loading, error and empty states shared by the workbench's cards: each card fails on its own,
// so a refused analytics call leaves the team's tasks on screen.
import { Alert, Button, Empty, Skeleton } from "antd";
import type { ReactNode } from "react";
import type { CombinedError, OperationContext } from "urql";

import { useT } from "../../i18n";
import { errorMessageKey } from "./format";
import { workbenchMessages } from "./messages";

interface Props {
  /** The card's query as urql's useQuery returns it: its state, and how to run it again. */
  query: readonly [{ data?: unknown; fetching: boolean; error?: CombinedError }, (opts?: Partial<OperationContext>) => void];
  /** What to say while there is nothing to show; a card that always has figures omits it. */
  empty?: { when: boolean; text: string };
  children: ReactNode;
}

export function CardState({ query: [{ data, fetching, error }, refetch], empty, children }: Props) {
  const t = useT(workbenchMessages);
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={t(errorMessageKey(error))}
        action={
          <Button size="small" onClick={() => refetch({ requestPolicy: "network-only" })}>
            {t("retry")}
          </Button>
        }
      />
    );
  }
  if (fetching && !data) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (empty?.when) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty.text} />;
  return <>{children}</>;
}
