package org.crepituslab.tendon.model;

/**
 * Which way the hip was moving when the tendon snapped. The tendon's rest path shifts to +x as the
 * hip flexes, so a jump towards +x is a snap while flexing and a jump towards −x one while extending.
 */
public enum SnapDirection {
    FLEXING("flexing"),
    EXTENDING("extending");

    private final String id;

    SnapDirection(String id) {
        this.id = id;
    }

    /** The word used in the events CSV. */
    public String id() {
        return id;
    }

    /** The direction of a jump that lands on {@code landingSide} (+1 or −1) of the crest. */
    public static SnapDirection ofLandingSide(int landingSide) {
        return landingSide > 0 ? FLEXING : EXTENDING;
    }
}
