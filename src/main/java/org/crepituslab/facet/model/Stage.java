package org.crepituslab.facet.model;

import java.util.Locale;

/** The story the narration panel tells, in order: rest → stretch → pressure drop → pop → refractory → ready. */
public enum Stage {
    REST, STRETCH, PRESSURE_DROP, CAVITATION, REFRACTORY, READY;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
