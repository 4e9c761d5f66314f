package org.crepituslab.framework;

/** Lets a screen open another (a quiz "show me" link or simulation task) without knowing the shell. */
public interface Navigator {
    /** Shows the screen with this id and returns its view, or null for an unknown id. */
    ScreenView open(String screenId);

    /** Goes back to the screen that asked (e.g. the quiz after a simulation task). */
    void returnTo(String screenId);
}
