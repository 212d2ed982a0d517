//! The command line, run as a branch officer would: settings from a link,
//! a preset, CSV for a spreadsheet.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn cli(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_strike-cli"))
        .args(args)
        .output()
        .expect("run strike-cli");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

#[test]
fn prints_the_summary_figures_and_what_it_takes() {
    let (out, err, ok) = cli(&["levy=5&strikers=2400", "--solve"]);
    assert!(ok);
    assert!(
        out.starts_with("At £5 a month the fund pays 2,400 targeted strikers"),
        "{out}"
    );
    assert!(err.is_empty(), "{err}");
    // The targeted areas' own backlog is a headline figure.
    assert!(out.contains("Peak in the targeted areas"), "{out}");
    assert!(out.contains("Fund runs out"));
    assert!(out.contains("Most targeted strikers"));
    assert!(out.contains("Break-even strikers"));
    // More strikers than the 2,500 members in the targeted areas: 2,500, and a note naming it.
    let (out, err, ok) = cli(&["strikers=3000"]);
    assert!(ok && out.contains("2,500 targeted strikers"), "{out}");
    assert!(
        err.starts_with("Note: Targeted strikers: You chose 3,000 people"),
        "{err}"
    );
}

#[test]
fn csv_has_every_setting_then_a_row_for_every_working_day_and_totals() {
    let (out, _, ok) = cli(&[
        "weeks=8",
        "--preset",
        "two-day",
        "--csv",
        "--page",
        "https://union.example/se/",
    ]);
    assert!(ok);
    // The link (quoted: national days are listed with commas) opens the same scenario.
    assert!(
        out.contains("\nlink,\"https://union.example/se/?v=3&"),
        "{out}"
    );
    assert!(out.contains("\nsetting,value,in words,link key\n"));
    assert!(out.contains("\nWeeks to model,8,8 weeks,weeks\n"), "{out}");
    let days = out
        .split("\ndate,national_strike,")
        .nth(1)
        .expect("the daily table");
    let lines: Vec<&str> = days.lines().collect();
    assert_eq!(lines.len(), 1 + 8 * 5 + 1);
    assert!(lines.last().unwrap().starts_with("total,2,"), "{days}");
    // Week 3 of the two-day preset: 14 and 15 December 2026 are national strike days.
    assert!(
        lines.iter().any(|l| l.starts_with("2026-12-14,1,")),
        "{out}"
    );
}

#[test]
fn a_chart_as_svg_and_the_code_for_a_website() {
    let (out, _, ok) = cli(&["levy=5", "--svg", "backlog"]);
    assert!(ok);
    assert!(out.starts_with("<svg") && out.trim_end().ends_with("</svg>"));
    assert!(out.contains("Work backlog (weeks of work)"));
    let (_, err, ok) = cli(&["--svg", "nope"]);
    assert!(!ok);
    assert!(err.contains("fund, backlog"), "{err}");
    let (out, _, ok) = cli(&[
        "levy=5&fund=900000&show=levy,members",
        "--embed",
        "https://union.example/se/",
    ]);
    assert!(ok);
    assert!(
        out.starts_with("<iframe src=\"https://union.example/se/?v=3&amp;levy=5&amp;own=0&amp;embed=1&amp;show=levy,members\""),
        "{out}"
    );
    assert!(!out.contains("fund=900000"), "a website is public: {out}");
    assert!(
        out.contains("<script src=\"https://union.example/se/embed/resize.js\" async></script>")
    );
}

#[test]
fn nonsense_is_explained_not_fatal() {
    let (out, err, ok) = cli(&["members=-4&levy=abc&zzz=1"]);
    assert!(ok);
    assert!(
        err.contains("Note: Members in the dispute must be from 100 people"),
        "{err}"
    );
    assert!(err.contains("unknown setting"), "{err}");
    assert!(out.contains("Fund runs out"));
}

#[test]
fn the_report_speaks_of_the_settings_in_use() {
    // 500 members: the ballot is of 500, and 2,000 targeted strikers do not fit.
    let (out, err, ok) = cli(&["members=500"]);
    assert!(ok);
    assert!(out.contains("500 targeted strikers"), "{out}");
    assert!(!out.contains("2,000 targeted strikers"), "{out}");
    assert!(out.contains("of 500 voted"), "{out}");
    assert!(
        err.contains("Note: Targeted strikers: You chose 2,000 people"),
        "{err}"
    );
    // Action inside the notice period is not counted, and the command line says so.
    let (out, err, _) = cli(&["notice=60"]);
    assert!(
        err.contains("Warning: 34 working days with action planned"),
        "{err}"
    );
    assert!(out.contains("is not counted"), "{out}");
}

#[test]
fn an_unknown_preset_lists_the_real_ones() {
    let (_, err, ok) = cli(&["--preset", "nope"]);
    assert!(!ok);
    assert!(err.contains("two-day"), "{err}");
}

#[test]
fn compares_kept_scenarios_and_draws_them_all() {
    let q = "nd=20,25&keep=Two-day%20strike~nd:20,21&keep=x~levy:abc";
    let (out, err, ok) = cli(&[q]);
    assert!(ok, "{err}");
    assert!(out.contains("Compared with the kept scenarios\n  A: Two-day strike\n  B: x\n  C: the scenario given"), "{out}");
    assert!(
        out.contains("C has two one-day national strikes where A has one two-day national strike: members lose the same pay;"),
        "{out}"
    );
    assert!(
        out.contains("120,000 person-days (117,600 fewer) 237,600 person-days (the same)"),
        "{out}"
    );
    // The damaged kept scenario is named in a note.
    assert!(err.contains("Kept scenario B (“x”)"), "{err}");
    let (svg, _, ok) = cli(&[q, "--svg", "fund"]);
    assert!(
        ok && svg.contains("A: Two-day strike") && svg.contains("C: in the sliders"),
        "{svg}"
    );
}

#[test]
fn prints_what_the_plan_costs_one_member() {
    let (out, err, ok) = cli(&["pay=26000&div=260", "--my-pay", "26000", "--on-targeted"]);
    assert!(ok, "{err}");
    assert!(out.contains("\nMy cost: £"), "{out}");
    assert!(out.contains("A day's pay for you is £100"), "{out}");
    assert!(out.contains("Targeted strikers pay no levy."), "{out}");
    let (_, err, ok) = cli(&["--my-pay", "lots"]);
    assert!(!ok && err.starts_with("--my-pay needs a number"), "{err}");
}

#[test]
fn prints_when_the_mandate_runs_out_and_the_votes_short() {
    let q = "law=2016&closed=2026-01-15&start=2026-01-19&weeks=30&nd=125,130&electorate=28400&turnout=47.373239&yes=84.39869&ips=1";
    let (out, err, ok) = cli(&[q]);
    assert!(ok, "{err}");
    assert!(
        out.contains("Mandate runs to              14 July 2026             6 months from the ballot closing on 15 January 2026, under the Trade Union Act 2016."),
        "{out}"
    );
    assert!(
        out.contains("13,454 of 28,400 voted (47.4% turnout); 11,355 yes (84.4%). 746 votes short of 50% turnout. 5 yes votes short of the 40% rule."),
        "{out}"
    );
    assert!(
        err.contains("1 working day of action planned after that is not counted"),
        "{err}"
    );
}

#[test]
fn json_for_scripts_holds_every_figure_the_ballot_and_what_it_takes() {
    let (out, err, ok) = cli(&["levy=5&electorate=28400&turnout=47.373239", "--json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let figures = v["figures"].as_array().expect("figures");
    let ids: Vec<&str> = figures.iter().filter_map(|f| f["id"].as_str()).collect();
    for id in [
        "runs-out",
        "fund-low",
        "strike-days",
        "strike-pay",
        "member-cost",
        "peak-backlog",
        "clear",
    ] {
        assert!(ids.contains(&id), "{id} missing: {ids:?}");
    }
    assert_eq!(v["ballot"]["votes_short_of_turnout"], 746);
    assert_eq!(v["ballot"]["passes"], false);
    assert_eq!(v["ballot"]["mandate_ends"], "2027-11-29");
    assert_eq!(v["what_it_takes"].as_array().map(Vec::len), Some(4));
    assert!(v["summary"]
        .as_str()
        .is_some_and(|s| s.starts_with("At £5 a month")));
    assert!(v["warnings"].as_array().is_some_and(|w| !w.is_empty()));
}

#[test]
fn surprises_are_errors_or_notes_not_silent() {
    // A second query is an error, not dropped.
    let (_, err, ok) = cli(&["levy=5", "levy=6"]);
    assert!(
        !ok && err.starts_with("Give the settings as one QUERY"),
        "{err}"
    );
    // --preset needs a name, and does not take the next option as one.
    for args in [&["--preset"][..], &["--preset", "--csv"][..]] {
        let (_, err, ok) = cli(args);
        assert!(
            !ok && err.starts_with("--preset needs a preset's name"),
            "{args:?}: {err}"
        );
    }
    // A fraction of a person is rounded, and said so.
    let (out, err, ok) = cli(&["strikers=1999.9"]);
    assert!(ok && out.contains("2,000 targeted strikers"), "{out}");
    assert!(
        err.contains("Targeted strikers takes whole numbers: 1999.9 is rounded to 2,000 people."),
        "{err}"
    );
    // Settings past the 200th are named as ignored.
    let long = vec!["levy=4"; 205].join("&");
    let (_, err, ok) = cli(&[&long]);
    assert!(
        ok && err.contains("This link has 5 more than the 200 settings read: they are ignored."),
        "{err}"
    );
    // The electorate follows the members unless set.
    let (out, _, _) = cli(&["members=500"]);
    assert!(out.contains("260 of 500 voted"), "{out}");
    // Flags read as people write them; what cannot be read is named.
    let (out, _, ok) = cli(&["ips=yes&law=2016", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert!(ok && v["ballot"]["forty_percent_rule"] == true, "{out}");
    let (_, err, ok) = cli(&["ips=2"]);
    assert!(
        ok && err.contains("Important public services: “2” was not understood"),
        "{err}"
    );
}

#[test]
fn a_ballot_given_in_votes_gives_the_votes_short() {
    let (out, err, ok) = cli(&["electorate=28400&cast=13454&yesvotes=11355&ips=1&law=2016"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("13,454 of 28,400 voted (47.4% turnout); 11,355 yes (84.4%). 746 votes short of 50% turnout. 5 yes votes short of the 40% rule."),
        "{out}"
    );
    assert!(err.contains("turnout is 746 votes short of 50%"), "{err}");
}
