package org.crepituslab.facet.view;

import org.crepituslab.framework.CanvasPane;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;

/**
 * A dial gauge of the fluid's gauge pressure, −300 to +50 kPa (below −95 the fluid is under
 * tension), marking the nucleation threshold. The dial and the value grow with the panel, so
 * presenting can make it the readout seen from the back of a room.
 */
final class PressureGauge extends CanvasPane {
    private static final double MIN_KPA = -300;
    private static final double MAX_KPA = 50;
    /** The dial sweeps 240°, from lower left to lower right. */
    private static final double START_DEG = 210;
    private static final double SWEEP_DEG = -240;

    /** Where the value's top sits below the dial's centre when it fits in the opening, in radii. */
    private static final double TUCK = 0.3;
    /** How wide the value may be in the opening, in radii: clear of the lowest ticks. */
    private static final double OPENING = 1.2;
    /** The value may shrink to this share to stay in the opening; smaller, it goes under the dial. */
    private static final double MAX_SHRINK = 0.8;

    private double pressureKpa;
    /** Above this the fluid is pushed, not sucked on: the note under the value explains it. */
    private static final double POSITIVE_NOTE_KPA = 0.5;
    private double thresholdKpa = FacetConstants.NUCLEATION_THRESHOLD / 1e3;
    private double popKpa = Double.NaN;

    PressureGauge() {
        super(false);
        setId("facet-gauge");
        setMinSize(140, 120);
        setPrefSize(230, 190);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp(Strings.get("facet.gauge.help"));
    }

    void update(double gaugePa, double thresholdPa) {
        update(gaugePa, thresholdPa, Double.NaN);
    }

    /**
     * @param popPa the pressure at which the fluid tore open while the cavity is forming, else NaN:
     *              by then the cavity has relieved the tension, so the dial alone would show a value
     *              above the threshold beside the word POP; a mark and the line under the value say
     *              where it tore
     */
    void update(double gaugePa, double thresholdPa, double popPa) {
        pressureKpa = gaugePa / 1e3;
        thresholdKpa = thresholdPa / 1e3;
        popKpa = popPa / 1e3;
        // the needle's angle to a tenth of a degree and the words shown: nothing else moves
        String shown = valueText() + "|" + Math.round(Math.toDegrees(angleOf(pressureKpa)) * 10) + "|" + thresholdPa
                + "|" + popPa;
        if (redrawIfChanged(shown)) {
            setAccessibleText(Strings.get("facet.gauge.title") + ": " + valueText());
        }
    }

    private String valueText() {
        return Strings.format("facet.gauge.value", String.format(Strings.locale(), "%.1f", pressureKpa));
    }

    private static double angleOf(double kpa) {
        double f = (Math.max(MIN_KPA, Math.min(MAX_KPA, kpa)) - MIN_KPA) / (MAX_KPA - MIN_KPA);
        return Math.toRadians(START_DEG + SWEEP_DEG * f);
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        g.setFill(p.panel());
        g.fillRect(0, 0, w, h);
        // the value is the readout read from the back of a room: as large as the panel allows; the
        // title and the line under it grow with it, within bounds
        double fp = fontPx();
        double valuePx = Math.max(fp * 1.1, Math.min(fp * 2.2, Math.min(h * 0.15, w * 0.11)));
        Font title = Font.font("DejaVu Sans", FontWeight.BOLD, Math.max(fp * 0.95, Math.min(fp * 1.4, valuePx * 0.55)));
        Font small = Font.font("DejaVu Sans", Math.max(fp * 0.8, Math.min(fp * 1.2, valuePx * 0.45)));
        double top = title.getSize() * 1.35 + 3;
        double noteH = small.getSize() * 1.4;
        double valueH = valuePx * 1.2;
        double valueW = textWidth(valueText(), Font.font(title.getFamily(), FontWeight.BOLD, valuePx));
        // the dial reaches 1.06 r above its centre (with its track) and r/2 below, where its ends
        // leave an opening: the value sits in the opening (a little smaller if it must, which costs
        // less than a smaller dial), else, rather than shrink much, under the dial
        double byWidth = (w - 8) / 2 / 1.06;
        double r = Math.min(byWidth, (h - top - noteH - valueH - 6) / (1.06 + TUCK));
        double fits = OPENING * r / valueW;
        boolean tucked = fits >= 1 || fits >= MAX_SHRINK && valuePx * fits >= fp;
        if (tucked && fits < 1) {
            valuePx *= fits;
        }
        Font value = Font.font(title.getFamily(), FontWeight.BOLD, valuePx);
        valueW = textWidth(valueText(), value);
        if (!tucked) {
            r = Math.min(byWidth, (h - top - noteH - valueH - 10) / 1.6);
        }
        // a short, wide panel (a projector's 16:9 at large text) has room beside the dial: the
        // value goes to its right, the line under it across the bottom, and the dial grows
        double rSide = Math.min((h - top - noteH - 6) / 1.56, (w * 0.55 - 8) / 2.12);
        boolean beside = rSide > r * 1.2;
        if (beside) {
            r = rSide;
        }
        r = Math.max(10, r);
        double trackW = Math.max(4, r * 0.12);
        double cx = beside ? 4 + 1.06 * r : w / 2;
        double cy = top + r + trackW / 2;
        double valueX = cx;
        double valueRoom = w - 6;
        if (beside) {
            double left = cx + 1.06 * r + 8;
            valueRoom = w - left - 4;
            valuePx = Math.min(fp * 2.2, valuePx * Math.min(1, valueRoom / valueW));
            value = Font.font(title.getFamily(), FontWeight.BOLD, valuePx);
            valueH = valuePx * 1.2;
            valueX = left + valueRoom / 2;
        }

        g.setFont(title);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Strings.get("facet.gauge.title"), w / 2, 3, w - 6);

        // dial track, with the zone below the threshold (where a cavity forms) in the alert colour
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineWidth(trackW);
        g.setStroke(p.grid());
        g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, START_DEG, SWEEP_DEG, ArcType.OPEN);
        double thrFrac = (thresholdKpa - MIN_KPA) / (MAX_KPA - MIN_KPA);
        g.setStroke(p.alert());
        g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, START_DEG, SWEEP_DEG * thrFrac, ArcType.OPEN);
        drawTicks(g, p, cx, cy, r, trackW);

        // threshold marker
        double ta = angleOf(thresholdKpa);
        g.setStroke(p.alert());
        g.setLineWidth(Math.max(2.5, r * 0.03));
        g.strokeLine(cx + Math.cos(ta) * (r - trackW * 1.6), cy - Math.sin(ta) * (r - trackW * 1.6),
                cx + Math.cos(ta) * (r + trackW * 0.6), cy - Math.sin(ta) * (r + trackW * 0.6));

        if (!Double.isNaN(popKpa)) {
            // where the fluid tore open: a dot on the track, in the alert colour
            double pa = angleOf(popKpa);
            double dot = Math.max(4, trackW * 0.9);
            g.setFill(p.text());
            g.fillOval(cx + Math.cos(pa) * r - dot, cy - Math.sin(pa) * r - dot, 2 * dot, 2 * dot);
            g.setFill(p.alert());
            g.fillOval(cx + Math.cos(pa) * r - dot * 0.7, cy - Math.sin(pa) * r - dot * 0.7, 1.4 * dot, 1.4 * dot);
        }

        // needle
        double a = angleOf(pressureKpa);
        g.setStroke(p.text());
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(Math.max(2, r * 0.05));
        g.strokeLine(cx, cy, cx + Math.cos(a) * r * 0.8, cy - Math.sin(a) * r * 0.8);
        g.setFill(p.text());
        double hub = Math.max(3, r * 0.07);
        g.fillOval(cx - hub, cy - hub, 2 * hub, 2 * hub);
        drawTickLabels(g, p, cx, cy, r, trackW);

        // digital value, and the threshold named under it in the threshold's colour
        g.setFont(value);
        g.setTextBaseline(VPos.TOP);
        g.setFill(pressureKpa <= thresholdKpa ? p.alert() : p.text());
        double valueTop = beside ? cy - valueH / 2
                : Math.min(tucked ? cy + TUCK * r : cy + 0.56 * r + 4, h - noteH - valueH);
        g.fillText(valueText(), valueX, valueTop, valueRoom);
        g.setFont(small);
        g.setTextBaseline(VPos.BOTTOM);
        // above ambient (after a pop the gas in the bubble pushes back as the joint closes) the line
        // under the value says why, instead of naming the threshold the fluid is far from
        boolean above = pressureKpa > POSITIVE_NOTE_KPA;
        String note = !Double.isNaN(popKpa)
                ? Strings.format("facet.gauge.popValue", String.format(Strings.locale(), "%.0f", popKpa))
                : above ? Strings.get("facet.gauge.positive")
                : Strings.format("facet.gauge.thresholdValue", String.format(Strings.locale(), "%.0f", thresholdKpa));
        g.setFill(above && Double.isNaN(popKpa) ? p.text() : p.alert());
        g.fillText(note, w / 2, beside ? h - 3 : Math.min(h - 3, valueTop + valueH + noteH), w - 6);
    }

    /**
     * Ticks every 50 kPa; the labels (every 100, inside the dial: outside they would cost the dial a
     * third of its size) are drawn later, and the lowest is left out, as the value sits in the
     * dial's opening there.
     */
    private void drawTicks(GraphicsContext g, Palette p, double cx, double cy, double r, double trackW) {
        g.setStroke(p.axis());
        for (int k = (int) MIN_KPA; k <= MAX_KPA; k += 50) {
            double a = angleOf(k);
            double c = Math.cos(a);
            double sn = -Math.sin(a);
            boolean major = k % 100 == 0;
            g.setLineWidth(major ? Math.max(2, r * 0.025) : Math.max(1, r * 0.012));
            double inner = r - trackW / 2 - (major ? r * 0.14 : r * 0.08);
            g.strokeLine(cx + c * (r - trackW / 2), cy + sn * (r - trackW / 2), cx + c * inner, cy + sn * inner);
        }
    }

    /** The tick labels, over the needle on a halo of the panel's colour, so the needle never hides one. */
    private void drawTickLabels(GraphicsContext g, Palette p, double cx, double cy, double r, double trackW) {
        Font labels = tickFont(r);
        g.setFont(labels);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineWidth(Math.max(3, labels.getSize() * 0.3));
        g.setStroke(p.panel());
        g.setFill(p.text());
        if (r < labels.getSize() * 4) {
            // too small a dial: the labels would run into each other; the value says it all
            return;
        }
        for (int k = (int) MIN_KPA + 100; k <= MAX_KPA; k += 100) {
            double a = angleOf(k);
            double lr = r - trackW / 2 - r * 0.14 - labels.getSize() * 1.2;
            double x = cx + Math.cos(a) * lr;
            double y = cy - Math.sin(a) * lr;
            g.strokeText(Integer.toString(k), x, y);
            g.fillText(Integer.toString(k), x, y);
        }
    }

    private Font tickFont(double r) {
        return font(Math.max(0.6, Math.min(1.3, r * 0.2 / fontPx())));
    }
}
