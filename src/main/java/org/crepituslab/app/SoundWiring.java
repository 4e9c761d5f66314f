package org.crepituslab.app;

import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.grinding.sound.GrindSound;
import org.crepituslab.quiz.model.SoundCue;
import org.crepituslab.quiz.view.QuizSounds;
import org.crepituslab.tendon.sound.SnapSound;

/**
 * Connects the quiz's "identify the sound" questions to the screens' synthesisers, so a question
 * plays exactly the sound the simulation makes. Lives in app because only the app knows both.
 */
final class SoundWiring {
    private SoundWiring() {
    }

    static void install() {
        QuizSounds.register(SoundCue.POP, PopSound::examplePop);
        QuizSounds.register(SoundCue.SNAP, SnapSound::exampleSnap);
        QuizSounds.register(SoundCue.GRIND, GrindSound::exampleGrind);
    }
}
