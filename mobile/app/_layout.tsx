import { AppRoot } from "../src/core/AppRoot";

export default function RootLayout() {
  return <AppRoot />;
}
