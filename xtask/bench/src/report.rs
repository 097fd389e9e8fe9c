//! The table printed and the section appended to BENCHMARKS.md.

use std::fmt::Write;

use crate::stats::Summary;

pub struct Row {
    pub name: String,
    pub unit: String,
    pub value: Summary,
    pub runs: usize,
    pub target: String,
}

pub struct Report {
    pub quick: bool,
    pub rows: Vec<Row>,
}

impl Report {
    pub fn new(quick: bool) -> Self {
        Report { quick, rows: Vec::new() }
    }

    pub fn add(&mut self, name: impl Into<String>, unit: &str, value: Summary, runs: usize, target: &str) {
        let row = Row { name: name.into(), unit: unit.into(), value, runs, target: target.into() };
        println!(
            "  {:<55} {:>10.2} {} (min {:.2}, max {:.2}, {} runs)",
            row.name, row.value.median, row.unit, row.value.min, row.value.max, row.runs
        );
        self.rows.push(row);
    }

    pub fn table(&self) -> String {
        let mut out = String::from("| measurement | median | min | max | runs | target |\n|---|---|---|---|---|---|\n");
        for r in &self.rows {
            let _ = writeln!(
                out,
                "| {} | {:.2} {} | {:.2} | {:.2} | {} | {} |",
                r.name, r.value.median, r.unit, r.value.min, r.value.max, r.runs, r.target
            );
        }
        out
    }

    pub fn append_to_benchmarks_md(&self) -> anyhow::Result<()> {
        let root = crate::tools::workspace_root();
        let path = root.join("BENCHMARKS.md");
        let mut text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            "# Benchmarks\n\nFigures from `cargo xtask bench` (medians of 3 runs unless marked quick), newest last.\n".into()
        });
        let date = crate::tools::output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]);
        let commit = crate::tools::output("git", &["rev-parse", "--short", "HEAD"]);
        let cpu = std::fs::read_to_string("/proc/cpuinfo")
            .ok()
            .and_then(|c| {
                c.lines()
                    .find(|l| l.starts_with("model name"))
                    .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
            })
            .unwrap_or_else(|| "unknown CPU".into());
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
        let mem = std::fs::read_to_string("/proc/meminfo")
            .ok()
            .and_then(|m| {
                m.lines()
                    .next()
                    .map(|l| l.split_whitespace().nth(1).unwrap_or("0").parse::<u64>().unwrap_or(0) / 1024 / 1024)
            })
            .unwrap_or(0);
        let pg = crate::tools::output("psql", &["--version"]);
        let _ = write!(
            text,
            "\n## {date}, commit {commit}{}\n\nMachine: {cores} cores ({cpu}), {mem} GiB, {pg}.\n\n{}",
            if self.quick { " (quick: 1 run, small inputs; not comparable)" } else { "" },
            self.table()
        );
        std::fs::write(path, text)?;
        Ok(())
    }
}
