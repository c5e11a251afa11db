// Vitest runs server modules outside Next's bundler, where the real "server-only" package
// throws on import; this empty module stands in for it in tests only.
export {};
