// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep the SQLite database folder out of output tracing: it is data, not code.
  outputFileTracingExcludes: { "*": ["./data/**"] },
};

module.exports = nextConfig;
