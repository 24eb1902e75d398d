import { sequenceRule } from '../numbering/sequence-rule';

export default sequenceRule(
  'numbering-start',
  '新一组序号不从 1 开始,或与本文档的连续/重新编号习惯不一致 / A sequence that starts above 1, or breaks the continuous/restart convention',
);
