package org.crepituslab.facet.view;

import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.model.NoPopEvent;
import org.crepituslab.facet.model.PopEvent;
import org.crepituslab.facet.model.SoundExplanation;
import org.crepituslab.facet.model.SoundPath;
import org.crepituslab.facet.sound.HeardPop;
import org.crepituslab.facet.sound.PopSound;
import org.crepituslab.framework.CaptionBar;
import org.crepituslab.framework.Strings;
import org.crepituslab.framework.audio.AudioOut;

/**
 * What the screen does when the model reports something: a pop flashes, sounds and is captioned
 * with why it sounds; a blocked stretch and the end of the refractory period are captioned, and
 * so is time running fast.
 */
final class PopFeedback {
    private final JointModel model;
    private final JointCanvas drawing;
    private final CaptionBar captions;
    private final Runnable explanationChanged;

    PopFeedback(JointModel model, JointCanvas drawing, CaptionBar captions, Runnable explanationChanged) {
        this.model = model;
        this.drawing = drawing;
        this.captions = captions;
        this.explanationChanged = explanationChanged;
    }

    void onPop(PopEvent e) {
        drawing.flash();
        SoundExplanation heard = model.soundExplanationProperty().get();
        captions.show(popCaption(e, heard));
        AudioOut.shared().play(() -> PopSound.synthesize(e.trace(), heard));
        explanationChanged.run();
    }

    /** What a pop sounds like and how loud, in words (also for playing it again). */
    static String popCaption(PopEvent e, SoundExplanation heard) {
        double distance = SoundPath.LISTENING_DISTANCE;
        return Strings.format("facet.caption.pop", String.format(Strings.locale(), "%.0f", e.pressureAtPop() / 1e3),
                Strings.get("facet.explanation." + heard.id() + ".short"),
                String.format(Strings.locale(), "%.0f", HeardPop.of(e.trace(), heard, distance).peakDbSpl()),
                String.format(Strings.locale(), "%.0f", distance * 100));
    }

    void onNoPop(NoPopEvent e) {
        captions.show(Strings.get("facet.caption.noPop." + e.reason().id()));
    }

    void onReady(double time) {
        captions.show(Strings.get("facet.caption.ready"));
    }

    void onTimeAcceleration(double accel) {
        if (accel > 1) {
            captions.show(Strings.format("facet.caption.accel", (long) accel));
        }
    }
}
