package org.crepituslab.facet.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;

/**
 * The pop on the joint drawing: rings spreading from the bubble for a moment of real time (none
 * with reduced motion), and while the cavity forms a box above it saying "POP" and which moment
 * the chosen explanation says makes the sound.
 */
final class PopMarker {
    /** How long the pop flash lasts, s of real time. */
    private static final double FLASH_TIME = 0.6;

    private boolean reducedMotion;
    private double flash = Double.POSITIVE_INFINITY;
    private SoundExplanation explanation = SoundExplanation.PARTIAL_COLLAPSE;

    void setReducedMotion(boolean on) {
        reducedMotion = on;
    }

    void setExplanation(SoundExplanation e) {
        explanation = e;
    }

    /** Starts the rings. */
    void flash() {
        flash = 0;
    }

    /** Moves the rings on by real seconds. */
    void advance(double realDt) {
        if (flash < FLASH_TIME) {
            flash += realDt;
        }
    }

    /** Draws onto a drawing {@code width} px wide, at a bubble of radius {@code bubbleRadius} m. */
    void draw(GraphicsContext g, Palette p, ModelViewTransform mvt, double width, boolean popping,
              double bubbleRadius) {
        double r = Math.max(bubbleRadius, 0.3e-3);
        double cx = mvt.toViewX(JointCanvas.bubbleX(r));
        double cy = mvt.toViewY(0);
        if (flash < FLASH_TIME) {
            double k = flash / FLASH_TIME;
            Color c = p.alert();
            if (!reducedMotion) {
                g.setStroke(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 1 - k));
                g.setLineWidth(3);
                for (int i = 1; i <= 3; i++) {
                    double rr = mvt.toViewDistance(r) + (12 + 26 * k) * i;
                    g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
                }
            }
        }
        if (popping) {
            // "POP" and which moment makes the sound, in one box above the bubble
            Font big = CanvasPane.boldFont(1.1);
            Font small = JointCanvas.labelFont(0.95, width);
            String tag = Strings.format("facet.soundHere", Strings.get("facet.explanation." + explanation.id() + ".short"));
            String pop = Strings.get("facet.popFlash");
            double bw = Math.max(CanvasPane.textWidth(tag, small), CanvasPane.textWidth(pop, big)) + 12;
            double bh = big.getSize() * 1.3 + small.getSize() * 1.35 + 6;
            double bx = Math.max(4, Math.min(width - bw - 4, cx - bw / 2));
            double by = Math.max(4, cy - mvt.toViewDistance(r) - 14 - bh);
            g.setFill(p.panel().deriveColor(0, 1, 1, 0.92));
            g.fillRoundRect(bx, by, bw, bh, 8, 8);
            g.setStroke(p.alert());
            g.setLineWidth(1.5);
            g.strokeRoundRect(bx, by, bw, bh, 8, 8);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.setFont(big);
            g.setFill(p.alert());
            g.fillText(pop, bx + bw / 2, by + 3);
            g.setFont(small);
            g.setFill(p.text());
            g.fillText(tag, bx + bw / 2, by + 3 + big.getSize() * 1.3);
        }
    }
}
