// Loading, error and empty states shared by the workbench's cards: each card fails on its own,
// so a refused analytics call leaves the team's tasks on screen.
import { Alert, Button, Empty, Skeleton } from "antd";
import type { ReactNode } from "react";
import type { CombinedError } from "urql";

import { useT } from "../../i18n";
import { errorMessageKey } from "./format";
import { workbenchMessages } from "./messages";

interface Props {
  loading: boolean;
  error?: CombinedError;
  empty: boolean;
  emptyText: string;
  onRetry: () => void;
  children: ReactNode;
}

export function CardState({ loading, error, empty, emptyText, onRetry, children }: Props) {
  const t = useT(workbenchMessages);
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={t(errorMessageKey(error))}
        action={
          <Button size="small" onClick={onRetry}>
            {t("retry")}
          </Button>
        }
      />
    );
  }
  if (loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (empty) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return <>{children}</>;
}
