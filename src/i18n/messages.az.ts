import type { MessageKey } from "./messages.en.ts";
import { en } from "./messages.en.ts";

/** The interface in az (translation pending: falls back to English). */
export const az: Record<MessageKey, string> = { ...en };
