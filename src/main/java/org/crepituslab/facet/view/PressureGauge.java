package org.crepituslab.facet.view;

import org.crepituslab.framework.CanvasPane;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.FacetConstants;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;

/** A dial gauge of the fluid's gauge pressure, −300 to +50 kPa (below −95 the fluid is under tension), marking the nucleation threshold. */
final class PressureGauge extends CanvasPane {
    private static final double MIN_KPA = -300;
    private static final double MAX_KPA = 50;
    /** The dial sweeps 240°, from lower left to lower right. */
    private static final double START_DEG = 210;
    private static final double SWEEP_DEG = -240;

    private double pressureKpa;
    /** Above this the fluid is pushed, not sucked on: the note under the value explains it. */
    private static final double POSITIVE_NOTE_KPA = 0.5;
    private double thresholdKpa = FacetConstants.NUCLEATION_THRESHOLD / 1e3;

    PressureGauge() {
        super(false);
        setId("facet-gauge");
        setMinSize(140, 120);
        setPrefSize(230, 190);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp(Strings.get("facet.gauge.help"));
    }

    void update(double gaugePa, double thresholdPa) {
        pressureKpa = gaugePa / 1e3;
        thresholdKpa = thresholdPa / 1e3;
        setAccessibleText(Strings.get("facet.gauge.title") + ": " + valueText());
        redraw();
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
        Font title = boldFont(0.95);
        Font small = font(0.8);
        Font value = boldFont(1.1);
        double s = small.getSize();
        double top = title.getSize() * 1.5;
        double bottom = value.getSize() * 1.4 + s * 1.4;
        // the dial with its tick labels (which reach 0.85 of the label radius above the centre and
        // 0.5 below it) must fit between the title and the value, and between the sides
        double byHeight = ((h - top - bottom - 1.2 * s) / 1.35 - 1.1 * s) / 1.06;
        double byWidth = (w / 2 - s * 2.6) / 0.87 - 1.1 * s;
        double r = Math.max(10, Math.min(byHeight, byWidth / 1.06));
        double labelRadius = r * 1.06 + 1.1 * s;
        double cx = w / 2;
        double cy = top + 0.85 * labelRadius + 0.6 * s;

        g.setFont(title);
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Strings.get("facet.gauge.title"), cx, 3, w - 6);

        // dial track, with the zone below the threshold (where a cavity forms) in the alert colour
        double trackW = Math.max(4, r * 0.12);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setLineWidth(trackW);
        g.setStroke(p.grid());
        g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, START_DEG, SWEEP_DEG, ArcType.OPEN);
        double thrFrac = (thresholdKpa - MIN_KPA) / (MAX_KPA - MIN_KPA);
        g.setStroke(p.alert());
        g.strokeArc(cx - r, cy - r, 2 * r, 2 * r, START_DEG, SWEEP_DEG * thrFrac, ArcType.OPEN);

        // ticks every 50 kPa, labelled every 100
        g.setStroke(p.axis());
        g.setFill(p.text());
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        for (int k = (int) MIN_KPA; k <= MAX_KPA; k += 50) {
            double a = angleOf(k);
            double c = Math.cos(a);
            double sn = -Math.sin(a);
            boolean major = k % 100 == 0;
            g.setLineWidth(major ? 2 : 1);
            double inner = r - trackW / 2 - (major ? r * 0.14 : r * 0.08);
            g.strokeLine(cx + c * (r - trackW / 2), cy + sn * (r - trackW / 2), cx + c * inner, cy + sn * inner);
            if (major) {
                double lr = r + trackW / 2 + small.getSize() * 1.1;
                g.fillText(Integer.toString(k), cx + c * lr, cy + sn * lr);
            }
        }
        // threshold marker
        double ta = angleOf(thresholdKpa);
        g.setStroke(p.alert());
        g.setLineWidth(2.5);
        g.strokeLine(cx + Math.cos(ta) * (r - trackW * 1.6), cy - Math.sin(ta) * (r - trackW * 1.6),
                cx + Math.cos(ta) * (r + trackW * 0.6), cy - Math.sin(ta) * (r + trackW * 0.6));

        // needle
        double a = angleOf(pressureKpa);
        g.setStroke(p.text());
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineWidth(Math.max(2, r * 0.05));
        g.strokeLine(cx, cy, cx + Math.cos(a) * r * 0.8, cy - Math.sin(a) * r * 0.8);
        g.setFill(p.text());
        double hub = Math.max(3, r * 0.07);
        g.fillOval(cx - hub, cy - hub, 2 * hub, 2 * hub);

        // digital value, and the threshold named under it in the threshold's colour
        g.setFont(value);
        g.setTextBaseline(VPos.BOTTOM);
        g.setFill(pressureKpa <= thresholdKpa ? p.alert() : p.text());
        g.fillText(valueText(), cx, h - 3 - small.getSize() * 1.3, w - 6);
        g.setFont(small);
        // above ambient (after a pop the gas in the bubble pushes back as the joint closes) the line
        // under the value says why, instead of naming the threshold the fluid is far from
        boolean above = pressureKpa > POSITIVE_NOTE_KPA;
        g.setFill(above ? p.text() : p.alert());
        g.fillText(above ? Strings.get("facet.gauge.positive")
                : Strings.format("facet.gauge.thresholdValue", String.format(Strings.locale(), "%.0f", thresholdKpa)),
                cx, h - 3, w - 6);
    }
}
