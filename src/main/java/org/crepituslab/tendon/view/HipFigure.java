package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.CONDYLE_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.HEAD_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.LESSER_TROCHANTER_A;
import static org.crepituslab.tendon.view.HipGeometry.LESSER_TROCHANTER_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.LESSER_TROCHANTER_S;
import static org.crepituslab.tendon.view.HipGeometry.MUSCLE_BACK_EDGE;
import static org.crepituslab.tendon.view.HipGeometry.MUSCLE_END_X;
import static org.crepituslab.tendon.view.HipGeometry.MUSCLE_END_Y;
import static org.crepituslab.tendon.view.HipGeometry.MUSCLE_FRONT_EDGE;
import static org.crepituslab.tendon.view.HipGeometry.SHAFT_END_S;
import static org.crepituslab.tendon.view.HipGeometry.SHAFT_HALF_WIDTH;
import static org.crepituslab.tendon.view.HipGeometry.TROCHANTER;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The moving parts of the side view above the pelvis: the femur, the muscle and its tendon over
 * the ridge, the ghost of a held hip's target, the snap cue, the title and angle lines, then the
 * {@link CloseUp} and the {@link HipLabels} on top. {@link HipDrawing} paints them last, every frame.
 */
final class HipFigure {
    private final TendonModel model;
    private final SnapCue cue;
    private final CloseUp closeUp;
    private boolean labels = true;

    HipFigure(TendonModel model, SnapCue cue) {
        this.model = model;
        this.cue = cue;
        this.closeUp = new CloseUp(model, cue);
    }

    void setLabels(boolean on) {
        labels = on;
    }

    /** Paints the figure in the frame f of a hip drawing w × h pixels. */
    void paint(GraphicsContext g, Palette p, HipFrame f, double w, double h) {
        double theta = model.hipAngleProperty().get();
        double target = model.targetAngleProperty().get();
        if (model.motionProperty().get() == HipMotion.HOLD && Math.abs(target - theta) > Math.toRadians(1)) {
            drawThighGhost(g, p, f, target);
        }
        drawFemur(g, p, f, theta);
        double[] contact = f.contactPoint(model.tendonXProperty().get());
        drawMuscleAndTendon(g, p, f, theta, contact);
        cue.draw(g, p, contact[0], contact[1], 1, true);
        g.setFont(CanvasPane.boldFont(0.95));
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Strings.get("tendon.hip.title"), 8, 6, w - 16);
        g.setFont(CanvasPane.font(0.85));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        String angle = Strings.format("tendon.hip.angle", HipCanvas.fmt0(Math.toDegrees(theta)));
        String anterior = Strings.get("tendon.hip.anterior");
        g.fillText(angle, w - 8, h - 6);
        // on a narrow drawing the direction is said in a word rather than run into the angle
        if (CanvasPane.textWidth(angle, g.getFont()) + CanvasPane.textWidth(anterior, g.getFont()) + 24 > w) {
            anterior = Strings.get("tendon.hip.anterior.short");
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(anterior, 8, h - 6, Math.max(10, w - CanvasPane.textWidth(angle, g.getFont()) - 24));
        double insetBottom = closeUp.draw(g, p, w);
        if (labels) {
            HipLabels.draw(g, p, f, theta, contact, w, h, insetBottom);
        }
    }

    private static void drawThighGhost(GraphicsContext g, Palette p, HipFrame f, double theta) {
        g.setStroke(HipCanvas.withAlpha(p.axis(), 0.6));
        g.setLineWidth(1.5);
        g.setLineDashes(6, 5);
        double[] a = f.femur(theta, 0.02, 0);
        double[] b = f.femur(theta, SHAFT_END_S, 0);
        g.strokeLine(a[0], a[1], b[0], b[1]);
        g.setLineDashes();
    }

    private static void drawFemur(GraphicsContext g, Palette p, HipFrame f, double theta) {
        ModelViewTransform mvt = f.mvt;
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.setLineWidth(1.5);
        double[][] shaft = {{0.03, -SHAFT_HALF_WIDTH}, {SHAFT_END_S, -SHAFT_HALF_WIDTH * 1.3},
                {SHAFT_END_S, SHAFT_HALF_WIDTH * 1.3}, {0.03, SHAFT_HALF_WIDTH}};
        f.femurPolygon(g, theta, shaft);
        f.femurPolygon(g, theta, TROCHANTER);
        double[] knee = f.femur(theta, SHAFT_END_S, 0);
        double kr = mvt.toViewDistance(CONDYLE_RADIUS);
        g.fillOval(knee[0] - kr, knee[1] - kr, 2 * kr, 2 * kr);
        g.strokeOval(knee[0] - kr, knee[1] - kr, 2 * kr, 2 * kr);
        double[] lt = f.femur(theta, LESSER_TROCHANTER_S, LESSER_TROCHANTER_A);
        double lr = mvt.toViewDistance(LESSER_TROCHANTER_RADIUS);
        g.fillOval(lt[0] - lr, lt[1] - lr, 2 * lr, 2 * lr);
        g.strokeOval(lt[0] - lr, lt[1] - lr, 2 * lr, 2 * lr);
        double hr = mvt.toViewDistance(HEAD_RADIUS);
        g.fillOval(mvt.toViewX(0) - hr, mvt.toViewY(0) - hr, 2 * hr, 2 * hr);
        g.strokeOval(mvt.toViewX(0) - hr, mvt.toViewY(0) - hr, 2 * hr, 2 * hr);
    }

    private static void drawMuscleAndTendon(GraphicsContext g, Palette p, HipFrame f, double theta, double[] contact) {
        ModelViewTransform mvt = f.mvt;
        double[] b = MUSCLE_BACK_EDGE;
        double[] e = MUSCLE_FRONT_EDGE;
        g.setFill(HipCanvas.withAlpha(p.tissue(), 0.9));
        g.setStroke(p.tissue().darker());
        g.setLineWidth(1.2);
        g.beginPath();
        g.moveTo(mvt.toViewX(b[0]), mvt.toViewY(b[1]));
        f.cubic(g, b);
        g.lineTo(mvt.toViewX(e[0]), mvt.toViewY(e[1]));
        f.cubic(g, e);
        g.closePath();
        g.fill();
        g.stroke();
        // a few fibre lines so the belly reads as muscle
        g.setStroke(HipCanvas.withAlpha(p.tissue().darker(), 0.7));
        g.setLineWidth(1);
        for (double k = 0.25; k < 0.9; k += 0.22) {
            g.beginPath();
            double sx = b[0] + k * (e[6] - b[0]);
            double sy = b[1];
            g.moveTo(mvt.toViewX(sx), mvt.toViewY(sy));
            g.quadraticCurveTo(mvt.toViewX(b[4] + k * (e[2] - b[4])), mvt.toViewY(b[5] + k * (e[3] - b[5])),
                    mvt.toViewX(MUSCLE_END_X), mvt.toViewY(MUSCLE_END_Y));
            g.stroke();
        }
        double[] lt = f.femur(theta, LESSER_TROCHANTER_S, LESSER_TROCHANTER_A);
        double sx = mvt.toViewX(MUSCLE_END_X);
        double sy = mvt.toViewY(MUSCLE_END_Y);
        // a quadratic through the contact point (at its midpoint): control = 2·contact − mean(ends)
        double cx = 2 * contact[0] - (sx + lt[0]) / 2;
        double cy = 2 * contact[1] - (sy + lt[1]) / 2;
        g.setLineCap(StrokeLineCap.ROUND);
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? p.axis() : p.fluid());
            g.setLineWidth(mvt.toViewDistance(0.0075) + (pass == 0 ? 3 : 0));
            g.beginPath();
            g.moveTo(sx, sy);
            g.quadraticCurveTo(cx, cy, lt[0], lt[1]);
            g.stroke();
        }
        g.setLineCap(StrokeLineCap.SQUARE);
    }
}
