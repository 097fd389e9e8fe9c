//! Project tooling: `cargo xtask generate`, `cargo xtask bench`.

mod generate;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "cargo xtask", about = "stripe-schema project tasks")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate models, SQL and migrations for one Stripe API version.
    Generate(generate::Args),
    /// Measure generate, builds, webhook ingest; append the figures to BENCHMARKS.md.
    Bench {
        /// One run of each measurement on small inputs (what CI runs).
        #[arg(long)]
        quick: bool,
        /// Print only; do not append to BENCHMARKS.md.
        #[arg(long)]
        no_record: bool,
        /// Only these measurements: generate, build, webhook, backfill (comma-separated).
        #[arg(long)]
        only: Option<String>,
    },
}

fn main() -> std::process::ExitCode {
    let result = match Cli::parse().command {
        Command::Generate(args) => generate::run(args),
        Command::Bench { quick, no_record, only } => bench(quick, no_record, only),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Runs the release-built harness (`xtask/bench`), so the measurements are of optimized code.
fn bench(quick: bool, no_record: bool, only: Option<String>) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let root = generate::workspace_root();
    // The harness and the `stripe-sync` binary it measures in one build: built apart, each
    // would resolve its dependencies' features on its own and rebuild the other's every run.
    let built = std::process::Command::new(cargo)
        .args(["build", "--quiet", "--release", "-p", "xtask-bench", "-p", "stripe-sync", "--bins"])
        .current_dir(&root)
        .status()?;
    anyhow::ensure!(built.success(), "building the benchmark harness failed");
    let mut cmd = std::process::Command::new(root.join("target/release/xtask-bench"));
    cmd.current_dir(&root);
    if quick {
        cmd.arg("--quick");
    }
    if no_record {
        cmd.arg("--no-record");
    }
    if let Some(only) = only {
        cmd.args(["--only", &only]);
    }
    anyhow::ensure!(cmd.status()?.success(), "the benchmark harness failed");
    Ok(())
}
