import dns2 from "dns2";

const { Packet } = dns2;
/** RFC 1035's "name error"; dns2 has Packet.RCODE at run time but not in its type declarations. */
const NXDOMAIN = 3;

/** One answer of the zone: the record's type and its data as dns2 encodes it. */
export type ZoneRecord =
  | { type: "A" | "AAAA"; address: string }
  | { type: "NS"; ns: string }
  | { type: "CNAME"; domain: string }
  | { type: "MX"; exchange: string; priority: number }
  | { type: "TXT"; data: string };

export interface FakeDnsServer {
  /** `127.0.0.1:<port>`, as a resolver's setServers takes it. */
  server: string;
  /** Names the server was asked about, in order. */
  questions: string[];
  close(): Promise<void>;
}

/**
 * A real DNS server (UDP, on an ephemeral port) answering from `zone` (lower-case name → records); a name
 * it does not know is NXDOMAIN, a known name without the asked type answers no records.
 */
export async function startFakeDnsServer(zone: Record<string, ZoneRecord[]>): Promise<FakeDnsServer> {
  const questions: string[] = [];
  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      const name = question!.name.toLowerCase();
      questions.push(name);
      const records = zone[name];
      if (!records) {
        response.header.rcode = NXDOMAIN;
        return send(response);
      }
      for (const record of records) {
        if (Packet.TYPE[record.type] !== question!.type) continue;
        // dns2 encodes plain objects like these (see its README); its declarations ask for a Resource instance.
        const answer = {
          name: question!.name,
          class: Packet.CLASS.IN,
          ttl: 300,
          ...record,
          type: Packet.TYPE[record.type],
        };
        response.answers.push(answer as unknown as (typeof response.answers)[number]);
      }
      send(response);
    },
  });
  await server.listen({ udp: { port: 0, address: "127.0.0.1" } });
  const { udp } = server.addresses() as { udp: { port: number } };
  return { server: `127.0.0.1:${udp.port}`, questions, close: () => server.close() };
}
