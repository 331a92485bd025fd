export interface ParsedIpAddress {
  family: 4 | 6;
  /** 4 bytes for IPv4, 16 for IPv6, network order. */
  bytes: Uint8Array;
}

/**
 * Parses an IP address strictly: IPv4 only as canonical dotted decimal (no octal, hex or short forms, which
 * WHATWG URL has already normalized and a resolver never returns), IPv6 in any RFC 4291 text form, an
 * optional zone (`%eth0`) ignored. Anything else is null, and callers refuse null: an address we cannot read
 * is an address we cannot vouch for.
 */
export function parseIpAddress(text: string): ParsedIpAddress | null {
  const v4 = parseIpv4(text);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIpv6(text);
  if (v6) return { family: 6, bytes: v6 };
  return null;
}

function parseIpv4(text: string): Uint8Array | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (const [index, part] of parts.entries()) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes[index] = value;
  }
  return bytes;
}

function parseIpv6(input: string): Uint8Array | null {
  const text = input.split("%")[0]!;
  if (!/^[0-9a-fA-F:.]+$/.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const groups: number[] = [];
  const trailing: number[] = [];
  if (!pushGroups(head, groups, halves.length === 1)) return null;
  if (!pushGroups(tail, trailing, true)) return null;
  const total = groups.length + trailing.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return null;
  const all = [...groups, ...new Array<number>(8 - total).fill(0), ...trailing];
  const bytes = new Uint8Array(16);
  for (const [index, group] of all.entries()) {
    bytes[index * 2] = group >> 8;
    bytes[index * 2 + 1] = group & 0xff;
  }
  return bytes;
}

/** Appends 16-bit groups; a dotted quad is allowed only as the very last part of the address. */
function pushGroups(parts: string[], into: number[], mayEndInIpv4: boolean): boolean {
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    if (part.includes(".")) {
      const v4 = last && mayEndInIpv4 ? parseIpv4(part) : null;
      if (!v4) return false;
      into.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    } else {
      if (!/^[0-9a-fA-F]{1,4}$/.test(part)) return false;
      into.push(parseInt(part, 16));
    }
  }
  return true;
}
