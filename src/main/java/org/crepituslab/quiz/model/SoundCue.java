package org.crepituslab.quiz.model;

import java.util.Locale;

/** The sounds an "identify the sound" question can play; each is synthesised by its screen's sound layer. */
public enum SoundCue {
    /** Cavitation in a facet joint (facet screen). */
    POP,
    /** A tendon snapping over bone (tendon screen). */
    SNAP,
    /** Rough cartilage and bone spurs rubbing (grinding screen). */
    GRIND;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SoundCue fromId(String id) {
        for (SoundCue c : values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
