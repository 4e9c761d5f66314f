package org.crepituslab.learn.model;

/**
 * One item of the "which of these apply?" checklist, with the level the seed documents give it.
 * The text of each (label and explanation) is in learn/messages.properties under
 * {@code learn.check.<id>} and {@code learn.check.<id>.why}.
 */
public enum Observation {
    PAINLESS_POP("painless", Concern.BENIGN),
    TWIST_STRETCH("twist", Concern.BENIGN),
    NOT_AGAIN_SOON("refractory", Concern.BENIGN),
    TENDON_CLICK("tendon", Concern.BENIGN),
    PAIN("pain", Concern.WARNING),
    NERVE("nerve", Concern.WARNING),
    GIVING_WAY("givingway", Concern.WARNING),
    TRAUMA("trauma", Concern.WARNING),
    SWELLING("swelling", Concern.WARNING),
    STIFF_LOCKING("locking", Concern.WARNING),
    GRINDING("grinding", Concern.WARNING),
    SAME_SPOT("samespot", Concern.WARNING),
    BOWEL_BLADDER("bowel", Concern.EMERGENCY);

    private final String id;
    private final Concern concern;

    Observation(String id, Concern concern) {
        this.id = id;
        this.concern = concern;
    }

    public String id() {
        return id;
    }

    public Concern concern() {
        return concern;
    }
}
