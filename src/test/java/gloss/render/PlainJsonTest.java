package gloss.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainJsonTest {
  private static Map<String, Object> tree() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1.5);
    inner.put("a", -7L);
    inner.put("none", null);
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("text", "quotes \" and \\ and </script> and \u2028 and é and \u0001");
    tree.put("count", 3);
    tree.put("yes", true);
    tree.put("list", List.of("a", 2, List.of()));
    tree.put("numbers", new int[] {4, 0, -1});
    tree.put("inner", inner);
    return tree;
  }

  @Test
  void writesAPlainTreeAsJacksonsObjectMapperDoes() throws Exception {
    byte[] expected = new ObjectMapper().writeValueAsBytes(tree());

    assertThat(new String(PlainJson.utf8(tree()), StandardCharsets.UTF_8))
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(PlainJson.string(PlainJson.FACTORY, tree()))
        .isEqualTo(new ObjectMapper().writeValueAsString(tree()));
  }

  @Test
  void keepsTheOrderOfAMapsKeys() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("b", 1);
    map.put("a", 2);
    assertThat(PlainJson.string(PlainJson.FACTORY, map)).isEqualTo("{\"b\":1,\"a\":2}");
  }

  @Test
  void refusesWhatIsNotAPlainTree() {
    assertThatThrownBy(() -> PlainJson.utf8(Map.of("when", java.time.LocalDate.of(2026, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.time.LocalDate");
  }

  @Test
  void readsADocumentBackAsMapsListsLongsAndDoubles() throws Exception {
    String json = "{\"b\":[1,2.5,\"x\",true,false,null,{}],\"a\":{\"n\":-3}}";
    Object tree = PlainJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("n", -3L);
    List<Object> list = new ArrayList<>(Arrays.asList(1L, 2.5, "x", true, false, null, Map.of()));
    assertThat(tree).isInstanceOf(Map.class);
    assertThat(List.copyOf(((Map<?, ?>) tree).keySet())).isEqualTo(List.of("b", "a"));
    assertThat(((Map<?, ?>) tree).get("b")).isEqualTo(list);
    assertThat(((Map<?, ?>) tree).get("a")).isEqualTo(inner);
    assertThat(PlainJson.string(PlainJson.FACTORY, tree)).isEqualTo(json);
  }
}
