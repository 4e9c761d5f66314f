package org.crepituslab.framework;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Work that would cost a frame on the FX thread, done on a background thread, whose result is
 * shown only if no newer request has come: a newer {@link #submit} or a {@link #cancel} drops the
 * older job, queued or running (a queued job holds its view, so a closed view's job must go).
 * Each kind of job has its own worker thread, named by the caller, so a long job of one screen
 * never delays another screen's.
 */
public final class LatestJob {
    private static final Map<String, ThreadPoolExecutor> WORKERS = new ConcurrentHashMap<>();

    private final ThreadPoolExecutor worker;
    private Future<?> pending;
    private long generation;

    /** @param workerName the worker thread's name, shared by every job of this kind */
    public LatestJob(String workerName) {
        // a ThreadPoolExecutor, so that cancelled jobs can be purged from its queue
        this.worker = WORKERS.computeIfAbsent(workerName, name -> new ThreadPoolExecutor(1, 1, 0,
                TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, name);
                    t.setDaemon(true);
                    return t;
                }));
    }

    /** Runs {@code work} in the background, then {@code show} with its result on the FX thread (call on the FX thread). */
    public <T> void submit(Callable<T> work, Consumer<T> show) {
        cancel();
        long mine = ++generation;
        pending = worker.submit(() -> {
            T result = work.call();
            Platform.runLater(() -> {
                if (mine == generation) {
                    show.accept(result);
                }
            });
            return null;
        });
    }

    /** Drops the current job, queued or running (a running one is interrupted). */
    public void cancel() {
        generation++;
        if (pending != null) {
            pending.cancel(true);
            pending = null;
            worker.purge();
        }
    }
}
