import { getProject } from "@/src/projects/queries/get-project";
import { rowLayout } from "@/src/workspace/row-layout";

export default rowLayout(getProject);
