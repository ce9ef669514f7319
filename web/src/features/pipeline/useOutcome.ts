import { App } from "antd";
import { useCallback } from "react";

import { useT } from "../../i18n";
import { firstProblem } from "./board";
import { pipelineMessages } from "./messages";

/** Reports a mutation's outcome: the API's userErrors (or the request's error) as an error
 * message, else a success message. True when it went through. */
export function useOutcome() {
  const { message } = App.useApp();
  const t = useT(pipelineMessages);
  return useCallback(
    (payload: { userErrors: { message: string }[] } | null | undefined, error: { message: string } | null | undefined, success?: string): boolean => {
      const problem = firstProblem(payload, error);
      if (problem) {
        message.error(problem);
        return false;
      }
      message.success(success ?? t("done"));
      return true;
    },
    [message, t],
  );
}
