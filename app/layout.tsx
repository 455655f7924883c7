import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ClaimDesk", template: "%s · ClaimDesk" },
  description: "Who said what, when, where it appeared, and how far it has been verified.",
};

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
            <p className="tagline">Tracking who said what, and how far it has been verified.</p>
          </div>
        </header>
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            ClaimDesk is an open-source claim-tracking desk. Statuses describe sourcing, not guilt or innocence.
          </div>
        </footer>
      </body>
    </html>
  );
}
