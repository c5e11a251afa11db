// "in 10 minutes", "tomorrow", "in 12 days": when a card comes back, in words.
export function describeDue(dueIso: string, now: number = Date.now()): string {
  const ms = new Date(dueIso).getTime() - now;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "in under a minute";
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? "" : "s"}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  if (days === 1) return "tomorrow";
  if (days < 60) return `in ${days} days`;
  const months = Math.round(days / 30);
  return months < 24 ? `in ${months} months` : `in ${Math.round(days / 365)} years`;
}

/** "tomorrow at 04:00" or "on Tue 8 Dec at 04:00", in the learner's time zone. */
export function describeNextReview(atIso: string, timeZone: string, now: Date = new Date()): string {
  const at = new Date(atIso);
  const time = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(at);
  const dayOf = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  const tomorrow = new Date(now.getTime() + 86_400_000);
  if (dayOf(at) === dayOf(now)) return `today at ${time}`;
  if (dayOf(at) === dayOf(tomorrow)) return `tomorrow at ${time}`;
  const date = new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(at);
  return `on ${date} at ${time}`;
}

/** Anki's short form for a rating button: "1m", "10m", "3d", "2mo". */
export function describeInterval(dueIso: string, now: number = Date.now()): string {
  const minutes = Math.max(1, Math.round((new Date(dueIso).getTime() - now) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)}h`;
  const days = Math.round(minutes / 1440);
  if (days < 31) return `${days}d`;
  if (days < 365) return `${Math.round(days / 30)}mo`;
  return `${Math.round(days / 36.5) / 10}y`;
}
