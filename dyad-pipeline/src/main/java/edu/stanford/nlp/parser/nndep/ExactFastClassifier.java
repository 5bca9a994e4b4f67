package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.StampedLock;

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
 *   <li>the output layer and the products run over transposed matrices, so that all rows advance
 *       together through the processor's vector units, each row's sum still in CoreNLP's order
 *       (independent sums side by side, no sum reordered); each pass adds four terms to every
 *       sum (four features' rows, four hidden units, four embedding dimensions), one after the
 *       other as CoreNLP adds them, so that four rows stream from memory at once and the sums
 *       are loaded and stored a quarter as often (the hidden layer has 1,000 units and the
 *       precomputed rows fill 800 MB: the scoring waits on memory);
 *   <li>configurations where only one transition can apply are not scored at all. The parser takes
 *       the best-scoring transition among those that can apply ({@code predictInner}: the first
 *       with a score above every earlier applicable one, from minus infinity); when one alone can,
 *       it is taken whatever its score. With the arc-standard system and a single root that is the
 *       case whenever the stack holds at most the root and one word: with words left in the buffer
 *       only SHIFT can apply (no arc may take the root as dependent, and the root gets its
 *       dependent only at the end), with none left only the right arc labelled root. The features
 *       tell both apart (the part-of-speech feature of an absent stack or buffer position is
 *       CoreNLP's NULL, which no tagged word carries); the scores returned then are all zero.
 * </ul>
 * It lives in CoreNLP's package only to override the package-private {@code computeScores}.
 * {@link #install(DependencyParser)} swaps it into a loaded parser; {@code predict} then runs
 * CoreNLP's own code around it. Thread-safe, as CoreNLP's classifier is.
 */
public final class ExactFastClassifier extends Classifier {

  private static final int SLICE_CACHE_BITS = 17;
  private static final int SLICE_LOCKS = 1024;

  /** W1 transposed: w1t[column][row]. */
  private final float[][] w1t;
  /** W2 transposed and widened to double (exactly): w2t[column][label]. */
  private final double[][] w2t;
  /** Per thread: room for the products of features outside the precomputed list, widened to double. */
  private final ThreadLocal<double[][]> sliceRows;
  private final float[][] e;
  private final float[] b1;
  private final double[][] saved;
  private final int hiddenSize;
  private final int embeddingSize;
  private final IntIntMap preIndex;
  /** Feature id held by each cache slot, -1 when empty. */
  private final int[] sliceKeys = new int[1 << SLICE_CACHE_BITS];
  /** The products, slot after slot, {@code hiddenSize} floats each: one array the collector never traces. */
  private final float[] sliceValues;
  /** Guards of the slots (slot modulo their number): optimistic reads, exclusive writes. */
  private final StampedLock[] sliceLocks = new StampedLock[SLICE_LOCKS];
  /** Id of CoreNLP's NULL part of speech (absent position), or -1: every configuration is scored. */
  private volatile int posNull = -1;
  /** Whether the arc-standard system allows one root only (then a stack of the root and one word forces the transition). */
  private volatile boolean singleRoot;

  /** Positions in the feature array (CoreNLP's getFeatureArray): POS of stack 2, stack 1, buffer 0. */
  private static final int POS_STACK2 = 18;
  private static final int POS_STACK1 = 19;
  private static final int POS_BUFFER0 = 21;

  private ExactFastClassifier(Config config, Classifier original, double[][] saved, Map<Integer, Integer> preMap) {
    // The superclass gets 1×1 stand-ins: it allocates gradient histories as large as its matrices
    // (for training only), and none of its state is read here. The original classifier, with its
    // histories, becomes garbage once replaced.
    super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
    this.w1t = transpose(original.getW1());
    this.w2t = widen(transpose(original.getW2()));
    this.sliceRows = ThreadLocal.withInitial(() -> new double[Config.numTokens][config.hiddenSize]);
    this.e = original.getE();
    this.b1 = original.getb1();
    this.saved = saved;
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.sliceValues = new float[sliceKeys.length * hiddenSize];
    java.util.Arrays.fill(sliceKeys, -1);
    for (int i = 0; i < sliceLocks.length; i++) {
      sliceLocks[i] = new StampedLock();
    }
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
      if (ExactFastClassifier.class.getClassLoader() != Classifier.class.getClassLoader()) {
        return false; // another runtime package: computeScores would not be overridden
      }
      ExactFastClassifier fast = new ExactFastClassifier(config, original, saved, preMap);
      if (!sameScores(original, fast, original.getE().length)) {
        return false;
      }
      classifierField.set(parser, fast);
      fast.skipForcedTransitions(parser);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A check at installation: both classifiers, called as the parser calls them, score a few
   * feature vectors (precomputed features and others) identically.
   */
  private static boolean sameScores(Classifier original, Classifier fast, int vocabulary) {
    java.util.Random random = new java.util.Random(17);
    for (int round = 0; round < 8; round++) {
      int[] features = new int[Config.numTokens];
      for (int j = 0; j < features.length; j++) {
        features[j] = round == 0 ? j % vocabulary : random.nextInt(Math.min(vocabulary, 2000 * round));
      }
      if (!java.util.Arrays.equals(original.computeScores(features), fast.computeScores(features))) {
        return false;
      }
    }
    return true;
  }

  private static double[][] widen(float[][] matrix) {
    double[][] out = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      out[i] = new double[matrix[i].length];
      for (int j = 0; j < matrix[i].length; j++) {
        out[i][j] = matrix[i][j];
      }
    }
    return out;
  }

  private static float[][] transpose(float[][] matrix) {
    float[][] out = new float[matrix[0].length][matrix.length];
    for (int i = 0; i < matrix.length; i++) {
      for (int j = 0; j < matrix[i].length; j++) {
        out[j][i] = matrix[i][j];
      }
    }
    return out;
  }

  /**
   * Turns on the skipping of configurations with one applicable transition, when the parser's
   * system is CoreNLP's arc-standard one (whose rules it relies on) and the model knows NULL.
   */
  private void skipForcedTransitions(DependencyParser parser) {
    try {
      Field systemField = DependencyParser.class.getDeclaredField("system");
      systemField.setAccessible(true);
      Object system = systemField.get(parser);
      if (system == null || system.getClass() != ArcStandard.class) {
        return;
      }
      Field singleRootField = ArcStandard.class.getDeclaredField("singleRoot");
      singleRootField.setAccessible(true);
      int nullId = parser.getPosID(Config.NULL);
      if (nullId == parser.getPosID(Config.UNKNOWN)) {
        return; // NULL unknown to the model: absent positions cannot be told apart
      }
      singleRoot = singleRootField.getBoolean(system);
      posNull = nullId;
    } catch (ReflectiveOperationException | RuntimeException e) {
      posNull = -1;
    }
  }

  /**
   * Whether at most one transition can apply to the configuration these features describe (see the
   * class comment): the stack holds the root and at most one word, and either words remain in the
   * buffer (only SHIFT) or, with a single root, none remain and a word is on the stack (only the
   * right arc labelled root).
   */
  private boolean forced(int[] feature) {
    int nullId = posNull;
    if (nullId < 0 || feature[POS_STACK2] != nullId) {
      return false;
    }
    boolean bufferEmpty = feature[POS_BUFFER0] == nullId;
    boolean wordOnStack = feature[POS_STACK1] != nullId;
    if (!bufferEmpty) {
      return singleRoot || !wordOnStack;
    }
    return singleRoot && wordOnStack;
  }

  @Override
  double[] computeScores(int[] feature) {
    if (forced(feature)) {
      return new double[w2t[0].length];
    }
    // every feature's row of products: precomputed, or computed (or cached) and widened to double
    double[][] rows = new double[feature.length][];
    double[][] scratch = null;
    float[] slice = null;
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int token = feature[j];
      int index = token * Config.numTokens + j;
      int id = preIndex.get(index);
      if (id >= 0) {
        rows[j] = saved[id];
      } else {
        if (slice == null) {
          slice = new float[hiddenSize];
          scratch = sliceRows.get();
        }
        slice(index, token, offset, slice);
        double[] row = scratch[j];
        for (int i = 0; i < row.length; i++) {
          row[i] = slice[i];
        }
        rows[j] = row;
      }
      offset += embeddingSize;
    }
    // hidden[i] = (((0 + row0[i]) + row1[i]) + row2[i]) + …: CoreNLP's sum, feature after feature;
    // four features per pass over the rows, so that four rows stream in from memory together
    double[] hidden = new double[hiddenSize];
    int j = 0;
    for (; j + 3 < rows.length; j += 4) {
      double[] a = rows[j];
      double[] b = rows[j + 1];
      double[] c = rows[j + 2];
      double[] d = rows[j + 3];
      for (int i = 0; i < hidden.length; i++) {
        hidden[i] = (((hidden[i] + a[i]) + b[i]) + c[i]) + d[i];
      }
    }
    for (; j < rows.length; j++) {
      double[] a = rows[j];
      for (int i = 0; i < hidden.length; i++) {
        hidden[i] = hidden[i] + a[i];
      }
    }
    for (int i = 0; i < hidden.length; i++) {
      double h = hidden[i] + (double) b1[i];
      hidden[i] = h * h * h;
    }
    return outputLayer(hidden);
  }

  /**
   * Puts W1[:, offset..offset+embeddingSize) · E[token] into {@code out}: each sum in double,
   * stored as float, as CoreNLP computes it; from the cache when a slot holds it and no writer
   * touched the slot meanwhile (a product is the same however often computed, so only a torn read
   * could differ, and the stamp check rules that out).
   */
  private void slice(int index, int token, int offset, float[] out) {
    int slot = (index * 0x9E3779B9) >>> (32 - SLICE_CACHE_BITS);
    StampedLock lock = sliceLocks[slot & (SLICE_LOCKS - 1)];
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0 && sliceKeys[slot] == index) {
      System.arraycopy(sliceValues, slot * hiddenSize, out, 0, hiddenSize);
      if (lock.validate(stamp)) {
        return;
      }
    }
    computeSlice(token, offset, out);
    long writing = lock.tryWriteLock();
    if (writing != 0) {
      sliceKeys[slot] = index;
      System.arraycopy(out, 0, sliceValues, slot * hiddenSize, hiddenSize);
      lock.unlockWrite(writing);
    }
  }

  /**
   * Row i of the product sums W1[i][offset + k] · E[token][k] for k = 0, 1, … in double, as
   * CoreNLP's loop does; here the loop runs over k outside and over the rows inside (W1 read
   * transposed), which keeps every row's sum in the same order and lets the rows go through the
   * processor's vector units together.
   */
  private void computeSlice(int token, int offset, float[] out) {
    float[] embedding = e[token];
    double[] sums = new double[hiddenSize];
    int k = 0;
    for (; k + 3 < embedding.length; k += 4) {
      // four terms per pass, each row's sum still in CoreNLP's order
      float x0 = embedding[k];
      float x1 = embedding[k + 1];
      float x2 = embedding[k + 2];
      float x3 = embedding[k + 3];
      float[] c0 = w1t[offset + k];
      float[] c1 = w1t[offset + k + 1];
      float[] c2 = w1t[offset + k + 2];
      float[] c3 = w1t[offset + k + 3];
      for (int i = 0; i < sums.length; i++) {
        sums[i] = (((sums[i] + (double) (c0[i] * x0)) + (double) (c1[i] * x1)) + (double) (c2[i] * x2))
            + (double) (c3[i] * x3);
      }
    }
    for (; k < embedding.length; k++) {
      float x = embedding[k];
      float[] column = w1t[offset + k];
      for (int i = 0; i < sums.length; i++) {
        sums[i] = sums[i] + (double) (column[i] * x);
      }
    }
    for (int i = 0; i < sums.length; i++) {
      out[i] = (float) sums[i];
    }
  }

  /**
   * W2 · hidden: score r sums hidden[i] · W2[r][i] for i = 0, 1, … as CoreNLP's dot product does
   * (each float weight widened to double, exactly), all scores advancing together over i (W2 read
   * transposed), four terms per pass.
   */
  private double[] outputLayer(double[] hidden) {
    double[] scores = new double[w2t[0].length];
    int i = 0;
    for (; i + 3 < hidden.length; i += 4) {
      double h0 = hidden[i];
      double h1 = hidden[i + 1];
      double h2 = hidden[i + 2];
      double h3 = hidden[i + 3];
      double[] c0 = w2t[i];
      double[] c1 = w2t[i + 1];
      double[] c2 = w2t[i + 2];
      double[] c3 = w2t[i + 3];
      for (int r = 0; r < scores.length; r++) {
        scores[r] = (((scores[r] + h0 * c0[r]) + h1 * c1[r]) + h2 * c2[r]) + h3 * c3[r];
      }
    }
    for (; i < hidden.length; i++) {
      double h = hidden[i];
      double[] column = w2t[i];
      for (int r = 0; r < scores.length; r++) {
        scores[r] = scores[r] + h * column[r];
      }
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
