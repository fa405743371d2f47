package gloss.load;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Says in plain words why a front-matter date is not one, the calendar included. */
final class DateProblem {
  private static final Pattern NUMBERS = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  private DateProblem() {}

  /** Empty for a valid {@code YYYY-MM-DD} date, else the message. */
  static Optional<String> of(String text) {
    Matcher m = NUMBERS.matcher(text);
    if (!m.matches()) {
      Optional<LocalDate> meant = readOtherwise(text);
      return Optional.of(
          "'"
              + text
              + "' is not a date: write it as YYYY-MM-DD, "
              + meant.map(LocalDate::toString).orElse("like " + example(text)));
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      return Optional.of(text + " is not a date: the month is " + month + ", and a year has 12");
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day < 1 || day > yearMonth.lengthOfMonth()) {
      return Optional.of(
          text
              + " is not a date: "
              + monthName(yearMonth.getMonth())
              + " "
              + year
              + " has "
              + yearMonth.lengthOfMonth()
              + " days");
    }
    String padded = LocalDate.of(year, month, day).toString();
    if (!padded.equals(text)) {
      return Optional.of(
          text
              + " is not a date in the form YYYY-MM-DD: write the month and day with two digits, "
              + padded);
    }
    return Optional.empty();
  }

  /** Other ways of writing a date that people use, read as they mean it. */
  private static final List<DateTimeFormatter> OTHER_FORMS =
      Stream.of(
              "d MMMM uuuu",
              "d MMM uuuu",
              "MMMM d, uuuu",
              "MMM d, uuuu",
              "MMMM d uuuu",
              "uuuu/M/d",
              "uuuu.M.d",
              "uuuu-M-d'T'HH:mm[:ss][X]",
              "uuuu-M-d HH:mm[:ss]")
          .map(
              p ->
                  new DateTimeFormatterBuilder()
                      .parseCaseInsensitive()
                      .appendPattern(p)
                      .toFormatter(Locale.ENGLISH)
                      .withResolverStyle(ResolverStyle.STRICT))
          .toList();

  private static Optional<LocalDate> readOtherwise(String text) {
    for (DateTimeFormatter form : OTHER_FORMS) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), form));
      } catch (DateTimeParseException e) {
        // not this form
      }
    }
    return Optional.empty();
  }

  /** A date in the form, the year of the text when it has one. */
  private static String example(String text) {
    Matcher year = Pattern.compile("\\b(1[89]|2\\d)\\d\\d\\b").matcher(text);
    return (year.find() ? year.group() : "2025") + "-04-11";
  }

  private static String monthName(Month month) {
    String name = month.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
