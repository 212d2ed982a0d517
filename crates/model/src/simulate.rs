//! The day-by-day simulation of the fund and the backlog.

use super::calendar::Date;
use super::money::{div_round, Pence};
use super::params::{FundRule, Params, Scope, MAX_OVERTIME_SHARE};
pub use super::plan::{DayAction, Plan};

/// The inputs that vary between runs of the uncertainty bands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Knobs {
    /// Share of members joining national days, 0 to 1.
    pub participation: f64,
    /// Share of members paying the levy, 0 to 1.
    pub take_up: f64,
    /// Overtime as a share of normal hours, 0 to [`MAX_OVERTIME_SHARE`].
    pub overtime: f64,
    /// Share of strikers' work covered, 0 to 1.
    pub cover: f64,
}

impl Knobs {
    /// The values set in the parameters.
    pub fn from_params(p: &Params) -> Knobs {
        Knobs {
            participation: p.national_participation,
            take_up: p.levy_take_up,
            overtime: p.overtime_share,
            cover: p.cover_share(),
        }
    }
}

/// Everything that happened on one working day.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Day {
    /// Members on targeted strike (people).
    pub targeted_strikers: u64,
    /// Members on national strike (people).
    pub national_strikers: u64,
    /// Levy received (pence).
    pub levy: Pence,
    /// Fighting-fund contributions and donations received (pence).
    pub other_income: Pence,
    /// Strike and hardship pay due that day under the strike pay rules (pence).
    pub strike_pay_due: Pence,
    /// Strike and hardship pay paid out (pence): all that is due, or under
    /// [`FundRule::StopWhenEmpty`] no more than the fund holds.
    pub strike_pay: Pence,
    /// Pay strikers lost before strike pay (pence).
    pub gross_pay_lost: Pence,
    /// Overtime pay members gave up under the ban (pence, at plain time).
    pub overtime_pay_forgone: Pence,
    /// Pay the employer deducted for the work-to-rule (pence).
    pub deducted: Pence,
    /// Of the strike pay due, what makes up work-to-rule deductions (pence).
    pub made_up: Pence,
    /// Fund balance at the end of the day (pence; negative is a shortfall).
    pub fund: Pence,
    /// Whether the fund's own money fell short of the strike pay due that day.
    pub fund_short: bool,
    /// Work lost to action that day (staff-days).
    pub work_lost: f64,
    /// Catch-up overtime worked that day (staff-days).
    pub catch_up: f64,
    /// Backlog at the end of the day, across the employer (staff-days).
    pub backlog: f64,
    /// Of it, the backlog in the targeted areas (staff-days; 0 with none set).
    pub area_backlog: f64,
}

/// One part of the employer with its own backlog: the targeted areas, or the rest.
#[derive(Clone, Copy, Debug, Default)]
struct Part {
    /// Staff (people).
    staff: f64,
    /// Members (people).
    members: f64,
    /// Overtime relied on (share of normal hours).
    overtime: f64,
    /// Backlog at the start (staff-days): the backlog catch-up works back to.
    opening: f64,
    /// Backlog now (staff-days).
    backlog: f64,
}

/// What one day's action does in one part of the employer.
#[derive(Clone, Copy)]
struct Hit {
    /// Work lost (staff-days).
    lost: f64,
    /// Members out on strike (people).
    out: f64,
    /// Members at work refusing catch-up overtime (people).
    refusing: f64,
}

impl Hit {
    /// A day with no action in that part.
    const NONE: Hit = Hit {
        lost: 0.0,
        out: 0.0,
        refusing: 0.0,
    };
}

/// `x`, or 0 where it is below 0 (or not a number): as `x.max(0.0)`, which
/// WebAssembly can only do with a library call (`f64::max` treats a missing
/// number as the plain instruction does not), here every working day.
fn at_least_zero(x: f64) -> f64 {
    if x > 0.0 {
        x
    } else {
        0.0
    }
}

impl Part {
    fn new(staff: f64, members: f64, overtime: f64, weeks: f64) -> Part {
        let opening = weeks * 5.0 * staff * (1.0 + overtime);
        Part {
            staff,
            members,
            overtime,
            opening,
            backlog: opening,
        }
    }

    /// Adds a day's work lost, then takes off the catch-up overtime worked by
    /// staff at work who do not refuse it. Returns the catch-up (staff-days).
    fn day(&mut self, hit: Hit, catch_up_share: f64) -> f64 {
        let before = self.backlog + hit.lost;
        let working = at_least_zero(self.staff - hit.out - hit.refusing);
        let most = working * catch_up_share;
        // The catch-up is what is above the opening backlog, from 0 to `most`.
        // Taken case by case, the new backlog comes straight from `before`
        // (the same sums as taking the catch-up off): the next day waits on it.
        let above = before - self.opening;
        if above > most {
            self.backlog = at_least_zero(before - most);
            most
        } else if above < 0.0 {
            self.backlog = at_least_zero(before);
            0.0
        } else {
            self.backlog = at_least_zero(before - above);
            above
        }
    }
}

/// What stays the same on every day of a run, for working out a day's action.
struct Rules<'a> {
    p: &'a Params,
    k: Knobs,
    members: u64,
    /// A day's pay (pence).
    daily: Pence,
    /// Strike pay a day for a targeted striker, and hardship pay for a
    /// national striker, when the fund pays them (pence).
    targeted_rate: Pence,
    national_rate: Pence,
    /// Whether there are targeted areas, and whether the ban and the
    /// work-to-rule act outside them.
    areas: bool,
    ban_in_rest: bool,
    wtr_in_rest: bool,
}

impl Rules<'_> {
    /// A day of action `a`: fills in `d`'s strikers, pay lost and strike pay
    /// due, and returns what it does in the targeted areas and in the rest.
    /// `days` counts each striker's days of action so far (targeted,
    /// national), for the waiting days and the cap: targeted strikers strike
    /// every targeted day, national strikers every national day (as the same
    /// members, the model's simplest reading).
    // Inlined into the day loop, as it was written there: called apart, a
    // run took a quarter more instructions (cachegrind).
    #[inline(always)]
    fn act(
        &self,
        a: DayAction,
        area: &Part,
        rest: &Part,
        days: &mut (u32, u32),
        d: &mut Day,
    ) -> (Hit, Hit) {
        let targeted = if a.targeted {
            u64::from(self.p.targeted_strikers)
        } else {
            0
        };
        d.targeted_strikers = targeted;
        if a.national {
            d.national_strikers =
                ((self.members - targeted) as f64 * self.k.participation).round() as u64;
        }
        let paid = |k: &mut u32, on: bool| {
            let pays = on && self.p.pays_day(*k);
            *k += u32::from(on);
            pays
        };
        let (t_paid, n_paid) = (paid(&mut days.0, a.targeted), paid(&mut days.1, a.national));
        // On a national day a targeted striker gets the better of the two
        // rates; one the fund does not pay as a targeted striker today (in
        // the waiting days, or past the cap) is paid as the national
        // strikers are, so a member moved to targeted action is never
        // paid less on a national day than before.
        let national_rate = if n_paid { self.national_rate } else { 0 };
        let rate = match (t_paid, a.national) {
            (true, true) => self.targeted_rate.max(self.national_rate),
            (true, false) => self.targeted_rate,
            (false, _) => national_rate,
        };
        let strikers = targeted + d.national_strikers;
        d.gross_pay_lost = strikers as i64 * self.daily;

        // Who is out in each part: targeted strikers are in the targeted areas
        // (if set); national strikers are spread over the other members.
        let t = targeted as f64;
        let n = d.national_strikers as f64;
        let others = f64::from(self.p.members) - t;
        let n_area = if self.areas && n > 0.0 && others > 0.0 {
            n * at_least_zero(area.members - t) / others
        } else {
            0.0
        };
        let (area_out, rest_out) = if self.areas {
            (t + n_area, n - n_area)
        } else {
            (0.0, t + n)
        };
        // Action short of a strike, part by part: overtime withdrawn (staff-days),
        // work-to-rule observers (people) and the members refusing catch-up.
        let short = |part: &Part, out: f64, ban: bool, wtr: bool| {
            let withdrawn = if ban {
                part.members * part.overtime * self.p.ban_compliance
            } else {
                0.0
            };
            let at_work = at_least_zero(part.members - out);
            let observers = if wtr {
                at_work * self.p.wtr_observing
            } else {
                0.0
            };
            let refusing = at_work
                * f64::max(
                    if ban { self.p.ban_compliance } else { 0.0 },
                    if wtr { self.p.wtr_observing } else { 0.0 },
                );
            (withdrawn, observers, refusing)
        };
        let none = (0.0, 0.0, 0.0);
        let ((area_withdrawn, area_observers, area_refusing), rest_short) = if a.ban || a.wtr {
            let area_short = short(area, area_out, a.ban && self.areas, a.wtr && self.areas);
            let rest_short = short(
                rest,
                rest_out,
                a.ban && self.ban_in_rest,
                a.wtr && self.wtr_in_rest,
            );
            let withdrawn = area_short.0 + rest_short.0;
            let observers = area_short.1 + rest_short.1;
            d.overtime_pay_forgone = (withdrawn * self.daily as f64).round() as Pence;
            d.deducted = (observers * self.p.wtr_deduction * self.daily as f64).round() as Pence;
            d.made_up = (d.deducted as f64 * self.p.wtr_make_up).round() as Pence;
            (area_short, rest_short)
        } else {
            (none, none)
        };
        let (rest_withdrawn, rest_observers, rest_refusing) = rest_short;
        d.strike_pay_due =
            targeted as i64 * rate + d.national_strikers as i64 * national_rate + d.made_up;

        // Work lost in each part. Cover for targeted strikers moved from other
        // areas leaves that work waiting there; so does any knock-on. On a
        // national strike day there is no one spare to move: targeted strikers
        // are covered as national strikers are.
        let (targeted_cover, moved) = if self.areas && !a.national {
            (self.p.area_cover, self.p.area_cover)
        } else {
            (self.k.cover, 0.0)
        };
        let cost = self.p.wtr_output_cost;
        let area_lost = if self.areas {
            t * (1.0 - targeted_cover)
                + n_area * (1.0 - self.k.cover)
                + area_withdrawn
                + area_observers * cost
        } else {
            0.0
        };
        let rest_lost = if self.areas {
            (n - n_area) * (1.0 - self.k.cover) + t * moved + area_lost * self.p.knock_on
        } else {
            t * (1.0 - targeted_cover) + n * (1.0 - self.k.cover)
        } + rest_withdrawn
            + rest_observers * cost;
        (
            Hit {
                lost: area_lost,
                out: area_out,
                refusing: area_refusing,
            },
            Hit {
                lost: rest_lost,
                out: rest_out,
                refusing: rest_refusing,
            },
        )
    }
}

/// Runs the model over the plan, calling `each` with every day in order.
/// The rules are in `docs/MODEL.md`: "The fund" and "The work and the backlog".
pub fn run(p: &Params, plan: &Plan, k: Knobs, each: impl FnMut(usize, &Day)) {
    /// Each day worked out in one place and handed to `each`.
    struct Each<F> {
        day: Day,
        each: F,
    }
    impl<F: FnMut(usize, &Day)> DaySlots for Each<F> {
        fn slot(&mut self, _: usize) -> &mut Day {
            self.day = Day::default();
            &mut self.day
        }
        fn filled(&mut self, i: usize) {
            (self.each)(i, &self.day);
        }
    }
    run_into(
        p,
        plan,
        k,
        &mut Each {
            day: Day::default(),
            each,
        },
    );
}

/// Where a run works out each day: a day with nothing in it to fill in,
/// then word that it is filled in.
trait DaySlots {
    /// Day `i`'s place, every field 0.
    fn slot(&mut self, i: usize) -> &mut Day;
    /// Day `i` is filled in.
    fn filled(&mut self, i: usize);
}

/// A simulation's days are worked out where they are kept: a day is not
/// worked out in one place and then copied (136 bytes a day).
impl DaySlots for [Day] {
    fn slot(&mut self, i: usize) -> &mut Day {
        &mut self[i]
    }
    fn filled(&mut self, _: usize) {}
}

/// [`run`], filling in each day in the place `slots` gives it.
fn run_into(p: &Params, plan: &Plan, k: Knobs, slots: &mut (impl DaySlots + ?Sized)) {
    let members = u64::from(p.members);
    // Each striker's days of action so far (see `Rules::act`).
    let mut days = (0u32, 0u32);
    let other_monthly = i64::from(p.members) * p.fighting_fund_per_member + p.donations_per_month;
    // The targeted areas and the rest of the employer keep their own backlogs.
    // With no targeted areas, the rest is the whole employer.
    let areas = p.has_areas();
    let staff = p.staff() as f64;
    let area_staff = p.area_staff_used() as f64;
    let area_members = p.area_members() as f64;
    let weeks = p.opening_backlog_weeks;
    let mut area = Part::new(area_staff, area_members, p.area_overtime, weeks);
    let mut rest = Part::new(
        staff - area_staff,
        f64::from(p.members) - area_members,
        k.overtime,
        weeks,
    );
    let r = Rules {
        p,
        k,
        members,
        daily: p.daily_pay(),
        targeted_rate: p.strike_pay_rate(p.targeted_strike_pay),
        national_rate: p.strike_pay_rate(p.national_strike_pay),
        areas,
        ban_in_rest: p.ban_scope == Scope::Everywhere || !areas,
        wtr_in_rest: p.wtr_scope == Scope::Everywhere || !areas,
    };

    let mut fund = p.opening_fund;
    for (i, a) in plan.action.iter().enumerate() {
        let d = slots.slot(i);
        let month = plan.collection[i];
        if month > 0 {
            d.other_income = other_monthly;
            if month >= p.levy_start_month {
                let out = if plan.in_targeted_window[i] {
                    u64::from(p.targeted_strikers)
                } else {
                    0
                };
                let payers = ((members - out) as f64 * k.take_up).round() as i64;
                d.levy = p.levy_from(payers);
            }
        }
        // The day's action, part by part: work lost, members out and members
        // refusing catch-up. A day with none needs no working out: nothing is
        // lost, no one is out or refusing, and no strike pay is due.
        let (area_hit, rest_hit) = if a.any() {
            r.act(*a, &area, &rest, &mut days, d)
        } else {
            (Hit::NONE, Hit::NONE)
        };

        fund += d.levy + d.other_income;
        d.strike_pay = match p.fund_rule {
            FundRule::Shortfall => d.strike_pay_due,
            FundRule::StopWhenEmpty => d.strike_pay_due.min(fund.max(0)),
        };
        d.fund_short = fund < d.strike_pay_due;
        fund -= d.strike_pay;
        d.fund = fund;

        d.work_lost = area_hit.lost + rest_hit.lost;
        d.catch_up = area.day(area_hit, p.catch_up_share) + rest.day(rest_hit, p.catch_up_share);
        d.area_backlog = area.backlog;
        d.backlog = area.backlog + rest.backlog;
        slots.filled(i);
    }
}

/// How close (weeks of work) the backlog must be to its opening level to count
/// as back to it: a millionth of a week, below what any figure shows.
pub const BACKLOG_TOLERANCE: f64 = 1e-6;

/// How long the backlog takes to return to its opening level once action ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clearance {
    /// No action is planned.
    NoAction,
    /// Back to the opening level this many working days after the last day of action.
    Cleared(u32),
    /// Still above the opening level at the end of the model.
    NotByEnd,
}

/// The headline figures of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// Lowest fund balance (pence) and its date.
    pub fund_low: (Pence, Date),
    /// Fund balance at the end (pence).
    pub fund_end: Pence,
    /// First date on which the fund is below zero, if it is.
    pub runs_out: Option<Date>,
    /// Person-days of targeted strike.
    pub targeted_strike_days: u64,
    /// Person-days of national strike.
    pub national_strike_days: u64,
    /// Strike and hardship pay paid (pence). Under [`FundRule::Shortfall`]
    /// this is all that was due, some of it from money the union must find.
    pub strike_pay_paid: Pence,
    /// Strike and hardship pay due under the strike pay rules (pence).
    pub strike_pay_due: Pence,
    /// The most the fund was ever short: money the union must find (pence, 0 if never).
    pub shortfall: Pence,
    /// Levy collected (pence).
    pub levy_collected: Pence,
    /// Fighting fund and donations received (pence).
    pub other_income: Pence,
    /// Strikers' pay lost before strike pay (pence).
    pub gross_pay_lost: Pence,
    /// Overtime pay given up under the ban (pence).
    pub overtime_pay_forgone: Pence,
    /// Members' net loss: pay lost to strikes and deductions, less strike pay
    /// paid, plus overtime pay given up (pence).
    pub net_pay_lost: Pence,
    /// Pay lost to strikes and deductions less strike pay paid, divided among
    /// all members (pence a member).
    pub avg_strike_loss: Pence,
    /// Overtime pay given up, divided among all members (pence a member).
    pub avg_overtime_forgone: Pence,
    /// Levy paid, divided among all members (pence a member).
    pub avg_levy_paid: Pence,
    /// Highest backlog (weeks of work) and its date.
    pub peak_backlog: (f64, Date),
    /// Backlog at the start and at the end (weeks of work).
    pub backlog_start_end: (f64, f64),
    /// Last day of any action.
    pub action_ends: Option<Date>,
    /// Working days after action ends until the backlog is back to its opening level.
    pub clearance: Clearance,
    /// Working days with action planned before notice runs out, not counted.
    pub held_back_days: u32,
    /// Working days with action planned of a kind the ballot did not ask about: not counted.
    pub uncovered_days: u32,
    /// Working days with action planned after the ballot's mandate ends: not counted.
    pub after_mandate_days: u32,
    /// The last day the ballot's mandate covers.
    pub mandate_ends: Date,
    /// Work lost to action (staff-days).
    pub work_lost: f64,
    /// The targeted areas' highest backlog (weeks of their own work) and its
    /// date, if targeted areas are set (the start level and date if it never rose).
    pub area_peak: Option<(f64, Date)>,
    /// Pay deducted for the work-to-rule (pence).
    pub deducted: Pence,
    /// Of the strike pay paid, what made up work-to-rule deductions (pence).
    pub made_up: Pence,
    /// Weeks of targeted action paid for before the fund runs out (or all of them), if any.
    pub targeted_weeks_funded: Option<u32>,
}

/// The daily series and headline figures of one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// The working days.
    pub dates: Vec<Date>,
    /// The action on each day.
    pub action: Vec<DayAction>,
    /// Everything that happened each day.
    pub days: Vec<Day>,
    /// Backlog each day (weeks of work).
    pub backlog_weeks: Vec<f64>,
    /// The targeted areas' backlog each day (weeks of their own work); empty
    /// with no targeted areas.
    pub area_backlog_weeks: Vec<f64>,
    /// Staff-days in a week of work: the backlog's unit.
    pub week_of_work: f64,
    /// The headline figures.
    pub headline: Headline,
}

/// Staff-days in one week of normal work across the employer, the unit of
/// the backlog: five days of every staff member's work with the overtime
/// their part relies on (`overtime` outside the targeted areas).
pub fn week_of_work(p: &Params, overtime: f64) -> f64 {
    let area = p.area_staff_used() as f64;
    let rest = p.staff() as f64 - area;
    5.0 * (rest * (1.0 + overtime.clamp(0.0, MAX_OVERTIME_SHARE)) + area * (1.0 + p.area_overtime))
}

/// Staff-days in one week of the targeted areas' own work (0 with none set).
pub fn area_week_of_work(p: &Params) -> f64 {
    5.0 * p.area_staff_used() as f64 * (1.0 + p.area_overtime)
}

/// The units of the backlog series: staff-days in a week of work.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weeks {
    /// Across the employer.
    pub all: f64,
    /// In the targeted areas (0 with none set).
    pub area: f64,
}

impl Weeks {
    /// The units for these parameters, given the overtime outside the targeted areas.
    pub fn new(p: &Params, overtime: f64) -> Weeks {
        Weeks {
            all: week_of_work(p, overtime),
            area: area_week_of_work(p),
        }
    }
}

/// A daily series that charts, bands and exports can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// The strike fund's balance at the end of each day (pence).
    Fund,
    /// The employer's backlog at the end of each day (weeks of work).
    Backlog,
    /// The targeted areas' backlog (weeks of their own work); no values with
    /// no targeted areas.
    AreaBacklog,
}

impl Metric {
    /// Every series, in the order charts show them.
    pub const ALL: [Metric; 3] = [Metric::Fund, Metric::Backlog, Metric::AreaBacklog];

    /// Its value on one day, given the units of the backlog.
    pub fn of(self, day: &Day, weeks: Weeks) -> f64 {
        match self {
            Metric::Fund => day.fund as f64,
            Metric::Backlog => day.backlog / weeks.all,
            Metric::AreaBacklog if weeks.area > 0.0 => day.area_backlog / weeks.area,
            Metric::AreaBacklog => 0.0,
        }
    }
}

/// Simulates one scenario. `p` should be validated; out-of-range values are clamped first.
pub fn simulate(p: &Params) -> Outcome {
    let p = &*p.in_use();
    let plan = Plan::new(p);
    let mut days = vec![Day::default(); plan.action.len()];
    run_into(p, &plan, Knobs::from_params(p), &mut days[..]);
    let weeks = Weeks::new(p, p.overtime_share);
    let backlog_weeks: Vec<f64> = days.iter().map(|d| Metric::Backlog.of(d, weeks)).collect();
    let area_backlog_weeks: Vec<f64> = if p.has_areas() {
        days.iter()
            .map(|d| Metric::AreaBacklog.of(d, weeks))
            .collect()
    } else {
        Vec::new()
    };
    let headline = headline(p, &plan, &days, &backlog_weeks, &area_backlog_weeks);
    Outcome {
        dates: plan.dates,
        action: plan.action,
        days,
        backlog_weeks,
        area_backlog_weeks,
        week_of_work: weeks.all,
        headline,
    }
}

impl Outcome {
    /// One value a working day of a series (none for the targeted areas' backlog
    /// when there are none).
    pub fn series(&self, m: Metric) -> Vec<f64> {
        match m {
            Metric::Backlog => self.backlog_weeks.clone(),
            Metric::AreaBacklog => self.area_backlog_weeks.clone(),
            Metric::Fund => self.days.iter().map(|d| d.fund as f64).collect(),
        }
    }
}

/// The highest value above `start` (beyond the tolerance) and its day; `start` and day 0 if none.
fn peak(series: &[f64], start: f64) -> (f64, usize) {
    // Above the tolerance, the highest so far is the bar to pass: one
    // comparison a day.
    let (mut high, mut day) = (start + BACKLOG_TOLERANCE, None);
    for (i, &b) in series.iter().enumerate() {
        if b > high {
            (high, day) = (b, Some(i));
        }
    }
    day.map_or((start, 0), |i| (high, i))
}

/// The sums and extremes of the days behind the headline figures.
#[derive(Clone, Copy, Default)]
struct Totals {
    targeted: u64,
    national: u64,
    gross: Pence,
    strike_pay: Pence,
    strike_pay_due: Pence,
    overtime: Pence,
    levy: Pence,
    other_income: Pence,
    deducted: Pence,
    made_up: Pence,
    /// Work lost (staff-days).
    work_lost: f64,
    /// Lowest fund balance (pence) and its day (the first, if tied), if there are days.
    low: Option<(Pence, usize)>,
    /// The first day the fund's own money fell short, if one did.
    short: Option<usize>,
}

impl Totals {
    /// Gathers them in one pass over the days.
    fn of(days: &[Day]) -> Totals {
        let mut t = Totals::default();
        let (mut low, mut low_day) = (Pence::MAX, 0);
        let mut short = usize::MAX;
        for (i, d) in days.iter().enumerate() {
            t.targeted += d.targeted_strikers;
            t.national += d.national_strikers;
            t.gross += d.gross_pay_lost;
            t.strike_pay += d.strike_pay;
            t.strike_pay_due += d.strike_pay_due;
            t.overtime += d.overtime_pay_forgone;
            t.levy += d.levy;
            t.other_income += d.other_income;
            t.deducted += d.deducted;
            t.made_up += d.made_up;
            t.work_lost += d.work_lost;
            if d.fund < low {
                (low, low_day) = (d.fund, i);
            }
            if d.fund_short && short == usize::MAX {
                short = i;
            }
        }
        t.low = (!days.is_empty()).then_some((low, low_day));
        t.short = (short != usize::MAX).then_some(short);
        t
    }
}

/// The headline figures from the days and the backlog series (weeks of work;
/// `area` empty with no targeted areas).
fn headline(p: &Params, plan: &Plan, days: &[Day], backlog: &[f64], area: &[f64]) -> Headline {
    let dates = &plan.dates;
    let t = Totals::of(days);
    let low = t
        .low
        .map(|(fund, i)| (fund.min(p.opening_fund), dates[i]))
        .unwrap_or((p.opening_fund, p.start));
    let out_day = t.short;
    let at = |i: usize| dates.get(i).copied().unwrap_or(p.start);
    let all_peak = peak(backlog, p.opening_backlog_weeks);
    let area_peak = (!area.is_empty()).then(|| {
        let (v, i) = peak(area, p.opening_backlog_weeks);
        (v, at(i))
    });
    let last_action = plan.last_action_day();
    let opening = p.opening_backlog_weeks;
    let clearance = match last_action {
        None => Clearance::NoAction,
        Some(end) => match backlog[end..]
            .iter()
            .position(|&b| b <= opening + BACKLOG_TOLERANCE)
        {
            Some(k) => Clearance::Cleared(k as u32),
            None => Clearance::NotByEnd,
        },
    };
    let net = t.gross + t.deducted - t.strike_pay + t.overtime;
    let members = i64::from(p.members);
    let targeted_weeks_funded = (p.targeted_strikers > 0 && p.targeted_weeks > 0).then(|| {
        let start = p.targeted_start_week;
        let end = (start + p.targeted_weeks).min(p.horizon_weeks);
        match out_day {
            Some(d) if (d as u32) / 5 < end => (d as u32 / 5).saturating_sub(start),
            _ => end.saturating_sub(start),
        }
    });
    Headline {
        fund_low: low,
        fund_end: days.last().map_or(p.opening_fund, |d| d.fund),
        runs_out: out_day.map(|i| dates[i]),
        targeted_strike_days: t.targeted,
        national_strike_days: t.national,
        strike_pay_paid: t.strike_pay,
        strike_pay_due: t.strike_pay_due,
        shortfall: (-low.0).max(0),
        levy_collected: t.levy,
        other_income: t.other_income,
        gross_pay_lost: t.gross,
        overtime_pay_forgone: t.overtime,
        net_pay_lost: net,
        avg_strike_loss: div_round(t.gross + t.deducted - t.strike_pay, members),
        avg_overtime_forgone: div_round(t.overtime, members),
        avg_levy_paid: div_round(t.levy, members),
        peak_backlog: (all_peak.0, at(all_peak.1)),
        backlog_start_end: (opening, backlog.last().copied().unwrap_or(opening)),
        action_ends: last_action.map(|i| dates[i]),
        clearance,
        held_back_days: plan.held_back,
        uncovered_days: plan.uncovered,
        after_mandate_days: plan.after_mandate,
        mandate_ends: p.mandate_ends(),
        work_lost: t.work_lost,
        area_peak,
        deducted: t.deducted,
        made_up: t.made_up,
        targeted_weeks_funded,
    }
}

impl Headline {
    /// Total person-days of strike.
    pub fn strike_days(&self) -> u64 {
        self.targeted_strike_days + self.national_strike_days
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;

    /// A small dispute worked on paper: 100 members, 200 staff, £100 a day.
    /// The model starts on Monday 16 November 2026 with two weeks' notice, so
    /// action can start in week 3, on Monday 30 November (working day 10).
    fn small() -> Params {
        Params {
            start: Date::fixed(2026, 11, 16),
            notice_days: 14,
            horizon_weeks: 6,
            members: 100,
            union_density: 0.5,
            annual_pay: 2_600_000,
            opening_fund: 100_000,
            fighting_fund_per_member: 0,
            levy_per_month: 200,
            levy_take_up: 0.5,
            targeted_strikers: 10,
            targeted_start_week: 2,
            targeted_weeks: 1,
            targeted_strike_pay: 0.5,
            overtime_share: 0.1,
            opening_backlog_weeks: 1.0,
            cover_base: 0.1,
            cover_prepared: 0.0,
            catch_up_share: 0.05,
            area_staff: 0,
            ..Params::default()
        }
    }

    #[test]
    fn fund_by_hand() {
        let o = simulate(&small());
        assert!(o.days[..10].iter().all(|d| d.fund == 100_000));
        let fund: Vec<i64> = o.days.iter().skip(10).take(6).map(|d| d.fund).collect();
        // Mon 30 Nov: no income (not the first working day of a month);
        //   10 strikers × £100 × 50% = £500 strike pay: £1,000 − £500 = £500.
        // Tue 1 Dec: levy from (100 − 10) × 50% = 45 payers × £2 = £90, less £500: £90.
        // Wed 2 Dec: £90 − £500 = −£410, and so on by £500 a day to Friday.
        // From Monday 7 Dec there is no action and no income until January.
        assert_eq!(fund, [50_000, 9_000, -41_000, -91_000, -141_000, -141_000]);
        let h = &o.headline;
        assert_eq!(h.runs_out, Some(Date::fixed(2026, 12, 2)));
        assert_eq!(h.fund_low, (-141_000, Date::fixed(2026, 12, 4)));
        assert_eq!(h.fund_end, -141_000);
        assert_eq!(h.targeted_strike_days, 50);
        assert_eq!(h.strike_pay_paid, 250_000);
        assert_eq!(h.levy_collected, 9_000);
        // Pay lost £5,000, half made up: £2,500 net over 100 members is £25 each.
        assert_eq!(h.net_pay_lost, 250_000);
        assert_eq!(h.avg_strike_loss, 2_500);
        assert_eq!(h.avg_levy_paid, 90);
        assert_eq!(h.targeted_weeks_funded, Some(0));
    }

    #[test]
    fn strike_pay_stops_when_the_fund_is_empty_by_hand() {
        let p = Params {
            fund_rule: FundRule::StopWhenEmpty,
            ..small()
        };
        let o = simulate(&p);
        let paid: Vec<i64> = o
            .days
            .iter()
            .skip(10)
            .take(6)
            .map(|d| d.strike_pay)
            .collect();
        // Mon: £500 of £1,000. Tue: +£90 levy, £500 paid, £90 left. Wed: the £90,
        // then nothing: the fund is empty until January.
        assert_eq!(paid, [50_000, 50_000, 9_000, 0, 0, 0]);
        let h = &o.headline;
        assert_eq!(h.runs_out, Some(Date::fixed(2026, 12, 2)));
        assert_eq!(h.strike_pay_due, 250_000);
        assert_eq!(h.strike_pay_paid, 109_000);
        assert_eq!(h.shortfall, 0);
        // Strikers lose £5,000 less the £1,090 paid: £39.10 a member over 100.
        assert_eq!(h.net_pay_lost, 391_000);
        assert_eq!(h.avg_strike_loss, 3_910);
    }

    #[test]
    fn a_shortfall_is_what_the_fund_could_not_pay_at_its_worst() {
        let h = simulate(&small()).headline;
        assert_eq!(h.strike_pay_paid, h.strike_pay_due);
        assert_eq!(h.shortfall, 141_000);
    }

    #[test]
    fn backlog_by_hand() {
        let p = Params {
            catch_up_share: 0.02,
            ..small()
        };
        let o = simulate(&p);
        // Work arriving: 200 staff × 1.1 = 220 staff-days a day; a week of work is 1,100.
        // Each strike day loses 10 × (1 − 10% cover) = 9 staff-days, and the
        // 190 staff at work catch up 190 × 2% = 3.8: +5.2 a day, 1,100 → 1,126 by Friday.
        // Then all 200 catch up 4 a day: 1,122, 1,118, … 1,102, 1,100.
        let b: Vec<f64> = o
            .days
            .iter()
            .skip(10)
            .take(12)
            .map(|d| (d.backlog * 1e6).round() / 1e6)
            .collect();
        assert_eq!(
            b,
            [
                1105.2, 1110.4, 1115.6, 1120.8, 1126.0, 1122.0, 1118.0, 1114.0, 1110.0, 1106.0,
                1102.0, 1100.0
            ]
        );
        let h = &o.headline;
        assert!((h.peak_backlog.0 - 1126.0 / 1100.0).abs() < 1e-12);
        assert_eq!(h.peak_backlog.1, Date::fixed(2026, 12, 4));
        assert_eq!(h.clearance, Clearance::Cleared(7));
        assert!((h.work_lost - 45.0).abs() < 1e-9);
        // With no targeted areas there is one backlog.
        assert!(o.area_backlog_weeks.is_empty() && h.area_peak.is_none());
        // At 5% the 190 at work catch up 9.5 a day, more than the 9 lost: the
        // catch-up follows the people at work, so the backlog never rises.
        let o = simulate(&small());
        assert!(o.days.iter().all(|d| (d.backlog - 1100.0).abs() < 1e-9));
    }

    /// A targeted area of 3,000 staff within 20,000 (14,000 members at 70%):
    /// 2,100 members there.
    fn area() -> Params {
        Params {
            members: 14_000,
            union_density: 0.7,
            targeted_strikers: 2_000,
            area_staff: 3_000,
            area_overtime: 0.2,
            area_cover: 0.25,
            targeted_weeks: 1,
            ..small()
        }
    }

    #[test]
    fn a_targeted_area_keeps_its_own_backlog_by_hand() {
        let o = simulate(&area());
        let d = &o.days[10];
        // 2,000 out with 25% cover: the area loses 2,000 × 75% = 1,500 staff-days.
        // Its 1,000 staff at work catch up 1,000 × 5% = 50: +1,450 a day. A week
        // of its own work is 5 × 3,000 × 1.2 = 18,000 staff-days.
        let opening_area = 18_000.0;
        assert!((d.area_backlog - (opening_area + 1_450.0)).abs() < 1e-9);
        assert!((o.area_backlog_weeks[10] - (1.0 + 1_450.0 / 18_000.0)).abs() < 1e-12);
        // The 500 staff-days of cover come from the other 17,000 staff, whose
        // own catch-up (17,000 × 5% = 850) clears them the same day.
        assert!((d.work_lost - 2_000.0).abs() < 1e-9);
        assert!((d.catch_up - (50.0 + 500.0)).abs() < 1e-9);
        let rest_week = 5.0 * 17_000.0 * 1.1;
        assert!((d.backlog - d.area_backlog - rest_week).abs() < 1e-6);
        // After five days the area is 7,250 staff-days up: 1.4028 weeks of its work.
        let h = &o.headline;
        let (peak, on) = h.area_peak.unwrap();
        assert!((peak - (1.0 + 7_250.0 / 18_000.0)).abs() < 1e-12);
        assert_eq!(on, Date::fixed(2026, 12, 4));
        // Across the employer: 7,250 over a week of 5 × (17,000 × 1.1 + 3,000 × 1.2) = 111,500.
        assert!((o.week_of_work - 111_500.0).abs() < 1e-9);
        assert!((h.peak_backlog.0 - (1.0 + 7_250.0 / 111_500.0)).abs() < 1e-12);
    }

    #[test]
    fn knock_on_stops_work_elsewhere_by_hand() {
        let p = Params {
            knock_on: 0.5,
            ..area()
        };
        let d = simulate(&p).days[10];
        // Elsewhere: 500 of cover and 1,500 × 50% = 750 knock-on, less 850 of catch-up: +400.
        let rest_week = 5.0 * 17_000.0 * 1.1;
        assert!((d.backlog - d.area_backlog - (rest_week + 400.0)).abs() < 1e-6);
        assert!((d.work_lost - 2_750.0).abs() < 1e-9);
    }

    #[test]
    fn work_to_rule_costs_output_and_pay_by_hand() {
        let p = Params {
            targeted_strikers: 0,
            wtr_start_week: 2,
            wtr_weeks: 1,
            wtr_observing: 0.5,
            wtr_output_cost: 0.2,
            wtr_deduction: 0.1,
            wtr_make_up: 0.5,
            ..small()
        };
        let o = simulate(&p);
        let d = &o.days[10];
        // 50 of the 100 members observe it, each losing 20% of a day: 10 staff-days.
        // Catch-up from the 150 staff who do not refuse it: 7.5. Net +2.5 a day.
        assert!((d.work_lost - 10.0).abs() < 1e-9);
        assert!((d.backlog - 1102.5).abs() < 1e-9);
        // Each is docked 10% of £100 = £10: £500 a day, half made up from the fund.
        assert_eq!(
            (d.deducted, d.made_up, d.strike_pay),
            (50_000, 25_000, 25_000)
        );
        let h = &o.headline;
        assert_eq!((h.deducted, h.made_up), (250_000, 125_000));
        // Members lose £2,500 docked less £1,250 made up.
        assert_eq!(h.net_pay_lost, 125_000);
        // The fund: £1,000, plus £100 of levy on 1 December, less £1,250.
        assert_eq!(h.fund_end, 100_000 + 10_000 - 125_000);
        // A ballot on strikes only does not cover it: nothing counted.
        let mut q = p.clone();
        q.ballot.asked = crate::params::Mandate::StrikesOnly;
        let o = simulate(&q);
        assert_eq!((o.headline.uncovered_days, o.headline.deducted), (5, 0));
    }

    #[test]
    fn action_short_of_a_strike_only_in_the_targeted_areas() {
        let p = Params {
            targeted_strikers: 0,
            ban_weeks: 1,
            ban_compliance: 1.0,
            ban_scope: crate::params::Scope::TargetedAreas,
            ..area()
        };
        let d = simulate(&p).days[10];
        // Members there: 3,000 × 70% = 2,100; each withdraws 20% overtime: 420
        // staff-days. The 900 non-members catch up 45. Nothing elsewhere.
        assert!((d.work_lost - 420.0).abs() < 1e-9);
        assert!((d.area_backlog - (18_000.0 + 375.0)).abs() < 1e-9);
        assert_eq!(d.overtime_pay_forgone, 420 * 10_000);
    }

    #[test]
    fn overtime_ban_grows_the_backlog_and_blocks_catch_up() {
        let p = Params {
            targeted_strikers: 0,
            ban_start_week: 2,
            ban_weeks: 1,
            ban_compliance: 1.0,
            ..small()
        };
        let o = simulate(&p);
        // 100 members × 10% overtime = 10 staff-days withdrawn a day for 5 days. Catch-up
        // of 200 × 5% = 10 is halved: the 100 members (half the staff) refuse it. Net +5 a day.
        assert!((o.days[14].backlog - 1125.0).abs() < 1e-9);
        // The ban over, full catch-up of 10 a day.
        assert!((o.days[15].backlog - 1115.0).abs() < 1e-9);
        // Overtime pay given up: 10 staff-days × £100 × 5 days = £5,000.
        assert_eq!(o.headline.overtime_pay_forgone, 500_000);
        assert_eq!(o.headline.strike_days(), 0);
    }

    #[test]
    fn no_action_means_nothing_moves() {
        let p = Params {
            targeted_strikers: 0,
            ..small()
        };
        let o = simulate(&p);
        assert_eq!(o.headline.clearance, Clearance::NoAction);
        assert!(o.days.iter().all(|d| (d.backlog - 1100.0).abs() < 1e-9));
    }

    #[test]
    fn a_flat_rule_with_waiting_days_pays_what_the_hand_sum_says() {
        // 2,000 strikers for 20 days at a flat £50, with 2 waiting days:
        // 2,000 × 18 × £50 = £1,800,000.
        let p = Params {
            pay_rule: crate::params::PayRule::Flat,
            flat_pay: 5_000,
            waiting_days: 2,
            targeted_strikers: 2_000,
            targeted_weeks: 4,
            targeted_days_per_week: 5,
            national_days: vec![],
            ..Params::default()
        };
        let o = simulate(&p);
        assert_eq!(o.headline.targeted_strike_days, 40_000);
        assert_eq!(o.headline.strike_pay_due, 180_000_000);
        // A cap of 11 paid days: 2,000 × 11 × £50.
        let capped = Params {
            paid_days_cap: 11,
            ..p
        };
        assert_eq!(simulate(&capped).headline.strike_pay_due, 110_000_000);
    }

    #[test]
    fn a_targeted_striker_in_the_waiting_days_is_paid_as_national_strikers_on_a_national_day() {
        // A flat £50 and 2 waiting days. Three national days, the third the
        // first day of targeted action: the national strikers are past their
        // waiting days and paid; so are the targeted strikers beside them,
        // though it is only their first targeted day.
        let base = Params {
            pay_rule: crate::params::PayRule::Flat,
            flat_pay: 5_000,
            waiting_days: 2,
            targeted_strikers: 2_000,
            targeted_start_week: 6,
            targeted_weeks: 2,
            targeted_days_per_week: 5,
            national_days: vec![],
            ..Params::default()
        };
        let first = simulate(&base)
            .action
            .iter()
            .position(|a| a.targeted)
            .expect("targeted days");
        let f = first as u32;
        let p = Params {
            national_days: vec![f - 3, f - 2, f],
            ..base
        };
        let o = simulate(&p);
        let national: Vec<usize> = (0..o.action.len())
            .filter(|&i| o.action[i].national)
            .collect();
        assert_eq!(national, [first - 3, first - 2, first]);
        assert!(o.action[first].targeted);
        let day = &o.days[first];
        assert_eq!(day.targeted_strikers, 2_000);
        assert!(day.national_strikers > 0);
        assert_eq!(
            day.strike_pay_due,
            (2_000 + day.national_strikers as i64) * 5_000
        );
        // The next targeted day is the targeted strikers' second: unpaid.
        assert_eq!(o.days[first + 1].strike_pay_due, 0);
        // And where the national strikers are in their waiting days too, no one is paid.
        let early = Params {
            national_days: vec![f],
            ..p
        };
        assert_eq!(simulate(&early).days[first].strike_pay_due, 0);
    }

    #[test]
    fn a_ucu_style_rule_pays_by_band_from_day_three_within_the_cap() {
        let p = Params {
            pay_rule: crate::params::PayRule::Banded,
            flat_pay: 5_000,
            band_low_pay: 7_500,
            band_threshold: 3_000_000,
            waiting_days: 2,
            paid_days_cap: 11,
            ..Params::default()
        };
        // £28,000 a year (£107.69 a day): £75; £32,000: £50.
        assert_eq!(p.member_strike_pay(2_800_000, 0.5), 7_500);
        assert_eq!(p.member_strike_pay(3_200_000, 0.5), 5_000);
        // Never more than a day's pay: £15,000 a year is £57.69 a day.
        assert_eq!(p.member_strike_pay(1_500_000, 0.5), 5_769);
        // From day 3 (the third day is k = 2), for 11 days: days 3 to 13.
        let paid: Vec<u32> = (0..20).filter(|&k| p.pays_day(k)).collect();
        assert_eq!(paid, (2..13).collect::<Vec<u32>>());
    }

    #[test]
    fn a_banded_levy_collects_each_band_at_its_rate() {
        // PCS 2023: £5 a month at £24,000 a year or more, £3 below. 100,000
        // members, 40% below, all paying: 40,000 × £3 + 60,000 × £5 = £420,000.
        let p = Params {
            levy_per_month: 500,
            levy_low: 300,
            levy_threshold: 2_400_000,
            levy_share_below: 0.4,
            levy_take_up: 1.0,
            targeted_weeks: 0,
            national_days: vec![],
            ..Params::default()
        };
        assert_eq!(p.levy_from(100_000), 42_000_000);
        let o = simulate(&p);
        let first = o.days.iter().find(|d| d.levy > 0).expect("a collection");
        assert_eq!(first.levy, 42_000_000);
        assert_eq!(p.member_levy(2_399_900), 300);
        assert_eq!(p.member_levy(2_400_000), 500);
        // With no threshold, one levy for all.
        let one = Params {
            levy_threshold: 0,
            ..p
        };
        assert_eq!(one.levy_from(100_000), 50_000_000);
    }
}
