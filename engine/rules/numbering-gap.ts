import { sequenceRule } from '../numbering/sequence-rule';

export default sequenceRule('numbering-gap', '序号跳号(一、二、四、)/ A skipped number in a heading sequence');
