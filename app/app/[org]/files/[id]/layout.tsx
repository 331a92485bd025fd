import { getFolder } from "@/src/files/queries/get-folder";
import { rowLayout } from "@/src/workspace/row-layout";

export default rowLayout(getFolder);
