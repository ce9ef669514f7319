// Personal data as the role discloses it: masked (138****8000) unless the role may reveal it,
// and then only on an explicit click, which the API records in the audit trail.
import { EyeOutlined } from "@ant-design/icons";
import { App, Button, Space, Tooltip } from "antd";
import { useState } from "react";
import { useMutation } from "urql";

import { useAuth } from "../auth/AuthProvider";
import { graphql } from "../gql";
import { useT } from "../i18n";
import { commonMessages } from "./messages";

const REVEAL = graphql(`
  mutation RevealPersonalData($input: RevealPersonalDataInput!) {
    revealPersonalData(input: $input) { value userErrors { code message } }
  }
`);

interface Props {
  /** The record's global id. */
  id: string;
  objectType: string;
  field: string;
  /** The value as the API sent it (masked or whole). */
  value: string | null | undefined;
  testId?: string;
}

export function PersonalValue({ id, objectType, field, value, testId }: Props) {
  const t = useT(commonMessages);
  const { message } = App.useApp();
  const { disclosure } = useAuth();
  const [whole, setWhole] = useState<string | null>(null);
  const [{ fetching }, reveal] = useMutation(REVEAL);
  if (!value) return <span>—</span>;
  const mayReveal = disclosure(objectType, field) === "REVEAL" && whole === null;
  return (
    <Space size={4}>
      <span data-testid={testId ?? `personal-${field}`}>{whole ?? value}</span>
      {mayReveal && (
        <Tooltip title={t("reveal")}>
          <Button
            size="small"
            type="text"
            aria-label={t("reveal")}
            icon={<EyeOutlined />}
            loading={fetching}
            onClick={async () => {
              const result = await reveal({ input: { id, field } });
              const payload = result.data?.revealPersonalData;
              if (payload?.value) {
                setWhole(payload.value);
                message.info(t("revealed"));
              } else {
                message.error(payload?.userErrors[0]?.message ?? result.error?.message ?? t("failed"));
              }
            }}
          />
        </Tooltip>
      )}
    </Space>
  );
}
