package org.crepituslab.grinding.sound;

import org.crepituslab.sound.Fft;

/**
 * The power spectrum of a sound (one-sided periodogram via FFT, zero-padded to a power of two)
 * and the few numbers the screen and the tests read from it: where the energy is, and how wide a
 * band it spreads over.
 */
public final class Spectrum {
    /** Fractional-octave analysis bands used for levels and bandwidth: 1/6 octave. */
    public static final double BANDS_PER_OCTAVE = 6;

    private final double[] power;
    private final double binHz;

    private Spectrum(double[] power, double binHz) {
        this.power = power;
        this.binHz = binHz;
    }

    /**
     * @param samples    the sound
     * @param sampleRate samples per second
     * @param hann       apply a Hann window (for a slice cut out of a continuous sound; leave it off
     *                   for a short transient that lies wholly inside the samples)
     */
    public static Spectrum of(float[] samples, int sampleRate, boolean hann) {
        int n = Fft.paddedLength(Math.max(2, samples.length));
        double[] re = new double[n];
        double[] im = new double[n];
        int m = samples.length;
        for (int i = 0; i < m; i++) {
            double w = hann && m > 1 ? 0.5 - 0.5 * Math.cos(2 * Math.PI * i / (m - 1)) : 1;
            re[i] = samples[i] * w;
        }
        Fft.transform(re, im);
        double[] p = new double[n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) {
            double v = re[k] * re[k] + im[k] * im[k];
            p[k] = k == 0 || k == n / 2 ? v : 2 * v;
        }
        return new Spectrum(p, sampleRate / (double) n);
    }

    public int bins() {
        return power.length;
    }

    public double power(int bin) {
        return power[bin];
    }

    public double totalEnergy() {
        double s = 0;
        for (int k = 1; k < power.length; k++) {
            s += power[k];
        }
        return s;
    }

    /** Share of the energy (DC excluded) at frequencies below hz; 0 for silence. */
    public double fractionBelow(double hz) {
        double total = totalEnergy();
        if (total <= 0) {
            return 0;
        }
        double below = 0;
        for (int k = 1; k < power.length && k * binHz < hz; k++) {
            below += power[k];
        }
        return below / total;
    }

    /** Power-weighted mean frequency, Hz. */
    public double centroidHz() {
        double total = totalEnergy();
        if (total <= 0) {
            return 0;
        }
        double s = 0;
        for (int k = 1; k < power.length; k++) {
            s += power[k] * k * binHz;
        }
        return s / total;
    }

    /** Centre of the strongest 1/6-octave band between 20 Hz and 20 kHz, Hz. */
    public double peakHz() {
        double[] levels = bandPower(20, 20_000);
        int best = 0;
        for (int i = 1; i < levels.length; i++) {
            if (levels[i] > levels[best]) {
                best = i;
            }
        }
        return bandCentre(20, best);
    }

    /**
     * Mean power density in 1/6-octave bands from {@code fLow} up to {@code fHigh}: band i spans
     * fLow·2^(i/6) … fLow·2^((i+1)/6). A band narrower than one bin reads the bin it falls in.
     */
    public double[] bandPower(double fLow, double fHigh) {
        int count = (int) Math.ceil(Math.log(fHigh / fLow) / Math.log(2) * BANDS_PER_OCTAVE);
        double[] out = new double[Math.max(count, 1)];
        for (int i = 0; i < out.length; i++) {
            double lo = fLow * Math.pow(2, i / BANDS_PER_OCTAVE);
            double hi = fLow * Math.pow(2, (i + 1) / BANDS_PER_OCTAVE);
            int k0 = Math.max(1, (int) Math.ceil(lo / binHz));
            int k1 = Math.min(power.length - 1, (int) Math.floor(hi / binHz));
            double sum = 0;
            int n = 0;
            for (int k = k0; k <= k1; k++) {
                sum += power[k];
                n++;
            }
            if (n == 0) {
                int k = Math.min(power.length - 1, Math.max(1, (int) Math.round(Math.sqrt(lo * hi) / binHz)));
                sum = power[k];
                n = 1;
            }
            out[i] = sum / n;
        }
        return out;
    }

    /** Geometric centre of band i of {@link #bandPower}, Hz. */
    public static double bandCentre(double fLow, int i) {
        return fLow * Math.pow(2, (i + 0.5) / BANDS_PER_OCTAVE);
    }

    /**
     * How wide the sound is: octaves covered by the 1/6-octave bands between 20 Hz and 20 kHz whose
     * power density is within {@code dbDown} dB of the strongest band. A pure tone or a ringing
     * bubble covers a fraction of an octave; broadband grinding covers several.
     */
    public double bandwidthOctaves(double dbDown) {
        double[] levels = bandPower(20, 20_000);
        double max = 0;
        for (double l : levels) {
            max = Math.max(max, l);
        }
        if (max <= 0) {
            return 0;
        }
        double floor = max * Math.pow(10, -dbDown / 10);
        int n = 0;
        for (double l : levels) {
            if (l >= floor) {
                n++;
            }
        }
        return n / BANDS_PER_OCTAVE;
    }
}
