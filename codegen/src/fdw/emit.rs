//! FDW SQL text from the interface table and the IR.

use stripe_openapi::ir::{Api, Resource};

use super::interface::{FdwObject, FdwType, OBJECTS};
use crate::sql::model::{sql_type, SqlType, Table};
use crate::sql::naming::{ident, literal};

pub const DEFAULT_SCHEMA: &str = "stripe_live";
pub const SERVER: &str = "stripe_server";

/// How the server gets its API key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySource {
    /// Supabase Vault: `api_key_id` (or `api_key_name`).
    Vault,
    /// Plain `api_key`: readable by anyone who can read pg_foreign_server.
    Plain,
}

/// Extension and wrapper, whatever the `search_path`: the wrappers extension is used where it
/// is installed (any schema), else created in `extensions` (Supabase's place for it); the
/// handler and validator are named with that schema, found in the catalog at run time.
pub fn wrapper_sql() -> String {
    "-- The wrappers extension is used where it is installed, in whatever schema; otherwise it is\n\
     -- created in schema `extensions`. Its handler and validator are named with that schema, so\n\
     -- this runs whatever the search_path (plain Postgres does not have `extensions` on it).\n\
     do $stripe_fdw$\n\
     declare\n\
     \x20 ext_schema text;\n\
     begin\n\
     \x20 select n.nspname into ext_schema\n\
     \x20   from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'wrappers';\n\
     \x20 if ext_schema is null then\n\
     \x20   -- A handler installed without the extension (by hand, in any schema).\n\
     \x20   select n.nspname into ext_schema from pg_proc p join pg_namespace n on n.oid = p.pronamespace\n\
     \x20     where p.proname = 'stripe_fdw_handler' and p.prorettype = 'fdw_handler'::regtype order by n.nspname limit 1;\n\
     \x20 end if;\n\
     \x20 if ext_schema is null then\n\
     \x20   begin\n\
     \x20     create schema if not exists extensions;\n\
     \x20     create extension wrappers with schema extensions;\n\
     \x20   exception when feature_not_supported then\n\
     \x20     raise exception 'the supabase wrappers extension is not installed on this Postgres server (%)', sqlerrm\n\
     \x20       using hint = 'Install wrappers (https://github.com/supabase/wrappers) on the server, or use Supabase, then run this file again.';\n\
     \x20   end;\n\
     \x20   ext_schema := 'extensions';\n\
     \x20 end if;\n\
     \x20 if not exists (select 1 from pg_foreign_data_wrapper where fdwname = 'stripe_wrapper') then\n\
     \x20   execute format('create foreign data wrapper stripe_wrapper handler %I.stripe_fdw_handler validator %I.stripe_fdw_validator', ext_schema, ext_schema);\n\
     \x20 end if;\n\
     end\n\
     $stripe_fdw$;\n"
        .into()
}

/// The query parameters an FDW object's list endpoint requires (`setup_attempts`:
/// `setup_intent`), from the spec: an unfiltered query is a 400 from Stripe.
pub fn required_filters(api: &Api, o: &FdwObject) -> Vec<String> {
    let path = format!("/v1/{}", o.object);
    let list = api.resources.iter().filter_map(|r| r.list.as_ref()).find(|e| e.path == path);
    list.map(|e| e.required().map(|p| p.name.clone()).collect()).unwrap_or_default()
}

/// What a query on the table must say, for comments: `queries must filter on setup_intent = '…'`,
/// and whether the FDW can send that filter at all.
fn filter_note(o: &FdwObject, required: &[String]) -> Option<String> {
    if required.is_empty() {
        return None;
    }
    let terms: Vec<String> = required.iter().map(|p| format!("{p} = '…'")).collect();
    let unsent: Vec<&str> = required
        .iter()
        .filter(|p| !o.columns.iter().any(|c| c.name == p.as_str() && c.pushdown_eq))
        .map(String::as_str)
        .collect();
    let mut note = format!(
        "queries must filter on {} (GET /v1/{} requires it; without it Stripe answers 400)",
        terms.join(" and "),
        o.object
    );
    if !unsent.is_empty() {
        note.push_str(&format!("; the FDW cannot send {}: this table cannot be queried", unsent.join(", ")));
    }
    Some(note)
}

/// The server, pinned to the generated API version.
pub fn server_sql(key: KeySource, api_version: &str) -> String {
    let (comment, key_option) = match key {
        KeySource::Vault => (
            "-- The API key comes from Supabase Vault: store it with\n\
             --   select vault.create_secret('sk_live_…', 'stripe', 'Stripe API key');\n\
             -- and put its key_id below (or use api_key_name 'stripe' instead of api_key_id).\n",
            "api_key_id '<vault secret key_id>'",
        ),
        KeySource::Plain => (
            "-- Postgres without Vault: the key is stored in plain text in pg_foreign_server and is\n\
             -- readable by every role that can read that catalog. Prefer Vault where you have it,\n\
             -- and use a restricted key (rk_…) with read-only permissions.\n",
            "api_key '<sk_live_… or rk_live_…>'",
        ),
    };
    format!(
        "{comment}create server {SERVER}\n  foreign data wrapper stripe_wrapper\n  options (\n    {key_option},\n    api_version {},\n    -- api_url 'https://api.stripe.com/v1/',  -- optional: another endpoint\n    max_response_size '10485760'\n  );\n",
        literal(api_version)
    )
}

/// The resource an FDW object reads: by list path, else by retrieve path or singleton path.
fn resource_for<'a>(api: &'a Api, o: &FdwObject) -> Option<&'a Resource> {
    let path = format!("/v1/{}", o.object);
    api.resources
        .iter()
        .filter(|r| !r.is_deleted_twin)
        .find(|r| r.list.as_ref().is_some_and(|e| e.path == path))
        .or_else(|| {
            api.resources.iter().filter(|r| !r.is_deleted_twin).find(|r| {
                r.retrieve.as_ref().is_some_and(|e| e.path.starts_with(&format!("{path}/{{")))
                    || r.resource_id == o.object.trim_end_matches('s')
            })
        })
        .or_else(|| api.resources.iter().find(|r| r.resource_id == o.object))
}

/// What the spec of this version says about the FDW's objects and columns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CrossCheck {
    /// FDW objects with no resource in the spec.
    pub objects_missing: Vec<String>,
    /// `table.column`: the spec lacks the field (the FDW reads NULL).
    pub columns_missing: Vec<String>,
    /// `table.column: fdw type vs spec type`.
    pub columns_incompatible: Vec<String>,
    /// Tables of resources the FDW cannot serve (only the synced tables have them).
    pub not_served: Vec<String>,
}

fn compatible(fdw: FdwType, spec: SqlType) -> bool {
    matches!(
        (fdw, spec),
        (FdwType::Text, SqlType::Text | SqlType::Reference)
            | (FdwType::Bigint, SqlType::Bigint)
            | (FdwType::Boolean, SqlType::Boolean)
            | (FdwType::Timestamp, SqlType::Timestamptz)
    )
}

/// `balance` rows are synthesized by the FDW (one per balance type), not fields of the object.
const SYNTHESIZED: &[(&str, &[&str])] = &[("balance", &["balance_type", "amount", "currency"])];

pub fn cross_check(api: &Api, tables: &[Table]) -> CrossCheck {
    let mut out = CrossCheck::default();
    let mut served = Vec::new();
    for o in OBJECTS {
        let Some(r) = resource_for(api, o) else {
            out.objects_missing.push(o.object.to_string());
            continue;
        };
        served.push(r.resource_id.clone());
        let fields = api.object_type(&r.schema);
        let synthesized = SYNTHESIZED.iter().find(|(obj, _)| *obj == o.object).map_or(&[][..], |(_, c)| *c);
        for c in o.columns.iter().filter(|c| c.ty != FdwType::Jsonb && !synthesized.contains(&c.name)) {
            match fields.and_then(|f| f.field(c.name)) {
                None => out.columns_missing.push(format!("{}.{}", o.table, c.name)),
                Some(f) if !compatible(c.ty, sql_type(&f.ty)) => out.columns_incompatible.push(format!(
                    "{}.{}: FDW {} vs spec {}",
                    o.table,
                    c.name,
                    c.ty.sql(),
                    sql_type(&f.ty).sql_name()
                )),
                Some(_) => {}
            }
        }
    }
    out.not_served = tables.iter().filter(|t| !served.contains(&t.resource_id)).map(|t| t.name.clone()).collect();
    out
}

/// `create foreign table` with exactly the FDW's columns, types and order.
pub fn foreign_table(o: &FdwObject, check: &CrossCheck) -> String {
    let mut out = String::new();
    let cols: Vec<String> = o
        .columns
        .iter()
        .map(|c| {
            let q = format!("{}.{}", o.table, c.name);
            let note = if check.columns_missing.contains(&q) {
                "  -- not in this API version's spec: reads NULL"
            } else if check.columns_incompatible.iter().any(|i| i.starts_with(&format!("{q}:"))) {
                "  -- the spec types this differently; the FDW's type is kept"
            } else {
                ""
            };
            format!("    {} {}{note}", ident(c.name), c.ty.sql())
        })
        .collect();
    // Commas before trailing comments: join manually so a comment never swallows one.
    let mut body = String::new();
    for (i, c) in cols.iter().enumerate() {
        let (decl, comment) = match c.find("  --") {
            Some(p) => (&c[..p], &c[p..]),
            None => (c.as_str(), ""),
        };
        body.push_str(decl);
        if i + 1 < cols.len() {
            body.push(',');
        }
        body.push_str(comment);
        body.push('\n');
    }
    let mut options = vec![format!("object {}", literal(o.object))];
    if o.writable() {
        options.push("rowid_column 'id'".into());
    }
    out.push_str(&format!(
        "create foreign table {} (\n{body})\n  server {SERVER}\n  options ({});\n",
        ident(o.table),
        options.join(", ")
    ));
    out
}

/// A view over the foreign table: its columns, then every other top-level field of the
/// object typed from `attrs` with the same rules as the synced tables.
pub fn typed_view(api: &Api, o: &FdwObject) -> Option<String> {
    let r = resource_for(api, o)?;
    let fields = api.object_type(&r.schema)?;
    let mut cols: Vec<String> = o.columns.iter().map(|c| ident(c.name)).collect();
    for f in fields.fields.iter().filter(|f| !o.columns.iter().any(|c| c.name == f.name)) {
        let ty = sql_type(&f.ty);
        let expr = ty.derive(&f.name).replace("_raw", "attrs");
        cols.push(format!("{expr} AS {}", ident(&f.name)));
    }
    Some(format!(
        "create view {} as\n  select\n    {}\n  from {};\n",
        ident(&format!("{}_typed", o.table)),
        cols.join(",\n    "),
        ident(o.table)
    ))
}

fn header(api: &Api, check: &CrossCheck, filters: &[String], schema: &str) -> String {
    let list = |items: &[String]| {
        if items.is_empty() {
            "--   (none)\n".to_string()
        } else {
            items.iter().map(|i| format!("--   {i}\n")).collect()
        }
    };
    format!(
        "-- @generated by `cargo xtask generate`: foreign tables for the supabase `wrappers` Stripe FDW\n\
         -- (stripe_fdw 0.1.12), Stripe API version {}. Apply after setup_vault.sql or setup_plain.sql.\n\
         -- Each foreign table declares exactly the FDW's columns and types (anything else breaks it);\n\
         -- each `<table>_typed` view adds every other field of the object, typed, from `attrs`.\n\
         --\n\
         -- FDW objects this API version's spec lacks:\n{}\
         -- FDW columns this version's spec lacks (kept: the FDW reads NULL):\n{}\
         -- FDW columns the spec types differently (the FDW's type is kept):\n{}\
         -- Resources the FDW cannot serve (only the synced tables have them):\n{}\
         -- Tables whose queries must filter (their list endpoint requires a parameter):\n{}",
        api.version,
        list(&check.objects_missing),
        list(&check.columns_missing),
        list(&check.columns_incompatible),
        list(&check.not_served),
        list(filters),
    ) + &format!("\ncreate schema if not exists {};\nset search_path to {}, public;\n", ident(schema), ident(schema))
}

/// Files under `stripe-sync/fdw/`: both setup variants and the tables.
pub fn setup_files(api: &Api, tables: &[Table], schema: &str) -> Vec<(String, String)> {
    let check = cross_check(api, tables);
    let notes: Vec<(&FdwObject, String)> =
        OBJECTS.iter().filter_map(|o| filter_note(o, &required_filters(api, o)).map(|n| (o, n))).collect();
    let filters: Vec<String> = notes.iter().map(|(o, note)| format!("{}: {note}", o.table)).collect();
    let mut body = header(api, &check, &filters, schema);
    for o in OBJECTS {
        let note = notes.iter().find(|(n, _)| n.object == o.object).map(|(_, n)| n);
        body.push('\n');
        body.push_str(&foreign_table(o, &check));
        if let Some(note) = note {
            body.push_str(&format!(
                "comment on foreign table {} is {};\n",
                ident(o.table),
                literal(&format!("Stripe `{}` through the stripe FDW: {note}.", o.object))
            ));
        }
        if let Some(v) = typed_view(api, o) {
            body.push('\n');
            body.push_str(&v);
            if let Some(note) = note {
                let view = format!("{}_typed", o.table);
                body.push_str(&format!(
                    "comment on view {} is {};\n",
                    ident(&view),
                    literal(&format!("{} with every field typed: {note}.", o.table))
                ));
            }
        }
    }
    let setup = |key| {
        format!(
            "-- @generated by `cargo xtask generate`: the Stripe FDW server for API version {}.\n{}\n{}",
            api.version,
            wrapper_sql(),
            server_sql(key, &api.version)
        )
    };
    vec![
        ("setup_vault.sql".into(), setup(KeySource::Vault)),
        ("setup_plain.sql".into(), setup(KeySource::Plain)),
        ("tables.sql".into(), body),
    ]
}
