export { NewLeadScreen as default } from "../../src/features/leads/NewLeadScreen";
