import * as migration_20261128_125907_initial from './20261128_125907_initial';
import * as migration_20261128_132751_media from './20261128_132751_media';
import * as migration_20261128_133759_gradebook from './20261128_133759_gradebook';
import * as migration_20261128_135549_year_end from './20261128_135549_year_end';

export const migrations = [
  {
    up: migration_20261128_125907_initial.up,
    down: migration_20261128_125907_initial.down,
    name: '20261128_125907_initial',
  },
  {
    up: migration_20261128_132751_media.up,
    down: migration_20261128_132751_media.down,
    name: '20261128_132751_media',
  },
  {
    up: migration_20261128_133759_gradebook.up,
    down: migration_20261128_133759_gradebook.down,
    name: '20261128_133759_gradebook',
  },
  {
    up: migration_20261128_135549_year_end.up,
    down: migration_20261128_135549_year_end.down,
    name: '20261128_135549_year_end'
  },
];
