// Who is signed in, what their role allows, and sign-in / sign-out. The user's saved language
// and look are applied as soon as they are known, on any device.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";

import { graphql } from "../gql";
import type { MeQuery } from "../gql/graphql";
import { session } from "../api/session";
import { useLocale, type Locale } from "../i18n";
import { useTheme } from "../theme/ThemeProvider";

export const ME = graphql(`
  query Me {
    me {
      id
      displayName
      email
      phone
      locale
      timezone
      appearance { mode primaryColor borderRadius compact }
      role { id key name }
      team { id name }
    }
    myPermissions { objectType actions rowScope fields { field disclosure } }
    unreadNotificationCount
  }
`);

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
      userErrors { code message }
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout { userErrors { code message } }
  }
`);

export type Me = MeQuery["me"];
type Permissions = MeQuery["myPermissions"];

interface AuthState {
  me: Me | null;
  loading: boolean;
  /** Whether the role may do `action` on `objectType` at all (the API checks every call). */
  can: (objectType: string, action: string) => boolean;
  /** How the role discloses a personal-data field: MASKED, REVEAL (on an explicit click) or FULL. */
  disclosure: (objectType: string, field: string) => "MASKED" | "REVEAL" | "FULL" | null;
  signIn: (login: string, password: string) => Promise<string | null>;
  signOut: () => Promise<void>;
  refetchMe: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

export function allows(permissions: Permissions, objectType: string, action: string): boolean {
  return permissions.some((p) => p.objectType === objectType && p.actions.includes(action));
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [signedIn, setSignedIn] = useState(session.signedIn);
  useEffect(() => session.subscribe(setSignedIn), []);
  const [{ data, fetching }, refetch] = useQuery({ query: ME, pause: !signedIn, requestPolicy: "network-only" });
  const [, login] = useMutation(LOGIN);
  const [, logout] = useMutation(LOGOUT);
  const { setLocale } = useLocale();
  const { apply } = useTheme();

  const me = signedIn ? (data?.me ?? null) : null;
  useEffect(() => {
    if (!me) return;
    setLocale(me.locale as Locale);
    if (me.appearance) apply(me.appearance);
  }, [me, setLocale, apply]);

  const signIn = useCallback(
    async (loginName: string, password: string): Promise<string | null> => {
      const result = await login({ input: { login: loginName, password } });
      const payload = result.data?.login;
      if (payload?.accessToken && payload.refreshToken && payload.accessTokenExpiresAt && payload.refreshTokenExpiresAt) {
        session.start({
          accessToken: payload.accessToken,
          accessTokenExpiresAt: payload.accessTokenExpiresAt,
          refreshToken: payload.refreshToken,
          refreshTokenExpiresAt: payload.refreshTokenExpiresAt,
        });
        return null;
      }
      return payload?.userErrors[0]?.message ?? result.error?.message ?? "?";
    },
    [login],
  );

  const signOut = useCallback(async () => {
    await logout({}).catch(() => undefined);
    session.end();
  }, [logout]);

  const permissions = data?.myPermissions;
  const state = useMemo<AuthState>(
    () => ({
      me,
      loading: signedIn && fetching && !data,
      can: (objectType, action) => (permissions ? allows(permissions, objectType, action) : false),
      disclosure: (objectType, field) =>
        permissions?.find((p) => p.objectType === objectType)?.fields.find((f) => f.field === field)?.disclosure ??
        null,
      signIn,
      signOut,
      refetchMe: () => refetch({ requestPolicy: "network-only" }),
    }),
    [me, signedIn, fetching, data, permissions, signIn, signOut, refetch],
  );
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}
