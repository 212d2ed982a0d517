//! Uncertainty bands: many runs with the uncertain inputs drawn from their
//! ranges by a seeded pseudo-random generator, summarised as the 10th, 50th
//! and 90th percentiles of the fund and the backlog on each day.
//! Same parameters and seed, same bands, on every machine.

use super::params::{Params, MAX_OVERTIME_SHARE};
use super::simulate::{run, Knobs, Metric, Plan, Weeks};

/// SplitMix64: a small, fast, well-mixed generator (Steele, Lea and Flood, 2014).
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in [-1, 1).
    pub fn symmetric(&mut self) -> f64 {
        // 53 random bits give every double in [0, 1) on a grid of 2^-53.
        let unit = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        2.0 * unit - 1.0
    }
}

/// Low, middle and high percentiles of one series, day by day.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Band {
    /// 10th percentile each day.
    pub p10: Vec<f64>,
    /// 50th percentile (median) each day.
    pub p50: Vec<f64>,
    /// 90th percentile each day.
    pub p90: Vec<f64>,
}

/// The uncertainty bands of one scenario: one band for each series in
/// [`Metric::ALL`] (the targeted areas' only where there are some), in the
/// series' own unit (fund in pence; backlog in weeks of work, measured at the
/// overtime share set).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bands {
    /// One band a series, in the order of [`Metric::ALL`].
    pub series: Vec<Band>,
    /// Share of runs in which the fund runs out, 0 to 1.
    pub runs_out_share: f64,
    /// Runs made.
    pub runs: u32,
}

impl Bands {
    /// The band of one series.
    pub fn of(&self, m: Metric) -> Option<&Band> {
        let i = Metric::ALL.iter().position(|&x| x == m)?;
        self.series.get(i)
    }
}

/// The inputs of one run, drawn around the values set.
pub fn draw(p: &Params, base: Knobs, rng: &mut Rng) -> Knobs {
    let u = &p.uncertainty;
    Knobs {
        participation: (base.participation + u.participation_spread * rng.symmetric())
            .clamp(0.0, 1.0),
        take_up: (base.take_up + u.take_up_spread * rng.symmetric()).clamp(0.0, 1.0),
        overtime: (base.overtime + u.overtime_spread * rng.symmetric())
            .clamp(0.0, MAX_OVERTIME_SHARE),
        cover: (base.cover + u.cover_spread * rng.symmetric()).clamp(0.0, 1.0),
    }
}

/// Runs the scenario `p.uncertainty.runs` times and returns the bands.
pub fn bands(p: &Params) -> Bands {
    let p = &*p.in_use();
    let plan = Plan::new(p);
    let days = plan.dates.len();
    let runs = p.uncertainty.runs.max(1) as usize;
    let weeks = Weeks::new(p, p.overtime_share);
    // The targeted areas' band only where there are targeted areas.
    let metrics = &Metric::ALL[..if p.has_areas() { 3 } else { 2 }];
    let base = Knobs::from_params(p);
    let mut rng = Rng::new(p.uncertainty.seed);
    // Day-major, so each day's runs sit together for the percentiles; kept
    // as keys that sort as the values do (see `key`).
    let mut values = vec![vec![0; days * runs]; metrics.len()];
    let mut ran_out = 0;
    for r in 0..runs {
        let k = draw(p, base, &mut rng);
        let mut out = false;
        run(p, &plan, k, |i, d| {
            for (m, v) in metrics.iter().zip(values.iter_mut()) {
                v[i * runs + r] = key(m.of(d, weeks));
            }
            out |= d.fund_short;
        });
        ran_out += usize::from(out);
    }
    Bands {
        series: values.iter_mut().map(|v| percentiles(v, runs)).collect(),
        runs_out_share: ran_out as f64 / runs as f64,
        runs: runs as u32,
    }
}

/// A value's key: keys compare as whole numbers in the order
/// `f64::total_cmp` puts the values (the same bit trick it uses), so the
/// selection below compares plain numbers. [`value`] turns a key back.
fn key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}

/// The value of a key made by [`key`] (the same trick undoes itself: it
/// leaves the sign bit alone).
fn value(k: i64) -> f64 {
    f64::from_bits((k ^ ((((k >> 63) as u64) >> 1) as i64)) as u64)
}

fn percentiles(values: &mut [i64], runs: usize) -> Band {
    let mut band = Band::default();
    let rank = |q: f64| ((runs - 1) as f64 * q).round() as usize;
    for day in values.chunks_mut(runs) {
        let last = day.len() - 1;
        // Each selection leaves the values split around the one it found,
        // so the next, higher one looks only above it.
        let mut from = 0;
        for (q, out) in [
            (0.1, &mut band.p10),
            (0.5, &mut band.p50),
            (0.9, &mut band.p90),
        ] {
            let k = rank(q).min(last).max(from);
            out.push(value(select(&mut day[from..], k - from)));
            from = k;
        }
    }
    band
}

/// The `k`-th smallest key (from 0), moving keys about in `v`. A plain
/// quickselect, middle value as pivot: the keys below the pivot are put in
/// front, and if the one wanted is not among them, the keys equal to it
/// (runs often share values) next. The standard library's selection is no
/// quicker here, and its generic code adds kilobytes to the page's first view.
fn select(v: &mut [i64], k: usize) -> i64 {
    let (mut lo, mut hi) = (0, v.len());
    loop {
        let pivot = v[lo + (hi - lo) / 2];
        let below = lo + to_front(&mut v[lo..hi], |x| x < pivot);
        if k < below {
            hi = below;
            continue;
        }
        // The rest are the pivot or above it: the pivot's equals to the front.
        let equal = below + to_front(&mut v[below..hi], |x| x <= pivot);
        if k < equal {
            return pivot;
        }
        lo = equal;
    }
}

/// Moves the keys `front` picks to the front of `v`, and says how many.
/// Without a branch on each key, which a processor cannot guess for keys in
/// no order: every key is swapped with the first place after the front, and
/// the front grows by one where the key belongs there.
fn to_front(v: &mut [i64], front: impl Fn(i64) -> bool) -> usize {
    let mut n = 0;
    for i in 0..v.len() {
        let x = v[i];
        v.swap(i, n);
        n += usize::from(front(x));
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn banded() -> Params {
        let mut p = Params::default();
        p.uncertainty.enabled = true;
        p.national_days = vec![20, 21];
        p
    }

    #[test]
    fn same_seed_same_bands() {
        let p = banded();
        assert_eq!(bands(&p), bands(&p));
        let mut q = p.clone();
        q.uncertainty.seed += 1;
        assert_ne!(bands(&p).of(Metric::Fund), bands(&q).of(Metric::Fund));
    }

    #[test]
    fn bands_are_ordered_and_bracket_the_central_run() {
        let p = banded();
        let b = bands(&p);
        let central = crate::simulate(&p);
        let (fund, backlog) = (b.of(Metric::Fund).unwrap(), b.of(Metric::Backlog).unwrap());
        assert_eq!(fund.p50.len(), central.days.len());
        for i in 0..fund.p50.len() {
            assert!(fund.p10[i] <= fund.p50[i] && fund.p50[i] <= fund.p90[i]);
            assert!(backlog.p10[i] <= backlog.p90[i]);
        }
        let last = fund.p50.len() - 1;
        let c = central.days[last].fund as f64;
        assert!(fund.p10[last] <= c && c <= fund.p90[last]);
    }

    #[test]
    fn no_spread_means_no_band_width() {
        let mut p = banded();
        p.uncertainty.participation_spread = 0.0;
        p.uncertainty.take_up_spread = 0.0;
        p.uncertainty.overtime_spread = 0.0;
        p.uncertainty.cover_spread = 0.0;
        let b = bands(&p);
        for band in &b.series {
            assert_eq!(band.p10, band.p90);
        }
    }

    #[test]
    fn reference_figure_for_the_wasm_parity_test() {
        // tests/web.rs asserts the same figure in the browser: same seed, same answer.
        let b = bands(&banded());
        let fund = b.of(Metric::Fund).unwrap();
        assert_eq!(fund.p50.last().copied(), Some(-221_045_300.0));
        let backlog = b.of(Metric::Backlog).unwrap();
        let peak = backlog.p90.iter().copied().fold(0.0, f64::max);
        assert_eq!(peak.to_bits(), 4_616_374_593_127_951_513);
    }

    #[test]
    fn keys_sort_as_the_values_and_turn_back_into_them() {
        let values = [
            f64::NEG_INFINITY,
            -1e300,
            -2.5,
            -f64::MIN_POSITIVE,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            1.0,
            1.0 + f64::EPSILON,
            3e12,
            f64::INFINITY,
            f64::NAN,
        ];
        for a in values {
            assert_eq!(value(key(a)).to_bits(), a.to_bits());
            for b in values {
                assert_eq!(key(a).cmp(&key(b)), a.total_cmp(&b), "{a} and {b}");
            }
        }
    }

    #[test]
    fn select_finds_each_order_statistic() {
        let mut seed = 7u64;
        for n in 1..60 {
            let v: Vec<f64> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    // Some values repeat, as the runs' often do.
                    ((seed >> 40) % 50) as f64 - 25.0
                })
                .collect();
            let mut sorted = v.clone();
            sorted.sort_by(f64::total_cmp);
            let keys: Vec<i64> = v.iter().map(|&x| key(x)).collect();
            for (k, want) in sorted.iter().enumerate() {
                let got = value(select(&mut keys.clone(), k));
                assert_eq!(got, *want, "{n} values, k = {k}");
            }
        }
        // Every run the same (as every day before the action starts), and
        // two values only: each found.
        for k in 0..200 {
            assert_eq!(value(select(&mut vec![key(-3.5); 200], k)), -3.5);
            let mut two: Vec<i64> = (0..200).map(|i| key(f64::from(i % 2))).collect();
            assert_eq!(value(select(&mut two, k)), f64::from(u8::from(k >= 100)));
        }
    }

    #[test]
    fn percentiles_match_a_sort() {
        let mut seed = 11u64;
        for runs in [1usize, 2, 3, 10, 57, 200] {
            let days = 7;
            let values: Vec<f64> = (0..runs * days)
                .map(|_| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((seed >> 40) % 40) as f64 * 12.5 - 100.0
                })
                .collect();
            let band = percentiles(
                &mut values.iter().map(|&x| key(x)).collect::<Vec<_>>(),
                runs,
            );
            for (d, day) in values.chunks(runs).enumerate() {
                let mut sorted = day.to_vec();
                sorted.sort_by(f64::total_cmp);
                let at = |q: f64| sorted[((runs - 1) as f64 * q).round() as usize];
                assert_eq!(band.p10[d], at(0.1), "{runs} runs, day {d}");
                assert_eq!(band.p50[d], at(0.5), "{runs} runs, day {d}");
                assert_eq!(band.p90[d], at(0.9), "{runs} runs, day {d}");
            }
        }
    }

    #[test]
    fn percentiles_by_hand() {
        // Ten runs on one day: 0..9. Ranks round((10-1)·q): 1, 5 (4.5 rounds up), 8.
        let mut v: Vec<i64> = (0..10).rev().map(|x| key(f64::from(x))).collect();
        let b = percentiles(&mut v, 10);
        assert_eq!((b.p10[0], b.p50[0], b.p90[0]), (1.0, 5.0, 8.0));
    }
}
