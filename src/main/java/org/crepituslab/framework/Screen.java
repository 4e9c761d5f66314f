package org.crepituslab.framework;

/**
 * One screen of the app: a model and a view of it. Adding a screen means adding one package with
 * an implementation of this and one line in the screen list.
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

    /** Creates the model and its view together, keeping the generic type inside. */
    default ScreenView createModelAndView() {
        return createView(createModel());
    }
}
