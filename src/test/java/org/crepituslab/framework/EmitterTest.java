package org.crepituslab.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmitterTest {
    @Test
    void deliversToListenersUntilRemoved() {
        Emitter<String> e = new Emitter<>();
        List<String> got = new ArrayList<>();
        Runnable remove = e.addListener(got::add);
        e.emit("pop");
        remove.run();
        e.emit("snap");
        assertEquals(List.of("pop"), got);
        assertEquals(0, e.listenerCount());
    }

    @Test
    void listenerMayRemoveItselfDuringDelivery() {
        Emitter<Integer> e = new Emitter<>();
        List<Integer> got = new ArrayList<>();
        Runnable[] handle = new Runnable[1];
        handle[0] = e.addListener(i -> {
            got.add(i);
            handle[0].run();
        });
        e.addListener(got::add);
        e.emit(1);
        e.emit(2);
        assertEquals(List.of(1, 1, 2), got);
    }
}
