import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { siteConfig } from "@/lib/site-config";
import "./globals.css";

const DESCRIPTION = "Who said what, when, where it appeared, and how far it has been verified.";

export function generateMetadata(): Metadata {
  const config = siteConfig();
  return {
    metadataBase: new URL(config.siteUrl),
    title: { default: "ClaimDesk", template: "%s · ClaimDesk" },
    description: DESCRIPTION,
    applicationName: "ClaimDesk",
    openGraph: { siteName: config.orgName, type: "website", title: "ClaimDesk", description: DESCRIPTION },
    alternates: { types: { "application/atom+xml": "/feed.xml" } },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="container site-header__inner">
            <Link href="/" className="brand">
              Claim<span>Desk</span>
            </Link>
            <nav aria-label="Main" className="site-nav">
              <Link href="/claims">Claims</Link>
              <Link href="/speakers">Speakers</Link>
              <Link href="/sources">Sources</Link>
              <a href="/feed.xml">Feed</a>
            </nav>
          </div>
        </header>
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              ClaimDesk tracks who said what and how far it has been verified. A status describes the sourcing of a claim,
              not the character of the person who made it.
            </p>
            <p>
              <a href="/api/v1/openapi.json">Public API</a> · <a href="/feed.xml">Atom feed</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
