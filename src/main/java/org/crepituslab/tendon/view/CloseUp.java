package org.crepituslab.tendon.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.tendon.model.Landscape;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The close-up across the ridge, in the hip view's top right corner: the bone profile, the
 * tendon's cross-section at x and the spring pulling it to its rest path x0. It is painted on the
 * hip's figure, over the femur (which can swing under it) and under the labels.
 */
final class CloseUp {
    /** Side-to-side range of the close-up, metres. */
    private static final double HALF_RANGE_M = 7e-3;
    /** The snap cue in the close-up is this fraction of the one in the side view. */
    private static final double CUE_SCALE = 0.6;

    private final TendonModel model;
    private final SnapCue cue;

    CloseUp(TendonModel model, SnapCue cue) {
        this.model = model;
        this.cue = cue;
    }

    /** The inset's width on a hip canvas w pixels wide (it sits at the right edge, 8 px in). */
    static double width(double w) {
        return Math.max(160, Math.min(w * 0.42, CanvasPane.fontPx() * 22));
    }

    /** Paints the close-up on a hip canvas w pixels wide; returns the inset's bottom y. */
    double draw(GraphicsContext g, Palette p, double w) {
        double fp = CanvasPane.fontPx();
        double iw = width(w);
        double ih = Math.max(iw * 0.5, fp * 7.5);
        double ix = w - iw - 8;
        double iy = fp * 1.9;
        g.setFill(p.panel());
        g.setStroke(p.axis());
        g.setLineWidth(1.2);
        g.fillRoundRect(ix, iy, iw, ih, 8, 8);
        g.strokeRoundRect(ix, iy, iw, ih, 8, 8);
        g.setFont(CanvasPane.font(0.8));
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Strings.get("tendon.closeUp.title"), ix + iw / 2, iy + 3, iw - 8);
        g.setTextBaseline(VPos.BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Strings.get("tendon.closeUp.medial"), ix + 5, iy + ih - 3, iw / 2 - 8);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Strings.get("tendon.closeUp.lateral"), ix + iw - 5, iy + ih - 3, iw / 2 - 8);

        // the vertical budget between the title and the medial/lateral words
        double contentTop = iy + fp * 1.3;
        double baseY = iy + ih - fp * 1.3;
        double room = baseY - contentTop;
        // the ridge as the tendon meets it: lower while the hip is rolled out (abduction, external rotation)
        double ridgeH = room * 0.4 * model.ridgeFelt();
        double pxPerM = (iw - 16) / (2 * HALF_RANGE_M);
        double cx = ix + iw / 2;
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.beginPath();
        g.moveTo(ix + 8, baseY + fp * 0.2);
        int n = 60;
        for (int i = 0; i <= n; i++) {
            double xm = -HALF_RANGE_M + 2 * HALF_RANGE_M * i / n;
            g.lineTo(cx + xm * pxPerM, baseY - ridgeH * Landscape.ridgeProfile(xm));
        }
        g.lineTo(ix + iw - 8, baseY + fp * 0.2);
        g.closePath();
        g.fill();
        g.stroke();

        double x = Math.max(-HALF_RANGE_M, Math.min(HALF_RANGE_M, model.tendonXProperty().get()));
        double x0 = Math.max(-HALF_RANGE_M, Math.min(HALF_RANGE_M, model.restPath()));
        double tx = cx + x * pxPerM;
        double surface = baseY - ridgeH * Landscape.ridgeProfile(x);
        double ry = Math.max(4, room * 0.13);
        double rx = Math.max(ry * 1.6, pxPerM * 1.6e-3);
        double ty = surface - ry;
        // the elastic coupling: a zig-zag spring from the tendon to its rest path
        double ax = cx + x0 * pxPerM;
        double sy = Math.max(contentTop + 5, ty - ry - 7);
        g.setStroke(p.seriesColor(2));
        g.setLineWidth(1.6);
        spring(g, tx, sy, ax, sy);
        g.strokeLine(ax, sy - 5, ax, sy + 5);
        g.setFill(p.fluid());
        g.setStroke(p.axis());
        g.fillOval(tx - rx, ty - ry, 2 * rx, 2 * ry);
        g.strokeOval(tx - rx, ty - ry, 2 * rx, 2 * ry);
        if (cue.visible()) {
            cue.draw(g, p, tx, ty, CUE_SCALE, false);
        }
        return iy + ih;
    }

    private static void spring(GraphicsContext g, double x1, double y, double x2, double y2) {
        int zig = 8;
        double len = x2 - x1;
        g.beginPath();
        g.moveTo(x1, y);
        for (int i = 1; i < zig; i++) {
            g.lineTo(x1 + len * i / zig, y + (i % 2 == 0 ? -4 : 4));
        }
        g.lineTo(x2, y2);
        g.stroke();
    }
}
