import { getTranslations } from "next-intl/server";
import type { SectionNode } from "../tree";
import { TaskRow } from "./task-row";
import { Verbatim } from "./verbatim";

/**
 * The plan's sections with their body text and a compact list of their tasks (each row links to the
 * task's page, where its full text, action items and history are); headings nest h2 → h3 → h4 with the tree.
 */
export async function SectionTree({ nodes, level = 2 }: { nodes: SectionNode[]; level?: 2 | 3 | 4 }) {
  const t = await getTranslations();
  const Heading = `h${level}` as "h2";
  return (
    <>
      {nodes.map(({ section, tasks, children }) => (
        <section
          key={section.id}
          id={`section-${section.code}`}
          aria-labelledby={`heading-${section.id}`}
          className="mt-6"
        >
          <Heading
            id={`heading-${section.id}`}
            className={level === 2 ? "text-xl font-bold" : "text-lg font-semibold"}
          >
            <span className="mr-2 font-mono text-brand-700">{section.number}</span>{" "}
            <span lang="vi">{section.heading}</span>
          </Heading>
          {section.body ? <Verbatim text={section.body} className="mt-2" /> : null}
          {tasks.length ? (
            <ol className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white *:px-4 *:py-3">
              {tasks.map((task) => (
                <TaskRow key={task.id} task={task} t={t} />
              ))}
            </ol>
          ) : null}
          {children.length ? <SectionTree nodes={children} level={level === 2 ? 3 : 4} /> : null}
        </section>
      ))}
    </>
  );
}
