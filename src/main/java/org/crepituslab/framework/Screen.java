package org.crepituslab.framework;

import java.util.List;
import org.crepituslab.framework.cli.Simulation;
import org.crepituslab.framework.contract.Declaration;
import org.crepituslab.framework.contract.ExampleSound;
import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.framework.validation.Validation;

/**
 * One screen of the app, declared once in its own package: id, title, model and view factories,
 * the typed contract of its parameters and readouts, its command-line simulations, its example
 * sounds, its message bundle and its thumbnail. Adding a screen means adding one package with an
 * implementation of this and one line in the app's screen list; the quiz, the CLI, the strings and
 * the sounds derive from that list (see doc/ARCHITECTURE.md).
 */
public interface Screen<M extends SimModel> {
    /** Short stable id used on the command line and in "show me" links, e.g. "facet". */
    String id();

    /** Key prefix of this screen's strings: title is prefix + ".title", description + ".description". */
    default String title() {
        return Strings.get("screen." + id() + ".title");
    }

    /** A short name for the navigation bar (key screen.<id>.short), else the title. */
    default String shortTitle() {
        String key = "screen." + id() + ".short";
        return Strings.has(key) ? Strings.get(key) : title();
    }

    default String description() {
        return Strings.get("screen." + id() + ".description");
    }

    M createModel();

    ScreenView createView(M model);

    /**
     * Puts a model into its busiest state (continuous stretching and popping, the hip cycling,
     * grinding at full wear) for the benchmark, the fuzzer and the soak test. Default: as created.
     */
    default void makeBusy(M model) {
    }

    /** Creates a model already made busy, for headless benchmarks and soak runs. */
    default M createBusyModel() {
        M m = createModel();
        makeBusy(m);
        return m;
    }

    /**
     * A new view of a model this screen made earlier (after a language switch the views are rebuilt
     * with the new words, while the simulations and the quiz in progress carry on).
     */
    @SuppressWarnings("unchecked")
    default ScreenView recreateView(SimModel model) {
        return createView((M) model);
    }

    /** Creates the model and its view together, keeping the generic type inside. */
    default ScreenView createModelAndView() {
        return createView(createModel());
    }

    /** The parameters quiz tasks may set and the readouts they may watch (none by default). */
    default ScreenContract contract() {
        return ScreenContract.NONE;
    }

    /** The kinds this screen adds to {@code simulate <kind>} (none by default). */
    default List<Simulation> simulations() {
        return List.of();
    }

    /** Named sounds this screen's model makes, for "identify the sound" questions (none by default). */
    default List<ExampleSound> sounds() {
        return List.of();
    }

    /** Comparisons of this screen's models with analytic results and measurements, for {@code validate}. */
    default List<Validation> validations() {
        return List.of();
    }

    /**
     * The story a presenter walks with ←/→: steps that each set up and play the state they narrate
     * (none by default). The {@code story} command runs it headless; a test checks every step's claims.
     */
    default List<StoryStep<M>> story() {
        return List.of();
    }

    /** A fresh model and view for presenting the story, leaving the user's own untouched. */
    default StoryRun<M> startStory() {
        M model = createModel();
        return new StoryRun<>(model, createView(model), story());
    }

    /** Base name of this screen's message bundle: {@code messages*.properties} beside the screen class. */
    default String bundle() {
        return getClass().getPackageName() + ".messages";
    }

    /** The thumbnail shown on the home screen, a resource path under the assets. */
    default String thumbnail() {
        return "thumbnails/" + id() + ".png";
    }

    /** The model-side parts of this declaration, which the quiz, CLI and strings read. */
    default Declaration declaration() {
        return new Declaration(id(), contract(), simulations(), sounds(), validations(), bundle());
    }
}
