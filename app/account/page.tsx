import { redirect } from "next/navigation";

/** Security is the account's only section for now. */
export default function AccountPage() {
  redirect("/account/security");
}
