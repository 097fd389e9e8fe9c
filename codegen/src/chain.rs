//! The migration chain: which migration `generate` writes next, and the embed list.

use std::collections::BTreeMap;

use crate::sql::ddl::full_schema;
use serde::{Deserialize, Serialize};

use crate::sql::migration::{
    diff, initial, runtime_tables, written_columns, Migration, MigrationOptions, SchemaSnapshot, Step,
};
use crate::sql::model::Column;
use crate::{CHAIN_FILE, EMBED_FILE, MIGRATIONS_DIR, SCHEMA_DIR, WRITTEN_COLUMNS_FILE};
use stripe_pg_contract::runtime::RUNTIME_REVISION;

/// How a schema's typed columns get their values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypedColumnsMode {
    /// Stored generated columns (the chain's first migrations).
    Generated,
    /// Plain columns stripe-sync writes with `_raw`.
    Written,
}

/// A migration in the chain, as its manifest records it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChainEntry {
    pub number: u32,
    pub file: String,
    pub step: Step,
    /// What the schema's typed columns are once it has run.
    pub typed_columns: TypedColumnsMode,
    /// The revision of stripe-sync's own tables once it has run (1 for the migrations written
    /// before revisions were counted).
    #[serde(default = "first_revision")]
    pub runtime: u32,
}

fn first_revision() -> u32 {
    1
}

impl ChainEntry {
    /// The entry of `m`, run after a chain whose own tables are at revision `runtime`.
    fn of(m: &Migration, runtime: u32) -> ChainEntry {
        // Every migration generate writes now leaves written columns.
        ChainEntry {
            number: m.number,
            file: m.file_name(),
            step: m.step.clone(),
            typed_columns: TypedColumnsMode::Written,
            runtime: runtime_after(&m.step, runtime),
        }
    }

    fn written(&self) -> bool {
        self.typed_columns == TypedColumnsMode::Written
    }
}

/// The chain's manifest ([`CHAIN_FILE`]): every migration and what it does, as data, so the
/// generator never reads SQL back.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub migrations: Vec<ChainEntry>,
}

/// What is committed: migrations (in order) and schema snapshots by version.
#[derive(Debug, Clone, Default)]
pub struct Chain {
    pub migrations: Vec<ChainEntry>,
    pub snapshots: BTreeMap<String, SchemaSnapshot>,
}

#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    #[error("{CHAIN_FILE} is missing but {MIGRATIONS_DIR} holds migrations; restore it from version control")]
    MissingManifest,
    #[error("{CHAIN_FILE} is unreadable ({0}); restore it from version control")]
    BadManifest(String),
    #[error("migration file {MIGRATIONS_DIR}/{0} is not in {CHAIN_FILE}; migrations are written by `cargo xtask generate` only, so remove it or restore the manifest")]
    Unlisted(String),
    #[error("{CHAIN_FILE} names {MIGRATIONS_DIR}/{0}, which is missing; restore it from version control (applied migrations never change)")]
    MissingFile(String),
    #[error("the migration chain already goes past {version} (it ends at {head}); generating an older version would be a downgrade. Generate {head} or a newer version")]
    Downgrade { version: String, head: String },
    #[error("no committed schema snapshot {SCHEMA_DIR}/{0}.json, which the next migration is diffed from; restore it from version control")]
    MissingSnapshot(String),
}

impl Chain {
    /// Reads the chain from its manifest (`None`: no such file), the names of the migration
    /// files on disk, and the snapshot files' contents.
    pub fn from_files(manifest: Option<&str>, files: &[String], snapshots: &[String]) -> Result<Chain, ChainError> {
        let manifest: Manifest = match manifest {
            Some(text) => serde_json::from_str(text).map_err(|e| ChainError::BadManifest(e.to_string()))?,
            None if files.is_empty() => Manifest::default(),
            None => return Err(ChainError::MissingManifest),
        };
        if let Some(f) = files.iter().find(|f| !manifest.migrations.iter().any(|m| m.file == **f)) {
            return Err(ChainError::Unlisted(f.clone()));
        }
        if let Some(m) = manifest.migrations.iter().find(|m| !files.contains(&m.file)) {
            return Err(ChainError::MissingFile(m.file.clone()));
        }
        let mut out = Chain { migrations: manifest.migrations, snapshots: BTreeMap::new() };
        out.migrations.sort_by_key(|m| m.number);
        for text in snapshots {
            if let Ok(s) = serde_json::from_str::<SchemaSnapshot>(text) {
                out.snapshots.insert(s.version.clone(), s);
            }
        }
        Ok(out)
    }
}

/// The revision of stripe-sync's own tables after `step`, run at revision `before`: the
/// initial schema creates the current one, a runtime step its own, the others leave them be.
fn runtime_after(step: &Step, before: u32) -> u32 {
    match step {
        Step::Initial { .. } => RUNTIME_REVISION,
        Step::RuntimeTables { revision, .. } => *revision,
        Step::Diff { .. } | Step::WrittenColumns { .. } => before,
    }
}

/// The revision the committed migrations numbered below `number` leave.
fn runtime_before(chain: &Chain, number: u32) -> u32 {
    chain.migrations.iter().filter(|m| m.number < number).map(|m| m.runtime).next_back().unwrap_or(0)
}

/// The manifest entries of `migrations` (consecutive, the chain's new or rewritten tail),
/// each with the runtime revision it leaves.
fn new_entries(chain: &Chain, migrations: &[Migration]) -> Vec<ChainEntry> {
    let mut runtime = migrations.first().map_or(0, |m| runtime_before(chain, m.number));
    migrations
        .iter()
        .map(|m| {
            let entry = ChainEntry::of(m, runtime);
            runtime = entry.runtime;
            entry
        })
        .collect()
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
    let mut migrations = schema_migrations(chain, to, opts)?;
    // Then stripe-sync's own tables, if the chain leaves them at an older revision.
    let runtime = new_entries(chain, &migrations).last().map_or(0, |e| e.runtime);
    if runtime < RUNTIME_REVISION {
        let number = migrations.last().map_or(0, |m| m.number) + 1;
        migrations.push(runtime_tables(number, to, runtime));
    }
    Ok(migrations)
}

/// The migrations for the schema of `to` (see [`next_migrations`]); a runtime step at the head
/// of the same version is written again.
fn schema_migrations(chain: &Chain, to: &SchemaSnapshot, opts: MigrationOptions) -> Result<Vec<Migration>, ChainError> {
    let snapshot_of = |v: &str| chain.snapshots.get(v).ok_or_else(|| ChainError::MissingSnapshot(v.to_string()));
    let Some(head) = chain.migrations.last() else { return Ok(vec![initial(to)]) };
    if head.step.to() == to.version {
        return Ok(vec![match &head.step {
            _ if !head.written() => written_columns(head.number + 1, to),
            Step::Initial { .. } => initial(to),
            Step::WrittenColumns { .. } => written_columns(head.number, to),
            Step::RuntimeTables { .. } => runtime_tables(head.number, to, runtime_before(chain, head.number)),
            Step::Diff { from, .. } => diff(head.number, snapshot_of(from)?, to, opts),
        }]);
    }
    if chain.migrations.iter().any(|m| m.step.to() == to.version) {
        return Err(ChainError::Downgrade { version: to.version.clone(), head: head.step.to().to_string() });
    }
    let from = snapshot_of(head.step.to())?;
    Ok(if head.written() {
        vec![diff(head.number + 1, from, to, opts)]
    } else {
        vec![written_columns(head.number + 1, from), diff(head.number + 2, from, to, opts)]
    })
}

/// Files for `to`: its snapshot, the full DDL, the next (or regenerated head) migrations,
/// the chain's manifest and the embed list naming every migration file, and the columns
/// stripe-sync writes.
pub fn next(chain: &Chain, to: &SchemaSnapshot, opts: MigrationOptions) -> Result<Vec<(String, String)>, ChainError> {
    let migrations = next_migrations(chain, to, opts)?;
    let mut entries: Vec<ChainEntry> =
        chain.migrations.iter().filter(|m| !migrations.iter().any(|n| n.number == m.number)).cloned().collect();
    entries.extend(new_entries(chain, &migrations));
    entries.sort_by_key(|m| m.number);
    let manifest = Manifest { migrations: entries };
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
        (CHAIN_FILE.to_string(), manifest_file(&manifest)),
        (EMBED_FILE.to_string(), embed_list(&manifest)),
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
        .filter_map(|m| chain.snapshots.get(m.step.to()))
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
         use stripe_pg_contract::{SqlType, WrittenColumn};\n\n\
         /// (table, its typed columns: name, the top-level field it is derived from, type), by table name.\n\
         pub static WRITTEN_COLUMNS: &[(&str, &[WrittenColumn])] = &[\n",
    );
    for (table, columns) in table_columns(chain, to, opts) {
        out.push_str(&format!("    ({table:?}, &[\n"));
        for c in columns {
            out.push_str(&format!("        WrittenColumn::new({:?}, {:?}, SqlType::{:?}),\n", c.name, c.field, c.ty));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    out
}

fn manifest_file(manifest: &Manifest) -> String {
    let mut text = serde_json::to_string_pretty(manifest).expect("the manifest serializes");
    text.push('\n');
    text
}

fn embed_list(manifest: &Manifest) -> String {
    let mut out = String::from(
        "// @generated by `cargo xtask generate`: every migration of the chain, embedded.\n\n\
         /// (ledger version, description, SQL), in order.\n\
         pub static MIGRATIONS: &[(i64, &str, &str)] = &[\n",
    );
    for m in &manifest.migrations {
        let (n, file, desc) = (m.number, &m.file, m.step.describe());
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

    /// A migration committed before runtime revisions were counted (its tables at revision 1).
    fn existing(m: &Migration, written: bool) -> ChainEntry {
        let typed_columns = if written { TypedColumnsMode::Written } else { TypedColumnsMode::Generated };
        ChainEntry { typed_columns, runtime: 1, ..ChainEntry::of(m, 1) }
    }

    fn names(migrations: &[Migration]) -> Vec<String> {
        migrations.iter().map(|m| m.file_name()).collect()
    }

    fn chain_of(migrations: Vec<ChainEntry>, versions: &[&str]) -> Chain {
        Chain { migrations, snapshots: versions.iter().map(|v| (v.to_string(), snapshot(v))).collect() }
    }

    #[test]
    fn a_chain_with_generated_columns_gets_its_own_written_columns_step_and_keeps_its_head() {
        let (a, b) = (snapshot("2023-08-16"), snapshot("2024-04-10"));
        let legacy =
            vec![existing(&initial(&a), false), existing(&diff(2, &a, &b, MigrationOptions::default()), false)];
        let chain = chain_of(legacy.clone(), &["2023-08-16", "2024-04-10"]);
        // Generating the head's version again appends the step; 0002 is never rewritten.
        let steps = next_migrations(&chain, &b, MigrationOptions::default()).unwrap();
        assert_eq!(
            names(&steps),
            ["0003_2024_04_10_written_columns.sql", "0004_2024_04_10_runtime_tables_2.sql"],
            "then its own tables, still at revision 1, go to the current one"
        );
        assert!(steps[0].sql.contains("DROP EXPRESSION"));
        assert_eq!(steps[0].step, Step::WrittenColumns { version: "2024-04-10".into() });
        assert!(steps[1].sql.contains("CREATE TABLE _events_unapplied") && steps[1].sql.contains("DROP INDEX"));
        // Once committed, the runtime step is the head: generating again rewrites it identically.
        let mut committed = legacy.clone();
        committed.push(ChainEntry { runtime: 1, ..ChainEntry::of(&steps[0], 1) });
        committed.push(ChainEntry::of(&steps[1], 1));
        assert_eq!(committed[3].runtime, RUNTIME_REVISION);
        let chain = chain_of(committed, &["2023-08-16", "2024-04-10"]);
        assert_eq!(next_migrations(&chain, &b, MigrationOptions::default()).unwrap(), steps[1..]);
        // The next version is an ordinary step from there.
        let next = next_migrations(&chain, &snapshot("2025-03-31.basil"), MigrationOptions::default()).unwrap();
        assert_eq!(names(&next), ["0005_2024_04_10_to_2025_03_31_basil.sql"]);
        // A legacy chain generated straight to a newer version gets all three, in order.
        let chain = chain_of(legacy, &["2023-08-16", "2024-04-10"]);
        let all = next_migrations(&chain, &snapshot("2025-03-31.basil"), MigrationOptions::default()).unwrap();
        assert_eq!(
            names(&all),
            [
                "0003_2024_04_10_written_columns.sql",
                "0004_2024_04_10_to_2025_03_31_basil.sql",
                "0005_2025_03_31_basil_runtime_tables_2.sql"
            ]
        );
        // A new chain's initial schema has the current tables: nothing to upgrade.
        let fresh = next_migrations(&Chain::default(), &b, MigrationOptions::default()).unwrap();
        assert_eq!(names(&fresh), ["0001_initial_2024_04_10.sql"]);
    }

    #[test]
    fn the_manifest_and_the_files_on_disk_must_agree() {
        let a = snapshot("2023-08-16");
        let manifest = manifest_file(&Manifest { migrations: vec![existing(&initial(&a), true)] });
        let file = initial(&a).file_name();
        let chain = Chain::from_files(Some(&manifest), std::slice::from_ref(&file), &[]).unwrap();
        assert_eq!(chain.migrations[0].step, Step::Initial { to: "2023-08-16".into() });
        let stray = "0002_by_hand.sql".to_string();
        let unlisted = Chain::from_files(Some(&manifest), &[file.clone(), stray], &[]).unwrap_err();
        assert!(unlisted.to_string().contains("0002_by_hand.sql is not in"), "{unlisted}");
        let missing = Chain::from_files(Some(&manifest), &[], &[]).unwrap_err();
        assert!(missing.to_string().contains("which is missing"), "{missing}");
        assert!(matches!(Chain::from_files(None, &[file], &[]), Err(ChainError::MissingManifest)));
        assert!(Chain::from_files(None, &[], &[]).unwrap().migrations.is_empty());
    }
}
