export { LeadListScreen as default } from "../../src/features/leads/LeadListScreen";
