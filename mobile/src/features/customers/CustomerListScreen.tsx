import { useRouter } from "expo-router";
import { useMemo, useState } from "react";
import { FlatList, Pressable, View } from "react-native";

import { useOutbox, useRecords } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { myCustomers } from "../../offline/views";
import { usePalette } from "../../theme/theme";
import { Badge, Body, Button, Field, Row } from "../../ui/controls";

export function CustomerListScreen() {
  const records = useRecords();
  const outbox = useOutbox();
  const router = useRouter();
  const palette = usePalette();
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const customers = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return myCustomers(records, outbox).filter((customer) => !needle || [customer.name, customer.phone, customer.city, customer.primaryContact?.name].some((value) => value?.toLowerCase().includes(needle)));
  }, [records, outbox, search, records.getVersion()]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <FlatList
      style={{ backgroundColor: palette.background }}
      contentContainerStyle={{ padding: 12, gap: 8 }}
      data={customers}
      keyExtractor={(customer) => customer.id}
      initialNumToRender={20}
      ListHeaderComponent={
        <View style={{ gap: 8 }}>
          <Field label={t("customers.search")} value={search} onChangeText={setSearch} autoCorrect={false} />
          <Button kind="secondary" label={t("customers.pool")} onPress={() => router.push("/pool")} />
        </View>
      }
      ListEmptyComponent={<Body muted>{t("customers.empty")}</Body>}
      renderItem={({ item: customer }) => (
        <Pressable accessibilityRole="link" onPress={() => router.push({ pathname: "/customer/[id]", params: { id: customer.id } })} style={{ backgroundColor: palette.surface, borderColor: palette.border, borderWidth: 1, borderRadius: 10, padding: 12, gap: 4 }}>
          <Row>
            <Body style={{ fontWeight: "600" }}>{customer.name}</Body>
            {customer.level ? <Badge label={customer.level} color="primary" /> : null}
            {customer.pendingSync ? <Badge label={t("sync.pendingBadge")} color="pending" /> : null}
          </Row>
          <Body muted>{[customer.primaryContact?.name, customer.city, customer.phone].filter(Boolean).join(" · ")}</Body>
        </Pressable>
      )}
    />
  );
}
