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
    let mut values: Vec<Vec<i64>> = metrics.iter().map(|_| vec![0; days * runs]).collect();
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
        series: values.iter().map(|v| percentiles(v, runs)).collect(),
        runs_out_share: ran_out as f64 / runs as f64,
        runs: runs as u32,
    }
}

/// A value's key: keys compare as whole numbers in the order
/// `f64::total_cmp` puts the values (the same bit trick it uses), so the
/// sort below compares plain numbers. [`value`] turns a key back.
fn key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ ((((bits >> 63) as u64) >> 1) as i64)
}

/// The value of a key made by [`key`] (the same trick undoes itself: it
/// leaves the sign bit alone).
fn value(k: i64) -> f64 {
    f64::from_bits((k ^ ((((k >> 63) as u64) >> 1) as i64)) as u64)
}

/// One run's key on one day, and which run it is.
#[derive(Clone, Copy)]
struct Ranked {
    key: i64,
    run: u32,
}

/// The 10th, 50th and 90th percentiles of each day's runs: `values` holds
/// the keys day by day, `runs` of them a day.
///
/// A run's place among the others changes little from one day to the next
/// (the fund and the backlog carry over), so each day's keys are put in the
/// order of the day before and sorted from there, which takes little more
/// than a look at each. The sorted keys give every percentile at once.
fn percentiles(values: &[i64], runs: usize) -> Band {
    let days = values.len() / runs.max(1);
    let mut band = Band {
        p10: Vec::with_capacity(days),
        p50: Vec::with_capacity(days),
        p90: Vec::with_capacity(days),
    };
    let rank = |q: f64| ((runs - 1) as f64 * q).round() as usize;
    let ranks = [rank(0.1), rank(0.5), rank(0.9)];
    let mut sorted: Vec<Ranked> = (0..runs as u32).map(|run| Ranked { key: 0, run }).collect();
    for day in values.chunks_exact(runs) {
        for s in &mut sorted {
            s.key = day[s.run as usize];
        }
        sort(&mut sorted);
        for (k, out) in ranks
            .into_iter()
            .zip([&mut band.p10, &mut band.p50, &mut band.p90])
        {
            out.push(value(sorted[k].key));
        }
    }
    band
}

/// Sorts by key. Keys nearly in order (as the runs are from day to day) take
/// one pass of moving each back to its place. Once that has moved keys four
/// times as many places in all as there are keys, the rest is left to
/// Shell's method, which has no slow cases at these sizes (20 to 1,000
/// runs). Our own few lines: the standard library's sort adds kilobytes to
/// the page's first view.
fn sort(v: &mut [Ranked]) {
    let mut budget = 4 * v.len();
    for i in 1..v.len() {
        let moved = insert(v, i, 1);
        if moved > budget {
            // Gaps from Ciura (2001), then 1: the last pass leaves all in order.
            for gap in [701, 301, 132, 57, 23, 10, 4, 1] {
                for i in gap..v.len() {
                    insert(v, i, gap);
                }
            }
            return;
        }
        budget -= moved;
    }
}

/// Moves `v[i]` back, `gap` places at a time, past the keys above it; says
/// how far it moved (places).
// Inlined into the sort: called apart, a band as the app meets them (one
// call for each move of a slider) took half as long again in wasm.
#[inline(always)]
fn insert(v: &mut [Ranked], i: usize, gap: usize) -> usize {
    let x = v[i];
    let mut j = i;
    while j >= gap && x.key < v[j - gap].key {
        v[j] = v[j - gap];
        j -= gap;
    }
    v[j] = x;
    i - j
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
    fn sort_puts_keys_in_order_from_any_start() {
        let mut seed = 7u64;
        let mut rnd = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            seed >> 40
        };
        for n in [1usize, 2, 3, 5, 20, 57, 200, 1000] {
            // In order, in reverse, at random (some keys repeat, as the
            // runs' often do), all equal, two values only, and in order but
            // for a few keys out of place (as from one day to the next).
            let mut starts: Vec<Vec<i64>> = vec![
                (0..n as i64).collect(),
                (0..n as i64).rev().collect(),
                (0..n).map(|_| (rnd() % 50) as i64 - 25).collect(),
                vec![-3; n],
                (0..n as i64).map(|i| i % 2).collect(),
            ];
            let mut near: Vec<i64> = (0..n as i64).map(|i| 10 * i).collect();
            for _ in 0..n / 10 + 1 {
                let i = rnd() as usize % n;
                near[i] += (rnd() % 100) as i64 - 50;
            }
            starts.push(near);
            for keys in starts {
                let mut v: Vec<Ranked> = keys
                    .iter()
                    .enumerate()
                    .map(|(run, &key)| Ranked {
                        key,
                        run: run as u32,
                    })
                    .collect();
                sort(&mut v);
                let mut want = keys.clone();
                want.sort_unstable();
                assert_eq!(
                    v.iter().map(|r| r.key).collect::<Vec<_>>(),
                    want,
                    "{n} keys"
                );
                // Every run is still there, each with its own key.
                let mut runs: Vec<u32> = v.iter().map(|r| r.run).collect();
                runs.sort_unstable();
                assert!(runs.iter().enumerate().all(|(i, &r)| r as usize == i));
                assert!(v.iter().all(|r| keys[r.run as usize] == r.key));
            }
        }
    }

    #[test]
    fn percentiles_match_a_sort() {
        let mut seed = 11u64;
        let mut rnd = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            ((seed >> 40) % 40) as f64
        };
        // Values at random each day, and values that each run carries from
        // day to day with a step (as the fund and the backlog do).
        for walk in [false, true] {
            for runs in [1usize, 2, 3, 10, 57, 200, 1000] {
                let days = 7;
                let mut values: Vec<f64> = Vec::with_capacity(runs * days);
                for i in 0..runs * days {
                    let step = rnd() * 12.5 - 100.0;
                    values.push(if walk && i >= runs {
                        values[i - runs] + step
                    } else {
                        step
                    });
                }
                let band = percentiles(&values.iter().map(|&x| key(x)).collect::<Vec<_>>(), runs);
                for (d, day) in values.chunks(runs).enumerate() {
                    let mut sorted = day.to_vec();
                    sorted.sort_by(f64::total_cmp);
                    let at = |q: f64| sorted[((runs - 1) as f64 * q).round() as usize];
                    let case = format!("{runs} runs, day {d}, walk {walk}");
                    assert_eq!(band.p10[d], at(0.1), "{case}");
                    assert_eq!(band.p50[d], at(0.5), "{case}");
                    assert_eq!(band.p90[d], at(0.9), "{case}");
                }
            }
        }
    }

    #[test]
    fn percentiles_by_hand() {
        // Ten runs on one day: 0..9. Ranks round((10-1)·q): 1, 5 (4.5 rounds up), 8.
        let v: Vec<i64> = (0..10).rev().map(|x| key(f64::from(x))).collect();
        let b = percentiles(&v, 10);
        assert_eq!((b.p10[0], b.p50[0], b.p90[0]), (1.0, 5.0, 8.0));
    }
}
