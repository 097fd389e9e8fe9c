//! stripe-sync: the small runtime that keeps the generated Stripe tables in Postgres filled.
//!
//! [`migrate`] applies the generated migration chain (embedded at build time) into a schema;
//! [`webhook`] verifies, records and applies signed webhook events ([`http`] serves them);
//! [`store`] holds the ordering rule every write path shares; [`replay`] re-applies stored
//! events; [`backfill`], [`catchup`] and [`verify`] read the API through [`api`].

pub mod api;
pub mod backfill;
pub mod batch;
pub mod catchup;
pub mod db;
pub mod follow;
pub mod group_fn;
#[rustfmt::skip]
mod generated_columns;
#[rustfmt::skip]
mod generated_lists;
#[rustfmt::skip]
mod generated_migrations;
pub mod http;
pub mod ledger;
pub mod list_head;
pub mod lists;
pub mod metrics;
pub mod migrate;
pub mod page;
pub mod partial;
pub mod replay;
pub mod signature;
pub mod store;
pub mod sync_state;
pub mod verify;
pub mod webhook;

/// Seconds since the Unix epoch, as Stripe timestamps count them.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
