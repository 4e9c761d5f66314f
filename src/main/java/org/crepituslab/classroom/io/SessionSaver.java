package org.crepituslab.classroom.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.QuestionResult;
import org.crepituslab.classroom.model.SavedSession;

/**
 * Saves a session as it changes, on one background thread: the state (for a restart) and the
 * results CSV, each atomically. Changes that arrive while a save runs go into the next one (a group
 * commit), so a burst of answers shares writes, and a student's answer is
 * acknowledged once the save that holds it is on disk ({@link #savedThrough}).
 */
public final class SessionSaver implements AutoCloseable {
    private final ClassSession session;
    private final Path results;
    private final Path state;
    private final Consumer<String> onError;
    private final Object lock = new Object();
    private final List<Waiter> waiters = new ArrayList<>();
    private final Runnable unsubscribe;
    private final Thread thread;
    private long written = -1;
    private boolean running = true;
    private String lastError;

    private record Waiter(long version, CompletableFuture<Void> done) {
    }

    public SessionSaver(ClassSession session, Path results, Consumer<String> onError) {
        this.session = session;
        this.results = results;
        this.state = SessionFile.beside(results);
        this.onError = onError;
        unsubscribe = session.events().addListener(e -> wake());
        thread = new Thread(this::loop, "classroom-saver");
        thread.setDaemon(true);
        thread.start();
        wake();
    }

    public Path results() {
        return results;
    }

    public Path stateFile() {
        return state;
    }

    private void wake() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    /** Completes once a save holding every change up to {@code version} is on disk (or failed and was reported). */
    public CompletableFuture<Void> savedThrough(long version) {
        synchronized (lock) {
            if (written >= version || !running) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> f = new CompletableFuture<>();
            waiters.add(new Waiter(version, f));
            lock.notifyAll();
            return f;
        }
    }

    private void loop() {
        while (true) {
            synchronized (lock) {
                while (running && session.version() <= written) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (!running) {
                    return;
                }
            }
            saveOnce();
        }
    }

    /** Writes the current state now (also at the end of a session, from the caller's thread). */
    public void saveOnce() {
        long version;
        SavedSession snapshot;
        List<QuestionResult> rows;
        synchronized (session) {
            version = session.version();
            snapshot = session.saved();
            rows = session.results();
        }
        try {
            synchronized (this) {
                SessionFile.write(state, snapshot);
                ClassResultsCsv.write(results, rows);
            }
        } catch (IOException | RuntimeException e) {
            String msg = e.getMessage();
            if (!String.valueOf(msg).equals(lastError)) {
                lastError = String.valueOf(msg);
                onError.accept(lastError);
            }
        }
        List<CompletableFuture<Void>> done = new ArrayList<>();
        synchronized (lock) {
            written = Math.max(written, version);
            for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
                Waiter w = it.next();
                if (w.version() <= written) {
                    done.add(w.done());
                    it.remove();
                }
            }
        }
        done.forEach(f -> f.complete(null));
    }

    /** Saves what is left, then stops the thread. */
    @Override
    public void close() {
        unsubscribe.run();
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveOnce();
        synchronized (lock) {
            waiters.forEach(w -> w.done().complete(null));
            waiters.clear();
        }
    }
}
