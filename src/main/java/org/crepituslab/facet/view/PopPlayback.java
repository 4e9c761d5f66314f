package org.crepituslab.facet.view;

import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.framework.CaptionBar;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.audio.AudioOut;
import org.crepituslab.sound.Pcm;

/**
 * The last pop, again: its sound as the chosen explanation hears it, and the slow-motion replay,
 * which takes the drawing's place until it is closed.
 */
final class PopPlayback {
    private final JointModel model;
    private final JointCanvas drawing;
    private final ReplayPanel replay;
    private final CaptionBar captions;

    PopPlayback(JointModel model, JointCanvas drawing, ReplayPanel replay, CaptionBar captions) {
        this.model = model;
        this.drawing = drawing;
        this.replay = replay;
        this.captions = captions;
    }

    /** The last pop's sound as the chosen explanation hears it; there must have been a pop. */
    Pcm lastPopSound() {
        return PopSound.synthesize(model.lastPopProperty().get().trace(), model.soundExplanationProperty().get());
    }

    void playLastPop() {
        PopEvent pop = model.lastPopProperty().get();
        if (pop == null) {
            captions.show(Strings.get("facet.caption.noPopYet"));
            return;
        }
        AudioOut.shared().play(lastPopSound());
        captions.show(PopFeedback.popCaption(pop, model.soundExplanationProperty().get()));
    }

    void startReplay() {
        PopEvent pop = model.lastPopProperty().get();
        if (pop == null) {
            captions.show(Strings.get("facet.caption.noPopYet"));
            return;
        }
        replay.setVisible(true);
        drawing.setVisible(false);
        replay.play(pop.trace(), model.soundExplanationProperty().get());
        double ms = pop.trace().duration() * 1e3;
        captions.show(Strings.format("facet.caption.replay", String.format(Strings.locale(), "%.1f", ms),
                String.format(Strings.locale(), "%.1f", ms * ReplayPanel.SLOWDOWN / 1e3)));
    }

    void closeReplay() {
        replay.stop();
        replay.setVisible(false);
        drawing.setVisible(true);
        drawing.requestFocus();
    }
}
