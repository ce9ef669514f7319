export { PoolScreen as default } from "../src/features/customers/PoolScreen";
