import type { MessageKey } from "./messages.en.ts";
import { en } from "./messages.en.ts";

/** The interface in ka (translation pending: falls back to English). */
export const ka: Record<MessageKey, string> = { ...en };
