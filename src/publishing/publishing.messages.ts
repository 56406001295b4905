import { translator } from "../i18n/i18n.ts";
import type { Lang } from "../i18n/languages.ts";
import { az } from "./publishing.messages.az.ts";
import { ka } from "./publishing.messages.ka.ts";
import { ru } from "./publishing.messages.ru.ts";

/**
 * The editors' publishing pages in English, the reference catalogue. Kept apart from the staff
 * catalogue so translators of that file and of this one never edit the same lines.
 */
export const en = {
  "people.you": "you",
  "people.other": "another member of staff",
  "status.requested": "Awaiting approval",
  "status.approved": "Approved, not yet published",
  "status.published": "Published",
  "status.withdrawn": "Withdrawn",
  "task.completed": "Completed",
  "task.in_progress": "In progress",
  "task.not_started": "Not started",
  "task.needs_attention": "Needs attention",
  "done.requested": "Publication requested. A second editor must now approve it.",
  "done.approved": "Approved. It can now be published.",
  "done.published": "Published. It is now on the public site.",
  "done.withdrawn": "Withdrawn. It is not on the public site.",
  "done.saved": "Your changes have been saved.",
  "issue.retracted": "A retracted incident is never published.",
  "issue.no_consent":
    "Victim {name} has no live consent to publication as an anonymised or named case.",
  "issue.no_translation": "There is no original text or reviewed translation to publish.",
  "issue.already_requested": "A publication of this record is already waiting for approval.",
  "issue.wrong_state": "This cannot be done now. The publication's status is: {status}.",
  "issue.same_editor":
    "You asked for this publication, so you cannot approve it. Another editor must approve it (two-person rule).",
  "refused.conflict":
    "The record was changed after publication was requested, so this request cannot be approved or published. Cancel it and request publication again.",
  "withdraw.reason_missing": "Enter the reason",
  "withdraw.reason_long": "The reason must be 2,000 characters or fewer",
  "actions.title": "What happens next",
  "actions.wait_second":
    "You asked for this publication. Another editor must review and approve it.",
  "actions.approve_hint":
    "Check the preview below: it is exactly what will be public. You will be asked for your second factor.",
  "actions.approve": "Approve publication",
  "actions.publish_hint": "Publishing puts the approved version on the public site now.",
  "actions.publish": "Publish",
  "actions.withdraw_reason": "Reason for withdrawing it from the public site",
  "actions.cancel_reason": "Reason for cancelling the request",
  "actions.withdraw": "Withdraw from the public site",
  "actions.cancel": "Cancel the request",
  "history.title": "Publication history",
  "history.none": "This record has never been submitted for publication.",
  "history.status": "Status",
  "history.version": "Version",
  "history.requested": "Requested",
  "history.approved": "Approved",
  "history.published": "Published",
  "history.withdrawn": "Withdrawn",
  "pending.title": "Publications",
  "pending.lead":
    "Requests waiting for a second editor, and approved publications waiting to be published.",
  "pending.requested": "Waiting for approval by a second editor",
  "pending.approved": "Approved, waiting to be published",
  "pending.none": "none",
  "pending.record": "Record",
  "pending.type": "Type",
  "pending.incident": "Incident",
  "pending.document": "Document",
  "pending.open_record": "(open the record)",
  "pending.yours": "(your request)",
  "issues.title": "What blocks publication",
  "issues.none": "Nothing blocks publication.",
  "review.title": "Publication of “{title}”",
  "review.back": "Back to the record",
  "review.stale":
    "The record has changed since publication was requested. Approving or publishing this request will be refused: cancel it and request publication again.",
  "incident.title": "Publish “{title}”",
  "incident.back": "Back to the incident",
  "incident.current": "Current publication: {status}.",
  "incident.open_publication": "Open the publication",
  "incident.request_hint": "A second editor must approve before anything is published.",
  "incident.request": "Request publication",
  "incident.request_again": "Request publication of this version",
  "preview.title": "Preview of what will be public",
  "preview.explain":
    "This is exactly what the public site will show: generalised dates and places, and no identities unless a named-case consent allows it.",
  "preview.explain_document":
    "This is how the public page will show this text. Live figures show the numbers of the public data as they are now.",
  "preview.draft_not_public":
    "This translation is a draft: it is not published until it is marked as reviewed.",
  "preview.nothing":
    "Nothing would be published: there is no original text or reviewed translation.",
  "preview.incident_heading": "Incident {id}",
  "preview.origin": "State of origin",
  "preview.host": "Host state",
  "preview.when": "When",
  "preview.where": "Where",
  "preview.tactics": "Tactics",
  "preview.targets": "Target profile",
  "preview.victims": "Victims",
  "preview.anonymous": "anonymous",
  "preview.verification": "Verification",
  "preview.counted": "Counted in statistics",
  "preview.yes": "Yes",
  "preview.no": "No",
  "preview.attributions": "Attribution",
  "preview.response": "Response of the authorities",
  "preview.furthest": "Furthest stage reached: {stage}.",
  "preview.first_response": "First response after {days} days.",
  "preview.timeline": "Response timeline",
  "preview.stage": "Stage",
  "preview.days": "Days from filing",
  "preview.sources": "Sources",
  "preview.none": "None.",
  "preview.unknown": "Unknown",
  "preview.online": "Online",
  "checklist.title": "Publication checklist",
  "checklist.translation": "Text in {language}",
  "checklist.citations": "Citations of public incidents",
  "checklist.figures": "Live figures",
  "checklist.approval": "Approved by a second editor",
  "checklist.optional": "(optional)",
  "checklist.citations_missing": "Not public: {ids}",
  "checklist.approved_by": "Approved by {name}",
  "checklist.not_ready":
    "Complete the tasks that need attention before submitting the document for review.",
  "documents.title": "Documents",
  "documents.new": "New document",
  "documents.edit": "Edit document details",
  "documents.none": "Your organisation has no documents yet.",
  "documents.caption": "Your organisation's documents and their translations",
  "documents.col.title": "Title",
  "documents.col.status": "Status",
  "documents.back": "Back",
  "documents.publication": "Publication",
  "documents.submit": "Submit for review",
  "documents.submit_hint":
    "A second editor checks the preview and approves it before it is published.",
  "documents.editor_publishes": "Only editors submit, approve and publish documents.",
  "translations.caption": "Texts by language",
  "translations.language": "Language",
  "translations.actions": "Actions",
  "translations.edit": "Edit the text in {language}",
  "translations.add": "Add the text in {language}",
  "translations.preview": "Preview the text in {language}",
  "translations.heading": "Text in {language}",
  "translations.original": "Original",
  "translations.no_original": "The original text has not been written yet.",
  "form.slug": "Web address name (slug)",
  "form.slug_hint":
    "Lower-case letters, digits and hyphens, for example beyond-the-border-2017. It cannot be changed later.",
  "form.title": "Title",
  "form.summary": "Summary",
  "form.body": "Text",
  "form.body_hint":
    "Markdown. Footnote: [^1]. Public incident: [[incident:ID]]. Live figure: {{figure incidents host=GE since=2016}}.",
  "form.type": "Type",
  "form.categories": "Categories",
  "form.co_authors": "Co-authoring organisations",
  "form.cited": "Cited incidents",
  "form.cited_hint":
    "Incident ids from the vault, one per line. The public page cites only incidents that are public.",
  "form.original_language": "Original language",
  "form.published_on": "Date of the document (optional)",
  "form.date_hint": "Year, month or day: 2017, 2017-05 or 2017-05-31.",
  "form.translation_status": "Status of this translation",
  "form.create": "Create document",
  "form.save": "Save",
  "form.slug_invalid": "Enter 2 to 121 lower-case letters, digits and hyphens",
  "form.slug_taken": "Another document already has this slug",
  "form.title_missing": "Enter a title",
  "form.too_long": "This text is too long",
  "form.language_missing": "Select the original language",
  "form.type_missing": "Select the type of document",
  "form.categories_invalid": "Select up to 10 categories from the list",
  "form.co_authors_invalid": "Select co-authoring organisations from the list",
  "form.cited_unknown": "These incidents do not exist or you cannot see them: {ids}",
  "form.date_invalid": "Enter the date as 2017, 2017-05 or 2017-05-31",
  "form.status_missing": "Select whether the translation is a draft or reviewed",
  "conflict.summary":
    "Someone else saved a newer version while you were editing. Your changes have not been saved yet.",
  "conflict.explain":
    "Someone else saved version {version} while you were editing. Your input is kept in the form below: compare it with the saved version and save again to replace it.",
  "public.view": "View it on the public site",
  "conflict.saved_text": "Show the saved text",
  "files.upload_title": "Attach a PDF",
  "files.file_label": "PDF file",
  "files.file_hint":
    "PDF only, {mb} MB at most. Its metadata is removed when it is attached: author, title, software, dates, XMP, earlier saved versions, embedded files, comment authors and the camera data of photos. The pages themselves are kept as they are: check them for names before you ask for publication.",
  "files.title_label": "Title (optional)",
  "files.title_hint": "Shown to readers. If you leave it empty, the file name is used.",
  "files.upload": "Attach the file",
  "files.remove": "Remove {name}",
  "files.actions": "Actions",
  "files.error_empty": "Choose a PDF file to attach",
  "files.error_not_pdf": "The selected file must be a PDF",
  "files.error_too_large": "The selected file must be {mb} MB or smaller",
  "files.error_unreadable":
    "The upload could not be read. Choose the PDF again and send the form once more",
  "files.error_pdf_encrypted":
    "This PDF is encrypted or password-protected, so its metadata cannot be removed. Save an unprotected copy (for example with “Print to PDF”) and attach that",
  "files.error_pdf_unreadable":
    "This PDF could not be read, so its metadata cannot be removed. Save it as a PDF again in the program that made it and attach the new file",
  "files.error_duplicate":
    "This document already has a file named {name}. Give the new file another title",
  "done.file_added":
    "The file has been attached. Its metadata (author, software, dates, earlier versions) was removed: the file listed here is exactly what will be published.",
  "done.file_removed": "The file has been removed from the document.",
};

/** A key of the publishing catalogue. */
export type PublishingKey = keyof typeof en;

/** The publishing pages' catalogues in every interface language. */
export const PUBLISHING_MESSAGES: Record<Lang, Record<PublishingKey, string>> = { en, ka, az, ru };

/** The translated catalogues, re-exported so one module holds `{ en, ka, az, ru }`. */
export { az, ka, ru };

const publishing = translator(PUBLISHING_MESSAGES);

/** A publishing-page message in a language, with placeholders filled. */
export const pt = publishing.t;
