export { CustomerListScreen as default } from "../../src/features/customers/CustomerListScreen";
