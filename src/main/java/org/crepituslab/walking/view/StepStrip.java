package org.crepituslab.walking.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.crepituslab.facet.model.LumbarLevel;
import org.crepituslab.facet.model.Side;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.plot.PlotFrame;
import org.crepituslab.walking.model.GaitEvent;
import org.crepituslab.walking.model.WalkingModel;

/**
 * The last strides side by side, each sound placed by when in its stride it came (across, 0–100 %
 * of that stride) and where in the body (a lane per lumbar level, one for the hips): a circle for a
 * pop, a triangle for a snap, a square for a click; filled on the right side, hollow on the left. A
 * click at the same place in every stride lines up; pops scatter. The legend says it in words.
 */
final class StepStrip extends CanvasPane {
    /** Strides shown, the last one still being walked. */
    static final int STRIDES = 8;
    private static final int LANES = LumbarLevel.values().length + 1;
    /** Below this height, in multiples of the text size, the strip leaves out its title. */
    private static final double SHORT_EM = 11;
    private final WalkingModel model;
    /** Where the walker is now: a line over the canvas, moved every frame; the strip is redrawn only when it changes. */
    private final Line cursor = new Line();
    private double cellsLeft;
    private double cellWidth;
    private double cursorTop;
    private double cursorBottom;
    private long drawnSteps = -1;
    private long drawnEvents = -1;
    private int shown;

    StepStrip(WalkingModel model) {
        super(true);
        this.model = model;
        setId("walking-strip");
        setMinSize(200, 120);
        setPrefSize(640, 190);
        cursor.setManaged(false);
        cursor.setStrokeWidth(2);
        cursor.setMouseTransparent(true);
        getChildren().add(cursor);
    }

    /** Redraws when a stride ends or a sound comes, and moves the cursor to the walker's phase. */
    void update() {
        long events = model.pops() + model.snaps() + model.clicks();
        if (model.steps() != drawnSteps || events != drawnEvents) {
            redraw();
        }
        if (cellWidth <= 0) {
            cursor.setVisible(false);
            return;
        }
        double x = 1 + cellsLeft + (STRIDES - 1 + model.phase()) * cellWidth;
        cursor.setVisible(true);
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(1 + cursorTop);
        cursor.setEndY(1 + cursorBottom);
    }

    /** Events drawn by the last redraw (for tests and the accessible text). */
    int shownEvents() {
        return shown;
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double fontPx = fontPx();
        Font f = font(0.8);
        g.setFont(f);
        // a short strip (presenting at large text) gives its title's row to the lanes and names the
        // sounds in single words: the legend still says which mark is which
        boolean compact = h < fontPx * SHORT_EM;
        if (!compact) {
            PlotFrame.title(g, p, Strings.format("walking.strip.title", STRIDES),
                    Strings.format("walking.strip.title.short", STRIDES), w - 12);
        }
        double legendBottom = legend(g, p, compact ? 2 : fontPx * 1.5, w, compact ? ".short" : "");
        double labelW = textWidth(Strings.get("walking.strip.hips"), f);
        for (LumbarLevel l : LumbarLevel.values()) {
            labelW = Math.max(labelW, textWidth(l.label(), f));
        }
        double left = labelW + 10;
        double top = legendBottom + 4;
        double bottom = h - fontPx * 1.4;
        double right = w - 6;
        drawnSteps = model.steps();
        drawnEvents = model.pops() + model.snaps() + model.clicks();
        cellWidth = 0;
        if (bottom - top < LANES * 6 || right - left < STRIDES * 10) {
            shown = 0;
            return;
        }
        double laneH = (bottom - top) / LANES;
        double cellW = (right - left) / STRIDES;
        long last = model.steps();
        long first = last - STRIDES + 1;
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        // lane names no taller than their lanes (a short strip at large text)
        g.setFont(font(Math.min(0.8, laneH / fontPx)));
        for (int lane = 0; lane < LANES; lane++) {
            double y = top + lane * laneH;
            if (lane % 2 == 1) {
                g.setFill(p.grid().deriveColor(0, 1, 1, 0.35));
                g.fillRect(left, y, right - left, laneH);
            }
            g.setFill(p.text());
            String name = lane < LumbarLevel.values().length ? LumbarLevel.values()[lane].label()
                    : Strings.get("walking.strip.hips");
            g.fillText(name, left - 5, y + laneH / 2);
        }
        g.setFont(f);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        // number every stride, or every second or third when the numbers are wider than the cells
        int every = (int) Math.ceil((textWidth(Long.toString(last + 1), f) + fontPx * 0.5) / cellW);
        for (int i = 0; i < STRIDES; i++) {
            double x = left + i * cellW;
            g.setStroke(p.axis());
            g.strokeLine(x, top, x, bottom);
            long stride = first + i;
            if (stride >= 0 && (stride + 1) % every == 0) {
                g.setFill(p.text());
                g.fillText(Long.toString(stride + 1), x + cellW / 2, bottom + 2);
            }
        }
        g.strokeRect(left, top, right - left, bottom - top);
        cellsLeft = left;
        cellWidth = cellW;
        cursorTop = top;
        cursorBottom = bottom;
        cursor.setStroke(p.alert());
        double r = Math.max(3, Math.min(laneH * 0.38, fontPx * 0.45));
        int count = 0;
        List<GaitEvent> events = model.recentEvents();
        for (GaitEvent e : events) {
            if (e.step() < first || e.step() > last) {
                continue;
            }
            LumbarLevel level = e.level();
            int lane = level == null ? LANES - 1 : level.ordinal();
            double x = left + (e.step() - first + e.gaitPercent() / 100) * cellW;
            marker(g, p, e.kind(), e.side(), x, top + (lane + 0.5) * laneH, r);
            count++;
        }
        shown = count;
        setAccessibleText(Strings.format("walking.strip.accessible", STRIDES, count));
    }

    /** The legend in words, each with its marker; returns the y below it. */
    private double legend(GraphicsContext g, Palette p, double y, double w, String suffix) {
        double fontPx = fontPx();
        double r = fontPx * 0.4;
        double x = 8;
        double row = fontPx * 1.2;
        double cy = y + row / 2;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        Object[][] items = {
            {GaitEvent.Kind.POP, Side.RIGHT, "walking.strip.pop"},
            {GaitEvent.Kind.SNAP, Side.RIGHT, "walking.strip.snap"},
            {GaitEvent.Kind.CLICK, Side.RIGHT, "walking.strip.click"},
            {GaitEvent.Kind.POP, Side.LEFT, "walking.strip.sides"}};
        boolean compact = !suffix.isEmpty();
        double all = 8;
        for (Object[] item : items) {
            all += 2 * r + 6 + textWidth(Strings.get(item[2] + suffix), g.getFont()) + 14;
        }
        for (Object[] item : items) {
            String text = Strings.get(item[2] + suffix);
            double ew = 2 * r + 6 + textWidth(text, g.getFont()) + 14;
            if (compact && all > w - 4 && item == items[items.length - 1]) {
                // a short strip keeps one row for its legend: the sides (also in the captions) give way
                break;
            }
            if (x > 8 && x + ew > w - 4) {
                x = 8;
                cy += row;
            }
            marker(g, p, (GaitEvent.Kind) item[0], (Side) item[1], x + r, cy, r);
            g.setFill(p.text());
            g.fillText(text, x + 2 * r + 6, cy, Math.max(10, w - x - 2 * r - 10));
            x += ew;
        }
        return cy + row / 2;
    }

    /** A marker for the kind (circle, triangle, square), filled for the right side, hollow for the left. */
    static void marker(GraphicsContext g, Palette p, GaitEvent.Kind kind, Side side, double x, double y, double r) {
        Color c = switch (kind) {
            case POP -> p.seriesColor(0);
            case SNAP -> p.seriesColor(3);
            case CLICK -> p.alert();
        };
        boolean filled = side == Side.RIGHT;
        g.setFill(c);
        g.setStroke(c);
        g.setLineWidth(Math.max(1.5, r / 3));
        switch (kind) {
            case POP -> {
                if (filled) {
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                } else {
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
            case SNAP -> {
                double[] xs = {x, x + r, x - r};
                double[] ys = {y - r, y + r * 0.8, y + r * 0.8};
                if (filled) {
                    g.fillPolygon(xs, ys, 3);
                } else {
                    g.strokePolygon(xs, ys, 3);
                }
            }
            case CLICK -> {
                double s = r * 0.85;
                if (filled) {
                    g.fillRect(x - s, y - s, 2 * s, 2 * s);
                } else {
                    g.strokeRect(x - s, y - s, 2 * s, 2 * s);
                }
            }
        }
    }
}
