package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible shuffles: the same seed gives the same order on every machine and Java version
 * (java.util.Random's algorithm is fixed by its specification, and the Fisher–Yates loop is ours),
 * so an educator can give a whole class one seed.
 */
public final class SeededShuffle {
    private SeededShuffle() {
    }

    /** A shuffled copy of the list. */
    public static <T> List<T> shuffle(List<T> list, long seed) {
        List<T> out = new ArrayList<>(list);
        Random random = new Random(seed);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = out.get(i);
            out.set(i, out.get(j));
            out.set(j, tmp);
        }
        return out;
    }

    /**
     * A shuffle that depends on the quiz seed and a salt (a question id), so a question's choices
     * come out the same whatever position the question has in the quiz.
     */
    public static <T> List<T> shuffle(List<T> list, long seed, String salt) {
        return shuffle(list, mix(seed, salt));
    }

    /** Like {@link #shuffle(List, long, String)} but never the original order (for orderings). */
    public static <T> List<T> derange(List<T> list, long seed, String salt) {
        List<T> out = shuffle(list, seed, salt);
        if (out.size() > 1 && out.equals(list)) {
            out.add(out.remove(0));
        }
        return out;
    }

    static long mix(long seed, String salt) {
        long h = seed * 0x9E3779B97F4A7C15L + salt.hashCode();
        h ^= h >>> 31;
        return h * 0xBF58476D1CE4E5B9L;
    }
}
