package org.crepituslab.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of doc/ARCHITECTURE.md, checked on the compiled classes: no package cycles, models
 * free of any toolkit scene, view, app or CLI code, screens independent of the app and of each
 * other, views independent of the command line.
 */
class ArchitectureTest {
    private static final String ROOT = "org.crepituslab";
    private static final List<String> SCREENS = List.of("learn", "facet", "tendon", "grinding", "walking", "quiz");
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

    @Test
    void screensDependNeitherOnTheAppNorOnEachOther() {
        for (String screen : SCREENS) {
            String[] others = SCREENS.stream().filter(s -> !s.equals(screen)).map(s -> ROOT + "." + s + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + screen + "..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                    .orShould().dependOnClassesThat().resideInAnyPackage(others)
                    .check(classes);
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
