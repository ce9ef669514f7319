export { LoginScreen as default } from "../src/features/session/LoginScreen";
