export { EditLeadScreen as default } from "../../src/features/leads/EditLeadScreen";
