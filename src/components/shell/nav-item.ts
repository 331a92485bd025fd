import type { IconName } from "../ui/icons";

/** A section of a dashboard's side navigation; without `href` it is announced as arriving in a later release. */
export interface NavItem {
  label: string;
  icon: IconName;
  href?: string;
  /** Current only on exactly `href` (an overview), not on the pages below it. */
  exact?: boolean;
}
