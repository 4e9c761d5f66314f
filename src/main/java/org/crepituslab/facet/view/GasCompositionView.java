package org.crepituslab.facet.view;

import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.GasSpecies;
import org.crepituslab.facet.model.Joint;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.CrispLines;

/**
 * Where the joint's gas is: a bar of the gas dissolved in the fluid and one of the gas in the
 * bubble, each split by gas (N₂, O₂, CO₂), on the same scale (µmol), with a legend.
 */
final class GasCompositionView extends CanvasPane {
    /** The bubble's bar is full at this share of the resting dissolved gas (a bubble never holds it all). */
    private static final double BUBBLE_SCALE = 0.25;
    private final Joint joint;

    GasCompositionView(Joint joint) {
        super(false);
        this.joint = joint;
        setId("facet-gas");
        setMinSize(150, 100);
        setPrefSize(230, 170);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleHelp(Strings.get("facet.gas.help"));
    }

    /** Redraws when a shown number or a bar's end (to a quarter pixel) has changed. */
    void update() {
        String words = dissolvedText() + "; " + bubbleText();
        StringBuilder shown = new StringBuilder(words).append('|').append(co2Text());
        double resting = joint.gas().totalResting();
        double barW = getWidth() - 12;
        for (GasSpecies s : GasSpecies.values()) {
            shown.append('|').append(Math.round(4 * barW * joint.gas().dissolved(s) / resting))
                    .append('|').append(Math.round(4 * barW * joint.gas().bubble(s) / (resting * BUBBLE_SCALE)));
        }
        if (redrawIfChanged(shown.toString())) {
            setAccessibleText(Strings.get("facet.gas.title") + ": " + words);
        }
    }

    private String co2Text() {
        return joint.gas().bubbleTotal() > 0 ? Strings.format("facet.gas.co2share",
                String.format(Strings.locale(), "%.0f", 100 * joint.gas().bubbleShare(GasSpecies.CO2))) : "";
    }

    private String dissolvedText() {
        return Strings.format("facet.gas.dissolved", String.format(Strings.locale(), "%.1f", joint.gas().dissolvedFraction() * 100));
    }

    private String bubbleText() {
        double b = joint.gas().bubbleTotal();
        if (b <= 0) {
            return Strings.get("facet.gas.none");
        }
        return Strings.format("facet.gas.bubble", String.format(Strings.locale(), "%.1f", b * 1e9));
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        g.setFill(p.panel());
        g.fillRect(0, 0, w, h);
        Font title = boldFont(0.95);
        Font f = font(0.82);
        double line = f.getSize() * 1.3;
        double x = 6;
        double y = 4;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(title);
        g.setFill(p.text());
        g.fillText(Strings.get("facet.gas.title"), x, y, w - 12);
        y += title.getSize() * 1.4;

        double resting = joint.gas().totalResting();
        double barW = w - 12;
        double barH = Math.max(8, Math.min(18, (h - y - line * 5) / 2));
        g.setFont(f);
        g.fillText(dissolvedText(), x, y, barW);
        y += line;
        y = bar(g, p, x, y, barW, barH, resting, true);
        g.setFill(p.text());
        g.fillText(bubbleText(), x, y, barW);
        y += line;
        y = bar(g, p, x, y, barW, barH, resting * BUBBLE_SCALE, false);
        if (joint.gas().bubbleTotal() > 0) {
            g.setFill(p.text());
            g.fillText(co2Text(), x, y, barW);
            y += line;
        }
        // legend
        double lx = x;
        for (GasSpecies s : GasSpecies.values()) {
            g.setFill(p.seriesColor(s.ordinal() + 2));
            g.fillRect(lx, y + 2, f.getSize() * 0.9, f.getSize() * 0.9);
            g.setFill(p.text());
            g.fillText(s.formula(), lx + f.getSize() * 1.2, y);
            lx += f.getSize() * 1.2 + textWidth(s.formula(), f) + f.getSize();
        }
    }

    /** A stacked bar of dissolved or bubble gas against {@code scale} mol; returns the y below it. */
    private double bar(GraphicsContext g, Palette p, double x, double y, double w, double hBar, double scale,
                       boolean dissolved) {
        CrispLines.rectangle(g, p.axis(), x, y, w, hBar, 1);
        double at = x;
        for (GasSpecies s : GasSpecies.values()) {
            double amount = dissolved ? joint.gas().dissolved(s) : joint.gas().bubble(s);
            double len = Math.max(0, Math.min(x + w - at, w * amount / scale));
            g.setFill(p.seriesColor(s.ordinal() + 2));
            g.fillRect(at, y, len, hBar);
            at += len;
        }
        return y + hBar + 4;
    }
}
