//! The app layer's own migration chain (hand-written SQL under `stripe-sync/app/`), applied to
//! its schema beside the mirror with the same runner, ledger and checks as the mirror's chain.

use crate::db::quote_ident;
use crate::migrate::{self, ChainMigration, MigrateError, MigrateOptions};

/// The app layer's migrations, in order: (version, description, SQL with `{{mirror}}` for the
/// mirror schema and `{{handled_event_types}}` for [`HANDLED_EVENT_TYPES`]).
const CHAIN: &[(i64, &str, &str)] = &[
    (1, "app layer", include_str!("../../app/0001_app_layer.sql")),
    (2, "hooks", include_str!("../../app/0002_hooks.sql")),
];

/// The event types the app layer reads (`handle_event`); its triggers fire for these only, so
/// every other event costs the ledger nothing more.
pub const HANDLED_EVENT_TYPES: &[&str] = &[
    "charge.refund.updated",
    "charge.refunded",
    "charge.updated",
    "checkout.session.async_payment_succeeded",
    "checkout.session.completed",
    "customer.created",
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.updated",
    "entitlements.active_entitlement_summary.updated",
    "invoice.paid",
    "refund.created",
    "refund.updated",
];

/// Where the app layer goes.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// The app layer's schema (default `stripe_app`).
    pub schema: String,
    /// The mirror schema its views and triggers read (default `stripe`).
    pub mirror: String,
    /// Read-only role granted SELECT and the functions that only read.
    pub reader_role: String,
}

impl Default for AppOptions {
    fn default() -> Self {
        AppOptions { schema: "stripe_app".into(), mirror: "stripe".into(), reader_role: "stripe_reader".into() }
    }
}

/// The chain for these schemas. Each schema name is part of the SQL (and so of its checksum):
/// an app layer is tied to the mirror it was applied beside.
pub fn chain(opts: &AppOptions) -> Vec<ChainMigration> {
    CHAIN
        .iter()
        .map(|(version, description, sql)| ChainMigration {
            version: *version,
            description: description.to_string(),
            sql: sql
                .replace("{{mirror}}", &quote_ident(&opts.mirror))
                .replace("{{handled_event_types}}", &handled_event_types()),
        })
        .collect()
}

/// `'{a,b}'`: the types as an SQL array literal.
fn handled_event_types() -> String {
    crate::db::quote_literal(&format!("{{{}}}", HANDLED_EVENT_TYPES.join(",")))
}

fn as_migrate(opts: &AppOptions) -> MigrateOptions {
    MigrateOptions { schema: opts.schema.clone(), reader_role: opts.reader_role.clone() }
}

/// Applies the app layer's pending migrations (the mirror must be migrated first).
pub async fn migrate(url: &str, opts: &AppOptions) -> Result<Vec<ChainMigration>, MigrateError> {
    migrate::migrate(url, &as_migrate(opts), &chain(opts)).await
}

/// The app layer's migrations not yet applied.
pub async fn check(url: &str, opts: &AppOptions) -> Result<Vec<ChainMigration>, MigrateError> {
    migrate::check(url, &as_migrate(opts), &chain(opts)).await
}

/// The functions an app calls, writing ones included: granted to `role` (created if missing),
/// with SELECT on the app layer's tables and views and on the mirror, and what hooks need
/// (taking outbox rows). Idempotent; run on every `migrate`.
pub async fn grant_app_role(url: &str, opts: &AppOptions, role: &str) -> Result<(), MigrateError> {
    let mut conn = crate::db::connect(url).await?;
    let schema = quote_ident(&opts.schema);
    let role_q = quote_ident(role);
    let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1)")
        .bind(role)
        .fetch_one(&mut conn)
        .await?;
    if !exists {
        sqlx::query(&format!("CREATE ROLE {role_q} NOLOGIN")).execute(&mut conn).await?;
    }
    let mirror = quote_ident(&opts.mirror);
    for statement in [
        format!("GRANT USAGE ON SCHEMA {schema} TO {role_q}"),
        format!("GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role_q}"),
        // Hooks take outbox rows and read their events' payloads from the mirror's ledger.
        format!("GRANT UPDATE ON {schema}.hook_outbox TO {role_q}"),
        format!("GRANT USAGE ON SCHEMA {mirror} TO {role_q}"),
        format!("GRANT SELECT ON ALL TABLES IN SCHEMA {mirror} TO {role_q}"),
        format!(
            "GRANT EXECUTE ON FUNCTION {schema}.balance(text, text), {schema}.history(text, text), \
             {schema}.has_active_subscription(text), {schema}.has_entitlement(text, text), {schema}.setting(text), \
             {schema}.link_customer(text, text, text), {schema}.unlink_customer(text), \
             {schema}.consume(text, text, bigint, text), {schema}.record_usage(text, text, bigint, text), \
             {schema}.record_checkout_line_items(text, jsonb), {schema}.register_hook(text, text[]) TO {role_q}"
        ),
    ] {
        sqlx::query(&statement).execute(&mut conn).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_handled_type_is_handled_and_every_handled_one_is_listed() {
        let sql = CHAIN[0].2;
        let body =
            &sql[sql.find("CREATE FUNCTION handle_event(").unwrap()..sql.find("CREATE FUNCTION _on_applied").unwrap()];
        for t in HANDLED_EVENT_TYPES {
            assert!(body.contains(&format!("'{t}'")), "{t} is listed but handle_event does not read it");
        }
        // The types its CASE reads: quoted names on the `WHEN p_type …` lines.
        let read: Vec<&str> = body
            .lines()
            .filter(|l| l.trim_start().starts_with("WHEN p_type"))
            .flat_map(|l| l.split('\'').skip(1).step_by(2))
            .collect();
        assert!(read.len() >= HANDLED_EVENT_TYPES.len(), "{read:?}");
        for t in read {
            assert!(HANDLED_EVENT_TYPES.contains(&t), "handle_event reads {t}, but the triggers do not fire for it");
        }
        let mut sorted = HANDLED_EVENT_TYPES.to_vec();
        sorted.sort();
        assert_eq!(sorted, HANDLED_EVENT_TYPES, "kept sorted, so a new one is easy to place");
    }

    #[test]
    fn the_chain_names_the_mirror_it_reads() {
        let opts = AppOptions { mirror: "billing mirror".into(), ..AppOptions::default() };
        let chain = chain(&opts);
        let sql = &chain[0].sql;
        assert!(sql.contains("\"billing mirror\"._events"), "quoted mirror schema");
        assert!(chain.iter().all(|m| !m.sql.contains("{{")), "every placeholder replaced");
        assert!(sql.contains("'{charge.refund.updated,charge.refunded,"));
    }
}
