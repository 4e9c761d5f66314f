package org.crepituslab.facet.model;

/**
 * The example pop: a rested joint at default settings given one standard stretch. It stands in for
 * the user's own pop where none has happened yet (the explanation text, the example sounds).
 */
public final class ExamplePop {
    private static PopTrace trace;

    private ExamplePop() {
    }

    /** Simulates the stretch afresh and returns its pop. */
    public static PopEvent simulate() {
        return simulate(FacetConstants.STRETCH_RATE);
    }

    /** Simulates a standard stretch made at the given speed (m/s) and returns its pop. */
    public static PopEvent simulate(double stretchRate) {
        Joint joint = new Joint();
        joint.stretch().setRate(stretchRate);
        PopEvent[] pop = new PopEvent[1];
        joint.popEvents().addListener(e -> pop[0] = e);
        joint.stretch().startStandard();
        for (int i = 0; i < 300 && pop[0] == null; i++) {
            joint.advance(0.01);
        }
        if (pop[0] == null) {
            throw new IllegalStateException("the default joint did not pop under the standard stretch");
        }
        return pop[0];
    }

    /** The example pop's trace, simulated once on first use. */
    public static synchronized PopTrace trace() {
        if (trace == null) {
            trace = simulate().trace();
        }
        return trace;
    }
}
