//! Strike Explorer on the command line: the same model as the app, for
//! spreadsheets and scripts.
//!
//! ```text
//! strike-cli [QUERY] [--csv | --svg CHART | --embed URL] [--page URL]
//! strike-cli "levy=5&strikers=3000" --csv > days.csv
//! strike-cli "levy=5" --svg backlog > backlog.svg
//! strike-cli "levy=5&show=levy,strikers" --embed https://union.example/strike-explorer/
//! strike-cli "nd=20,25&keep=Two-day%20strike~nd:20,21"   # compared with a kept scenario
//! strike-cli "levy=5" --my-pay 26000 --on-targeted
//! ```
//! QUERY takes the same settings as the app's link (after the `?`), with any
//! scenarios kept to compare (`keep=`).

use std::io::Write;
use std::process::ExitCode;
use strike_explorer::chart::{export, spec, Scenario, CHARTS};
use strike_explorer::compare::{sentence, table, Side};
use strike_explorer::embed::embed_code;
use strike_explorer::model::choices::Choice;
use strike_explorer::model::compare::{kept_from_query, letter, Kept};
use strike_explorer::model::fields::FIELDS;
use strike_explorer::model::presets::preset;
use strike_explorer::model::query::from_query;
use strike_explorer::model::query::{public_query, view_from_query};
use strike_explorer::model::uncertainty::bands;
use strike_explorer::model::validate::{Problem, Setting};
use strike_explorer::model::{ballot, simulate};
use strike_explorer::personal::{my_cost, my_cost_words, Me};
use strike_explorer::{csv, format, summary};

const HELP: &str = "Usage: strike-cli [QUERY] [--csv | --svg CHART | --embed URL] [--page URL]
                  [--preset ID] [--solve] [--keys]
                  [--my-pay POUNDS] [--my-days N] [--on-targeted]

  QUERY        settings as in the app's link, e.g. \"levy=5&strikers=3000\"; with
               keep=NAME~SETTINGS pairs (as the app's link), the report compares
               them with it, and --svg draws them all
  --json       print the summary, every headline figure, the ballot (votes short,
               the mandate's end), what it takes, the notes and warnings, as JSON
  --csv        print every setting, then the daily figures and their totals, as CSV
               (as the app's download), instead of the summary
  --svg CHART  print a chart (fund or backlog) as SVG, as the app's download
  --embed URL  print the code that puts this scenario on a web page, for the app
               at URL (leaves out the fund, donations and pay; show=... in QUERY
               chooses the sliders)
  --page URL   the app's address, for the link written in the CSV
  --preset ID  start from a preset (QUERY then changes it)
  --solve      also print what it takes (levy, strikers, strike pay)
  --my-pay POUNDS, --my-days N, --on-targeted
               also print what the plan costs one member: their pay (a year;
               default the average), the national strike days they join
               (default all), and whether they are on targeted action
  --keys       list every setting with its range and meaning
";

/// What to print.
enum Output {
    Report,
    Json,
    Csv,
    Svg(String),
    Embed(String),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut query = String::new();
    let mut output = Output::Report;
    let mut page = None;
    let mut solve_too = false;
    let mut preset_id = None;
    let mut me: Option<(Option<f64>, Option<u32>, bool)> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--csv" => output = Output::Csv,
            "--json" => output = Output::Json,
            "--svg" | "--embed" | "--page" => {
                let Some(v) = it.next().cloned() else {
                    eprintln!("{a} needs a value.\n\n{HELP}");
                    return ExitCode::from(2);
                };
                match a.as_str() {
                    "--svg" => output = Output::Svg(v),
                    "--embed" => output = Output::Embed(v),
                    _ => page = Some(v),
                }
            }
            "--solve" => solve_too = true,
            "--on-targeted" => me.get_or_insert((None, None, false)).2 = true,
            "--my-pay" | "--my-days" => {
                let v = it
                    .next()
                    .and_then(|v| strike_explorer::model::query::parse_number(v))
                    .filter(|v| v.is_finite() && *v >= 0.0);
                let Some(v) = v else {
                    eprintln!("{a} needs a number of 0 or more.\n\n{HELP}");
                    return ExitCode::from(2);
                };
                let m = me.get_or_insert((None, None, false));
                if a == "--my-pay" {
                    m.0 = Some(v);
                } else {
                    m.1 = Some(v.round() as u32);
                }
            }
            "--preset" => match it.next() {
                Some(id) if !id.starts_with("--") => preset_id = Some(id.clone()),
                _ => {
                    eprintln!("--preset needs a preset's name. Presets:");
                    for pr in strike_explorer::model::presets::PRESETS {
                        eprintln!("  {:<16} {}", pr.id, pr.name);
                    }
                    return ExitCode::from(2);
                }
            },
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
            q if !q.starts_with("--") && query.is_empty() => query = q.to_string(),
            q if !q.starts_with("--") => {
                eprintln!(
                    "Give the settings as one QUERY, joined with &: got a second, \"{q}\".\n\n{HELP}"
                );
                return ExitCode::from(2);
            }
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
    let (kept, kept_notes) = kept_from_query(&query);
    notes.extend(kept_notes);
    let link_query = strike_explorer::model::query::to_query(&chosen);
    // The report speaks of the settings in use: as chosen, within what the
    // other settings allow, with a note for each that does not fit.
    let mut p = chosen.clone();
    notes.extend(p.fit());
    let mut said = Vec::new();
    for n in &notes {
        // A setting that does not fit is worded for beside its slider: name it here.
        let about = match (&n.setting, &n.problem) {
            (Setting::Field(id), Problem::DoesNotFit { .. }) => format!("{}: ", id.field().label),
            _ => String::new(),
        };
        let line = format!("{about}{}", format::adjustment(n, &p));
        eprintln!("Note: {line}");
        said.push(line);
    }
    let o = simulate(&p);
    let warnings = summary::warnings(&p, &o);
    for w in &warnings {
        eprintln!("Warning: {w}");
    }
    let mut out = std::io::stdout().lock();
    let text = match output {
        Output::Report => {
            let mut s = report(&p, &o, solve_too);
            if !kept.is_empty() {
                s.push_str(&comparison(&kept, &p, &o));
            }
            if let Some((pay, days, targeted)) = me {
                let typical = Me::typical(&p, &o);
                let me = Me {
                    annual_pay: pay.map_or(p.annual_pay, |v| (v.min(1e7) * 100.0).round() as i64),
                    targeted,
                    national_days: days
                        .unwrap_or(typical.national_days)
                        .min(typical.national_days),
                };
                let c = my_cost(&p, &o, &me);
                s.push_str(&format!("\nMy cost: {}\n", format::money(c.total)));
                for w in my_cost_words(&p, &o, &me) {
                    s.push_str(&format!("  {w}\n"));
                }
            }
            s
        }
        Output::Json => json(&p, &o, &said, &warnings),
        Output::Csv => {
            let link = format!("{}?{link_query}", page.as_deref().unwrap_or(""));
            csv::scenario_csv(&p, &o, &link)
        }
        Output::Svg(id) => {
            let Some(def) = CHARTS.iter().find(|c| c.id == id) else {
                let ids: Vec<&str> = CHARTS.iter().map(|c| c.id).collect();
                eprintln!("No chart {id}. Charts: {}.", ids.join(", "));
                return ExitCode::from(2);
            };
            let b = p.uncertainty.enabled.then(|| bands(&p));
            let others: Vec<(String, strike_explorer::model::Outcome)> = kept
                .iter()
                .enumerate()
                .map(|(i, k)| {
                    let mut used = k.params.clone();
                    used.fit();
                    (format!("{}: {}", letter(i), k.name), simulate(&used))
                })
                .collect();
            let this = if kept.is_empty() {
                "This scenario".to_string()
            } else {
                format!("{}: in the sliders", letter(kept.len()))
            };
            let mut shown = vec![Scenario {
                name: &this,
                outcome: &o,
                bands: b.as_ref(),
            }];
            shown.extend(others.iter().map(|(name, outcome)| Scenario {
                name,
                outcome,
                bands: None,
            }));
            export::svg(def, &spec(def, &shown), export::size((720, 340)))
        }
        Output::Embed(url) => {
            let (mut view, _) = view_from_query(&query);
            view.embed = true;
            let q = format!("{}&{}", public_query(&chosen), view.to_query());
            format!("{}\n", embed_code(&url, &q, true))
        }
    };
    // A closed pipe (e.g. `| head`) is not an error worth a panic.
    let _ = out.write_all(text.as_bytes());
    ExitCode::SUCCESS
}

/// The kept scenarios compared with the one given: a sentence for each
/// after A, then the headline figures side by side with the differences from A.
fn comparison(
    kept: &[Kept],
    p: &strike_explorer::model::Params,
    o: &strike_explorer::model::Outcome,
) -> String {
    let used: Vec<(
        String,
        strike_explorer::model::Params,
        strike_explorer::model::Outcome,
    )> = kept
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let mut u = k.params.clone();
            u.fit();
            let o = simulate(&u);
            (letter(i).to_string(), u, o)
        })
        .collect();
    let this = letter(kept.len()).to_string();
    let mut sides: Vec<Side> = used
        .iter()
        .map(|(name, params, outcome)| Side {
            name,
            params,
            outcome,
        })
        .collect();
    sides.push(Side {
        name: &this,
        params: p,
        outcome: o,
    });
    let mut s = String::from("\nCompared with the kept scenarios\n");
    for (i, k) in kept.iter().enumerate() {
        s.push_str(&format!("  {}: {}\n", letter(i), k.name));
    }
    s.push_str(&format!("  {this}: the scenario given\n\n"));
    for b in &sides[1..] {
        s.push_str(&format!("{}\n", sentence(&sides[0], b)));
    }
    s.push('\n');
    for r in table(&sides) {
        let mut line = format!("{:<28} {:<24}", r.label, r.values[0]);
        for (v, d) in r.values.iter().skip(1).zip(&r.differences) {
            line.push_str(&format!(" {:<24}", format!("{v} ({d})")));
        }
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

/// Text as a JSON string, quoted and escaped.
fn js(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A list of JSON values.
fn list(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(","))
}

/// Everything the report says, as JSON for scripts: the summary, every
/// headline figure, the ballot with its votes short and the mandate's end,
/// what it takes, and the notes and warnings.
fn json(
    p: &strike_explorer::model::Params,
    o: &strike_explorer::model::Outcome,
    notes: &[String],
    warnings: &[String],
) -> String {
    let figures = summary::figures(p, o).into_iter().map(|f| {
        format!(
            "{{\"id\":{},\"label\":{},\"value\":{},\"note\":{}}}",
            js(f.id),
            js(f.label),
            js(&f.value),
            js(&f.note)
        )
    });
    let b = ballot::check(p);
    let ballot = format!(
        "{{\"passes\":{},\"electorate\":{},\"votes\":{},\"yes\":{},\"votes_short_of_turnout\":{},\"yes_votes_short_of_40_percent\":{},\"forty_percent_rule\":{},\"mandate_ends\":{},\"words\":{}}}",
        b.passes,
        b.electorate,
        b.votes,
        b.yes,
        b.votes_short(),
        b.yes_short(),
        b.forty_percent.is_some(),
        js(&p.mandate_ends().to_string()),
        js(format!("{} {}", summary::ballot_line(&b), summary::ballot_shortfalls(&b)).trim_end())
    );
    let takes = summary::what_it_takes(p).into_iter().map(|t| {
        let set = t.set.map_or("null".to_string(), |(id, v)| {
            format!("{{\"key\":{},\"value\":{v}}}", js(id.field().key))
        });
        format!(
            "{{\"label\":{},\"answer\":{},\"assumes\":{},\"use\":{set}}}",
            js(t.label),
            js(&t.answer),
            js(t.assumes)
        )
    });
    format!(
        "{{\"summary\":{},\"figures\":{},\"ballot\":{ballot},\"what_it_takes\":{},\"notes\":{},\"warnings\":{}}}\n",
        js(&summary::paragraph(p, o)),
        list(figures),
        list(takes),
        list(notes.iter().map(|n| js(n))),
        list(warnings.iter().map(|w| js(w)))
    )
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
        format!(
            "{} {}",
            summary::ballot_line(&b),
            summary::ballot_shortfalls(&b)
        )
        .trim_end()
    ));
    let law = p.law();
    s.push_str(&format!(
        "{:<28} {:<24} {} months from the ballot closing on {}, under the {}.\n",
        "Mandate runs to",
        format::date(p.mandate_ends()),
        law.mandate_months(),
        format::date(p.ballot_closes()),
        law.label()
    ));
    if solve_too {
        s.push('\n');
        for t in summary::what_it_takes(p) {
            s.push_str(&format!("{:<28} {}\n", t.label, t.answer));
        }
    }
    s
}
