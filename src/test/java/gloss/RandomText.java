package gloss;

import java.util.SplittableRandom;

/** Texts strung together from chosen parts, for checking a fast path against a plain rule. */
public final class RandomText {
  private final String[] parts;
  private final SplittableRandom random;

  public RandomText(long seed, String... parts) {
    this.parts = parts;
    this.random = new SplittableRandom(seed);
  }

  /** One to {@code most} parts, each picked at random. */
  public String next(int most) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(1, most + 1);
    for (int i = 0; i < length; i++) {
      text.append(parts[random.nextInt(parts.length)]);
    }
    return text.toString();
  }
}
