package gloss.check;

import gloss.render.PageSink;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** A built site held in memory: {@code check} never writes the output folder. */
final class MemorySite implements PageSink {
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();

  @Override
  public void write(String path, byte[] content) {
    files.put(path, content.clone());
  }

  /** Every file by path, in path order. */
  Map<String, byte[]> files() {
    return new TreeMap<>(files);
  }
}
