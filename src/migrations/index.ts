import * as migration_20261128_125907_initial from './20261128_125907_initial';
import * as migration_20261128_132751_media from './20261128_132751_media';
import * as migration_20261128_145115_areas from './20261128_145115_areas';
import * as migration_20261128_145217_audit_log_append_only from './20261128_145217_audit_log_append_only';
import * as migration_20261130_130401_gradebook_website_administration from './20261130_130401_gradebook_website_administration';
import * as migration_20261202_030910_grade_comments from './20261202_030910_grade_comments';
import * as migration_20261202_044703_school_platform_2 from './20261202_044703_school_platform_2';
import * as migration_20261202_044714_drop_document_marks from './20261202_044714_drop_document_marks';
import * as migration_20261202_044800_site_search from './20261202_044800_site_search';
import * as migration_20261202_044801_backfill_media_usage from './20261202_044801_backfill_media_usage';
import * as migration_20261202_044802_rate_limits from './20261202_044802_rate_limits';
import * as migration_20261202_044803_gradebook_report_indexes from './20261202_044803_gradebook_report_indexes';
import * as migration_20261202_063140_portal_sign_in_codes_channels from './20261202_063140_portal_sign_in_codes_channels';
import * as migration_20261202_065250_yearend_export_runs from './20261202_065250_yearend_export_runs';
import * as migration_20261202_121637_guardian_pending_codes from './20261202_121637_guardian_pending_codes';
import * as migration_20261202_122250_grade_entry_deadlines from './20261202_122250_grade_entry_deadlines';
import * as migration_20261202_154110_guardian_password_set_at from './20261202_154110_guardian_password_set_at';
import * as migration_20261203_002620_upload_storage_fields from './20261203_002620_upload_storage_fields';
import * as migration_20261203_055926_grade_regular_filled from './20261203_055926_grade_regular_filled';
import * as migration_20261203_060500_audit_collection_created_index from './20261203_060500_audit_collection_created_index';
import * as migration_20261203_091500_grade_term_created_index from './20261203_091500_grade_term_created_index';
import * as migration_20261203_094000_grade_regular_filled_integer from './20261203_094000_grade_regular_filled_integer';
import * as migration_20261203_150000_grade_sheet_tallies from './20261203_150000_grade_sheet_tallies';

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
    up: migration_20261202_044703_school_platform_2.up,
    down: migration_20261202_044703_school_platform_2.down,
    name: '20261202_044703_school_platform_2',
  },
  {
    up: migration_20261202_044714_drop_document_marks.up,
    down: migration_20261202_044714_drop_document_marks.down,
    name: '20261202_044714_drop_document_marks',
  },
  {
    up: migration_20261202_044800_site_search.up,
    down: migration_20261202_044800_site_search.down,
    name: '20261202_044800_site_search',
  },
  {
    up: migration_20261202_044801_backfill_media_usage.up,
    down: migration_20261202_044801_backfill_media_usage.down,
    name: '20261202_044801_backfill_media_usage',
  },
  {
    up: migration_20261202_044802_rate_limits.up,
    down: migration_20261202_044802_rate_limits.down,
    name: '20261202_044802_rate_limits',
  },
  {
    up: migration_20261202_044803_gradebook_report_indexes.up,
    down: migration_20261202_044803_gradebook_report_indexes.down,
    name: '20261202_044803_gradebook_report_indexes',
  },
  {
    up: migration_20261202_063140_portal_sign_in_codes_channels.up,
    down: migration_20261202_063140_portal_sign_in_codes_channels.down,
    name: '20261202_063140_portal_sign_in_codes_channels',
  },
  {
    up: migration_20261202_065250_yearend_export_runs.up,
    down: migration_20261202_065250_yearend_export_runs.down,
    name: '20261202_065250_yearend_export_runs',
  },
  {
    up: migration_20261202_121637_guardian_pending_codes.up,
    down: migration_20261202_121637_guardian_pending_codes.down,
    name: '20261202_121637_guardian_pending_codes',
  },
  {
    up: migration_20261202_122250_grade_entry_deadlines.up,
    down: migration_20261202_122250_grade_entry_deadlines.down,
    name: '20261202_122250_grade_entry_deadlines',
  },
  {
    up: migration_20261202_154110_guardian_password_set_at.up,
    down: migration_20261202_154110_guardian_password_set_at.down,
    name: '20261202_154110_guardian_password_set_at',
  },
  {
    up: migration_20261203_002620_upload_storage_fields.up,
    down: migration_20261203_002620_upload_storage_fields.down,
    name: '20261203_002620_upload_storage_fields',
  },
  {
    up: migration_20261203_055926_grade_regular_filled.up,
    down: migration_20261203_055926_grade_regular_filled.down,
    name: '20261203_055926_grade_regular_filled',
  },
  {
    up: migration_20261203_060500_audit_collection_created_index.up,
    down: migration_20261203_060500_audit_collection_created_index.down,
    name: '20261203_060500_audit_collection_created_index',
  },
  {
    up: migration_20261203_091500_grade_term_created_index.up,
    down: migration_20261203_091500_grade_term_created_index.down,
    name: '20261203_091500_grade_term_created_index',
  },
  {
    up: migration_20261203_094000_grade_regular_filled_integer.up,
    down: migration_20261203_094000_grade_regular_filled_integer.down,
    name: '20261203_094000_grade_regular_filled_integer',
  },
  {
    up: migration_20261203_150000_grade_sheet_tallies.up,
    down: migration_20261203_150000_grade_sheet_tallies.down,
    name: '20261203_150000_grade_sheet_tallies',
  },
];
