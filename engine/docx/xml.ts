/**
 * XML events from saxes, which never resolves an entity beyond XML's five and character
 * references. A DOCTYPE is refused outright: Word never writes one, and it is where entity
 * tricks (XXE, billion laughs) live.
 */
import { SaxesParser, type SaxesTag } from 'saxes';
import { fail } from './errors';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export function parseXml(xml: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on('doctype', () => fail('doctype'));
  parser.on('error', (e) => fail('xml', e.message));
  // Without the xmlns option every attribute value is a plain string.
  parser.on('opentag', (tag: SaxesTag) => handlers.open(tag.name, tag.attributes as Record<string, string>, tag.isSelfClosing));
  parser.on('closetag', (tag: SaxesTag) => handlers.close(tag.name));
  parser.on('text', (t) => handlers.text(t));
  parser.write(xml).close();
}
