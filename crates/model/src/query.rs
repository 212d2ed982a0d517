//! The link codec: [`Params`] to and from a query string such as
//! `levy=5&strikers=3000&nd=10,11`. Only values that differ from the defaults
//! are written, so links stay short. The command line reads the same form.

use super::choices::Choice;
use super::fields::{field, FieldId, FIELDS};
use super::params::Params;
use super::validate::{Adjustment, Problem, Setting};

/// Version of the link format, written as `v=3`. Version 1 counted the weeks
/// that targeted action and the overtime ban start in from 0; version 2 counts
/// them from 1, as the page does. Version 3 added the targeted areas, on by
/// default: a link from before them (version 1 or 2) is read with none, one
/// backlog for the employer, as it was made. Older links are read as they were meant.
pub const VERSION: u32 = 3;

/// The fields whose numbering changed in version 2 (weeks counted from 1).
const WEEKS_FROM_ONE: [FieldId; 2] = [FieldId::TargetedStart, FieldId::BanStart];

/// Keys that belong to the page, not to the scenario: read by [`view_from_query`]
/// or the page itself, ignored by [`from_query`].
pub const PAGE_KEYS: [&str; 5] = [
    "v",
    EMBED_KEY,
    SLIDERS_KEY,
    "bench",
    super::compare::KEEP_KEY,
];

/// The key that asks for the embed view: `embed=1`.
pub const EMBED_KEY: &str = "embed";

/// The key that lists the embed view's sliders by their link keys:
/// `show=levy,strikers` (`show=` for none).
pub const SLIDERS_KEY: &str = "show";

/// The embed view's sliders when a link does not choose them: the ones the
/// bulletins argue over (the levy, how many strike on targeted action, their
/// strike pay, and the overtime ban).
pub const EMBED_SLIDERS: [FieldId; 4] = [
    FieldId::Levy,
    FieldId::Strikers,
    FieldId::TargetedPay,
    FieldId::BanWeeks,
];

/// Most sliders the embed view shows; a link asking for more gets the first ones.
pub const MAX_EMBED_SLIDERS: usize = 8;

/// How the page shows a scenario: the whole explorer, or the embed view (for a
/// campaign website's iframe) with a few sliders. Not part of the scenario:
/// the link carries it beside the [`Params`].
#[derive(Clone, Debug, PartialEq)]
pub struct View {
    /// Whether to show the embed view: charts, figures, summary and
    /// [`View::sliders`], without the page's header, footer or panel.
    pub embed: bool,
    /// The embed view's sliders, in order, each at most once.
    pub sliders: Vec<FieldId>,
}

impl Default for View {
    fn default() -> Self {
        View {
            embed: false,
            sliders: EMBED_SLIDERS.to_vec(),
        }
    }
}

impl View {
    /// The embed view with the default sliders.
    pub fn embed() -> Self {
        View {
            embed: true,
            ..View::default()
        }
    }

    /// The view's part of a link (no leading `&`): empty for the whole
    /// explorer, `embed=1` for the embed view with the default sliders, and
    /// `embed=1&show=…` with others.
    pub fn to_query(&self) -> String {
        if !self.embed {
            return String::new();
        }
        let mut q = format!("{EMBED_KEY}=1");
        if self.sliders != EMBED_SLIDERS {
            let keys: Vec<&str> = self.sliders.iter().map(|id| id.field().key).collect();
            q.push_str(&format!("&{SLIDERS_KEY}={}", keys.join(",")));
        }
        q
    }
}

/// Reads one numeric setting written as a link writes it (`levy=4.37`): the
/// field and the value, if the key is a field's and the value a finite number.
/// The page uses it for "Use this" answers passed from its second module.
pub fn one_setting(pair: &str) -> Option<(FieldId, f64)> {
    let (k, v) = pair.split_once('=')?;
    let f = field(k.trim())?;
    parse_number(v.trim())
        .filter(|x| x.is_finite())
        .map(|x| (f.id, x))
}

/// Reads how the page is to show the scenario from a query string: `embed=1`
/// (any value but `0` or `false` counts) and `show=` with link keys. Returns a
/// note for each slider it does not know. Never panics.
pub fn view_from_query(query: &str) -> (View, Vec<Adjustment>) {
    let mut view = View::default();
    let mut notes = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').take(MAX_PAIRS) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (decode(k), decode(v));
        let v = v.trim();
        if k == EMBED_KEY {
            view.embed = !matches!(v, "0" | "false" | "no");
        } else if k == SLIDERS_KEY {
            view.sliders.clear();
            let keys = v.split(',').map(str::trim).filter(|s| !s.is_empty());
            for key in keys.take(MAX_PAIRS) {
                match field(key) {
                    Some(f) if view.sliders.contains(&f.id) => {}
                    Some(f) if view.sliders.len() < MAX_EMBED_SLIDERS => view.sliders.push(f.id),
                    Some(_) => {}
                    None => notes.push(Adjustment {
                        setting: Setting::Sliders,
                        problem: Problem::NotUnderstood { text: clip(key) },
                    }),
                }
            }
        }
    }
    if !view.embed {
        notes.clear();
    }
    (view, notes)
}

/// The dispute's own money: left out of a link meant for a public post, so
/// that it does not hand the employer the union's books.
pub const OWN_FIGURES: [FieldId; 3] = [FieldId::Fund, FieldId::Donations, FieldId::Pay];

/// The key that marks a link made without the union's own figures: `own=0`.
pub const OWN_KEY: &str = "own";

/// Most `key=value` pairs read from a link; the rest are ignored.
pub const MAX_PAIRS: usize = 200;

/// Writes the parameters as a query string (no leading `?`): the version,
/// then every numeric field and every choice that differs from the default.
pub fn to_query(p: &Params) -> String {
    let d = Params::default();
    let mut parts = vec![format!("v={VERSION}")];
    for c in Choice::ALL {
        if c.differs(p, &d) && c != Choice::NationalDays {
            parts.push(format!("{}={}", c.key(), c.write(p)));
        }
    }
    for f in FIELDS.iter().filter(|f| !f.follows(p)) {
        let v = (f.get)(p);
        if (v - (f.get)(&d)).abs() > 1e-9 || f.follows(&d) {
            parts.push(format!("{}={}", f.key, number(v)));
        }
    }
    // National days last: the longest part, and the one a reader cares least to see.
    if Choice::NationalDays.differs(p, &d) {
        parts.push(format!("nd={}", Choice::NationalDays.write(p)));
    }
    parts.join("&")
}

/// A link for a public post: as [`to_query`], but without the union's own
/// figures ([`OWN_FIGURES`]); whoever opens it sees the defaults for those, and
/// a note that they were left out.
pub fn public_query(p: &Params) -> String {
    let mut q = p.clone();
    let d = Params::default();
    for id in OWN_FIGURES {
        (id.field().set)(&mut q, (id.field().get)(&d));
    }
    format!("{}&{OWN_KEY}=0", to_query(&q))
}

/// A number without needless decimals: `3`, `2.5`, `0.333333`.
fn number(v: f64) -> String {
    let s = format!("{:.6}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Reads a decimal number as links write it (`27844`, `2.5`, `-3`, `1e6`).
/// Written by hand rather than with `str::parse`, whose general float reader
/// costs the page about 20 KB: the digits (at most 19) are read as a whole
/// number and scaled once by a power of ten, which is exact, and so the same
/// as `str::parse`, for every number a link writes (up to 15 significant
/// digits and 6 decimals). `None` for anything else: text, `NaN`, `inf`.
pub fn parse_number(s: &str) -> Option<f64> {
    let (negative, s) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let (number, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (s, 0),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut dropped = 0i32;
    for (i, b) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let d = u64::from(b.checked_sub(b'0').filter(|d| *d <= 9)?);
        if digits < 19 {
            mantissa = mantissa * 10 + d;
            digits += usize::from(mantissa > 0);
        } else if i < whole.len() {
            dropped += 1;
        }
    }
    let fraction_digits = fraction.len().min(19) as i32;
    let scale = exponent.clamp(-400, 400) + dropped - fraction_digits.min(19);
    let m = mantissa as f64;
    let v = if scale >= 0 {
        m * 10f64.powi(scale)
    } else {
        m / 10f64.powi(-scale)
    };
    Some(if negative { -v } else { v })
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Decodes a link's `+` and `%XX` escapes (invalid UTF-8 is replaced).
pub(crate) fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads parameters from a query string (with or without a leading `?`),
/// starting from the defaults. Returns them validated, with an [`Adjustment`]
/// for everything that was ignored or changed. Never panics.
pub fn from_query(query: &str) -> (Params, Vec<Adjustment>) {
    let mut p = Params::default();
    let mut notes = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    let version_1 = query.split('&').any(|kv| kv == "v=1");
    if version_1 || query.split('&').any(|kv| kv == "v=2") {
        p.area_staff = 0;
    }
    let own_left_out = query.split('&').any(|kv| kv == "own=0");
    let pairs = query.split('&').filter(|s| !s.is_empty()).count();
    if pairs > MAX_PAIRS {
        notes.push(Adjustment {
            setting: Setting::Link,
            problem: Problem::PairsDropped {
                dropped: pairs - MAX_PAIRS,
            },
        });
    }
    for pair in query.split('&').filter(|s| !s.is_empty()).take(MAX_PAIRS) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let (k, v) = (decode(k), decode(v));
        let v = v.trim();
        if PAGE_KEYS.contains(&k.as_str()) || k == OWN_KEY {
            continue;
        }
        let not_understood = |setting: Setting, text: &str| Adjustment {
            setting,
            problem: Problem::NotUnderstood { text: clip(text) },
        };
        if let Some(c) = Choice::from_key(&k) {
            if let Err(bad) = c.read(&mut p, v) {
                notes.extend(bad.iter().map(|b| not_understood(Setting::Choice(c), b)));
            }
        } else if let Some(f) = field(&k) {
            match parse_number(v) {
                Some(x) if x.is_finite() => {
                    let x = if version_1 && WEEKS_FROM_ONE.contains(&f.id) {
                        x + 1.0
                    } else {
                        x
                    };
                    // A count given with a fraction is rounded, and said so,
                    // not cut down without a word.
                    let used = if f.step >= 1.0 { x.round() } else { x };
                    if used != x {
                        notes.push(Adjustment {
                            setting: Setting::Field(f.id),
                            problem: Problem::Rounded { value: x, used },
                        });
                    }
                    (f.set)(&mut p, used)
                }
                _ => notes.push(not_understood(Setting::Field(f.id), v)),
            }
        } else {
            notes.push(Adjustment {
                setting: Setting::Unknown(clip(&k)),
                problem: Problem::UnknownKey,
            });
        }
    }
    if own_left_out {
        let d = Params::default();
        for id in OWN_FIGURES {
            (id.field().set)(&mut p, (id.field().get)(&d));
            notes.push(Adjustment {
                setting: Setting::Field(id),
                problem: Problem::LeftOut,
            });
        }
    }
    notes.extend(p.validate());
    (p, notes)
}

/// At most 40 characters of text from a link, without control characters, to
/// quote back: a link is never trusted to be short or printable.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Date;
    use crate::params::{PayDivisor, Regime};

    #[test]
    fn one_setting_is_a_field_and_a_number() {
        assert_eq!(one_setting("levy=4.37"), Some((FieldId::Levy, 4.37)));
        assert_eq!(
            one_setting("strikers=206"),
            Some((FieldId::Strikers, 206.0))
        );
        assert_eq!(one_setting("levy=abc"), None);
        assert_eq!(one_setting("nope=1"), None);
        assert_eq!(one_setting("levy"), None);
    }

    #[test]
    fn the_view_round_trips_and_bad_sliders_are_named() {
        assert_eq!(View::default().to_query(), "");
        assert_eq!(View::embed().to_query(), "embed=1");
        let (v, notes) = view_from_query("levy=5&embed=1");
        assert_eq!(v, View::embed());
        assert!(notes.is_empty());
        let mine = View {
            embed: true,
            sliders: vec![FieldId::Members, FieldId::Levy],
        };
        assert_eq!(mine.to_query(), "embed=1&show=members,levy");
        assert_eq!(view_from_query(&mine.to_query()).0, mine);
        let none = View {
            embed: true,
            sliders: vec![],
        };
        assert_eq!(view_from_query(&none.to_query()).0, none);
        let (v, notes) = view_from_query("embed=1&show=levy,nope,levy,%3Cb%3E");
        assert_eq!(v.sliders, vec![FieldId::Levy]);
        assert_eq!(notes.len(), 2);
        assert_eq!(notes[0].setting, Setting::Sliders);
        // The scenario reader ignores the view's keys, and the view needs no note
        // outside the embed view.
        assert!(from_query("embed=1&show=nope").1.is_empty());
        assert!(view_from_query("show=nope").1.is_empty());
        assert!(!view_from_query("embed=0").0.embed);
    }

    #[test]
    fn defaults_make_a_short_link() {
        assert_eq!(to_query(&Params::default()), "v=3");
        let (p, notes) = from_query("?v=3");
        assert_eq!(p, Params::default());
        assert!(notes.is_empty());
    }

    #[test]
    fn round_trip_of_a_changed_scenario() {
        let mut p = Params {
            levy_per_month: 500,
            targeted_strikers: 3_000,
            national_days: vec![10, 11, 40],
            pay_divisor: PayDivisor::CalendarDays365,
            regime: Some(Regime::EmploymentRightsAct2025),
            notice_days: 10,
            start: Date::fixed(2027, 1, 4),
            ..Params::default()
        };
        p.uncertainty.enabled = true;
        p.ballot.important_public_services = true;
        let q = to_query(&p);
        assert!(q.contains("levy=5"), "{q}");
        assert!(q.contains("nd=10,11,40"), "{q}");
        let (back, notes) = from_query(&q);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(back, p);
    }

    #[test]
    fn hostile_links_are_survived_and_explained() {
        let (p, notes) =
            from_query("levy=NaN&members=-5&weeks=1e308&nd=1,x,3&zzz=1&start=2026-02-30&%ZZ=%");
        assert_eq!(p.levy_per_month, 300);
        assert_eq!(p.members, 100);
        assert_eq!(p.horizon_weeks, 104);
        assert_eq!(p.national_days, vec![1, 3]);
        assert_eq!(p.start, Params::default().start);
        assert!(notes.len() >= 5, "{notes:?}");
        let keys: Vec<&str> = notes.iter().map(Adjustment::key).collect();
        for k in ["levy", "members", "weeks", "nd", "?", "start"] {
            assert!(keys.contains(&k), "no note for {k}: {notes:?}");
        }
        assert!(notes.contains(&Adjustment {
            setting: Setting::Choice(Choice::NationalDays),
            problem: Problem::NotUnderstood { text: "x".into() },
        }));
    }

    #[test]
    fn weeks_count_from_one_and_old_links_still_mean_what_they_meant() {
        let p = Params {
            targeted_start_week: 4,
            ..Params::default()
        };
        assert!(to_query(&p).contains("tstart=5"), "{}", to_query(&p));
        assert_eq!(from_query("v=2&tstart=5").0.targeted_start_week, 4);
        // Links from before the targeted areas are read with none: one backlog, as made.
        assert_eq!(from_query("v=2&levy=5").0.area_staff, 0);
        assert_eq!(from_query("v=1&levy=5").0.area_staff, 0);
        assert_eq!(from_query("v=2&astaff=800").0.area_staff, 800);
        assert_eq!(from_query("v=3&levy=5").0.area_staff, 5_000);
        assert_eq!(from_query("v=1&tstart=4").0.targeted_start_week, 4);
        assert_eq!(from_query("v=1&banstart=0").0.ban_start_week, 0);
    }

    #[test]
    fn a_public_link_leaves_out_the_unions_own_figures() {
        let p = Params {
            opening_fund: 123_456_700,
            donations_per_month: 5_000_000,
            annual_pay: 3_100_000,
            levy_per_month: 500,
            ..Params::default()
        };
        let q = public_query(&p);
        for key in ["fund=", "don=", "pay="] {
            assert!(!q.contains(key), "{q}");
        }
        assert!(q.contains("levy=5"), "{q}");
        let (back, notes) = from_query(&q);
        assert_eq!(back.opening_fund, Params::default().opening_fund);
        assert_eq!(back.levy_per_month, 500);
        assert_eq!(
            notes
                .iter()
                .filter(|a| a.problem == Problem::LeftOut)
                .count(),
            OWN_FIGURES.len()
        );
    }

    #[test]
    fn numbers_read_as_the_standard_reader_reads_them() {
        for s in [
            "0",
            "3",
            "-3",
            "+4",
            "2.5",
            "27844",
            "0.333333",
            "1e6",
            "1E-3",
            "12.",
            ".5",
            "0.1",
            "150000",
            "2500000",
            "99.99",
            "0.000001",
            "123456789.123456",
        ] {
            assert_eq!(parse_number(s), s.parse::<f64>().ok(), "{s}");
        }
        for s in [
            "", ".", "abc", "1.2.3", "NaN", "inf", "1e", "--1", "1,5", " 1",
        ] {
            assert_eq!(parse_number(s), None, "{s}");
        }
        assert!(!parse_number("1e400").unwrap().is_finite());
        // Past what links write, within a whisker: a huge value is clamped anyway.
        assert!((parse_number("1e308").unwrap() / 1e308 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn percent_decoding() {
        let (p, notes) = from_query("nd=1%2C2&levy=4%2E5");
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(p.national_days, vec![1, 2]);
        assert_eq!(p.levy_per_month, 450);
    }
}
