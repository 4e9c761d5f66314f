package org.crepituslab.classroom.view;

import org.crepituslab.quiz.model.ShowMe;

/** What the projector's buttons ask of the app beyond the session itself. */
interface ProjectorActions {
    /** Opens the simulation a question links to. */
    void showMe(ShowMe link);

    /** Plays a named example sound for the room. */
    void playSound(String name);

    /** The session ended (by the teacher or after the last question): stop serving. */
    void ended();
}
