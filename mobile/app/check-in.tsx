export { CheckInScreen as default } from "../src/features/visits/CheckInScreen";
