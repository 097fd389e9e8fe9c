//! Schema snapshots → migrations. A migration never loses data: removed fields keep their
//! columns (commented), retyped columns are derived again from `_raw`, and moves are named in
//! the header for reviewers.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::ddl::{
    alter_columns_everywhere, column_comment, column_def, comment_on_column, comment_on_table, create_index,
    create_table, fill_columns, full_schema, lz4_ddl, READER_ROLE_DDL,
};
use super::model::{SqlType, Table};
use super::naming::ident;

/// The committed record of one version's schema, so a later diff never needs the old spec.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SchemaSnapshot {
    pub version: String,
    /// Git blob id of the spec it was generated from.
    pub spec_blob: String,
    pub tables: Vec<Table>,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct MigrationOptions {
    /// Emit `DROP` for removed tables and columns instead of keeping them (off by default).
    pub drop_removed: bool,
}

/// What one step of the chain does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Step {
    /// The whole schema of `to`, from nothing.
    Initial { to: String },
    /// From the schema of version `from` to that of `to`.
    Diff { from: String, to: String },
    /// The schema of `version` stays; its stored generated typed columns become plain columns
    /// stripe-sync writes.
    WrittenColumns { version: String },
    /// The schema of `version` stays; stripe-sync's own tables (the ledger, `_objects`,
    /// `_sync_state`) go to `revision` ([`stripe_pg_contract::runtime::RUNTIME_REVISION`]).
    RuntimeTables { version: String, revision: u32 },
}

impl Step {
    /// The API version the schema is at after this step.
    pub fn to(&self) -> &str {
        match self {
            Step::Initial { to } | Step::Diff { to, .. } => to,
            Step::WrittenColumns { version } | Step::RuntimeTables { version, .. } => version,
        }
    }

    /// How the embed list and the ledger describe it.
    pub fn describe(&self) -> String {
        match self {
            Step::Initial { to } => format!("initial schema, Stripe API {to}"),
            Step::Diff { from, to } => format!("Stripe API {from} to {to}"),
            Step::WrittenColumns { version } => format!("typed columns written by stripe-sync, Stripe API {version}"),
            Step::RuntimeTables { version, revision } => {
                format!("stripe-sync's own tables, revision {revision}, Stripe API {version}")
            }
        }
    }
}

/// One step of the chain.
#[derive(Debug, Clone, PartialEq)]
pub struct Migration {
    /// Position in the chain (1 = initial); the ledger's version.
    pub number: u32,
    pub step: Step,
    pub sql: String,
}

impl Migration {
    /// `0002_2023_08_16_to_2024_04_10.sql` (sqlx's `<version>_<description>.sql`).
    pub fn file_name(&self) -> String {
        let v = |s: &str| s.replace(['-', '.'], "_");
        match &self.step {
            Step::Initial { to } => format!("{:04}_initial_{}.sql", self.number, v(to)),
            Step::WrittenColumns { version } => format!("{:04}_{}_written_columns.sql", self.number, v(version)),
            Step::RuntimeTables { version, revision } => {
                format!("{:04}_{}_runtime_tables_{revision}.sql", self.number, v(version))
            }
            Step::Diff { from, to } => format!("{:04}_{}_to_{}.sql", self.number, v(from), v(to)),
        }
    }
}

/// What a migration changes, counted for its header.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Changes {
    pub tables_added: Vec<String>,
    pub tables_removed: Vec<String>,
    pub columns_added: Vec<String>,
    pub columns_removed: Vec<String>,
    pub columns_retyped: Vec<String>,
    pub comments_updated: usize,
    pub moves: Vec<String>,
}

/// The header line of migrations whose typed columns are plain columns that stripe-sync
/// writes, for reviewers (the chain's manifest records it as data: [`crate::chain`]).
const WRITTEN_COLUMNS_LINE: &str = "-- typed columns: written by stripe-sync";

/// Turns a schema's stored generated typed columns into plain columns that stripe-sync
/// writes, keeping every value (`DROP EXPRESSION` changes the catalog only). Only columns
/// derived from `_raw` are touched, so a column a team generated itself stays as it is.
pub fn written_columns(number: u32, version: &SchemaSnapshot) -> Migration {
    let summary = "typed columns become plain columns that stripe-sync writes together with _raw (values kept); JSON columns compressed with lz4 where the server has it";
    let header = header(number, Some(&version.version), version, summary, &[]);
    let drop_expressions = alter_columns_everywhere(
        "written",
        "DROP EXPRESSION",
        "\n        JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum",
        "a.attgenerated = 's' AND pg_get_expr(d.adbin, d.adrelid) LIKE '%_raw%'",
    );
    let sql = format!("{header}\n{drop_expressions}{}", lz4_ddl());
    Migration { number, step: Step::WrittenColumns { version: version.version.clone() }, sql }
}

/// Brings stripe-sync's own tables from revision `from` to the current one, the schema of
/// `version` staying as it is ([`stripe_pg_contract::runtime::runtime_upgrade_sql`]).
pub fn runtime_tables(number: u32, version: &SchemaSnapshot, from: u32) -> Migration {
    let revision = stripe_pg_contract::runtime::RUNTIME_REVISION;
    let summary = stripe_pg_contract::runtime::runtime_upgrade_summary(from);
    let header = header(number, Some(&version.version), version, &summary, &[]);
    let sql = format!("{header}\n{}", stripe_pg_contract::runtime::runtime_upgrade_sql(from));
    Migration { number, step: Step::RuntimeTables { version: version.version.clone(), revision }, sql }
}

/// The first migration: the whole schema of `to`.
pub fn initial(to: &SchemaSnapshot) -> Migration {
    let header = header(1, None, to, &format!("{} tables created", to.tables.len()), &[]);
    let step = Step::Initial { to: to.version.clone() };
    Migration { number: 1, step, sql: format!("{header}\n{}", full_schema(&to.tables)) }
}

/// The migration from `from` to `to`, numbered `number`.
pub fn diff(number: u32, from: &SchemaSnapshot, to: &SchemaSnapshot, opts: MigrationOptions) -> Migration {
    let old: BTreeMap<&str, &Table> = from.tables.iter().map(|t| (t.name.as_str(), t)).collect();
    let new: BTreeMap<&str, &Table> = to.tables.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut ch = Changes::default();
    let mut body = String::new();
    let removed_note = |what: &str| format!("Removed in API version {}: {what}", to.version);

    for (name, t) in &new {
        let Some(o) = old.get(name) else {
            ch.tables_added.push(name.to_string());
            body.push('\n');
            body.push_str(&create_table(t));
            continue;
        };
        let mut section = String::new();
        let old_cols: BTreeMap<&str, _> = o.columns.iter().map(|c| (c.name.as_str(), c)).collect();
        let new_cols: BTreeMap<&str, _> = t.columns.iter().map(|c| (c.name.as_str(), c)).collect();
        // Added and retyped columns: created, then filled from `_raw` in one pass over the
        // table, then indexed and commented.
        let mut filled = Vec::new();
        let mut after_fill = String::new();
        for c in &t.columns {
            let qualified = format!("{name}.{}", c.name);
            match old_cols.get(c.name.as_str()) {
                None => {
                    ch.columns_added.push(qualified);
                    section.push_str(&format!("ALTER TABLE {} ADD COLUMN {};\n", ident(name), column_def(c)));
                    filled.push(c);
                }
                Some(oc) if oc.ty != c.ty || oc.field != c.field => {
                    ch.columns_retyped.push(format!("{qualified}: {} → {}", oc.ty.sql_name(), c.ty.sql_name()));
                    // Typed columns hold nothing `_raw` does not: re-deriving loses nothing.
                    section.push_str(&format!(
                        "ALTER TABLE {t} DROP COLUMN {c};\nALTER TABLE {t} ADD COLUMN {def};\n",
                        t = ident(name),
                        c = ident(&c.name),
                        def = column_def(c)
                    ));
                    filled.push(c);
                }
                Some(oc) => {
                    if c.indexed && !oc.indexed {
                        after_fill.push_str(&create_index(name, c));
                    }
                    if oc.comment != c.comment {
                        ch.comments_updated += 1;
                        after_fill.push_str(&comment_on_column(name, &c.name, &column_comment(c)));
                    }
                }
            }
        }
        if !filled.is_empty() {
            section.push_str(&fill_columns(name, &filled));
        }
        for c in &filled {
            if c.indexed {
                section.push_str(&create_index(name, c));
            }
            section.push_str(&comment_on_column(name, &c.name, &column_comment(c)));
        }
        section.push_str(&after_fill);
        for c in &o.columns {
            if new_cols.contains_key(c.name.as_str()) {
                continue;
            }
            ch.columns_removed.push(format!("{name}.{}", c.name));
            if opts.drop_removed {
                section.push_str(&format!("ALTER TABLE {} DROP COLUMN {};\n", ident(name), ident(&c.name)));
            } else {
                let note = removed_note(&format!(
                    "`{}` is no longer in the spec; the column is kept and stripe-sync still derives it from _raw.",
                    c.field
                ));
                section.push_str(&comment_on_column(name, &c.name, &note));
            }
        }
        if !section.is_empty() {
            body.push_str(&format!("\n-- {name}\n{section}"));
        }
    }
    for name in old.keys() {
        if new.contains_key(name) {
            continue;
        }
        ch.tables_removed.push(name.to_string());
        if opts.drop_removed {
            body.push_str(&format!("\nDROP TABLE {};\n", ident(name)));
        } else {
            body.push('\n');
            body.push_str(&comment_on_table(
                name,
                &removed_note("this object type is no longer in the spec; the table and its rows are kept."),
            ));
        }
    }
    ch.moves = moves(&old, &new, &ch);

    let summary = format!(
        "{} tables added, {} tables removed{}, {} columns added, {} columns removed{}, {} columns retyped, {} comments updated",
        ch.tables_added.len(),
        ch.tables_removed.len(),
        if opts.drop_removed { " (dropped)" } else { " (kept)" },
        ch.columns_added.len(),
        ch.columns_removed.len(),
        if opts.drop_removed { " (dropped)" } else { " (kept)" },
        ch.columns_retyped.len(),
        ch.comments_updated,
    );
    let mut review = Vec::new();
    let mut list = |title: &str, items: &[String]| {
        if !items.is_empty() {
            review.push(format!("{title}:"));
            review.extend(items.iter().map(|i| format!("  {i}")));
        }
    };
    list("moves and renames to review", &ch.moves);
    list("tables added", &ch.tables_added);
    list(if opts.drop_removed { "tables dropped" } else { "tables removed from the spec (kept)" }, &ch.tables_removed);
    list(
        if opts.drop_removed { "columns dropped" } else { "columns removed from the spec (kept, commented)" },
        &ch.columns_removed,
    );
    list("columns retyped (re-derived from _raw)", &ch.columns_retyped);
    let header = header(number, Some(&from.version), to, &summary, &review);
    let sql = format!("{header}{body}\n{}{READER_ROLE_DDL}", lz4_ddl());
    Migration { number, step: Step::Diff { from: from.version.clone(), to: to.version.clone() }, sql }
}

/// A field gone from one table and appearing on a related table in the same step.
fn moves(old: &BTreeMap<&str, &Table>, new: &BTreeMap<&str, &Table>, ch: &Changes) -> Vec<String> {
    let added: BTreeSet<(&str, &str)> = ch
        .columns_added
        .iter()
        .filter_map(|q| q.split_once('.'))
        .chain(
            ch.tables_added
                .iter()
                .flat_map(|t| new[t.as_str()].columns.iter().map(move |c| (t.as_str(), c.name.as_str()))),
        )
        .collect();
    // `a` holds the id of a `b` (an expandable, or a plain id string such as
    // `subscription_item.subscription`).
    let refers = |a: &Table, b: &Table| {
        a.columns.iter().any(|c| {
            matches!(c.ty, SqlType::Reference | SqlType::Text)
                && (c.field == b.object || b.object.ends_with(&format!(".{}", c.field)))
        })
    };
    let mut out = Vec::new();
    for removed in &ch.columns_removed {
        let Some((table, column)) = removed.split_once('.') else { continue };
        let from_table = old[table];
        for (to_table, to_col) in &added {
            if *to_col != column || *to_table == table {
                continue;
            }
            let target = new[to_table];
            let new_table = ch.tables_added.iter().any(|t| t == to_table);
            let is_ref = |t: &Table, col: &str| t.columns.iter().any(|c| c.name == col && c.ty == SqlType::Reference);
            // Related tables, or the same reference (`invoice`) now held by another object.
            let same_reference = is_ref(from_table, column) && is_ref(target, to_col);
            if same_reference || refers(target, from_table) || refers(from_table, target) {
                let note = if new_table { " (new table)" } else { "" };
                out.push(format!("{table}.{column} → {to_table}.{to_col}{note}"));
            }
        }
    }
    out
}

fn header(number: u32, from: Option<&str>, to: &SchemaSnapshot, summary: &str, review: &[String]) -> String {
    let mut h = format!(
        "-- @generated by `cargo xtask generate`; review it, never edit it once applied.\n\
         -- stripe-schema migration {number:04}\n\
         -- from: {}\n\
         -- to: {}\n\
         {WRITTEN_COLUMNS_LINE}\n\
         -- spec: git blob {}\n\
         -- changes: {summary}\n",
        from.unwrap_or("(empty schema)"),
        to.version,
        to.spec_blob,
    );
    for line in review {
        h.push_str(&format!("--   {line}\n"));
    }
    h.push_str(
        "-- Statements are unqualified: `stripe-sync migrate` runs them in one transaction with\n\
         -- search_path set to the target schema (by hand: `SET search_path TO stripe; \\i file`\n\
         -- inside `psql -1`).\n",
    );
    h
}
