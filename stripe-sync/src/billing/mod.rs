//! The app's side of billing, on the synced tables: which Stripe customers are which user's,
//! whether a user's subscription counts, their entitlements, and credits that survive duplicate
//! deliveries and refunds.
//!
//! It lives in its own schema (default `stripe_app`, see [`schema`]) as tables, views and SQL
//! functions, so an app in any language calls the same code; [`Billing`] is its Rust face. Events
//! reach it through a trigger on the mirror's ledger: an event is handled in the transaction that
//! marks it applied, so whatever it grants is granted exactly once with it (and a replay, which
//! applies it again, changes nothing: every write is keyed by its cause).

pub mod config;
pub mod hooks;
pub mod line_items;
pub mod schema;

use sqlx::types::chrono::{DateTime, Utc};
use sqlx::{PgPool, Row};

use crate::db::quote_ident;

/// What went wrong, in terms the app can act on.
#[derive(Debug, thiserror::Error)]
pub enum BillingError {
    #[error("user `{user}` has {balance} `{key}` credit(s); {requested} requested")]
    InsufficientCredits { user: String, key: String, balance: i64, requested: i64 },
    #[error("customer `{customer}` is linked to user `{linked_user}`, not `{user}`: a customer belongs to one user (unlink it first if the move is intended)")]
    LinkConflict { customer: String, linked_user: String, user: String },
    #[error("{0}")]
    Invalid(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

/// One item of one of a user's subscriptions.
#[derive(Debug, Clone, PartialEq)]
pub struct SubscriptionStatus {
    pub customer_id: String,
    pub subscription_id: String,
    pub account: Option<String>,
    pub status: Option<String>,
    pub price_id: Option<String>,
    pub product_id: Option<String>,
    pub quantity: Option<i64>,
    pub current_period_start: Option<DateTime<Utc>>,
    pub current_period_end: Option<DateTime<Utc>>,
    pub trial_end: Option<DateTime<Utc>>,
    pub cancel_at_period_end: Option<bool>,
}

/// One row of a user's credit ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerEntry {
    pub id: i64,
    pub delta: i64,
    pub quantity: Option<i64>,
    pub kind: String,
    pub cause: String,
    pub event_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// The app layer over a pool, in schema `schema`.
#[derive(Debug, Clone)]
pub struct Billing {
    pool: PgPool,
    schema: String,
}

impl Billing {
    pub fn new(pool: PgPool, schema: &str) -> Self {
        Billing { pool, schema: quote_ident(schema) }
    }

    /// Links `user` to `customer`; refuses when another user holds the customer.
    pub async fn link_customer(&self, user: &str, customer: &str, account: Option<&str>) -> Result<(), BillingError> {
        sqlx::query(&format!("SELECT {}.link_customer($1, $2, $3)", self.schema))
            .bind(user)
            .bind(customer)
            .bind(account)
            .execute(&self.pool)
            .await
            .map_err(|e| match sqlstate(&e) {
                Some((code, detail)) if code == "SA001" => BillingError::LinkConflict {
                    customer: customer.into(),
                    linked_user: detail.unwrap_or_default(),
                    user: user.into(),
                },
                _ => invalid_or_database(e),
            })?;
        Ok(())
    }

    /// Every item of the user's live subscriptions.
    pub async fn subscription_status(&self, user: &str) -> Result<Vec<SubscriptionStatus>, BillingError> {
        let rows = sqlx::query(&format!(
            "SELECT customer_id, subscription_id, account, status, price_id, product_id, quantity, \
             current_period_start, current_period_end, trial_end, cancel_at_period_end \
             FROM {}.user_subscriptions WHERE user_id = $1 ORDER BY subscription_id, price_id",
            self.schema
        ))
        .bind(user)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SubscriptionStatus {
                    customer_id: r.try_get(0)?,
                    subscription_id: r.try_get(1)?,
                    account: r.try_get(2)?,
                    status: r.try_get(3)?,
                    price_id: r.try_get(4)?,
                    product_id: r.try_get(5)?,
                    quantity: r.try_get(6)?,
                    current_period_start: r.try_get(7)?,
                    current_period_end: r.try_get(8)?,
                    trial_end: r.try_get(9)?,
                    cancel_at_period_end: r.try_get(10)?,
                })
            })
            .collect()
    }

    /// Whether a subscription of the user counts: active, trialing, or past_due within the grace.
    pub async fn has_active_subscription(&self, user: &str) -> Result<bool, BillingError> {
        self.scalar("has_active_subscription($1)", &[user]).await
    }

    /// Whether the user's newest entitlement summary holds `lookup_key`.
    pub async fn has_entitlement(&self, user: &str, lookup_key: &str) -> Result<bool, BillingError> {
        self.scalar("has_entitlement($1, $2)", &[user, lookup_key]).await
    }

    pub async fn balance(&self, user: &str, key: &str) -> Result<i64, BillingError> {
        self.scalar("balance($1, $2)", &[user, key]).await
    }

    /// Uses `amount` credits once per `idempotency_key`; the balance after. Refused, with the
    /// balance, when it would go below zero.
    pub async fn consume(
        &self,
        user: &str,
        key: &str,
        amount: i64,
        idempotency_key: &str,
    ) -> Result<i64, BillingError> {
        sqlx::query_scalar(&format!("SELECT {}.consume($1, $2, $3, $4)", self.schema))
            .bind(user)
            .bind(key)
            .bind(amount)
            .bind(idempotency_key)
            .fetch_one(&self.pool)
            .await
            .map_err(|e| match sqlstate(&e) {
                Some((code, detail)) if code == "SA002" => BillingError::InsufficientCredits {
                    user: user.into(),
                    key: key.into(),
                    balance: detail.and_then(|d| d.parse().ok()).unwrap_or(0),
                    requested: amount,
                },
                _ => invalid_or_database(e),
            })
    }

    /// A usage record for metered billing, once per `idempotency_key` (true when new).
    pub async fn record_usage(
        &self,
        user: &str,
        key: &str,
        quantity: i64,
        idempotency_key: &str,
    ) -> Result<bool, BillingError> {
        sqlx::query_scalar(&format!("SELECT {}.record_usage($1, $2, $3, $4)", self.schema))
            .bind(user)
            .bind(key)
            .bind(quantity)
            .bind(idempotency_key)
            .fetch_one(&self.pool)
            .await
            .map_err(invalid_or_database)
    }

    /// Every change of the user's `key` balance, oldest first.
    pub async fn history(&self, user: &str, key: &str) -> Result<Vec<LedgerEntry>, BillingError> {
        let rows = sqlx::query(&format!(
            "SELECT id, delta, quantity, kind, cause, event_id, created_at FROM {}.history($1, $2)",
            self.schema
        ))
        .bind(user)
        .bind(key)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(LedgerEntry {
                    id: r.try_get(0)?,
                    delta: r.try_get(1)?,
                    quantity: r.try_get(2)?,
                    kind: r.try_get(3)?,
                    cause: r.try_get(4)?,
                    event_id: r.try_get(5)?,
                    created_at: r.try_get(6)?,
                })
            })
            .collect()
    }

    /// Records a Checkout Session's line items (the `GET /v1/checkout/sessions/{id}/line_items`
    /// list, which Stripe's events leave out), granting what a paid session's prices grant.
    pub async fn record_checkout_line_items(
        &self,
        session: &str,
        items: &serde_json::Value,
    ) -> Result<(), BillingError> {
        sqlx::query(&format!("SELECT {}.record_checkout_line_items($1, $2)", self.schema))
            .bind(session)
            .bind(items)
            .execute(&self.pool)
            .await
            .map_err(invalid_or_database)?;
        Ok(())
    }

    async fn scalar<T>(&self, call: &str, args: &[&str]) -> Result<T, BillingError>
    where
        T: for<'r> sqlx::Decode<'r, sqlx::Postgres> + sqlx::Type<sqlx::Postgres> + Send + Unpin,
    {
        let sql = format!("SELECT {}.{call}", self.schema);
        let mut query = sqlx::query_scalar(&sql);
        for a in args {
            query = query.bind(*a);
        }
        Ok(query.fetch_one(&self.pool).await?)
    }
}

/// The SQLSTATE and DETAIL of a database error.
fn sqlstate(e: &sqlx::Error) -> Option<(String, Option<String>)> {
    let sqlx::Error::Database(d) = e else { return None };
    let detail = d.try_downcast_ref::<sqlx::postgres::PgDatabaseError>().and_then(|p| p.detail()).map(str::to_string);
    Some((d.code()?.into_owned(), detail))
}

fn invalid_or_database(e: sqlx::Error) -> BillingError {
    match sqlstate(&e) {
        Some((code, _)) if code == "22023" => {
            BillingError::Invalid(e.as_database_error().map(|d| d.message().to_string()).unwrap_or_default())
        }
        _ => BillingError::Database(e),
    }
}

/// The app layer's gauges for `/metrics`, read at scrape time (nothing when it is not
/// installed in `schema`, or the database does not answer within a second): link conflicts,
/// each hook's backlog, paid sessions whose line items are not read yet.
pub async fn metrics_text(pool: &PgPool, schema: &str) -> String {
    let read = async {
        let app = quote_ident(schema);
        if !installed(pool, schema).await? {
            return Ok::<_, sqlx::Error>(String::new());
        }
        let (conflicts, unread): (i64, i64) = sqlx::query_as(&format!(
            "SELECT (SELECT count(*) FROM {app}.link_conflicts), \
                    (SELECT count(*) FROM {app}.paid_sessions WHERE line_items_fetched_at IS NULL)"
        ))
        .fetch_one(pool)
        .await?;
        let backlog: Vec<(String, i64)> = sqlx::query_as(&format!(
            "SELECT hook, count(*) FROM {app}.hook_outbox WHERE handled_at IS NULL GROUP BY hook ORDER BY hook"
        ))
        .fetch_all(pool)
        .await
        .unwrap_or_default();
        let mut out = format!(
            "# HELP stripe_sync_app_link_conflicts Events that named another user for an already linked customer ({schema}.link_conflicts)\n\
             # TYPE stripe_sync_app_link_conflicts gauge\nstripe_sync_app_link_conflicts {conflicts}\n\
             # HELP stripe_sync_app_unread_line_items Paid Checkout Sessions whose line items are not read yet (their credits wait)\n\
             # TYPE stripe_sync_app_unread_line_items gauge\nstripe_sync_app_unread_line_items {unread}\n\
             # HELP stripe_sync_app_hook_backlog Events a hook has yet to handle\n# TYPE stripe_sync_app_hook_backlog gauge\n"
        );
        for (hook, n) in backlog {
            out.push_str(&format!(
                "stripe_sync_app_hook_backlog{{hook=\"{}\"}} {n}\n",
                hook.replace(['\\', '"', '\n'], "_")
            ));
        }
        Ok(out)
    };
    match tokio::time::timeout(std::time::Duration::from_secs(1), read).await {
        Ok(Ok(text)) => text,
        _ => String::new(),
    }
}

/// Whether the app layer (with hooks, its newest migration) is installed in `schema`: the
/// runtime's optional parts ask before they read it.
pub async fn installed(pool: &PgPool, schema: &str) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar("SELECT to_regclass($1) IS NOT NULL")
        .bind(format!("{}.hook_outbox", quote_ident(schema)))
        .fetch_one(pool)
        .await
}
