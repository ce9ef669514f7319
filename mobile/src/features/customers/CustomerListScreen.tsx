import { useRouter } from "expo-router";
import { useMemo, useState } from "react";
import { FlatList, Pressable, View } from "react-native";

import { useRecordsView } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { myCustomers } from "../../offline/views";
import { usePalette } from "../../theme/theme";
import { Badge, Body, Button, Choice, Field, Row } from "../../ui/controls";

const ALL = "";

export function CustomerListScreen() {
  const router = useRouter();
  const palette = usePalette();
  const { t } = useI18n();
  const [search, setSearch] = useState("");
  const [level, setLevel] = useState<string>(ALL);
  const mine = useRecordsView(myCustomers);
  const levels = useMemo(() => [...new Set(mine.flatMap((customer) => (customer.level ? [customer.level] : [])))].sort(), [mine]);
  const customers = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return mine.filter(
      (customer) =>
        (level === ALL || customer.level === level) &&
        (!needle || [customer.name, customer.phone, customer.city, customer.primaryContact?.name].some((value) => value?.toLowerCase().includes(needle))),
    );
  }, [mine, search, level]);
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
          {levels.length > 1 ? (
            <Choice label={t("customer.level")} value={level} onChange={setLevel} options={[{ value: ALL, label: t("leads.all") }, ...levels.map((value) => ({ value, label: value }))]} />
          ) : null}
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
