//! stripe-sync: the small runtime that keeps the generated Stripe tables in Postgres filled.
//!
//! Its jobs, one module each:
//! - [`migrate`]: applies the generated migration chain (embedded at build time) into a schema.
//! - [`webhook`]: webhook intake: verify the signature, store the event in the ledger, answer
//!   only once it is stored, then apply it in the background ([`webhook::http`] serves it).
//! - [`write`]: the write pipeline every path shares: events and API pages become a plan of
//!   rows, written with the one ordered upsert (newest state wins, tombstones stay).
//! - [`api`]: the Stripe API client and the list plan (which requests are valid).
//! - [`backfill`], [`catchup`], [`verify`], [`partial`]: readers of the API that feed the write
//!   pipeline; [`replay`] re-applies stored events; [`prune`] keeps the ledger bounded.
//! - [`billing`]: the app layer beside the mirror (users ↔ customers, subscription status,
//!   entitlements, credits), as SQL in its own schema and a Rust API over it.
//! - [`db`], [`metrics`]: connection set-up and the Prometheus metrics.
//!
//! The CLI (`main.rs`) parses arguments and shows progress; it holds no sync logic.
//!
//! It must not read the OpenAPI spec or depend on the generator: what it knows of Stripe comes
//! from `stripe-model` and the generated files; the Postgres layout and statements from
//! `stripe-pg-contract`.

pub mod api;
pub mod backfill;
pub mod billing;
pub mod catchup;
pub mod db;
#[rustfmt::skip]
mod generated_columns;
#[rustfmt::skip]
mod generated_lists;
#[rustfmt::skip]
mod generated_migrations;
pub mod metrics;
pub mod migrate;
pub mod partial;
pub mod prune;
pub mod replay;
pub mod verify;
pub mod webhook;
pub mod write;

/// Seconds since the Unix epoch, as Stripe timestamps count them.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}
