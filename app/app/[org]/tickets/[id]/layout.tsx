import { getTicket } from "@/src/tickets/queries/get-ticket";
import { rowLayout } from "@/src/workspace/row-layout";

export default rowLayout(getTicket);
