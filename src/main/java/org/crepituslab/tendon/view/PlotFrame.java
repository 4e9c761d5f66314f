package org.crepituslab.tendon.view;

import org.crepituslab.framework.CanvasPane;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.crepituslab.framework.AxisTicks;
import org.crepituslab.framework.ClippedPolyline;
import org.crepituslab.framework.Palette;

/**
 * The axes of a small x–y plot on a canvas: a title, a plot rectangle inset by margins that scale
 * with the font, nice ticks, and the data-to-pixel mapping. Shared by the landscape and the θ–x plot.
 */
final class PlotFrame {
    final double left;
    final double top;
    final double width;
    final double height;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private final double canvasW;

    /** @param legendRows rows of legend to leave room for between the title and the plot */
    PlotFrame(double canvasW, double canvasH, double fontPx, int legendRows, double xMin, double xMax, double yMin,
              double yMax) {
        this.canvasW = canvasW;
        this.left = fontPx * 4.4;
        this.top = fontPx * 1.9 + legendRows * Legend.rowHeight(fontPx) + (legendRows > 0 ? 4 : 0);
        this.width = Math.max(10, canvasW - left - fontPx * 1.0);
        this.height = Math.max(10, canvasH - top - fontPx * 3.2);
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    double py(double y) {
        return top + height - (y - yMin) / (yMax - yMin) * height;
    }

    /** Where a legend between the title and the plot starts. */
    double legendTop(double fontPx) {
        return fontPx * 1.9;
    }

    /** Title on top (the short one when the full one does not fit), grid, tick labels, axis names, frame. */
    void drawAxes(GraphicsContext g, Palette p, double fontPx, String title, String shortTitle, String xLabel,
                  String yLabel) {
        g.setFill(p.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(CanvasPane.boldFont(0.9));
        double room = left + width - 6;
        String shown = TextMeasure.width(title, g.getFont()) <= room ? title : shortTitle;
        g.fillText(shown, 6, 4, room);
        g.setFont(CanvasPane.font(0.85));
        g.setLineWidth(1);
        double ys = AxisTicks.spacing(yMax - yMin, Math.max(2, (int) (height / (fontPx * 2.4))));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y = Math.ceil(yMin / ys) * ys; y <= yMax + 1e-9; y += ys) {
            double yy = py(y);
            g.setStroke(p.grid());
            g.strokeLine(left, yy, left + width, yy);
            g.setFill(p.text());
            g.fillText(AxisTicks.format(y, ys), left - 4, yy);
        }
        double xs = AxisTicks.spacing(xMax - xMin, Math.max(2, (int) (width / (fontPx * 4.5))));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x = Math.ceil(xMin / xs) * xs; x <= xMax + 1e-9; x += xs) {
            double xx = px(x);
            g.setStroke(p.grid());
            g.strokeLine(xx, top, xx, top + height);
            g.setFill(p.text());
            g.fillText(AxisTicks.format(x, xs), xx, top + height + 3);
        }
        g.setTextAlign(TextAlignment.CENTER);
        // centred under the plot, but kept inside the canvas when it is wider than the plot
        double labelW = Math.min(TextMeasure.width(xLabel, g.getFont()), canvasW - 8);
        double cx = Math.max(4 + labelW / 2, Math.min(canvasW - 4 - labelW / 2, left + width / 2));
        g.fillText(xLabel, cx, top + height + fontPx * 1.5, canvasW - 8);
        // the y axis name runs up the left edge, clear of the tick labels and the title
        g.save();
        g.translate(fontPx * 0.15, top + height / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(yLabel, 0, 0, height);
        g.restore();
        g.setStroke(p.axis());
        g.strokeRect(left, top, width, height);
    }

    /** A path on {@code g} cut to the plot rectangle (cheaper than a canvas clip, see {@link ClippedPolyline}). */
    ClippedPolyline line(GraphicsContext g) {
        return new ClippedPolyline(g, left, top, width, height);
    }

    boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }
}
