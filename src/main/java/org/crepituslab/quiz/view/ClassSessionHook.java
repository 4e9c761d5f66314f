package org.crepituslab.quiz.view;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.ShowMe;

/**
 * Class mode, when the app has it: the set-up page's "Class session" button hands the chosen
 * questions to it. Found with {@link ServiceLoader}, so the quiz does not depend on class mode
 * (which depends on the quiz's questions and scoring).
 */
public interface ClassSessionHook {
    /**
     * Opens a class session for the questions; returns a message for the set-up page when it
     * cannot (none of the questions can be answered from a phone, the server cannot start).
     */
    Optional<String> open(Request request);

    /** The installed class mode, if any. */
    static Optional<ClassSessionHook> installed() {
        return ServiceLoader.load(ClassSessionHook.class, ClassSessionHook.class.getClassLoader()).findFirst();
    }

    /**
     * @param owner  a node of the quiz screen (its window owns the projector window)
     * @param pool   the chosen topics' questions, in bank order
     * @param count  how many to ask
     * @param seed   the order of questions and choices
     * @param showMe opens a simulation as a question's "show me" link describes
     */
    record Request(Node owner, Bank bank, List<Question> pool, int count, long seed, Consumer<ShowMe> showMe) {
        public Request {
            pool = List.copyOf(pool);
        }
    }
}
