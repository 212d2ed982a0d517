//! The table of numeric inputs: typed id, link key, label, unit, range, step,
//! a one-line explanation and the source of the default. Validation, the link
//! codec, the command line, the sliders, "What changed" and the defaults in
//! `docs/MODEL.md` all read this one table. The default values themselves live
//! only in `Params::default`.

use super::money::{from_pounds, to_pounds};
use super::params::{Params, Regime, MAX_LEVY, MAX_MEMBERS, MAX_OVERTIME_SHARE, MAX_WEEKS};
use super::validate::Problem;

// Names used by more than one field: the uncertainty ranges are called after
// the settings they vary, written once here.
macro_rules! participation {
    () => {
        "Members who join national strike days"
    };
}
macro_rules! levy_take_up {
    () => {
        "Members who pay the levy"
    };
}
macro_rules! overtime {
    () => {
        "Overtime the employer relies on"
    };
}
macro_rules! cover {
    () => {
        "Cover of strikers' work"
    };
}

/// Every numeric input, by name: the compiler checks an id where it would not
/// check a link key typed as a string. `FIELDS` holds them in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    /// `weeks`: see its entry in [`FIELDS`].
    Weeks,
    /// `members`: see its entry in [`FIELDS`].
    Members,
    /// `pay`: see its entry in [`FIELDS`].
    Pay,
    /// `fund`: see its entry in [`FIELDS`].
    Fund,
    /// `ff`: see its entry in [`FIELDS`].
    FightingFund,
    /// `don`: see its entry in [`FIELDS`].
    Donations,
    /// `levy`: see its entry in [`FIELDS`].
    Levy,
    /// `levypay`: see its entry in [`FIELDS`].
    LevyThreshold,
    /// `levylow`: see its entry in [`FIELDS`].
    LevyLow,
    /// `levyshare`: see its entry in [`FIELDS`].
    LevyShareBelow,
    /// `levyup`: see its entry in [`FIELDS`].
    LevyTakeUp,
    /// `levyfrom`: see its entry in [`FIELDS`].
    LevyFrom,
    /// `tpay`: see its entry in [`FIELDS`].
    TargetedPay,
    /// `npay`: see its entry in [`FIELDS`].
    HardshipPay,
    /// `flat`: see its entry in [`FIELDS`].
    FlatPay,
    /// `bandlow`: see its entry in [`FIELDS`].
    BandLowPay,
    /// `bandpay`: see its entry in [`FIELDS`].
    BandThreshold,
    /// `bandshare`: see its entry in [`FIELDS`].
    BandShareBelow,
    /// `wait`: see its entry in [`FIELDS`].
    WaitingDays,
    /// `cap`: see its entry in [`FIELDS`].
    PaidDaysCap,
    /// `part`: see its entry in [`FIELDS`].
    Participation,
    /// `strikers`: see its entry in [`FIELDS`].
    Strikers,
    /// `tstart`: see its entry in [`FIELDS`].
    TargetedStart,
    /// `tweeks`: see its entry in [`FIELDS`].
    TargetedWeeks,
    /// `tdays`: see its entry in [`FIELDS`].
    TargetedDays,
    /// `banstart`: see its entry in [`FIELDS`].
    BanStart,
    /// `banweeks`: see its entry in [`FIELDS`].
    BanWeeks,
    /// `bancomp`: see its entry in [`FIELDS`].
    BanCompliance,
    /// `wtrstart`: see its entry in [`FIELDS`].
    WtrStart,
    /// `wtrweeks`: see its entry in [`FIELDS`].
    WtrWeeks,
    /// `wtrobs`: see its entry in [`FIELDS`].
    WtrObserving,
    /// `wtrcost`: see its entry in [`FIELDS`].
    WtrCost,
    /// `wtrded`: see its entry in [`FIELDS`].
    WtrDeduction,
    /// `wtrmake`: see its entry in [`FIELDS`].
    WtrMakeUp,
    /// `notice`: see its entry in [`FIELDS`].
    Notice,
    /// `astaff`: see its entry in [`FIELDS`].
    AreaStaff,
    /// `aot`: see its entry in [`FIELDS`].
    AreaOvertime,
    /// `acover`: see its entry in [`FIELDS`].
    AreaCover,
    /// `knock`: see its entry in [`FIELDS`].
    KnockOn,
    /// `density`: see its entry in [`FIELDS`].
    Density,
    /// `ot`: see its entry in [`FIELDS`].
    Overtime,
    /// `backlog`: see its entry in [`FIELDS`].
    Backlog,
    /// `cover`: see its entry in [`FIELDS`].
    Cover,
    /// `prep`: see its entry in [`FIELDS`].
    PreparedCover,
    /// `prepdays`: see its entry in [`FIELDS`].
    PrepDays,
    /// `catchup`: see its entry in [`FIELDS`].
    CatchUp,
    /// `runs`: see its entry in [`FIELDS`].
    Runs,
    /// `upart`: see its entry in [`FIELDS`].
    ParticipationSpread,
    /// `uup`: see its entry in [`FIELDS`].
    TakeUpSpread,
    /// `uot`: see its entry in [`FIELDS`].
    OvertimeSpread,
    /// `ucover`: see its entry in [`FIELDS`].
    CoverSpread,
    /// `electorate`: see its entry in [`FIELDS`].
    Electorate,
    /// `turnout`: see its entry in [`FIELDS`].
    Turnout,
    /// `yes`: see its entry in [`FIELDS`].
    Yes,
    /// `cast`: see its entry in [`FIELDS`].
    VotesCast,
    /// `yesvotes`: see its entry in [`FIELDS`].
    YesVotes,
}

impl FieldId {
    /// The field's entry in the table.
    pub fn field(self) -> &'static Field {
        &FIELDS[self as usize]
    }
}

/// Which panel group a field belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// The union and its strike fund.
    Fund,
    /// The action plan: the strategy.
    Action,
    /// The targeted areas: where targeted action is aimed.
    Areas,
    /// The employer and the work.
    Work,
    /// Ranges for uncertainty bands.
    Uncertainty,
    /// The ballot.
    Ballot,
}

impl Group {
    /// All groups in panel order.
    pub const ALL: [Group; 6] = [
        Group::Fund,
        Group::Action,
        Group::Areas,
        Group::Work,
        Group::Uncertainty,
        Group::Ballot,
    ];

    /// Heading for people.
    pub fn title(self) -> &'static str {
        match self {
            Group::Fund => "The union and its fund",
            Group::Action => "The action plan",
            Group::Areas => "The targeted areas",
            Group::Work => "The employer and the work",
            Group::Uncertainty => "Uncertainty",
            Group::Ballot => "The ballot",
        }
    }
}

/// The unit a field's value is shown in. Values in the table are in these units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// People.
    People,
    /// Pounds.
    Pounds,
    /// Pounds a month.
    PoundsPerMonth,
    /// Pounds a month per member.
    PoundsPerMemberMonth,
    /// Pounds a day.
    PoundsPerDay,
    /// Strike days (a count).
    StrikeDays,
    /// Percent (0–100).
    Percent,
    /// Percentage points either way (0–100).
    PercentPoints,
    /// Weeks of five working days.
    Weeks,
    /// Week number from the start (shown as a date).
    WeekFromStart,
    /// Calendar days.
    Days,
    /// Working days a week.
    DaysPerWeek,
    /// Month number of the levy (1 is the first).
    MonthNumber,
    /// Weeks of work (backlog).
    WeeksOfWork,
    /// A plain count (runs).
    Count,
}

/// Smallest and largest values of a field, in its unit, for given settings.
pub type Bounds = fn(&Params) -> (f64, f64);

/// One numeric input.
#[derive(Clone, Copy)]
pub struct Field {
    /// Its typed id.
    pub id: FieldId,
    /// Key in links and on the command line, e.g. `levy`.
    pub key: &'static str,
    /// Label for people.
    pub label: &'static str,
    /// Panel group.
    pub group: Group,
    /// Unit of the value.
    pub unit: Unit,
    /// Smallest change a slider makes, in the unit.
    pub step: f64,
    /// Smallest and largest values it can hold, in the unit, whatever else is set.
    pub range: Bounds,
    /// Where other settings narrow what can be used (targeted strikers can be at
    /// most the members): the bounds in use. What the user chose is kept, and
    /// the model uses it brought within these bounds (`Params::fit`).
    pub fit: Option<Bounds>,
    /// One line: what it means (the default is shown beside it, from `Params::default`).
    pub help: &'static str,
    /// Where the default comes from, without the value (empty if it needs no source).
    pub source: &'static str,
    /// Reads the value in the unit.
    pub get: fn(&Params) -> f64,
    /// Writes a value in the unit (already in range).
    pub set: fn(&mut Params, f64),
}

impl std::fmt::Debug for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.key)
    }
}

impl Field {
    /// Whether the value is not set but follows another setting (the
    /// electorate, until set, is every member in the dispute): a link then
    /// leaves it out, so that it goes on following.
    pub fn follows(&self, p: &Params) -> bool {
        self.id == FieldId::Electorate && p.ballot.electorate.is_none()
    }

    /// The bounds a value is used within here: its range, narrowed by the other settings.
    pub fn bounds(&self, p: &Params) -> (f64, f64) {
        let (lo, hi) = (self.range)(p);
        match self.fit {
            Some(fit) => {
                let (a, b) = fit(p);
                (a.max(lo).min(hi), b.min(hi).max(lo))
            }
            None => (lo, hi),
        }
    }

    /// A value typed or read for this field, settled: the value it holds and,
    /// if that is not what was given, why. Not a number keeps `current`; out of
    /// range is brought in; a whole-number field is rounded.
    pub fn settle(&self, v: f64, current: f64, (lo, hi): (f64, f64)) -> (f64, Option<Problem>) {
        if !v.is_finite() {
            return (current, Some(Problem::NotANumber { used: current }));
        }
        let clamped = v.clamp(lo, hi);
        let used = if self.step >= 1.0 {
            clamped.round()
        } else {
            clamped
        };
        let problem = if clamped != v {
            Some(Problem::OutOfRange {
                value: v,
                lo,
                hi,
                used,
            })
        } else if (used - v).abs() > 1e-9 {
            Some(Problem::Rounded { value: v, used })
        } else {
            None
        };
        (used, problem)
    }
}

/// Finds a field by its link key.
pub fn field(key: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.key == key)
}

fn horizon(p: &Params) -> f64 {
    f64::from(p.horizon_weeks)
}

/// The most targeted strikers the targeted areas hold: their members, if set.
fn targeted_area_limit(p: &Params) -> f64 {
    if p.area_staff > 0 {
        p.area_members() as f64
    } else {
        MAX_MEMBERS
    }
}

/// Every numeric input, in panel order and in [`FieldId`] order. Horizon and
/// members come first because other ranges depend on them.
pub static FIELDS: &[Field] = &[
    Field {
        id: FieldId::Weeks,
        key: "weeks",
        label: "Weeks to model",
        group: Group::Action,
        unit: Unit::Weeks,
        step: 1.0,
        range: |_| (4.0, MAX_WEEKS),
        fit: None,
        help: "How far ahead the charts run, in weeks of five working days.",
        source: "six months",
        get: |p| f64::from(p.horizon_weeks),
        set: |p, v| p.horizon_weeks = v as u32,
    },
    Field {
        id: FieldId::Members,
        key: "members",
        label: "Members in the dispute",
        group: Group::Fund,
        unit: Unit::People,
        step: 100.0,
        range: |_| (100.0, MAX_MEMBERS),
        fit: None,
        help: "Members covered by the dispute.",
        source: "an illustrative round number",
        get: |p| f64::from(p.members),
        set: |p, v| p.members = v as u32,
    },
    Field {
        id: FieldId::Pay,
        key: "pay",
        label: "Average annual pay",
        group: Group::Fund,
        unit: Unit::Pounds,
        step: 100.0,
        range: |_| (5_000.0, 150_000.0),
        fit: None,
        help: "Used for a day's pay.",
        source: "the pay of a DWP Administrative Officer in 2025-26",
        get: |p| to_pounds(p.annual_pay),
        set: |p, v| p.annual_pay = from_pounds(v),
    },
    Field {
        id: FieldId::Fund,
        key: "fund",
        label: "Strike fund at the start",
        group: Group::Fund,
        unit: Unit::Pounds,
        step: 10_000.0,
        range: |_| (0.0, 50_000_000.0),
        fit: None,
        help: "Money in the strike fund on the start date.",
        source: "illustrative: enter your union's figure",
        get: |p| to_pounds(p.opening_fund),
        set: |p, v| p.opening_fund = from_pounds(v),
    },
    Field {
        id: FieldId::FightingFund,
        key: "ff",
        label: "Fighting-fund contribution",
        group: Group::Fund,
        unit: Unit::PoundsPerMemberMonth,
        step: 0.1,
        range: |_| (0.0, 5.0),
        fit: None,
        help: "Paid by every member each month into the fund, strike or not.",
        source: "the contribution argued for in the bulletins",
        get: |p| to_pounds(p.fighting_fund_per_member),
        set: |p, v| p.fighting_fund_per_member = from_pounds(v),
    },
    Field {
        id: FieldId::Donations,
        key: "don",
        label: "Donations",
        group: Group::Fund,
        unit: Unit::PoundsPerMonth,
        step: 1_000.0,
        range: |_| (0.0, 2_000_000.0),
        fit: None,
        help: "Money given to the fund each month by other unions and supporters.",
        source: "none, to be prudent",
        get: |p| to_pounds(p.donations_per_month),
        set: |p, v| p.donations_per_month = from_pounds(v),
    },
    Field {
        id: FieldId::Levy,
        key: "levy",
        label: "Levy on members not on strike",
        group: Group::Fund,
        unit: Unit::PoundsPerMonth,
        step: 0.5,
        range: |_| (0.0, to_pounds(MAX_LEVY)),
        fit: None,
        help: "Asked each month of every member not on targeted action (with a banded levy, of those paid at or above the threshold).",
        source: "one side of the £3 or £5 debate",
        get: |p| to_pounds(p.levy_per_month),
        set: |p, v| p.levy_per_month = from_pounds(v),
    },
    Field {
        id: FieldId::LevyThreshold,
        key: "levypay",
        label: "Pay threshold for a banded levy",
        group: Group::Fund,
        unit: Unit::Pounds,
        step: 500.0,
        range: |_| (0.0, 100_000.0),
        fit: None,
        help: "0 is one levy for all. Above 0, members paid less than this a year pay the lower levy below, and the rest the levy above.",
        source: "one levy; PCS's 2023 levy was £5 at £24,000 a year or more, £3 below",
        get: |p| p.levy_threshold as f64 / 100.0,
        set: |p, v| p.levy_threshold = (v * 100.0).round() as i64,
    },
    Field {
        id: FieldId::LevyLow,
        key: "levylow",
        label: "Levy below the threshold",
        group: Group::Fund,
        unit: Unit::PoundsPerMonth,
        step: 0.5,
        range: |_| (0.0, to_pounds(MAX_LEVY)),
        fit: None,
        help: "For a banded levy: asked each month of members paid below the threshold.",
        source: "PCS's 2023 levy",
        get: |p| to_pounds(p.levy_low),
        set: |p, v| p.levy_low = from_pounds(v),
    },
    Field {
        id: FieldId::LevyShareBelow,
        key: "levyshare",
        label: "Members paid below the threshold",
        group: Group::Fund,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "For a banded levy: the share of members who pay the lower levy.",
        source: "illustrative: enter your members' figure",
        get: |p| p.levy_share_below * 100.0,
        set: |p, v| p.levy_share_below = v / 100.0,
    },
    Field {
        id: FieldId::LevyTakeUp,
        key: "levyup",
        label: levy_take_up!(),
        group: Group::Fund,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Not everyone asked pays: some opt out.",
        source: "an illustrative assumption; test it",
        get: |p| p.levy_take_up * 100.0,
        set: |p, v| p.levy_take_up = v / 100.0,
    },
    Field {
        id: FieldId::LevyFrom,
        key: "levyfrom",
        label: "Levy starts in month",
        group: Group::Fund,
        unit: Unit::MonthNumber,
        step: 1.0,
        range: |_| (1.0, (MAX_WEEKS / 4.0).ceil()),
        fit: Some(|p| (1.0, (horizon(p) / 4.0).ceil().max(1.0))),
        help: "The levy and other income arrive on the first working day of each month; 1 is the first month in the model.",
        source: "",
        get: |p| f64::from(p.levy_start_month),
        set: |p, v| p.levy_start_month = v as u32,
    },
    Field {
        id: FieldId::TargetedPay,
        key: "tpay",
        label: "Strike pay for targeted strikers",
        group: Group::Fund,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of a striker's lost pay the fund makes up.",
        source: "one side of the 50% or full-pay debate",
        get: |p| p.targeted_strike_pay * 100.0,
        set: |p, v| p.targeted_strike_pay = v / 100.0,
    },
    Field {
        id: FieldId::HardshipPay,
        key: "npay",
        label: "Hardship pay on national strike days",
        group: Group::Fund,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of lost pay the fund makes up for members on all-member strike days.",
        source: "as on past national days",
        get: |p| p.national_strike_pay * 100.0,
        set: |p, v| p.national_strike_pay = v / 100.0,
    },
    Field {
        id: FieldId::FlatPay,
        key: "flat",
        label: "Flat strike pay",
        group: Group::Fund,
        unit: Unit::PoundsPerDay,
        step: 1.0,
        range: |_| (0.0, 300.0),
        fit: None,
        help: "For the flat rules: the amount a day (by band, the rate at or above the pay threshold). Never more than a day's pay.",
        source: "UCU's national fund pays £50 a day above its threshold",
        get: |p| p.flat_pay as f64 / 100.0,
        set: |p, v| p.flat_pay = (v * 100.0).round() as i64,
    },
    Field {
        id: FieldId::BandLowPay,
        key: "bandlow",
        label: "Flat strike pay below the threshold",
        group: Group::Fund,
        unit: Unit::PoundsPerDay,
        step: 1.0,
        range: |_| (0.0, 300.0),
        fit: None,
        help: "For the rule by pay band: the amount a day for members paid below the threshold.",
        source: "UCU's national fund pays up to £75 a day below its threshold",
        get: |p| p.band_low_pay as f64 / 100.0,
        set: |p, v| p.band_low_pay = (v * 100.0).round() as i64,
    },
    Field {
        id: FieldId::BandThreshold,
        key: "bandpay",
        label: "Pay threshold for the bands",
        group: Group::Fund,
        unit: Unit::Pounds,
        step: 500.0,
        range: |_| (0.0, 100_000.0),
        fit: None,
        help: "For the rule by pay band: members paid less than this a year get the rate below it.",
        source: "UCU's threshold",
        get: |p| p.band_threshold as f64 / 100.0,
        set: |p, v| p.band_threshold = (v * 100.0).round() as i64,
    },
    Field {
        id: FieldId::BandShareBelow,
        key: "bandshare",
        label: "Strikers paid below the threshold",
        group: Group::Fund,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "For the rule by pay band: the share of strikers who get the rate below the threshold.",
        source: "illustrative: enter your members' figure",
        get: |p| p.band_share_below * 100.0,
        set: |p, v| p.band_share_below = v / 100.0,
    },
    Field {
        id: FieldId::WaitingDays,
        key: "wait",
        label: "Unpaid waiting days",
        group: Group::Fund,
        unit: Unit::StrikeDays,
        step: 1.0,
        range: |_| (0.0, 20.0),
        fit: None,
        help: "Each striker's first days of action that the fund does not pay, under any rule.",
        source: "many funds pay from the second or third day",
        get: |p| f64::from(p.waiting_days),
        set: |p, v| p.waiting_days = v as u32,
    },
    Field {
        id: FieldId::PaidDaysCap,
        key: "cap",
        label: "Most paid days for each striker",
        group: Group::Fund,
        unit: Unit::StrikeDays,
        step: 1.0,
        range: |_| (0.0, 260.0),
        fit: None,
        help: "The fund pays each striker for at most this many days in the dispute, after the waiting days; 0 is no cap.",
        source: "no cap; UCU's fund pays at most 11 days a dispute",
        get: |p| f64::from(p.paid_days_cap),
        set: |p, v| p.paid_days_cap = v as u32,
    },
    Field {
        id: FieldId::Participation,
        key: "part",
        label: participation!(),
        group: Group::Action,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Of members not already on targeted action.",
        source: "illustrative; set it from your own past days",
        get: |p| p.national_participation * 100.0,
        set: |p, v| p.national_participation = v / 100.0,
    },
    Field {
        id: FieldId::Strikers,
        key: "strikers",
        label: "Targeted strikers",
        group: Group::Action,
        unit: Unit::People,
        step: 10.0,
        range: |_| (0.0, MAX_MEMBERS),
        fit: Some(|p| (0.0, f64::from(p.members).min(targeted_area_limit(p)))),
        help: "Members called out on sustained targeted action, on strike pay. At most the members in the targeted areas, if set.",
        source: "illustrative",
        get: |p| f64::from(p.targeted_strikers),
        set: |p, v| p.targeted_strikers = v as u32,
    },
    Field {
        id: FieldId::TargetedStart,
        key: "tstart",
        label: "Targeted action starts",
        group: Group::Action,
        unit: Unit::WeekFromStart,
        step: 1.0,
        range: |_| (1.0, MAX_WEEKS),
        fit: Some(|p| (1.0, horizon(p))),
        help: "Week of the model in which targeted action begins.",
        source: "after two weeks' notice",
        get: |p| f64::from(p.targeted_start_week) + 1.0,
        set: |p, v| p.targeted_start_week = (v as u32).saturating_sub(1),
    },
    Field {
        id: FieldId::TargetedWeeks,
        key: "tweeks",
        label: "Targeted action lasts",
        group: Group::Action,
        unit: Unit::Weeks,
        step: 1.0,
        range: |_| (0.0, MAX_WEEKS),
        fit: Some(|p| (0.0, horizon(p))),
        help: "Weeks of targeted action; 0 means none.",
        source: "illustrative",
        get: |p| f64::from(p.targeted_weeks),
        set: |p, v| p.targeted_weeks = v as u32,
    },
    Field {
        id: FieldId::TargetedDays,
        key: "tdays",
        label: "Strike days a week (targeted)",
        group: Group::Action,
        unit: Unit::DaysPerWeek,
        step: 1.0,
        range: |_| (1.0, 5.0),
        fit: None,
        help: "Fewer than five is discontinuous action: strikers work the rest of the week.",
        source: "",
        get: |p| f64::from(p.targeted_days_per_week),
        set: |p, v| p.targeted_days_per_week = v as u32,
    },
    Field {
        id: FieldId::BanStart,
        key: "banstart",
        label: "Overtime ban starts",
        group: Group::Action,
        unit: Unit::WeekFromStart,
        step: 1.0,
        range: |_| (1.0, MAX_WEEKS),
        fit: Some(|p| (1.0, horizon(p))),
        help: "Week of the model in which members stop working overtime.",
        source: "",
        get: |p| f64::from(p.ban_start_week) + 1.0,
        set: |p, v| p.ban_start_week = (v as u32).saturating_sub(1),
    },
    Field {
        id: FieldId::BanWeeks,
        key: "banweeks",
        label: "Overtime ban lasts",
        group: Group::Action,
        unit: Unit::Weeks,
        step: 1.0,
        range: |_| (0.0, MAX_WEEKS),
        fit: Some(|p| (0.0, horizon(p))),
        help: "Weeks of action short of strike; 0 means no ban.",
        source: "no ban",
        get: |p| f64::from(p.ban_weeks),
        set: |p, v| p.ban_weeks = v as u32,
    },
    Field {
        id: FieldId::BanCompliance,
        key: "bancomp",
        label: "Members who observe the ban",
        group: Group::Action,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of members' overtime withdrawn while the ban is on.",
        source: "illustrative",
        get: |p| p.ban_compliance * 100.0,
        set: |p, v| p.ban_compliance = v / 100.0,
    },
    Field {
        id: FieldId::WtrStart,
        key: "wtrstart",
        label: "Work-to-rule starts",
        group: Group::Action,
        unit: Unit::WeekFromStart,
        step: 1.0,
        range: |_| (1.0, MAX_WEEKS),
        fit: Some(|p| (1.0, horizon(p))),
        help: "Week of the model in which members start to work strictly to their contracts.",
        source: "",
        get: |p| f64::from(p.wtr_start_week) + 1.0,
        set: |p, v| p.wtr_start_week = (v as u32).saturating_sub(1),
    },
    Field {
        id: FieldId::WtrWeeks,
        key: "wtrweeks",
        label: "Work-to-rule lasts",
        group: Group::Action,
        unit: Unit::Weeks,
        step: 1.0,
        range: |_| (0.0, MAX_WEEKS),
        fit: Some(|p| (0.0, horizon(p))),
        help: "Weeks of work-to-rule, action short of a strike; 0 means none.",
        source: "none",
        get: |p| f64::from(p.wtr_weeks),
        set: |p, v| p.wtr_weeks = v as u32,
    },
    Field {
        id: FieldId::WtrObserving,
        key: "wtrobs",
        label: "Members who observe the work-to-rule",
        group: Group::Action,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of members at work who work to rule. They also refuse catch-up overtime.",
        source: "illustrative",
        get: |p| p.wtr_observing * 100.0,
        set: |p, v| p.wtr_observing = v / 100.0,
    },
    Field {
        id: FieldId::WtrCost,
        key: "wtrcost",
        label: "Output lost to the work-to-rule",
        group: Group::Action,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of an observing member's work that goes undone each day.",
        source: "illustrative: a judgement; test it",
        get: |p| p.wtr_output_cost * 100.0,
        set: |p, v| p.wtr_output_cost = v / 100.0,
    },
    Field {
        id: FieldId::WtrDeduction,
        key: "wtrded",
        label: "Pay the employer deducts for it",
        group: Group::Action,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of a day's pay docked from each observing member for each day. Some employers dock a full day for partial work.",
        source: "none; some employers deduct in full",
        get: |p| p.wtr_deduction * 100.0,
        set: |p, v| p.wtr_deduction = v / 100.0,
    },
    Field {
        id: FieldId::WtrMakeUp,
        key: "wtrmake",
        label: "Deductions the fund makes up",
        group: Group::Action,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of the pay docked for the work-to-rule that the strike fund pays back.",
        source: "none",
        get: |p| p.wtr_make_up * 100.0,
        set: |p, v| p.wtr_make_up = v / 100.0,
    },
    Field {
        id: FieldId::Notice,
        key: "notice",
        label: "Notice given before action",
        group: Group::Action,
        unit: Unit::Days,
        step: 1.0,
        range: |_| (f64::from(Regime::LEAST_NOTICE_DAYS), 60.0),
        fit: Some(|p| (f64::from(p.law().minimum_notice_days()), 60.0)),
        help: "At least the legal minimum under the law chosen. More notice lets the employer prepare cover.",
        source: "two weeks, which meets the minimum under either law",
        get: |p| f64::from(p.notice_days),
        set: |p, v| p.notice_days = v as u32,
    },
    Field {
        id: FieldId::AreaStaff,
        key: "astaff",
        label: "Staff in the targeted areas",
        group: Group::Areas,
        unit: Unit::People,
        step: 100.0,
        range: |_| (0.0, MAX_MEMBERS * 10.0),
        fit: Some(|p| (0.0, p.staff() as f64)),
        help: "Staff in the areas targeted action is aimed at, members or not; members there = staff × union density. They get their own backlog. 0 means the employer is one backlog.",
        source: "illustrative, with the areas the bulletins name in mind: benefit processing, contact centres and New Claims",
        get: |p| f64::from(p.area_staff),
        set: |p, v| p.area_staff = v as u32,
    },
    Field {
        id: FieldId::AreaOvertime,
        key: "aot",
        label: "Overtime the targeted areas rely on",
        group: Group::Areas,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, MAX_OVERTIME_SHARE * 100.0),
        fit: None,
        help: "Work done there in overtime, as a share of normal hours. An overtime ban bites harder where this is high.",
        source: "illustrative: the bulletins say management rely on overtime in these areas",
        get: |p| p.area_overtime * 100.0,
        set: |p, v| p.area_overtime = v / 100.0,
    },
    Field {
        id: FieldId::AreaCover,
        key: "acover",
        label: "Cover from other areas",
        group: Group::Areas,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of targeted strikers' work done by staff moved in from other areas. Their own work then waits.",
        source: "illustrative",
        get: |p| p.area_cover * 100.0,
        set: |p, v| p.area_cover = v / 100.0,
    },
    Field {
        id: FieldId::KnockOn,
        key: "knock",
        label: "Knock-on work stopped elsewhere",
        group: Group::Areas,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "A judgement, not a fact: for each 100 days of work stopped in the targeted areas, this many days stop in other areas that wait on them.",
        source: "none, to be cautious",
        get: |p| p.knock_on * 100.0,
        set: |p, v| p.knock_on = v / 100.0,
    },
    Field {
        id: FieldId::Density,
        key: "density",
        label: "Union density",
        group: Group::Work,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (10.0, 100.0),
        fit: None,
        help: "Share of staff in the affected workplaces who are members; staff = members ÷ density.",
        source: "about public-sector density (DBT, Trade Union Membership statistics 2024)",
        get: |p| p.union_density * 100.0,
        set: |p, v| p.union_density = v / 100.0,
    },
    Field {
        id: FieldId::Overtime,
        key: "ot",
        label: overtime!(),
        group: Group::Work,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, MAX_OVERTIME_SHARE * 100.0),
        fit: None,
        help: "Work done in overtime, as a share of normal hours (outside the targeted areas, if set).",
        source: "the bulletins report that “massive use of overtime has been all that is keeping the lights on”",
        get: |p| p.overtime_share * 100.0,
        set: |p, v| p.overtime_share = v / 100.0,
    },
    Field {
        id: FieldId::Backlog,
        key: "backlog",
        label: "Backlog at the start",
        group: Group::Work,
        unit: Unit::WeeksOfWork,
        step: 0.5,
        range: |_| (0.0, 52.0),
        fit: None,
        help: "Work already waiting, in weeks of normal work.",
        source: "illustrative",
        get: |p| p.opening_backlog_weeks,
        set: |p, v| p.opening_backlog_weeks = v,
    },
    Field {
        id: FieldId::Cover,
        key: "cover",
        label: "Cover with no warning",
        group: Group::Work,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of strikers' work done anyway by managers and others (for targeted strikers, unless targeted areas are set).",
        source: "illustrative",
        get: |p| p.cover_base * 100.0,
        set: |p, v| p.cover_base = v / 100.0,
    },
    Field {
        id: FieldId::PreparedCover,
        key: "prep",
        label: "Extra cover with time to prepare",
        group: Group::Work,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Added in proportion to notice, in full once notice reaches the days below.",
        source: "illustrative",
        get: |p| p.cover_prepared * 100.0,
        set: |p, v| p.cover_prepared = v / 100.0,
    },
    Field {
        id: FieldId::PrepDays,
        key: "prepdays",
        label: "Notice for full preparation",
        group: Group::Work,
        unit: Unit::Days,
        step: 1.0,
        range: |_| (1.0, 90.0),
        fit: None,
        help: "Days of notice after which more notice adds no more cover.",
        source: "illustrative",
        get: |p| f64::from(p.cover_full_notice_days),
        set: |p, v| p.cover_full_notice_days = v as u32,
    },
    Field {
        id: FieldId::CatchUp,
        key: "catchup",
        label: "Catch-up overtime",
        group: Group::Work,
        unit: Unit::Percent,
        step: 1.0,
        range: |_| (0.0, 50.0),
        fit: None,
        help: "Extra overtime the employer adds to clear a backlog, as a share of the hours of staff at work. Strikers cannot work it; members on a ban or work-to-rule refuse it.",
        source: "illustrative",
        get: |p| p.catch_up_share * 100.0,
        set: |p, v| p.catch_up_share = v / 100.0,
    },
    Field {
        id: FieldId::Runs,
        key: "runs",
        label: "Runs",
        group: Group::Uncertainty,
        unit: Unit::Count,
        step: 10.0,
        range: |_| (20.0, 1_000.0),
        fit: None,
        help: "How many runs make the bands; more is smoother but slower.",
        source: "",
        get: |p| f64::from(p.uncertainty.runs),
        set: |p, v| p.uncertainty.runs = v as u32,
    },
    Field {
        id: FieldId::ParticipationSpread,
        key: "upart",
        label: concat!(participation!(), ", either way"),
        group: Group::Uncertainty,
        unit: Unit::PercentPoints,
        step: 1.0,
        range: |_| (0.0, 50.0),
        fit: None,
        help: "Each run draws it within this many points either side of the value set.",
        source: "",
        get: |p| p.uncertainty.participation_spread * 100.0,
        set: |p, v| p.uncertainty.participation_spread = v / 100.0,
    },
    Field {
        id: FieldId::TakeUpSpread,
        key: "uup",
        label: concat!(levy_take_up!(), ", either way"),
        group: Group::Uncertainty,
        unit: Unit::PercentPoints,
        step: 1.0,
        range: |_| (0.0, 50.0),
        fit: None,
        help: "Each run draws it within this many points either side of the value set.",
        source: "",
        get: |p| p.uncertainty.take_up_spread * 100.0,
        set: |p, v| p.uncertainty.take_up_spread = v / 100.0,
    },
    Field {
        id: FieldId::OvertimeSpread,
        key: "uot",
        label: concat!(overtime!(), ", either way"),
        group: Group::Uncertainty,
        unit: Unit::PercentPoints,
        step: 1.0,
        range: |_| (0.0, 20.0),
        fit: None,
        help: "Each run draws it within this many points either side of the value set.",
        source: "",
        get: |p| p.uncertainty.overtime_spread * 100.0,
        set: |p, v| p.uncertainty.overtime_spread = v / 100.0,
    },
    Field {
        id: FieldId::CoverSpread,
        key: "ucover",
        label: concat!(cover!(), ", either way"),
        group: Group::Uncertainty,
        unit: Unit::PercentPoints,
        step: 1.0,
        range: |_| (0.0, 50.0),
        fit: None,
        help: "Each run draws it within this many points either side of the value set: the cover with no warning and with time to prepare, together.",
        source: "",
        get: |p| p.uncertainty.cover_spread * 100.0,
        set: |p, v| p.uncertainty.cover_spread = v / 100.0,
    },
    Field {
        id: FieldId::Electorate,
        key: "electorate",
        label: "Members balloted",
        group: Group::Ballot,
        unit: Unit::People,
        step: 100.0,
        range: |_| (0.0, 1_000_000.0),
        fit: None,
        help: "Members entitled to vote.",
        source: "the members in the dispute",
        get: |p| f64::from(p.electorate()),
        set: |p, v| p.ballot.electorate = Some(v as u32),
    },
    Field {
        id: FieldId::Turnout,
        key: "turnout",
        label: "Turnout",
        group: Group::Ballot,
        unit: Unit::Percent,
        step: 0.1,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of those balloted who vote. The law needs at least 50%.",
        source: "illustrative",
        get: |p| p.ballot.turnout * 100.0,
        set: |p, v| p.ballot.turnout = v / 100.0,
    },
    Field {
        id: FieldId::Yes,
        key: "yes",
        label: "Voting yes",
        group: Group::Ballot,
        unit: Unit::Percent,
        step: 0.1,
        range: |_| (0.0, 100.0),
        fit: None,
        help: "Share of votes cast for action.",
        source: "illustrative",
        get: |p| p.ballot.yes_share * 100.0,
        set: |p, v| p.ballot.yes_share = v / 100.0,
    },
    Field {
        id: FieldId::VotesCast,
        key: "cast",
        label: "Votes cast",
        group: Group::Ballot,
        unit: Unit::People,
        step: 1.0,
        range: |p| (0.0, f64::from(p.electorate())),
        fit: None,
        help: "A ballot's result in votes: with votes cast above 0, the votes are used, not the two shares above.",
        source: "0: the shares are used",
        get: |p| f64::from(p.ballot.votes_cast),
        set: |p, v| p.ballot.votes_cast = v as u32,
    },
    Field {
        id: FieldId::YesVotes,
        key: "yesvotes",
        label: "Yes votes",
        group: Group::Ballot,
        unit: Unit::People,
        step: 1.0,
        range: |p| (0.0, f64::from(p.ballot.votes_cast)),
        fit: None,
        help: "With votes cast above 0: how many of them voted yes.",
        source: "0",
        get: |p| f64::from(p.ballot.yes_votes),
        set: |p, v| p.ballot.yes_votes = v as u32,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_defaults_in_range() {
        let p = Params::default();
        for (i, a) in FIELDS.iter().enumerate() {
            assert!(FIELDS[i + 1..].iter().all(|b| b.key != a.key), "{}", a.key);
            let (lo, hi) = a.bounds(&p);
            let v = (a.get)(&p);
            assert!(lo <= v && v <= hi, "{} = {v} not in {lo}..{hi}", a.key);
            let (own_lo, own_hi) = (a.range)(&p);
            assert!(
                own_lo <= lo && hi <= own_hi,
                "{}: bounds outside its range",
                a.key
            );
            assert!(
                !a.help.contains("Default"),
                "{}: the default is shown from Params::default, not typed in the help",
                a.key
            );
            assert_eq!(a.id as usize, i, "{} is out of FieldId order", a.key);
            assert_eq!(a.id.field().key, a.key);
            assert_eq!(field(a.key).map(|f| f.id), Some(a.id));
        }
    }

    #[test]
    fn typed_values_settle_with_a_reason() {
        let p = Params::default();
        let settle = |id: FieldId, v: f64| {
            let f = id.field();
            f.settle(v, (f.get)(&p), f.bounds(&p))
        };
        let out = |value, lo, hi, used| {
            Some(Problem::OutOfRange {
                value,
                lo,
                hi,
                used,
            })
        };
        assert_eq!(
            settle(FieldId::Members, 0.0),
            (100.0, out(0.0, 100.0, 500_000.0, 100.0))
        );
        assert_eq!(settle(FieldId::Members, -5.0).0, 100.0);
        assert_eq!(settle(FieldId::Members, 1e9).0, 500_000.0);
        // Not a number keeps what was there.
        assert_eq!(
            settle(FieldId::Members, f64::NAN),
            (100_000.0, Some(Problem::NotANumber { used: 100_000.0 }))
        );
        // Whole percentages: 2.37 is 2, and says so.
        assert_eq!(
            settle(FieldId::TargetedPay, 2.37),
            (
                2.0,
                Some(Problem::Rounded {
                    value: 2.37,
                    used: 2.0
                })
            )
        );
        assert_eq!(settle(FieldId::LevyFrom, 0.0).0, 1.0);
        assert_eq!(settle(FieldId::TargetedDays, 1e12).0, 5.0);
        // Under the 2016 Act, 10 days' notice is short of the 14 it needs.
        let law_2016 = Params {
            regime: Some(Regime::TradeUnionAct2016),
            ..Params::default()
        };
        let f = FieldId::Notice.field();
        assert_eq!(f.settle(10.0, 14.0, f.bounds(&law_2016)).0, 14.0);
    }

    #[test]
    fn weeks_are_counted_from_one_and_the_electorate_follows_the_members() {
        let mut p = Params::default();
        assert_eq!((FieldId::TargetedStart.field().get)(&p), 3.0);
        (FieldId::BanStart.field().set)(&mut p, 1.0);
        assert_eq!(p.ban_start_week, 0);
        p.members = 500;
        assert_eq!((FieldId::Electorate.field().get)(&p), 500.0);
        assert_eq!(crate::ballot::check(&p).electorate, 500);
        (FieldId::Electorate.field().set)(&mut p, 400.0);
        p.members = 600;
        assert_eq!(crate::ballot::check(&p).electorate, 400);
    }

    #[test]
    fn an_uncertainty_range_is_named_after_what_it_varies() {
        for (range, varied) in [
            (FieldId::ParticipationSpread, FieldId::Participation),
            (FieldId::TakeUpSpread, FieldId::LevyTakeUp),
            (FieldId::OvertimeSpread, FieldId::Overtime),
        ] {
            assert_eq!(
                range.field().label,
                format!("{}, either way", varied.field().label)
            );
        }
    }

    #[test]
    fn set_then_get_returns_the_value() {
        let mut p = Params::default();
        for f in FIELDS {
            let (lo, hi) = f.bounds(&p);
            let v = ((lo + hi) / 2.0 / f.step).round() * f.step;
            (f.set)(&mut p, v);
            assert!(((f.get)(&p) - v).abs() < 1e-9, "{}", f.key);
        }
    }
}
