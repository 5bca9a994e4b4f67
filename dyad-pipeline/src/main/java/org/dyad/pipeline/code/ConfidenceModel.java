package org.dyad.pipeline.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A logistic model of how likely a coded event is right (a real act with the right CAMEO root,
 * source, target and negation), over named binary features of the event ({@link EventFeatures}).
 * Its weights are data the project owns ({@code confidence-model.tsv}), fitted on Dyad's
 * article-level gold with {@link #fit}; {@code dyad eval events --dataset articles
 * --fit-confidence FILE} writes a new file. A feature the file does not name weighs nothing.
 */
public final class ConfidenceModel {

  static final String RESOURCE = "/org/dyad/code/confidence-model.tsv";
  static final String BIAS = "bias";

  private static volatile ConfidenceModel standard;

  private final Map<String, Double> weights;

  ConfidenceModel(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The project's fitted model. */
  public static ConfidenceModel standard() {
    ConfidenceModel model = standard;
    if (model == null) {
      synchronized (ConfidenceModel.class) {
        model = standard;
        if (model == null) {
          model = read(RESOURCE);
          standard = model;
        }
      }
    }
    return model;
  }

  /** The project's fitted model, or null when the build has none (a fresh fit is under way). */
  static ConfidenceModel standardOrNull() {
    if (ConfidenceModel.class.getResource(RESOURCE) == null) {
      return null;
    }
    return standard();
  }

  static ConfidenceModel read(String resource) {
    try (InputStream in = ConfidenceModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the confidence model " + resource + " is missing from the build");
      }
      Map<String, Double> weights = new LinkedHashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String[] parts = text.split("\t");
        if (parts.length != 2) {
          throw new IllegalStateException(resource + " line " + number + ": expected 'feature<TAB>weight'");
        }
        try {
          weights.put(parts[0], Double.parseDouble(parts[1]));
        } catch (NumberFormatException e) {
          throw new IllegalStateException(resource + " line " + number + ": not a number: " + parts[1], e);
        }
      }
      return new ConfidenceModel(weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The probability that an event with these features is right. */
  public double probability(Collection<String> features) {
    double z = weights.getOrDefault(BIAS, 0.0);
    for (String feature : features) {
      z += weights.getOrDefault(feature, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  public Map<String, Double> weights() {
    return weights;
  }

  /** One training example: an event's features and whether it was right. */
  public record Example(Set<String> features, boolean right) {}

  /**
   * Fits an L2-regularised logistic model by Newton's method (a few dozen features, hundreds of
   * examples). Features seen fewer than {@code minCount} times are left out: too rare to weigh.
   */
  public static ConfidenceModel fit(List<Example> examples, double l2, int minCount) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Example e : examples) {
      for (String f : e.features()) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    List<String> names = new ArrayList<>();
    names.add(BIAS);
    counts.entrySet().stream().filter(c -> c.getValue() >= minCount).map(Map.Entry::getKey).sorted().forEach(names::add);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    int n = names.size();
    int[][] rows = new int[examples.size()][];
    for (int r = 0; r < examples.size(); r++) {
      List<Integer> active = new ArrayList<>();
      active.add(0);
      for (String f : examples.get(r).features()) {
        Integer i = index.get(f);
        if (i != null) {
          active.add(i);
        }
      }
      rows[r] = active.stream().mapToInt(Integer::intValue).toArray();
    }
    double[] w = new double[n];
    for (int iteration = 0; iteration < 50; iteration++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      for (int r = 0; r < rows.length; r++) {
        double z = 0;
        for (int i : rows[r]) {
          z += w[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        double y = examples.get(r).right() ? 1 : 0;
        for (int i : rows[r]) {
          gradient[i] += p - y;
          for (int j : rows[r]) {
            hessian[i][j] += p * (1 - p);
          }
        }
      }
      for (int i = 1; i < n; i++) { // the bias is not shrunk
        gradient[i] += l2 * w[i];
        hessian[i][i] += l2;
      }
      hessian[0][0] += 1e-9;
      double[] step = solve(hessian, gradient);
      double largest = 0;
      for (int i = 0; i < n; i++) {
        w[i] -= step[i];
        largest = Math.max(largest, Math.abs(step[i]));
      }
      if (largest < 1e-8) {
        break;
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      weights.put(names.get(i), w[i]);
    }
    return new ConfidenceModel(weights);
  }

  /**
   * Platt scaling: the slope and offset {@code (a, b)} that make {@code sigmoid(a·logit(p) + b)}
   * best predict whether an event is right, fitted by Newton's method on rows of {@code (p, right)}
   * (right as 0 or 1). Two parameters, monotone: it corrects how sure the model is without changing
   * which events it ranks above which, so fitting it on a small gold overfits little.
   */
  public static double[] plattFit(List<double[]> rows) {
    double a = 1;
    double b = 0;
    for (int iteration = 0; iteration < 100; iteration++) {
      double ga = 0;
      double gb = 0;
      double haa = 1e-6;
      double hab = 0;
      double hbb = 1e-6;
      for (double[] row : rows) {
        double z = logit(row[0]);
        double p = 1 / (1 + Math.exp(-(a * z + b)));
        double d = p - row[1];
        double w = p * (1 - p);
        ga += d * z;
        gb += d;
        haa += w * z * z;
        hab += w * z;
        hbb += w;
      }
      double det = haa * hbb - hab * hab;
      if (Math.abs(det) < 1e-12) {
        break;
      }
      double stepA = (hbb * ga - hab * gb) / det;
      double stepB = (haa * gb - hab * ga) / det;
      a -= stepA;
      b -= stepB;
      if (Math.abs(stepA) < 1e-10 && Math.abs(stepB) < 1e-10) {
        break;
      }
    }
    return new double[] {a, b};
  }

  /** The log-odds of a probability, kept finite for 0 and 1 (a rounded confidence may be either). */
  public static double logit(double p) {
    double q = Math.min(1 - 1e-4, Math.max(1e-4, p));
    return Math.log(q / (1 - q));
  }

  /** This model with every weight times {@code a} and {@code b} added to the bias: Platt scaling folded in. */
  public ConfidenceModel rescaled(double a, double b) {
    Map<String, Double> scaled = new LinkedHashMap<>();
    scaled.put(BIAS, weights.getOrDefault(BIAS, 0.0) * a + b);
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (!e.getKey().equals(BIAS)) {
        scaled.put(e.getKey(), e.getValue() * a);
      }
    }
    return new ConfidenceModel(scaled);
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is symmetric positive definite here). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      double diagonal = m[col][col];
      if (Math.abs(diagonal) < 1e-12) {
        continue;
      }
      for (int r = col + 1; r < n; r++) {
        double factor = m[r][col] / diagonal;
        if (factor != 0) {
          for (int c = col; c <= n; c++) {
            m[r][c] -= factor * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = m[i][n];
      for (int j = i + 1; j < n; j++) {
        sum -= m[i][j] * x[j];
      }
      x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : sum / m[i][i];
    }
    return x;
  }

  /** Writes the weights as the model file ({@code feature<TAB>weight}), with a header saying how it was made. */
  public void write(Writer out, String header) throws IOException {
    for (String line : header.split("\n")) {
      out.write("# " + line + "\n");
    }
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
    }
  }
}
