package org.crepituslab.sound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Saves PCM as a 16-bit mono WAV file (works with no sound device). */
public final class WavWriter {
    private WavWriter() {
    }

    public static AudioFormat format(int sampleRate) {
        return new AudioFormat(sampleRate, 16, 1, true, false);
    }

    public static void write(Pcm pcm, Path file) throws IOException {
        byte[] bytes = pcm.toPcm16();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes),
                format(pcm.sampleRate()), pcm.samples().length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
