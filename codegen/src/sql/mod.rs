//! IR → Postgres: the table model, DDL, migrations.

pub mod ddl;
pub mod migration;
pub mod model;
pub mod naming;
