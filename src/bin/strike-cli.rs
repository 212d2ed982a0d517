//! Strike Explorer on the command line: the same model as the app, for
//! spreadsheets and scripts.
//!
//! ```text
//! strike-cli [QUERY] [--csv]
//! strike-cli "levy=5&strikers=3000" --csv > days.csv
//! ```
//! QUERY takes the same settings as the app's link (after the `?`).

use std::io::Write;
use std::process::ExitCode;
use strike_explorer::model::choices::Choice;
use strike_explorer::model::fields::FIELDS;
use strike_explorer::model::presets::preset;
use strike_explorer::model::query::from_query;
use strike_explorer::model::{ballot, simulate};
use strike_explorer::{csv, format, summary};

const HELP: &str = "Usage: strike-cli [QUERY] [--csv] [--preset ID] [--solve] [--keys]

  QUERY        settings as in the app's link, e.g. \"levy=5&strikers=3000\"
  --csv        print the daily series as CSV instead of the summary
  --preset ID  start from a preset (QUERY then changes it)
  --solve      also print what it takes (levy, strikers, strike pay)
  --keys       list every setting with its range and meaning
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut query = String::new();
    let mut as_csv = false;
    let mut solve_too = false;
    let mut preset_id = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--csv" => as_csv = true,
            "--solve" => solve_too = true,
            "--preset" => preset_id = it.next().cloned(),
            "--keys" => {
                let p = strike_explorer::model::Params::default();
                for f in FIELDS {
                    let (lo, hi) = (f.range)(&p);
                    println!(
                        "{:<11} {} ({} to {}): {}",
                        f.key,
                        f.label,
                        lo,
                        hi,
                        format::field_help(f)
                    );
                }
                for c in Choice::ALL {
                    println!(
                        "{:<11} {} ({}). Default: {}.",
                        c.key(),
                        c.label(),
                        c.form(),
                        format::choice_value(c, &p)
                    );
                }
                return ExitCode::SUCCESS;
            }
            "-h" | "--help" => {
                print!("{HELP}");
                return ExitCode::SUCCESS;
            }
            q if !q.starts_with("--") => query = q.to_string(),
            other => {
                eprintln!("Unknown option {other}.\n\n{HELP}");
                return ExitCode::from(2);
            }
        }
    }
    let base = match preset_id.as_deref().map(preset) {
        Some(Some(pr)) => strike_explorer::model::query::to_query(&pr.params()),
        Some(None) => {
            eprintln!("No preset of that name. Presets:");
            for pr in strike_explorer::model::presets::PRESETS {
                eprintln!("  {:<16} {}", pr.id, pr.name);
            }
            return ExitCode::from(2);
        }
        None => String::new(),
    };
    let (chosen, mut notes) = from_query(&format!("{base}&{query}"));
    // The report speaks of the settings in use: as chosen, within what the
    // other settings allow, with a note for each that does not fit.
    let mut p = chosen;
    notes.extend(p.fit());
    for n in &notes {
        eprintln!("Note: {}", format::adjustment(n, &p));
    }
    let o = simulate(&p);
    for w in summary::warnings(&p, &o) {
        eprintln!("Warning: {w}");
    }
    let mut out = std::io::stdout().lock();
    let text = if as_csv {
        csv::daily_csv(&o)
    } else {
        report(&p, &o, solve_too)
    };
    // A closed pipe (e.g. `| head`) is not an error worth a panic.
    let _ = out.write_all(text.as_bytes());
    ExitCode::SUCCESS
}

fn report(
    p: &strike_explorer::model::Params,
    o: &strike_explorer::model::Outcome,
    solve_too: bool,
) -> String {
    let mut s = String::new();
    s.push_str(&summary::paragraph(p, o));
    s.push_str("\n\n");
    for f in summary::figures(p, o) {
        s.push_str(&format!("{:<28} {:<24} {}\n", f.label, f.value, f.note));
    }
    let b = ballot::check(p);
    s.push_str(&format!(
        "{:<28} {:<24} {}\n",
        "Ballot",
        if b.passes { "Passes" } else { "Fails" },
        summary::ballot_line(&b)
    ));
    if solve_too {
        s.push('\n');
        for (label, answer) in summary::what_it_takes(p) {
            s.push_str(&format!("{label:<28} {answer}\n"));
        }
    }
    s
}
