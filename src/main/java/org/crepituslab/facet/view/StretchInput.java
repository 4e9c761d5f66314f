package org.crepituslab.facet.view;

import org.crepituslab.facet.model.JointModel;
import org.crepituslab.framework.CaptionBar;
import org.crepituslab.framework.Strings;

/**
 * What every way of pulling on the joint (button, slider, drag, keys) does: it forwards the pull
 * or the standard stretch to the model, and first brings time back to normal speed.
 */
final class StretchInput {
    private final JointModel model;
    private final CaptionBar captions;

    StretchInput(JointModel model, CaptionBar captions) {
        this.model = model;
        this.captions = captions;
    }

    /** The pull the user asks for now, m. */
    double requestedPull() {
        return model.joint().stretch().requestedPull();
    }

    /** Asks for a pull, m (the drag and the arrow keys). */
    void pull(double metres) {
        normalTimeForStretch();
        model.requestedPullProperty().set(metres);
    }

    /** Starts the standard stretch. */
    void stretch() {
        normalTimeForStretch();
        model.startStandardStretch();
    }

    /** A stretch is a sub-second event: watching it at ×600 would show nothing. */
    void normalTimeForStretch() {
        if (model.timeAccelerationProperty().get() > 1) {
            model.timeAccelerationProperty().set(1);
            captions.show(Strings.get("facet.caption.accelNormal"));
        }
    }
}
