//! The benchmark harness: measures what users feel, the same way every time, and appends a
//! dated section to BENCHMARKS.md. Run through `cargo xtask bench [--quick]`.

mod backfill;
mod billing;
mod connect;
mod consumer;
mod report;
mod stats;
mod tools;
mod webhook;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// One run of each measurement on small inputs (CI keeps the harness working with it).
    #[arg(long)]
    quick: bool,
    /// Do not append to BENCHMARKS.md.
    #[arg(long)]
    no_record: bool,
    /// Only these measurements: generate, build, consumer, webhook, backlog, replicas, app-layer,
    /// backfill, connect, billing
    /// (comma-separated)..
    #[arg(long, value_delimiter = ',')]
    only: Option<Vec<String>>,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let runs = if args.quick { 1 } else { 3 };
    let mut report = report::Report::new(args.quick);
    let wanted = |name: &str| args.only.as_ref().is_none_or(|o| o.iter().any(|w| w == name));
    if wanted("generate") {
        tools::generate(&mut report, runs)?;
    }
    if wanted("build") {
        tools::model_build(&mut report, runs)?;
    }
    if wanted("consumer") {
        consumer::run(&mut report, runs, args.quick)?;
    }
    if wanted("webhook") {
        webhook::run(&mut report, runs, args.quick).await?;
    }
    if wanted("backlog") {
        webhook::backlog(&mut report, runs, args.quick).await?;
    }
    if wanted("replicas") {
        webhook::replicas(&mut report, runs, args.quick).await?;
    }
    if wanted("app-layer") {
        webhook::app_layer(&mut report, runs, args.quick).await?;
    }
    if wanted("backfill") {
        backfill::run(&mut report, runs, args.quick).await?;
    }
    if wanted("connect") {
        connect::run(&mut report, runs, args.quick).await?;
    }
    if wanted("billing") {
        billing::run(&mut report, runs, args.quick).await?;
    }
    print!("{}", report.table());
    if !args.no_record {
        report.append_to_benchmarks_md()?;
        println!("appended to BENCHMARKS.md");
    }
    Ok(())
}
