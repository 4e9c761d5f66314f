package org.crepituslab.framework.audio;

import java.util.function.Supplier;
import org.crepituslab.framework.Strings;
import org.crepituslab.sound.Pcm;
import org.crepituslab.sound.WavWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays synthesised sounds on a background thread. Having no audio device is a normal case (CI,
 * many classroom PCs): playback is skipped, and the first time a one-line notice is passed to the
 * listener; captions carry the sound's meaning regardless.
 */
public final class AudioOut {
    private static final Logger LOG = Logger.getLogger(AudioOut.class.getName());
    private static final AudioOut SHARED = new AudioOut();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "crepitus-audio");
        t.setDaemon(true);
        return t;
    });
    private volatile BooleanSupplier enabled = () -> true;
    private volatile Consumer<String> noDeviceListener = msg -> { };
    private volatile boolean deviceMissing;
    private volatile boolean reported;

    public static AudioOut shared() {
        return SHARED;
    }

    /** Where sound is on or off (the preference). */
    public void setEnabled(BooleanSupplier enabled) {
        this.enabled = enabled;
    }

    /** Receives the one-line notice when no device can play sound. */
    public void setNoDeviceListener(Consumer<String> listener) {
        this.noDeviceListener = listener;
        if (deviceMissing) {
            listener.accept(noDeviceMessage());
        }
    }

    public boolean isDeviceMissing() {
        return deviceMissing;
    }

    /** Plays the sound unless sound is off; returns at once. */
    public void play(Pcm pcm) {
        play(() -> pcm);
    }

    /**
     * Synthesises the sound on the audio thread, and only when sound is on. Model events call this
     * from inside the model's step on the FX thread; synthesising there made a frame with a pop or
     * a snap cost 1–2 ms more, counted as model time (doc/BENCHMARKS.md).
     */
    public void play(Supplier<Pcm> sound) {
        if (!enabled.getAsBoolean() || deviceMissing) {
            return;
        }
        worker.submit(() -> playNow(sound.get()));
    }

    private void playNow(Pcm pcm) {
        try {
            SourceDataLine line = AudioSystem.getSourceDataLine(WavWriter.format(pcm.sampleRate()));
            line.open(WavWriter.format(pcm.sampleRate()));
            line.start();
            byte[] bytes = pcm.toPcm16();
            line.write(bytes, 0, bytes.length);
            line.drain();
            line.close();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            deviceMissing = true;
            LOG.info("no audio device: " + e.getMessage());
            if (!reported) {
                reported = true;
                noDeviceListener.accept(noDeviceMessage());
            }
        }
    }

    private static String noDeviceMessage() {
        return Strings.get("sound.noDevice");
    }
}
