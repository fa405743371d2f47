package gloss.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The digest's settings from {@code content/site.yml}.
 *
 * @param baseUrl absolute URL of the published site, ending in {@code /}; its path is the prefix
 *     under which the site is served (e.g. {@code /digest/})
 * @param ignoreNames names that never link and are never suggested as entities
 * @param titles words and phrases that may stand next to a name without being part of it
 *     ("President", "Mr."); site.yml's {@code titles} replaces the English default
 * @param fields every key of site.yml, including unknown ones, for templates
 */
public record SiteConfig(
    String title,
    String description,
    String baseUrl,
    String language,
    String cname,
    LinkMode linkMentions,
    int pageSize,
    List<String> ignoreNames,
    List<String> titles,
    List<EntityKind> entityKinds,
    Map<String, Object> fields) {

  /**
   * An absolute http(s) address without query or fragment: every page URL is the base URL plus a
   * path, and the base URL lands in attributes, scripts and feeds, so characters that are never
   * part of a URL are refused too.
   */
  private static final Pattern BASE_URL =
      Pattern.compile(
          "(?i)https?://[^\\s/?#\"'<>`{}|\\\\^\\p{Cntrl}]+(/[^\\s?#\"'<>`{}|\\\\^\\p{Cntrl}]*)?");

  /**
   * The English default of site.yml's {@code titles}: titles and honorifics written before names.
   */
  public static final List<String> DEFAULT_TITLES =
      List.of(
          "Mr.",
          "Mrs.",
          "Ms.",
          "Mx.",
          "Dr.",
          "Prof.",
          "Sen.",
          "Rep.",
          "Gov.",
          "Lt.",
          "Gen.",
          "Col.",
          "Maj.",
          "Capt.",
          "Cmdr.",
          "Adm.",
          "Sgt.",
          "Amb.",
          "Pres.",
          "Sec.",
          "Rev.",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "Sir",
          "Dame",
          "Lord",
          "Lady",
          "King",
          "Queen",
          "Prince",
          "Princess",
          "Pope",
          "President",
          "President-elect",
          "Premier",
          "Chancellor",
          "Minister",
          "Secretary",
          "Secretary of State",
          "Secretary-General",
          "Ambassador",
          "Ambassador-at-Large",
          "Envoy",
          "Senator",
          "Representative",
          "Congressman",
          "Congresswoman",
          "Governor",
          "Mayor",
          "Judge",
          "Justice",
          "Chairman",
          "Chairwoman",
          "Chair",
          "Director",
          "General",
          "Admiral",
          "Colonel",
          "Captain",
          "Lieutenant",
          "Sergeant",
          "Commander",
          "Speaker",
          "Leader",
          "Spokesman",
          "Spokeswoman",
          "Spokesperson",
          "Candidate",
          "Nominee",
          "Democrat",
          "Republican",
          "Comrade",
          "Father",
          "Sheikh",
          "Emir",
          "Professor",
          "Chief",
          "Dean",
          "Commissioner",
          "Vice-President",
          "Adviser",
          "Advisor");

  public SiteConfig {
    ignoreNames = List.copyOf(ignoreNames);
    titles = List.copyOf(titles);
    entityKinds = List.copyOf(entityKinds);
  }

  /** The path part of the base URL, always starting and ending with {@code /}. */
  public String basePath() {
    int scheme = baseUrl.indexOf("://");
    int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
    String path = slash < 0 ? "/" : baseUrl.substring(slash);
    return path.endsWith("/") ? path : path + "/";
  }

  /**
   * Why a base URL cannot be used, or empty when it can. The one rule for site.yml's {@code
   * base_url} and the command line's {@code --base-url}.
   *
   * @param name how the value is called where it was given
   */
  public static Optional<String> baseUrlProblem(String name, String url) {
    if (BASE_URL.matcher(url).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        name
            + " '"
            + url
            + "' must be an absolute http(s) address, like https://user.github.io/digest/");
  }

  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(
        title,
        description,
        url,
        language,
        cname,
        linkMentions,
        pageSize,
        ignoreNames,
        titles,
        entityKinds,
        fields);
  }
}
