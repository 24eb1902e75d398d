import { sequenceRule } from '../numbering/sequence-rule';

export default sequenceRule('numbering-duplicate', '序号重复((二)…(二))/ A repeated number in a heading sequence');
