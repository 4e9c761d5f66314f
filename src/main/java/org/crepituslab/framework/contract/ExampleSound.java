package org.crepituslab.framework.contract;

import java.util.function.Supplier;
import org.crepituslab.sound.Pcm;

/**
 * A sound a screen's model can make on its own, named for quiz "identify the sound" questions
 * (e.g. "pop", "pop-fast", "snap-mild"). The supplier runs the model, so the quiz plays exactly the
 * sound the simulation makes; it may take a moment and is called off the FX thread.
 */
public record ExampleSound(String name, Supplier<Pcm> synthesise) {
}
