// What every capture screen does after a mutation: say what went wrong (the request's error, or
// the API's refusals in one line) or that it worked, and read the list again either way.
import { App } from "antd";

import { userErrorText } from "./messages";

export type Report = (error: { message: string } | undefined, refusals: { message: string }[], done: string) => void;

export function useMutationReport(refresh: () => void): Report {
  const { message } = App.useApp();
  return (error, refusals, done) => {
    if (error) message.error(error.message);
    else if (refusals.length) message.error(userErrorText(refusals));
    else message.success(done);
    refresh();
  };
}
