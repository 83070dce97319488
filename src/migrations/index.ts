import * as migration_20261128_125907_initial from './20261128_125907_initial';
import * as migration_20261128_132751_media from './20261128_132751_media';
import * as migration_20261128_133725_website from './20261128_133725_website';

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
    up: migration_20261128_133725_website.up,
    down: migration_20261128_133725_website.down,
    name: '20261128_133725_website'
  },
];
