package org.crepituslab.quiz.view;

import javafx.scene.canvas.GraphicsContext;
import org.crepituslab.framework.CanvasPane;
import org.crepituslab.framework.Palette;
import org.crepituslab.sound.Pcm;

/**
 * A sound's waveform (the range of its samples per pixel column), so a learner who cannot hear it
 * can still see whether it is one sharp spike or a long rough stretch.
 */
final class WaveformView extends CanvasPane {
    private Pcm pcm;

    WaveformView() {
        super(true);
        setMinSize(160, 48);
        setPrefSize(320, 64);
        setMaxHeight(80);
    }

    void show(Pcm sound) {
        this.pcm = sound;
        redraw();
    }

    @Override
    protected void draw(GraphicsContext g, Palette p, double w, double h) {
        double mid = h / 2;
        g.setStroke(p.grid());
        g.strokeLine(0, mid, w, mid);
        if (pcm == null || pcm.samples().length == 0) {
            return;
        }
        float[] x = pcm.samples();
        double peak = Math.max(1e-9, pcm.peak());
        g.setFill(p.seriesColor(0));
        int columns = (int) Math.max(1, w);
        for (int c = 0; c < columns; c++) {
            int from = (int) ((long) c * x.length / columns);
            int to = (int) Math.max(from + 1, (long) (c + 1) * x.length / columns);
            float lo = 0;
            float hi = 0;
            for (int i = from; i < to && i < x.length; i++) {
                lo = Math.min(lo, x[i]);
                hi = Math.max(hi, x[i]);
            }
            double top = mid - hi / peak * (mid - 2);
            double bottom = mid - lo / peak * (mid - 2);
            g.fillRect(c, top, 1, Math.max(1, bottom - top));
        }
    }
}
