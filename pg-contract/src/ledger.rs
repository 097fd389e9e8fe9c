//! The event ledger, `_events`: every event received, once, with its status. Its statements
//! are written here once; the write paths (group function, one statement, one by one) differ
//! only in where the rows come from and what they answer.

use crate::quote::quote_literal;
use crate::runtime::{qualified, EVENTS, UNAPPLIED};

/// An event's status. `pending`: stored, acknowledged, not applied yet (the applier's queue);
/// `applied`; `failed`: a dead letter, replayable; `processing` exists only inside the
/// per-event path's transaction.
pub const PENDING: &str = "pending";
pub const APPLIED: &str = "applied";
pub const FAILED: &str = "failed";

/// The columns every ledger insert fills, in this order (`created` as `timestamptz`).
pub const COLUMNS: &str = "id, type, api_version, account, created, status, object_type, object_id, payload";

/// `_events`, qualified.
pub fn table(schema: &str) -> String {
    qualified(schema, EVENTS)
}

/// `_events_unapplied`, qualified: the ids of the events whose status is not `applied`. Every
/// statement here that leaves an event pending or failed adds its id, and every one that
/// marks it applied removes it, in the same statement ([`crate::runtime::RUNTIME_REVISION`]
/// says why it is not an index on `status`).
pub fn unapplied_table(schema: &str) -> String {
    qualified(schema, UNAPPLIED)
}

/// What a repeated event id does to its existing row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnRepeat {
    /// Count the attempt only if the event was applied: a row in any other state is left
    /// alone, so the statement answers nothing for it and the caller takes the per-event path.
    CountIfApplied,
    /// Count the attempt whatever its status (the per-event path, which then applies it).
    Count,
    /// Count the attempt, and queue a failed event again (`pending`): a redelivery is
    /// another chance to apply it.
    Requeue,
    /// Leave the row as it is (the applier's per-event path: the delivery was counted when
    /// it was received).
    Keep,
}

/// `INSERT INTO _events AS led (COLUMNS) <rows> ON CONFLICT … RETURNING <returning>`; `rows`
/// is a `VALUES` or `SELECT` yielding [`COLUMNS`]; `returning` may use `led` and `xmax`.
pub fn insert_sql(schema: &str, rows: &str, on_repeat: OnRepeat, returning: &str) -> String {
    let update = match on_repeat {
        OnRepeat::CountIfApplied => "attempts = led.attempts + 1 WHERE led.status = 'applied'",
        OnRepeat::Count => "attempts = led.attempts + 1",
        OnRepeat::Requeue => {
            "attempts = led.attempts + 1, status = CASE WHEN led.status = 'failed' THEN 'pending' ELSE led.status END"
        }
        OnRepeat::Keep => "attempts = led.attempts",
    };
    format!(
        "INSERT INTO {} AS led ({COLUMNS}) {rows} ON CONFLICT (id) DO UPDATE SET {update} RETURNING {returning}",
        table(schema)
    )
}

/// Records a group of deliveries as `pending` in one statement, from arrays: `$1` id, `$2`
/// type, `$3` api_version, `$4` account, `$5` created (unix seconds), `$6` object type, `$7`
/// object id, `$8` payload (distinct ids). Answers each row's id and whether the applier must
/// take it (`queued`): a new event, or a redelivery of a failed one.
pub fn receive_sql(schema: &str) -> String {
    let rows = "SELECT e.id, e.type, e.api_version, e.account, to_timestamp(e.created), 'pending', e.object_type, e.object_id, e.payload \
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::jsonb[]) \
         AS e(id, type, api_version, account, created, object_type, object_id, payload)";
    // A subquery in RETURNING reads the rows as they were before the statement; it finds none
    // when another receiver inserted the row meanwhile (this statement then waited for it and
    // updated it): that receiver queued it.
    let queued = format!(
        "led.id, CASE WHEN led.xmax = 0 THEN true \
         ELSE coalesce((SELECT o.status FROM {} AS o WHERE o.id = led.id) = 'failed', false) END AS queued",
        table(schema)
    );
    // A new or requeued row is pending, a failed one stays failed: unapplied; a repeat of an
    // applied one stays applied.
    let insert = insert_sql(schema, rows, OnRepeat::Requeue, &format!("{queued}, led.status"));
    format!(
        "WITH led AS ({insert}), \
              unapplied AS (INSERT INTO {} (id) SELECT id FROM led WHERE status <> 'applied' ON CONFLICT DO NOTHING) \
         SELECT id, queued FROM led",
        unapplied_table(schema)
    )
}

/// Marks the pending events `ids` (an SQL `text[]`) applied, answering `returning` (over
/// `led.id`) for each row it marked: the applier's exactly-once guard (a row another applier took
/// is no longer pending once that one commits, and this statement waits for it).
pub fn mark_applied_sql(schema: &str, ids: &str, returning: &str) -> String {
    format!(
        "WITH led AS (UPDATE {} AS led SET status = 'applied', last_error = NULL FROM unnest({ids}) AS x(id) \
                      WHERE led.id = x.id AND led.status = 'pending' RETURNING led.id), \
              applied AS (DELETE FROM {} AS u USING led WHERE u.id = led.id) \
         SELECT {returning} FROM led",
        table(schema),
        unapplied_table(schema)
    )
}

/// The positions of pending events, oldest received first, after position (`$1` received_at
/// as unix seconds, `$2` id), at most `$3`: answers (received_at as unix seconds, id). The
/// applier reads its queue with it after a restart or an error, a long page at a time: each
/// page sorts the pending set once, so short pages would sort a large backlog again and again.
pub fn pending_page_sql(schema: &str) -> String {
    format!(
        "SELECT extract(epoch FROM led.received_at)::float8, led.id FROM {} \
         WHERE (extract(epoch FROM led.received_at)::float8, led.id) > ($1, $2) \
         ORDER BY 1, 2 LIMIT $3",
        unapplied_source(schema, PENDING)
    )
}

/// The payloads of the events `$1` (a `text[]`) that are still pending: answers (id, payload
/// as JSON text, which the applier parses once and keeps as the event's body).
pub fn pending_payloads_sql(schema: &str) -> String {
    format!("SELECT id, payload::text FROM {} WHERE id = ANY($1) AND status = 'pending'", table(schema))
}

/// The payloads of events `ids` (an SQL `text[]`), in that order (NULL where none).
pub fn payloads_sql(schema: &str, ids: &str) -> String {
    format!(
        "SELECT array_agg(l.payload ORDER BY x.n) FROM unnest({ids}) WITH ORDINALITY AS x(id, n) LEFT JOIN {} AS l ON l.id = x.id",
        table(schema)
    )
}

/// The payload a pruned event keeps: enough to say what it was (`"pruned": true`).
pub const PRUNED_MARK: &str = "pruned";

/// Prunes one batch of applied events created before `$1` (unix seconds), after position
/// (`$2` created as text, `$3` id; `-infinity` and `''` to start), at most `$4` of them: each
/// payload becomes a stub of its id and type. Pending and failed events are never touched; the rows stay, so a redelivery is still
/// a duplicate. Answers (rows pruned, the batch's last created, its last id); an already
/// pruned row is skipped without reading its payload (`pg_column_size` reads the TOAST
/// pointer only).
pub fn prune_batch_sql(schema: &str) -> String {
    let table = table(schema);
    format!(
        "WITH batch AS (SELECT id, created FROM {table} WHERE created < to_timestamp($1::bigint) \
                          AND (created, id) > ($2::timestamptz, $3::text) \
                          AND status = 'applied' ORDER BY created, id LIMIT $4::bigint), \
              stubbed AS (UPDATE {table} AS led SET payload = jsonb_build_object('id', led.id, 'object', 'event', \
                          'type', led.type, '{PRUNED_MARK}', true) FROM batch \
                          WHERE led.id = batch.id AND pg_column_size(led.payload) > 160 RETURNING 1) \
         SELECT (SELECT count(*) FROM stubbed), (SELECT created::text FROM batch ORDER BY created DESC, id DESC LIMIT 1), \
                (SELECT id FROM batch ORDER BY created DESC, id DESC LIMIT 1)"
    )
}

/// Sets event `$1`'s status to `status` and its error to `$2` (NULL once applied), and
/// whether it is unapplied to match.
pub fn set_status_sql(schema: &str, status: &str) -> String {
    status_update(schema, status, ", last_error = $2")
}

/// Queues event `$1` to be applied again (`pending`), as `stripe-sync replay` does first.
pub fn requeue_sql(schema: &str) -> String {
    status_update(schema, PENDING, "")
}

/// `UPDATE … SET status = <status><more> WHERE id = $1`, keeping `_events_unapplied` in step.
fn status_update(schema: &str, status: &str, more: &str) -> String {
    let unapplied = unapplied_table(schema);
    let track = if status == APPLIED {
        format!("DELETE FROM {unapplied} AS u USING led WHERE u.id = led.id")
    } else {
        format!("INSERT INTO {unapplied} (id) SELECT id FROM led ON CONFLICT DO NOTHING")
    };
    format!(
        "WITH led AS (UPDATE {} SET status = {}{more} WHERE id = $1 RETURNING id) {track}",
        table(schema),
        quote_literal(status)
    )
}

/// The unapplied events whose status is `status` (pending: the applier's queue; failed: the
/// dead letters) as `led`, for a `FROM`: found through `_events_unapplied`, not by reading
/// the whole ledger.
pub fn unapplied_source(schema: &str, status: &str) -> String {
    format!(
        "{} AS u JOIN {} AS led ON led.id = u.id AND led.status = {}",
        unapplied_table(schema),
        table(schema),
        quote_literal(status)
    )
}
