package org.crepituslab.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of doc/ARCHITECTURE.md, checked on the compiled classes: no package cycles, models
 * free of any toolkit scene, view, app or CLI code, screens independent of the app and of each
 * other (except the declared compositions, model to model), views independent of the command line.
 */
class ArchitectureTest {
    private static final String ROOT = "org.crepituslab";
    private static final List<String> SCREENS =
            List.of("learn", "facet", "tendon", "grinding", "walking", "manipulation", "quiz");
    /**
     * Composite screens reuse other screens' physics instead of copying it: walking drives the
     * tendon and facet models through the gait, manipulation runs one facet model per joint. Only
     * these model-to-model uses are allowed, and only from the composite's model package.
     */
    private static final Map<String, List<String>> COMPOSES = Map.of(
            "walking", List.of("facet", "tendon"),
            "manipulation", List.of("facet"));
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void noPackageCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void modelsUseNoSceneViewAppOrCli() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "..view..", ROOT + ".app..",
                        "..cli..")
                .check(classes);
    }

    @Test
    void quizLogicAndContractsUseNoScene() {
        noClasses().that().resideInAnyPackage(ROOT + ".quiz.model..", ROOT + ".quiz.bank..", ROOT + ".quiz.progress..",
                        ROOT + ".framework.contract..", ROOT + ".framework.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    /**
     * Class mode's session state and web server run on the server's threads and in the headless
     * command: no toolkit scene there, and neither knows the projector window or the command line.
     */
    @Test
    void classroomModelAndServerUseNoSceneViewOrCli() {
        noClasses().that().resideInAnyPackage(ROOT + ".classroom.model..", ROOT + ".classroom.server..",
                        ROOT + ".classroom.io..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "..view..", "..cli..",
                        ROOT + ".app..")
                .check(classes);
    }

    @Test
    void screensDependNeitherOnTheAppNorOnEachOther() {
        for (String screen : SCREENS) {
            List<String> composed = COMPOSES.getOrDefault(screen, List.of());
            String[] others = SCREENS.stream().filter(s -> !s.equals(screen) && !composed.contains(s))
                    .map(s -> ROOT + "." + s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + screen + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                    .orShould().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true).check(classes);
            for (String used : composed) {
                String[] allowed = {ROOT + "." + used + ".model..", ROOT + "." + used + ".sound.."};
                noClasses().that().resideInAPackage(ROOT + "." + screen + "..")
                        .should().dependOnClassesThat(DescribedPredicate.describe(
                                "in " + used + " outside its model and sound packages",
                                (JavaClass c) -> c.getPackageName().startsWith(ROOT + "." + used)
                                        && !c.getPackageName().startsWith(ROOT + "." + used + ".model")
                                        && !c.getPackageName().startsWith(ROOT + "." + used + ".sound")))
                        .allowEmptyShould(true).check(classes);
                noClasses().that().resideInAPackage(ROOT + "." + screen + ".model..")
                        .should().dependOnClassesThat().resideInAnyPackage(ROOT + "." + used + ".sound..")
                        .allowEmptyShould(true).check(classes);
            }
        }
    }

    @Test
    void noScreenUsesACompositeScreen() {
        String[] composites = COMPOSES.keySet().stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new);
        for (String screen : SCREENS) {
            if (COMPOSES.containsKey(screen)) {
                continue;
            }
            noClasses().that().resideInAPackage(ROOT + "." + screen + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(composites)
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void frameworkKnowsNoScreenAndNoApp() {
        String[] screensAndApp = SCREENS.stream().map(s -> ROOT + "." + s + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(ROOT + ".framework..")
                .should().dependOnClassesThat().resideInAnyPackage(screensAndApp)
                .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .check(classes);
    }

    @Test
    void viewsDoNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("..view..")
                .should().dependOnClassesThat().resideInAPackage("..cli..")
                .check(classes);
    }
}
