// @ts-check

// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS (the package has no "type": "module")
const { SECURITY_HEADERS, HSTS } = require("./server/security-headers.cjs");

/** The claim list's query parameters (lib/claims/list-query.ts): with none of them, /claims is the same for everyone. */
const CLAIM_LIST_PARAMETERS = ["q", "verification", "rating", "speaker", "topic", "source", "from", "to", "sort", "page", "pageSize"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep the SQLite database folder out of output tracing: it is data, not code.
  outputFileTracingExcludes: { "*": ["./data/**"] },
  // /api/health compares the database with the migration folders on disk.
  outputFileTracingIncludes: { "/api/health": ["./prisma/migrations/**"] },
  // Pages that are the same for every reader are cached by path (see app/claims/[slug]/page.tsx):
  // the home page needs a dynamic segment (app/front-page), a speaker's or a source's later
  // pages, read from `?page=N`, become `/…/<slug>/p/<N>`, and the index of sources `/sources/all/<N>`.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
    ];
  },
  async rewrites() {
    // Any page value but one holding a "%" (decoded from `%25`): Next puts it into the rewritten path
    // as it is, where it no longer decodes and Next answers 500. Such a value shows the first page.
    const pageParam = [{ type: "query", key: "page", value: "(?<page>[^%]+)" }];
    return {
      beforeFiles: [
        { source: "/", destination: "/front-page/latest" },
        // The claim list with no search or filter: the same for every reader (app/claims/claims-list.tsx).
        { source: "/claims", missing: CLAIM_LIST_PARAMETERS.map((key) => ({ type: "query", key })), destination: "/front-page/all-claims" },
        { source: "/speakers/:slug", has: pageParam, destination: "/speakers/:slug/p/:page" },
        { source: "/sources/:slug", has: pageParam, destination: "/sources/:slug/p/:page" },
        // The index of sources, cached like a source's page: `/sources?page=N` becomes `/sources/all/<N>`.
        { source: "/sources", has: pageParam, destination: "/sources/all/:page" },
        { source: "/sources", destination: "/sources/all/1" },
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
