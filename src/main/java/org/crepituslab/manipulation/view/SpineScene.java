package org.crepituslab.manipulation.view;

import java.util.List;
import org.crepituslab.manipulation.model.JointId;
import org.crepituslab.manipulation.model.SpinePop;

/** What the spine drawing shows at this moment: each joint's pull and the pops marked so far (live or replayed). */
interface SpineScene {
    /** Pull on the joint, m. */
    double pull(JointId joint);

    /** Pops to mark, in the order they happened. */
    List<SpinePop> marked();

    /** The pop that has just been heard, or null (it is drawn larger). */
    SpinePop latest();
}
