/** Why a file could not be read as a Word report, with a message in Chinese and English that says what to do. */
export type DocxProblem = 'not-zip' | 'damaged' | 'not-word' | 'encrypted' | 'word97' | 'too-large' | 'doctype' | 'xml';

export class DocxReadError extends Error {
  constructor(
    readonly problem: DocxProblem,
    message: string,
  ) {
    super(message);
    this.name = 'DocxReadError';
  }
}

export const MESSAGES: Record<DocxProblem, string> = {
  'not-zip': '不是 .docx 文件（.docx 是 zip 压缩包）；请在 Word 或 WPS 中另存为 .docx (not a .docx file: a .docx is a zip package; save it as .docx in Word or WPS)',
  damaged: '文件已损坏或不完整，无法解压；请重新下载或在 Word 中打开后另存为 .docx (the file is damaged or cut short and cannot be unzipped; download it again, or open it in Word and save it as .docx)',
  'not-word': '这是 zip 压缩包，但不是 Word 文档（缺少 word/document.xml） (a zip package, but not a Word document: word/document.xml is missing)',
  encrypted: '文档设置了打开密码，无法读取；请在 Word 中取消密码后另存 (the document is password-protected; remove the password in Word and save it again)',
  word97: '这是旧版 Word 97–2003 (.doc) 或 WPS 格式，请在 Word 或 WPS 中另存为 .docx 后再检查 (a Word 97–2003 .doc or WPS file; save it as .docx in Word or WPS, then check it)',
  'too-large': '文档内容解压后超过上限，为防止压缩炸弹已停止读取 (the document unpacks to more than the limit; reading stopped, as a guard against zip bombs)',
  doctype: '文档的 XML 带有 DOCTYPE 声明，Word 从不写它；为安全起见不读取 (the document XML has a DOCTYPE declaration, which Word never writes; refused for safety)',
  xml: '文档的 XML 格式有误，无法读取；请在 Word 中打开后另存 (the document XML is malformed; open it in Word and save it again)',
};

export function fail(problem: DocxProblem, detail?: string): never {
  throw new DocxReadError(problem, detail ? `${MESSAGES[problem]}: ${detail}` : MESSAGES[problem]);
}
