package org.crepituslab.classroom.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Token buckets per client key (an address or a student token): each request takes one token; a
 * bucket refills at {@code perSecond} up to {@code burst}. Buckets idle long enough to be full are
 * dropped, so a flood of new keys cannot grow memory for long.
 */
final class RateLimiter {
    private static final int SWEEP_EVERY = 4096;
    private final double burst;
    private final double perNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(double burst, double perSecond, LongSupplier nanoClock) {
        this.burst = burst;
        this.perNano = perSecond / 1e9;
        this.nanoClock = nanoClock;
    }

    RateLimiter(double burst, double perSecond) {
        this(burst, perSecond, System::nanoTime);
    }

    /** Takes one token; false when the client has none left. */
    boolean allow(String key) {
        return take(key, 1, true);
    }

    /** Whether the client has a token left, without taking one. */
    boolean hasLeft(String key) {
        return take(key, 1, false);
    }

    private boolean take(String key, double n, boolean consume) {
        long now = nanoClock.getAsLong();
        sweep(now);
        Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.at) * perNano);
            b.at = now;
            if (b.tokens < n) {
                return false;
            }
            if (consume) {
                b.tokens -= n;
            }
            return true;
        }
    }

    private void sweep(long now) {
        if (calls.incrementAndGet() % SWEEP_EVERY != 0) {
            return;
        }
        double fullAfter = burst / perNano;
        buckets.entrySet().removeIf(e -> now - e.getValue().at > fullAfter);
    }
}
