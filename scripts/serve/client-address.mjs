// Who is on the other end of a request. The socket's address is the client unless the socket
// belongs to a proxy listed in TRUSTED_PROXIES; then X-Forwarded-For is read from the right,
// skipping our own proxies, and the first address that is not one of them is the client. A value
// the client wrote at the left of the header is never reached, so it cannot pick its bucket.
import { BlockList, isIP } from "node:net";

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"];

/** "127.0.0.1, 10.0.0.0/8, ::1" → a BlockList; throws on an entry that is not an address or CIDR. */
export function parseTrustedProxies(value) {
  const list = new BlockList();
  for (const entry of (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, prefix, ...rest] = entry.split("/");
    const family = isIP(address ?? "");
    if (!family || rest.length > 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) list.addAddress(address, type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
      list.addSubnet(address, bits, type);
    }
  }
  return list;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; "1.2.3.4:5678" and "[::1]:80" lose their ports. */
export function normalizeAddress(value) {
  let address = (value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (/^::ffff:\d{1,3}(\.\d{1,3}){3}$/i.test(address)) address = address.slice(7);
  return address;
}

function isTrusted(trusted, address) {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? "ipv4" : "ipv6");
}

/**
 * Resolves the client of `req` and rewrites its headers to match: forwarding headers from an
 * untrusted peer are removed (so Next and next-auth derive host and scheme from the socket), and
 * `clientHeader` is set to the resolved address, replacing whatever the client sent under it.
 * @param {import("node:http").IncomingMessage} req
 * @param {BlockList} trusted
 * @param {string} clientHeader
 * @returns {{ address: string; https: boolean }}
 */
export function resolveClient(req, trusted, clientHeader) {
  const peer = normalizeAddress(req.socket.remoteAddress);
  const encrypted = Boolean(/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted);
  let address = peer || "unknown";
  let https = encrypted;
  if (peer && isTrusted(trusted, peer)) {
    const hops = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")
      .map(normalizeAddress)
      .filter(Boolean);
    let client = null;
    for (let i = hops.length - 1; i >= 0 && client === null; i--) if (!isTrusted(trusted, hops[i])) client = hops[i];
    // Every hop is one of our proxies: the leftmost is as close to the client as we can see.
    address = (client ?? hops[0] ?? peer).slice(0, 64);
    const proto = String(req.headers["x-forwarded-proto"] ?? "")
      .split(",")[0]
      ?.trim()
      .toLowerCase();
    https = encrypted || proto === "https";
  } else {
    for (const name of FORWARDING_HEADERS) delete req.headers[name];
  }
  req.headers[clientHeader] = address;
  return { address, https };
}
