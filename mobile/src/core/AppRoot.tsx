import NetInfo from "@react-native-community/netinfo";
import { Stack, useRouter, useSegments } from "expo-router";
import { StatusBar } from "expo-status-bar";
import { type ReactNode, useCallback, useEffect, useState } from "react";
import { ActivityIndicator, AppState, View } from "react-native";
import { SafeAreaProvider } from "react-native-safe-area-context";

import { useLiveNotifications } from "../features/notifications/live";
import { usePushRegistration } from "../features/notifications/push";
import { I18nProvider, type Language } from "../i18n/i18n";
import { openDeviceStore } from "../storage/deviceStore";
import { secrets } from "../storage/secrets";
import { usePalette } from "../theme/theme";
import { createServices, type Services } from "./services";
import { ServicesProvider, useServices, useSignedInUser } from "./ServicesContext";

const LANGUAGE_KEY = "junlite.language";

/** Opens the device store and the session, then shows the app; a test passes its own services. */
export function AppRoot({ services: given }: { services?: Services }) {
  const [services, setServices] = useState<Services | null>(given ?? null);
  const [language, setLanguageState] = useState<Language>("zh-CN");
  useEffect(() => {
    void secrets.get(LANGUAGE_KEY).then((saved) => {
      if (saved === "en" || saved === "zh-CN") setLanguageState(saved);
    });
    if (!given) void openDeviceStore().then(createServices).then(setServices);
  }, [given]);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    void secrets.set(LANGUAGE_KEY, next);
  }, []);
  const palette = usePalette();

  if (!services) {
    return (
      <View style={{ flex: 1, alignItems: "center", justifyContent: "center", backgroundColor: palette.background }}>
        <ActivityIndicator />
      </View>
    );
  }
  return (
    <SafeAreaProvider>
      <ServicesProvider services={services}>
        <Zone language={language} setLanguage={setLanguage}>
          <Connected>
            <StatusBar style="auto" />
            <Stack screenOptions={{ headerStyle: { backgroundColor: palette.surface }, headerTintColor: palette.text, contentStyle: { backgroundColor: palette.background } }}>
              <Stack.Screen name="(tabs)" options={{ headerShown: false }} />
              <Stack.Screen name="login" options={{ headerShown: false }} />
            </Stack>
          </Connected>
        </Zone>
      </ServicesProvider>
    </SafeAreaProvider>
  );
}

function Zone({ language, setLanguage, children }: { language: Language; setLanguage: (language: Language) => void; children: ReactNode }) {
  const user = useSignedInUser();
  return (
    <I18nProvider language={language} setLanguage={setLanguage} timeZone={user?.timezone ?? "Asia/Shanghai"}>
      {children}
    </I18nProvider>
  );
}

/**
 * Keeps the phone in step with the server while signed in: sends the outbox and refreshes the
 * records when the app starts, comes to the foreground or the network returns; sends the rep to
 * sign in when there is no session.
 */
function Connected({ children }: { children: ReactNode }) {
  const { sync } = useServices();
  const user = useSignedInUser();
  const segments = useSegments();
  const router = useRouter();
  const onLogin = segments[0] === "login";

  useEffect(() => {
    if (!user && !onLogin) router.replace("/login");
  }, [user, onLogin, router]);

  useEffect(() => {
    if (!user) return;
    void sync.sync({ full: true });
    const network = NetInfo.addEventListener((state) => {
      sync.setOnline(state.isConnected !== false && state.isInternetReachable !== false);
    });
    const foreground = AppState.addEventListener("change", (state) => {
      if (state === "active") void sync.sync({ full: true });
    });
    return () => {
      network();
      foreground.remove();
      sync.stop();
    };
  }, [user, sync]);

  useLiveNotifications(!!user);
  usePushRegistration(!!user);
  return <>{children}</>;
}
