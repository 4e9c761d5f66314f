package org.crepituslab.grinding.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The most recent slip and catch events, oldest first, in a fixed-capacity ring; the view draws
 * its raster and the sound layer builds the last second of sound from them.
 */
public final class EventLog {
    private final GrindEvent[] events;
    private int start;
    private int size;

    public EventLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        events = new GrindEvent[capacity];
    }

    void add(GrindEvent e) {
        int idx = (start + size) % events.length;
        events[idx] = e;
        if (size < events.length) {
            size++;
        } else {
            start = (start + 1) % events.length;
        }
    }

    void clear() {
        Arrays.fill(events, null);
        start = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    public GrindEvent get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return events[(start + i) % events.length];
    }

    /** Every kept event, oldest first. */
    public List<GrindEvent> all() {
        List<GrindEvent> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(get(i));
        }
        return out;
    }

    /** Events with from &lt; t ≤ to, oldest first; walks back from the newest, so recent windows are cheap. */
    public List<GrindEvent> between(double from, double to) {
        List<GrindEvent> out = new ArrayList<>();
        forEachBetween(from, to, out::add);
        return out;
    }

    /**
     * Hands each event with from &lt; t ≤ to to {@code action}, oldest first, without building a list:
     * the raster walks a few thousand events every frame, and a list of them each time was garbage.
     */
    public void forEachBetween(double from, double to, Consumer<GrindEvent> action) {
        int first = size;
        while (first > 0 && get(first - 1).timeS() > from) {
            first--;
        }
        for (int i = first; i < size; i++) {
            GrindEvent e = get(i);
            if (e.timeS() <= to) {
                action.accept(e);
            }
        }
    }
}
