// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep the SQLite database folder out of output tracing: it is data, not code.
  outputFileTracingExcludes: { "*": ["./data/**"] },
  // /api/health compares the database with the migration folders on disk.
  outputFileTracingIncludes: { "/api/health": ["./prisma/migrations/**"] },
};

module.exports = nextConfig;
