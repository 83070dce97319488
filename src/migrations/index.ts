import * as migration_20261128_125907_initial from './20261128_125907_initial';
import * as migration_20261128_132751_media from './20261128_132751_media';
import * as migration_20261128_133237_documents from './20261128_133237_documents';
import * as migration_20261128_133829_assets from './20261128_133829_assets';
import * as migration_20261128_134903_staff from './20261128_134903_staff';
import * as migration_20261128_135353_exam_papers from './20261128_135353_exam_papers';
import * as migration_20261128_140333_parent_messages from './20261128_140333_parent_messages';
import * as migration_20261128_140925_work_calendar from './20261128_140925_work_calendar';

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
    up: migration_20261128_133237_documents.up,
    down: migration_20261128_133237_documents.down,
    name: '20261128_133237_documents',
  },
  {
    up: migration_20261128_133829_assets.up,
    down: migration_20261128_133829_assets.down,
    name: '20261128_133829_assets',
  },
  {
    up: migration_20261128_134903_staff.up,
    down: migration_20261128_134903_staff.down,
    name: '20261128_134903_staff',
  },
  {
    up: migration_20261128_135353_exam_papers.up,
    down: migration_20261128_135353_exam_papers.down,
    name: '20261128_135353_exam_papers',
  },
  {
    up: migration_20261128_140333_parent_messages.up,
    down: migration_20261128_140333_parent_messages.down,
    name: '20261128_140333_parent_messages',
  },
  {
    up: migration_20261128_140925_work_calendar.up,
    down: migration_20261128_140925_work_calendar.down,
    name: '20261128_140925_work_calendar'
  },
];
