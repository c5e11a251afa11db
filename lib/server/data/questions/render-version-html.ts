import "server-only";
import { renderMarkdown } from "@/lib/content/render-markdown";

// Rendering highlights every code block with shiki; a version never changes, so its HTML is
// kept for the next reader (a review's model answer, the public API's question). A failed
// render is not kept.
const CACHE_LIMIT = 200;
const rendered = new Map<string, Promise<string>>();

export function renderVersionHtml(options: { versionId: string; markdown: string }): Promise<string> {
  let html = rendered.get(options.versionId);
  if (!html) {
    html = renderMarkdown(options.markdown);
    rendered.set(options.versionId, html);
    html.catch(() => rendered.delete(options.versionId));
    if (rendered.size > CACHE_LIMIT) rendered.delete(rendered.keys().next().value!);
  }
  return html;
}
