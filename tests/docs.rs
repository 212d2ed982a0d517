//! `docs/MODEL.md` against the code: the defaults it lists are generated from
//! the field table, and the worked examples it gives are recomputed here, so
//! the explanation cannot quietly disagree with the model.
#![cfg(not(target_arch = "wasm32"))]

use strike_explorer::format::{money, money_small, percent};
use strike_explorer::model::params::{PayDivisor, Regime, MAX_LEVY};
use strike_explorer::model::Params;
use strike_explorer::summary::defaults_markdown;

const START: &str = "<!-- defaults: start -->\n";
const END: &str = "<!-- defaults: end -->";

fn model_md_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/MODEL.md")
}

#[test]
fn the_defaults_listed_are_the_codes() {
    let path = model_md_path();
    let md = std::fs::read_to_string(&path).expect("docs/MODEL.md");
    let (a, b) = (
        md.find(START)
            .expect("MODEL.md has the defaults start marker")
            + START.len(),
        md.find(END).expect("MODEL.md has the defaults end marker"),
    );
    let want = defaults_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let new = format!("{}{}{}", &md[..a], want, &md[b..]);
        std::fs::write(&path, new).expect("write docs/MODEL.md");
        return;
    }
    assert!(
        md[a..b] == want,
        "docs/MODEL.md's defaults differ from the code; refresh them with \
         UPDATE_DOCS=1 cargo test --test docs, and read the change"
    );
    assert!(want.contains("- Levy on members not on strike: £3 a month"));
}

#[test]
fn the_worked_examples_are_the_models() {
    let md = std::fs::read_to_string(model_md_path()).expect("docs/MODEL.md");
    let p = Params::default();
    let day = p.daily_pay();
    let by_365 = Params {
        pay_divisor: PayDivisor::CalendarDays365,
        ..Params::default()
    }
    .daily_pay();
    let half = strike_explorer::model::money::share_of(day, p.targeted_strike_pay);
    let cover = format!(
        "{} + {} × ({} ÷ {}) = {}",
        percent(p.cover_base),
        percent(p.cover_prepared),
        p.notice_days,
        p.cover_full_notice_days,
        percent(p.cover_share())
    );
    let mut wanted = vec![
        format!(
            "With the default {}, that is {} (or {})",
            money(p.annual_pay),
            money_small(day),
            money_small(by_365)
        ),
        format!(
            "At {}: {}.",
            percent(p.targeted_strike_pay),
            money_small(half)
        ),
        format!("With the defaults: {cover}."),
        format!("from £0 to {} a month", money_small(MAX_LEVY)),
    ];
    for r in Regime::ALL {
        wanted.push(format!(
            "{} days under the {}",
            r.minimum_notice_days(),
            r.label()
        ));
    }
    for w in wanted {
        assert!(md.contains(&w), "docs/MODEL.md should say “{w}”");
    }
}
