// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep the SQLite database folder out of output tracing: it is data, not code.
  outputFileTracingExcludes: { "*": ["./data/**"] },
  // /api/health compares the database with the migration folders on disk.
  outputFileTracingIncludes: { "/api/health": ["./prisma/migrations/**"] },
  // Pages that are the same for every reader are cached by path (see app/claims/[slug]/page.tsx):
  // the home page needs a dynamic segment (app/front-page), and a speaker's or a source's later
  // pages, read from `?page=N`, become `/…/<slug>/p/<N>`.
  async rewrites() {
    const pageParam = [{ type: "query", key: "page", value: "(?<page>.+)" }];
    return {
      beforeFiles: [
        { source: "/", destination: "/front-page/latest" },
        { source: "/speakers/:slug", has: pageParam, destination: "/speakers/:slug/p/:page" },
        { source: "/sources/:slug", has: pageParam, destination: "/sources/:slug/p/:page" },
      ],
    };
  },
  experimental: {
    // Cached pages live in a bounded in-memory LRU (cacheMaxMemorySize, 50 MB by default), never
    // on disk: requests for a million made-up addresses must not become a million files.
    isrFlushToDisk: false,
  },
};

module.exports = nextConfig;
