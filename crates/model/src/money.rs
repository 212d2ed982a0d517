//! Money in whole pence, and the one place where pence are rounded and
//! converted to and from pounds.

/// Money in pence. Integer so that the fund balances to the penny.
pub type Pence = i64;

/// `a / b` rounded half away from zero, for money. Dividing by zero gives 0.
pub fn div_round(a: i64, b: i64) -> i64 {
    if b == 0 {
        return 0;
    }
    let q = a / b;
    let r = a % b;
    if 2 * r.abs() >= b.abs() {
        q + if (a < 0) == (b < 0) { 1 } else { -1 }
    } else {
        q
    }
}

/// Pounds (as typed or as a slider gives them) to the nearest penny.
pub fn from_pounds(pounds: f64) -> Pence {
    (pounds * 100.0).round() as Pence
}

/// Pence as pounds, for sliders, charts and links.
pub fn to_pounds(p: Pence) -> f64 {
    p as f64 / 100.0
}

/// A share (0 to 1) of an amount in pence, to the nearest penny.
pub fn share_of(p: Pence, share: f64) -> Pence {
    (p as f64 * share).round() as Pence
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_money() {
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(-5, 2), -3);
        assert_eq!(div_round(4, 3), 1);
        assert_eq!(div_round(1, 0), 0);
        assert_eq!(from_pounds(2.5), 250);
        assert_eq!(from_pounds(27_844.0), 2_784_400);
        assert_eq!(to_pounds(-141_005), -1_410.05);
        assert_eq!(share_of(10_709, 0.5), 5_355);
    }
}
