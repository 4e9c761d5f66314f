package org.crepituslab.facet.view;

import static org.crepituslab.facet.view.JointCanvas.CARTILAGE;
import static org.crepituslab.facet.view.JointCanvas.VIEW_HALF_WIDTH;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;

/**
 * The joint drawing's labels: each part named on a pale box, with a leader line to the part,
 * kept inside the drawing whatever its size.
 */
final class JointLabels {
    private final GraphicsContext g;
    private final Palette p;
    private final ModelViewTransform mvt;
    private final double width;
    private final double height;
    private List<Rectangle2D> taken;

    private JointLabels(GraphicsContext g, Palette p, ModelViewTransform mvt, double width, double height) {
        this.g = g;
        this.p = p;
        this.mvt = mvt;
        this.width = width;
        this.height = height;
    }

    /**
     * Labels a drawing of the given size in px, the surfaces {@code half} m from the middle and a
     * bubble of radius {@code bubbleRadius} m (none if 0); adds each label's box to {@code taken},
     * so what is drawn later (the pop's box) can keep clear of them.
     */
    static void draw(GraphicsContext g, Palette p, ModelViewTransform mvt, double width, double height, double half,
                     double bubbleRadius, List<Rectangle2D> taken) {
        JointLabels labels = new JointLabels(g, p, mvt, width, height);
        labels.taken = taken;
        labels.draw(half, bubbleRadius);
    }

    private void draw(double half, double r) {
        Font f = JointCanvas.labelFont(0.92, width);
        g.setFont(f);
        double lineH = f.getSize() * 1.25;
        double topY = mvt.toViewY(half + CARTILAGE + 6.5e-3);
        double botY = mvt.toViewY(-half - CARTILAGE - 6.5e-3);
        label(f, Strings.get("facet.label.upper"), -3.5e-3, half + CARTILAGE + 4e-3, 8, topY - lineH * 0.2);
        label(f, Strings.get("facet.label.lower"), -3.5e-3, -half - CARTILAGE - 4e-3, 8, botY + lineH * 0.2);
        label(f, Strings.get("facet.label.cartilage"), -7.5e-3, half + CARTILAGE * 0.5, 8,
                mvt.toViewY(half + CARTILAGE) - lineH * 1.6);
        label(f, Strings.get("facet.label.fluid"), -10.3e-3, 0, 8, mvt.toViewY(0) + lineH * 1.8);
        double capsuleX = 12.0e-3;
        double rightEdge = mvt.toViewX(VIEW_HALF_WIDTH) - 6;
        label(f, Strings.get("facet.label.capsule"), capsuleX, half + 2.5e-3, rightEdge,
                mvt.toViewY(half + CARTILAGE + 4.6e-3));
        if (r > 0) {
            label(f, Strings.get("facet.label.bubble"), JointCanvas.bubbleX(r), -r * 0.7, rightEdge,
                    mvt.toViewY(-half - CARTILAGE - 4.6e-3));
        }
    }

    /**
     * A label with a leader line from the model point (mx, my); the text is placed at view y,
     * starting at view x (or ending there when x is past the middle). A label longer than half the
     * drawing goes on two lines, so large text never runs off the edge or over the joint.
     */
    private void label(Font f, String text, double mx, double my, double x, double y) {
        double px = mvt.toViewX(mx);
        double py = mvt.toViewY(my);
        String[] lines = lines(text, f, width * 0.5);
        double tw = 0;
        for (String line : lines) {
            tw = Math.max(tw, CanvasPane.textWidth(line, f));
        }
        double lineH = f.getSize() * 1.2;
        double half = (lines.length - 1) * lineH / 2 + f.getSize() * 0.7;
        double w = width;
        boolean alignRight = x > w / 2;
        double tx = alignRight ? Math.max(4, x - tw) : Math.min(x, Math.max(4, w - tw - 4));
        double ty = Math.max(half + 2, Math.min(height - half - 2, y));
        double pad = 3;
        Rectangle2D box = new Rectangle2D(tx - pad, ty - half - pad, tw + 2 * pad, 2 * half + 2 * pad);
        g.setFill(p.panel().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight(), 6, 6);
        taken.add(box);
        double anchorX = px < box.getMinX() ? box.getMinX() : px > box.getMaxX() ? box.getMaxX() : px;
        double anchorY = py < ty ? box.getMinY() : box.getMaxY();
        g.setStroke(p.axis());
        g.setLineWidth(Math.max(1, f.getSize() / 14));
        g.strokeLine(px, py, anchorX, anchorY);
        g.setFill(p.axis());
        double dot = Math.max(2.5, f.getSize() * 0.2);
        g.fillOval(px - dot, py - dot, 2 * dot, 2 * dot);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < lines.length; i++) {
            g.fillText(lines[i], tx, ty - (lines.length - 1) * lineH / 2 + i * lineH);
        }
    }

    /** The text on one line, or on two split at the space nearest its middle when wider than maxWidth. */
    static String[] lines(String text, Font f, double maxWidth) {
        if (CanvasPane.textWidth(text, f) <= maxWidth) {
            return new String[] {text};
        }
        int mid = text.length() / 2;
        int best = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) {
                best = i;
            }
        }
        return best < 0 ? new String[] {text} : new String[] {text.substring(0, best), text.substring(best + 1)};
    }
}
