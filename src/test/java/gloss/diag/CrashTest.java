package gloss.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class CrashTest {
  // ForkJoinTask.join() on another thread rethrows a worker's exception as a new one of the same
  // class caused by the original (whether it does depends on which thread ran the task, so the
  // wrappers are built here rather than raced for).
  private static final IllegalStateException ORIGINAL =
      new IllegalStateException("boom\nsecond line");

  @Test
  void describesWhatAWorkerThreadThrewNotTheCopyItIsRethrownAs() {
    Throwable rethrown = new IllegalStateException(ORIGINAL);
    assertThat(Crash.describe(rethrown)).isEqualTo("java.lang.IllegalStateException: boom");
  }

  @Test
  void seesThroughExecutorAndCompletionWrappers() {
    Throwable wrapped = new CompletionException(new ExecutionException(new StackOverflowError()));
    assertThat(Crash.describe(wrapped)).isEqualTo("java.lang.StackOverflowError");
  }

  @Test
  void keepsACauseOfAnotherKindAsTheCrashItself() {
    Throwable thrown = new IllegalArgumentException("bad state", ORIGINAL);
    assertThat(Crash.describe(thrown)).isEqualTo("java.lang.IllegalArgumentException: bad state");
  }
}
