//! IR → SQL for the supabase `wrappers` Stripe FDW: server setup, one foreign table per FDW
//! object (exactly the FDW's columns and types), and a typed view over each exposing every
//! other field of the object from `attrs`.

mod emit;
pub mod interface;

pub use emit::{
    cross_check, foreign_table, server_sql, setup_files, typed_view, wrapper_sql, CrossCheck, KeySource,
    DEFAULT_SCHEMA, SERVER,
};
