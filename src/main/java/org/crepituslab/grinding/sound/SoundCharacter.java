package org.crepituslab.grinding.sound;

import java.util.List;
import java.util.Locale;
import org.crepituslab.grinding.model.GrindEvent;

/**
 * What the slips of a stretch of time sound like, in words for the caption line: no counted slips
 * (SILENT: only the faint, smooth sound of sliding, never true silence in a moving joint), a faint
 * crackle, or coarse grinding. Judged by the slip energy released per second, so spur catches
 * (captioned on their own) do not make a healthy joint "grind".
 */
public enum SoundCharacter {
    SILENT, FAINT, GRIND;

    /**
     * Slip energy per second from which the sound is called grinding: 1 mJ/s, reached around the
     * start of advanced wear (early wear releases ~0.1 mJ/s, bone on bone ~15 mJ/s). Modelling choice.
     */
    public static final double GRIND_POWER_W = 1e-3;

    public static SoundCharacter of(List<GrindEvent> events, double seconds) {
        double energy = 0;
        int slips = 0;
        for (GrindEvent e : events) {
            if (e.kind() == GrindEvent.Kind.SLIP) {
                energy += e.energyJ();
                slips++;
            }
        }
        if (slips == 0) {
            return SILENT;
        }
        return energy / seconds >= GRIND_POWER_W ? GRIND : FAINT;
    }

    /** Key suffix of this character's strings. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
