package org.crepituslab.walking.model;

/** Left or right; the gait phase is the right leg's, the left leg is half a cycle behind. */
public enum Side {
    LEFT("left", 0.5),
    RIGHT("right", 0.0);

    private final String label;
    private final double phaseLag;

    Side(String label, double phaseLag) {
        this.label = label;
        this.phaseLag = phaseLag;
    }

    public String label() {
        return label;
    }

    /** This leg's own gait phase (0 at its initial contact) when the right leg is at {@code phase}. */
    public double legPhase(double phase) {
        double p = phase - phaseLag;
        return p - Math.floor(p);
    }
}
