/** Whether the bytes are a PDF, without loading pdf.js (the send guard tells PDFs apart but cannot read them). */
export function isPdf(bytes: Uint8Array): boolean {
  // The header may follow some junk bytes; readers accept it within the first kilobyte.
  return new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-");
}
