//! The group write as one call: a PL/pgSQL function, built from the generated column
//! metadata and created per connection in `pg_temp`, that records a group's events in the
//! ledger and runs each planned upsert step.
//!
//! Why a function: a group of webhooks spreads over many tables, so a client-driven group
//! write is one round trip per table and round, each with its protocol and scheduling cost.
//! Here the whole group is one statement (one round trip, atomic on its own), the payloads
//! are parsed once (objects are taken from them with `#>`), and Postgres caches each step's
//! plan for the connection's life. The steps are the same ordered upserts as everywhere
//! else ([`crate::write::store::OrderedUpsert`]); the plan (which rows, in which rounds) is made by
//! [`crate::write::batch`].
//!
//! A temporary function lives with its connection, so it can never go stale across a
//! migration run by another binary, needs no CREATE privilege on the schema, and leaves
//! nothing behind.

use std::fmt::Write as _;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use crate::db::quote_literal;
use crate::write::store::{OrderedUpsert, Target, UpsertKind};

/// The tables a group step can write, in code order: every generated table, then `_objects`.
pub fn step_targets() -> &'static [Target] {
    static TARGETS: OnceLock<Vec<Target>> = OnceLock::new();
    TARGETS.get_or_init(|| {
        let mut tables: Vec<&'static str> = stripe_model::RESOURCES.iter().filter_map(|r| r.table).collect();
        tables.sort_unstable();
        tables.dedup();
        let mut targets: Vec<Target> = tables.into_iter().map(Target::Table).collect();
        targets.push(Target::Generic { object: String::new() });
        targets
    })
}

/// Which statement a step runs: a target of [`step_targets`] and an upsert kind, as one
/// number the function dispatches on (its position times two, plus one for `Delete`). The
/// only place that encodes or decodes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepCode(i32);

impl StepCode {
    pub fn of(target: &Target, kind: UpsertKind) -> Option<StepCode> {
        let targets = step_targets();
        let position = match target {
            Target::Table(t) => targets.iter().position(|x| x == &Target::Table(t))?,
            Target::Generic { .. } => targets.len() - 1,
        };
        Some(StepCode(position as i32 * 2 + i32::from(kind == UpsertKind::Delete)))
    }

    /// How many codes there are: every target, both kinds.
    pub fn count() -> i32 {
        step_targets().len() as i32 * 2
    }

    pub fn target(self) -> &'static Target {
        &step_targets()[(self.0 / 2) as usize]
    }

    pub fn kind(self) -> UpsertKind {
        if self.0 % 2 == 1 {
            UpsertKind::Delete
        } else {
            UpsertKind::Replace
        }
    }

    /// The number the function receives.
    pub fn get(self) -> i32 {
        self.0
    }
}

/// The function for one schema: its name (which carries a digest of its text) and the
/// `CREATE FUNCTION` statement.
#[derive(Debug, Clone)]
pub struct GroupFunction {
    pub name: String,
    pub create: String,
    /// `SELECT … FROM pg_temp.<name>($1 …)`.
    pub call: String,
}

/// The function's parameters, in order; [`crate::write::batch`] binds them in this order.
const PARAMS: &str = "e_id text[], e_type text[], e_api_version text[], e_account text[], e_created bigint[], \
     e_object_type text[], e_object_id text[], e_payload jsonb[], e_prev_target text[], \
     r_event int[], r_list text[], r_item int[], r_kind text[], r_key text[], r_deleted boolean[], r_seq int[], \
     s_code int[], s_lo int[], s_hi int[], f_event int[], f_list int[]";

pub fn build(schema: &str) -> GroupFunction {
    let ledger = stripe_pg_contract::ledger::insert_sql(
        schema,
        "SELECT e.id, e.type, e.api_version, e.account, to_timestamp(e.created), 'applied', e.object_type, e.object_id, e.payload \
         FROM unnest(e_id, e_type, e_api_version, e_account, e_created, e_object_type, e_object_id, e_payload) \
           AS e(id, type, api_version, account, created, object_type, object_id, payload)",
        stripe_pg_contract::ledger::OnRepeat::CountIfApplied,
        "0, CASE WHEN led.xmax = 0 THEN 'fresh' ELSE 'duplicate' END, led.id",
    );
    // Events already stored as pending (the applier's groups, `e_payload` NULL): their
    // payloads are read from the ledger (parsed when they were received, never again) and
    // they are marked applied. That commit need not wait for the disk: the events are durable
    // as pending, and a commit lost to a crash leaves them pending, to be applied again.
    let load = stripe_pg_contract::ledger::payloads_sql(schema, "e_id");
    let mark = stripe_pg_contract::ledger::mark_applied_sql(schema, "e_id", "0, 'fresh'::text, led.id");
    let mut body = String::new();
    // Answer rows of step 0: (0, 'fresh' | 'duplicate', event id); an event in the ledger
    // but not applied (failed before; or, for stored events, taken by another applier) has
    // none. The steps then write every event's rows: the ordering rule makes a repeated state
    // a no-op, so duplicates need no filter. previous_attributes are gathered only when some
    // event has them (NULL array if none).
    write!(
        body,
        "IF e_payload IS NULL THEN\n\
           PERFORM set_config('synchronous_commit', 'off', true);\n\
           {load} INTO e_payload;\n\
           RETURN QUERY {mark};\n\
         ELSE\n\
           RETURN QUERY {ledger};\n\
         END IF;\n\
         IF e_prev_target IS NOT NULL THEN\n\
           SELECT jsonb_object_agg(e.id || '/' || e.target, e.payload #> '{{data,previous_attributes}}') INTO v_prev \
             FROM unnest(e_id, e_prev_target, e_payload) AS e(id, target, payload) WHERE e.target IS NOT NULL;\n\
         END IF;\n\
         FOR v_i IN 1 .. coalesce(cardinality(s_code), 0) LOOP\n\
           v_code := s_code[v_i]; v_lo := s_lo[v_i]; v_hi := s_hi[v_i];\n"
    )
    .unwrap();
    dispatch(&mut body, schema, 0, StepCode::count());
    body.push_str("END LOOP;\n");
    // Then the parents' followed lists (`f_list`, an index of the followed list, for the
    // object of event `f_event`) prune their items, from each parent's stored state.
    for f in crate::write::follow::followed_lists() {
        let ids =
            format!("SELECT e_object_id[x.ev] FROM unnest(f_event, f_list) AS x(ev, list) WHERE x.list = {}", f.index);
        let source = crate::write::follow::stored_parents(schema, &f, &ids);
        writeln!(
            body,
            "IF {} = ANY (f_list) THEN\n{};\nEND IF;",
            f.index,
            crate::write::follow::prune_sql(schema, &f, &source)
        )
        .unwrap();
    }
    let text = format!(
        "RETURNS TABLE (o_step int, o_kind text, o_id text) LANGUAGE plpgsql AS $stripe_sync$\n\
         #variable_conflict use_column\n\
         DECLARE v_prev jsonb; v_i int; v_code int; v_lo int; v_hi int;\n\
         BEGIN\n{body}END\n$stripe_sync$"
    );
    let digest = hex::encode(Sha256::digest(format!("{PARAMS}\n{text}").as_bytes()));
    let name = format!("stripe_sync_group_{}", &digest[..16]);
    let create = format!("CREATE OR REPLACE FUNCTION pg_temp.{name}({PARAMS}) {text}");
    let args: Vec<String> = (1..=PARAMS.split(", ").count()).map(|i| format!("${i}")).collect();
    let call = format!("SELECT o_step, o_kind, o_id FROM pg_temp.{name}({})", args.join(", "));
    GroupFunction { name, create, call }
}

/// A binary tree of `IF`s over the step codes `lo..hi`: a step finds its statement in
/// ~8 comparisons, where a `CASE` over every table would test them one by one.
fn dispatch(out: &mut String, schema: &str, lo: i32, hi: i32) {
    if hi - lo == 1 {
        out.push_str(&step_statement(schema, StepCode(lo)));
        return;
    }
    let mid = lo + (hi - lo) / 2;
    writeln!(out, "IF v_code < {mid} THEN").unwrap();
    dispatch(out, schema, lo, mid);
    out.push_str("ELSE\n");
    dispatch(out, schema, mid, hi);
    out.push_str("END IF;\n");
}

/// One step: the rows `v_lo..=v_hi`, upserted into one table under the
/// ordering rule; answers the keys it wrote. One plain statement (no CTE) keeps the
/// executor's per-statement set-up small, which is most of a step's cost.
fn step_statement(schema: &str, code: StepCode) -> String {
    let target = code.target();
    let generic = matches!(target, Target::Generic { .. });
    let kind = if generic { "r_kind[g.k], " } else { "" };
    // A row is its event's object, or item `r_item` of the object's embedded list `r_list`:
    // two plain lookups, where a path would be parsed as a `text[]` literal per row.
    // `OFFSET 0` keeps the subquery whole: pulled up, its expression would replace `_raw` in
    // every typed column's expression, so each row's object would be taken out of its payload
    // (a copy) once per column, and every step would compile that expression as many times.
    let object = "e_payload[r_event[g.k]] -> 'data' -> 'object'";
    let source = format!(
        "SELECT {kind}r_key[g.k], CASE WHEN r_list[g.k] IS NULL THEN {object} \
           ELSE {object} -> r_list[g.k] -> 'data' -> r_item[g.k] END, e_account[r_event[g.k]], \
           e_api_version[r_event[g.k]], r_deleted[g.k], e_created[r_event[g.k]], r_seq[g.k], e_id[r_event[g.k]] \
         FROM generate_series(v_lo, v_hi) AS g(k) OFFSET 0"
    );
    // previous_attributes belong to an event's own object: keyed by event and its table.
    let previous = format!("(v_prev -> (excluded._event_id || '/' || {}))", quote_literal(target.name()));
    let returning = if generic { "v_i, cur.object, cur.id" } else { "v_i, NULL::text, cur.id" };
    let table = target.qualified(schema);
    let upsert = OrderedUpsert {
        previous: &previous,
        returning: Some(returning),
        ..target.upsert(&table, &source, code.kind())
    }
    .sql();
    format!("RETURN QUERY {upsert};\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_code_reaches_its_own_statement() {
        let targets = step_targets();
        let f = build("stripe");
        // Each table's two statements appear once, and the codes are dense.
        for (i, target) in targets.iter().enumerate() {
            let table = target.qualified("stripe");
            let inserts = f.create.matches(&format!("INSERT INTO {table} AS cur ")).count();
            assert_eq!(inserts, 2, "{table}");
            for kind in [UpsertKind::Replace, UpsertKind::Delete] {
                let code = StepCode::of(target, kind).unwrap();
                assert_eq!((code.target(), code.kind()), (target, kind), "decoding gives back what was encoded");
                assert_eq!(code.get(), i as i32 * 2 + i32::from(kind == UpsertKind::Delete), "codes are dense");
            }
        }
        assert!(f.name.len() <= 63);
        assert_eq!(f.call.matches('$').count(), PARAMS.split(", ").count());
    }

    #[test]
    fn the_function_is_named_after_its_text() {
        assert_eq!(build("stripe").name, build("stripe").name);
        assert_ne!(build("stripe").name, build("other").name);
    }
}
