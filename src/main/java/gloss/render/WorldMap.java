package gloss.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Maps drawn at build time as inline SVG, in the {@link EqualEarth} projection, over the land of
 * Natural Earth's 1:110m outlines (public domain; the {@code land-110m.json} TopoJSON of the
 * world-atlas package, ISC licence, see {@code land-110m.LICENSE} beside it). No tiles, no script
 * and no request: the pages work from {@code file://}.
 *
 * <p>SVG units: the world is {@link #WIDTH} wide, x east and y south from the top left corner.
 */
public final class WorldMap {
  /** Width of the whole world in SVG units. */
  static final double WIDTH = 1000;

  /** Height of the whole world in SVG units. */
  static final double HEIGHT = WIDTH * EqualEarth.MAX_Y / EqualEarth.MAX_X;

  private static final double SCALE = WIDTH / 2 / EqualEarth.MAX_X;

  /** Size of a locator map's window on the world, in SVG units. */
  private static final double LOCATOR_WIDTH = 150;

  private static final double LOCATOR_HEIGHT = 100;

  /**
   * A map: its view box, the land as one path, and its dots.
   *
   * @param label what the map shows, for assistive technology
   */
  public record MapView(String viewBox, String land, List<Dot> dots, String label) {}

  /**
   * A place on a map; {@code url} is "" for the place of a locator map itself.
   *
   * @param label the dot's accessible name: the place and its mention count
   */
  public record Dot(
      String name, String url, int count, String label, String x, String y, String r) {}

  /** A place to put on the map of all places. */
  record Place(String name, String url, int count, double latitude, double longitude) {}

  private WorldMap() {}

  /** {x, y} in SVG units of a point in degrees. */
  public static double[] toSvg(double latitude, double longitude) {
    double[] p = EqualEarth.project(latitude, longitude);
    return new double[] {WIDTH / 2 + p[0] * SCALE, HEIGHT / 2 - p[1] * SCALE};
  }

  /** {latitude, longitude} in degrees of a point in SVG units: the inverse of {@link #toSvg}. */
  public static double[] fromSvg(double x, double y) {
    return EqualEarth.invert((x - WIDTH / 2) / SCALE, (HEIGHT / 2 - y) / SCALE);
  }

  /**
   * The whole world with a dot for each place, its area in proportion to its mentions; the most
   * mentioned are drawn first, so that smaller dots stay on top and can be reached.
   */
  static MapView world(List<Place> places, String label) {
    int most = places.stream().mapToInt(Place::count).max().orElse(0);
    List<Dot> dots =
        places.stream()
            .sorted(Comparator.comparingInt(Place::count).reversed().thenComparing(Place::name))
            .map(
                p ->
                    dot(p.name(), p.url(), p.count(), p.latitude(), p.longitude(), radius(p, most)))
            .toList();
    return new MapView(
        "0 0 " + num(WIDTH) + " " + num(HEIGHT), path(Land.RINGS, null), dots, label);
  }

  private static double radius(Place p, int most) {
    return most == 0 ? 4 : 4 + 10 * Math.sqrt((double) p.count() / most);
  }

  /** A window on the world around one place, with a dot on it. */
  static MapView locator(String name, double latitude, double longitude, String label) {
    double[] at = toSvg(latitude, longitude);
    double left = clamp(at[0] - LOCATOR_WIDTH / 2, 0, WIDTH - LOCATOR_WIDTH);
    double top = clamp(at[1] - LOCATOR_HEIGHT / 2, 0, HEIGHT - LOCATOR_HEIGHT);
    double[] window = {left, top, left + LOCATOR_WIDTH, top + LOCATOR_HEIGHT};
    return new MapView(
        num(left) + " " + num(top) + " " + num(LOCATOR_WIDTH) + " " + num(LOCATOR_HEIGHT),
        path(Land.RINGS, window),
        List.of(dot(name, "", 0, latitude, longitude, 3)),
        label);
  }

  private static Dot dot(
      String name, String url, int count, double latitude, double longitude, double r) {
    double[] at = toSvg(latitude, longitude);
    String label =
        url.isEmpty() ? name : name + ": " + count + (count == 1 ? " mention" : " mentions");
    return new Dot(name, url, count, label, num(at[0]), num(at[1]), num(r));
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }

  /** The rings as one SVG path, clipped to {@code window} (left, top, right, bottom) if given. */
  private static String path(List<Ring> rings, double[] window) {
    StringBuilder d = new StringBuilder(window == null ? 64 * 1024 : 2048);
    for (Ring ring : rings) {
      double[] points;
      if (window == null || ring.within(window)) {
        points = ring.points();
      } else if (ring.outside(window)) {
        continue; // most of the world, for a locator map
      } else {
        points = Clip.toRectangle(ring.points(), window);
      }
      if (points.length < 6) {
        continue;
      }
      long lastX = Long.MIN_VALUE;
      long lastY = Long.MIN_VALUE;
      int written = 0;
      for (int i = 0; i < points.length; i += 2) {
        long x = tenths(points[i]);
        long y = tenths(points[i + 1]);
        if (x == lastX && y == lastY) {
          continue; // the same point at this precision
        }
        d.append(written == 0 ? 'M' : 'L');
        appendNum(d, x);
        d.append(',');
        appendNum(d, y);
        lastX = x;
        lastY = y;
        written++;
      }
      d.append('Z');
    }
    return d.toString();
  }

  /** A number with at most one decimal, as SVG wants it whatever the locale. */
  static String num(double v) {
    StringBuilder b = new StringBuilder(8);
    appendNum(b, tenths(v));
    return b.toString();
  }

  private static long tenths(double v) {
    return Math.round(v * 10);
  }

  private static void appendNum(StringBuilder b, long tenths) {
    long whole = Math.abs(tenths) / 10;
    long fraction = Math.abs(tenths) % 10;
    if (tenths < 0) {
      b.append('-');
    }
    b.append(whole);
    if (fraction != 0) {
      b.append('.').append(fraction);
    }
  }

  /**
   * A ring of the land in SVG units, with its bounding box: a locator map's window holds a few of
   * the 1:110m outlines' rings, and the box says which without clipping every one.
   */
  record Ring(double[] points, double minX, double minY, double maxX, double maxY) {
    static Ring of(double[] points) {
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (int i = 0; i < points.length; i += 2) {
        minX = Math.min(minX, points[i]);
        maxX = Math.max(maxX, points[i]);
        minY = Math.min(minY, points[i + 1]);
        maxY = Math.max(maxY, points[i + 1]);
      }
      return new Ring(points, minX, minY, maxX, maxY);
    }

    /** Wholly inside {@code window}: clipping keeps every point as it is. */
    boolean within(double[] window) {
      return minX >= window[0] && minY >= window[1] && maxX <= window[2] && maxY <= window[3];
    }

    /**
     * Wholly beyond one of {@code window}'s edges: clipping leaves nothing (the comparisons are
     * {@link Clip}'s, which keeps a point on an edge).
     */
    boolean outside(double[] window) {
      return maxX < window[0] || maxY < window[1] || minX > window[2] || minY > window[3];
    }
  }

  /** Sutherland–Hodgman clipping of a closed ring to a rectangle. */
  static final class Clip {
    private Clip() {}

    static double[] toRectangle(double[] ring, double[] window) {
      double[] points = ring;
      for (int edge = 0; edge < 4 && points.length > 0; edge++) {
        points = clipEdge(points, edge, window[edge]);
      }
      return points;
    }

    /** Edges: 0 left (x >= v), 1 top (y >= v), 2 right (x <= v), 3 bottom (y <= v). */
    private static double[] clipEdge(double[] points, int edge, double v) {
      int axis = edge % 2;
      boolean keepAbove = edge < 2;
      // At most two points out for each point in (an edge crossed, then the point).
      double[] out = new double[points.length * 2];
      int size = 0;
      int n = points.length / 2;
      for (int i = 0; i < n; i++) {
        int j = (i + n - 1) % n;
        double cx = points[2 * i];
        double cy = points[2 * i + 1];
        double px = points[2 * j];
        double py = points[2 * j + 1];
        double c = axis == 0 ? cx : cy;
        double p = axis == 0 ? px : py;
        boolean cin = keepAbove ? c >= v : c <= v;
        boolean pin = keepAbove ? p >= v : p <= v;
        if (cin != pin) {
          double t = (v - p) / (c - p);
          out[size++] = axis == 0 ? v : px + t * (cx - px);
          out[size++] = axis == 0 ? py + t * (cy - py) : v;
        }
        if (cin) {
          out[size++] = cx;
          out[size++] = cy;
        }
      }
      return Arrays.copyOf(out, size);
    }
  }

  /** The land outline, decoded from TopoJSON and projected once, on first use. */
  static final class Land {
    static final List<Ring> RINGS = load().stream().map(Ring::of).toList();

    private Land() {}

    private static List<double[]> load() {
      try (InputStream in = WorldMap.class.getResourceAsStream("land-110m.json")) {
        if (in == null) {
          throw new IllegalStateException("land-110m.json is missing from the classpath");
        }
        return rings(object(PlainJson.read(in)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Every ring of every polygon of {@code objects.land}, in SVG units. */
    private static List<double[]> rings(Map<?, ?> topology) {
      Map<?, ?> transform = object(topology.get("transform"));
      List<?> scale = list(transform.get("scale"));
      List<?> translate = list(transform.get("translate"));
      double sx = number(scale.get(0)).doubleValue();
      double sy = number(scale.get(1)).doubleValue();
      double tx = number(translate.get(0)).doubleValue();
      double ty = number(translate.get(1)).doubleValue();
      List<double[]> arcs = new ArrayList<>();
      for (Object arcValue : list(topology.get("arcs"))) {
        List<?> arc = list(arcValue);
        double[] lonLat = new double[arc.size() * 2];
        long x = 0;
        long y = 0;
        for (int i = 0; i < arc.size(); i++) {
          List<?> position = list(arc.get(i));
          x += number(position.get(0)).longValue(); // positions are delta-encoded
          y += number(position.get(1)).longValue();
          lonLat[2 * i] = x * sx + tx;
          lonLat[2 * i + 1] = y * sy + ty;
        }
        arcs.add(lonLat);
      }
      List<double[]> rings = new ArrayList<>();
      Map<?, ?> land = object(object(topology.get("objects")).get("land"));
      for (Object geometryValue : list(land.get("geometries"))) {
        Map<?, ?> geometry = object(geometryValue);
        List<?> polygons = list(geometry.get("arcs"));
        if (geometry.get("type").equals("Polygon")) {
          polygons.forEach(ring -> rings.addAll(ring(list(ring), arcs)));
        } else {
          polygons.forEach(
              polygon -> list(polygon).forEach(ring -> rings.addAll(ring(list(ring), arcs))));
        }
      }
      return List.copyOf(rings);
    }

    private static Map<?, ?> object(Object json) {
      return (Map<?, ?>) json;
    }

    private static List<?> list(Object json) {
      return (List<?>) json;
    }

    private static Number number(Object json) {
      return (Number) json;
    }

    /**
     * A ring from its arcs (a negative index ~i is arc i reversed), cut at the antimeridian and
     * projected: one ring, or the pieces either side of 180°.
     */
    private static List<double[]> ring(List<?> arcIndexes, List<double[]> arcs) {
      List<double[]> points = new ArrayList<>();
      for (Object index : arcIndexes) {
        int i = number(index).intValue();
        double[] arc = arcs.get(i < 0 ? ~i : i);
        int n = arc.length / 2;
        for (int k = 0; k < n; k++) {
          int at = i < 0 ? n - 1 - k : k;
          if (k == 0 && !points.isEmpty()) {
            continue; // an arc starts where the previous one ended
          }
          points.add(new double[] {arc[2 * at], arc[2 * at + 1]});
        }
      }
      List<double[]> pieces = new ArrayList<>();
      for (double[] lonLat : Antimeridian.cut(points)) {
        double[] flat = new double[lonLat.length];
        for (int k = 0; k < lonLat.length; k += 2) {
          double[] xy = toSvg(lonLat[k + 1], lonLat[k]);
          flat[k] = xy[0];
          flat[k + 1] = xy[1];
        }
        pieces.add(flat);
      }
      return pieces;
    }
  }

  /**
   * The outlines are spherical: a ring may cross the antimeridian (Fiji, Chukotka) or go round a
   * pole (Antarctica). Cut into rings within ±180° of longitude, so that no edge spans the map.
   */
  private static final class Antimeridian {
    private static final double[] WORLD = {-180, -90, 180, 90};

    private Antimeridian() {}

    /** The ring as flat lon, lat arrays, each within ±180°. */
    static List<double[]> cut(List<double[]> ring) {
      List<double[]> unwrapped = new ArrayList<>(ring.size() + 40);
      double offset = 0;
      double previous = ring.get(0)[0];
      for (double[] p : ring) {
        double lon = p[0];
        if (lon - previous > 180) {
          offset -= 360;
        } else if (previous - lon > 180) {
          offset += 360;
        }
        previous = lon;
        unwrapped.add(new double[] {lon + offset, p[1]});
      }
      if (offset != 0) {
        // Round a pole: close the ring along it, in steps, so that its edge follows the map's.
        double[] last = unwrapped.get(unwrapped.size() - 1);
        double[] first = unwrapped.get(0);
        double pole = last[1] < 0 ? -90 : 90;
        for (int step = 0; step <= 36; step++) {
          unwrapped.add(new double[] {last[0] + (first[0] - last[0]) * step / 36.0, pole});
        }
      }
      double min = Double.MAX_VALUE;
      double max = -Double.MAX_VALUE;
      double[] flat = new double[unwrapped.size() * 2];
      for (int k = 0; k < unwrapped.size(); k++) {
        flat[2 * k] = unwrapped.get(k)[0];
        flat[2 * k + 1] = unwrapped.get(k)[1];
        min = Math.min(min, flat[2 * k]);
        max = Math.max(max, flat[2 * k]);
      }
      if (min >= -180 && max <= 180) {
        return List.of(flat);
      }
      List<double[]> pieces = new ArrayList<>();
      for (int shift = -360; shift <= 360; shift += 360) {
        if (max + shift <= -180 || min + shift >= 180) {
          continue;
        }
        double[] moved = flat.clone();
        for (int k = 0; k < moved.length; k += 2) {
          moved[k] += shift;
        }
        double[] inside = Clip.toRectangle(moved, WORLD);
        if (inside.length >= 6) {
          pieces.add(inside);
        }
      }
      return pieces;
    }
  }
}
