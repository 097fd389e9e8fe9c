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

/// Quotes an identifier for SQL.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Quotes a string literal for SQL (standard_conforming_strings, Postgres's default).
pub fn quote_literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn passwords_never_appear_in_messages() {
        assert_eq!(redact_url("postgres://app:s3cret@db:5432/x"), "postgres://app:***@db:5432/x");
        assert_eq!(redact_url("postgres://app@db/x"), "postgres://app@db/x");
        assert_eq!(redact_url("postgres://a:b:c@h/x"), "postgres://a:***@h/x");
    }
}
