//! The write pipeline: how object states reach the tables, newest state wins, tombstones stay.
//!
//! - [`store`]: where an object goes (its table or `_objects`), its row key, the ordering key;
//!   the one-by-one executor (one statement per state) that isolates a bad event.
//! - [`batch`]: the plan for a group of events (pure: which rows, which table, which rounds),
//!   executed by the group function ([`group_fn`]) in one round trip.
//! - [`page`]: a page of API objects (and their embedded list items) in one statement.
//! - [`follow`]: child rows follow their parent's complete embedded lists (the prune).
//! - [`sync_state`]: cursors of resumable work.
//!
//! Every executor builds its statements from `stripe_pg_contract` (the ordered upsert, the
//! ledger's statements), so the ordering rule is written once. It must not talk to the Stripe
//! API or answer HTTP: callers bring the states.

pub mod batch;
pub mod follow;
pub mod group_fn;
pub mod page;
pub mod store;
pub mod sync_state;
