// The authoring pages' calls to /api/author, typed by the contracts the routes parse with.
import type {
  TCreateBank,
  TCreateQuestion,
  TDraftContent,
  TDraftPreview,
  TPublishResult,
  TQuestionStatus,
  TRestoreResult,
  TSaveConflict,
  TSaveResult,
  TVersionDiffView,
} from "@/lib/contracts/authoring";
import { requestJson } from "./request-json";

const question = (id: string, verb: string) => `/api/author/questions/${encodeURIComponent(id)}/${verb}`;

export const authorApi = {
  createBank: (input: TCreateBank) => requestJson<{ slug: string; href: string }>("/api/author/banks", { method: "POST", body: input }),
  createQuestion: (input: Omit<TCreateQuestion, "tags"> & { tags?: string[] }) =>
    requestJson<{ id: string; number: number; href: string }>("/api/author/questions", { method: "POST", body: input }),
  saveDraft: (id: string, input: { baseVersion: number; content: TDraftContent; note?: string }) =>
    requestJson<TSaveResult>(question(id, "draft"), { method: "POST", body: input }),
  preview: (id: string, content: TDraftContent) => requestJson<TDraftPreview>(question(id, "preview"), { method: "POST", body: { content } }),
  publish: (id: string, version: number) => requestJson<TPublishResult>(question(id, "publish"), { method: "POST", body: { version } }),
  restore: (id: string, input: { version: number; baseVersion: number }) => requestJson<TRestoreResult>(question(id, "restore"), { method: "POST", body: input }),
  diff: (id: string, from: number, to: number) => requestJson<TVersionDiffView>(`${question(id, "diff")}?from=${from}&to=${to}`),
  conflict: (id: string, input: { baseVersion: number; content: TDraftContent }) => requestJson<TSaveConflict>(question(id, "conflict"), { method: "POST", body: input }),
  setArchived: (id: string, archived: boolean) => requestJson<{ status: TQuestionStatus; bankSlug: string }>(question(id, "archive"), { method: "POST", body: { archived } }),
  retireItem: (id: string, input: { itemKey: string; retired: true; reason: string } | { itemKey: string; retired: false }) =>
    requestJson<{ itemKey: string; retired: boolean }>(question(id, "retire-item"), { method: "POST", body: input }),
  move: (id: string, to: number) => requestJson<{ number: number; href: string }>(question(id, "move"), { method: "POST", body: { to } }),
};
