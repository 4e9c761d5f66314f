package org.crepituslab.facet.model;

import java.util.Locale;

/** Why a stretch during the refractory period widened the joint without a pop. */
public enum NoPopReason {
    /** The leftover bubble expanded and took up the stretch, so the pressure never fell to the threshold. */
    BUBBLE_PRESENT,
    /** The pressure reached the threshold, but too little gas was back in solution to nucleate a cavity. */
    NOT_ENOUGH_GAS;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
