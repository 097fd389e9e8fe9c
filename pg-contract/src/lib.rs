//! The Postgres contract: how Stripe objects are laid out in Postgres and the statements that
//! write them. `stripe-codegen` reads it to emit DDL and migrations; `stripe-sync` reads it to
//! write rows. One owner, so the two cannot drift apart.
//!
//! It owns: quoting ([`quote`]), a typed column's SQL type and the expression deriving it from
//! `_raw` ([`SqlType`]), the system columns every object table has ([`columns`]), the runtime
//! tables (`_events`, `_objects`, `_sync_state`) with their DDL and statements ([`runtime`],
//! [`ledger`], [`sync_state`]), and the ordered upsert every write path stores states with
//! ([`upsert`]).
//!
//! It must not: read the OpenAPI spec (codegen's job), do I/O or depend on a database driver
//! (stripe-sync's job). Everything here is plain data and functions to SQL text.

pub mod columns;
pub mod ledger;
pub mod quote;
pub mod runtime;
mod sql_type;
pub mod sync_state;
pub mod upsert;

pub use columns::{TypedColumns, WrittenColumn};
pub use quote::{ident, quote_ident, quote_literal};
pub use sql_type::SqlType;
pub use upsert::{OrderedUpsert, UpsertKind};
