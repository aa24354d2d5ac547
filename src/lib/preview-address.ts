/**
 * Whether a site URL is a preview address: one that opens only on the machine that built
 * the site or inside its local network, never for a citizen scanning a QR code or a portal
 * embedding a banner. A build made for such an address prints it into every absolute link
 * (QR codes, embed snippets, sitemap, canonical and Open Graph links), so the build warns,
 * the packager refuses and the banner page says so.
 *
 * The URL is read by the WHATWG parser first, which already folds the odd spellings of an
 * address ("127.1", "2130706433", "0x7f.1", "[0:0:0:0:0:0:0:1]", "LOCALHOST.") into one form.
 * A URL that does not parse is not judged here: the site schema and Astro reject it.
 */

/** Names no public resolver answers for: RFC 6761 (localhost), 6762 (.local), 8375 (.home.arpa), ICANN's private-use .internal. */
const LOCAL_NAMES = /(^|\.)(localhost|local|home\.arpa|internal)$/;

/** IPv4 ranges nobody outside the local network can reach: [first address, prefix length]. */
const PRIVATE_V4: ReadonlyArray<readonly [string, number]> = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 is what a dev server listens on
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // shared by carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12], // private (RFC 1918)
  ['192.168.0.0', 16], // private (RFC 1918)
];

function ipv4Number(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

/** Each range as the block size and the block's index, so a test is one division. */
const PRIVATE_V4_BLOCKS = PRIVATE_V4.map(([start, bits]) => {
  const size = 2 ** (32 - bits);
  return { size, index: Math.floor((ipv4Number(start) as number) / size) };
});

function isPrivateIpv4(value: number): boolean {
  return PRIVATE_V4_BLOCKS.some(({ size, index }) => Math.floor(value / size) === index);
}

/** The eight 16-bit groups of an IPv6 address in the parser's compressed form, or undefined. */
function ipv6Groups(address: string): number[] | undefined {
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (text: string | undefined) => (text ? text.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  const groups = halves.length === 2 ? [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail] : head;
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : undefined;
}

function isPrivateIpv6(groups: number[]): boolean {
  const [first = 0, , , , , sixth = 0, seventh = 0, eighth = 0] = groups;
  const zeroUpTo = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (zeroUpTo(7) && eighth <= 1) return true; // :: (unspecified) and ::1 (loopback)
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  // ::ffff:a.b.c.d, an IPv4 address written as IPv6: judged as that IPv4 address.
  if (zeroUpTo(5) && sixth === 0xffff) return isPrivateIpv4(seventh * 0x10000 + eighth);
  return false;
}

export function isPreviewAddress(siteUrl: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(siteUrl).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return false;
  }
  if (hostname === '') return false;
  if (hostname.startsWith('[')) {
    const groups = ipv6Groups(hostname.slice(1, -1));
    return groups !== undefined && isPrivateIpv6(groups);
  }
  const v4 = ipv4Number(hostname);
  if (v4 !== undefined) return isPrivateIpv4(v4);
  // A name of one label ("may-chu") only resolves inside the network that names it.
  return LOCAL_NAMES.test(hostname) || !hostname.includes('.');
}
