//! The migration chain: which migration `generate` writes next, and the embed list.

use std::collections::BTreeMap;

use crate::sql::ddl::{column_expr, full_schema};
use crate::sql::migration::{
    diff, initial, makes_written_columns, parse_header, written_columns, Migration, MigrationOptions, SchemaSnapshot,
};
use crate::sql::model::Column;
use crate::sql::naming::ident;
use crate::{EMBED_FILE, MIGRATIONS_DIR, SCHEMA_DIR, WRITTEN_COLUMNS_FILE};

/// A migration already in the chain.
#[derive(Debug, Clone, PartialEq)]
pub struct ExistingMigration {
    pub file_name: String,
    pub number: u32,
    pub from: Option<String>,
    pub to: String,
    /// It leaves typed columns written by stripe-sync (the chain's first migrations made
    /// stored generated columns instead).
    pub written: bool,
}

/// What is committed: migrations (in order) and schema snapshots by version.
#[derive(Debug, Clone, Default)]
pub struct Chain {
    pub migrations: Vec<ExistingMigration>,
    pub snapshots: BTreeMap<String, SchemaSnapshot>,
}

#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    #[error("migration file {0} has no `-- from:` / `-- to:` header; it was not written by `cargo xtask generate`")]
    BadHeader(String),
    #[error("the migration chain already goes past {version} (it ends at {head}); generating an older version would be a downgrade. Generate {head} or a newer version")]
    Downgrade { version: String, head: String },
    #[error("no committed schema snapshot {SCHEMA_DIR}/{0}.json, which the next migration is diffed from; restore it from version control")]
    MissingSnapshot(String),
}

impl Chain {
    /// Reads the chain from migration files (name, contents) and snapshot files (contents).
    pub fn from_files(migrations: &[(String, String)], snapshots: &[String]) -> Result<Chain, ChainError> {
        let mut out = Chain::default();
        for (name, sql) in migrations {
            let (from, to) = parse_header(sql).ok_or_else(|| ChainError::BadHeader(name.clone()))?;
            let number = name
                .split('_')
                .next()
                .and_then(|n| n.parse().ok())
                .ok_or_else(|| ChainError::BadHeader(name.clone()))?;
            out.migrations.push(ExistingMigration {
                file_name: name.clone(),
                number,
                from,
                to,
                written: makes_written_columns(sql),
            });
        }
        out.migrations.sort_by_key(|m| m.number);
        for text in snapshots {
            if let Ok(s) = serde_json::from_str::<SchemaSnapshot>(text) {
                out.snapshots.insert(s.version.clone(), s);
            }
        }
        Ok(out)
    }
}

fn snapshot_file(s: &SchemaSnapshot) -> String {
    let mut text = serde_json::to_string_pretty(s).expect("snapshots serialize");
    text.push('\n');
    text
}

/// The migrations `generate` writes for `to`: the head again when the chain already ends at
/// `to`, else the next step. A chain whose head still has generated typed columns first gets
/// the step that makes them written ([`written_columns`]); applied migrations are never
/// rewritten, so that step is a migration of its own.
fn next_migrations(chain: &Chain, to: &SchemaSnapshot, opts: MigrationOptions) -> Result<Vec<Migration>, ChainError> {
    let snapshot_of = |v: &str| chain.snapshots.get(v).ok_or_else(|| ChainError::MissingSnapshot(v.to_string()));
    let Some(head) = chain.migrations.last() else { return Ok(vec![initial(to)]) };
    if head.to == to.version {
        return Ok(vec![match &head.from {
            _ if !head.written => written_columns(head.number + 1, to),
            None => initial(to),
            Some(from) if *from == to.version => written_columns(head.number, to),
            Some(from) => diff(head.number, snapshot_of(from)?, to, opts),
        }]);
    }
    if chain.migrations.iter().any(|m| m.to == to.version) {
        return Err(ChainError::Downgrade { version: to.version.clone(), head: head.to.clone() });
    }
    let from = snapshot_of(&head.to)?;
    Ok(if head.written {
        vec![diff(head.number + 1, from, to, opts)]
    } else {
        vec![written_columns(head.number + 1, from), diff(head.number + 2, from, to, opts)]
    })
}

/// Files for `to`: its snapshot, the full DDL, the next (or regenerated head) migrations,
/// the embed list naming every migration file, and the columns stripe-sync writes.
pub fn next(chain: &Chain, to: &SchemaSnapshot, opts: MigrationOptions) -> Result<Vec<(String, String)>, ChainError> {
    let migrations = next_migrations(chain, to, opts)?;
    let mut names: Vec<(u32, String, String)> = chain
        .migrations
        .iter()
        .filter(|m| !migrations.iter().any(|n| n.number == m.number))
        .map(|m| (m.number, m.file_name.clone(), describe(&m.from, &m.to)))
        .collect();
    names.extend(migrations.iter().map(|m| (m.number, m.file_name(), describe(&m.from, &m.to))));
    names.sort();
    let mut files = vec![
        (format!("{SCHEMA_DIR}/{}.json", to.version), snapshot_file(to)),
        (
            format!("{SCHEMA_DIR}/current.sql"),
            format!(
                "-- @generated: the full schema of Stripe API version {} (what the migration chain builds).\n{}",
                to.version,
                full_schema(&to.tables)
            ),
        ),
        (EMBED_FILE.to_string(), embed_list(&names)),
        (WRITTEN_COLUMNS_FILE.to_string(), written_columns_file(chain, to, opts)),
    ];
    files.extend(migrations.iter().map(|m| (format!("{MIGRATIONS_DIR}/{}", m.file_name()), m.sql.clone())));
    Ok(files)
}

/// Every typed column the chain leaves on each table of `to`: its own, then the columns
/// older versions had and a migration kept (unless removed ones are dropped), each with the
/// expression deriving it from `_raw` (the newest definition of a name wins).
fn table_columns<'a>(
    chain: &'a Chain,
    to: &'a SchemaSnapshot,
    opts: MigrationOptions,
) -> Vec<(&'a str, Vec<&'a Column>)> {
    let older: Vec<&SchemaSnapshot> = chain
        .migrations
        .iter()
        .rev()
        .filter_map(|m| chain.snapshots.get(&m.to))
        .filter(|s| s.version != to.version)
        .collect();
    to.tables
        .iter()
        .map(|t| {
            let mut columns: Vec<&Column> = t.columns.iter().collect();
            if !opts.drop_removed {
                for old in older.iter().filter_map(|s| s.tables.iter().find(|o| o.name == t.name)) {
                    for c in &old.columns {
                        if !columns.iter().any(|k| k.name == c.name) {
                            columns.push(c);
                        }
                    }
                }
            }
            (t.name.as_str(), columns)
        })
        .collect()
}

fn written_columns_file(chain: &Chain, to: &SchemaSnapshot, opts: MigrationOptions) -> String {
    let mut out = String::from(
        "// @generated by `cargo xtask generate`: the typed columns stripe-sync writes with `_raw`.\n\n\
         /// (table, [(column as an SQL identifier, expression deriving it from `_raw`)]), by table name.\n\
         pub static WRITTEN_COLUMNS: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (table, columns) in table_columns(chain, to, opts) {
        out.push_str(&format!("    ({table:?}, &[\n"));
        for c in columns {
            out.push_str(&format!("        ({:?}, {:?}),\n", ident(&c.name), column_expr(c)));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    out
}

fn describe(from: &Option<String>, to: &str) -> String {
    match from {
        None => format!("initial schema, Stripe API {to}"),
        Some(f) if f == to => format!("typed columns written by stripe-sync, Stripe API {to}"),
        Some(f) => format!("Stripe API {f} to {to}"),
    }
}

fn embed_list(names: &[(u32, String, String)]) -> String {
    let mut out = String::from(
        "// @generated by `cargo xtask generate`: every migration of the chain, embedded.\n\n\
         /// (ledger version, description, SQL), in order.\n\
         pub static MIGRATIONS: &[(i64, &str, &str)] = &[\n",
    );
    for (n, file, desc) in names {
        out.push_str(&format!("    ({n}, {desc:?}, include_str!(\"../migrations/{file}\")),\n"));
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(version: &str) -> SchemaSnapshot {
        SchemaSnapshot { version: version.into(), spec_blob: "blob".into(), tables: Vec::new() }
    }

    fn existing(m: &Migration, written: bool) -> ExistingMigration {
        ExistingMigration {
            file_name: m.file_name(),
            number: m.number,
            from: m.from.clone(),
            to: m.to.clone(),
            written,
        }
    }

    fn chain_of(migrations: Vec<ExistingMigration>, versions: &[&str]) -> Chain {
        Chain { migrations, snapshots: versions.iter().map(|v| (v.to_string(), snapshot(v))).collect() }
    }

    #[test]
    fn a_chain_with_generated_columns_gets_its_own_written_columns_step_and_keeps_its_head() {
        let (a, b) = (snapshot("2023-08-16"), snapshot("2024-04-10"));
        let legacy =
            vec![existing(&initial(&a), false), existing(&diff(2, &a, &b, MigrationOptions::default()), false)];
        let chain = chain_of(legacy.clone(), &["2023-08-16", "2024-04-10"]);
        // Generating the head's version again appends the step; 0002 is never rewritten.
        let step = next_migrations(&chain, &b, MigrationOptions::default()).unwrap();
        assert_eq!(step.iter().map(|m| m.file_name()).collect::<Vec<_>>(), ["0003_2024_04_10_written_columns.sql"]);
        assert!(makes_written_columns(&step[0].sql) && step[0].sql.contains("DROP EXPRESSION"));
        // Once committed, it is the head: generating again rewrites it identically.
        let mut with_step = legacy.clone();
        with_step.push(ExistingMigration { written: makes_written_columns(&step[0].sql), ..existing(&step[0], true) });
        let chain = chain_of(with_step, &["2023-08-16", "2024-04-10"]);
        assert_eq!(next_migrations(&chain, &b, MigrationOptions::default()).unwrap(), step);
        // The next version is an ordinary step from there.
        let next = next_migrations(&chain, &snapshot("2025-03-31.basil"), MigrationOptions::default()).unwrap();
        assert_eq!(next.iter().map(|m| m.file_name()).collect::<Vec<_>>(), ["0004_2024_04_10_to_2025_03_31_basil.sql"]);
        // A legacy chain generated straight to a newer version gets both, in order.
        let chain = chain_of(legacy, &["2023-08-16", "2024-04-10"]);
        let both = next_migrations(&chain, &snapshot("2025-03-31.basil"), MigrationOptions::default()).unwrap();
        assert_eq!(
            both.iter().map(|m| m.file_name()).collect::<Vec<_>>(),
            ["0003_2024_04_10_written_columns.sql", "0004_2024_04_10_to_2025_03_31_basil.sql"]
        );
    }
}
