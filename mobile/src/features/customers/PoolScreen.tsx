import { Stack } from "expo-router";
import { useCallback, useEffect, useState } from "react";

import { PublicPoolQuery } from "../../api/documents";
import { useOutbox, useRecords, useServices } from "../../core/ServicesContext";
import type { CustomerFieldsFragment } from "../../gql/graphql";
import { useI18n } from "../../i18n/i18n";
import { Badge, Body, Button, Card, Row, Screen } from "../../ui/controls";
import { claimCustomer } from "../writes";

/** 公海: customers waiting for an owner, longest waiting first; claiming works offline too (queued). */
export function PoolScreen() {
  const services = useServices();
  const records = useRecords();
  const outbox = useOutbox();
  const { t } = useI18n();
  const [offline, setOffline] = useState(false);
  const load = useCallback(async () => {
    try {
      const { publicPool } = await services.api.request(PublicPoolQuery, {});
      await records.put("poolCustomer", publicPool.nodes, { replacing: true });
      setOffline(false);
    } catch {
      setOffline(true);
    }
  }, [services.api, records]);
  useEffect(() => {
    void load();
  }, [load]);
  const claims = new Map(outbox.filter((entry) => entry.operation === "claimCustomers").flatMap((entry) => (entry.input.ids as string[]).map((id) => [id, entry] as const)));
  const pool = records.list<CustomerFieldsFragment>("poolCustomer");
  return (
    <Screen>
      <Stack.Screen options={{ title: t("customers.pool") }} />
      {offline ? <Body muted>{t("customers.poolOffline")}</Body> : null}
      {pool.length === 0 && !offline ? <Body muted>{t("customers.poolEmpty")}</Body> : null}
      {pool.map((customer) => (
        <Card key={customer.id} testID={`pool-${customer.id}`}>
          <Row>
            <Body style={{ fontWeight: "600" }}>{customer.name}</Body>
            {customer.level ? <Badge label={customer.level} color="primary" /> : null}
          </Row>
          <Body muted>{[customer.industry, customer.city].filter(Boolean).join(" · ")}</Body>
          {claims.get(customer.id)?.state === "refused" ? (
            <Row>
              <Body color="danger">{claims.get(customer.id)!.error?.message}</Body>
              <Button compact kind="secondary" label={t("common.cancel")} onPress={() => void services.sync.discard(claims.get(customer.id)!.seq)} />
            </Row>
          ) : claims.has(customer.id) ? (
            <Badge label={t("customers.claimed")} color="pending" />
          ) : (
            <Button compact label={t("customers.claim")} onPress={() => void claimCustomer(services, { id: customer.id, name: customer.name ?? "" })} />
          )}
        </Card>
      ))}
    </Screen>
  );
}
