package org.crepituslab.manipulation.model;

/** How the spine is loaded: a clinician's short thrust at one segment, or a forceful twist of the whole lumbar spine. */
public enum Technique {
    TARGETED("targeted"),
    SELF_TWIST("self-twist");

    private final String label;

    Technique(String label) {
        this.label = label;
    }

    /** As the command line spells it. */
    public String label() {
        return label;
    }

    /** 0 targeted, 1 self-twist (the contract's number). */
    public int code() {
        return ordinal();
    }

    public static Technique ofLabel(String text) {
        for (Technique t : values()) {
            if (t.label.equalsIgnoreCase(text)) {
                return t;
            }
        }
        return null;
    }
}
