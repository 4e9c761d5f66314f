package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.CONTACT_ANGLE_DEG;
import static org.crepituslab.tendon.view.HipGeometry.CONTACT_DEG_PER_MM;
import static org.crepituslab.tendon.view.HipGeometry.CONTACT_MAX_DEG;
import static org.crepituslab.tendon.view.HipGeometry.CONTACT_MIN_DEG;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_X;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_Y;
import static org.crepituslab.tendon.view.HipGeometry.VIEW_MAX_X;
import static org.crepituslab.tendon.view.HipGeometry.VIEW_MAX_Y;
import static org.crepituslab.tendon.view.HipGeometry.VIEW_MIN_X;
import static org.crepituslab.tendon.view.HipGeometry.VIEW_MIN_Y;

import javafx.scene.canvas.GraphicsContext;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;

/**
 * The hip drawing's coordinates for one canvas size: the model-to-view transform (the whole
 * {@link HipGeometry} view below a title line) and the shapes placed with it. The hip's drawing
 * makes one per frame and hands it to each of its painters, so their parts line up.
 */
final class HipFrame {
    final ModelViewTransform mvt;

    private HipFrame(ModelViewTransform mvt) {
        this.mvt = mvt;
    }

    /** The frame for a canvas of w × h pixels at the current text size. */
    static HipFrame fit(double w, double h) {
        double top = CanvasPane.fontPx() * 1.8;
        ModelViewTransform fitted = ModelViewTransform.fit(VIEW_MIN_X, VIEW_MAX_X, VIEW_MIN_Y, VIEW_MAX_Y, w, h - top);
        return new HipFrame(new ModelViewTransform(fitted.pixelsPerMetre(), fitted.toViewX(0), fitted.toViewY(0) + top));
    }

    /** View point of a spot on the femur: s along the shaft (down when θ = 0), a across it (anterior when θ = 0). */
    double[] femur(double theta, double s, double a) {
        double dx = Math.sin(theta);
        double dy = -Math.cos(theta);
        double nx = Math.cos(theta);
        double ny = Math.sin(theta);
        return new double[] {mvt.toViewX(s * dx + a * nx), mvt.toViewY(s * dy + a * ny)};
    }

    /** Where the tendon touches the ridge in the side view, for its sideways position x (metres). */
    double[] contactPoint(double tendonX) {
        double deg = Math.max(CONTACT_MIN_DEG, Math.min(CONTACT_MAX_DEG, CONTACT_ANGLE_DEG + CONTACT_DEG_PER_MM * tendonX * 1e3));
        double r = RIDGE_RADIUS + 0.004;
        double a = Math.toRadians(deg);
        return new double[] {mvt.toViewX(RIDGE_X + r * Math.cos(a)), mvt.toViewY(RIDGE_Y + r * Math.sin(a))};
    }

    /** Fills and strokes a polygon given in femur coordinates. */
    void femurPolygon(GraphicsContext g, double theta, double[][] local) {
        double[] xs = new double[local.length];
        double[] ys = new double[local.length];
        for (int i = 0; i < local.length; i++) {
            double[] v = femur(theta, local[i][0], local[i][1]);
            xs[i] = v[0];
            ys[i] = v[1];
        }
        g.fillPolygon(xs, ys, xs.length);
        g.strokePolygon(xs, ys, xs.length);
    }

    /** Fills (and strokes) a polygon given in model coordinates. */
    void polygon(GraphicsContext g, double[][] pts, boolean stroke) {
        double[] xs = new double[pts.length];
        double[] ys = new double[pts.length];
        for (int i = 0; i < pts.length; i++) {
            xs[i] = mvt.toViewX(pts[i][0]);
            ys[i] = mvt.toViewY(pts[i][1]);
        }
        g.fillPolygon(xs, ys, xs.length);
        if (stroke) {
            g.strokePolygon(xs, ys, xs.length);
        }
    }

    /** Continues the path with a cubic edge given as (start, control, control, end) in model coordinates. */
    void cubic(GraphicsContext g, double[] c) {
        g.bezierCurveTo(mvt.toViewX(c[2]), mvt.toViewY(c[3]), mvt.toViewX(c[4]), mvt.toViewY(c[5]),
                mvt.toViewX(c[6]), mvt.toViewY(c[7]));
    }
}
