package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.FORAMEN;
import static org.crepituslab.tendon.view.HipGeometry.HEAD_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.PELVIS;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_X;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_Y;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;

/**
 * The pelvis, which never moves, painted into the hip's one drawing between the thigh's soft tissue
 * and the femur. Painting its few shapes each frame costs little next to what one canvas instead
 * of three layers saved; keeping it as a snapshot image instead would need the FX thread for every
 * redraw (a theme change from another thread would fail) for a further fraction of a millisecond.
 */
final class Pelvis {
    private Pelvis() {
    }

    /** The socket rim's line width, the widest stroke of the pelvis. */
    private static double rimWidth(ModelViewTransform mvt) {
        return Math.max(3, mvt.toViewDistance(0.005));
    }

    static void paint(GraphicsContext g, Palette p, HipFrame f) {
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
