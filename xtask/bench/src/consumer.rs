//! What a service that imports the types pays at build time: a small consumer crate that
//! deserializes `Customer`, `Invoice` and `Subscription` from JSON with serde, built against
//! `stripe-model` and against async-stripe's `async-stripe-shared` (the peer users compare us
//! with), side by side in one run: clean build, clean `cargo check`, and the rebuild after a
//! one-line edit of the consumer's `main.rs`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::report::Report;
use crate::stats::summarize;
use crate::tools::{children_cpu_secs, workspace_root};

/// The async-stripe release measured against (its `deserialize` feature gives serde).
const ASYNC_STRIPE_SHARED: &str = "1.0.0-rc.10";

struct Consumer {
    label: &'static str,
    dir: PathBuf,
}

pub fn run(report: &mut Report, runs: usize, quick: bool) -> anyhow::Result<()> {
    let base = std::env::temp_dir().join(format!("stripe-bench-consumer-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let model = workspace_root().join("stripe-model");
    let mut consumers = vec![write_consumer(
        &base,
        "stripe-model",
        &format!("stripe-model = {{ path = {:?}, features = [\"serde\"] }}", model.display().to_string()),
        "stripe_model",
    )?];
    // CI's quick pass keeps the harness working without building the peer.
    if !quick {
        consumers.push(write_consumer(
            &base,
            "async-stripe-shared",
            &format!("async-stripe-shared = {{ version = \"={ASYNC_STRIPE_SHARED}\", features = [\"deserialize\"] }}"),
            "stripe_shared",
        )?);
    }
    for c in &consumers {
        // Downloads are not build time: fetch once, build offline.
        cargo(&c.dir, &["fetch", "--quiet"], None)?;
    }

    let mut clean = vec![(Vec::new(), Vec::new()); consumers.len()];
    let mut check = vec![Vec::new(); consumers.len()];
    let mut edit = vec![Vec::new(); consumers.len()];
    for run in 0..runs {
        // Back to back, alternating, so the machine's mood is shared between the two.
        for (i, c) in consumers.iter().enumerate() {
            let target = c.dir.join("target");
            let _ = std::fs::remove_dir_all(&target);
            check[i].push(cargo(&c.dir, &["check", "--quiet", "--offline"], Some(&target))?.0);
            let _ = std::fs::remove_dir_all(&target);
            let (secs, cpu) = cargo(&c.dir, &["build", "--quiet", "--offline"], Some(&target))?;
            clean[i].0.push(secs);
            clean[i].1.push(cpu);
            // The edit a developer makes all day: one line of their own code.
            let main = c.dir.join("src/main.rs");
            let text = std::fs::read_to_string(&main)?;
            std::fs::write(&main, text.replace("parsed", &format!("parsed (edit {run})")))?;
            let (secs, _) = cargo(&c.dir, &["build", "--quiet", "--offline"], Some(&target))?;
            edit[i].push(secs);
            std::fs::write(&main, text)?;
        }
    }
    for (i, c) in consumers.iter().enumerate() {
        let label = c.label;
        let (build_target, edit_target) = match label {
            "stripe-model" => ("< ½ of async-stripe-shared's", "< 2 s"),
            _ => ("", ""),
        };
        report.add(format!("consumer of {label}: clean debug build"), "s", summarize(&clean[i].0), runs, build_target);
        report.add(format!("consumer of {label}: clean build, CPU"), "CPU-s", summarize(&clean[i].1), runs, "");
        report.add(format!("consumer of {label}: clean `cargo check`"), "s", summarize(&check[i]), runs, "");
        report.add(
            format!("consumer of {label}: rebuild after a one-line edit"),
            "s",
            summarize(&edit[i]),
            runs,
            edit_target,
        );
    }
    let _ = std::fs::remove_dir_all(&base);
    Ok(())
}

/// A binary crate that reads `{"customer": …, "invoice": …, "subscription": …}` from stdin
/// and deserializes each with serde into `krate`'s type.
fn write_consumer(base: &Path, label: &'static str, dependency: &str, krate: &str) -> anyhow::Result<Consumer> {
    let dir = base.join(label);
    std::fs::create_dir_all(dir.join("src"))?;
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{dependency}\nserde_json = \"1\"\n\n[workspace]\n"
        ),
    )?;
    std::fs::write(
        dir.join("src/main.rs"),
        format!(
            r#"use std::io::Read;

fn main() {{
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).expect("stdin");
    let value: serde_json::Value = serde_json::from_str(&input).expect("JSON");
    let customer: {krate}::Customer = serde_json::from_value(value["customer"].clone()).expect("customer");
    let invoice: {krate}::Invoice = serde_json::from_value(value["invoice"].clone()).expect("invoice");
    let subscription: {krate}::Subscription =
        serde_json::from_value(value["subscription"].clone()).expect("subscription");
    std::hint::black_box((&customer, &invoice, &subscription));
    println!("parsed");
}}
"#
        ),
    )?;
    Ok(Consumer { label, dir })
}

/// Runs cargo in `dir`; wall seconds and the CPU seconds cargo and its children used.
fn cargo(dir: &Path, args: &[&str], target: Option<&Path>) -> anyhow::Result<(f64, f64)> {
    let bin = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(bin);
    cmd.args(args).current_dir(dir);
    if let Some(t) = target {
        cmd.env("CARGO_TARGET_DIR", t);
    }
    // The harness's own build settings must not leak into the consumer's.
    for var in ["RUSTFLAGS", "CARGO_BUILD_RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "CARGO_INCREMENTAL"] {
        cmd.env_remove(var);
    }
    let cpu = children_cpu_secs();
    let t = Instant::now();
    let status = cmd.status()?;
    let secs = t.elapsed().as_secs_f64();
    anyhow::ensure!(status.success(), "cargo {} failed in {}", args.join(" "), dir.display());
    Ok((secs, children_cpu_secs() - cpu))
}
