package org.crepituslab.manipulation.view;

import org.crepituslab.framework.Strings;
import org.crepituslab.manipulation.model.JointId;

/** A joint as the learner reads it: "L4-L5 left" in the current language. */
final class JointNames {
    private JointNames() {
    }

    static String of(JointId joint) {
        return Strings.format("manipulation.joint", joint.level().label(),
                Strings.get("manipulation.side." + joint.side().label()));
    }
}
