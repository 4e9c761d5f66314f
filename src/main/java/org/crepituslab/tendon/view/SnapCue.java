package org.crepituslab.tendon.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;

/**
 * The visual snap cue: a ring that grows and fades where the tendon jumped, or a steady marker
 * when motion is reduced. It is drawn in the side view and in the close-up, so its timing lives
 * here once.
 */
final class SnapCue {
    /** Visual cue lengths: the ring animation, and the static highlight when motion is reduced. */
    private static final double FLASH_SECONDS = 0.6;
    private static final double STILL_CUE_SECONDS = 1.2;
    /** Snap cue ring: starting radius and how far it grows, pixels. */
    private static final double CUE_RING_PX = 18;
    private static final double CUE_GROWTH_PX = 40;

    private boolean reducedMotion;
    private long startNanos = Long.MIN_VALUE;
    private double strength;

    void setReducedMotion(boolean on) {
        reducedMotion = on;
    }

    /** True when the cue is drawn as a steady marker (reduced motion) rather than an expanding ring. */
    boolean reducedMotion() {
        return reducedMotion;
    }

    /** Starts the cue; strength 0..1 follows the released energy. */
    void start(double strength) {
        startNanos = System.nanoTime();
        this.strength = Math.max(0.25, Math.min(1, strength));
    }

    /** Ends the cue at once. */
    void stop() {
        startNanos = Long.MIN_VALUE;
    }

    boolean visible() {
        return age() < (reducedMotion ? STILL_CUE_SECONDS : FLASH_SECONDS);
    }

    private double age() {
        return startNanos == Long.MIN_VALUE ? Double.POSITIVE_INFINITY : (System.nanoTime() - startNanos) / 1e9;
    }

    /** Draws the cue centred at (cx, cy), scaled, with or without its word beside it. */
    void draw(GraphicsContext g, Palette p, double cx, double cy, double scale, boolean withText) {
        double age = age();
        if (!visible()) {
            return;
        }
        g.setStroke(p.alert());
        g.setFill(p.alert());
        // the ring is sized in pixels, not text units: at large text sizes it must not swamp the hip
        double base = CUE_RING_PX * scale;
        if (reducedMotion) {
            // a steady marker: no growth, no fading, no flashing
            g.setLineWidth(3);
            g.strokeOval(cx - base, cy - base, 2 * base, 2 * base);
        } else {
            double f = age / FLASH_SECONDS;
            double r = base + f * CUE_GROWTH_PX * scale * strength;
            g.setGlobalAlpha(1 - f);
            g.setLineWidth(2 + 3 * strength);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setGlobalAlpha(1);
        }
        if (!withText) {
            return;
        }
        g.setFont(CanvasPane.boldFont(1.1));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Strings.get("tendon.hip.snapCue"), cx - base - 6, cy - base);
    }
}
