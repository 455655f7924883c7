import Link from "next/link";

export default function NotFound() {
  return (
    <section className="notice">
      <h1>Page not found</h1>
      <p>There is nothing at this address. It may have moved, or it may never have been published.</p>
      <p>
        <Link href="/">Back to the claims</Link>
      </p>
    </section>
  );
}
