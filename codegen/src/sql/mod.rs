//! IR → Postgres: the table model, DDL, migrations.

pub mod model;
pub mod naming;
