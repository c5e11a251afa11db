import type { TAnswerSegment } from "@/lib/content/render-markdown";
import type { TPredictionView } from "@/lib/contracts/predictions";
import { RunnableExample } from "@/components/sandbox/runnable-example";
import { SandboxBlock } from "@/components/sandbox/sandbox-block";
import { SandboxCompare } from "@/components/sandbox/sandbox-compare";

/** An answer as the question page shows it, and as the author's preview shows a draft: prose is
 * server-rendered, sanitized HTML; each sandbox example becomes an interactive block that
 * receives the code as a prop and shows the server-highlighted code until it is edited, and each
 * runnable plain fence a Run button that loads the same block. */
export function AnswerSegments({ segments, predictions }: { segments: TAnswerSegment[]; predictions: TPredictionView[] }) {
  return (
    <article className="answer prose prose-slate max-w-none dark:prose-invert prose-pre:bg-transparent prose-pre:p-0 prose-code:before:content-none prose-code:after:content-none">
      {segments.map((segment, i) => (
        // Keyed by the code too: in the author's preview an edited example is a new sandbox.
        <AnswerSegment key={`${i}:${codeOf(segment)}`} segment={segment} predictions={predictions} />
      ))}
    </article>
  );
}

function codeOf(segment: TAnswerSegment): string {
  switch (segment.kind) {
    case "html":
      return "";
    case "sandbox":
    case "example":
      return segment.code;
    case "compare":
      return `${segment.left.code}\n${segment.right.code}`;
  }
}

function AnswerSegment({ segment, predictions }: { segment: TAnswerSegment; predictions: TPredictionView[] }) {
  switch (segment.kind) {
    case "html":
      return <div className="contents" dangerouslySetInnerHTML={{ __html: segment.html }} />;
    case "sandbox":
      return (
        <SandboxBlock code={segment.code} modes={segment.modes} predictions={predictions.filter((p) => p.block === segment.block)}>
          <div dangerouslySetInnerHTML={{ __html: segment.html }} />
        </SandboxBlock>
      );
    case "example":
      return (
        <RunnableExample code={segment.code}>
          <div dangerouslySetInnerHTML={{ __html: segment.html }} />
        </RunnableExample>
      );
    case "compare":
      return (
        <SandboxCompare
          left={{ code: segment.left.code, title: segment.left.title, children: <div dangerouslySetInnerHTML={{ __html: segment.left.html }} /> }}
          right={{ code: segment.right.code, title: segment.right.title, children: <div dangerouslySetInnerHTML={{ __html: segment.right.html }} /> }}
        />
      );
  }
}
