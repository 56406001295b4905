import { translator } from "../i18n/i18n.ts";
import type { Lang } from "../i18n/languages.ts";
import type { DomainRecord } from "../records/record.types.ts";

const en = {
  title: "Files",
  none: "No file is attached. Attach the report PDF with: tnr document attach --document {slug} --file PATH --name TITLE",
  warning:
    "Files are published exactly as uploaded: a PDF's own metadata (author, organisation, software, dates) is not removed. Check it in the PDF's document properties before you ask for publication.",
  name: "Title",
  file: "File",
  size: "Size",
  sha256: "SHA-256",
};
const ka: typeof en = {
  title: "ფაილები",
  none: "ფაილი არ არის მიმაგრებული. ანგარიშის PDF მიამაგრეთ ბრძანებით: tnr document attach --document {slug} --file PATH --name TITLE",
  warning:
    "ფაილები ქვეყნდება ზუსტად ისე, როგორც აიტვირთა: PDF-ის მეტამონაცემები (ავტორი, ორგანიზაცია, პროგრამა, თარიღები) არ იშლება. შეამოწმეთ ისინი PDF-ის თვისებებში, სანამ გამოქვეყნებას მოითხოვთ.",
  name: "სათაური",
  file: "ფაილი",
  size: "ზომა",
  sha256: "SHA-256",
};
const az: typeof en = {
  title: "Fayllar",
  none: "Fayl əlavə edilməyib. Hesabatın PDF-ini bu əmrlə əlavə edin: tnr document attach --document {slug} --file PATH --name TITLE",
  warning:
    "Fayllar yükləndiyi kimi dərc olunur: PDF-in öz metadataları (müəllif, təşkilat, proqram, tarixlər) silinmir. Dərc tələb etməzdən əvvəl onları PDF-in xüsusiyyətlərində yoxlayın.",
  name: "Başlıq",
  file: "Fayl",
  size: "Ölçü",
  sha256: "SHA-256",
};
const ru: typeof en = {
  title: "Файлы",
  none: "Файл не прикреплён. Прикрепите PDF доклада командой: tnr document attach --document {slug} --file PATH --name TITLE",
  warning:
    "Файлы публикуются в том виде, в каком загружены: собственные метаданные PDF (автор, организация, программа, даты) не удаляются. Проверьте их в свойствах документа PDF, прежде чем запрашивать публикацию.",
  name: "Название",
  file: "Файл",
  size: "Размер",
  sha256: "SHA-256",
};

const at = translator<keyof typeof en>({ en, ka, az, ru }).t;

/** The document page's "Files" section: what will be published, and the metadata warning. */
export function DocumentAttachmentsSection(props: {
  lang: Lang;
  slug: string;
  attachments: DomainRecord[];
}) {
  const l = props.lang;
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
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
