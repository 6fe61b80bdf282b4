/** CRC-32 (IEEE 802.3 polynomial, reflected, as zip and PNG use it), fed in pieces. */

const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export class Crc32 {
  private crc = 0xffffffff;

  /** Adds the characters of `text` (each one byte: manifest records are ASCII). */
  update(text: string): this {
    let c = this.crc;
    for (let i = 0; i < text.length; i++) c = TABLE[(c ^ text.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
    this.crc = c;
    return this;
  }

  /** The CRC as 8 upper-case hex digits. */
  hex(): string {
    return ((this.crc ^ 0xffffffff) >>> 0).toString(16).toUpperCase().padStart(8, '0');
  }
}
