package org.crepituslab.facet.view;

import static org.crepituslab.facet.view.JointCanvas.CARTILAGE;
import static org.crepituslab.facet.view.JointCanvas.VIEW_HALF_WIDTH;

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

    private JointLabels(GraphicsContext g, Palette p, ModelViewTransform mvt, double width, double height) {
        this.g = g;
        this.p = p;
        this.mvt = mvt;
        this.width = width;
        this.height = height;
    }

    /**
     * Labels a drawing of the given size in px, the surfaces {@code half} m from the middle and a
     * bubble of radius {@code bubbleRadius} m (none if 0).
     */
    static void draw(GraphicsContext g, Palette p, ModelViewTransform mvt, double width, double height, double half,
                     double bubbleRadius) {
        new JointLabels(g, p, mvt, width, height).draw(half, bubbleRadius);
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
     * starting at view x (or ending there when x is past the middle).
     */
    private void label(Font f, String text, double mx, double my, double x, double y) {
        double px = mvt.toViewX(mx);
        double py = mvt.toViewY(my);
        double tw = CanvasPane.textWidth(text, f);
        double w = width;
        boolean alignRight = x > w / 2;
        double tx = alignRight ? Math.max(4, x - tw) : Math.min(x, Math.max(4, w - tw - 4));
        double ty = Math.max(f.getSize(), Math.min(height - f.getSize(), y));
        double pad = 3;
        g.setFill(p.panel().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(tx - pad, ty - f.getSize() * 0.7 - pad, tw + 2 * pad, f.getSize() * 1.4 + 2 * pad, 6, 6);
        double anchorX = px < tx ? tx - pad : px > tx + tw ? tx + tw + pad : px;
        double anchorY = py < ty ? ty - f.getSize() * 0.7 - pad : ty + f.getSize() * 0.7 + pad;
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.strokeLine(px, py, anchorX, anchorY);
        g.setFill(p.axis());
        g.fillOval(px - 2.5, py - 2.5, 5, 5);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, tx, ty);
    }
}
