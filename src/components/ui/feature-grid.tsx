import { Icon, type IconName } from "./icons";

export interface Feature {
  icon: IconName;
  title: string;
  body: string;
}

/** The public pages' row of feature cards: an icon, a title and a line of text each. */
export function FeatureGrid({ features }: { features: Feature[] }) {
  return (
    <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
      {features.map((feature) => (
        <li key={feature.title} className="rounded-xl border border-border bg-background p-5">
          <span className="inline-flex size-10 items-center justify-center rounded-lg bg-accent-soft text-accent-text">
            <Icon name={feature.icon} />
          </span>
          <h3 className="mt-4 font-semibold">{feature.title}</h3>
          <p className="mt-1.5 text-sm text-fg-muted">{feature.body}</p>
        </li>
      ))}
    </ul>
  );
}
