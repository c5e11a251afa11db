// _zoneinfo_core: the IANA time zone database for zoneinfo.py, read through the JavaScript
// engine's Intl (ICU ships the same tz data CPython's zoneinfo reads from the system or the
// tzdata package). Only instants are asked about (a count of seconds, never the host's clock),
// so the answers are the same on every machine with the same tz data version.
import { fn, makeModule } from "../runtime/native";
import { None, PyList, type PyModule, PyTuple } from "../runtime/value";

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const nameFormats = new Map<string, Intl.DateTimeFormat[]>();

function offsetFormat(key: string): Intl.DateTimeFormat | null {
  let f = offsetFormats.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone: key, timeZoneName: "longOffset", year: "numeric" });
    } catch {
      return null;
    }
    offsetFormats.set(key, f);
  }
  return f;
}

/** seconds east of UTC in zone `key` at `utcSeconds` after the epoch */
function offsetAt(f: Intl.DateTimeFormat, utcSeconds: number): number {
  const name = f.formatToParts(utcSeconds * 1000).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /^GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/.exec(name);
  if (m === null || m[1] === undefined) return 0;
  const s = Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[1] === "-" ? -s : s;
}

/** tzdata's abbreviations (standard, summer) for zones whose name ICU's locales do not give as
 * tzdata does */
const TZDATA_NAMES: Record<string, [string, string]> = {
  "Asia/Shanghai": ["CST", "CDT"],
  "Asia/Taipei": ["CST", "CDT"],
  "Asia/Seoul": ["KST", "KDT"],
  "Asia/Hong_Kong": ["HKT", "HKST"],
  "Asia/Jerusalem": ["IST", "IDT"],
  "Asia/Karachi": ["PKT", "PKST"],
  "Asia/Jakarta": ["WIB", "WIB"],
  "Asia/Manila": ["PST", "PDT"],
  "Europe/Moscow": ["MSK", "MSD"],
  "Asia/Dubai": ["+04", "+04"],
  "Europe/Dublin": ["GMT", "IST"],
};

/** the zone's abbreviation (BST, EDT, CET …) where ICU's locales name it as tzdata does, else
 * tzdata's numeric form (+09, -0330) */
function abbreviation(key: string, utcSeconds: number, offset: number, standard: number): string {
  const known = TZDATA_NAMES[key];
  if (known !== undefined) return offset === standard ? known[0] : known[1];
  let fs = nameFormats.get(key);
  if (fs === undefined) {
    fs = ["en-US", "en-GB", "en-AU", "en-NZ", "en-ZA", "en-IN", "ja-JP"].map(
      (locale) => new Intl.DateTimeFormat(locale, { timeZone: key, timeZoneName: "short", year: "numeric" }),
    );
    nameFormats.set(key, fs);
  }
  for (const f of fs) {
    const name = f.formatToParts(utcSeconds * 1000).find((p) => p.type === "timeZoneName")?.value ?? "";
    if (/^[A-Z]{2,5}$/.test(name) && name !== "GMT") return name;
    if (name === "GMT" && offset === 0) return key === "UTC" || key === "Etc/UTC" ? "UTC" : "GMT";
    if (name === "UTC") return "UTC";
  }
  const a = Math.abs(offset);
  const hh = String(Math.floor(a / 3600)).padStart(2, "0");
  const mm = Math.floor((a % 3600) / 60);
  return `${offset < 0 ? "-" : "+"}${hh}${mm ? String(mm).padStart(2, "0") : ""}`;
}

export function makeZoneinfoCore(): PyModule {
  return makeModule("_zoneinfo_core", {
    // known(key): whether the tz database has the zone
    known: fn("known", ([key]) => typeof key === "string" && /^[A-Za-z0-9_+\-/]+$/.test(key) && !key.startsWith("/") && offsetFormat(key) !== null),
    // keys(): every zone the database has
    keys: fn("keys", () => new PyList((Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf("timeZone"))),
    // at(key, utc_seconds) -> (offset seconds, abbreviation, standard offset seconds that year)
    at: fn("at", ([key, seconds]) => {
      const f = offsetFormat(key as string);
      if (f === null) return None;
      const t = Number(seconds);
      const offset = offsetAt(f, t);
      // the year's standard offset: the smaller of its January and July offsets
      const year = Math.floor(t / (365.2425 * 86400)) * 365.2425 * 86400;
      const standard = Math.min(offsetAt(f, year + 15 * 86400), offsetAt(f, year + 196 * 86400));
      return new PyTuple([offset, abbreviation(key as string, t, offset, standard), standard]);
    }),
  });
}
