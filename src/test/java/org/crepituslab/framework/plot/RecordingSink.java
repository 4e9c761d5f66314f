package org.crepituslab.framework.plot;

import java.util.ArrayList;
import java.util.List;

/** Records a path as "M x y" / "L x y" words, rounded to the given format, for the plotting tests. */
final class RecordingSink implements ClippedPolyline.Sink {
    final List<String> ops = new ArrayList<>();
    private final String format;

    RecordingSink(String numberFormat) {
        this.format = numberFormat + " " + numberFormat;
    }

    @Override
    public void moveTo(double x, double y) {
        ops.add("M " + String.format(format, x, y));
    }

    @Override
    public void lineTo(double x, double y) {
        ops.add("L " + String.format(format, x, y));
    }
}
