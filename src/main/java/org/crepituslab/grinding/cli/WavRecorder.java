package org.crepituslab.grinding.cli;

import java.util.ArrayList;
import java.util.List;
import org.crepituslab.grinding.model.GrindingModel;
import org.crepituslab.grinding.sound.GrindSound;
import org.crepituslab.sound.Pcm;

/**
 * Collects the sound of a whole command-line run at its absolute scale. The model keeps only the
 * last seconds of contact force, so the sound is rendered a chunk at a time as the run goes.
 */
final class WavRecorder {
    private final GrindingModel model;
    private final double chunkS;
    private final List<float[]> chunks = new ArrayList<>();
    private double done;

    WavRecorder(GrindingModel model, double chunkS) {
        this.model = model;
        this.chunkS = chunkS;
    }

    /** Renders every whole chunk the model has run past. */
    void follow() {
        while (model.time() >= done + chunkS - 1e-9) {
            take(done + chunkS);
        }
    }

    /** Renders what is left and returns the whole sound. */
    Pcm finish() {
        if (model.time() > done + 1e-9) {
            take(model.time());
        }
        int n = chunks.stream().mapToInt(c -> c.length).sum();
        float[] all = new float[n];
        int at = 0;
        for (float[] c : chunks) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
        return new Pcm(all, Pcm.RATE);
    }

    private void take(double to) {
        // whole samples per chunk, so chunks join without a gap or an overlap
        long first = Math.round(done * Pcm.RATE);
        long last = Math.round(to * Pcm.RATE);
        double from = first / (double) Pcm.RATE;
        double end = last / (double) Pcm.RATE;
        chunks.add(GrindSound.heard(model.contactForce(), from, end).samples());
        done = to;
    }
}
