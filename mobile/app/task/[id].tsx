export { TaskScreen as default } from "../../src/features/tasks/TaskScreen";
