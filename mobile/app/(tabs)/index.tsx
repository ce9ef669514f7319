export { MyDayScreen as default } from "../../src/features/myday/MyDayScreen";
