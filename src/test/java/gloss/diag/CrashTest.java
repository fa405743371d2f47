package gloss.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

class CrashTest {
  @Test
  void describesWhatAWorkerThreadThrewNotTheCopyItIsRethrownAs() {
    // join() rethrows a worker's exception as a new one of its class, caused by the original.
    Throwable thrown =
        catchThrowable(
            () -> ForkJoinPool.commonPool().submit(() -> {
              throw new IllegalStateException("boom\nsecond line");
            }).join());
    assertThat(thrown.getCause()).isInstanceOf(IllegalStateException.class);
    assertThat(Crash.describe(thrown)).isEqualTo("java.lang.IllegalStateException: boom");
  }
}
