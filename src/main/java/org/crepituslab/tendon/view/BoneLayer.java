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
 * It sits between the thigh's soft tissue and the femur.
 */
final class BoneLayer extends CanvasPane {
    BoneLayer() {
        super(false);
        setAccessibleRole(AccessibleRole.NODE);
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        HipFrame f = HipFrame.fit(w, h);
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
        g.setLineWidth(Math.max(3, mvt.toViewDistance(0.005)));
        g.strokeArc(mvt.toViewX(0) - ar, mvt.toViewY(0) - ar, 2 * ar, 2 * ar, -20, 230, ArcType.OPEN);
    }
}
