package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.FORAMEN;
import static org.crepituslab.tendon.view.HipGeometry.HEAD_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.PELVIS;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_X;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_Y;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;

/**
 * The pelvis, which never moves: drawn when the size, theme or text size changes, not every frame.
 * It sits between the thigh's soft tissue and the femur. The layer covers only the pelvis's
 * bounding box, at a whole-pixel offset in the hip's canvas, so it costs little to composite and
 * what it draws falls on the same pixels as if drawn on the hip's canvas.
 */
final class BoneLayer extends CanvasPane {
    /**
     * Room beyond the outlines' centre lines, pixels: a mitred corner of the 1.5 px outline can
     * reach 10 (the miter limit) half-widths out, plus a pixel of anti-aliasing.
     */
    private static final double STROKE_MARGIN_PX = 8.5;

    /** The hip canvas's size and text size this layer was placed for, and its offset in that canvas. */
    private double hipWidth = Double.NaN;
    private double hipHeight = Double.NaN;
    private double placedFontPx = Double.NaN;
    private double ox;
    private double oy;

    BoneLayer() {
        super(false);
        setAccessibleRole(AccessibleRole.NODE);
    }

    /**
     * Places the layer over the pelvis in a hip canvas of w × h pixels whose origin is at
     * (canvasX, canvasY) in the parent; draws again only if that moved it or the text size changed.
     */
    void place(double canvasX, double canvasY, double w, double h) {
        HipFrame f = HipFrame.fit(w, h);
        double[] b = bounds(f.mvt);
        double left = Math.max(0, Math.floor(b[0]));
        double top = Math.max(0, Math.floor(b[1]));
        double right = Math.max(left, Math.min(w, Math.ceil(b[2])));
        double bottom = Math.max(top, Math.min(h, Math.ceil(b[3])));
        boolean changed = left != ox || top != oy || w != hipWidth || h != hipHeight || fontPx() != placedFontPx;
        hipWidth = w;
        hipHeight = h;
        placedFontPx = fontPx();
        ox = left;
        oy = top;
        resizeRelocate(canvasX + left, canvasY + top, right - left, bottom - top);
        layout();
        if (changed) {
            redraw();
        }
    }

    /** The pelvis drawing's bounds in the hip canvas: min x, min y, max x, max y. */
    private static double[] bounds(ModelViewTransform mvt) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] pt : PELVIS) {
            minX = Math.min(minX, mvt.toViewX(pt[0]));
            maxX = Math.max(maxX, mvt.toViewX(pt[0]));
            minY = Math.min(minY, mvt.toViewY(pt[1]));
            maxY = Math.max(maxY, mvt.toViewY(pt[1]));
        }
        // the ridge and the socket's rim (as whole circles, a little more than is drawn)
        double[][] circles = {{RIDGE_X, RIDGE_Y, RIDGE_RADIUS}, {0, 0, HEAD_RADIUS * 1.22}};
        for (double[] c : circles) {
            double r = mvt.toViewDistance(c[2]);
            minX = Math.min(minX, mvt.toViewX(c[0]) - r);
            maxX = Math.max(maxX, mvt.toViewX(c[0]) + r);
            minY = Math.min(minY, mvt.toViewY(c[1]) - r);
            maxY = Math.max(maxY, mvt.toViewY(c[1]) + r);
        }
        double pad = Math.max(rimWidth(mvt) / 2 + 1, STROKE_MARGIN_PX);
        return new double[] {minX - pad, minY - pad, maxX + pad, maxY + pad};
    }

    /** The socket rim's line width, the widest stroke of the pelvis. */
    private static double rimWidth(ModelViewTransform mvt) {
        return Math.max(3, mvt.toViewDistance(0.005));
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        if (Double.isNaN(hipWidth)) {
            return;
        }
        g.translate(-ox, -oy);
        HipFrame f = HipFrame.fit(hipWidth, hipHeight);
        ModelViewTransform mvt = f.mvt;
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.setLineWidth(1.5);
        f.polygon(g, PELVIS, true);
        g.setFill(p.panel());
        double[] o = FORAMEN;
        g.fillOval(mvt.toViewX(o[0] - o[2]), mvt.toViewY(o[1] + o[3]), mvt.toViewDistance(2 * o[2]), mvt.toViewDistance(2 * o[3]));
        g.strokeOval(mvt.toViewX(o[0] - o[2]), mvt.toViewY(o[1] + o[3]), mvt.toViewDistance(2 * o[2]), mvt.toViewDistance(2 * o[3]));
        // the ridge: a rounded prominence on the brim
        double r = mvt.toViewDistance(RIDGE_RADIUS);
        g.setFill(p.bone().darker());
        g.fillOval(mvt.toViewX(RIDGE_X) - r, mvt.toViewY(RIDGE_Y) - r, 2 * r, 2 * r);
        g.strokeOval(mvt.toViewX(RIDGE_X) - r, mvt.toViewY(RIDGE_Y) - r, 2 * r, 2 * r);
        // acetabulum: the socket's darker rim around the head
        double ar = mvt.toViewDistance(HEAD_RADIUS * 1.22);
        g.setStroke(p.bone().darker().darker());
        g.setLineWidth(rimWidth(mvt));
        g.strokeArc(mvt.toViewX(0) - ar, mvt.toViewY(0) - ar, 2 * ar, 2 * ar, -20, 230, ArcType.OPEN);
    }
}
