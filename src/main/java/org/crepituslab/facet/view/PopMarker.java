package org.crepituslab.facet.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
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
 * the chosen explanation says makes the sound, placed where it covers no label.
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

    /** Stops the rings. */
    void clear() {
        flash = Double.POSITIVE_INFINITY;
    }

    /** True while the rings spread (the drawing changes every frame). */
    boolean isFlashing() {
        return flash < FLASH_TIME;
    }

    /** Moves the rings on by real seconds. */
    void advance(double realDt) {
        if (flash < FLASH_TIME) {
            flash += realDt;
        }
    }

    /**
     * Draws onto a drawing {@code width} × {@code height} px, at a bubble of radius {@code bubbleRadius}
     * m; the box keeps clear of the label boxes in {@code taken}.
     */
    void draw(GraphicsContext g, Palette p, ModelViewTransform mvt, double width, double height, boolean popping,
              double bubbleRadius, List<Rectangle2D> taken) {
        double r = Math.max(bubbleRadius, 0.3e-3);
        double cx = mvt.toViewX(JointCanvas.bubbleX(r));
        double cy = mvt.toViewY(0);
        double pr = mvt.toViewDistance(r);
        if (flash < FLASH_TIME) {
            double k = flash / FLASH_TIME;
            Color c = p.alert();
            if (!reducedMotion) {
                g.setStroke(Color.color(c.getRed(), c.getGreen(), c.getBlue(), 1 - k));
                g.setLineWidth(Math.max(3, CanvasPane.fontPx() * 0.15));
                for (int i = 1; i <= 3; i++) {
                    double rr = pr + (12 + 26 * k) * i;
                    g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
                }
            }
        }
        if (popping) {
            // "POP" and which moment makes the sound, in one box beside the bubble; the moment's
            // words go on two lines when one would make the box wider than half the drawing, and are
            // left out when only "POP" alone finds a place clear of the labels
            Font big = CanvasPane.boldFont(1.1);
            Font small = JointCanvas.labelFont(0.95, width);
            String tag = Strings.format("facet.soundHere", Strings.get("facet.explanation." + explanation.id() + ".short"));
            String[] tagLines = JointLabels.lines(tag, small, width * 0.45);
            String pop = Strings.get("facet.popFlash");
            List<Rectangle2D> around = new ArrayList<>(taken);
            around.add(new Rectangle2D(cx - pr, cy - pr, 2 * pr, 2 * pr));
            double lineH = small.getSize() * 1.25;
            Rectangle2D box = popBox(big, small, pop, tagLines, lineH, cx, cy, pr, width, height, around);
            if (FreeSpot.covered(box, around) > 0) {
                Rectangle2D alone = popBox(big, small, pop, new String[0], lineH, cx, cy, pr, width, height, around);
                if (FreeSpot.covered(alone, around) == 0) {
                    box = alone;
                    tagLines = new String[0];
                }
            }
            double bw = box.getWidth();
            double bh = box.getHeight();
            double bx = box.getMinX();
            double by = box.getMinY();
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
            for (int i = 0; i < tagLines.length; i++) {
                g.fillText(tagLines[i], bx + bw / 2, by + 3 + big.getSize() * 1.3 + i * lineH, bw - 8);
            }
            taken.add(box);
        }
    }

    /** The box for POP and the given lines of words, at the best place around the bubble. */
    private static Rectangle2D popBox(Font big, Font small, String pop, String[] tagLines, double lineH, double cx,
                                      double cy, double pr, double width, double height, List<Rectangle2D> around) {
        double tw = CanvasPane.textWidth(pop, big);
        for (String line : tagLines) {
            tw = Math.max(tw, CanvasPane.textWidth(line, small));
        }
        double bw = Math.min(width - 8, tw + 12);
        double bh = big.getSize() * 1.3 + tagLines.length * lineH + 8;
        return FreeSpot.choose(wishes(bw, bh, cx, cy, pr, width, height), width, height, new ArrayList<>(around));
    }

    /**
     * The places the box may go, best first: above the bubble, below it, to its left above and below,
     * beside it, then the drawing's top and bottom edges and corners.
     */
    private static List<Rectangle2D> wishes(double bw, double bh, double cx, double cy, double pr, double width,
                                            double height) {
        double gap = 10;
        double[][] spots = {
            {cx - bw / 2, cy - pr - gap - bh}, {cx - bw / 2, cy + pr + gap},
            {cx - pr - gap - bw, cy - pr - gap - bh}, {cx - pr - gap - bw, cy + pr + gap},
            {cx - bw - pr - gap, cy - bh / 2}, {cx + pr + gap, cy - bh / 2},
            {width - bw - 4, 4}, {width - bw - 4, height - bh - 4}, {(width - bw) / 2, 4},
            {(width - bw) / 2, height - bh - 4}, {4, 4}, {4, height - bh - 4},
        };
        List<Rectangle2D> wishes = new ArrayList<>();
        for (double[] s : spots) {
            wishes.add(new Rectangle2D(s[0], s[1], bw, bh));
        }
        return wishes;
    }
}
