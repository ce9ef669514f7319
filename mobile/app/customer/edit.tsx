export { EditCustomerScreen as default } from "../../src/features/customers/EditCustomerScreen";
