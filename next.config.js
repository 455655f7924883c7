// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep the SQLite database folder out of output tracing: it is data, not code.
  outputFileTracingExcludes: { "*": ["./data/**"] },
  // /api/health compares the database with the migration folders on disk.
  outputFileTracingIncludes: { "/api/health": ["./prisma/migrations/**"] },
  // The home page is cached like the claim pages, which needs a dynamic segment (see app/front-page).
  async rewrites() {
    return { beforeFiles: [{ source: "/", destination: "/front-page/latest" }] };
  },
  experimental: {
    // Cached pages live in a bounded in-memory LRU (cacheMaxMemorySize, 50 MB by default), never
    // on disk: requests for a million made-up addresses must not become a million files.
    isrFlushToDisk: false,
  },
};

module.exports = nextConfig;
