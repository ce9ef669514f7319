import { useCallback } from "react";
import { Alert, Linking, Platform } from "react-native";

import { NetworkError } from "../api/errors";
import { useServices } from "../core/ServicesContext";
import { graphql } from "../gql";
import { useI18n } from "../i18n/i18n";
import type { Phone } from "./tasks/subject";

export const RevealPhoneMutation = graphql(`
  mutation RevealPhone($input: RevealPersonalDataInput!) {
    revealPersonalData(input: $input) {
      value
      userErrors {
        code
        message
      }
    }
  }
`);

function tell(message: string): void {
  if (Platform.OS === "web") globalThis.alert?.(message);
  else Alert.alert(message);
}

/**
 * One tap to call. A number the role shows masked (138****8000) is revealed for this call only
 * (the API audits every reveal; the whole number is not kept on the phone), which needs a connection.
 */
export function useDial(): (phone: Phone) => void {
  const { api } = useServices();
  const { t } = useI18n();
  return useCallback(
    (phone) => {
      const open = (number: string) => void Linking.openURL(`tel:${number.replace(/[^\d+]/g, "")}`);
      if (!phone.value.includes("*")) return open(phone.value);
      void api
        .request(RevealPhoneMutation, { input: { id: phone.holderId, field: phone.field } })
        .then(({ revealPersonalData }) => {
          if (revealPersonalData.value) open(revealPersonalData.value);
          else tell(revealPersonalData.userErrors[0]?.message ?? t("dial.refused"));
        })
        .catch((error: unknown) => tell(error instanceof NetworkError ? t("dial.offline") : String(error)));
    },
    [api, t],
  );
}
