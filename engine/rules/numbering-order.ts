import { sequenceRule } from '../numbering/sequence-rule';

export default sequenceRule('numbering-order', '序号顺序颠倒(3. 在 2. 之前)/ A number lower than its predecessor');
