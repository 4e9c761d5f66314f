package org.crepituslab.manipulation.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;

/** The instability indicator as a bar: typical on the left, unstable (a slipped vertebra) on the right. */
final class InstabilityGauge {
    private InstabilityGauge() {
    }

    static void draw(GraphicsContext g, Palette p, double instability, double x, double y, double w, double h) {
        double fp = CanvasPane.fontPx();
        g.setFont(CanvasPane.font(0.8));
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        String title = Strings.format("manipulation.figure.instability",
                String.format(Strings.locale(), "%.0f", instability * 100));
        g.fillText(title, x, y, w - fp * 3);
        drawSlip(g, p, instability, x + w - fp * 2.2, y, fp);
        double barY = y + fp * 1.2;
        double barH = Math.max(6, h - fp * 1.3 - fp * 0.9);
        g.setFill(p.grid());
        g.fillRect(x, barY, w, barH);
        g.setFill(p.alert());
        g.fillRect(x, barY, w * Math.max(0, Math.min(1, instability)), barH);
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.strokeRect(x, barY, w, barH);
        g.setFill(p.text());
        g.setFont(CanvasPane.font(0.7));
        g.fillText(Strings.get("manipulation.figure.typical"), x, barY + barH + 1, w / 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Strings.get("manipulation.figure.unstable"), x + w, barY + barH + 1, w / 2);
    }

    /**
     * Two vertebral bodies seen from the side, the upper one slipped forward (to the right) the more
     * unstable the spine: the unstable end of the range is a slipped vertebra (spondylolisthesis).
     */
    private static void drawSlip(GraphicsContext g, Palette p, double instability, double x, double y, double fp) {
        double bodyW = fp * 1.2;
        double bodyH = fp * 0.45;
        double slip = fp * 0.8 * Math.max(0, Math.min(1, instability));
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.fillRect(x, y + bodyH + 2, bodyW, bodyH);
        g.strokeRect(x, y + bodyH + 2, bodyW, bodyH);
        g.setFill(instability >= 1 ? p.alert() : p.bone());
        g.fillRect(x + slip, y, bodyW, bodyH);
        g.strokeRect(x + slip, y, bodyW, bodyH);
    }
}
