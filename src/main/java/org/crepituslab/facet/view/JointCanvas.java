package org.crepituslab.facet.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.Stage;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.Themes;

/**
 * The labelled drawing of a lumbar facet joint at true scale: the two articular processes with
 * their cartilage, the synovial fluid between them and in the capsule's recess, the capsule, the
 * bubble at its model radius, the pull, a scale bar, the labels ({@link JointLabels}) and the pop
 * ({@link PopMarker}). It is redrawn when what it shows has moved by a fraction of a pixel (see
 * {@link #update}), not every frame: at rest a full-size redraw would cost the frame for nothing.
 * Its input is handled by {@link JointDragListener} and {@link JointKeyListener}.
 */
final class JointCanvas extends CanvasPane {
    /** Drawn thickness of the fluid film at rest, m (the real film is thinner; this keeps it visible). */
    private static final double FILM = 0.15e-3;
    static final double CARTILAGE = FacetConstants.CARTILAGE_THICKNESS;
    private static final double CAPSULE = FacetConstants.CAPSULE_THICKNESS;
    /** The part of the model shown, m. */
    static final double VIEW_HALF_WIDTH = 13.5e-3;
    private static final double VIEW_HALF_HEIGHT = 8.5e-3;
    /** Right edge of the joint surfaces, m: the bubble sits just beyond, in the capsule's recess. */
    private static final double MARGIN_X = 5.2e-3;

    private final Joint joint;
    private ModelViewTransform mvt = new ModelViewTransform(1, 0, 0);
    private boolean labels = true;
    private final PopMarker popMarker = new PopMarker();
    private boolean wasFlashing;
    private boolean reducedMotion;

    JointCanvas(Joint joint) {
        super(false);
        this.joint = joint;
        setId("facet-joint");
        setMinSize(260, 180);
        setPrefSize(640, 420);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(Strings.get("facet.drawing"));
        setAccessibleHelp(Strings.get("facet.drawing.help"));
    }

    void setLabelsVisible(boolean on) {
        labels = on;
        redraw();
    }

    void setReducedMotion(boolean on) {
        if (on != reducedMotion) {
            reducedMotion = on;
            popMarker.setReducedMotion(on);
            redraw();
        }
    }

    void setExplanation(SoundExplanation e) {
        popMarker.setExplanation(e);
        redraw();
    }

    /** Starts the visual cue of a pop. */
    void flash() {
        popMarker.flash();
        redraw();
    }

    /** Ends the visual cue of a pop at once. */
    void clearFlash() {
        popMarker.clear();
        redraw();
    }

    /**
     * Advances the flash by real seconds and redraws if anything shown has changed: the rings, the
     * gap, the bubble, the pull (and its words) or whether the joint is popping. The state is
     * compared in quarter pixels, so the picture is never more than a quarter pixel behind the model.
     */
    void update(double realDt) {
        popMarker.advance(realDt);
        boolean flashing = popMarker.isFlashing();
        if (flashing || wasFlashing) {
            redraw(); // the rings spread every frame, and their last frame must be wiped
        } else {
            double px = mvt.toViewDistance(1);
            redrawIfChanged(new Shown(Math.round(joint.gap() * px * 4), Math.round(joint.bubbleRadius() * px * 4),
                    Math.round(joint.stretch().pull() * px * 4), mm(joint.stretch().pull()),
                    joint.stage() == Stage.CAVITATION, labels));
        }
        wasFlashing = flashing;
    }

    /** What the drawing shows of the model: gap, bubble radius and pull in quarter pixels, the pull's words, the stage. */
    private record Shown(long gap, long bubble, long pull, String pullWords, boolean popping, boolean labels) {
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        mvt = ModelViewTransform.fit(-VIEW_HALF_WIDTH, VIEW_HALF_WIDTH, -VIEW_HALF_HEIGHT, VIEW_HALF_HEIGHT, w, h);
        // no background fill: the window's background shows through, one full-size fill fewer per frame
        double half = (FILM + joint.gap()) / 2;

        drawFluid(g, p, half);
        drawBubble(g, p, half);
        drawBone(g, p, half, 1);
        drawBone(g, p, half, -1);
        drawCapsule(g, p, half);
        List<Rectangle2D> taken = new ArrayList<>();
        drawScaleBar(g, p, w, h, taken);
        if (labels) {
            JointLabels.draw(g, p, mvt, getWidth(), getHeight(), half, joint.bubbleRadius(), taken);
        }
        drawPull(g, p, half, taken);
        popMarker.draw(g, p, mvt, w, h, joint.stage() == Stage.CAVITATION, joint.bubbleRadius(), taken);
    }

    private void drawFluid(GraphicsContext g, Palette p, double half) {
        g.setFill(p.fluid());
        g.beginPath();
        double top = half + 3.2e-3;
        moveTo(g, -8.6e-3, top);
        curveTo(g, -11.5e-3, top, -12.2e-3, -top, -8.6e-3, -top);
        lineTo(g, 4.6e-3, -top);
        curveTo(g, 12.5e-3, -top - 0.5e-3, 12.5e-3, top + 0.5e-3, 4.6e-3, top);
        g.closePath();
        g.fill();
    }

    private void drawBone(GraphicsContext g, Palette p, double half, int side) {
        double s = side;
        double surface = half * s;
        double left = side > 0 ? -9.0e-3 : -7.6e-3;
        double right = side > 0 ? MARGIN_X : MARGIN_X + 0.6e-3;
        // cartilage: a band on the articular surface, rounded at its ends
        g.setFill(p.cartilage());
        g.beginPath();
        moveTo(g, left + 0.4e-3, surface);
        lineTo(g, right - 0.2e-3, surface);
        curveTo(g, right + 0.2e-3, surface, right + 0.2e-3, surface + s * CARTILAGE, right - 0.3e-3,
                surface + s * CARTILAGE);
        lineTo(g, left, surface + s * CARTILAGE);
        curveTo(g, left - 0.2e-3, surface + s * CARTILAGE * 0.5, left, surface, left + 0.4e-3, surface);
        g.closePath();
        g.fill();
        g.setStroke(p.cartilage().darker());
        g.setLineWidth(1);
        g.stroke();
        // bone: the articular process rising from the cartilage
        double base = surface + s * CARTILAGE;
        g.setFill(p.bone());
        g.beginPath();
        moveTo(g, left - 0.6e-3, base);
        lineTo(g, right, base);
        curveTo(g, right + 1.6e-3, base + s * 0.8e-3, right + 0.8e-3, base + s * 4.0e-3, right - 1.2e-3,
                base + s * 5.2e-3);
        lineTo(g, right - 1.5e-3, base + s * 8e-3);
        lineTo(g, left + 2.5e-3, base + s * 8e-3);
        curveTo(g, left, base + s * 6e-3, left - 2.2e-3, base + s * 2.5e-3, left - 0.6e-3, base);
        g.closePath();
        g.fill();
        g.setStroke(p.bone().darker().darker());
        g.setLineWidth(1.5);
        g.stroke();
    }

    private void drawCapsule(GraphicsContext g, Palette p, double half) {
        g.setStroke(p.capsule());
        g.setLineWidth(Math.max(2, mvt.toViewDistance(CAPSULE)));
        g.setLineCap(StrokeLineCap.ROUND);
        double top = half + CARTILAGE + 2.6e-3;
        g.beginPath();
        moveTo(g, MARGIN_X - 0.5e-3, top);
        curveTo(g, 13.2e-3, top + 0.8e-3, 13.2e-3, -top - 0.8e-3, MARGIN_X, -top);
        g.stroke();
        g.beginPath();
        moveTo(g, -8.8e-3, top - 0.4e-3);
        curveTo(g, -12.8e-3, top, -12.8e-3, -top, -7.6e-3, -top + 0.2e-3);
        g.stroke();
    }

    /** Where the bubble is drawn: at the joint margin, growing into the recess. */
    static double bubbleX(double r) {
        return MARGIN_X + 0.3e-3 + Math.max(r, 0.3e-3);
    }

    /**
     * The cavity where it forms, between the parted surfaces: a flat lens as thick as the gap,
     * as wide as its volume needs (up to most of the surfaces); whatever does not fit bulges into
     * the capsule's recess. A leftover bubble in a closed joint sits in the recess only.
     */
    private void drawBubble(GraphicsContext g, Palette p, double half) {
        double r = joint.bubbleRadius();
        if (r <= 0) {
            return;
        }
        double volume = 4.0 / 3.0 * Math.PI * r * r * r;
        double thickness = 2 * half - FILM;
        double recess = volume;
        if (thickness > 0.02e-3) {
            double maxWidth = MARGIN_X - 0.6e-3;
            double width = Math.min(maxWidth, Math.sqrt(volume / (Math.PI * thickness)));
            recess = Math.max(0, volume - Math.PI * width * width * thickness);
            double x0 = mvt.toViewX(-width);
            double x1 = mvt.toViewX(width);
            double y0 = mvt.toViewY(half);
            double y1 = mvt.toViewY(-half);
            g.setFill(p.gas());
            g.fillOval(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.max(2, Math.abs(y1 - y0)));
            g.setStroke(p.seriesColor(0));
            g.setLineWidth(2);
            g.strokeOval(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.max(2, Math.abs(y1 - y0)));
        }
        double rr = Math.cbrt(recess * 3 / (4 * Math.PI));
        if (rr <= 0) {
            return;
        }
        double cx = mvt.toViewX(bubbleX(rr));
        double cy = mvt.toViewY(0);
        double pr = Math.max(1.5, mvt.toViewDistance(rr));
        g.setFill(p.gas());
        g.fillOval(cx - pr, cy - pr, 2 * pr, 2 * pr);
        // a coloured rim and highlight: the white bubble must stand out on the pale fluid in both themes
        g.setStroke(p.seriesColor(0));
        g.setLineWidth(2);
        g.strokeOval(cx - pr, cy - pr, 2 * pr, 2 * pr);
        g.setLineWidth(1);
        g.strokeArc(cx - pr * 0.7, cy - pr * 0.7, pr * 1.4, pr * 1.4, 100, 70, ArcType.OPEN);
    }

    private void drawPull(GraphicsContext g, Palette p, double half, List<Rectangle2D> taken) {
        double pull = joint.stretch().pull();
        if (pull <= 0) {
            return;
        }
        // arrows on both processes, 3 mm per mm of pull so a fraction of a millimetre shows
        double len = mvt.toViewDistance(pull * 3);
        double x = mvt.toViewX(-1.5e-3);
        double yTop = mvt.toViewY(half + CARTILAGE + 2.2e-3);
        double yBottom = mvt.toViewY(-half - CARTILAGE - 2.2e-3);
        g.setStroke(p.seriesColor(1));
        g.setFill(p.seriesColor(1));
        g.setLineWidth(Math.max(3, fontPx() * 0.2));
        arrow(g, x, yTop, x, yTop - len);
        arrow(g, x, yBottom, x, yBottom + len);
        // its words beside an arrow, wherever they cover no label
        Font f = labelFont(0.95, getWidth());
        String text = Strings.format("facet.label.pull", mm(pull));
        double bw = textWidth(text, f) + 8;
        double bh = f.getSize() * 1.4 + 6;
        double gap = 10;
        List<Rectangle2D> wishes = List.of(
                new Rectangle2D(x + gap, yTop - len / 2 - bh / 2, bw, bh),
                new Rectangle2D(x + gap, yBottom + len / 2 - bh / 2, bw, bh),
                new Rectangle2D(x + gap, yTop - len - bh, bw, bh),
                new Rectangle2D(x + gap, yBottom + len, bw, bh),
                new Rectangle2D(x - gap - bw, yTop - len / 2 - bh / 2, bw, bh),
                new Rectangle2D(x - gap - bw, yBottom + len / 2 - bh / 2, bw, bh));
        Rectangle2D box = FreeSpot.choose(wishes, getWidth(), getHeight(), taken);
        // on a pale box like the other labels: the bone behind it is pale too
        g.setFill(p.panel().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(box.getMinX(), box.getMinY(), bw, bh, 6, 6);
        g.setFont(f);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, box.getMinX() + 4, box.getMinY() + bh / 2);
    }

    private static void arrow(GraphicsContext g, double x0, double y0, double x1, double y1) {
        g.strokeLine(x0, y0, x1, y1);
        double dir = Math.signum(y1 - y0);
        double head = Math.max(7, fontPx() * 0.45);
        g.fillPolygon(new double[] {x1 - head, x1 + head, x1}, new double[] {y1 - dir * head, y1 - dir * head, y1 + dir * 2}, 3);
    }

    /** A 1 mm bar in the bottom right corner, clear of the labels on the left. */
    private void drawScaleBar(GraphicsContext g, Palette p, double w, double h, List<Rectangle2D> taken) {
        double len = mvt.toViewDistance(1e-3);
        Font f = labelFont(0.9, getWidth());
        double x = w - len - textWidth(Strings.get("facet.scale"), f) - 18;
        double y = h - f.getSize() * 0.8 - 8;
        g.setStroke(p.text());
        g.setLineWidth(3);
        g.strokeLine(x, y, x + len, y);
        g.setLineWidth(1.5);
        g.strokeLine(x, y - 5, x, y + 5);
        g.strokeLine(x + len, y - 5, x + len, y + 5);
        g.setFill(p.text());
        g.setFont(f);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Strings.get("facet.scale"), x + len + 6, y);
        taken.add(new Rectangle2D(x - 4, y - f.getSize(), w - x, 2 * f.getSize()));
    }

    /**
     * Label text: the UI size, but small enough that the labels fit a drawing {@code width} px wide
     * (the longest on two lines, see {@link JointLabels}).
     */
    static Font labelFont(double scale, double width) {
        // as large as the text setting asks, up to what lets the longest label fit beside the joint
        double px = Math.max(10, Math.min(Themes.fontPx() * scale, width / 28));
        return Font.font("DejaVu Sans", px);
    }

    private void moveTo(GraphicsContext g, double x, double y) {
        g.moveTo(mvt.toViewX(x), mvt.toViewY(y));
    }

    private void lineTo(GraphicsContext g, double x, double y) {
        g.lineTo(mvt.toViewX(x), mvt.toViewY(y));
    }

    private void curveTo(GraphicsContext g, double x1, double y1, double x2, double y2, double x3, double y3) {
        g.bezierCurveTo(mvt.toViewX(x1), mvt.toViewY(y1), mvt.toViewX(x2), mvt.toViewY(y2), mvt.toViewX(x3),
                mvt.toViewY(y3));
    }

    static String mm(double metres) {
        return String.format(Strings.locale(), "%.2f", metres * 1e3);
    }
}
