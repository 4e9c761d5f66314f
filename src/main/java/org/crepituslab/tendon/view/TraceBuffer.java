package org.crepituslab.tendon.view;

/**
 * The recent path of (time, hip angle, tendon position, potential) sampled once per frame: the θ–x
 * plot draws it as the hysteresis loop and the CSV export writes it. A fixed ring, so feeding it
 * every frame allocates nothing.
 */
final class TraceBuffer {
    private final double[] t;
    private final double[] angle;
    private final double[] x;
    private final double[] potential;
    private int start;
    private int size;

    TraceBuffer(int capacity) {
        t = new double[capacity];
        angle = new double[capacity];
        x = new double[capacity];
        potential = new double[capacity];
    }

    void add(double time, double angleRad, double xM, double potentialJ) {
        int i = (start + size) % t.length;
        t[i] = time;
        angle[i] = angleRad;
        x[i] = xM;
        potential[i] = potentialJ;
        if (size < t.length) {
            size++;
        } else {
            start = (start + 1) % t.length;
        }
    }

    void clear() {
        start = 0;
        size = 0;
    }

    int size() {
        return size;
    }

    private int idx(int i) {
        return (start + i) % t.length;
    }

    double time(int i) {
        return t[idx(i)];
    }

    double angle(int i) {
        return angle[idx(i)];
    }

    double x(int i) {
        return x[idx(i)];
    }

    double potential(int i) {
        return potential[idx(i)];
    }

    /** +1 when the hip was flexing into sample i, −1 extending, 0 still or for the first sample. */
    int direction(int i) {
        if (i == 0) {
            return 0;
        }
        return (int) Math.signum(angle(i) - angle(i - 1));
    }
}
