package org.crepituslab.tendon.view;

import java.util.function.IntFunction;
import javafx.scene.canvas.GraphicsContext;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.plot.AxisTicks;
import org.crepituslab.framework.plot.Legend;
import org.crepituslab.framework.plot.Margins;
import org.crepituslab.framework.plot.PlotArea;
import org.crepituslab.framework.plot.PlotFrame;

/**
 * The shared layout of the tendon screen's two x–y plots (the landscape and the θ–x loop): margins
 * that scale with the text, a legend between the title and the plot, and a frame with a bold title
 * and both axes named.
 */
final class TendonPlot {
    /** Text size of the legends, a little under the tick labels' so a legend row stays short. */
    static final double LEGEND_FONT = 0.8;
    /** The legend swatch of a thin dashed line (the crest, the hill tops): thinner than a data line. */
    static final Legend.Swatch THIN_DASHED = new Legend.Swatch(1.5, 3, 3);

    private TendonPlot() {
    }

    /** Places the legend and the plot area on a w × h canvas showing the given ranges. */
    static Legend.Placed place(Legend legend, double w, double h, double xMin, double xMax, double yMin, double yMax) {
        double fp = CanvasPane.fontPx();
        IntFunction<PlotArea> withRows = rows -> new Margins(fp * 4.4,
                legendTop(fp) + rows * Legend.rowHeight(fp) + (rows > 0 ? 4 : 0), fp * 1.0, fp * 3.2)
                .area(w, h, xMin, xMax, yMin, yMax);
        return legend.place(withRows, w - fp * 5.4 - 8, fp * 5);
    }

    /** Where a legend between the title and the plot starts. */
    static double legendTop(double fp) {
        return fp * 1.9;
    }

    /** Title on top (the short one when the full one does not fit), grid, tick labels, axis names, frame. */
    static void frame(GraphicsContext g, Palette p, PlotArea a, double canvasW, String title, String shortTitle,
                      String xName, String yName) {
        double fp = CanvasPane.fontPx();
        g.setFont(CanvasPane.boldFont(0.9));
        PlotFrame.title(g, p, title, shortTitle, a.right() - 6);
        g.setFont(CanvasPane.font(0.85));
        PlotFrame f = new PlotFrame(g, p, a, canvasW);
        f.yGrid(AxisTicks.spacingFor(a.yMax() - a.yMin(), a.height(), fp * 2.4));
        f.xGrid(AxisTicks.spacingFor(a.xMax() - a.xMin(), a.width(), fp * 4.5));
        f.xName(xName, fp * 1.5);
        f.yName(yName, fp * 0.15);
        f.border();
    }
}
