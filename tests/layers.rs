//! The floors of the code, checked on every `cargo test`: the model (its own
//! crate, `crates/model`) knows nothing outside itself, and no floor uses one
//! above it. A `use` that breaks
//! the rule fails here with the file and line, rather than quietly growing a
//! circle between the floors.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let path = e.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// Every line of code (not comments) of the files under `<part>` (a folder
/// or a file, from `src/`, or `crates/model` for the model), as (file, line number, text).
fn code_lines(part: &str) -> Vec<(String, usize, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let src = if part == "model" {
        root.join("crates/model")
    } else {
        root.join("src")
    };
    let part = if part == "model" { "src" } else { part };
    let mut files = Vec::new();
    let dir = src.join(part);
    if dir.is_dir() {
        rust_files(&dir, &mut files);
    } else {
        files.push(src.join(format!("{part}.rs")));
    }
    assert!(!files.is_empty(), "no files for {part}");
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("read a source file");
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if !code.starts_with("//") {
                out.push((f.display().to_string(), i + 1, line.to_string()));
            }
        }
    }
    out
}

/// The lines of `part` that name any of `forbidden`.
fn uses(part: &str, forbidden: &[&str]) -> Vec<String> {
    code_lines(part)
        .into_iter()
        .filter(|(_, _, line)| forbidden.iter().any(|f| line.contains(f)))
        .map(|(file, n, line)| format!("{file}:{n}: {}", line.trim()))
        .collect()
}

const ABOVE_MODEL: [&str; 7] = [
    "crate::format",
    "crate::summary",
    "crate::chart",
    "crate::csv",
    "crate::ui",
    "crate::web",
    "strike_explorer::",
];

const BROWSER: [&str; 6] = [
    "yew",
    "web_sys",
    "gloo",
    "js_sys",
    "wasm_bindgen",
    "plotters",
];

#[test]
fn the_model_crate_depends_on_serde_alone() {
    // The compiler keeps the model from using what its manifest does not list.
    let manifest = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/model/Cargo.toml"),
    )
    .expect("the model's Cargo.toml");
    let deps = manifest
        .split("[dependencies]")
        .nth(1)
        .expect("a [dependencies] table")
        .split("\n[")
        .next()
        .unwrap_or("");
    let names: Vec<&str> = deps
        .lines()
        .filter_map(|l| l.split('=').next())
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.starts_with('#'))
        .collect();
    assert_eq!(names, ["serde"], "the model must stay std and serde only");
}

#[test]
fn the_model_uses_nothing_outside_it() {
    let mut found = uses("model", &ABOVE_MODEL);
    // `super::super` from a file of the model would reach the crate's root.
    found.extend(uses("model", &["super::super"]));
    let browser: Vec<String> = BROWSER.iter().map(|b| format!("{b}::")).collect();
    let browser: Vec<&str> = browser.iter().map(String::as_str).collect();
    found.extend(uses("model", &browser));
    assert!(
        found.is_empty(),
        "src/model must stand alone (std and serde only); it reaches out in:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_floor_uses_one_above_it() {
    // (floor, what it must not use): format sits beside the model; chart,
    // summary and csv above both; web beside them; ui and the command line on top.
    let rules: [(&str, &[&str]); 8] = [
        (
            "format",
            &[
                "crate::summary",
                "crate::chart",
                "crate::csv",
                "crate::ui",
                "crate::web",
            ],
        ),
        ("chart", &["crate::summary", "crate::ui", "crate::web"]),
        ("summary", &["crate::chart", "crate::ui", "crate::web"]),
        ("csv", &["crate::ui", "crate::web"]),
        // Comparing, one member's cost and the saved entries' form are pure too.
        ("compare", &["crate::chart", "crate::ui", "crate::web"]),
        ("personal", &["crate::chart", "crate::ui", "crate::web"]),
        (
            "saved",
            &["crate::summary", "crate::chart", "crate::ui", "crate::web"],
        ),
        ("web", &["crate::ui"]),
    ];
    let mut found = Vec::new();
    for (floor, forbidden) in rules {
        found.extend(uses(floor, forbidden));
    }
    assert!(
        found.is_empty(),
        "a floor uses one above it:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checker_sees_a_forbidden_line() {
    // The rule is only as good as its reading of the files: it must see the
    // model's own imports, or it would pass on anything.
    let lines = code_lines("model");
    assert!(lines
        .iter()
        .any(|(_, _, l)| l.contains("use super::params::")));
    assert!(lines
        .iter()
        .all(|(_, _, l)| !l.trim_start().starts_with("//")));
}
