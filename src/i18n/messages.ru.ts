import type { MessageKey } from "./messages.en.ts";
import { en } from "./messages.en.ts";

/** The interface in ru (translation pending: falls back to English). */
export const ru: Record<MessageKey, string> = { ...en };
