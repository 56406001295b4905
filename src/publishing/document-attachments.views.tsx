import { translator } from "../i18n/i18n.ts";
import type { Lang } from "../i18n/languages.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { PostForm } from "../server/views/components.tsx";
import { pt } from "./publishing.messages.ts";

const en = {
  title: "Files",
  none: "No file is attached. Attach the report PDF below or with: tnr document attach --document {slug} --file PATH --name TITLE",
  warning:
    "Each PDF's metadata (author, organisation, software, dates, earlier saved versions, embedded files) was removed when it was attached: the files listed here are published exactly as stored. What the pages show is not changed: check it before you ask for publication.",
  name: "Title",
  file: "File",
  size: "Size",
  sha256: "SHA-256",
};
const ka: typeof en = {
  title: "ფაილები",
  none: "ფაილი არ არის მიმაგრებული. ანგარიშის PDF მიამაგრეთ ქვემოთ ან ბრძანებით: tnr document attach --document {slug} --file PATH --name TITLE",
  warning:
    "თითოეული PDF-ის მეტამონაცემები (ავტორი, ორგანიზაცია, პროგრამა, თარიღები, ადრე შენახული ვერსიები, ჩაშენებული ფაილები) მიმაგრებისას წაიშალა: აქ ჩამოთვლილი ფაილები ქვეყნდება ზუსტად ისე, როგორც შენახულია. გვერდების შინაარსი არ იცვლება: შეამოწმეთ ის, სანამ გამოქვეყნებას მოითხოვთ.",
  name: "სათაური",
  file: "ფაილი",
  size: "ზომა",
  sha256: "SHA-256",
};
const az: typeof en = {
  title: "Fayllar",
  none: "Fayl əlavə edilməyib. Hesabatın PDF-ini aşağıda və ya bu əmrlə əlavə edin: tnr document attach --document {slug} --file PATH --name TITLE",
  warning:
    "Hər PDF-in metadataları (müəllif, təşkilat, proqram, tarixlər, əvvəl saxlanmış versiyalar, PDF-ə yerləşdirilmiş fayllar) əlavə edilərkən silinib: burada sadalanan fayllar saxlandığı kimi dərc olunur. Səhifələrin məzmunu dəyişmir: dərc tələb etməzdən əvvəl onu yoxlayın.",
  name: "Başlıq",
  file: "Fayl",
  size: "Ölçü",
  sha256: "SHA-256",
};
const ru: typeof en = {
  title: "Файлы",
  none: "Файл не прикреплён. Прикрепите PDF доклада ниже или командой: tnr document attach --document {slug} --file PATH --name TITLE",
  warning:
    "Метаданные каждого PDF (автор, организация, программа, даты, ранее сохранённые версии, вложенные файлы) удалены при прикреплении: перечисленные здесь файлы публикуются в том виде, в каком они сохранены. Содержимое страниц не меняется: проверьте его, прежде чем запрашивать публикацию.",
  name: "Название",
  file: "Файл",
  size: "Размер",
  sha256: "SHA-256",
};

const at = translator<keyof typeof en>({ en, ka, az, ru }).t;

/** The upload form's settings: where it posts, its token, the size cap and the last error. */
export interface AttachmentUpload {
  /** The document's staff path: the form posts to `${base}/files`. */
  base: string;
  csrf: string | undefined;
  maxBytes: number;
  error?: string;
}

/** The cap in megabytes as the hint and the error state it ("25", "0,5"). */
export function maxMegabytes(lang: Lang, maxBytes: number): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(maxBytes / 1024 / 1024);
}

/** The file input and optional title of the upload form, with its hint and error. */
function UploadForm(props: { lang: Lang; upload: AttachmentUpload }) {
  const l = props.lang;
  const u = props.upload;
  const described = u.error ? "file-hint file-error" : "file-hint";
  return (
    <PostForm action={`${u.base}/files`} csrf={u.csrf} enctype="multipart/form-data">
      <h3>{pt(l, "files.upload_title")}</h3>
      <div class={`field${u.error ? " field--error" : ""}`}>
        <label for="file">{pt(l, "files.file_label")}</label>
        <p class="hint" id="file-hint">
          {pt(l, "files.file_hint", { mb: maxMegabytes(l, u.maxBytes) })}
        </p>
        {u.error && (
          <p class="field__error" id="file-error">
            {u.error}
          </p>
        )}
        <input
          id="file"
          name="file"
          type="file"
          accept="application/pdf"
          aria-describedby={described}
          aria-invalid={u.error ? "true" : undefined}
        />
      </div>
      <div class="field">
        <label for="file-title">{pt(l, "files.title_label")}</label>
        <p class="hint" id="file-title-hint">
          {pt(l, "files.title_hint")}
        </p>
        <input
          id="file-title"
          name="title"
          type="text"
          maxLength={200}
          aria-describedby="file-title-hint"
          class="input"
        />
      </div>
      <button type="submit" class="button">
        {pt(l, "files.upload")}
      </button>
    </PostForm>
  );
}

/**
 * The document page's "Files" section: what will be published, the metadata note and, for
 * those who may edit the document, the upload form and a remove button per file.
 */
export function DocumentAttachmentsSection(props: {
  lang: Lang;
  slug: string;
  attachments: DomainRecord[];
  upload?: AttachmentUpload;
}) {
  const l = props.lang;
  const u = props.upload;
  const size = new Intl.NumberFormat(l, { style: "unit", unit: "kilobyte" });
  return (
    <section aria-labelledby="files-title">
      <h2 id="files-title">{at(l, "title")}</h2>
      <p class="hint">{at(l, "warning")}</p>
      {props.attachments.length === 0 ? (
        <p>{at(l, "none", { slug: props.slug })}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{at(l, "name")}</th>
              <th scope="col">{at(l, "file")}</th>
              <th scope="col">{at(l, "size")}</th>
              <th scope="col">{at(l, "sha256")}</th>
              {u && <th scope="col">{pt(l, "files.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {props.attachments.map((a) => (
              <tr key={a.id}>
                <td>{String(a.title)}</td>
                <td>{String(a.file_name)}</td>
                <td>{size.format(Math.ceil(Number(a.size_bytes) / 1000))}</td>
                <td>
                  <code>{String(a.sha256).slice(0, 16)}…</code>
                </td>
                {u && (
                  <td>
                    <PostForm action={`${u.base}/files/${a.id}/remove`} csrf={u.csrf}>
                      <button type="submit" class="button button--secondary">
                        {pt(l, "files.remove", { name: String(a.file_name) })}
                      </button>
                    </PostForm>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {u && <UploadForm lang={l} upload={u} />}
    </section>
  );
}
