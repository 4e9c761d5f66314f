package org.crepituslab.classroom.server;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The students' open event streams. Messages go out from one thread of their own, so the teacher's
 * click (or the projector) never waits for 300 phones; a comment every few seconds finds streams
 * whose phone has gone.
 */
final class EventStreams {
    static final int MAX_STREAMS = 1000;
    private static final long HEARTBEAT_SECONDS = 15;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "classroom-events");
        t.setDaemon(true);
        return t;
    });

    EventStreams() {
        sender.scheduleAtFixedRate(() -> send(null), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    boolean full() {
        return clients.size() >= MAX_STREAMS;
    }

    void add(SseClient c, String first) {
        c.keepAlive();
        c.onClose(() -> clients.remove(c));
        clients.add(c);
        c.sendEvent("question", first);
    }

    void broadcast(String json) {
        sender.execute(() -> send(json));
    }

    private void send(String json) {
        for (SseClient c : clients) {
            if (c.terminated()) {
                clients.remove(c);
            } else if (json == null) {
                c.sendComment("still here");
            } else {
                c.sendEvent("question", json);
            }
        }
    }

    int size() {
        return clients.size();
    }

    void closeAll() {
        sender.shutdownNow();
        clients.forEach(SseClient::close);
        clients.clear();
    }
}
