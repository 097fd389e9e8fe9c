//! The line items of paid Checkout Sessions, which Stripe leaves out of its events: `serve`
//! (given an API key) reads them from the API and records them, so a purchase grants its
//! credits without the app's help. The queue is `paid_sessions` itself (those not fetched
//! yet): nothing is lost to a restart, and a failed read is tried again next time.

use serde_json::{json, Value};
use sqlx::PgPool;

use crate::api::ApiClient;
use crate::db::quote_ident;

/// The most sessions one pass reads.
const PER_PASS: i64 = 100;

/// Reads and records the line items of paid sessions not fetched yet; answers how many it
/// recorded. Nothing to do when the app layer is not installed in `app_schema`.
pub async fn fetch(pool: &PgPool, app_schema: &str, api: &ApiClient) -> Result<usize, sqlx::Error> {
    if !super::installed(pool, app_schema).await? {
        return Ok(0);
    }
    let app = quote_ident(app_schema);
    let due: Vec<(String, Option<String>)> = sqlx::query_as(&format!(
        "SELECT session_id, account FROM {app}.paid_sessions WHERE line_items_fetched_at IS NULL \
         ORDER BY session_id LIMIT {PER_PASS}"
    ))
    .fetch_all(pool)
    .await?;
    let mut recorded = 0;
    for (session, account) in due {
        let path = format!("/v1/checkout/sessions/{session}/line_items");
        match api.for_account(account).list_all(&path, &[], None).await {
            Ok(items) => {
                sqlx::query(&format!("SELECT {app}.record_checkout_line_items($1, $2)"))
                    .bind(&session)
                    .bind(json!({ "data": Value::Array(items) }))
                    .execute(pool)
                    .await?;
                recorded += 1;
            }
            Err(e) => {
                tracing::warn!(session = %session, error = %e, "cannot read a paid Checkout Session's line items; tried again later")
            }
        }
    }
    Ok(recorded)
}
