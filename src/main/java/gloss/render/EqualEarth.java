package gloss.render;

/**
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, with the look of
 * Robinson's, for the theme's maps. Coordinates are in radians of a unit sphere; x grows east and y
 * north.
 */
final class EqualEarth {
  private static final double A1 = 1.340264;
  private static final double A2 = -0.081106;
  private static final double A3 = 0.000893;
  private static final double A4 = 0.003796;
  private static final double M = Math.sqrt(3) / 2;

  /** Half the width of the projected world (longitude ±180° on the equator). */
  static final double MAX_X = project(0, 180)[0];

  /** Half the height of the projected world (the poles). */
  static final double MAX_Y = project(90, 0)[1];

  private EqualEarth() {}

  /** {x, y} of a point given in degrees. */
  static double[] project(double latitude, double longitude) {
    double theta = Math.asin(M * Math.sin(Math.toRadians(latitude)));
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    double x =
        Math.toRadians(longitude)
            * Math.cos(theta)
            / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return new double[] {x, y};
  }

  /** {latitude, longitude} in degrees of a projected point: the inverse of {@link #project}. */
  static double[] invert(double x, double y) {
    double theta = y;
    for (int i = 0; i < 12; i++) { // Newton's method; converges in a few steps
      double t2 = theta * theta;
      double t6 = t2 * t2 * t2;
      double f = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)) - y;
      double df = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
      double step = f / df;
      theta -= step;
      if (Math.abs(step) < 1e-12) {
        break;
      }
    }
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    double longitude = M * x * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)) / Math.cos(theta);
    double latitude = Math.asin(Math.sin(theta) / M);
    return new double[] {Math.toDegrees(latitude), Math.toDegrees(longitude)};
  }
}
