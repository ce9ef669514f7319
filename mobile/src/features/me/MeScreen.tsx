import { useRouter } from "expo-router";
import { Alert, Platform } from "react-native";

import { useMyUnsentWrites, useServices, useSignedInUser } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { Body, Button, Card, Choice, Screen, SectionHeader, Title } from "../../ui/controls";

export function MeScreen() {
  const { session, records } = useServices();
  const user = useSignedInUser();
  const unsent = useMyUnsentWrites().length;
  const { t, language, setLanguage } = useI18n();
  const router = useRouter();

  const signOut = () => {
    // The records leave the phone with the session (a phone changes hands); unsent writes stay
    // for their author's next sign-in.
    const go = () => void Promise.all([session.signOut(), records.clear()]).then(() => router.replace("/login"));
    if (unsent === 0) return go();
    const message = t("me.signOutPending", { count: unsent });
    if (Platform.OS === "web") {
      if (globalThis.confirm?.(message) ?? true) go();
    } else {
      Alert.alert(t("me.signOut"), message, [
        { text: t("common.cancel"), style: "cancel" },
        { text: t("me.signOut"), style: "destructive", onPress: go },
      ]);
    }
  };

  return (
    <Screen>
      <Card>
        <Title>{user?.displayName ?? ""}</Title>
        <Body muted>
          {t("me.server")}: {session.serverAddress ?? ""}
        </Body>
      </Card>
      <Card>
        <Choice
          label={t("me.language")}
          value={language}
          onChange={setLanguage}
          options={[
            { value: "zh-CN", label: "中文" },
            { value: "en", label: "English" },
          ]}
        />
      </Card>
      <Card>
        <SectionHeader title={t("me.notifications")} />
        <Body muted>{Platform.OS === "web" ? t("me.notificationsWeb") : t("me.notificationsOn")}</Body>
      </Card>
      <Button kind="secondary" label={t("sync.title")} onPress={() => router.push("/sync")} />
      <Button kind="secondary" label={t("customers.pool")} onPress={() => router.push("/pool")} />
      <Button kind="danger" label={t("me.signOut")} onPress={signOut} />
    </Screen>
  );
}
