//! Applying the migration chain: sqlx's ledger (`_sqlx_migrations`, checksums), an advisory
//! lock so two runners never collide, one transaction per migration, and a schema of choice.

use std::borrow::Cow;

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::postgres::PgConnection;
use sqlx::Row;

use crate::db::{self, quote_ident, ConnectError};

/// Where and how to apply.
#[derive(Debug, Clone)]
pub struct MigrateOptions {
    /// Target schema (created if missing and the role may).
    pub schema: String,
    /// Read-only role granted USAGE and SELECT on the schema.
    pub reader_role: String,
}

impl Default for MigrateOptions {
    fn default() -> Self {
        MigrateOptions { schema: "stripe".into(), reader_role: "stripe_reader".into() }
    }
}

/// One migration of a chain.
#[derive(Debug, Clone)]
pub struct ChainMigration {
    pub version: i64,
    pub description: String,
    pub sql: String,
}

/// The generated chain embedded in this binary.
pub fn embedded() -> Vec<ChainMigration> {
    crate::generated_migrations::MIGRATIONS
        .iter()
        .map(|(version, description, sql)| ChainMigration {
            version: *version,
            description: description.to_string(),
            sql: sql.to_string(),
        })
        .collect()
}

#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error(transparent)]
    Connect(#[from] ConnectError),
    #[error("schema `{schema}` does not exist and role `{user}` may not create it ({source}). Ask an administrator to run: CREATE SCHEMA {schema} AUTHORIZATION {user};")]
    CreateSchema { schema: String, user: String, source: sqlx::Error },
    #[error("role `{user}` lacks CREATE on schema `{schema}`, which applying migrations needs. Ask an administrator to run: GRANT CREATE, USAGE ON SCHEMA {schema} TO {user};")]
    NoCreatePrivilege { schema: String, user: String },
    #[error("migration {version} ({description}) was applied to schema `{schema}`, but its SQL has changed since. Applied migrations are immutable: restore the original file, or generate a new migration for the change. Nothing was applied.")]
    Modified { version: i64, description: String, schema: String },
    #[error("schema `{schema}` has migration {version} applied, which this build of stripe-sync does not know (a newer release applied it?). Use that release or a newer one. Nothing was applied.")]
    Unknown { version: i64, schema: String },
    #[error("migration {version} ({description}) failed and was rolled back whole; the schema is as it was before it: {source}")]
    Failed { version: i64, description: String, source: sqlx::Error },
    #[error(
        "schema `{schema}` is not ready: {pending} migration(s) pending ({names}). Run `stripe-sync migrate` first."
    )]
    Pending { schema: String, pending: usize, names: String },
    #[error("database error while migrating: {0}")]
    Database(#[from] sqlx::Error),
}

/// A row of the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub version: i64,
    pub description: String,
    pub checksum: Vec<u8>,
}

fn to_sqlx(chain: &[ChainMigration]) -> Vec<Migration> {
    chain
        .iter()
        .map(|m| {
            Migration::new(
                m.version,
                Cow::Owned(m.description.clone()),
                MigrationType::Simple,
                Cow::Owned(m.sql.clone()),
                false,
            )
        })
        .collect()
}

/// Opens a connection whose `search_path` is the target schema (created when missing).
async fn prepare(url: &str, opts: &MigrateOptions, create: bool) -> Result<PgConnection, MigrateError> {
    let mut conn = db::connect(url).await?;
    let user: String = sqlx::query_scalar("SELECT current_user::text").fetch_one(&mut conn).await?;
    if create {
        // One runner per schema at a time, from creating the schema to reporting what it
        // applied (sqlx's own lock covers only its run). Released when the connection closes.
        sqlx::query("SELECT pg_advisory_lock(hashtextextended('stripe-schema migrate ' || $1, 0))")
            .bind(&opts.schema)
            .execute(&mut conn)
            .await?;
    }
    let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = $1)")
        .bind(&opts.schema)
        .fetch_one(&mut conn)
        .await?;
    if !exists && create {
        sqlx::query(&format!("CREATE SCHEMA {}", quote_ident(&opts.schema)))
            .execute(&mut conn)
            .await
            .map_err(|source| MigrateError::CreateSchema { schema: opts.schema.clone(), user: user.clone(), source })?;
    }
    if create {
        let can_create: bool = sqlx::query_scalar("SELECT has_schema_privilege(current_user, $1, 'CREATE')")
            .bind(&opts.schema)
            .fetch_one(&mut conn)
            .await?;
        if !can_create {
            return Err(MigrateError::NoCreatePrivilege { schema: opts.schema.clone(), user });
        }
    }
    sqlx::query(&format!("SET search_path TO {}", quote_ident(&opts.schema))).execute(&mut conn).await?;
    sqlx::query("SELECT set_config('stripe_schema.reader_role', $1, false)")
        .bind(&opts.reader_role)
        .execute(&mut conn)
        .await?;
    Ok(conn)
}

/// The ledger of the schema (empty when nothing was ever applied).
async fn ledger(conn: &mut PgConnection, schema: &str) -> Result<Vec<Applied>, MigrateError> {
    let table = format!("{}._sqlx_migrations", quote_ident(schema));
    let exists: bool =
        sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL").bind(&table).fetch_one(&mut *conn).await?;
    if !exists {
        return Ok(Vec::new());
    }
    let rows =
        sqlx::query(&format!("SELECT version, description, checksum FROM {table} WHERE success ORDER BY version"))
            .fetch_all(&mut *conn)
            .await?;
    Ok(rows.into_iter().map(|r| Applied { version: r.get(0), description: r.get(1), checksum: r.get(2) }).collect())
}

/// Pending migrations, after refusing an edited or unknown applied one.
fn pending<'a>(chain: &'a [Migration], applied: &[Applied], schema: &str) -> Result<Vec<&'a Migration>, MigrateError> {
    for a in applied {
        match chain.iter().find(|m| m.version == a.version) {
            None => return Err(MigrateError::Unknown { version: a.version, schema: schema.into() }),
            Some(m) if m.checksum.as_ref() != a.checksum.as_slice() => {
                return Err(MigrateError::Modified {
                    version: a.version,
                    description: a.description.clone(),
                    schema: schema.into(),
                })
            }
            Some(_) => {}
        }
    }
    Ok(chain.iter().filter(|m| !applied.iter().any(|a| a.version == m.version)).collect())
}

/// Applies every pending migration of `chain` to the schema, in order; returns what it applied.
pub async fn migrate(
    url: &str,
    opts: &MigrateOptions,
    chain: &[ChainMigration],
) -> Result<Vec<ChainMigration>, MigrateError> {
    let mut conn = prepare(url, opts, true).await?;
    let migrations = to_sqlx(chain);
    // Check first, so an edited file is refused before anything runs.
    let before = ledger(&mut conn, &opts.schema).await?;
    pending(&migrations, &before, &opts.schema)?;
    let migrator =
        Migrator { migrations: Cow::Owned(migrations.clone()), ignore_missing: false, locking: true, no_tx: false };
    migrator.run_direct(&mut conn).await.map_err(|e| map_sqlx(e, chain, &opts.schema))?;
    let after = ledger(&mut conn, &opts.schema).await?;
    Ok(chain
        .iter()
        .filter(|m| after.iter().any(|a| a.version == m.version) && !before.iter().any(|a| a.version == m.version))
        .cloned()
        .collect())
}

/// The migrations not yet applied (errors when an applied one was edited or is unknown).
pub async fn check(
    url: &str,
    opts: &MigrateOptions,
    chain: &[ChainMigration],
) -> Result<Vec<ChainMigration>, MigrateError> {
    let mut conn = prepare(url, opts, false).await?;
    let migrations = to_sqlx(chain);
    let applied = ledger(&mut conn, &opts.schema).await?;
    let pending = pending(&migrations, &applied, &opts.schema)?;
    Ok(chain.iter().filter(|m| pending.iter().any(|p| p.version == m.version)).cloned().collect())
}

/// For the sync paths at start-up: fails clearly unless every migration is applied.
pub async fn ensure_ready(url: &str, opts: &MigrateOptions, chain: &[ChainMigration]) -> Result<(), MigrateError> {
    let pending = check(url, opts, chain).await?;
    if pending.is_empty() {
        return Ok(());
    }
    Err(MigrateError::Pending {
        schema: opts.schema.clone(),
        pending: pending.len(),
        names: pending.iter().map(|m| format!("{} {}", m.version, m.description)).collect::<Vec<_>>().join(", "),
    })
}

fn map_sqlx(e: sqlx::migrate::MigrateError, chain: &[ChainMigration], schema: &str) -> MigrateError {
    use sqlx::migrate::MigrateError as M;
    let describe = |v: i64| chain.iter().find(|m| m.version == v).map(|m| m.description.clone()).unwrap_or_default();
    match e {
        M::ExecuteMigration(source, version) => {
            MigrateError::Failed { version, description: describe(version), source }
        }
        M::VersionMismatch(version) => {
            MigrateError::Modified { version, description: describe(version), schema: schema.into() }
        }
        M::VersionMissing(version) => MigrateError::Unknown { version, schema: schema.into() },
        M::Execute(e) => MigrateError::Database(e),
        other => MigrateError::Database(sqlx::Error::Migrate(Box::new(other))),
    }
}
