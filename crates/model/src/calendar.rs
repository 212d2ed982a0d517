//! Calendar dates and working days, with no dependencies.
//!
//! The model runs in working days (Monday to Friday). Bank holidays are not
//! modelled: see `docs/MODEL.md`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A calendar date in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    /// Days since 1970-01-01 (negative before it).
    days: i32,
}

/// Day of the week, Monday first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Date {
    /// The date for a year, month (1–12) and day (1–31), or `None` if there is no such date.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(1600..=9999).contains(&year) {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// The last day of the period of `months` calendar months beginning with
    /// this date, as the law counts it: the day before the same date
    /// `months` later (15 January 2026 and six months: 14 July 2026), or, where
    /// that month has no such date, its last day (31 August and six months:
    /// the end of February).
    pub fn months_period_end(self, months: u32) -> Date {
        let (y, m, d) = self.ymd();
        let total = m - 1 + months;
        let (y, m) = (y + (total / 12) as i32, total % 12 + 1);
        if d > days_in_month(y, m) {
            Date::fixed(y, m, days_in_month(y, m))
        } else {
            Date::fixed(y, m, d).add_days(-1)
        }
    }

    /// A date known to be valid at compile time (for defaults and presets).
    pub const fn fixed(year: i32, month: u32, day: u32) -> Date {
        Date {
            days: days_from_civil(year, month, day),
        }
    }

    /// The year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i32 {
        self.days
    }

    /// This date moved by `n` calendar days (negative moves back).
    pub fn add_days(self, n: i32) -> Date {
        Date {
            days: self.days + n,
        }
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.days.rem_euclid(7) + 3) % 7 {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    /// True on Monday to Friday.
    pub fn is_working_day(self) -> bool {
        !matches!(self.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// This date if it is a working day, else the next Monday.
    pub fn next_working_day(self) -> Date {
        match self.weekday() {
            Weekday::Sat => self.add_days(2),
            Weekday::Sun => self.add_days(1),
            _ => self,
        }
    }

    /// The working day before this date.
    pub fn prev_working_day(self) -> Date {
        match self.weekday() {
            Weekday::Mon => self.add_days(-3),
            Weekday::Sun => self.add_days(-2),
            _ => self.add_days(-1),
        }
    }

    /// True if this is a working day and no working day of its month comes before it:
    /// the day monthly money (levy, fighting fund) arrives.
    pub fn is_first_working_day_of_month(self) -> bool {
        self.is_working_day() && self.prev_working_day().ymd().1 != self.ymd().1
    }

    /// The first `n` working days from this date (this date counts if it is one).
    pub fn working_days(self, n: u32) -> Vec<Date> {
        let first = self.next_working_day();
        // Counted in working days from the Monday of its week (the first is
        // day `w`, Monday 0 to Friday 4): day `k` of them falls `k / 5` weeks
        // and `k % 5` days after that Monday.
        let w = (first.days.rem_euclid(7) + 3) % 7;
        let monday = first.days - w;
        (w..w + n as i32)
            .map(|k| Date {
                days: monday + k / 5 * 7 + k % 5,
            })
            .collect()
    }

    /// The `n`th working day from this date (1 is the first: this date if it
    /// is a working day, else the next), as [`working_days`](Self::working_days)
    /// lists them, found without listing them. `n` is at most 1,000,000
    /// (about 3,800 years); a larger `n` gives that day. 0 gives the first.
    pub fn nth_working_day(self, n: u32) -> Date {
        let k = n.clamp(1, 1_000_000) - 1;
        let mut d = self.next_working_day().add_days((k / 5 * 7) as i32);
        for _ in 0..k % 5 {
            d = d.add_days(if d.weekday() == Weekday::Fri { 3 } else { 1 });
        }
        d
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        Date::from_ymd(y, m, d)
    }
}

impl fmt::Display for Date {
    /// Writes `YYYY-MM-DD`: the machine form used in links and CSV.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = String;
    fn try_from(s: String) -> Result<Date, String> {
        Date::parse_iso(&s).ok_or_else(|| format!("not a date: {s}"))
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in a month (1–12) of a year.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 31,
    }
}

// Howard Hinnant's civil-date algorithms (public domain), on i32.
const fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i32) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        let d = Date::from_ymd(2026, 11, 30).unwrap();
        assert_eq!(d.weekday(), Weekday::Mon);
        assert_eq!(d.to_string(), "2026-11-30");
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().day_number(), 0);
        assert_eq!(Date::from_ymd(2024, 2, 29).unwrap().ymd(), (2024, 2, 29));
        assert!(Date::from_ymd(2026, 2, 29).is_none());
        assert!(Date::from_ymd(2026, 13, 1).is_none());
    }

    #[test]
    fn working_days_skip_weekends() {
        // Friday 4 December 2026, then Monday 7 and Tuesday 8.
        let fri = Date::from_ymd(2026, 12, 4).unwrap();
        let days: Vec<String> = fri.working_days(3).iter().map(|d| d.to_string()).collect();
        assert_eq!(days, ["2026-12-04", "2026-12-07", "2026-12-08"]);
        let sat = Date::from_ymd(2026, 12, 5).unwrap();
        assert_eq!(sat.working_days(1)[0].to_string(), "2026-12-07");
        // The nth working day is the last of the first n, found without them.
        for start in [fri, sat, Date::from_ymd(2026, 12, 2).unwrap()] {
            let listed = start.working_days(60);
            for n in 1..=60 {
                assert_eq!(start.nth_working_day(n), listed[n as usize - 1]);
            }
            // A huge n is cut to 1,000,000, at once and without a list.
            assert_eq!(
                start.nth_working_day(u32::MAX),
                start.nth_working_day(1_000_000)
            );
        }
    }

    #[test]
    fn first_working_days_of_months() {
        // 1 August 2026 is a Saturday: money arrives on Monday 3 August.
        assert!(!Date::fixed(2026, 8, 1).is_first_working_day_of_month());
        assert!(Date::fixed(2026, 8, 3).is_first_working_day_of_month());
        assert!(Date::fixed(2026, 12, 1).is_first_working_day_of_month());
        assert!(!Date::fixed(2026, 12, 2).is_first_working_day_of_month());
    }

    #[test]
    fn round_trips_every_day_for_centuries() {
        for n in -200_000..200_000 {
            let d = Date { days: n };
            let (y, m, dd) = d.ymd();
            assert_eq!(days_from_civil(y, m, dd), n);
        }
    }
}
