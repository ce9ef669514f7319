export { CustomerScreen as default } from "../../src/features/customers/CustomerScreen";
