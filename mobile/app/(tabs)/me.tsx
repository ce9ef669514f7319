export { MeScreen as default } from "../../src/features/me/MeScreen";
