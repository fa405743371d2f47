package gloss;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The import arrows between stages (STYLE.md, "Package layout"): later stages import earlier ones,
 * never the reverse; {@code cli} may use anything and nothing uses it.
 */
@AnalyzeClasses(packages = "gloss", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /**
   * A stage (a package and its subpackages; {@code gloss} alone for the build) may depend only on
   * itself, the listed stages and libraries.
   */
  static ArchRule stage(String pkg, String... allowed) {
    List<String> ok = new ArrayList<>(Arrays.asList(allowed));
    ok.add(pkg);
    DescribedPredicate<JavaClass> permitted =
        DescribedPredicate.describe(
            "are outside gloss or in " + ok,
            c ->
                !inStage(c.getPackageName(), "gloss.") && !c.getPackageName().equals("gloss")
                    || ok.stream().anyMatch(stage -> inStage(c.getPackageName(), stage)));
    return classes()
        .that()
        .resideInAPackage(pkg.equals("gloss") ? "gloss" : pkg + "..")
        .should()
        .onlyDependOnClassesThat(permitted)
        .because(pkg + " may use only " + ok)
        .allowEmptyShould(pkg.equals("gloss.serve") || pkg.equals("gloss.check"));
  }

  /** Whether a package belongs to a stage; the stage {@code gloss} is the root package only. */
  static boolean inStage(String packageName, String stage) {
    if (stage.endsWith(".")) {
      return packageName.startsWith(stage);
    }
    return stage.equals("gloss")
        ? packageName.equals("gloss")
        : packageName.equals(stage) || packageName.startsWith(stage + ".");
  }

  @ArchTest static final ArchRule diag = stage("gloss.diag");

  @ArchTest static final ArchRule model = stage("gloss.model", "gloss.diag");

  @ArchTest static final ArchRule load = stage("gloss.load", "gloss.model", "gloss.diag");

  @ArchTest static final ArchRule markdown = stage("gloss.markdown");

  @ArchTest
  static final ArchRule link = stage("gloss.link", "gloss.markdown", "gloss.model", "gloss.diag");

  @ArchTest
  static final ArchRule render = stage("gloss.render", "gloss.link", "gloss.model", "gloss.diag");

  @ArchTest
  static final ArchRule write = stage("gloss.write", "gloss.render", "gloss.model", "gloss.diag");

  @ArchTest
  static final ArchRule build =
      stage(
          "gloss",
          "gloss.load",
          "gloss.markdown",
          "gloss.link",
          "gloss.render",
          "gloss.write",
          "gloss.model",
          "gloss.diag");

  static final String[] STAGES_AND_BUILD = {
    "gloss",
    "gloss.load",
    "gloss.markdown",
    "gloss.link",
    "gloss.render",
    "gloss.write",
    "gloss.model",
    "gloss.diag"
  };

  /** The memo layer runs the pipeline of {@code gloss}; the pipeline never sees it. */
  @ArchTest static final ArchRule memo = stage("gloss.build", STAGES_AND_BUILD);

  @ArchTest
  static final ArchRule serve = stage("gloss.serve", with(STAGES_AND_BUILD, "gloss.build"));

  @ArchTest static final ArchRule check = stage("gloss.check", STAGES_AND_BUILD);

  /**
   * {@code new} reads content and checks quotes as the build would; only the command line uses it.
   */
  @ArchTest
  static final ArchRule scaffold =
      stage(
          "gloss.scaffold",
          "gloss",
          "gloss.load",
          "gloss.markdown",
          "gloss.link",
          "gloss.model",
          "gloss.diag");

  @ArchTest
  static final ArchRule onlyTheCommandLineUsesScaffold =
      noClasses()
          .that()
          .resideOutsideOfPackages("gloss.cli..", "gloss.scaffold..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("gloss.scaffold..")
          .because("check shares what it needs with new through gloss.model (Placeholders)");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("gloss.(*)..").should().beFreeOfCycles();

  static String[] with(String[] stages, String... more) {
    List<String> all = new ArrayList<>(Arrays.asList(stages));
    all.addAll(Arrays.asList(more));
    return all.toArray(String[]::new);
  }

  /** gloss import reads pages into articles: it may load content and ask check for names. */
  @ArchTest
  static final ArchRule importer =
      stage(
          "gloss.importer",
          "gloss.check",
          "gloss.load",
          "gloss.markdown",
          "gloss.model",
          "gloss.diag");

  @ArchTest
  static final ArchRule onlyTheCommandLineUsesTheImporter =
      noClasses()
          .that()
          .resideOutsideOfPackages("gloss.cli..", "gloss.importer..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("gloss.importer..")
          .because("importing is a command of its own, not a stage of the build");

  @ArchTest
  static final ArchRule nothingDependsOnTheCommandLine =
      noClasses()
          .that()
          .resideOutsideOfPackage("gloss.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("gloss.cli..")
          .because("cli is wiring only; every command is usable without it");

  /**
   * Output must not depend on the machine's locale (under tr_TR "I".toLowerCase() is "ı"): case
   * conversion and formatting name their locale, {@code Locale.ROOT} unless the site's.
   */
  @ArchTest
  static final ArchRule nothingUsesTheDefaultLocale =
      noClasses()
          .should()
          .callMethod(String.class, "toLowerCase")
          .orShould()
          .callMethod(String.class, "toUpperCase")
          .orShould()
          .callMethod(String.class, "format", String.class, Object[].class)
          .orShould()
          .callMethod(String.class, "formatted", Object[].class)
          .orShould()
          .callMethod(java.time.format.DateTimeFormatter.class, "ofPattern", String.class)
          .orShould()
          .callMethod(java.text.Collator.class, "getInstance")
          .orShould()
          .callMethod(java.text.NumberFormat.class, "getInstance")
          .because("the same content must give the same bytes under any locale (Locale.ROOT)");

  @ArchTest
  static final ArchRule noStageDependsOnServeOrCheck =
      noClasses()
          .that()
          .resideInAnyPackage(
              "gloss",
              "gloss.load..",
              "gloss.markdown..",
              "gloss.link..",
              "gloss.render..",
              "gloss.write..",
              "gloss.model..",
              "gloss.diag..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("gloss.serve..", "gloss.check..", "gloss.build..");
}
