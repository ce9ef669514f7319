import { useRouter } from "expo-router";
import { Pressable, Text } from "react-native";

import { useMyUnsentWrites, useSyncStatus } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { usePalette } from "../../theme/theme";

/** One line under the header saying whether the phone is in step with the server; tap for details. */
export function SyncBar() {
  const status = useSyncStatus();
  const entries = useMyUnsentWrites();
  const { t } = useI18n();
  const palette = usePalette();
  const router = useRouter();
  const attention = entries.filter((entry) => entry.state !== "pending").length;
  const pending = entries.length - attention;
  const parts: string[] = [];
  if (status.blockedBy === "offline") parts.push(t("sync.offline"));
  if (status.blockedBy === "signedOut") parts.push(t("sync.signedOut"));
  if (status.syncing && status.blockedBy === null) parts.push(t("sync.syncing"));
  if (pending > 0) parts.push(t("sync.pending", { count: pending }));
  if (attention > 0) parts.push(t("sync.attention", { count: attention }));
  if (parts.length === 0) return null;
  const warn = status.blockedBy !== null || attention > 0;
  return (
    <Pressable
      testID="sync-bar"
      accessibilityRole="button"
      onPress={() => router.push("/sync")}
      style={{ paddingHorizontal: 12, paddingVertical: 8, backgroundColor: warn ? palette.warning : palette.primary }}
    >
      <Text style={{ color: palette.onPrimary, fontSize: 13 }}>{parts.join(" · ")}</Text>
    </Pressable>
  );
}
