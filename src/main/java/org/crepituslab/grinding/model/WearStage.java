package org.crepituslab.grinding.model;

/** The seeds' words for the state of the joint surface: healthy → early osteoarthritis → advanced. */
public enum WearStage {
    HEALTHY, EARLY_OSTEOARTHRITIS, ADVANCED_OSTEOARTHRITIS;

    public static WearStage of(double wear) {
        if (wear < GrindingConstants.EARLY_OA_WEAR) {
            return HEALTHY;
        }
        return wear < GrindingConstants.ADVANCED_OA_WEAR ? EARLY_OSTEOARTHRITIS : ADVANCED_OSTEOARTHRITIS;
    }

    /** Key suffix of this stage's strings, e.g. "early". */
    public String key() {
        return switch (this) {
            case HEALTHY -> "healthy";
            case EARLY_OSTEOARTHRITIS -> "early";
            case ADVANCED_OSTEOARTHRITIS -> "advanced";
        };
    }
}
