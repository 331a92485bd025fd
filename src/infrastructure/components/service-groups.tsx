import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { ServiceGroup, ServiceStatus } from "../queries/get-services";
import { TableScroll } from "@/src/components/ui/table-scroll";

const statusTone: Record<ServiceStatus, Tone> = {
  operational: "success",
  degraded: "warning",
  down: "danger",
  maintenance: "info",
};

/** One table of services per project; the organization-wide ones (a shared CDN) under their own heading. */
export function ServiceGroups({ groups, t, format }: { groups: ServiceGroup[]; t: Dictionary; format: Formatters }) {
  const copy = t.infrastructure;
  return (
    <div className="grid gap-6">
      {groups.map((group) => {
        const name = group.projectName ?? copy.services.organizationWide;
        return (
          <div key={group.projectId ?? "organization"} className="grid gap-2">
            <h3 className="text-sm font-semibold">{name}</h3>
            <TableScroll
              label={formatMessage(copy.services.caption, { group: name })}
              className="rounded-lg border border-border"
            >
              <table className="w-full min-w-[40rem] text-left text-sm">
                <caption className="sr-only">{formatMessage(copy.services.caption, { group: name })}</caption>
                <thead className="bg-surface-muted text-xs text-fg-muted">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {copy.services.kind}
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {copy.services.provider}
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {copy.services.plan}
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {copy.services.region}
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      {copy.services.status}
                    </th>
                    <th scope="col" className="px-3 py-2 text-right font-medium">
                      {copy.services.cost}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {group.services.map((service) => (
                    <tr key={service.id} className="border-t border-border">
                      <th scope="row" className="px-3 py-2 font-medium">
                        {copy.kinds[service.kind]}
                      </th>
                      <td className="px-3 py-2">{service.provider}</td>
                      <td className="px-3 py-2">{service.plan ?? t.workspace.none}</td>
                      <td className="px-3 py-2">{service.region ?? t.workspace.none}</td>
                      <td className="px-3 py-2">
                        <StatusBadge tone={statusTone[service.status]}>{copy.statuses[service.status]}</StatusBadge>
                      </td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {service.monthlyCost === null
                          ? t.workspace.none
                          : format.money(service.monthlyCost, service.currency)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </div>
        );
      })}
    </div>
  );
}
