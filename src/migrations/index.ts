import * as migration_20261128_125907_initial from './20261128_125907_initial';

export const migrations = [
  {
    up: migration_20261128_125907_initial.up,
    down: migration_20261128_125907_initial.down,
    name: '20261128_125907_initial'
  },
];
