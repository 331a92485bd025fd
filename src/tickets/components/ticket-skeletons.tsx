import { Skeleton } from "@/src/components/ui/skeleton";

/** The tickets list while it streams in: the header, the figures, the filters and a few rows. */
export function TicketListSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="grid gap-6">
      <span className="sr-only">{label}</span>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <Skeleton className="h-8 w-48" />
          <Skeleton className="h-4 w-80 max-w-full" />
        </div>
        <Skeleton className="h-10 w-36" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-28" />
        ))}
      </div>
      <Skeleton className="h-10 w-full max-w-xl" />
      <Skeleton className="h-24" />
      <div className="grid gap-px overflow-hidden rounded-xl border border-border">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} className="h-20 rounded-none" />
        ))}
      </div>
    </div>
  );
}

/** A ticket's page while it streams in: the conversation beside the SLA and details. */
export function TicketSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="grid gap-6">
      <span className="sr-only">{label}</span>
      <div className="grid gap-2">
        <Skeleton className="h-4 w-40" />
        <Skeleton className="h-8 w-96 max-w-full" />
        <Skeleton className="h-5 w-64" />
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="grid gap-6 lg:order-2">
          <Skeleton className="h-32" />
          <Skeleton className="h-56" />
        </div>
        <div className="grid gap-4 lg:order-1 lg:col-span-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-32" />
          ))}
          <Skeleton className="h-40" />
        </div>
      </div>
    </div>
  );
}
