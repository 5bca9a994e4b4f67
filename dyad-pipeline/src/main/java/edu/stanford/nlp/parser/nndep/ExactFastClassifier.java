package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * The scoring of CoreNLP's neural dependency parser ({@link Classifier#computeScores(int[])}),
 * computed with the same floating-point operations in the same order, so every score, hence every
 * transition and every parse, is bit-for-bit CoreNLP's; only the bookkeeping around the arithmetic
 * is cheaper. Dyad's parser spent most of its time there, not in the arithmetic:
 * <ul>
 *   <li>the precomputed-feature map is looked up with primitive ints (CoreNLP boxes the feature id
 *       of each of the 48 features of every transition into a {@code HashMap<Integer, Integer>});
 *   <li>hidden-layer products of features outside the precomputed list go to a lock-free
 *       direct-mapped cache (CoreNLP keeps them in a least-recently-used linked map behind one lock
 *       that every parsing thread takes twice per feature); a product is the same float array
 *       however often it is computed, so what the cache keeps changes no result;
 *   <li>the output layer computes four rows at a time, each row's sum still in CoreNLP's order
 *       (independent sums interleaved, not one sum reordered).
 * </ul>
 * It lives in CoreNLP's package only to override the package-private {@code computeScores}.
 * {@link #install(DependencyParser)} swaps it into a loaded parser; {@code predict} then runs
 * CoreNLP's own code around it. Thread-safe, as CoreNLP's classifier is.
 */
public final class ExactFastClassifier extends Classifier {

  private static final int SLICE_CACHE_BITS = 16;

  private final float[][] w1;
  private final float[][] w2;
  private final float[][] e;
  private final float[] b1;
  private final double[][] saved;
  private final int hiddenSize;
  private final int embeddingSize;
  private final IntIntMap preIndex;
  private final Slice[] slices = new Slice[1 << SLICE_CACHE_BITS];

  /** A cached hidden-layer product of one feature value (immutable, so safely shared). */
  private record Slice(int feature, float[] values) {}

  private ExactFastClassifier(Config config, Classifier original, double[][] saved, Map<Integer, Integer> preMap) {
    // The superclass gets 1×1 stand-ins: it allocates gradient histories as large as its matrices
    // (for training only), and none of its state is read here. The original classifier, with its
    // histories, becomes garbage once replaced.
    super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
    this.w1 = original.getW1();
    this.w2 = original.getW2();
    this.e = original.getE();
    this.b1 = original.getb1();
    this.saved = saved;
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.preIndex = new IntIntMap(preMap.size());
    for (Map.Entry<Integer, Integer> entry : preMap.entrySet()) {
      preIndex.put(entry.getKey(), entry.getValue());
    }
  }

  /**
   * Replaces the classifier of a loaded parser with this exact, faster one; returns false (and
   * leaves the parser as it was) when the parser does not have the expected shape: no precomputed
   * products, no cache of the others (CoreNLP then sums in double precision, which this class does
   * not reproduce), or a CoreNLP whose fields differ.
   */
  public static boolean install(DependencyParser parser) {
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      classifierField.setAccessible(true);
      Classifier original = (Classifier) classifierField.get(parser);
      if (original == null || original instanceof ExactFastClassifier) {
        return original != null;
      }
      Field configField = Classifier.class.getDeclaredField("config");
      Field savedField = Classifier.class.getDeclaredField("saved");
      Field preMapField = Classifier.class.getDeclaredField("preMap");
      Field trainingField = Classifier.class.getDeclaredField("isTraining");
      configField.setAccessible(true);
      savedField.setAccessible(true);
      preMapField.setAccessible(true);
      trainingField.setAccessible(true);
      Config config = (Config) configField.get(original);
      double[][] saved = (double[][]) savedField.get(original);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(original);
      if (config == null || saved == null || preMap == null || trainingField.getBoolean(original)
          || config.numCached == 0 || original.getW1().length != config.hiddenSize) {
        return false;
      }
      classifierField.set(parser, new ExactFastClassifier(config, original, saved, preMap));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  @Override
  double[] computeScores(int[] feature) {
    double[] hidden = new double[hiddenSize];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int token = feature[j];
      int index = token * Config.numTokens + j;
      int id = preIndex.get(index);
      if (id >= 0) {
        double[] row = saved[id];
        for (int i = 0; i < hidden.length; i++) {
          hidden[i] = hidden[i] + row[i];
        }
      } else {
        float[] slice = slice(index, token, offset);
        for (int i = 0; i < hidden.length; i++) {
          hidden[i] = hidden[i] + (double) slice[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hidden.length; i++) {
      double h = hidden[i] + (double) b1[i];
      hidden[i] = h * h * h;
    }
    return outputLayer(hidden);
  }

  /** W1[:, offset..offset+embeddingSize) · E[token], each sum in double, stored as float (as CoreNLP). */
  private float[] slice(int index, int token, int offset) {
    int slot = (index * 0x9E3779B9) >>> (32 - SLICE_CACHE_BITS);
    Slice cached = slices[slot];
    if (cached != null && cached.feature() == index) {
      return cached.values();
    }
    float[] embedding = e[token];
    float[] out = new float[w1.length];
    for (int i = 0; i < w1.length; i++) {
      float[] row = w1[i];
      double sum = 0;
      for (int k = 0; k < embedding.length; k++) {
        sum = sum + (double) (row[offset + k] * embedding[k]);
      }
      out[i] = (float) sum;
    }
    slices[slot] = new Slice(index, out);
    return out;
  }

  /** W2 · hidden, each row summed from the first column on, as CoreNLP's dot product does. */
  private double[] outputLayer(double[] hidden) {
    int labels = w2.length;
    double[] scores = new double[labels];
    int n = hidden.length;
    int r = 0;
    for (; r + 3 < labels; r += 4) {
      float[] a = w2[r];
      float[] b = w2[r + 1];
      float[] c = w2[r + 2];
      float[] d = w2[r + 3];
      double sa = 0;
      double sb = 0;
      double sc = 0;
      double sd = 0;
      for (int i = 0; i < n; i++) {
        double h = hidden[i];
        sa = sa + h * (double) a[i];
        sb = sb + h * (double) b[i];
        sc = sc + h * (double) c[i];
        sd = sd + h * (double) d[i];
      }
      scores[r] = sa;
      scores[r + 1] = sb;
      scores[r + 2] = sc;
      scores[r + 3] = sd;
    }
    for (; r < labels; r++) {
      float[] a = w2[r];
      double sa = 0;
      for (int i = 0; i < n; i++) {
        sa = sa + hidden[i] * (double) a[i];
      }
      scores[r] = sa;
    }
    return scores;
  }

  /** Open-addressing map from non-negative int keys to non-negative int values; -1 when absent. */
  static final class IntIntMap {
    private final int[] keys;
    private final int[] values;
    private final int mask;

    IntIntMap(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected * 2) - 1) << 1;
      keys = new int[capacity];
      values = new int[capacity];
      mask = capacity - 1;
      java.util.Arrays.fill(keys, -1);
    }

    void put(int key, int value) {
      int slot = mix(key) & mask;
      while (keys[slot] != -1 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
    }

    int get(int key) {
      int slot = mix(key) & mask;
      while (true) {
        int k = keys[slot];
        if (k == key) {
          return values[slot];
        }
        if (k == -1) {
          return -1;
        }
        slot = (slot + 1) & mask;
      }
    }

    private static int mix(int key) {
      int h = key * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }
}
