export { FollowUpScreen as default } from "../src/features/followups/FollowUpScreen";
