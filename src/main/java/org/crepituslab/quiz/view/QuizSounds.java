package org.crepituslab.quiz.view;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.crepituslab.framework.contract.Declarations;
import org.crepituslab.framework.contract.ExampleSound;
import org.crepituslab.sound.Pcm;

/**
 * Where "identify the sound" questions get their sounds: by name from the screens' declared
 * example sounds (so a question plays exactly what the simulation makes). A test may put its own
 * provider in front of a name. With no provider the question still works and says the sound is
 * unavailable.
 */
public final class QuizSounds {
    private static final Map<String, Supplier<Pcm>> OVERRIDES = new HashMap<>();
    private static final Map<Supplier<Pcm>, CompletableFuture<Pcm>> CACHE = new HashMap<>();

    private QuizSounds() {
    }

    /** Puts a provider in front of the screens' sound of this name; null withholds the sound (tests). */
    public static synchronized void register(String name, Supplier<Pcm> provider) {
        OVERRIDES.put(name, provider);
    }

    /** Removes a provider put in front with {@link #register}. */
    public static synchronized void unregister(String name) {
        OVERRIDES.remove(name);
    }

    public static synchronized Optional<Supplier<Pcm>> provider(String name) {
        if (OVERRIDES.containsKey(name)) {
            return Optional.ofNullable(OVERRIDES.get(name));
        }
        return Declarations.sound(name).map(ExampleSound::synthesise);
    }

    /**
     * The named sound, synthesised once on a background thread (a physical model can take a moment)
     * and cached; empty when no provider is registered.
     */
    static synchronized Optional<CompletableFuture<Pcm>> sound(String name) {
        return provider(name).map(p -> CACHE.computeIfAbsent(p, s -> CompletableFuture.supplyAsync(s, r -> {
            Thread t = new Thread(r, "quiz-sound-synthesis");
            t.setDaemon(true);
            t.start();
        })));
    }
}
