import { getDomain } from "@/src/domains/queries/get-domain";
import { rowLayout } from "@/src/workspace/row-layout";

export default rowLayout(getDomain);
