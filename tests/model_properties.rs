//! Properties of the model that must hold for every scenario, checked on
//! random valid parameters.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use strike_explorer::model::ballot;
use strike_explorer::model::calendar::Date;
use strike_explorer::model::compare::{
    clean_name, kept_from_query, kept_query, letter, public_kept_query, Kept, MAX_KEPT,
};
use strike_explorer::model::fields::{FieldId, FIELDS};
use strike_explorer::model::params::{FundRule, Mandate, Params, PayDivisor, Regime, Scope};
use strike_explorer::model::plan::Plan;
use strike_explorer::model::query::{
    from_query, public_query, to_query, view_from_query, View, MAX_EMBED_SLIDERS, OWN_FIGURES,
};
use strike_explorer::model::simulate;
use strike_explorer::model::simulate::{Clearance, Outcome};
use strike_explorer::model::solve;
use strike_explorer::summary::{ballot_line, changes, figures};
use strike_explorer::ui::calendar::CalendarData;

/// Valid parameters: every field on its slider's grid, within its range.
fn params() -> impl Strategy<Value = Params> {
    (
        proptest::collection::vec(0.0..=1.0f64, FIELDS.len()),
        proptest::collection::vec(0u32..520, 0..12),
        (0..PayDivisor::ALL.len(), 0..=Regime::ALL.len()),
        (any::<bool>(), any::<bool>(), 2020u64..2030),
        (0i32..400, 0..Mandate::ALL.len()),
        (0.0..=1.0f64, 0..Scope::ALL.len(), 0..Scope::ALL.len()),
    )
        .prop_map(
            |(
                unit,
                days,
                (div, law),
                (bands, ips, seed),
                (start, asked),
                (area, ban_in, wtr_in),
            )| {
                let mut p = Params {
                    start: Date::fixed(2026, 1, 5).add_days(start),
                    pay_divisor: PayDivisor::ALL[div],
                    regime: Regime::ALL.get(law).copied(),
                    national_days: days,
                    ..Params::default()
                };
                p.uncertainty.enabled = bands;
                p.uncertainty.seed = seed;
                p.ballot.important_public_services = ips;
                p.ballot.asked = Mandate::ALL[asked];
                for (f, u) in FIELDS.iter().zip(unit) {
                    let (lo, hi) = (f.range)(&p);
                    let steps = ((hi - lo) / f.step).floor();
                    let v = lo + (u * steps).round() * f.step;
                    let v: f64 = format!("{:.6}", v.min(hi)).parse().unwrap();
                    (f.set)(&mut p, v);
                }
                // The targeted areas: from none to every member of staff, in hundreds.
                p.area_staff = ((p.staff() as f64 * area / 100.0).floor() * 100.0) as u32;
                p.ban_scope = Scope::ALL[ban_in];
                p.wtr_scope = Scope::ALL[wtr_in];
                p.validated()
            },
        )
}

/// Day by day, neither backlog of `b` (the employer's, the targeted areas')
/// is below `a`'s, give or take rounding.
fn never_lower(a: &Outcome, b: &Outcome) -> Result<(), TestCaseError> {
    let close = |x: f64| 1e-6 * x.max(1.0);
    for (x, y) in a.days.iter().zip(&b.days) {
        prop_assert!(y.backlog >= x.backlog - close(x.backlog));
        prop_assert!(y.area_backlog >= x.area_backlog - close(x.area_backlog));
    }
    Ok(())
}

/// Words with what they quote (between “ and ”) left out.
fn unquoted(words: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for ch in words.chars() {
        match ch {
            '“' => inside = true,
            '”' => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// How many cases the properties over hostile input run: 256 on every test
/// run, or `$STRIKE_PROPTEST_CASES` for a long run (`scripts/fuzz.sh`).
fn cases(normal: u32) -> u32 {
    std::env::var("STRIKE_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(normal)
}

/// A link's query as someone hostile might write it: the real keys (every
/// field, every choice, the page's own, the comparison's) and made-up ones,
/// with values that are huge, tiny, negative, not numbers, NaN and infinity,
/// fractions, dates, markup, any text, escaped or not, repeated, up to 300 pairs.
fn hostile_query() -> impl Strategy<Value = String> {
    use strike_explorer::model::choices::Choice;
    use strike_explorer::model::query::PAGE_KEYS;
    let mut keys: Vec<String> = FIELDS.iter().map(|f| f.key.to_string()).collect();
    keys.extend(Choice::ALL.iter().map(|c| c.key().to_string()));
    keys.extend(PAGE_KEYS.iter().map(|k| k.to_string()));
    keys.extend(["nd", "own", "keep", "", "=", "%", "levy[]", "LEVY"].map(String::from));
    let key = prop_oneof![
        4 => proptest::sample::select(keys),
        1 => any::<String>(),
    ];
    let value = prop_oneof![
        proptest::sample::select(vec![
            "",
            "0",
            "-0",
            "-1",
            "1e308",
            "-1e308",
            "1e-308",
            "NaN",
            "nan",
            "inf",
            "-inf",
            "Infinity",
            "1999.9",
            "0.5",
            "99999999999999999999",
            "0x10",
            "1,2,3",
            "-5,600,1000000",
            "2026-02-30",
            "2026-13-01",
            "start",
            "yes",
            "no",
            "2",
            "<b>x</b>",
            "<script>alert(1)</script>",
            "%3Cimg%20src%3Dx%3E",
            "%",
            "%zz",
            "%E2%82%AC",
            "£5",
            "5 a month",
            "１２",
            "٣",
            "a~b:c;d",
            "x~levy:NaN;weeks:-1",
            "~",
            ";",
            ":",
            "&",
            "=",
            "\u{0}",
        ])
        .prop_map(String::from),
        any::<f64>().prop_map(|v| v.to_string()),
        any::<i64>().prop_map(|v| v.to_string()),
        any::<String>(),
    ];
    proptest::collection::vec((key, value), 0..300).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    })
}

/// Valid parameters under either rule for an empty fund.
fn with_either_fund_rule() -> impl Strategy<Value = Params> {
    (params(), 0..FundRule::ALL.len()).prop_map(|(p, rule)| Params {
        fund_rule: FundRule::ALL[rule],
        ..p
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(256)))]

    #[test]
    fn money_is_conserved_to_the_penny(p in params()) {
        let o = simulate(&p);
        let mut balance = p.opening_fund;
        for d in &o.days {
            balance += d.levy + d.other_income - d.strike_pay;
            prop_assert_eq!(balance, d.fund);
        }
        let h = &o.headline;
        prop_assert_eq!(p.opening_fund + h.levy_collected + h.other_income - h.strike_pay_paid, h.fund_end);
    }

    #[test]
    fn strike_pay_paid_and_members_costs_follow_the_fund_rule(p in with_either_fund_rule()) {
        let o = simulate(&p);
        let h = &o.headline;
        for d in &o.days {
            prop_assert!(0 <= d.strike_pay && d.strike_pay <= d.strike_pay_due);
            match p.fund_rule {
                FundRule::Shortfall => prop_assert_eq!(d.strike_pay, d.strike_pay_due),
                FundRule::StopWhenEmpty => prop_assert!(d.fund >= 0),
            }
        }
        prop_assert_eq!(h.strike_pay_paid, o.days.iter().map(|d| d.strike_pay).sum::<i64>());
        prop_assert_eq!(h.net_pay_lost, h.gross_pay_lost + h.deducted - h.strike_pay_paid + h.overtime_pay_forgone);
        prop_assert!(0 <= h.made_up && h.made_up <= h.deducted);
        prop_assert_eq!(h.runs_out.is_some(), o.days.iter().any(|d| d.fund_short));
        if p.fund_rule == FundRule::Shortfall {
            prop_assert_eq!(h.shortfall, (-h.fund_low.0).max(0));
        }
    }

    #[test]
    fn no_figure_as_shown_contradicts_the_one_beside_it(p in with_either_fund_rule()) {
        let o = simulate(&p);
        let h = &o.headline;
        let f = figures(&p, &o);
        let get = |id: &str| f.iter().find(|x| x.id == id).expect(id).clone();
        // The backlog: a peak or an end that differs from the start must read differently.
        let peak = get("peak-backlog");
        let start_beside_peak = peak.note.split("; ").nth(1).unwrap_or("").trim_end_matches(" at the start.");
        let peak_shown = peak.value.trim_end_matches(" of work");
        match h.clearance {
            Clearance::Cleared(0) | Clearance::NoAction => {}
            _ => prop_assert_ne!(peak_shown, start_beside_peak, "{:?}", h.clearance),
        }
        if h.clearance == Clearance::NotByEnd {
            let end = get("end-backlog").value;
            let still = get("clear").note;
            let start = still.trim_start_matches("Still above ").trim_end_matches(" at the end of the model.");
            prop_assert_ne!(end.trim_end_matches(" of work"), start);
        }
        // The fund: a date it runs out goes with a shortfall or unpaid strike pay, and never without.
        let pay_note = get("strike-pay").note;
        let says_short = pay_note.contains("shortfall to find") || pay_note.contains("more was due");
        prop_assert_eq!(h.runs_out.is_some(), says_short, "{}", pay_note);
        let low = get("fund-low").value;
        prop_assert_eq!(low.ends_with(" short"), h.fund_low.0 < 0);
        prop_assert!(!low.starts_with("£0 short"));
        // A member's cost is the sum of the parts shown.
        let cost = get("member-cost");
        let pounds = |s: &str| -> i64 { s.replace(',', "").parse().unwrap_or(-1) };
        let parts: i64 = cost.note.split('£').skip(1).map(|s| pounds(s.split(' ').next().unwrap_or(""))).sum();
        prop_assert_eq!(parts, pounds(cost.value.trim_start_matches('£')), "{} {}", cost.value, cost.note);
        // The ballot: the turnout shown is on the side of 50% that the verdict says.
        let b = ballot::check(&p);
        let line = ballot_line(&b);
        let turnout: f64 = line.split('(').nth(1).and_then(|s| s.split('%').next()).and_then(|s| s.parse().ok()).unwrap();
        prop_assert_eq!(turnout >= 50.0, b.turnout_met, "{}", line);
    }

    #[test]
    fn backlog_is_never_negative_and_always_a_number(p in params()) {
        let o = simulate(&p);
        prop_assert!(o.days.iter().all(|d| d.backlog >= 0.0 && d.backlog.is_finite()));
        prop_assert!(o.backlog_weeks.iter().all(|b| b.is_finite()));
        prop_assert_eq!(o.days.len() as u32, p.horizon_weeks * 5);
    }

    #[test]
    fn more_strikers_never_lowers_backlog_or_raises_fund(p in params(), extra in 1u32..5_000) {
        // As the app runs it: strikers within the members of the targeted areas.
        // (A striker who would otherwise work to rule can lose less work than
        // the work-to-rule did, so that is left out here.)
        let mut p = p;
        p.wtr_weeks = 0;
        p.fit();
        let mut q = p.clone();
        q.targeted_strikers = p.targeted_strikers + extra;
        q.fit();
        let (a, b) = (simulate(&p), simulate(&q));
        never_lower(&a, &b)?;
        for (x, y) in a.days.iter().zip(&b.days) {
            prop_assert!(y.fund <= x.fund);
        }
    }

    #[test]
    fn more_weeks_of_action_never_lower_a_backlog(p in params(), which in 0..3usize, extra in 1u32..10) {
        let mut p = p;
        if which == 0 {
            // As above: a strike day in place of a work-to-rule day is left out.
            p.wtr_weeks = 0;
        }
        p.fit();
        let mut q = p.clone();
        match which {
            0 => q.targeted_weeks += extra,
            1 => q.ban_weeks += extra,
            _ => q.wtr_weeks += extra,
        }
        q.fit();
        never_lower(&simulate(&p), &simulate(&q))?;
    }

    #[test]
    fn with_no_targeted_areas_and_no_catch_up_the_old_rules_hold(p in params()) {
        // Before targeted areas, the backlog was one pool: each day's work lost
        // was strikers × (1 − cover) + members × overtime × ban compliance.
        // Only the catch-up rule changed (it now follows the people at work),
        // so without catch-up, and without the new work-to-rule, nothing moves.
        let mut p = Params { area_staff: 0, catch_up_share: 0.0, wtr_weeks: 0, ..p };
        p.fit();
        let o = simulate(&p);
        let week = 5.0 * p.staff() as f64 * (1.0 + p.overtime_share);
        let mut backlog = p.opening_backlog_weeks * week;
        for (d, a) in o.days.iter().zip(&o.action) {
            let strikers = (d.targeted_strikers + d.national_strikers) as f64;
            let ban = if a.ban { f64::from(p.members) * p.overtime_share * p.ban_compliance } else { 0.0 };
            let lost = strikers * (1.0 - p.cover_share()) + ban;
            prop_assert!((d.work_lost - lost).abs() <= 1e-9 * lost.max(1.0));
            backlog += lost;
            prop_assert!((d.backlog - backlog).abs() <= 1e-9 * backlog.max(1.0));
        }
        prop_assert!((o.week_of_work - week).abs() <= 1e-9 * week);
    }

    #[test]
    fn the_parts_add_up_to_the_whole(p in params()) {
        let o = simulate(&p);
        let h = &o.headline;
        prop_assert_eq!(h.area_peak.is_some(), p.in_use().has_areas());
        prop_assert_eq!(o.area_backlog_weeks.len(), if p.in_use().has_areas() { o.days.len() } else { 0 });
        for d in &o.days {
            prop_assert!(d.area_backlog >= 0.0 && d.area_backlog <= d.backlog + 1e-6 * d.backlog.max(1.0));
        }
        // The whole employer's peak is never above the highest of its parts.
        if let Some((area, _)) = h.area_peak {
            prop_assert!(area.is_finite() && area >= p.opening_backlog_weeks);
        }
    }

    #[test]
    fn more_levy_never_lowers_the_fund(p in params(), extra in 1i64..500) {
        let mut q = p.clone();
        q.levy_per_month = (p.levy_per_month + extra).min(1_000);
        let (a, b) = (simulate(&p), simulate(&q));
        for (x, y) in a.days.iter().zip(&b.days) {
            prop_assert!(y.fund >= x.fund);
        }
    }

    #[test]
    fn no_action_leaves_the_backlog_flat(p in params()) {
        let mut q = p.clone();
        q.national_days.clear();
        q.targeted_strikers = 0;
        q.ban_weeks = 0;
        q.wtr_weeks = 0;
        let o = simulate(&q);
        let opening = q.opening_backlog_weeks;
        prop_assert!(o.backlog_weeks.iter().all(|b| (b - opening).abs() <= 1e-9 * opening.max(1.0)));
        prop_assert_eq!(o.headline.strike_pay_paid, 0);
    }

    #[test]
    fn validation_is_idempotent_and_links_round_trip(p in params()) {
        let mut q = p.clone();
        prop_assert!(q.validate().is_empty());
        let (back, notes) = from_query(&to_query(&p));
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(back, p);
    }

    #[test]
    fn what_changed_is_empty_exactly_when_nothing_did(a in params(), b in params(), same in any::<bool>()) {
        // "What changed" reads the field table and the choices: between them,
        // every setting. Any difference at all must show, and nothing else.
        let b = if same { a.clone() } else { b };
        let lines = changes(&a, &b);
        prop_assert_eq!(lines.is_empty(), a == b, "{:?}", lines);
    }

    #[test]
    fn the_calendar_shows_the_days_the_model_runs(p in params()) {
        // The calendar is given what it shows, worked out from every setting;
        // it must agree with the plan the simulation runs, day by day: what is
        // planned counts, except inside the notice period, what the ballot
        // did not ask about and what falls after its mandate, which it marks.
        let cal = CalendarData::new(&p);
        let plan = Plan::new(&p);
        prop_assert_eq!(cal.days.len(), plan.action.len());
        let asked = p.ballot.asked;
        for (c, (d, a)) in cal.days.iter().zip(plan.dates.iter().zip(&plan.action)) {
            prop_assert_eq!(c.date, *d);
            let counted = !c.notice && !c.after_mandate;
            let strikes = counted && asked.covers_strikes();
            let short = counted && asked.covers_short();
            prop_assert_eq!((c.national && strikes, c.targeted && strikes), (a.national, a.targeted));
            prop_assert_eq!(c.ban && short && p.ban_compliance > 0.0, a.ban);
            prop_assert_eq!(c.wtr && short, a.wtr);
            prop_assert_eq!(c.notice, *d < p.earliest_action());
            prop_assert_eq!(c.after_mandate, *d > p.mandate_ends());
            let planned_uncovered = ((c.national || c.targeted) && !asked.covers_strikes())
                || (((c.ban && p.ban_compliance > 0.0) || c.wtr) && !asked.covers_short());
            prop_assert_eq!(c.uncovered, planned_uncovered);
        }
    }

    #[test]
    fn action_the_ballot_did_not_ask_about_is_always_flagged(p in params()) {
        // As the app shows it: the settings in use.
        let mut p = p;
        p.fit();
        let o = simulate(&p);
        let uncovered = o.headline.uncovered_days;
        // Counted exactly: the planned days after notice with action of a kind not asked about.
        let cal = CalendarData::new(&p);
        let expected = cal.days.iter().filter(|c| c.uncovered && !c.notice).count() as u32;
        prop_assert_eq!(uncovered, expected);
        let flagged = strike_explorer::summary::warnings(&p, &o)
            .iter()
            .any(|w| w.contains("no mandate"));
        prop_assert_eq!(flagged, uncovered > 0);
        // And none of it is in the figures.
        for a in &o.action {
            prop_assert!(!(a.national || a.targeted) || p.ballot.asked.covers_strikes());
            prop_assert!(!(a.ban || a.wtr) || p.ballot.asked.covers_short());
        }
    }

    #[test]
    fn a_link_without_our_figures_never_holds_them(p in params()) {
        let q = public_query(&p);
        for id in OWN_FIGURES {
            let key = format!("{}=", id.field().key);
            prop_assert!(!q.split('&').any(|kv| kv.starts_with(&key)), "{}", q);
        }
        let (back, _) = from_query(&q);
        for id in OWN_FIGURES {
            let f = id.field();
            prop_assert_eq!((f.get)(&back), (f.get)(&Params::default()));
        }
    }

    #[test]
    fn kept_scenarios_survive_the_link_and_a_public_link_leaves_their_figures_out(
        main in params(),
        a in params(),
        b in params(),
        names in proptest::collection::vec(any::<String>(), 2),
    ) {
        let kept: Vec<Kept> = [a, b]
            .into_iter()
            .zip(&names)
            .enumerate()
            .map(|(i, (params, name))| Kept {
                name: clean_name(name, &format!("Scenario {}", letter(i))),
                params,
            })
            .collect();
        let q = format!("{}&{}", to_query(&main), kept_query(&kept));
        let (back, notes) = kept_from_query(&q);
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(&back, &kept);
        // The main scenario reads as before, untouched by them.
        let (p, notes) = from_query(&q);
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(p, main.clone());
        // Without our figures: none of them in any kept scenario either.
        let public = format!("{}&{}", public_query(&main), public_kept_query(&kept));
        let (back, _) = kept_from_query(&public);
        for k in &back {
            for id in OWN_FIGURES {
                let f = id.field();
                prop_assert_eq!((f.get)(&k.params), (f.get)(&Params::default()));
            }
        }
        for id in OWN_FIGURES {
            let key = format!("{}:", id.field().key);
            prop_assert!(!public.contains(&format!("~{key}")) && !public.contains(&format!(";{key}")), "{}", public);
        }
    }

    #[test]
    fn any_string_gives_at_most_two_valid_kept_scenarios_with_clean_names(s in any::<String>()) {
        let (kept, notes) = kept_from_query(&format!("keep={s}&keep={s}&keep={s}"));
        prop_assert!(kept.len() <= MAX_KEPT);
        for k in &kept {
            let mut p = k.params.clone();
            prop_assert!(p.validate().is_empty());
            prop_assert!(!k.name.is_empty() && k.name.chars().count() <= 40);
            prop_assert!(!k.name.chars().any(char::is_control));
        }
        for n in &notes {
            let words = unquoted(&strike_explorer::format::adjustment(n, &Params::default()));
            prop_assert!(!words.contains("NaN") && !words.contains("inf"), "{}", words);
        }
    }

    #[test]
    fn any_hostile_query_gives_valid_params_kept_scenarios_and_notes_in_words(q in hostile_query()) {
        let (mut p, notes) = from_query(&q);
        prop_assert!(p.validate().is_empty(), "{}", q);
        for n in &notes {
            // What was typed is quoted as it was (“NaN”); nothing else may say NaN.
            let words = unquoted(&strike_explorer::format::adjustment(n, &p));
            prop_assert!(!words.contains("NaN") && !words.contains("inf"), "{} from {}", words, q);
        }
        let (kept, _) = kept_from_query(&q);
        prop_assert!(kept.len() <= MAX_KEPT);
        for k in &kept {
            let mut kp = k.params.clone();
            prop_assert!(kp.validate().is_empty(), "{}", q);
        }
        let (view, _) = view_from_query(&q);
        prop_assert!(view.sliders.len() <= MAX_EMBED_SLIDERS);
        // What the page shows for it: the summary and every figure, in words.
        p.fit();
        let outcome = simulate::simulate(&p);
        let text = strike_explorer::summary::paragraph(&p, &outcome);
        prop_assert!(!text.contains("NaN") && !text.contains("inf"), "{}", text);
    }

    #[test]
    fn any_query_string_gives_valid_params(s in "[a-z%=&,.0-9-]{0,200}") {
        let (mut p, _) = from_query(&s);
        prop_assert!(p.validate().is_empty());
    }

    #[test]
    fn any_string_at_all_gives_valid_params_and_a_view(s in any::<String>()) {
        let (mut p, notes) = from_query(&s);
        prop_assert!(p.validate().is_empty());
        // Every note can be put into words, and no word is a number gone wrong.
        for n in &notes {
            // What was typed is quoted as it was; nothing else may say NaN.
            let words = unquoted(&strike_explorer::format::adjustment(n, &p));
            prop_assert!(!words.contains("NaN") && !words.contains("inf"), "{}", words);
        }
        let (view, _) = view_from_query(&s);
        prop_assert!(view.sliders.len() <= MAX_EMBED_SLIDERS);
    }

    #[test]
    fn a_scenario_and_its_view_survive_the_link(
        p in params(),
        embed in any::<bool>(),
        picks in proptest::collection::vec(0..FIELDS.len(), 0..6),
    ) {
        let mut sliders = Vec::new();
        for i in picks {
            let id = FIELDS[i].id;
            if !sliders.contains(&id) {
                sliders.push(id);
            }
        }
        let view = View { embed, sliders };
        let q = if embed {
            format!("{}&{}", to_query(&p), view.to_query())
        } else {
            to_query(&p)
        };
        let (back, notes) = from_query(&q);
        prop_assert!(notes.is_empty(), "{:?}", notes);
        prop_assert_eq!(back, p.validated());
        let (v, notes) = view_from_query(&q);
        prop_assert!(notes.is_empty(), "{:?}", notes);
        if embed {
            prop_assert_eq!(v, view);
        } else {
            prop_assert!(!v.embed);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn solvers_answers_hold_at_the_edge(p in params()) {
        if let Some(levy) = solve::lowest_levy(&p).value() {
            let at = |l| solve::fund_low(&Params { levy_per_month: l, ..p.clone() }).0;
            prop_assert!(at(levy) >= 0);
            prop_assert!(levy == 0 || at(levy - 1) < 0);
        }
        if let Some(s) = solve::most_strikers(&p).value() {
            let at = |s| solve::fund_low(&Params { targeted_strikers: s, ..p.clone() }).0;
            prop_assert!(at(s) >= 0);
            // At most the strikers that fit: the members, or those in the targeted areas.
            let most = FieldId::Strikers.field().bounds(&p).1 as u32;
            prop_assert!(s <= most);
            prop_assert!(s == most || at(s + 1) < 0);
        }
        if let Some(pay) = solve::highest_strike_pay(&p).value() {
            let at = |x| solve::fund_low(&Params { targeted_strike_pay: x, ..p.clone() }).0;
            prop_assert!(at(pay) >= 0);
            prop_assert!(pay >= 1.0 || at(pay + 0.001) < 0);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(48)))]

    /// The bands' percentiles are those of every run's value that day, put
    /// in order by a plain sort: each run drawn and run as the bands draw
    /// it, with the same seed (the bands sort each day from the day
    /// before's order; this checks that road against the plain one).
    #[test]
    fn bands_are_the_percentiles_of_the_runs(p in params(), runs in 20u32..300) {
        use strike_explorer::model::simulate::{run, Knobs, Metric, Weeks};
        use strike_explorer::model::uncertainty::{bands, draw, Rng};
        let mut p = p;
        p.uncertainty.enabled = true;
        p.uncertainty.runs = runs;
        let p = p.validated();
        let b = bands(&p);
        let used = p.in_use();
        let plan = Plan::new(&used);
        let weeks = Weeks::new(&used, used.overtime_share);
        let base = Knobs::from_params(&used);
        let mut rng = Rng::new(used.uncertainty.seed);
        let n = used.uncertainty.runs as usize;
        let days = plan.dates.len();
        let metrics: Vec<Metric> = Metric::ALL.iter().copied().filter(|&m| b.of(m).is_some()).collect();
        let mut values = vec![vec![Vec::with_capacity(n); days]; metrics.len()];
        for _ in 0..n {
            let k = draw(&used, base, &mut rng);
            run(&used, &plan, k, |i, d| {
                for (m, v) in metrics.iter().zip(values.iter_mut()) {
                    v[i].push(m.of(d, weeks));
                }
            });
        }
        for (m, per_day) in metrics.iter().zip(values.iter_mut()) {
            let band = b.of(*m).unwrap();
            prop_assert_eq!(band.p50.len(), days);
            for (i, day) in per_day.iter_mut().enumerate() {
                day.sort_by(f64::total_cmp);
                let at = |q: f64| day[((n - 1) as f64 * q).round() as usize];
                prop_assert_eq!(band.p10[i].to_bits(), at(0.1).to_bits(), "{:?} day {}", m, i);
                prop_assert_eq!(band.p50[i].to_bits(), at(0.5).to_bits(), "{:?} day {}", m, i);
                prop_assert_eq!(band.p90[i].to_bits(), at(0.9).to_bits(), "{:?} day {}", m, i);
            }
        }
    }
}
