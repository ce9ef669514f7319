export { VisitsScreen as default } from "../../src/features/visits/VisitsScreen";
