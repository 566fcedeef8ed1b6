import type { FeedKind } from '../../schema/index.js';
import { DOLMETSCHER } from './dolmetscher.js';
import type { KindDefinition } from './kind-definition.js';
import { LOTSEN } from './lotsen.js';
import { SPRACHKURSE } from './sprachkurse.js';

export const KINDS: { readonly [K in FeedKind]: KindDefinition<K> } = {
  lotsen: LOTSEN,
  sprachkurse: SPRACHKURSE,
  dolmetscher: DOLMETSCHER,
};

export type { BuildContext, KindDefinition } from './kind-definition.js';
