package org.crepituslab.walking.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.crepituslab.framework.Palette;

/**
 * The pelvis of the walker seen from the side, in thigh lengths about the hip joint, turned by the
 * pelvic tilt: the wing of the ilium from the front spine (ASIS) over the crest to the back, down
 * to the sit bone and forward to the pubis, with the hip socket round the femoral head.
 */
final class PelvisDrawing {
    /** The outline in the pelvis's own frame (x forward, y down), from the front spine round the back. */
    private static final double[][] OUTLINE = {
        {0.24, -0.27}, {0.13, -0.44}, {-0.06, -0.5}, {-0.24, -0.42}, {-0.29, -0.29}, {-0.21, -0.13},
        {-0.16, 0.05}, {-0.11, 0.21}, {0.0, 0.19}, {0.05, 0.1}, {0.21, 0.13}, {0.24, 0.05}, {0.11, -0.02},
        {0.14, -0.13}};
    private static final double SOCKET_R = 0.11;

    private PelvisDrawing() {
    }

    static void draw(GraphicsContext g, Palette p, WalkerPose pose, Color outline, double px) {
        int n = OUTLINE.length;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] q = WalkerPose.rotate(OUTLINE[i][0], OUTLINE[i][1], pose.pelvis);
            xs[i] = q[0];
            ys[i] = q[1];
        }
        g.setFill(p.bone());
        g.setStroke(outline);
        g.setLineWidth(1.5 * px);
        g.fillPolygon(xs, ys, n);
        g.strokePolygon(xs, ys, n);
        // the socket (acetabulum) round the femoral head
        g.setStroke(outline);
        g.setLineWidth(2 * px);
        g.strokeOval(-SOCKET_R, -SOCKET_R, 2 * SOCKET_R, 2 * SOCKET_R);
    }
}
