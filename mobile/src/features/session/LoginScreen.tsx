import { useRouter } from "expo-router";
import { useEffect, useState } from "react";
import { KeyboardAvoidingView, Platform, View } from "react-native";

import { NetworkError } from "../../api/errors";
import { useServices } from "../../core/ServicesContext";
import { useI18n } from "../../i18n/i18n";
import { LoginRefusedError } from "../../session/session";
import { Body, Button, Field, Screen, Title } from "../../ui/controls";

export function LoginScreen() {
  const { session, records } = useServices();
  const { t } = useI18n();
  const router = useRouter();
  const [server, setServer] = useState(session.serverAddress ?? "");
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (session.serverAddress) setServer(session.serverAddress);
  }, [session.serverAddress]);

  async function submit() {
    if (!server.trim() || !login.trim() || !password) {
      setError(t("login.missing"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const previous = records.get<{ id: string; userId: string }>("meta", "owner");
      const user = await session.signIn(server, login, password);
      // Another rep on this phone: the records are theirs now (unsent writes stay, each sent
      // only by its own author's session).
      if (previous && previous.userId !== user.id) await records.clear();
      await records.put("meta", [{ id: "owner", userId: user.id }]);
      router.replace("/");
    } catch (caught) {
      if (caught instanceof LoginRefusedError) setError(caught.code === "SERVER_ADDRESS_INVALID" ? t("login.serverInvalid") : caught.message);
      else if (caught instanceof NetworkError) setError(t("login.unreachable"));
      else setError(String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <KeyboardAvoidingView style={{ flex: 1 }} behavior={Platform.OS === "ios" ? "padding" : undefined}>
      <Screen>
        <View style={{ gap: 12, marginTop: 48 }}>
          <Title>{t("appName")}</Title>
          <Field label={t("login.server")} value={server} onChangeText={setServer} placeholder={t("login.serverHint")} autoCapitalize="none" autoCorrect={false} keyboardType="url" />
          <Field label={t("login.login")} value={login} onChangeText={setLogin} autoCapitalize="none" autoCorrect={false} keyboardType="email-address" textContentType="username" />
          <Field label={t("login.password")} value={password} onChangeText={setPassword} secureTextEntry textContentType="password" onSubmitEditing={submit} />
          {error ? (
            <Body color="danger" style={{}}>
              {error}
            </Body>
          ) : null}
          <Button label={busy ? t("login.working") : t("login.submit")} onPress={submit} busy={busy} />
        </View>
      </Screen>
    </KeyboardAvoidingView>
  );
}
