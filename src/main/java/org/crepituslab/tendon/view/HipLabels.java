package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.HEAD_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.LESSER_TROCHANTER_A;
import static org.crepituslab.tendon.view.HipGeometry.LESSER_TROCHANTER_S;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_X;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_Y;
import static org.crepituslab.tendon.view.HipGeometry.SHAFT_END_S;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.TextWidths;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;

/**
 * The anatomy labels, painted last in the hip's figure (over the close-up), each with a
 * leader line to what it names. They follow the thigh, so they are painted every frame while shown.
 */
final class HipLabels {
    private HipLabels() {
    }

    /**
     * Labels sit in two columns at the canvas edges, each with a leader line to what it names: the
     * left column for the pelvis side, the right one (below the close-up) for the front structures.
     * Each column is pushed apart so boxes never overlap, and kept inside the canvas, whatever the
     * text size.
     */
    static void draw(GraphicsContext g, Palette p, HipFrame f, double theta, double[] contact, double w, double h,
                     double insetBottom) {
        ModelViewTransform mvt = f.mvt;
        double[] lt = f.femur(theta, LESSER_TROCHANTER_S, LESSER_TROCHANTER_A);
        double[] knee = f.femur(theta, SHAFT_END_S - 0.02, 0);
        double[] tendonMid = {(contact[0] + lt[0]) / 2, (contact[1] + lt[1]) / 2};
        double fp = CanvasPane.fontPx();
        double rowH = fp * 1.35;
        double bottomLimit = h - fp * 1.6 - rowH / 2;
        // each spot: what the line points at (x, y) and where the label would like to sit (y)
        double[][] left = {
                {mvt.toViewX(0.0), mvt.toViewY(0.185), mvt.toViewY(0.195)},
                {mvt.toViewX(-0.05), mvt.toViewY(0.10), mvt.toViewY(0.13)},
                {mvt.toViewX(-HEAD_RADIUS * 0.6), mvt.toViewY(0), mvt.toViewY(0.01)},
                {lt[0], lt[1], mvt.toViewY(-0.115)},
                {knee[0], knee[1], mvt.toViewY(-0.25)}};
        String[] leftKeys = {"tendon.label.muscle", "tendon.label.pelvis", "tendon.label.head",
                "tendon.label.trochanter", "tendon.label.thigh"};
        double[][] right = {
                {mvt.toViewX(RIDGE_X + RIDGE_RADIUS), mvt.toViewY(RIDGE_Y), mvt.toViewY(0.075)},
                {tendonMid[0], tendonMid[1], mvt.toViewY(0.03)}};
        String[] rightKeys = {"tendon.label.ridge", "tendon.label.tendon"};
        // beside the close-up (top right) a left label stops short of it
        double besideInset = w - CloseUp.width(w) - 8 - 14;
        column(g, p, leftKeys, left, 8, true, fp * 1.9 + rowH / 2, bottomLimit, rowH, w, insetBottom, besideInset);
        column(g, p, rightKeys, right, w - 8, false, insetBottom + rowH / 2 + 4, bottomLimit, rowH, w, 0, w);
    }

    private static void column(GraphicsContext g, Palette p, String[] keys, double[][] spots, double edgeX,
                               boolean leftSide, double minY, double maxY, double rowH, double w,
                               double insetBottom, double besideInset) {
        int n = keys.length;
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = spots[i][2];
        }
        // spots are listed top to bottom: push down to clear the one above, then up from the bottom limit
        for (int i = 0; i < n; i++) {
            ys[i] = Math.max(ys[i], i == 0 ? minY : ys[i - 1] + rowH);
        }
        for (int i = n - 1; i >= 0; i--) {
            ys[i] = Math.min(ys[i], i == n - 1 ? maxY : ys[i + 1] - rowH);
        }
        g.setFont(CanvasPane.font(0.85));
        double th = CanvasPane.fontPx() * 1.15;
        for (int i = 0; i < n; i++) {
            String text = Strings.get(keys[i]);
            double room = ys[i] - th / 2 < insetBottom ? Math.max(20, besideInset - edgeX) : w * 0.45;
            double tw = Math.min(TextWidths.of(text, g.getFont()), room);
            double bx = leftSide ? edgeX : edgeX - tw;
            double nearX = leftSide ? bx + tw + 3 : bx - 3;
            g.setStroke(p.axis());
            g.setLineWidth(1);
            g.strokeLine(spots[i][0], spots[i][1], nearX, ys[i]);
            g.setFill(HipCanvas.withAlpha(p.panel(), 0.88));
            g.fillRoundRect(bx - 3, ys[i] - th / 2 - 1, tw + 6, th + 2, 6, 6);
            g.setFill(p.text());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, bx, ys[i], tw);
        }
    }
}
