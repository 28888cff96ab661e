"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import type { DirectiveFormState } from "../actions";

type Action = (prev: DirectiveFormState, form: FormData) => Promise<DirectiveFormState>;

/** The action's state, a submit handler, and a ref for the alert focused when it fails. */
export function useDirectiveAction(action: Action, onDone?: () => void) {
  const [state, dispatch, pending] = useActionState<DirectiveFormState, FormData>(action, { status: "idle" });
  const alertRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef(onDone);
  doneRef.current = onDone;
  useEffect(() => {
    if (state.status === "done") doneRef.current?.();
    if (state.status === "error") alertRef.current?.focus();
  }, [state]);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, pending, onSubmit, alertRef };
}
