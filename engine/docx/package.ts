/**
 * Opening a .docx package: a zip file whose word/document.xml holds the text. Only the parts the
 * reader needs are inflated, and only while their declared sizes stay under a cap, so that a
 * small file cannot unpack into gigabytes (a zip bomb). A Word 97 .doc, a WPS file and an
 * encrypted .docx are OLE compound files, not zips; each gets its own message.
 */
import { unzipSync } from 'fflate';
import { fail } from './errors';

/** The most XML the reader unpacks from one file: 50 MB, far above a 300-page report's few MB. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

export const PARTS = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'] as const;
export type PartName = (typeof PARTS)[number];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** "EncryptedPackage" as an OLE directory stores stream names: UTF-16LE. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);

function containsBytes(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function openPackage(bytes: Uint8Array, maxUnpacked = MAX_UNPACKED_BYTES): Partial<Record<PartName, string>> {
  if (startsWith(bytes, OLE_MAGIC)) fail(containsBytes(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'word97');
  if (!startsWith(bytes, ZIP_MAGIC)) fail('not-zip');
  let declared = 0;
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!(PARTS as readonly string[]).includes(file.name)) return false;
        declared += file.originalSize;
        if (declared > maxUnpacked) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch (e) {
    fail('damaged', (e as Error).message);
  }
  if (tooLarge) fail('too-large', `> ${Math.round(maxUnpacked / 1024 / 1024)} MB`);
  if (!files['word/document.xml']) fail('not-word');
  const decoder = new TextDecoder('utf-8');
  const parts: Partial<Record<PartName, string>> = {};
  for (const name of PARTS) {
    const data = files[name];
    if (data) parts[name] = decoder.decode(data);
  }
  return parts;
}
