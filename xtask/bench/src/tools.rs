//! Generation and build-time measurements, and small process helpers.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use sqlx::postgres::PgPoolOptions;

use crate::report::Report;
use crate::stats::summarize;

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

pub use stripe_schema_tests::openapi_dir;

pub fn output(cmd: &str, args: &[&str]) -> String {
    Command::new(cmd)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}

/// generate on the 2024-04-10 spec, in process (this harness is a release build).
pub fn generate(report: &mut Report, runs: usize) -> anyhow::Result<()> {
    let path = openapi_dir().join("specs/2024-04-10.spec3.json");
    let (mut parse, mut ir, mut emit, mut total) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        let bytes = std::fs::read(&path)?;
        let spec = stripe_openapi::parse::parse_spec(&path, &bytes)?;
        let t_parse = t.elapsed();
        let api = stripe_openapi::ir::build(&spec);
        let t_ir = t.elapsed();
        let blob = stripe_openapi::versions::git_blob_sha1(&bytes);
        let tree = stripe_codegen::generate_all(&api, &blob, &Default::default(), Default::default())?;
        let t_emit = t.elapsed();
        assert!(tree.files.len() > 900);
        parse.push(t_parse.as_secs_f64() * 1e3);
        ir.push((t_ir - t_parse).as_secs_f64() * 1e3);
        emit.push((t_emit - t_ir).as_secs_f64() * 1e3);
        total.push(t_emit.as_secs_f64() * 1e3);
    }
    report.add("generate 2024-04-10: read + parse", "ms", summarize(&parse), runs, "");
    report.add("generate 2024-04-10: IR", "ms", summarize(&ir), runs, "");
    report.add("generate 2024-04-10: emit (Rust, SQL, migration, FDW)", "ms", summarize(&emit), runs, "");
    report.add("generate 2024-04-10: total", "ms", summarize(&total), runs, "< 1000 ms");
    Ok(())
}

/// Clean debug build and `cargo check` of stripe-model, each in a fresh target directory.
pub fn model_build(report: &mut Report, runs: usize) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for (what, sub, target) in [
        ("clean debug build of stripe-model (all objects, deps included)", "build", "< 60 s"),
        ("clean `cargo check` of stripe-model", "check", ""),
    ] {
        let mut secs = Vec::new();
        for _ in 0..runs {
            let dir = std::env::temp_dir().join(format!("stripe-bench-target-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            let t = Instant::now();
            let status = Command::new(&cargo)
                .args([sub, "--quiet", "--offline", "-p", "stripe-model"])
                .current_dir(workspace_root())
                .env("CARGO_TARGET_DIR", &dir)
                .status()?;
            anyhow::ensure!(status.success(), "cargo {sub} -p stripe-model failed");
            secs.push(t.elapsed().as_secs_f64());
            let _ = std::fs::remove_dir_all(&dir);
        }
        report.add(what, "s", summarize(&secs), runs, target);
    }
    Ok(())
}

/// The release `stripe-sync` binary the measurements run, built with this harness by
/// `cargo xtask bench`; `STRIPE_SYNC_BIN` names another (an older commit's build, to compare
/// the two under the same harness).
pub fn stripe_sync_bin() -> anyhow::Result<PathBuf> {
    let bin = std::env::var_os("STRIPE_SYNC_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/release/stripe-sync"));
    anyhow::ensure!(
        bin.exists(),
        "{} is missing: run the benchmarks through `cargo xtask bench`, which builds it",
        bin.display()
    );
    Ok(bin)
}

pub fn admin_url() -> String {
    std::env::var("DATABASE_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A new database `name` with the migrated schema `stripe`; returns its URL.
pub async fn fresh_db(name: &str) -> anyhow::Result<String> {
    let admin = PgPoolOptions::new().max_connections(1).connect(&admin_url()).await?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await?;
    // A variant's locale (`BENCH_DB_LOCALE=C`: bytewise text comparison), to measure it back
    // to back with the server's default.
    let create = match std::env::var("BENCH_DB_LOCALE") {
        Ok(locale) => {
            format!("CREATE DATABASE {name} TEMPLATE template0 LOCALE {}", stripe_sync::db::quote_literal(&locale))
        }
        Err(_) => format!("CREATE DATABASE {name}"),
    };
    sqlx::query(&create).execute(&admin).await?;
    let (prefix, _) = admin_url().rsplit_once('/').map(|(a, b)| (a.to_string(), b.to_string())).unwrap();
    let url = format!("{prefix}/{name}");
    let opts = stripe_sync::migrate::MigrateOptions { schema: "stripe".into(), reader_role: format!("{name}_reader") };
    stripe_sync::migrate::migrate(&url, &opts, &stripe_sync::migrate::embedded()).await?;
    // A schema variant to measure back to back with the migrated schema (BENCHMARKS.md gives
    // the statements each measured variant ran): `BENCH_SCHEMA_SQL`, run after migrating.
    if let Ok(variant) = std::env::var("BENCH_SCHEMA_SQL") {
        let db = PgPoolOptions::new().max_connections(1).connect(&url).await?;
        sqlx::raw_sql(&variant).execute(&db).await?;
        db.close().await;
    }
    // The new database's files are written back now, not during the measurement that follows
    // (a superuser's right; without it the measurement carries that write-back).
    let _ = sqlx::query("CHECKPOINT").execute(&admin).await;
    Ok(url)
}

/// Drops a database made by [`fresh_db`] and its reader role.
pub async fn drop_db(name: &str) -> anyhow::Result<()> {
    let admin = PgPoolOptions::new().max_connections(1).connect(&admin_url()).await?;
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await?;
    let _ = sqlx::query(&format!("DROP ROLE IF EXISTS {name}_reader")).execute(&admin).await;
    Ok(())
}

/// CPU time the whole machine spent busy so far (user, nice, system, irq, softirq; not idle,
/// I/O wait or steal), in seconds. Deltas of it price a measurement in CPU, which varies far
/// less than wall time on a shared machine.
pub fn machine_busy_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let fields: Vec<f64> =
        stat.lines().next().unwrap_or_default().split_whitespace().skip(1).filter_map(|f| f.parse().ok()).collect();
    let ticks = |i: usize| fields.get(i).copied().unwrap_or(0.0);
    // user nice system idle iowait irq softirq steal
    (ticks(0) + ticks(1) + ticks(2) + ticks(5) + ticks(6)) / 100.0
}

/// The CPU time of one Postgres server's processes: the postmaster and its children,
/// those still running and those that ended. Unlike the machine's busy time less ours, it
/// leaves out whatever else the (shared, noisy) machine is doing.
pub struct PostgresCpu {
    postmaster: u32,
}

impl PostgresCpu {
    /// The server `pool` talks to, if its processes are visible here (the same machine and
    /// PID namespace); `None` otherwise.
    pub async fn of(pool: &sqlx::PgPool) -> anyhow::Result<Option<PostgresCpu>> {
        let backend: i32 = sqlx::query_scalar("SELECT pg_backend_pid()").fetch_one(pool).await?;
        // A backend's parent is the postmaster.
        Ok(parent_of(backend as u32).map(|postmaster| PostgresCpu { postmaster }))
    }

    /// Seconds used so far: the postmaster's own and its ended children's (reaped into its
    /// cutime and cstime), plus every running child's.
    pub fn secs(&self) -> f64 {
        let mut total = process_cpu_secs(self.postmaster) + cpu_secs(&format!("/proc/{}/stat", self.postmaster), 13);
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else { continue };
            if parent_of(pid) == Some(self.postmaster) {
                total += process_cpu_secs(pid);
            }
        }
        total
    }
}

/// The parent of process `pid`: the field after the state in its `/proc/…/stat`.
fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time a process has used so far (user + system, all its threads), in seconds.
pub fn process_cpu_secs(pid: u32) -> f64 {
    // utime and stime.
    cpu_secs(&format!("/proc/{pid}/stat"), 11)
}

/// CPU time (user + system) of this process's children that have ended and been waited for, in
/// seconds: a child's whole cost, its own children included.
pub fn children_cpu_secs() -> f64 {
    // cutime and cstime.
    cpu_secs("/proc/self/stat", 13)
}

/// The sum, in seconds, of the two clock-tick fields of a `/proc/…/stat` file that start at
/// `first` (counted from 0 after the command name, which may hold spaces: state is field 0).
fn cpu_secs(path: &str, first: usize) -> f64 {
    let stat = std::fs::read_to_string(path).unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<f64> = after.split_whitespace().map(|f| f.parse().unwrap_or(0.0)).collect();
    (fields.get(first).copied().unwrap_or(0.0) + fields.get(first + 1).copied().unwrap_or(0.0)) / 100.0
}
