import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written (issue 14): each sheet's counts (term × class × subject), kept by PostgreSQL as its
 * grades and its class's enrolments change, so the progress report and its class averages read one
 * row a sheet instead of the term's every grade. Triggers, not application hooks, so that every
 * writer keeps them right: the sheet save, single documents, imports, bulk SQL and cascades.
 *
 * A write to grades recounts its sheets from their grades (never adjusted, so they cannot drift),
 * after locking their rows: a second writer of the same sheet waits for the first to commit and then
 * counts from a snapshot that sees it (READ COMMITTED: each statement of a function takes a new one).
 * Rows are locked in key order, so two writers of several sheets do not deadlock each other.
 * A seat taken or given up (enrolments) moves only that student's grades of the class in or out of
 * the seated counts, under the same locks: a year's rollover changes thousands of seats one by one,
 * and recounting a class's every sheet for each would cost it tens of seconds.
 *
 * Cells entered this month (a cell going from empty to a value, as `cellChanges` counts it, of a
 * student holding a seat in the class at the time) are added up per sheet and month as the grades
 * are written: an event count (increments commute, so concurrent writers need no more than the row's
 * lock). Months are Vietnam's (UTC+7, as the report's).
 *
 * `score_tenths` is the SQL twin of the domain's `parseScore` for a stored cell (0–10 with at most
 * one decimal, `.` or `,`) as tenths, NULL otherwise; the report's SQL uses it too. `holds_seat` is
 * the domain's SEAT_HOLDING_STATUSES (src/domain/structure/enrolment.ts) on a latest record.
 * tests/int/grade-sheet-tallies.test.ts compares the rows with counts made from the grades.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
CREATE OR REPLACE FUNCTION score_tenths(cell text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN btrim(cell) ~ '^[0-9]{1,3}([.,][0-9])?$' THEN
    nullif(least(split_part(translate(btrim(cell), ',', '.'), '.', 1)::int * 10
      + coalesce(nullif(split_part(translate(btrim(cell), ',', '.'), '.', 2), '')::int, 0), 101), 101) END
$$;

CREATE OR REPLACE FUNCTION holds_seat(is_latest boolean, status text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(is_latest, false) AND coalesce(status IN ('studying', 'transferred-in'), false)
$$;

CREATE TABLE IF NOT EXISTS grade_sheet_tallies (
  term_id integer NOT NULL,
  class_id integer NOT NULL,
  subject_id integer NOT NULL,
  -- mask of filled regular cells → grades with it, of the students holding a seat in the class
  seated_masks jsonb NOT NULL DEFAULT '{}',
  midterm_entered integer NOT NULL DEFAULT 0,
  final_entered integer NOT NULL DEFAULT 0,
  -- every grade of the sheet whose average is a score: the class average's sum (tenths) and count
  average_sum bigint NOT NULL DEFAULT 0,
  average_count integer NOT NULL DEFAULT 0,
  PRIMARY KEY (term_id, class_id, subject_id)
);

CREATE TABLE IF NOT EXISTS grade_sheet_month_entries (
  term_id integer NOT NULL,
  class_id integer NOT NULL,
  subject_id integer NOT NULL,
  month date NOT NULL,
  entered integer NOT NULL DEFAULT 0,
  PRIMARY KEY (term_id, month, class_id, subject_id)
);

-- Cells holding a value after a write that were empty before it (no grade before: all NULL), by the
-- stored masks of regular cells and the mid-term and end-of-term cells.
CREATE OR REPLACE FUNCTION grade_cells_entered(mask integer, midterm text, final text,
  mask_before integer, midterm_before text, final_before text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT bit_count((coalesce(mask, 0) & ~coalesce(mask_before, 0))::bit(32))::int
    + (coalesce(btrim(midterm) <> '', false) AND NOT coalesce(btrim(midterm_before) <> '', false))::int
    + (coalesce(btrim(final) <> '', false) AND NOT coalesce(btrim(final_before) <> '', false))::int
$$;

-- Adds the cells entered by the rows written (one array element a row) to their sheets' month, for
-- the students holding a seat in the class.
CREATE OR REPLACE FUNCTION grade_sheet_month_entries_add(terms integer[], classes integer[], subjects integer[],
  students integer[], entered integer[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO grade_sheet_month_entries AS m (term_id, class_id, subject_id, month, entered)
  SELECT w.t, w.c, w.s, (date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh'))::date, sum(w.n)
  FROM unnest(terms, classes, subjects, students, entered) AS w(t, c, s, student, n)
  WHERE w.n > 0 AND EXISTS (SELECT 1 FROM enrolments e WHERE e.class_id = w.c AND e.student_id = w.student
    AND holds_seat(e.is_latest, e.status::text))
  GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (term_id, month, class_id, subject_id) DO UPDATE SET entered = m.entered + excluded.entered
$$;

-- The sheets' rows, made if missing, locked in key order.
CREATE OR REPLACE FUNCTION grade_sheet_tallies_lock(terms integer[], classes integer[], subjects integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO grade_sheet_tallies (term_id, class_id, subject_id)
    SELECT DISTINCT k.t, k.c, k.s FROM unnest(terms, classes, subjects) AS k(t, c, s)
    WHERE k.t IS NOT NULL AND k.c IS NOT NULL AND k.s IS NOT NULL ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING;
  PERFORM 1 FROM grade_sheet_tallies g
    WHERE (g.term_id, g.class_id, g.subject_id) IN (SELECT * FROM unnest(terms, classes, subjects))
    ORDER BY g.term_id, g.class_id, g.subject_id FOR UPDATE;
END $$;

CREATE OR REPLACE FUNCTION grade_sheet_tallies_refresh(terms integer[], classes integer[], subjects integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grade_sheet_tallies_lock(terms, classes, subjects);
  UPDATE grade_sheet_tallies t SET seated_masks = x.masks, midterm_entered = x.midterm, final_entered = x.final,
    average_sum = x.average_sum, average_count = x.average_count
  FROM (SELECT DISTINCT * FROM unnest(terms, classes, subjects) AS k(t, c, s)) k
  CROSS JOIN LATERAL (
    SELECT coalesce(jsonb_object_agg(m.mask, m.grades) FILTER (WHERE m.seated), '{}') AS masks,
      coalesce(sum(m.midterm) FILTER (WHERE m.seated), 0) AS midterm,
      coalesce(sum(m.final) FILTER (WHERE m.seated), 0) AS final,
      coalesce(sum(m.average_sum), 0) AS average_sum, coalesce(sum(m.average_count), 0) AS average_count
    FROM (
      SELECT coalesce(g.regular_filled, 0) AS mask,
        EXISTS (SELECT 1 FROM enrolments e WHERE e.class_id = g.class_id AND e.student_id = g.student_id
          AND holds_seat(e.is_latest, e.status::text)) AS seated,
        count(*) AS grades,
        count(*) FILTER (WHERE btrim(g.midterm) <> '') AS midterm,
        count(*) FILTER (WHERE btrim(g.final) <> '') AS final,
        sum(score_tenths(g.average)) AS average_sum, count(score_tenths(g.average)) AS average_count
      FROM grades g WHERE g.term_id = k.t AND g.class_id = k.c AND g.subject_id = k.s
      GROUP BY 1, 2
    ) m
  ) x
  WHERE t.term_id = k.t AND t.class_id = k.c AND t.subject_id = k.s;
END $$;

-- The sheets a statement on grades touched, before and after.
CREATE OR REPLACE FUNCTION grade_sheet_tallies_of_grades() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE terms integer[]; classes integer[]; subjects integer[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(term_id), array_agg(class_id), array_agg(subject_id) INTO terms, classes, subjects
      FROM (SELECT DISTINCT term_id, class_id, subject_id FROM new_grades) k;
    PERFORM grade_sheet_month_entries_add(array_agg(term_id), array_agg(class_id), array_agg(subject_id),
      array_agg(student_id), array_agg(grade_cells_entered(regular_filled, midterm, final, NULL, NULL, NULL)))
      FROM new_grades;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(term_id), array_agg(class_id), array_agg(subject_id) INTO terms, classes, subjects
      FROM (SELECT term_id, class_id, subject_id FROM new_grades UNION SELECT term_id, class_id, subject_id FROM old_grades) k;
    PERFORM grade_sheet_month_entries_add(array_agg(n.term_id), array_agg(n.class_id), array_agg(n.subject_id),
      array_agg(n.student_id),
      array_agg(grade_cells_entered(n.regular_filled, n.midterm, n.final, o.regular_filled, o.midterm, o.final)))
      FROM new_grades n JOIN old_grades o ON o.id = n.id;
  ELSE
    SELECT array_agg(term_id), array_agg(class_id), array_agg(subject_id) INTO terms, classes, subjects
      FROM (SELECT DISTINCT term_id, class_id, subject_id FROM old_grades) k;
  END IF;
  IF terms IS NOT NULL THEN PERFORM grade_sheet_tallies_refresh(terms, classes, subjects); END IF;
  RETURN NULL;
END $$;

-- Students whose seat in a class came (held before: false) or went (true): their grades of the class
-- move in or out of the seated counts of their sheets, as a difference under the sheets' locks.
CREATE OR REPLACE FUNCTION grade_sheet_tallies_seats_changed(classes integer[], students integer[], held_before boolean[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE moved_classes integer[]; moved_students integer[]; moved_by integer[];
  terms integer[]; sheet_classes integer[]; subjects integer[];
BEGIN
  SELECT array_agg(p.c), array_agg(p.s), array_agg(CASE WHEN p.before THEN -1 ELSE 1 END)
    INTO moved_classes, moved_students, moved_by
    FROM (SELECT DISTINCT * FROM unnest(classes, students, held_before) AS p(c, s, before)) p
    WHERE p.before <> EXISTS (SELECT 1 FROM enrolments e WHERE e.class_id = p.c AND e.student_id = p.s
      AND holds_seat(e.is_latest, e.status::text));
  IF moved_classes IS NULL THEN RETURN; END IF;
  SELECT array_agg(term_id), array_agg(class_id), array_agg(subject_id) INTO terms, sheet_classes, subjects
    FROM (SELECT DISTINCT g.term_id, g.class_id, g.subject_id FROM grades g
      JOIN unnest(moved_classes, moved_students) AS m(c, s) ON g.class_id = m.c AND g.student_id = m.s) k;
  IF terms IS NULL THEN RETURN; END IF;
  PERFORM grade_sheet_tallies_lock(terms, sheet_classes, subjects);
  WITH moved AS (
    SELECT g.term_id, g.class_id, g.subject_id, coalesce(g.regular_filled, 0) AS mask, m.delta,
      (btrim(g.midterm) <> '')::int AS midterm, (btrim(g.final) <> '')::int AS final
    FROM grades g JOIN unnest(moved_classes, moved_students, moved_by) AS m(c, s, delta)
      ON g.class_id = m.c AND g.student_id = m.s),
  sheets AS (
    SELECT term_id, class_id, subject_id, sum(delta * coalesce(midterm, 0)) AS midterm, sum(delta * coalesce(final, 0)) AS final
    FROM moved GROUP BY 1, 2, 3)
  UPDATE grade_sheet_tallies t SET
    seated_masks = (SELECT coalesce(jsonb_object_agg(x.mask, x.n), '{}') FROM (
      SELECT e.mask, sum(e.n) AS n FROM (
        SELECT key::int AS mask, value::int AS n FROM jsonb_each_text(t.seated_masks)
        UNION ALL SELECT m.mask, m.delta FROM moved m
          WHERE m.term_id = t.term_id AND m.class_id = t.class_id AND m.subject_id = t.subject_id) e
      GROUP BY e.mask HAVING sum(e.n) <> 0) x),
    midterm_entered = t.midterm_entered + d.midterm, final_entered = t.final_entered + d.final
  FROM sheets d WHERE t.term_id = d.term_id AND t.class_id = d.class_id AND t.subject_id = d.subject_id;
END $$;

-- The students a statement on enrolments touched, each with whether they held a seat in the class
-- before it (the table then: its rows less those written, plus those the statement replaced).
CREATE OR REPLACE FUNCTION grade_sheet_tallies_of_enrolments() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE classes integer[]; students integer[]; held_before boolean[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(p.class_id), array_agg(p.student_id), array_agg(EXISTS (SELECT 1 FROM enrolments e
        WHERE e.class_id = p.class_id AND e.student_id = p.student_id AND holds_seat(e.is_latest, e.status::text)
          AND e.id NOT IN (SELECT id FROM new_enrolments)))
      INTO classes, students, held_before FROM (SELECT DISTINCT class_id, student_id FROM new_enrolments) p;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(p.class_id), array_agg(p.student_id), array_agg(EXISTS (SELECT 1 FROM enrolments e
        WHERE e.class_id = p.class_id AND e.student_id = p.student_id AND holds_seat(e.is_latest, e.status::text)
          AND e.id NOT IN (SELECT id FROM new_enrolments))
      OR EXISTS (SELECT 1 FROM old_enrolments o WHERE o.class_id = p.class_id AND o.student_id = p.student_id
        AND holds_seat(o.is_latest, o.status::text)))
      INTO classes, students, held_before
      FROM (SELECT class_id, student_id FROM new_enrolments UNION SELECT class_id, student_id FROM old_enrolments) p;
  ELSE
    SELECT array_agg(p.class_id), array_agg(p.student_id), array_agg(EXISTS (SELECT 1 FROM enrolments e
        WHERE e.class_id = p.class_id AND e.student_id = p.student_id AND holds_seat(e.is_latest, e.status::text))
      OR EXISTS (SELECT 1 FROM old_enrolments o WHERE o.class_id = p.class_id AND o.student_id = p.student_id
        AND holds_seat(o.is_latest, o.status::text)))
      INTO classes, students, held_before FROM (SELECT DISTINCT class_id, student_id FROM old_enrolments) p;
  END IF;
  IF classes IS NOT NULL THEN PERFORM grade_sheet_tallies_seats_changed(classes, students, held_before); END IF;
  RETURN NULL;
END $$;

-- TRUNCATE has no rows to name: every sheet is recounted.
CREATE OR REPLACE FUNCTION grade_sheet_tallies_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM grade_sheet_tallies;
  PERFORM grade_sheet_tallies_refresh(array_agg(term_id), array_agg(class_id), array_agg(subject_id))
    FROM (SELECT DISTINCT term_id, class_id, subject_id FROM grades) k;
  RETURN NULL;
END $$;

CREATE TRIGGER grade_sheet_tallies_insert AFTER INSERT ON grades REFERENCING NEW TABLE AS new_grades
  FOR EACH STATEMENT EXECUTE FUNCTION grade_sheet_tallies_of_grades();
CREATE TRIGGER grade_sheet_tallies_update AFTER UPDATE ON grades REFERENCING OLD TABLE AS old_grades NEW TABLE AS new_grades
  FOR EACH STATEMENT EXECUTE FUNCTION grade_sheet_tallies_of_grades();
CREATE TRIGGER grade_sheet_tallies_delete AFTER DELETE ON grades REFERENCING OLD TABLE AS old_grades
  FOR EACH STATEMENT EXECUTE FUNCTION grade_sheet_tallies_of_grades();
CREATE TRIGGER grade_sheet_tallies_truncate AFTER TRUNCATE ON grades
  FOR EACH STATEMENT EXECUTE FUNCTION grade_sheet_tallies_recount();
CREATE TRIGGER grade_sheet_tallies_insert AFTER INSERT ON enrolments REFERENCING NEW TABLE AS new_enrolments
  FOR EACH STATEMENT EXECUTE FUNCTION grade_sheet_tallies_of_enrolments();
CREATE TRIGGER grade_sheet_tallies_update AFTER UPDATE ON enrolments
  REFERENCING OLD TABLE AS old_enrolments NEW TABLE AS new_enrolments
  FOR EACH STATEMENT EXECUTE FUNCTION grade_sheet_tallies_of_enrolments();
CREATE TRIGGER grade_sheet_tallies_delete AFTER DELETE ON enrolments REFERENCING OLD TABLE AS old_enrolments
  FOR EACH STATEMENT EXECUTE FUNCTION grade_sheet_tallies_of_enrolments();
CREATE TRIGGER grade_sheet_tallies_truncate AFTER TRUNCATE ON enrolments
  FOR EACH STATEMENT EXECUTE FUNCTION grade_sheet_tallies_recount();

SELECT grade_sheet_tallies_refresh(array_agg(term_id), array_agg(class_id), array_agg(subject_id))
  FROM (SELECT DISTINCT term_id, class_id, subject_id FROM grades) k;
`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
DROP TRIGGER IF EXISTS grade_sheet_tallies_insert ON grades;
DROP TRIGGER IF EXISTS grade_sheet_tallies_update ON grades;
DROP TRIGGER IF EXISTS grade_sheet_tallies_delete ON grades;
DROP TRIGGER IF EXISTS grade_sheet_tallies_truncate ON grades;
DROP TRIGGER IF EXISTS grade_sheet_tallies_insert ON enrolments;
DROP TRIGGER IF EXISTS grade_sheet_tallies_update ON enrolments;
DROP TRIGGER IF EXISTS grade_sheet_tallies_delete ON enrolments;
DROP TRIGGER IF EXISTS grade_sheet_tallies_truncate ON enrolments;
DROP FUNCTION IF EXISTS grade_sheet_tallies_recount();
DROP FUNCTION IF EXISTS grade_sheet_tallies_of_enrolments();
DROP FUNCTION IF EXISTS grade_sheet_tallies_seats_changed(integer[], integer[], boolean[]);
DROP FUNCTION IF EXISTS grade_sheet_tallies_of_grades();
DROP FUNCTION IF EXISTS grade_sheet_tallies_refresh(integer[], integer[], integer[]);
DROP FUNCTION IF EXISTS grade_sheet_tallies_lock(integer[], integer[], integer[]);
DROP FUNCTION IF EXISTS grade_sheet_month_entries_add(integer[], integer[], integer[], integer[], integer[]);
DROP FUNCTION IF EXISTS grade_cells_entered(integer, text, text, integer, text, text);
DROP TABLE IF EXISTS grade_sheet_month_entries;
DROP TABLE IF EXISTS grade_sheet_tallies;
DROP FUNCTION IF EXISTS holds_seat(boolean, text);
DROP FUNCTION IF EXISTS score_tenths(text);
`)
}
