import * as migration_20261128_125907_initial from './20261128_125907_initial';
import * as migration_20261128_132751_media from './20261128_132751_media';
import * as migration_20261128_145115_areas from './20261128_145115_areas';
import * as migration_20261128_145217_audit_log_append_only from './20261128_145217_audit_log_append_only';
import * as migration_20261130_130401_gradebook_website_administration from './20261130_130401_gradebook_website_administration';
import * as migration_20261202_030910_grade_comments from './20261202_030910_grade_comments';
import * as migration_20261202_032756_guardian_portal from './20261202_032756_guardian_portal';

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
    up: migration_20261128_145115_areas.up,
    down: migration_20261128_145115_areas.down,
    name: '20261128_145115_areas',
  },
  {
    up: migration_20261128_145217_audit_log_append_only.up,
    down: migration_20261128_145217_audit_log_append_only.down,
    name: '20261128_145217_audit_log_append_only',
  },
  {
    up: migration_20261130_130401_gradebook_website_administration.up,
    down: migration_20261130_130401_gradebook_website_administration.down,
    name: '20261130_130401_gradebook_website_administration',
  },
  {
    up: migration_20261202_030910_grade_comments.up,
    down: migration_20261202_030910_grade_comments.down,
    name: '20261202_030910_grade_comments',
  },
  {
    up: migration_20261202_032756_guardian_portal.up,
    down: migration_20261202_032756_guardian_portal.down,
    name: '20261202_032756_guardian_portal'
  },
];
