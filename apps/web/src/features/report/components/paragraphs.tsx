/** Narrative text as printed: one paragraph per line, "- " lines as a dash list (as the DOCX prints them). */
export function Paragraphs({ text, empty }: { text: string; empty?: string }) {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return empty ? <p className="text-slate-600 italic">{empty}</p> : null;
  return (
    <div className="flex flex-col gap-2 leading-relaxed text-slate-900">
      {lines.map((line, i) =>
        line.startsWith("- ") ? (
          <p key={i} className="pl-4 -indent-4">
            {line}
          </p>
        ) : (
          <p key={i}>{line}</p>
        ),
      )}
    </div>
  );
}
