package org.crepituslab.quiz.view;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.crepituslab.quiz.model.SoundCue;
import org.crepituslab.sound.Pcm;

/**
 * Where "identify the sound" questions get their sounds. The screens that synthesise them (facet:
 * pop, tendon: snap, grinding: grind) register a provider, e.g.
 * {@code QuizSounds.register(SoundCue.POP, PopSound::examplePop)}. With no provider the question
 * still works from its caption and says the sound is unavailable.
 */
public final class QuizSounds {
    private static final Map<SoundCue, Supplier<Pcm>> PROVIDERS = new EnumMap<>(SoundCue.class);

    private QuizSounds() {
    }

    public static synchronized void register(SoundCue cue, Supplier<Pcm> provider) {
        PROVIDERS.put(cue, provider);
    }

    public static synchronized void unregister(SoundCue cue) {
        PROVIDERS.remove(cue);
    }

    public static synchronized Optional<Supplier<Pcm>> provider(SoundCue cue) {
        return Optional.ofNullable(PROVIDERS.get(cue));
    }

    private static final Map<Supplier<Pcm>, CompletableFuture<Pcm>> CACHE = new java.util.HashMap<>();

    /**
     * The cue's sound, synthesised once on a background thread (a physical model can take a moment)
     * and cached; empty when no provider is registered.
     */
    static synchronized Optional<CompletableFuture<Pcm>> sound(SoundCue cue) {
        Supplier<Pcm> p = PROVIDERS.get(cue);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(CACHE.computeIfAbsent(p, s -> CompletableFuture.supplyAsync(s, r -> {
            Thread t = new Thread(r, "quiz-sound-synthesis");
            t.setDaemon(true);
            t.start();
        })));
    }
}
