//! Connecting to Postgres with errors that say what to fix, and never print a password.

use sqlx::postgres::{PgConnectOptions, PgConnection};
use sqlx::{ConnectOptions, Connection};

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`, for messages and logs.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    let Some((auth, host)) = rest.rsplit_once('@') else { return url.to_string() };
    match auth.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("DATABASE_URL `{url}` is not a valid Postgres URL: {source}. Expected postgres://user[:password]@host[:port]/database")]
    BadUrl { url: String, source: sqlx::Error },
    #[error("cannot connect to Postgres at {url}: {source}. Is the server running and reachable, and is DATABASE_URL right?")]
    Unreachable { url: String, source: sqlx::Error },
}

/// Prepared statements kept per connection.
pub const STATEMENT_CACHE: usize = 1024;

pub fn options(url: &str) -> Result<PgConnectOptions, ConnectError> {
    url.parse::<PgConnectOptions>()
        // One prepared statement per table and statement kind: sqlx's default of 100 per
        // connection is fewer than the tables, and a cache that thrashes re-plans every write.
        // Our statements are keyed lookups whose best plan never depends on the values, so
        // Postgres's five custom plans per statement and connection are pure planning cost.
        .map(|o| {
            o.log_statements(tracing::log::LevelFilter::Trace)
                .statement_cache_capacity(STATEMENT_CACHE)
                .options([("plan_cache_mode", "force_generic_plan")])
        })
        .map_err(|source| ConnectError::BadUrl { url: redact_url(url), source })
}

pub async fn connect(url: &str) -> Result<PgConnection, ConnectError> {
    let opts = options(url)?;
    PgConnection::connect_with(&opts).await.map_err(|source| ConnectError::Unreachable { url: redact_url(url), source })
}

/// JSON text bound as `jsonb` as it is, without a parse and re-encode on this side (an API
/// response body handed to Postgres).
#[derive(Debug, Clone, Copy)]
pub struct JsonText<'a>(pub &'a [u8]);

impl sqlx::Type<sqlx::Postgres> for JsonText<'_> {
    fn type_info() -> sqlx::postgres::PgTypeInfo {
        <sqlx::types::Json<()> as sqlx::Type<sqlx::Postgres>>::type_info()
    }
}

impl sqlx::Encode<'_, sqlx::Postgres> for JsonText<'_> {
    fn encode_by_ref(
        &self,
        buf: &mut sqlx::postgres::PgArgumentBuffer,
    ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
        // jsonb's binary input is a format version byte, then the JSON text.
        buf.push(1);
        buf.extend_from_slice(self.0);
        Ok(sqlx::encode::IsNull::No)
    }
}

impl sqlx::postgres::PgHasArrayType for JsonText<'_> {
    fn array_type_info() -> sqlx::postgres::PgTypeInfo {
        <sqlx::types::Json<()> as sqlx::postgres::PgHasArrayType>::array_type_info()
    }
}

/// Quoting has one owner, the Postgres contract.
pub use stripe_pg_contract::{quote_ident, quote_literal};

/// Postgres aborted the transaction only because of work running at the same time (a
/// deadlock between two writers locking the same rows in different orders, a serialization
/// failure): the same transaction run again is right.
pub fn is_conflict(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if matches!(d.code().as_deref(), Some("40P01" | "40001")))
}

/// How many times a transaction aborted by a conflict is run again.
const CONFLICT_RETRIES: u32 = 5;

/// Runs `work`, one whole transaction, again when Postgres aborted it for a conflict with
/// concurrent work (`conflict` says which errors are), after a short growing pause with
/// jitter so the two writers do not meet again in step.
pub async fn retry_conflicts<T, E, F, Fut>(conflict: impl Fn(&E) -> bool, mut work: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, E>>,
{
    let mut attempt = 0;
    loop {
        match work().await {
            Err(e) if attempt < CONFLICT_RETRIES && conflict(&e) => {
                attempt += 1;
                let jitter =
                    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos())
                        % 10;
                tokio::time::sleep(std::time::Duration::from_millis(u64::from(5 * (1 << attempt) + jitter))).await;
                tracing::debug!(attempt, "transaction aborted by a concurrent writer; running it again");
            }
            result => return result,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{is_conflict, redact_url, retry_conflicts};

    /// A database error with only an SQLSTATE, as Postgres would send it.
    #[derive(Debug)]
    struct Coded(&'static str);

    impl std::fmt::Display for Coded {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "sqlstate {}", self.0)
        }
    }

    impl std::error::Error for Coded {}

    impl sqlx::error::DatabaseError for Coded {
        fn message(&self) -> &str {
            self.0
        }
        fn code(&self) -> Option<std::borrow::Cow<'_, str>> {
            Some(self.0.into())
        }
        fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
            self
        }
        fn kind(&self) -> sqlx::error::ErrorKind {
            sqlx::error::ErrorKind::Other
        }
    }

    fn error(code: &'static str) -> sqlx::Error {
        sqlx::Error::Database(Box::new(Coded(code)))
    }

    #[tokio::test]
    async fn a_transaction_aborted_by_a_deadlock_runs_again_and_other_errors_do_not() {
        assert!(is_conflict(&error("40P01")) && is_conflict(&error("40001")) && !is_conflict(&error("23505")));
        let runs = std::cell::Cell::new(0);
        let work = || async {
            runs.set(runs.get() + 1);
            if runs.get() < 3 {
                Err(error("40P01"))
            } else {
                Ok(runs.get())
            }
        };
        assert_eq!(retry_conflicts(is_conflict, work).await.unwrap(), 3);
        runs.set(0);
        let failing = || async {
            runs.set(runs.get() + 1);
            Err::<(), _>(error("23505"))
        };
        assert!(retry_conflicts(is_conflict, failing).await.is_err());
        assert_eq!(runs.get(), 1, "a constraint violation is not run again");
        runs.set(0);
        let stuck = || async {
            runs.set(runs.get() + 1);
            Err::<(), _>(error("40P01"))
        };
        assert!(retry_conflicts(is_conflict, stuck).await.is_err());
        assert_eq!(runs.get(), 6, "five more runs, then the conflict is reported");
    }

    #[test]
    fn passwords_never_appear_in_messages() {
        assert_eq!(redact_url("postgres://app:s3cret@db:5432/x"), "postgres://app:***@db:5432/x");
        assert_eq!(redact_url("postgres://app@db/x"), "postgres://app@db/x");
        assert_eq!(redact_url("postgres://a:b:c@h/x"), "postgres://a:***@h/x");
    }
}
