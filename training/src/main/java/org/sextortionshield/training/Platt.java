package org.sextortionshield.training;

/**
 * Platt scaling: fits {@code P(sextortion | f) = 1 / (1 + exp(a f + b))} to held-out decision values by Newton's
 * method with backtracking, on Platt's smoothed targets (Lin, Lin and Weng, "A note on Platt's probabilistic outputs
 * for support vector machines", 2007).
 */
final class Platt {
  private static final int MAX_ITERATIONS = 100;
  private static final double MIN_STEP = 1e-10;
  private static final double SIGMA = 1e-12;
  private static final double EPS = 1e-5;

  private Platt() {}

  /** Returns {a, b}. */
  static double[] fit(double[] decision, boolean[] positive) {
    int n = decision.length;
    double prior1 = 0;
    for (boolean p : positive) {
      if (p) {
        prior1++;
      }
    }
    double prior0 = n - prior1;
    double hi = (prior1 + 1) / (prior1 + 2);
    double lo = 1 / (prior0 + 2);
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = positive[i] ? hi : lo;
    }
    double a = 0;
    double b = Math.log((prior0 + 1) / (prior1 + 1));
    double fval = loss(decision, t, a, b);
    for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
      double h11 = SIGMA;
      double h22 = SIGMA;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < n; i++) {
        double fApB = decision[i] * a + b;
        double p;
        double q;
        if (fApB >= 0) {
          p = Math.exp(-fApB) / (1 + Math.exp(-fApB));
          q = 1 / (1 + Math.exp(-fApB));
        } else {
          p = 1 / (1 + Math.exp(fApB));
          q = Math.exp(fApB) / (1 + Math.exp(fApB));
        }
        double d2 = p * q;
        h11 += decision[i] * decision[i] * d2;
        h22 += d2;
        h21 += decision[i] * d2;
        double d1 = t[i] - p;
        g1 += decision[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < EPS && Math.abs(g2) < EPS) {
        break;
      }
      double det = h11 * h22 - h21 * h21;
      double da = -(h22 * g1 - h21 * g2) / det;
      double db = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * da + g2 * db;
      double step = 1;
      while (step >= MIN_STEP) {
        double na = a + step * da;
        double nb = b + step * db;
        double nf = loss(decision, t, na, nb);
        if (nf < fval + 0.0001 * step * gd) {
          a = na;
          b = nb;
          fval = nf;
          break;
        }
        step /= 2;
      }
      if (step < MIN_STEP) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double loss(double[] f, double[] t, double a, double b) {
    double sum = 0;
    for (int i = 0; i < f.length; i++) {
      double fApB = f[i] * a + b;
      sum += fApB >= 0 ? t[i] * fApB + Math.log1p(Math.exp(-fApB)) : (t[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
    }
    return sum;
  }
}
