package gloss.render;

import java.util.Map;

/**
 * One page to render: where it goes, with which template and model.
 *
 * @param listed whether the sitemap lists it (redirect pages are not pages of their own)
 */
public record PageJob(String path, String template, Map<String, Object> model, boolean listed) {}
