package org.crepituslab.framework.plot;

/**
 * Reduces a line whose x only grows to at most four points per pixel column: the first, the
 * lowest, the highest (in the order they came) and the last. The drawn line covers the same
 * pixels, but the software rasteriser, whose cost grows with the number of segments (about
 * 5 µs each on the build machine), no longer pays for points it cannot show. A flat run (the same
 * y point after point) is sent as its two ends.
 */
public final class ColumnReducer {
    private final ClippedPolyline out;
    private long column = Long.MIN_VALUE;
    private int count;
    private double firstX;
    private double firstY;
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private double lastX;
    private double lastY;
    private int minIndex;
    private int maxIndex;
    /** The last point sent, and whether later points at its height are being held back. */
    private boolean sent;
    private double sentY;
    private boolean runOpen;
    private double runEndX;

    public ColumnReducer(ClippedPolyline out) {
        this.out = out;
    }

    /** Adds the next point; x must not decrease. A non-finite y breaks the line. */
    public void add(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            flush();
            out.moveTo(Double.NaN, Double.NaN);
            sent = false;
            return;
        }
        long c = (long) Math.floor(x);
        if (c != column) {
            flushColumn();
            column = c;
            count = 0;
        }
        if (count == 0) {
            firstX = x;
            firstY = y;
            minX = x;
            minY = y;
            maxX = x;
            maxY = y;
            minIndex = 0;
            maxIndex = 0;
        } else {
            if (y < minY) {
                minX = x;
                minY = y;
                minIndex = count;
            }
            if (y > maxY) {
                maxX = x;
                maxY = y;
                maxIndex = count;
            }
        }
        lastX = x;
        lastY = y;
        count++;
    }

    /** Sends what is held; call once after the last point. */
    public void flush() {
        flushColumn();
        closeRun();
    }

    private void flushColumn() {
        if (count == 0) {
            return;
        }
        emit(firstX, firstY);
        if (count > 2) {
            if (minIndex < maxIndex) {
                emitInner(minX, minY, maxX, maxY);
            } else {
                emitInner(maxX, maxY, minX, minY);
            }
        }
        if (count > 1) {
            emit(lastX, lastY);
        }
        count = 0;
    }

    private void emit(double x, double y) {
        if (sent && y == sentY) {
            runOpen = true;
            runEndX = x;
            return;
        }
        closeRun();
        out.lineTo(x, y);
        sent = true;
        sentY = y;
    }

    private void closeRun() {
        if (runOpen) {
            out.lineTo(runEndX, sentY);
            runOpen = false;
        }
    }

    private void emitInner(double ax, double ay, double bx, double by) {
        if (ax != firstX || ay != firstY) {
            emit(ax, ay);
        }
        if ((bx != lastX || by != lastY) && (bx != ax || by != ay)) {
            emit(bx, by);
        }
    }
}
