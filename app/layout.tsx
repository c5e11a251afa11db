import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Interleave", template: "%s · Interleave" },
  description: "Interview questions with model answers, quizzes, spaced repetition and a runnable scheduler sandbox.",
};

// Runs before paint so a dark-mode reader never sees a white flash.
const themeScript = `try{var t=localStorage.getItem("theme");if(t==="dark"||(!t&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen font-sans">
        <Providers>
          {/* The first stop of Tab: past the header straight to the page (WCAG 2.4.1). */}
          <a
            href="#main"
            className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-sky-800 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-3 focus:py-2 focus:ring-2 focus:ring-sky-600 dark:bg-slate-900 dark:text-sky-300"
          >
            Skip to content
          </a>
          <SiteHeader />
          {/* A page whose top element is marked data-layout="wide" (the author's editor) gets the width of the screen. */}
          <main id="main" tabIndex={-1} className="mx-auto outline-none w-full max-w-4xl px-4 pt-6 pb-16 has-[>[data-layout=wide]]:max-w-[110rem]">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
