package gloss.cli;

/** A command line that cannot run as given; {@link Main} prints the one-line message, exit 2. */
final class UsageException extends Exception {
  UsageException(String message) {
    super(message);
  }
}
