import { describe, expect, it } from "vitest";
import { absoluteUrl, siteConfig } from "@/lib/site-config";

describe("siteConfig: this site's public address", () => {
  it("is CLAIMDESK_SITE_URL when set, without a trailing slash, whatever port the server is on", () => {
    const config = siteConfig({ CLAIMDESK_SITE_URL: "https://claims.example.org/", PORT: "4000" });
    expect(config.siteUrl).toBe("https://claims.example.org");
    expect(absoluteUrl("/claims/x", config)).toBe("https://claims.example.org/claims/x");
  });

  it("defaults to localhost on the port Next.js serves on (`npm run dev -- -p 4000`), else 3000", () => {
    expect(siteConfig({ PORT: "4000" }).siteUrl).toBe("http://localhost:4000");
    expect(siteConfig({}).siteUrl).toBe("http://localhost:3000");
    expect(siteConfig({ PORT: "not a port" }).siteUrl).toBe("http://localhost:3000");
  });
});
