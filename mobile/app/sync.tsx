export { SyncScreen as default } from "../src/features/sync/SyncScreen";
