package org.crepituslab.tendon.view;

import org.crepituslab.framework.CanvasPane;
import static org.crepituslab.tendon.view.HipGeometry.*;

import java.util.function.DoubleConsumer;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.tendon.model.HipMotion;
import org.crepituslab.tendon.model.TendonConstants;
import org.crepituslab.tendon.model.TendonModel;

/**
 * The side view of the hip: pelvis, femoral head, thigh with the lesser trochanter, and the
 * iliopsoas muscle whose tendon runs over the iliopectineal eminence. The thigh follows the model's
 * hip angle; dragging anywhere (or Up/Down, Page Up/Down with focus) moves it. A close-up inset shows
 * the tendon's real side-to-side position over the ridge with the spring pulling it to its rest path.
 */
final class HipCanvas extends CanvasPane {
    /** Degrees per Up/Down key press, and per Page Up/Down. */
    private static final double KEY_STEP_DEG = 2;
    private static final double PAGE_STEP_DEG = 10;
    /** Visual cue lengths: the ring animation, and the static highlight when motion is reduced. */
    private static final double FLASH_SECONDS = 0.6;
    private static final double STILL_CUE_SECONDS = 1.2;
    /** Snap cue ring: starting radius and how far it grows, pixels. */
    private static final double CUE_RING_PX = 18;
    private static final double CUE_GROWTH_PX = 40;
    /** Side-to-side range of the close-up, metres. */
    private static final double CLOSE_UP_HALF_RANGE = 7e-3;

    private final TendonModel model;
    private final DoubleConsumer onAngle;
    private ModelViewTransform mvt;
    private boolean labels = true;
    private boolean reducedMotion;
    private long cueStartNanos = Long.MIN_VALUE;
    private double cueStrength;

    HipCanvas(TendonModel model, DoubleConsumer onAngle) {
        super(true);
        this.model = model;
        this.onAngle = onAngle;
        setId("tendon-hip");
        setFocusTraversable(true);
        setCursor(Cursor.HAND);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleHelp(Strings.get("tendon.hip.help"));
        setPrefSize(520, 600);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            drag(e);
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        updateAccessibleText();
    }

    void setLabels(boolean on) {
        labels = on;
        redraw();
    }

    void setReducedMotion(boolean on) {
        reducedMotion = on;
    }

    /** Starts the visual snap cue; strength 0..1 follows the released energy. */
    void cue(double strength) {
        cueStartNanos = System.nanoTime();
        cueStrength = Math.max(0.25, Math.min(1, strength));
    }

    /** True while the snap cue is visible (for tests and the fuzzer). */
    boolean cueVisible() {
        return cueAge() < (reducedMotion ? STILL_CUE_SECONDS : FLASH_SECONDS);
    }

    /** True when the cue is drawn as a steady marker (reduced motion) rather than an expanding ring. */
    boolean reducedMotionCue() {
        return reducedMotion;
    }

    private double cueAge() {
        return cueStartNanos == Long.MIN_VALUE ? Double.POSITIVE_INFINITY : (System.nanoTime() - cueStartNanos) / 1e9;
    }

    private void drag(MouseEvent e) {
        if (mvt == null) {
            return;
        }
        double mx = mvt.toModelX(e.getX());
        double my = mvt.toModelY(e.getY());
        if (Math.hypot(mx, my) < HEAD_RADIUS * 0.5) {
            return;
        }
        // θ is measured from the thigh hanging straight down, positive towards the front (flexion)
        onAngle.accept(Math.atan2(mx, -my));
        e.consume();
    }

    private void key(KeyEvent e) {
        double step = switch (e.getCode()) {
            case UP -> KEY_STEP_DEG;
            case DOWN -> -KEY_STEP_DEG;
            case PAGE_UP -> PAGE_STEP_DEG;
            case PAGE_DOWN -> -PAGE_STEP_DEG;
            default -> 0;
        };
        if (step != 0) {
            double from = model.motionProperty().get() == HipMotion.HOLD
                    ? model.targetAngleProperty().get() : model.hipAngleProperty().get();
            onAngle.accept(from + Math.toRadians(step));
            e.consume();
        }
    }

    /**
     * Keeps the accessible text on the whole-degree angle. It is announced only while the user moves
     * the hip: a running cycle would otherwise make a screen reader talk without pause.
     */
    void updateAccessibleText() {
        String text = Strings.format("tendon.hip.accessible", Math.round(Math.toDegrees(model.hipAngleProperty().get())));
        if (!text.equals(getAccessibleText())) {
            setAccessibleText(text);
            if (model.motionProperty().get() == HipMotion.HOLD) {
                notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            }
        }
    }

    /** View coordinates of the ridge contact point (for tests that click near it). */
    double[] ridgeInView() {
        return mvt == null ? new double[] {0, 0} : new double[] {mvt.toViewX(RIDGE_X), mvt.toViewY(RIDGE_Y)};
    }

    ModelViewTransform transform() {
        return mvt;
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fp = fontPx();
        double top = fp * 1.8;
        ModelViewTransform fitted = ModelViewTransform.fit(VIEW_MIN_X, VIEW_MAX_X, VIEW_MIN_Y, VIEW_MAX_Y, w, h - top);
        mvt = new ModelViewTransform(fitted.pixelsPerMetre(), fitted.toViewX(0), fitted.toViewY(0) + top);

        double theta = model.hipAngleProperty().get();
        double x = model.tendonXProperty().get();

        drawThigh(g, p, theta);
        drawPelvis(g, p);
        if (model.motionProperty().get() == HipMotion.HOLD
                && Math.abs(model.targetAngleProperty().get() - theta) > Math.toRadians(1)) {
            drawThighGhost(g, p, model.targetAngleProperty().get());
        }
        drawFemur(g, p, theta);
        double[] contact = contactPoint(x);
        drawMuscleAndTendon(g, p, theta, contact);
        drawCue(g, p, contact[0], contact[1], 1, true);
        g.setFont(boldFont(0.95));
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Strings.get("tendon.hip.title"), 8, 6);
        g.setFont(font(0.85));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Strings.format("tendon.hip.angle", fmt0(Math.toDegrees(theta))), w - 8, h - 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Strings.get("tendon.hip.anterior"), 8, h - 6);
        double insetBottom = drawCloseUp(g, p, w, h, fp);
        if (labels) {
            drawLabels(g, p, theta, contact, w, h, insetBottom);
        }
    }

    private double[] contactPoint(double tendonX) {
        double deg = Math.max(CONTACT_MIN_DEG, Math.min(CONTACT_MAX_DEG, CONTACT_ANGLE_DEG + CONTACT_DEG_PER_MM * tendonX * 1e3));
        double r = RIDGE_RADIUS + 0.004;
        double a = Math.toRadians(deg);
        return new double[] {mvt.toViewX(RIDGE_X + r * Math.cos(a)), mvt.toViewY(RIDGE_Y + r * Math.sin(a))};
    }

    private void drawPelvis(GraphicsContext g, Palette p) {
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.setLineWidth(1.5);
        polygon(g, PELVIS, true);
        g.setFill(p.panel());
        double[] f = FORAMEN;
        g.fillOval(mvt.toViewX(f[0] - f[2]), mvt.toViewY(f[1] + f[3]), mvt.toViewDistance(2 * f[2]), mvt.toViewDistance(2 * f[3]));
        g.strokeOval(mvt.toViewX(f[0] - f[2]), mvt.toViewY(f[1] + f[3]), mvt.toViewDistance(2 * f[2]), mvt.toViewDistance(2 * f[3]));
        // the ridge: a rounded prominence on the brim
        double r = mvt.toViewDistance(RIDGE_RADIUS);
        g.setFill(p.bone().darker());
        g.fillOval(mvt.toViewX(RIDGE_X) - r, mvt.toViewY(RIDGE_Y) - r, 2 * r, 2 * r);
        g.strokeOval(mvt.toViewX(RIDGE_X) - r, mvt.toViewY(RIDGE_Y) - r, 2 * r, 2 * r);
        // acetabulum: the socket's darker rim around the head
        double ar = mvt.toViewDistance(HEAD_RADIUS * 1.22);
        g.setStroke(p.bone().darker().darker());
        g.setLineWidth(Math.max(3, mvt.toViewDistance(0.005)));
        g.strokeArc(mvt.toViewX(0) - ar, mvt.toViewY(0) - ar, 2 * ar, 2 * ar, -20, 230, javafx.scene.shape.ArcType.OPEN);
    }

    private void drawThigh(GraphicsContext g, Palette p, double theta) {
        // a filled outline rather than a very wide round-capped stroke, which is slow to rasterise in software
        g.setFill(withAlpha(p.tissue(), 0.35));
        double hw = THIGH_HALF_WIDTH;
        double[][] band = {{0.02, -hw}, {SHAFT_END_S, -hw}, {SHAFT_END_S, hw}, {0.02, hw}};
        double[] xs = new double[band.length];
        double[] ys = new double[band.length];
        for (int i = 0; i < band.length; i++) {
            double[] v = femur(theta, band[i][0], band[i][1]);
            xs[i] = v[0];
            ys[i] = v[1];
        }
        g.fillPolygon(xs, ys, xs.length);
        double[] end = femur(theta, SHAFT_END_S, 0);
        double r = mvt.toViewDistance(hw);
        g.fillArc(end[0] - r, end[1] - r, 2 * r, 2 * r, Math.toDegrees(theta) + 180, 180, javafx.scene.shape.ArcType.CHORD);
    }

    private void drawThighGhost(GraphicsContext g, Palette p, double theta) {
        g.setStroke(withAlpha(p.axis(), 0.6));
        g.setLineWidth(1.5);
        g.setLineDashes(6, 5);
        double[] a = femur(theta, 0.02, 0);
        double[] b = femur(theta, SHAFT_END_S, 0);
        g.strokeLine(a[0], a[1], b[0], b[1]);
        g.setLineDashes();
    }

    private void drawFemur(GraphicsContext g, Palette p, double theta) {
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.setLineWidth(1.5);
        double[][] shaft = {{0.03, -SHAFT_HALF_WIDTH}, {SHAFT_END_S, -SHAFT_HALF_WIDTH * 1.3},
                {SHAFT_END_S, SHAFT_HALF_WIDTH * 1.3}, {0.03, SHAFT_HALF_WIDTH}};
        femurPolygon(g, theta, shaft);
        femurPolygon(g, theta, TROCHANTER);
        double[] knee = femur(theta, SHAFT_END_S, 0);
        double kr = mvt.toViewDistance(CONDYLE_RADIUS);
        g.fillOval(knee[0] - kr, knee[1] - kr, 2 * kr, 2 * kr);
        g.strokeOval(knee[0] - kr, knee[1] - kr, 2 * kr, 2 * kr);
        double[] lt = femur(theta, LESSER_TROCHANTER_S, LESSER_TROCHANTER_A);
        double lr = mvt.toViewDistance(LESSER_TROCHANTER_RADIUS);
        g.fillOval(lt[0] - lr, lt[1] - lr, 2 * lr, 2 * lr);
        g.strokeOval(lt[0] - lr, lt[1] - lr, 2 * lr, 2 * lr);
        double hr = mvt.toViewDistance(HEAD_RADIUS);
        g.fillOval(mvt.toViewX(0) - hr, mvt.toViewY(0) - hr, 2 * hr, 2 * hr);
        g.strokeOval(mvt.toViewX(0) - hr, mvt.toViewY(0) - hr, 2 * hr, 2 * hr);
    }

    private void drawMuscleAndTendon(GraphicsContext g, Palette p, double theta, double[] contact) {
        double[] b = MUSCLE_BACK_EDGE;
        double[] f = MUSCLE_FRONT_EDGE;
        g.setFill(withAlpha(p.tissue(), 0.9));
        g.setStroke(p.tissue().darker());
        g.setLineWidth(1.2);
        g.beginPath();
        g.moveTo(mvt.toViewX(b[0]), mvt.toViewY(b[1]));
        cubic(g, b);
        g.lineTo(mvt.toViewX(f[0]), mvt.toViewY(f[1]));
        cubic(g, f);
        g.closePath();
        g.fill();
        g.stroke();
        // a few fibre lines so the belly reads as muscle
        g.setStroke(withAlpha(p.tissue().darker(), 0.7));
        g.setLineWidth(1);
        for (double k = 0.25; k < 0.9; k += 0.22) {
            g.beginPath();
            double sx = b[0] + k * (f[6] - b[0]);
            double sy = b[1];
            g.moveTo(mvt.toViewX(sx), mvt.toViewY(sy));
            g.quadraticCurveTo(mvt.toViewX(b[4] + k * (f[2] - b[4])), mvt.toViewY(b[5] + k * (f[3] - b[5])),
                    mvt.toViewX(MUSCLE_END_X), mvt.toViewY(MUSCLE_END_Y));
            g.stroke();
        }
        double[] lt = femur(theta, LESSER_TROCHANTER_S, LESSER_TROCHANTER_A);
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

    private void cubic(GraphicsContext g, double[] c) {
        g.bezierCurveTo(mvt.toViewX(c[2]), mvt.toViewY(c[3]), mvt.toViewX(c[4]), mvt.toViewY(c[5]),
                mvt.toViewX(c[6]), mvt.toViewY(c[7]));
    }

    private void drawCue(GraphicsContext g, Palette p, double cx, double cy, double scale, boolean withText) {
        double age = cueAge();
        if (!cueVisible()) {
            return;
        }
        g.setStroke(p.alert());
        g.setFill(p.alert());
        // the ring is sized in pixels, not text units: at large text sizes it must not swamp the hip
        double base = CUE_RING_PX * scale;
        if (reducedMotion) {
            // a steady marker: no growth, no fading, no flashing
            g.setLineWidth(3);
            g.strokeOval(cx - base, cy - base, 2 * base, 2 * base);
        } else {
            double f = age / FLASH_SECONDS;
            double r = base + f * CUE_GROWTH_PX * scale * cueStrength;
            g.setGlobalAlpha(1 - f);
            g.setLineWidth(2 + 3 * cueStrength);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setGlobalAlpha(1);
        }
        if (!withText) {
            return;
        }
        g.setFont(boldFont(1.1));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Strings.get("tendon.hip.snapCue"), cx - base - 6, cy - base);
    }

    /**
     * Labels sit in two columns at the canvas edges, each with a leader line to what it names: the
     * left column for the pelvis side, the right one (below the close-up) for the front structures.
     * Each column is pushed apart so boxes never overlap, and kept inside the canvas, whatever the
     * text size.
     */
    private void drawLabels(GraphicsContext g, Palette p, double theta, double[] contact, double w, double h,
                            double insetBottom) {
        double[] lt = femur(theta, LESSER_TROCHANTER_S, LESSER_TROCHANTER_A);
        double[] knee = femur(theta, SHAFT_END_S - 0.02, 0);
        double[] tendonMid = {(contact[0] + lt[0]) / 2, (contact[1] + lt[1]) / 2};
        double fp = fontPx();
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
        column(g, p, leftKeys, left, 8, true, fp * 1.9 + rowH / 2, bottomLimit, rowH, w);
        column(g, p, rightKeys, right, w - 8, false, insetBottom + rowH / 2 + 4, bottomLimit, rowH, w);
    }

    private void column(GraphicsContext g, Palette p, String[] keys, double[][] spots, double edgeX, boolean leftSide,
                        double minY, double maxY, double rowH, double w) {
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
        g.setFont(font(0.85));
        double th = fontPx() * 1.15;
        for (int i = 0; i < n; i++) {
            String text = Strings.get(keys[i]);
            double tw = Math.min(TextMeasure.width(text, g.getFont()), w * 0.45);
            double bx = leftSide ? edgeX : edgeX - tw;
            double nearX = leftSide ? bx + tw + 3 : bx - 3;
            g.setStroke(p.axis());
            g.setLineWidth(1);
            g.strokeLine(spots[i][0], spots[i][1], nearX, ys[i]);
            g.setFill(withAlpha(p.panel(), 0.88));
            g.fillRoundRect(bx - 3, ys[i] - th / 2 - 1, tw + 6, th + 2, 6, 6);
            g.setFill(p.text());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text, bx, ys[i], tw);
        }
    }

    /** The close-up across the ridge: bone profile, the tendon's cross-section at x, the spring to x0. Returns its bottom y. */
    private double drawCloseUp(GraphicsContext g, Palette p, double w, double h, double fp) {
        double iw = Math.max(160, Math.min(w * 0.42, fp * 22));
        double ih = Math.max(iw * 0.5, fp * 7.5);
        double ix = w - iw - 8;
        double iy = fp * 1.9;
        g.setFill(p.panel());
        g.setStroke(p.axis());
        g.setLineWidth(1.2);
        g.fillRoundRect(ix, iy, iw, ih, 8, 8);
        g.strokeRoundRect(ix, iy, iw, ih, 8, 8);
        g.setFont(font(0.8));
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
        double ridgeH = room * 0.4;
        double pxPerM = (iw - 16) / (2 * CLOSE_UP_HALF_RANGE);
        double cx = ix + iw / 2;
        double w2 = TendonConstants.RIDGE_HALF_WIDTH_M;
        g.setFill(p.bone());
        g.setStroke(p.axis());
        g.beginPath();
        g.moveTo(ix + 8, baseY + fp * 0.2);
        int n = 60;
        for (int i = 0; i <= n; i++) {
            double xm = -CLOSE_UP_HALF_RANGE + 2 * CLOSE_UP_HALF_RANGE * i / n;
            g.lineTo(cx + xm * pxPerM, baseY - ridgeH * Math.exp(-0.5 * (xm / w2) * (xm / w2)));
        }
        g.lineTo(ix + iw - 8, baseY + fp * 0.2);
        g.closePath();
        g.fill();
        g.stroke();

        double x = Math.max(-CLOSE_UP_HALF_RANGE, Math.min(CLOSE_UP_HALF_RANGE, model.tendonXProperty().get()));
        double x0 = Math.max(-CLOSE_UP_HALF_RANGE, Math.min(CLOSE_UP_HALF_RANGE, model.restPath()));
        double tx = cx + x * pxPerM;
        double surface = baseY - ridgeH * Math.exp(-0.5 * (x / w2) * (x / w2));
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
        if (cueVisible()) {
            drawCue(g, p, tx, ty, 0.6, false);
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

    private double[] femur(double theta, double s, double a) {
        // s along the shaft (down when θ = 0), a across it (anterior when θ = 0)
        double dx = Math.sin(theta);
        double dy = -Math.cos(theta);
        double nx = Math.cos(theta);
        double ny = Math.sin(theta);
        return new double[] {mvt.toViewX(s * dx + a * nx), mvt.toViewY(s * dy + a * ny)};
    }

    private void femurPolygon(GraphicsContext g, double theta, double[][] local) {
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

    private void polygon(GraphicsContext g, double[][] pts, boolean stroke) {
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

    static Color withAlpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    static String fmt0(double v) {
        return String.format(Strings.locale(), "%.0f", v);
    }
}
