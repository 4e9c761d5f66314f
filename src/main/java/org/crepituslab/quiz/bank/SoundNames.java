package org.crepituslab.quiz.bank;

import org.crepituslab.framework.contract.Declarations;

/** The message for a sound name no screen makes, listing the ones they do. */
final class SoundNames {
    private SoundNames() {
    }

    static String expected(String given) {
        return "expected one of the sounds the screens make (" + String.join(", ", Declarations.soundNames())
                + "), got \"" + given + "\"";
    }
}
