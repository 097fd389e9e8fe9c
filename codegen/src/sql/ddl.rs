//! Tables → `CREATE TABLE` text. Every statement is unqualified: the migration runner sets
//! `search_path` to the target schema, so one file serves any schema name.

use super::model::{Column, SqlType, Table};
use super::naming::{ident, literal, MAX_IDENT};

/// The stored state and its ordering key, as every table of objects has them (a macro so
/// that `concat!` can build both tables' DDL from the one text).
macro_rules! state_columns_ddl {
    () => {
        "    _raw jsonb NOT NULL,
    _account text,
    _api_version text,
    _deleted boolean NOT NULL DEFAULT false,
    _synced_at timestamptz NOT NULL DEFAULT now(),
    _state_ts bigint NOT NULL DEFAULT 0,
    _state_seq integer NOT NULL DEFAULT 0,
    _event_id text"
    };
}

/// Columns every resource table has, maintained by the runtime (never derived from `_raw`).
pub const SYSTEM_COLUMNS_DDL: &str = concat!("    id text PRIMARY KEY,\n", state_columns_ddl!());

const SYSTEM_COMMENTS: &[(&str, &str)] = &[
    ("id", "Stripe id of the object."),
    ("_raw", "The whole object as Stripe sent it: the source of truth every typed column is derived from (stripe-sync writes both in one statement)."),
    ("_account", "Connect account the object belongs to (NULL: the platform account)."),
    ("_api_version", "Stripe API version of the payload in _raw."),
    ("_deleted", "True once Stripe deleted the object; the last known data is kept."),
    ("_synced_at", "When stripe-sync last wrote this row."),
    ("_state_ts", "Ordering key, part 1: unix time at which Stripe produced the state in _raw (event created, or fetch time). Older states never overwrite newer ones."),
    ("_state_seq", "Ordering key, part 2: order of states produced within the same second."),
    ("_event_id", "The event that last wrote this row (NULL when written from the API)."),
];

/// Tables the runtime needs besides one per resource.
pub const RUNTIME_TABLES_DDL: &str = concat!(
    "\
-- Every webhook or /v1/events event stripe-sync received: the ledger that makes delivery
-- idempotent, and the dead-letter queue for events that failed to apply.
CREATE TABLE _events (
    id text PRIMARY KEY,
    type text NOT NULL,
    api_version text,
    account text,
    created timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    status text NOT NULL,
    attempts integer NOT NULL DEFAULT 1,
    last_error text,
    object_type text,
    object_id text,
    payload jsonb NOT NULL
);
CREATE INDEX _events_status_idx ON _events (status) WHERE status <> 'applied';
CREATE INDEX _events_created_idx ON _events (created);
CREATE INDEX _events_object_idx ON _events (object_id);

-- Objects with no table of their own (an object type this schema version lacks, or one
-- without an id such as balance): kept whole, never dropped.
CREATE TABLE _objects (
    object text NOT NULL,
    id text NOT NULL,
",
    state_columns_ddl!(),
    ",
    PRIMARY KEY (object, id)
);

-- Cursors of resumable work (backfill pages, events catch-up), by key.
CREATE TABLE _sync_state (
    key text PRIMARY KEY,
    value jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
"
);

/// A `DO` block that runs, on every table of the current schema, one `ALTER TABLE` with an
/// `ALTER COLUMN <column> <alter>` for each of its columns that `filter` selects (over
/// `pg_attribute a`, `pg_class c` and whatever `joins` adds). Catalog-driven, so it acts on
/// what the database has, whatever the chain did before.
pub fn alter_columns_everywhere(tag: &str, alter: &str, joins: &str, filter: &str) -> String {
    format!(
        "DO ${tag}$
DECLARE
    t record;
BEGIN
    FOR t IN
        SELECT c.relname, string_agg(format('ALTER COLUMN %I {alter}', a.attname), ', ' ORDER BY a.attnum) AS alters
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid{joins}
        WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
          AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND {filter}
        GROUP BY c.relname ORDER BY c.relname
    LOOP
        EXECUTE format('ALTER TABLE %I ', t.relname) || t.alters;
    END LOOP;
END
${tag}$;
"
    )
}

/// Compresses every JSON column of the schema with lz4 where the server has it (Postgres 14+
/// built with lz4, as the common packages are). pglz, the default, spent a sixth of a
/// backfill's CPU. Catalog only: values already stored keep their compression. Run after
/// every migration so new tables and columns get it too.
pub fn lz4_ddl() -> String {
    alter_columns_everywhere(
        "lz4",
        "SET COMPRESSION lz4",
        "",
        "a.atttypid = 'jsonb'::regtype AND a.attcompression <> 'l'\n          \
         AND 'lz4' = ANY ((SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression')::text[])",
    )
}

/// Grants the read-only role SELECT on everything in the schema. The role's name comes from
/// the `stripe_schema.reader_role` setting (the runner sets it; default `stripe_reader`).
pub const READER_ROLE_DDL: &str = "\
DO $grant$
DECLARE
    reader text := coalesce(nullif(current_setting('stripe_schema.reader_role', true), ''), 'stripe_reader');
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = reader) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', reader);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), reader);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), reader);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT ON TABLES TO %I', current_schema(), reader);
END
$grant$;
";

/// `<name> <type>`: a plain column, written by stripe-sync with its value derived from
/// `_raw` ([`SqlType::derive_expr`]) in the same statement. (Stored generated columns cost
/// every write statement more than the rest of it; migrations fill new columns with an
/// `UPDATE` from `_raw` instead, so nothing is lost either way.)
pub fn column_def(c: &Column) -> String {
    format!("{} {}", ident(&c.name), c.ty.sql())
}

/// The SQL expression deriving the column from `_raw`.
pub fn column_expr(c: &Column) -> String {
    c.ty.derive_expr(&literal(&c.field))
}

/// `UPDATE <table> SET c = <expr>, …;`: derives columns of existing rows from `_raw`.
pub fn fill_columns(table: &str, columns: &[&Column]) -> String {
    let sets: Vec<String> = columns.iter().map(|c| format!("{} = {}", ident(&c.name), column_expr(c))).collect();
    format!("UPDATE {} SET {};\n", ident(table), sets.join(", "))
}

pub fn index_name(table: &str, column: &str) -> String {
    let name = format!("{table}_{column}_idx");
    if name.len() <= MAX_IDENT {
        return name;
    }
    format!("{}_{:08x}_idx", &name[..MAX_IDENT - 13], crate::fnv1a(name.as_bytes()) as u32)
}

pub fn create_index(table: &str, c: &Column) -> String {
    format!("CREATE INDEX {} ON {} ({});\n", ident(&index_name(table, &c.name)), ident(table), ident(&c.name))
}

pub fn comment_on_column(table: &str, column: &str, text: &str) -> String {
    format!("COMMENT ON COLUMN {}.{} IS {};\n", ident(table), ident(column), literal(text))
}

pub fn comment_on_table(table: &str, text: &str) -> String {
    format!("COMMENT ON TABLE {} IS {};\n", ident(table), literal(text))
}

/// One resource table: system columns, typed columns, indexes, comments.
pub fn create_table(t: &Table) -> String {
    let mut out = format!("-- {} (`{}`)\nCREATE TABLE {} (\n{SYSTEM_COLUMNS_DDL}", t.name, t.object, ident(&t.name));
    for c in &t.columns {
        out.push_str(",\n    ");
        out.push_str(&column_def(c));
    }
    out.push_str("\n);\n");
    out.push_str(&format!(
        "CREATE INDEX {} ON {} (_account);\n",
        ident(&index_name(&t.name, "_account")),
        ident(&t.name)
    ));
    for c in t.columns.iter().filter(|c| c.indexed) {
        out.push_str(&create_index(&t.name, c));
    }
    let table_comment = match &t.comment {
        Some(c) => format!("Stripe `{}` objects. {}", t.object, c),
        None => format!("Stripe `{}` objects.", t.object),
    };
    out.push_str(&comment_on_table(&t.name, &table_comment));
    for (col, text) in SYSTEM_COMMENTS {
        out.push_str(&comment_on_column(&t.name, col, text));
    }
    for c in &t.columns {
        out.push_str(&comment_on_column(&t.name, &c.name, &column_comment(c)));
    }
    out
}

/// The spec's description, with the JSON field it comes from.
pub fn column_comment(c: &Column) -> String {
    let origin = match c.ty {
        SqlType::Reference => format!("From `{}` (the id, also when expanded).", c.field),
        _ => format!("From `{}`.", c.field),
    };
    match &c.comment {
        Some(d) => format!("{d}\n{origin}"),
        None => origin,
    }
}

/// The whole schema of one version, as a fresh install creates it.
pub fn full_schema(tables: &[Table]) -> String {
    let mut out = String::from(RUNTIME_TABLES_DDL);
    for t in tables {
        out.push('\n');
        out.push_str(&create_table(t));
    }
    out.push('\n');
    out.push_str(&lz4_ddl());
    out.push_str(READER_ROLE_DDL);
    out
}
