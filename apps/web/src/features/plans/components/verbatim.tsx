/** The plan's text as issued: paragraphs kept, nothing reworded; Vietnamese whatever the UI language. */
export function Verbatim({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className} lang="vi">
      {text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="mt-2 whitespace-pre-line leading-relaxed text-slate-900 first:mt-0">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
