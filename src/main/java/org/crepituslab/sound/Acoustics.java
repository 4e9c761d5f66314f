package org.crepituslab.sound;

/**
 * What a sound is like, measured from its samples and nothing else: how long it lasts (the time its
 * envelope stays within 20 dB of its peak, the convention of the pop measurements), how sharp its
 * onset is, how many separate bursts it has, and its dominant frequency. Used to describe a sound
 * in words for people who cannot hear it, without saying what made it.
 *
 * @param durationS  time from the first to the last moment the envelope is within 20 dB of its peak
 * @param attackS    time from the first moment within 20 dB of the peak to the peak
 * @param bursts     separate bursts: runs within 20 dB of the peak parted by at least {@value #GAP_S} s of quiet
 * @param peakHz     frequency of the largest spectral peak between {@value #MIN_HZ} and {@value #MAX_HZ} Hz
 */
public record Acoustics(double durationS, double attackS, int bursts, double peakHz) {
    /** The envelope is the largest |sample| over this window: long enough to bridge one cycle at 1 kHz. */
    static final double ENVELOPE_WINDOW_S = 0.001;
    /** Quiet this long between two loud stretches makes them two bursts, not one. */
    public static final double GAP_S = 0.03;
    static final double WITHIN_DB = 20;
    public static final double MIN_HZ = 40;
    public static final double MAX_HZ = 8000;

    public static Acoustics of(Pcm pcm) {
        float[] x = pcm.samples();
        int rate = pcm.sampleRate();
        double[] env = envelope(x, Math.max(1, (int) Math.round(ENVELOPE_WINDOW_S * rate)));
        int peak = 0;
        for (int i = 1; i < env.length; i++) {
            if (env[i] > env[peak]) {
                peak = i;
            }
        }
        if (env.length == 0 || env[peak] == 0) {
            return new Acoustics(0, 0, 0, 0);
        }
        double floor = env[peak] * Math.pow(10, -WITHIN_DB / 20);
        int first = -1;
        int last = -1;
        int bursts = 0;
        int quietRun = Integer.MAX_VALUE;
        int gap = (int) Math.round(GAP_S * rate);
        for (int i = 0; i < env.length; i++) {
            if (env[i] >= floor) {
                if (first < 0) {
                    first = i;
                }
                if (quietRun >= gap) {
                    bursts++;
                }
                last = i;
                quietRun = 0;
            } else if (quietRun != Integer.MAX_VALUE) {
                quietRun++;
            }
        }
        return new Acoustics((last - first + 1) / (double) rate, (peak - first) / (double) rate, bursts,
                peakFrequency(x, rate, peak));
    }

    private static double[] envelope(float[] x, int window) {
        double[] env = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double m = 0;
            for (int j = Math.max(0, i - window / 2); j <= Math.min(x.length - 1, i + window / 2); j++) {
                m = Math.max(m, Math.abs(x[j]));
            }
            env[i] = m;
        }
        return env;
    }

    /** Dominant frequency of a Hann-windowed stretch of up to 8192 samples starting a little before the peak. */
    private static double peakFrequency(float[] x, int rate, int peak) {
        int n = Math.min(8192, Fft.paddedLength(Math.max(256, Math.min(x.length, 8192))));
        int start = Math.max(0, Math.min(peak - n / 8, x.length - n));
        double[] re = new double[n];
        double[] im = new double[n];
        for (int i = 0; i < n && start + i < x.length; i++) {
            double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (n - 1));
            re[i] = x[start + i] * w;
        }
        Fft.transform(re, im);
        int best = -1;
        double bestPower = -1;
        for (int k = 1; k < n / 2; k++) {
            double f = k * (double) rate / n;
            if (f < MIN_HZ || f > MAX_HZ) {
                continue;
            }
            double p = re[k] * re[k] + im[k] * im[k];
            if (p > bestPower) {
                bestPower = p;
                best = k;
            }
        }
        return best < 0 ? 0 : best * (double) rate / n;
    }
}
