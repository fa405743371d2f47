<#-- The plain-text part of an edition's e-mail (email.txt): Markdown-like text, URLs in full. -->
${edition.title}
${"="?left_pad(edition.title?length, "=")}
${site.title} · ${edition.dateDisplay}
<#if edition.summary?has_content>

${edition.summary}
</#if>
<#if noteText?has_content>

EDITOR’S NOTE

${noteText}
</#if>

IN THIS EDITION
<#list edition.articles as item>
<#assign a = item.article>

${item?counter}. ${a.title}
   ${a.absoluteUrl}
   ${a.dateDisplay}<#if a.source?has_content> · ${a.source}</#if> · ${a.annotationCount} ${(a.annotationCount == 1)?then("note", "notes")}
<#if a.summary?has_content>
   ${a.summary}
</#if>
<#list item.passages as p>
   - “${p.exact}” (${p.noteCount} ${(p.noteCount == 1)?then("note", "notes")}): ${site.baseUrl}${p.url}
</#list>
</#list>

--
Read on the web: ${edition.absoluteUrl}
Follow by feed: ${site.baseUrl}feed.xml
