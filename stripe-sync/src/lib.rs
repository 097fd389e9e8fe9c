//! stripe-sync: the small runtime that keeps the generated Stripe tables in Postgres filled.
//!
//! [`migrate`] applies the generated migration chain (embedded at build time) into a schema;
//! the sync paths (webhooks, backfill, catch-up) write through the same tables.

pub mod db;
pub mod migrate;
mod generated_migrations;
