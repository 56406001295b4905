/**
 * Segments that carry a photo's metadata rather than its picture: APP1 (Exif: camera, serial
 * number, GPS position, dates, thumbnail; XMP), APP13 (Photoshop and IPTC: author, caption,
 * place) and COM (free comments). APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour
 * transform) and the coding segments stay: dropping them would change how the image looks.
 */
const METADATA_MARKERS = new Set([0xe1, 0xed, 0xfe]);
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;

/** Markers without a length field: TEM and the restart markers RST0–RST7. */
const standalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);

/**
 * A JPEG without its metadata segments and without anything after its end marker (phones append
 * further images there, each with its own Exif), losslessly: the coded picture is copied byte
 * for byte, never re-encoded. Returns null when the bytes are not a JPEG this walk understands
 * or there was nothing to drop, so the caller keeps the stream as it was.
 */
export function stripJpegMetadata(jpeg: Uint8Array): Uint8Array | null {
  if (jpeg[0] !== 0xff || jpeg[1] !== SOI) return null;
  const kept: Uint8Array[] = [jpeg.subarray(0, 2)];
  let changed = false;
  let i = 2;
  const done = () => (changed ? Buffer.concat(kept) : null);
  while (i + 1 < jpeg.length) {
    if (jpeg[i] !== 0xff) return null;
    const marker = jpeg[i + 1]!;
    if (marker === 0xff) {
      i += 1; // a fill byte before a marker
    } else if (marker === EOI) {
      kept.push(jpeg.subarray(i, i + 2));
      changed ||= i + 2 < jpeg.length;
      return done();
    } else if (standalone(marker)) {
      kept.push(jpeg.subarray(i, i + 2));
      i += 2;
    } else {
      const end = i + 2 + (((jpeg[i + 2] ?? 0) << 8) | (jpeg[i + 3] ?? 0));
      if (end < i + 4 || end > jpeg.length) return null;
      if (METADATA_MARKERS.has(marker)) changed = true;
      else kept.push(jpeg.subarray(i, end));
      i = end;
      if (marker === SOS) {
        // Coded data runs to the next marker: in it, 0xFF is followed only by a stuffed 0x00 or
        // a restart marker. A file cut short keeps what it has.
        const start = i;
        while (i + 1 < jpeg.length && !(jpeg[i] === 0xff && isMarker(jpeg[i + 1]!))) i += 1;
        if (i + 1 >= jpeg.length) i = jpeg.length;
        kept.push(jpeg.subarray(start, i));
      }
    }
  }
  kept.push(jpeg.subarray(i));
  return done();
}

/** Whether 0xFF then `next`, inside coded data, is a marker (not stuffing, not a restart). */
const isMarker = (next: number) => next !== 0 && !(next >= 0xd0 && next <= 0xd7);
