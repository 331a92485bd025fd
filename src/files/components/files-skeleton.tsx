import { Skeleton } from "@/src/components/ui/skeleton";

/** The file store while it loads: title, storage meter, drop area and a few rows, in the page's own layout. */
export function FilesSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="grid gap-5">
      <span className="sr-only">{label}</span>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-2">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-8 w-56" />
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-10 w-32" />
          <Skeleton className="h-10 w-36" />
        </div>
      </div>
      <Skeleton className="h-[4.5rem]" />
      <Skeleton className="h-16" />
      <div className="grid gap-px overflow-hidden rounded-xl border border-border">
        {[0, 1, 2, 3, 4, 5].map((row) => (
          <div key={row} className="flex items-center gap-3 bg-surface px-4 py-3">
            <Skeleton className="size-9 shrink-0" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="hidden h-4 w-20 sm:block" />
            <Skeleton className="hidden h-4 w-28 md:block" />
          </div>
        ))}
      </div>
    </div>
  );
}
