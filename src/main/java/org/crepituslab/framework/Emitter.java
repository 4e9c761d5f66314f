package org.crepituslab.framework;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A list of listeners for one-off model events (a pop, a snap, a catch). Models emit; views,
 * captions and the sound layer subscribe. Copy-on-write because listeners may unsubscribe while
 * an event is being delivered.
 */
public final class Emitter<T> {
    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener and returns a handle that removes it again. */
    public Runnable addListener(Consumer<? super T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void removeListener(Consumer<? super T> listener) {
        listeners.remove(listener);
    }

    public void emit(T event) {
        for (Consumer<? super T> l : listeners) {
            l.accept(event);
        }
    }

    public int listenerCount() {
        return listeners.size();
    }
}
