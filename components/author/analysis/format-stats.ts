// How the analysis pages write their figures: shares as percentages, correlations with two
// decimals, times in seconds; a dash where there is nothing to compute.
export const formatShare = (value: number | null) => (value === null ? "—" : `${Math.round(value * 100)}%`);
export const formatIndex = (value: number | null) => (value === null ? "—" : value.toFixed(2).replace(/^-/, "−"));
export const formatTime = (ms: number | null) => (ms === null ? "—" : ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`);
export const itemAnchor = (key: string) => `item-${key.replace(/[^a-zA-Z0-9_-]/g, "_")}`;
