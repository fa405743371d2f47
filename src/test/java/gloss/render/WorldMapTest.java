package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldMapTest {

  @Test
  void projectionRoundTripsEveryPointOfTheGlobe() {
    for (double lat = -90; lat <= 90; lat += 7.5) {
      for (double lon = -180; lon <= 180; lon += 7.5) {
        double[] xy = EqualEarth.project(lat, lon);
        double[] back = EqualEarth.invert(xy[0], xy[1]);
        assertThat(back[0]).as("latitude of %s, %s", lat, lon).isCloseTo(lat, within(1e-9));
        if (Math.abs(lat) < 90) {
          assertThat(back[1]).as("longitude of %s, %s", lat, lon).isCloseTo(lon, within(1e-9));
        }
      }
    }
  }

  @Test
  void svgCoordinatesRoundTripAndPutGenevaNorthEastOfTheCentre() {
    double[] geneva = WorldMap.toSvg(46.2044, 6.1432);
    assertThat(geneva[0]).isGreaterThan(WorldMap.WIDTH / 2);
    assertThat(geneva[1]).isLessThan(WorldMap.HEIGHT / 2);
    double[] back = WorldMap.fromSvg(geneva[0], geneva[1]);
    assertThat(back[0]).isCloseTo(46.2044, within(1e-9));
    assertThat(back[1]).isCloseTo(6.1432, within(1e-9));
  }

  @Test
  void projectionIsEqualAreaLikeEqualEarthsPublishedExtent() {
    // Equal Earth: the map is 2.05458 times wider than high.
    assertThat(EqualEarth.MAX_X / EqualEarth.MAX_Y).isCloseTo(2.05458, within(1e-4));
    // Equal areas: a 10° cell at the equator and one at 60°N differ by cos(latitude) only.
    assertThat(cellArea(60) / cellArea(0))
        .isCloseTo(
            (Math.sin(Math.toRadians(65)) - Math.sin(Math.toRadians(55)))
                / (2 * Math.sin(Math.toRadians(5))),
            within(5e-3));
  }

  private static double cellArea(double lat) {
    double[] a = EqualEarth.project(lat - 5, 0);
    double[] b = EqualEarth.project(lat + 5, 0);
    double[] c = EqualEarth.project(lat, 10);
    double[] d = EqualEarth.project(lat, 0);
    return (b[1] - a[1]) * (c[0] - d[0]);
  }

  @Test
  void placesMapHasADotPerPlaceSizedByMentionsAndLinked() {
    WorldMap.MapView map =
        WorldMap.world(
            List.of(
                new WorldMap.Place("Geneva", "places/geneva/index.html", 1, 46.2044, 6.1432),
                new WorldMap.Place("Lima", "places/lima/index.html", 16, -12.05, -77.04)),
            "Places");
    assertThat(map.viewBox()).startsWith("0 0 1000 ");
    assertThat(map.land()).startsWith("M").contains("Z");
    assertThat(map.dots()).extracting(WorldMap.Dot::name).containsExactly("Lima", "Geneva");
    double lima = Double.parseDouble(map.dots().get(0).r());
    double geneva = Double.parseDouble(map.dots().get(1).r());
    assertThat(lima).isGreaterThan(geneva);
    assertThat(map.dots().get(1).label()).isEqualTo("Geneva: 1 mention");
    double[] at = WorldMap.toSvg(46.2044, 6.1432);
    assertThat(Double.parseDouble(map.dots().get(1).x())).isCloseTo(at[0], within(0.05));
    assertThat(Double.parseDouble(map.dots().get(1).y())).isCloseTo(at[1], within(0.05));
  }

  @Test
  void noLandEdgeSpansTheMapAtTheAntimeridian() {
    String land = WorldMap.world(List.of(), "Places").land();
    for (String ring : land.split("Z")) {
      String[] points = ring.substring(1).split("L");
      for (int i = 1; i < points.length; i++) {
        double x0 = Double.parseDouble(points[i - 1].split(",")[0]);
        double x1 = Double.parseDouble(points[i].split(",")[0]);
        assertThat(Math.abs(x1 - x0)).as("edge %s → %s", points[i - 1], points[i]).isLessThan(300);
      }
    }
  }

  @Test
  void locatorMapShowsOnlyTheLandAroundThePlace() {
    WorldMap.MapView map = WorldMap.locator("Geneva", 46.2044, 6.1432, "Where Geneva is");
    String[] box = map.viewBox().split(" ");
    double left = Double.parseDouble(box[0]);
    double top = Double.parseDouble(box[1]);
    for (String xy : map.land().replaceAll("[MLZ]", " ").trim().split("\\s+")) {
      double x = Double.parseDouble(xy.split(",")[0]);
      double y = Double.parseDouble(xy.split(",")[1]);
      assertThat(x).isBetween(left - 0.1, left + Double.parseDouble(box[2]) + 0.1);
      assertThat(y).isBetween(top - 0.1, top + Double.parseDouble(box[3]) + 0.1);
    }
    assertThat(map.land().length()).isLessThan(12_000);
    assertThat(map.dots()).singleElement().extracting(WorldMap.Dot::url).isEqualTo("");
  }

  @Test
  void worldOutlineShippedWithTheThemeStaysUnder150Kilobytes() throws IOException {
    try (InputStream in = WorldMap.class.getResourceAsStream("land-110m.json")) {
      assertThat(in).isNotNull();
      assertThat(in.readAllBytes().length).isLessThanOrEqualTo(150 * 1024);
    }
  }

  @Test
  void aRingsBoundingBoxDecidesItsClippingExactlyWhereTheLocatorSkipsTheClipper() {
    // The locator map skips clipping a ring wholly inside its window and drops one wholly beyond
    // an edge; for every land ring and windows all over the world that must be what clipping
    // gives, point for point.
    int inside = 0;
    int outside = 0;
    for (double x = -40; x <= WorldMap.WIDTH; x += 37) {
      for (double y = -30; y <= WorldMap.HEIGHT; y += 23) {
        double[] window = {x, y, x + 150, y + 100};
        for (WorldMap.Ring ring : WorldMap.Land.RINGS) {
          double[] clipped = WorldMap.Clip.toRectangle(ring.points(), window);
          if (ring.within(window)) {
            inside++;
            assertThat(clipped).isEqualTo(ring.points());
          }
          if (ring.outside(window)) {
            outside++;
            assertThat(clipped.length).as("a ring beyond an edge").isLessThan(6);
          }
        }
      }
    }
    assertThat(inside).as("windows holding whole rings").isPositive();
    assertThat(outside).as("rings beyond a window").isPositive();
  }
}
