package org.crepituslab.grinding.view;

import java.util.function.DoubleUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.ModelViewTransform;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.grinding.model.GrindingConstants;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.grinding.model.Spur;
import org.crepituslab.grinding.model.Topography;

/**
 * The joint in cross-section: the fixed bone below, the moving bone above, each with its
 * cartilage layer and rough surface, the fluid film between them shaded by the share of the load
 * it carries, the contact patches (they flash when they slip), the bone spurs and the capsule rim
 * that catches on them. Roughness and film are exaggerated (and say so); everything else is drawn
 * to the model's scale through one {@link ModelViewTransform}.
 */
final class JointCanvas extends CanvasPane {
    /** Roughness is drawn this many times taller than it is, or no one would see 15 µm. */
    static final double ROUGHNESS_EXAGGERATION = 10;
    /** Drawn width of the fluid film at full fluid support (the real film is microns): 0.6 mm. */
    private static final double FILM_DRAWN_M = 0.6e-3;
    /** Drawn thickness of each bone. */
    private static final double BONE_DRAWN_M = 5e-3;
    /**
     * Half of the joint width shown: the moving surface, its stroke and every spur (the farthest
     * site at its largest, drawn 0.55 of its height wide on each side) fit, with half a millimetre
     * to spare; spurs beyond the tissue's reach are drawn too.
     */
    private static final double VIEW_HALF_WIDTH_M = GrindingConstants.UPPER_SURFACE_WIDTH_M / 2
            + GrindingConstants.SPUR_MAX_OFFSET_FRACTION * GrindingConstants.STROKE_AMPLITUDE_M
            + 0.55 * 1.25 * GrindingConstants.MAX_SPUR_SIZE_M + 0.5e-3;
    /** A patch is shown as "just slipped" for this long after a slip, seconds of model time. */
    private static final double FLASH_S = 0.06;
    private static final int SAMPLES = 240;

    private final GrindingModel model;
    private boolean labels = true;

    JointCanvas(GrindingModel model) {
        super(true);
        this.model = model;
        setId("grinding-joint");
        setPrefSize(560, 300);
    }

    void setLabelsShown(boolean shown) {
        labels = shown;
        redraw();
    }

    boolean labelsShown() {
        return labels;
    }

    /** Keeps the accessible description in step with the model (cheap; called a few times a second). */
    void describe() {
        setAccessibleText(Strings.format("grinding.joint.accessible", mm(model.cartilageThickness()),
                Math.round(model.fluidLoadFraction() * 100), model.spurCount()));
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        double top = fontPx * 1.8;
        double halfWidth = VIEW_HALF_WIDTH_M;
        double cart = model.cartilageThickness();
        double film = filmDrawn();
        double yTop = 2 * GrindingConstants.CARTILAGE_THICKNESS_M + FILM_DRAWN_M + BONE_DRAWN_M;
        double margin = 0.4e-3;
        ModelViewTransform mvt = ModelViewTransform.fit(-halfWidth - margin, halfWidth + margin,
                -BONE_DRAWN_M - margin, yTop + margin, w - 8, h - top - 4);
        // fit() centres in (w-8)×(h-top-4); shift below the title line
        ModelViewTransform t = new ModelViewTransform(mvt.pixelsPerMetre(), mvt.toViewX(0) + 4,
                mvt.toViewY(0) + top);
        double bone = model.bonePosition();
        Topography s = model.surfaces();
        double upperHalf = GrindingConstants.UPPER_SURFACE_WIDTH_M / 2;
        double upperBase = 2 * cart + film;

        // fluid film in the contact, shaded by the load share it carries
        double share = model.fluidLoadFraction();
        Color fluid = p.fluid().deriveColor(0, 1, 1, 0.2 + 0.8 * share);
        double[] fx = new double[2 * SAMPLES + 2];
        double[] fy = new double[2 * SAMPLES + 2];
        for (int i = 0; i <= SAMPLES; i++) {
            double x = bone - upperHalf + 2 * upperHalf * i / SAMPLES;
            fx[i] = t.toViewX(x);
            fy[i] = t.toViewY(lowerSurface(s, x, cart));
            fx[2 * SAMPLES + 1 - i] = fx[i];
            fy[2 * SAMPLES + 1 - i] = t.toViewY(upperSurface(s, x, bone, cart, film));
        }
        g.setFill(fluid);
        g.fillPolygon(fx, fy, fx.length);

        // fixed bone with its cartilage on top
        fillLayer(g, t, -halfWidth, halfWidth, x -> -BONE_DRAWN_M, x -> lowerSurface(s, x, cart) - cart, p.bone());
        fillLayer(g, t, -halfWidth, halfWidth, x -> lowerSurface(s, x, cart) - cart, x -> lowerSurface(s, x, cart),
                p.cartilage());
        strokeCurve(g, t, -halfWidth, halfWidth, x -> lowerSurface(s, x, cart), p.axis());

        // moving bone with its cartilage below
        double u0 = bone - upperHalf;
        double u1 = bone + upperHalf;
        fillLayer(g, t, u0, u1, x -> upperSurface(s, x, bone, cart, film),
                x -> upperSurface(s, x, bone, cart, film) + cart, p.cartilage());
        fillLayer(g, t, u0, u1, x -> upperSurface(s, x, bone, cart, film) + cart,
                x -> upperBase + BONE_DRAWN_M, p.bone());
        strokeCurve(g, t, u0, u1, x -> upperSurface(s, x, bone, cart, film), p.axis());
        g.setStroke(p.axis());
        g.setLineWidth(1);
        g.strokeRect(t.toViewX(u0), t.toViewY(upperBase + BONE_DRAWN_M), t.toViewDistance(2 * upperHalf),
                t.toViewDistance(BONE_DRAWN_M + upperBase - upperSurface(s, u0, bone, cart, film)));

        drawPatches(g, p, t, s, cart, film, bone);
        drawSpursAndRims(g, p, t, s, cart, film, bone, upperBase);
        if (labels) {
            drawLabels(g, p, t, cart, bone, upperBase, halfWidth);
        }
        g.setFont(font(0.85));
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Strings.format("grinding.label.scale", (int) ROUGHNESS_EXAGGERATION), 6, 4, w - 12);
    }

    /** Drawn film width: narrower as fluid support goes, closed to a sliver bone on bone. */
    private double filmDrawn() {
        return FILM_DRAWN_M * (0.25 + 0.75 * model.fluidLoadFraction()
                / GrindingConstants.HEALTHY_FLUID_LOAD_FRACTION);
    }

    private static double lowerSurface(Topography s, double x, double cart) {
        return cart + ROUGHNESS_EXAGGERATION * s.lowerHeight(x);
    }

    private static double upperSurface(Topography s, double x, double bone, double cart, double film) {
        return cart + film - ROUGHNESS_EXAGGERATION * s.upperHeight(x - bone);
    }

    private void drawPatches(GraphicsContext g, Palette p, ModelViewTransform t, Topography s, double cart,
                             double film, double bone) {
        double r = Math.max(2.5, Math.min(fontPx() * 0.3, t.toViewDistance(0.3e-3)));
        double now = model.time();
        for (int i = 0; i < model.patchCount(); i++) {
            double x = model.patchPosition(i);
            double y = (lowerSurface(s, x, cart) + upperSurface(s, x, bone, cart, film)) / 2;
            boolean flash = now - model.patchLastSlip(i) < FLASH_S;
            double rr = flash ? r * 1.6 : r;
            g.setFill(flash ? p.alert() : model.patchStuck(i) ? p.axis() : p.seriesColor(0));
            g.fillOval(t.toViewX(x) - rr, t.toViewY(y) - rr, 2 * rr, 2 * rr);
        }
    }

    private void drawSpursAndRims(GraphicsContext g, Palette p, ModelViewTransform t, Topography s, double cart,
                                  double film, double bone, double upperBase) {
        for (Spur spur : model.spurs()) {
            double x = spur.positionM();
            double base = lowerSurface(s, x, cart) - cart;
            double size = spur.sizeM();
            double[] xs = {t.toViewX(x - 0.55 * size), t.toViewX(x + 0.3 * spur.side() * size),
                    t.toViewX(x + 0.55 * size)};
            double[] ys = {t.toViewY(base), t.toViewY(base + size), t.toViewY(base)};
            g.setFill(p.bone());
            g.fillPolygon(xs, ys, 3);
            // a dark outline: spurs that stand close together must still be counted one by one
            g.setStroke(p.bone().darker().darker());
            g.setLineWidth(Math.max(1.5, fontPx() * 0.1));
            g.strokePolygon(xs, ys, 3);
        }
        if (model.spurCount() == 0) {
            return;
        }
        for (int side : new int[]{1, -1}) {
            double edge = bone + side * GrindingConstants.UPPER_SURFACE_WIDTH_M / 2;
            double tip = edge + model.rimDeflection(side);
            double tipY = lowerSurface(s, tip, cart) + 0.25e-3;
            double startY = upperBase + 1.5e-3;
            g.setStroke(model.rimHeld(side) ? p.alert() : p.tissue());
            g.setLineWidth(Math.max(3, t.toViewDistance(0.35e-3)));
            g.beginPath();
            g.moveTo(t.toViewX(edge), t.toViewY(startY));
            g.quadraticCurveTo(t.toViewX(edge + side * 1.5e-3), t.toViewY((startY + tipY) / 2),
                    t.toViewX(tip), t.toViewY(tipY));
            g.stroke();
        }
    }

    private void drawLabels(GraphicsContext g, Palette p, ModelViewTransform t, double cart, double bone,
                            double upperBase, double halfWidth) {
        // the label rows are 0.42 of the drawn bone height apart: on a small drawing with large
        // text the tags would cover each other, so they shrink to fit their rows (not below 9 px)
        double rowGap = t.toViewDistance(BONE_DRAWN_M * 0.42);
        Font f = Font.font(font(0.85).getFamily(), Math.max(9, Math.min(fontPx() * 0.85, (rowGap - 5) / 1.25)));
        g.setFont(f);
        double pad = 3;
        tag(g, p, f, Strings.get("grinding.label.movingBone"), t.toViewX(bone),
                t.toViewY(upperBase + BONE_DRAWN_M * 0.7), pad);
        tag(g, p, f, Strings.format("grinding.label.fluid", Math.round(model.fluidLoadFraction() * 100)),
                t.toViewX(bone), t.toViewY(upperBase + BONE_DRAWN_M * 0.28), pad);
        tag(g, p, f, Strings.get("grinding.label.fixedBone"), t.toViewX(0), t.toViewY(-BONE_DRAWN_M * 0.72), pad);
        String cartText = Strings.format("grinding.label.cartilage", mm(cart));
        double cx = t.toViewX(-halfWidth) + textWidth(cartText, f) / 2 + pad + 4;
        double cy = t.toViewY(-BONE_DRAWN_M * 0.3);
        tag(g, p, f, cartText, cx, cy, pad);
        g.setStroke(p.text());
        g.setLineWidth(1);
        g.strokeLine(cx, cy - f.getSize() * 0.7, cx, t.toViewY(cart / 2));
        if (model.spurCount() > 0) {
            Spur first = model.spurs().get(0);
            String spurText = Strings.get("grinding.label.spur");
            double sx = Math.min(t.toViewX(first.positionM()), t.toViewX(halfWidth) - textWidth(spurText, f) / 2 - pad);
            double sy = t.toViewY(-BONE_DRAWN_M * 0.3);
            tag(g, p, f, spurText, sx, sy, pad);
            g.strokeLine(sx, sy - f.getSize() * 0.7, t.toViewX(first.positionM()), t.toViewY(cart));
            String rimText = Strings.get("grinding.label.rim");
            double edge = t.toViewX(bone + GrindingConstants.UPPER_SURFACE_WIDTH_M / 2);
            double rx = Math.min(edge + textWidth(rimText, f) / 2 + 2 * pad + t.toViewDistance(1.5e-3),
                    t.toViewX(halfWidth) - textWidth(rimText, f) / 2 - pad);
            double ry = t.toViewY(upperBase + BONE_DRAWN_M * 0.55);
            // only where it clears the moving bone; in a small drawing the rim goes unlabelled
            if (rx - textWidth(rimText, f) / 2 - pad > edge + 2) {
                tag(g, p, f, rimText, rx, ry, pad);
                g.strokeLine(rx - textWidth(rimText, f) / 2 - pad, ry, edge + t.toViewDistance(0.4e-3),
                        t.toViewY(upperBase + 1.2e-3));
            }
        }
    }

    /** Text in a small panel-coloured box, readable over any fill in both themes. */
    private static void tag(GraphicsContext g, Palette p, Font f, String text, double cx, double cy, double pad) {
        double tw = textWidth(text, f);
        double th = f.getSize() * 1.25;
        g.setFill(p.panel().deriveColor(0, 1, 1, 0.88));
        g.fillRoundRect(cx - tw / 2 - pad, cy - th / 2 - pad / 2, tw + 2 * pad, th + pad, 6, 6);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, cx, cy);
    }

    private static final double[] LAYER_XS = new double[2 * SAMPLES + 2];
    private static final double[] LAYER_YS = new double[2 * SAMPLES + 2];

    private static void fillLayer(GraphicsContext g, ModelViewTransform t, double x0, double x1,
                                  DoubleUnaryOperator bottom,
                                  DoubleUnaryOperator top, Color fill) {
        // scratch arrays shared by every layer (FX thread only; fillPolygon copies them)
        double[] xs = LAYER_XS;
        double[] ys = LAYER_YS;
        for (int i = 0; i <= SAMPLES; i++) {
            double x = x0 + (x1 - x0) * i / SAMPLES;
            xs[i] = t.toViewX(x);
            ys[i] = t.toViewY(top.applyAsDouble(x));
            xs[2 * SAMPLES + 1 - i] = xs[i];
            ys[2 * SAMPLES + 1 - i] = t.toViewY(bottom.applyAsDouble(x));
        }
        g.setFill(fill);
        g.fillPolygon(xs, ys, xs.length);
    }

    private static void strokeCurve(GraphicsContext g, ModelViewTransform t, double x0, double x1,
                                    DoubleUnaryOperator y, Color stroke) {
        g.setStroke(stroke);
        g.setLineWidth(1.2);
        g.beginPath();
        for (int i = 0; i <= SAMPLES; i++) {
            double x = x0 + (x1 - x0) * i / SAMPLES;
            if (i == 0) {
                g.moveTo(t.toViewX(x), t.toViewY(y.applyAsDouble(x)));
            } else {
                g.lineTo(t.toViewX(x), t.toViewY(y.applyAsDouble(x)));
            }
        }
        g.stroke();
    }

    static String mm(double metres) {
        return String.format(Strings.locale(), "%.2f", metres * 1e3);
    }
}
