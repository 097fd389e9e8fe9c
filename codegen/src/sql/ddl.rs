//! Tables → `CREATE TABLE` text. Every statement is unqualified: the migration runner sets
//! `search_path` to the target schema, so one file serves any schema name.

use stripe_pg_contract::columns::{system_columns_ddl, SYSTEM_COLUMNS};
use stripe_pg_contract::runtime::runtime_tables_ddl;

use super::model::{Column, SqlType, Table};
use super::naming::{ident, literal, MAX_IDENT};

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
/// `_raw` ([`SqlType::derive`]) in the same statement. (Stored generated columns cost
/// every write statement more than the rest of it; migrations fill new columns with an
/// `UPDATE` from `_raw` instead, so nothing is lost either way.)
pub fn column_def(c: &Column) -> String {
    format!("{} {}", ident(&c.name), c.ty.sql())
}

/// The SQL expression deriving the column from `_raw`.
pub fn column_expr(c: &Column) -> String {
    c.ty.derive(&c.field)
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
    let mut out =
        format!("-- {} (`{}`)\nCREATE TABLE {} (\n{}", t.name, t.object, ident(&t.name), system_columns_ddl());
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
    for c in SYSTEM_COLUMNS {
        out.push_str(&comment_on_column(&t.name, c.name, c.comment));
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
    let mut out = runtime_tables_ddl();
    for t in tables {
        out.push('\n');
        out.push_str(&create_table(t));
    }
    out.push('\n');
    out.push_str(&lz4_ddl());
    out.push_str(READER_ROLE_DDL);
    out
}
