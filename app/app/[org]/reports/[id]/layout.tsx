import { getReport } from "@/src/reports/queries/get-report";
import { rowLayout } from "@/src/workspace/row-layout";

export default rowLayout(getReport);
