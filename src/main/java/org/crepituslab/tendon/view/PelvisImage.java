package org.crepituslab.tendon.view;

import static org.crepituslab.tendon.view.HipGeometry.FORAMEN;
import static org.crepituslab.tendon.view.HipGeometry.HEAD_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.PELVIS;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_RADIUS;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_X;
import static org.crepituslab.tendon.view.HipGeometry.RIDGE_Y;

import java.util.List;
import java.util.Objects;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;

/**
 * The pelvis, which never moves, kept as an image of its bounding box: drawn on a canvas of its own
 * (never shown) and taken with a snapshot only when the size, theme, text size or screen scale
 * changes, then copied into the hip's drawing every frame. One image copy costs far less than a
 * second full-size canvas layer to composite, or than the pelvis's outlines rasterised every frame.
 * The box sits at a whole-pixel offset in the hip drawing, so what the image holds falls on the
 * same pixels as if the pelvis were drawn there.
 */
final class PelvisImage {
    /**
     * Room beyond the outlines' centre lines, pixels: a mitred corner of the 1.5 px outline can
     * reach 10 (the miter limit) half-widths out, plus a pixel of anti-aliasing.
     */
    private static final double STROKE_MARGIN_PX = 8.5;

    /** What the image was drawn for (hip drawing size, text size, palette, screen scale); null before. */
    private List<Object> drawnFor;
    private Image image;
    /** The pelvis box's top left corner in the hip drawing, whole pixels. */
    private double ox;
    private double oy;

    /**
     * Paints the pelvis on a hip drawing w × h pixels laid out by f, first drawing its image again
     * if anything it depends on changed. scaleX and scaleY are the screen's pixels per pixel of
     * layout, so that the image is as sharp as the canvas it is copied into.
     */
    void paint(GraphicsContext g, Palette p, HipFrame f, double w, double h, double scaleX, double scaleY) {
        List<Object> key = List.of(w, h, CanvasPane.fontPx(), p, scaleX, scaleY);
        if (!Objects.equals(key, drawnFor)) {
            image = render(p, f, w, h, scaleX, scaleY);
            drawnFor = key;
        }
        if (image != null) {
            g.drawImage(image, ox, oy, image.getWidth() / scaleX, image.getHeight() / scaleY);
        }
    }

    /** Places the pelvis's box in the hip drawing and draws the pelvis there; null when the box is empty. */
    private Image render(Palette p, HipFrame f, double w, double h, double scaleX, double scaleY) {
        double[] b = bounds(f.mvt);
        ox = Math.max(0, Math.floor(b[0]));
        oy = Math.max(0, Math.floor(b[1]));
        double width = Math.max(ox, Math.min(w, Math.ceil(b[2]))) - ox;
        double height = Math.max(oy, Math.min(h, Math.ceil(b[3]))) - oy;
        if (width < 1 || height < 1) {
            return null;
        }
        // a fresh canvas each time, drawn once and dropped. On a scaled screen it has the screen's pixels
        // and the drawing is scaled into it: a snapshot taken with a scale would only enlarge 1:1 pixels
        Canvas canvas = new Canvas(Math.ceil(width * scaleX), Math.ceil(height * scaleY));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(scaleX, scaleY);
        g.translate(-ox, -oy);
        draw(g, p, f);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, null);
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

    private static void draw(GraphicsContext g, Palette p, HipFrame f) {
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
