export { LeadScreen as default } from "../../src/features/leads/LeadScreen";
