import type { ReactNode } from "react";
import { buttonStyles } from "../ui/button-styles";
import { Spinner } from "../ui/spinner";

/** A submit button for forms sent with fetch (where `useFormStatus` does not apply). */
export function PendingButton({
  pending,
  pendingLabel,
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  children: ReactNode;
}) {
  return (
    <button type="submit" className={buttonStyles({ fullWidth: true })} disabled={pending} aria-busy={pending}>
      {pending ? (
        <>
          <Spinner />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
