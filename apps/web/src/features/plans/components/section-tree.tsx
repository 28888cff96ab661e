import { excerpt } from "@plan-tracker/core";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SectionNode } from "../tree";
import { TaskMeta } from "./task-meta";
import { Verbatim } from "./verbatim";

/** One section with its body, tasks and subsections; headings nest h2 → h3 → h4 with the tree. */
export async function SectionTree({ nodes, level = 2 }: { nodes: SectionNode[]; level?: 2 | 3 | 4 }) {
  const t = await getTranslations("task");
  const Heading = `h${level}` as "h2";
  const TaskHeading = `h${Math.min(level + 1, 6)}` as "h3";
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
          {tasks.map((task) => (
            <article
              key={task.id}
              id={`task-${task.code}`}
              aria-labelledby={`task-heading-${task.id}`}
              className="mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              data-testid="plan-task"
            >
              <TaskHeading id={`task-heading-${task.id}`} className="text-base font-semibold">
                <Link href={`/tasks/${task.id}`} className="hover:underline">
                  <span className="mr-2 font-mono text-brand-700">{task.code}</span>{" "}
                  <span lang="vi">{task.heading ?? excerpt(task.content)}</span>
                </Link>
              </TaskHeading>
              <Verbatim text={task.content} className="mt-2" />
              <div className="mt-3 border-t border-slate-100 pt-3">
                <TaskMeta task={task} />
              </div>
              {task.actionItems.length ? (
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">
                    {t("actionItems", { count: task.actionItems.length })}
                  </summary>
                  <ol className="mt-2 list-none space-y-1 text-sm">
                    {task.actionItems.map((item) => (
                      <li key={item.id} className="flex gap-2">
                        <span className="w-24 shrink-0 font-mono text-slate-600">{item.code}</span>
                        <span>{item.content}</span>
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </article>
          ))}
          {children.length ? <SectionTree nodes={children} level={level === 2 ? 3 : 4} /> : null}
        </section>
      ))}
    </>
  );
}
